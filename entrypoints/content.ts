/**
 * Reads the open Seller Central page (every frame: the inbox can be nested) and hands the snapshot to the extension.
 * Kept small on purpose: readers only, no React, no classifier; everything else happens in the extension's origin.
 */
import { SELLER_CENTRAL_MATCHES } from '@/lib/sellercentral/hosts';
import { insertIntoReplyBox, readPage, whenKatReady } from '@/lib/sellercentral';
import { isMessage, type Message } from '@/lib/messaging/protocol';

/** DOM changes arrive in bursts while Seller Central's React renders; read once the page has settled. */
const SETTLE_MS = 250;

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    let lastSent = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const readAndSend = () => {
      const snapshot = readPage(document, location.href);
      const serialised = JSON.stringify(snapshot);
      if (serialised === lastSent) return; // our own reply-box inserts and cosmetic changes change nothing
      lastSent = serialised;
      const message: Message<'page-snapshot'> = { type: 'page-snapshot', snapshot };
      browser.runtime.sendMessage(message).catch(() => {
        // The worker is restarting or the extension was updated: the next change or navigation sends again.
        lastSent = '';
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(readAndSend, SETTLE_MS);
    };

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      if (isMessage(message, 'read-now')) {
        sendResponse(readPage(document, location.href));
        return;
      }
      if (isMessage(message, 'insert-reply')) {
        sendResponse(insertIntoReplyBox(document, message.text, message.mode));
        return;
      }
      return undefined;
    });

    await whenKatReady(document, 1500);
    readAndSend();
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
    });
  },
});
