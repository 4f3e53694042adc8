import { liveQuery } from 'dexie';
import type { GuardDB } from '@/lib/db/db';
import { getSettings, type Settings } from '@/lib/db/settings';
import { takeNewlyNear } from '@/lib/db/threads';
import { formatCountdown } from '@/lib/deadlines/countdown';
import { computeBadge } from '@/lib/extension/badge';
import { badgeMessages } from '@/lib/extension/messages';
import { syncHolds } from '@/lib/holds';
import { detectUiLang, translator } from '@/lib/i18n';

export const BADGE_ALARM = 'badge-recount';

/** Recount and apply the badge, and send the optional notifications (off by default). */
export async function refreshBadge(db: GuardDB): Promise<void> {
  const now = Date.now();
  const settings = await getSettings(db);
  const { newlyFlagged } = await syncHolds(db, settings, now);
  const view = await computeBadge(db, now, undefined, settings);
  const action = toolbarAction();
  await action.setBadgeText({ text: view.text });
  if (view.color) await action.setBadgeBackgroundColor({ color: view.color });
  await action.setTitle({ title: view.title });
  await notify(db, settings, now, newlyFlagged);
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** `settings` as read for this recount (one read per recount). */
async function notify(db: GuardDB, settings: Settings, now: number, newlyFlagged: string[]) {
  const lang = settings.uiLang ?? detectUiLang();
  const t = translator(badgeMessages, lang);
  const icon = browser.runtime.getURL('/icon/128.png');
  if (settings.notifyNearDeadline) {
    for (const thread of await takeNewlyNear(db, now, settings.nearWindowHours)) {
      void browser.notifications.create(`near:${thread.key}`, {
        type: 'basic',
        iconUrl: icon,
        title: t('notifyNearTitle'),
        message: t('notifyNearBody', { buyer: thread.buyerName ?? thread.orderId ?? '', left: formatCountdown(thread.dueAt - now, lang) }),
      });
    }
  }
  if (settings.notifyHolds) {
    for (const asin of newlyFlagged) {
      void browser.notifications.create(`hold:${asin}`, {
        type: 'basic',
        iconUrl: icon,
        title: t('notifyHoldTitle'),
        message: t('notifyHoldBody', { asin }),
      });
    }
  }
}

/** Recount whenever a table the badge reads changes, from any extension page (Dexie's liveQuery observes writes). */
export function watchBadgeInputs(db: GuardDB): void {
  let first = true;
  liveQuery(() => Promise.all([db.threads.count(), db.orders.count(), db.holds.toArray(), db.settings.toArray()])).subscribe({
    next: () => {
      if (first) {
        first = false; // the start-up recount is done by the caller
        return;
      }
      void refreshBadge(db);
    },
    error: () => undefined,
  });
}
