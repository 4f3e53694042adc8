import type { GuardDB } from '@/lib/db/db';
import { getSettings } from '@/lib/db/settings';
import { suggestionsForThread } from '@/lib/extension/reply-context';
import { primaryFrame, readTabState, replyBoxFrame, type KeyValueArea } from '@/lib/extension/tab-state';
import { detectUiLang } from '@/lib/i18n';
import type { Message } from '@/lib/messaging/protocol';

/** The keyboard shortcut: insert the panel's top suggestion for the active tab's thread into its reply box. */
export function registerInsertCommand(db: GuardDB, area: KeyValueArea): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'insert-top-suggestion') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const state = await readTabState(area, tabId);
    const frame = primaryFrame(state);
    const target = replyBoxFrame(state);
    if (!frame || frame.snapshot.kind !== 'thread' || !frame.classification || !target) return;
    const settings = await getSettings(db);
    const { suggestions } = await suggestionsForThread({
      db,
      snapshot: frame.snapshot,
      classification: frame.classification,
      uiLang: settings.uiLang ?? detectUiLang(),
      now: Date.now(),
    });
    const top = suggestions.find((s) => s.findings.length === 0);
    if (!top) return;
    const message: Message<'insert-reply'> = { type: 'insert-reply', text: top.text, mode: 'cursor' };
    await browser.tabs.sendMessage(tabId, message, { frameId: target.frameId }).catch(() => undefined);
  });
}
