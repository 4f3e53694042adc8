import type { GuardDB } from '@/lib/db/db';
import { badgeState } from '@/lib/db/queries';
import { getSettings, type Settings } from '@/lib/db/settings';
import { newHoldCount } from '@/lib/holds';
import { translator, type UiLang, detectUiLang } from '@/lib/i18n';
import { badgeMessages } from './messages';

/** Badge colours: amber for threads near the deadline, red when any is overdue, purple for a bulk hold alone. */
export const BADGE_COLORS = { amber: '#B45F06', red: '#C5221F', hold: '#6A1B9A' } as const;

export interface BadgeView {
  /** '' hides the badge. Deadlines are a number; a new bulk-hold pattern adds "H" (alone: "H" + count). */
  text: string;
  color: string | null;
  title: string;
  deadlines: { count: number; color: 'amber' | 'red' | null };
  newHolds: number;
}

/**
 * What the toolbar badge shows, recomputed from Dexie alone (the MV3 worker keeps nothing between wake-ups).
 * Deadlines come first because they cost the account within hours; a hold pattern is marked so it reads differently.
 */
export async function computeBadge(
  db: GuardDB,
  now: number,
  lang: UiLang = detectUiLang(),
  known?: Settings,
): Promise<BadgeView> {
  const settings = known ?? (await getSettings(db));
  const [deadlines, newHolds] = await Promise.all([
    badgeState(db, now, settings.nearWindowHours),
    newHoldCount(db, settings, now),
  ]);
  const t = translator(badgeMessages, settings.uiLang ?? lang);
  let text = deadlines.text;
  let color: string | null = deadlines.color ? BADGE_COLORS[deadlines.color] : null;
  if (newHolds > 0) {
    text = text ? `${text}·H` : `H${newHolds > 9 ? '9+' : newHolds}`;
    color ??= BADGE_COLORS.hold;
  }
  const parts = [
    deadlines.count > 0 ? t('titleDeadlines', { count: deadlines.count, hours: settings.nearWindowHours }) : null,
    newHolds > 0 ? t('titleHolds', { count: newHolds }) : null,
  ].filter((p): p is string => p !== null);
  return {
    text,
    color,
    title: parts.length > 0 ? `${t('name')} — ${parts.join(' · ')}` : t('name'),
    deadlines: { count: deadlines.count, color: deadlines.color },
    newHolds,
  };
}
