// Code passed to worker.evaluate / page.evaluate runs inside the extension, where `chrome` is the browser API.
declare const chrome: typeof import('wxt/browser').browser;
