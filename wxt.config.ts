import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './lib/sellercentral/hosts';

// Every permission below is justified in README.md ("Permissions"). Host access: Seller Central hosts only.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'contextMenus', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: SELLER_CENTRAL_MATCHES,
    // `action: {}` gives chrome.action (the badge) and the toolbar button that opens the side panel.
    action: { default_title: '__MSG_extName__' },
    commands: {
      'insert-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_commandInsertTop__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-inbox-guard@example.org',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: buyer data never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
