import { defineMessages, translator, type UiLang } from '@/lib/i18n';

/**
 * The 24 h response clock, as plain arithmetic on epoch milliseconds. Amazon counts elapsed time (weekends and
 * holidays included), so no calendar, time zone or DST rule takes part: a clock that starts at 01:30 on the night
 * the clocks go forward is due exactly 24 × 3,600,000 ms later, whatever the wall clock then shows.
 */
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
/** Amazon's response-time window. */
export const RESPONSE_WINDOW_MS = 24 * HOUR_MS;
/** Amazon's response-time target: the share of messages answered within the window. */
export const RESPONSE_TARGET_SHARE = 0.9;

export type DeadlineState = 'ok' | 'near' | 'overdue' | 'closed';

/** The two fields of a thread the countdown needs (kept narrow so this module stays pure and DB-free). */
export interface Clocked {
  open: 0 | 1;
  dueAt: number;
}

export function dueAtFor(clockStartAt: number): number {
  return clockStartAt + RESPONSE_WINDOW_MS;
}

/** Milliseconds until the deadline (negative: overdue); null when the thread is not waiting for the seller. */
export function timeLeft(record: Clocked, now: number): number | null {
  return record.open === 1 ? record.dueAt - now : null;
}

/**
 * Overdue from the due instant on; near while less than `nearHours` remain. The badge query uses the same two
 * boundaries through `nearCutoff` / `isOverdueAt`, so the list and the badge never disagree.
 */
export function deadlineState(record: Clocked, now: number, nearHours: number): DeadlineState {
  if (record.open !== 1) return 'closed';
  if (isOverdueAt(record.dueAt, now)) return 'overdue';
  return record.dueAt < nearCutoff(now, nearHours) ? 'near' : 'ok';
}

export function isOverdueAt(dueAt: number, now: number): boolean {
  return dueAt <= now;
}

/** Open threads due strictly before this instant are near (or overdue). */
export function nearCutoff(now: number, nearHours: number): number {
  return now + nearHours * HOUR_MS;
}

const messages = defineMessages('deadlines', {
  en: {
    leftHoursMinutes: '{h} h {m} m left',
    leftMinutes: '{m} m left',
    leftUnderMinute: '< 1 m left',
    overdueUnderMinute: 'overdue < 1 m',
    overdueMinutes: 'overdue {m} m',
    overdueHours: 'overdue {h} h',
    overdueDaysHours: 'overdue {d} d {h} h',
    unknown: '—',
  },
  ja: {
    leftHoursMinutes: '残り{h}時間{m}分',
    leftMinutes: '残り{m}分',
    leftUnderMinute: '残り1分未満',
    overdueUnderMinute: '超過（1分未満）',
    overdueMinutes: '{m}分超過',
    overdueHours: '{h}時間超過',
    overdueDaysHours: '{d}日{h}時間超過',
    unknown: '—',
  },
});

/**
 * "5 h 12 m left" / "overdue 3 h" (ja 「残り5時間12分」 / 「3時間超過」). Units are floored: a countdown never
 * promises more time than there is. Overdue shows minutes under an hour, whole hours under two days, then days and
 * hours. A non-finite input (a corrupt record) gives "—" instead of "NaN h".
 */
export function formatCountdown(ms: number, uiLang: UiLang): string {
  const t = translator(messages, uiLang);
  if (!Number.isFinite(ms)) return t('unknown');
  if (ms > 0) {
    const h = Math.floor(ms / HOUR_MS);
    const m = Math.floor((ms % HOUR_MS) / MINUTE_MS);
    if (h > 0) return t('leftHoursMinutes', { h, m });
    return m > 0 ? t('leftMinutes', { m }) : t('leftUnderMinute');
  }
  const late = -ms;
  if (late < MINUTE_MS) return t('overdueUnderMinute');
  if (late < HOUR_MS) return t('overdueMinutes', { m: Math.floor(late / MINUTE_MS) });
  const hours = Math.floor(late / HOUR_MS);
  if (hours < 48) return t('overdueHours', { h: hours });
  return t('overdueDaysHours', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** A ship-by date (handling time) counts as near in its last day: time enough to pack, no time to wait. */
export const SHIP_BY_NEAR_HOURS = 24;
