import type { UiLang } from '@/lib/i18n';

/**
 * "2024-05-07 19:23 JST": one unambiguous format for reasons and the Seller Support report in both languages (the
 * report is read by support staff anywhere, so the zone is always written). Times default to UTC so the CLI and
 * tests do not depend on the machine's zone; the panel passes the browser's zone.
 */
export function formatTime(ms: number, lang: UiLang, timeZone = 'UTC'): string {
  if (!Number.isFinite(ms)) return '?';
  try {
    return format(ms, lang, timeZone);
  } catch {
    return format(ms, lang, 'UTC'); // an unknown zone name from settings must not break a report
  }
}

function format(ms: number, lang: UiLang, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${zoneLabel(ms, lang, timeZone)}`;
}

function zoneLabel(ms: number, lang: UiLang, timeZone: string): string {
  if (timeZone.toUpperCase() === 'UTC') return 'UTC';
  const name = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ?? timeZone;
}

/** The date part only, for compact lists. */
export function formatDate(ms: number, lang: UiLang, timeZone = 'UTC'): string {
  return formatTime(ms, lang, timeZone).split(' ')[0]!;
}
