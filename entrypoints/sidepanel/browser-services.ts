import { getDb } from '@/lib/db/db';
import type { Message, InsertMode, InsertResult } from '@/lib/messaging/protocol';
import { STORE_PROBLEM_KEY, type StoreProblem } from '@/lib/extension/store-problem';
import { manualTextKey, readTabState, replyBoxFrame, tabStateKey, type TabState } from '@/lib/extension/tab-state';
import type { PanelServices } from '@/components/shell/services';
import { sessionArea } from '@/lib/extension/session-area';

/**
 * The panel's services backed by the browser. The followed tab is `?tabId=` when given (tests, a pinned panel),
 * else the active tab of this window, following tab switches.
 */
export async function createBrowserServices(): Promise<PanelServices> {
  const explicit = Number(new URLSearchParams(location.search).get('tabId'));
  let tabId: number | null = Number.isInteger(explicit) && explicit > 0 ? explicit : null;
  if (tabId === null) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id ?? null;
  }
  const area = sessionArea();

  const services: PanelServices = {
    db: getDb(),
    tabId,
    loadTabState: () => (services.tabId === null ? Promise.resolve(null) : readTabState(area, services.tabId)),
    subscribeTabState(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName !== 'session' || services.tabId === null) return;
        const change = changes[tabStateKey(services.tabId)];
        if (change) listener((change.newValue as TabState | undefined) ?? null);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    subscribeStoreProblem(listener) {
      void browser.storage.session.get(STORE_PROBLEM_KEY).then((items) => listener((items[STORE_PROBLEM_KEY] as StoreProblem | undefined) ?? null));
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        const change = changes[STORE_PROBLEM_KEY];
        if (areaName === 'session' && change) listener((change.newValue as StoreProblem | undefined) ?? null);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    async takeManualText() {
      if (services.tabId === null) return null;
      const key = manualTextKey(services.tabId);
      const text = (await browser.storage.session.get(key))[key];
      if (typeof text !== 'string') return null;
      await browser.storage.session.remove(key);
      return text;
    },
    subscribeManualText(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName !== 'session' || services.tabId === null) return;
        const change = changes[manualTextKey(services.tabId)];
        // Taking the text removes it: that change has no new value and is not an arrival.
        if (change && typeof change.newValue === 'string') listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    async insertReply(text: string, mode: InsertMode): Promise<InsertResult> {
      if (services.tabId === null) return { ok: false, reason: 'no-reply-box' };
      const frame = replyBoxFrame(await readTabState(area, services.tabId));
      if (!frame) return { ok: false, reason: 'no-reply-box' };
      const message: Message<'insert-reply'> = { type: 'insert-reply', text, mode };
      try {
        return (await browser.tabs.sendMessage(services.tabId, message, { frameId: frame.frameId })) as InsertResult;
      } catch (error) {
        return { ok: false, reason: 'error', detail: String(error) };
      }
    },
    async copyToClipboard(text: string) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    openUrl(url: string) {
      void browser.tabs.create({ url });
    },
    now: () => Date.now(),
  };
  return services;
}
