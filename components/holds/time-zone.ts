/** The browser's time zone, for times the seller reads (reports name the zone, so any zone is unambiguous). */
export function panelTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
