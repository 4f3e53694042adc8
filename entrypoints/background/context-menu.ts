import { badgeMessages } from '@/lib/extension/messages';
import { manualTextKey } from '@/lib/extension/tab-state';
import { detectUiLang, translator } from '@/lib/i18n';
import { SELLER_CENTRAL_MATCHES } from '@/lib/sellercentral/hosts';

const MENU_ID = 'classify-selection';

/** Manual mode: "Classify selected text" on Seller Central pages, for when the page cannot be read. */
export function registerContextMenu(): void {
  const t = translator(badgeMessages, detectUiLang());
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('contextClassify'),
      contexts: ['selection'],
      documentUrlPatterns: SELLER_CENTRAL_MATCHES,
    });
  });
}

export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    // Open first: sidePanel.open must run within the click's user gesture.
    void browser.sidePanel?.open?.({ tabId: tab.id }).catch(() => undefined);
    void browser.storage.session.set({ [manualTextKey(tab.id)]: info.selectionText.slice(0, 60_000) });
  });
}
