import { HOUR_MS, MINUTE_MS } from '@/lib/deadlines/countdown';
import { translator, type UiLang } from '@/lib/i18n';
import { deadlineMessages } from './messages';

/** A span of time such as a median response time: "3 h 20 m" / 「3時間20分」, days past 48 h. */
export function formatDuration(ms: number, lang: UiLang): string {
  const t = translator(deadlineMessages, lang);
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const hours = Math.floor(safe / HOUR_MS);
  const m = Math.floor((safe % HOUR_MS) / MINUTE_MS);
  if (hours >= 48) return t('durationDaysHours', { d: Math.floor(hours / 24), h: hours % 24 });
  return hours > 0 ? t('durationHoursMinutes', { h: hours, m }) : t('durationMinutes', { m });
}

/** 0.923 → "92.3", 1 → "100": one decimal only when it says something. */
export function formatPercent(share: number): string {
  return String(Math.round(share * 1000) / 10);
}
