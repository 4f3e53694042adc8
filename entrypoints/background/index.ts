/**
 * The extension's worker: receives page snapshots, keeps the per-tab state, writes the store, keeps the badge right.
 * MV3 stops this worker at will, so nothing lives in memory: every handler reads what it needs from storage/Dexie.
 */
import { getDb } from '@/lib/db/db';
import { handleSnapshot } from '@/lib/extension/handle-snapshot';
import { STORE_PROBLEM_KEY } from '@/lib/extension/store-problem';
import { getSettings } from '@/lib/db/settings';
import { purgeOldThreads } from '@/lib/db/threads';
import { sessionArea } from '@/lib/extension/session-area';
import { tabStateKey } from '@/lib/extension/tab-state';
import { isMessage } from '@/lib/messaging/protocol';
import { BADGE_ALARM, refreshBadge, toolbarAction, watchBadgeInputs } from './badge';
import { listenToContextMenu, registerContextMenu } from './context-menu';
import { registerInsertCommand } from './insert-command';

const PURGE_ALARM = 'retention-purge';

export default defineBackground(() => {
  const db = getDb();
  const area = sessionArea();

  // The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox, whose API differs).
  if (browser.sidePanel?.setPanelBehavior) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    toolbarAction().onClicked.addListener(() => void sidebar?.toggle());
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message, 'page-snapshot')) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return handleSnapshot({ area, db, tabId, frameId: sender.frameId ?? 0, snapshot: message.snapshot, now: Date.now() })
      .then(async (outcome) => {
        await area.set({ [STORE_PROBLEM_KEY]: outcome.storeProblem });
        await refreshBadge(db);
      })
      .then(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => void area.remove(tabStateKey(tabId)));

  // At least once a minute, so a countdown crossing into the near window shows without any page activity.
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  // Once a day, closed threads older than the retention setting are deleted.
  void browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge(db);
    if (alarm.name === PURGE_ALARM) {
      void getSettings(db).then((settings) => purgeOldThreads(db, Date.now(), settings.retentionDays));
    }
  });
  // Any store change (a snapshot, a panel action, an import) also recounts: liveQuery re-runs on every write to the
  // tables it read, from any extension page.
  watchBadgeInputs(db);

  browser.runtime.onInstalled.addListener(() => registerContextMenu());
  listenToContextMenu();
  registerInsertCommand(db, area);
  void refreshBadge(db);
});
