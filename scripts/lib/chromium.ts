/**
 * Launches Debian Chromium with the built extension (playwright-core; Playwright's own browser download does not
 * work on these machines). Shared by `npm run demo` and the e2e tests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { REPO_ROOT } from './fixture-server';

export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function launchWithExtension(opts: { headless: boolean; extraArgs?: string[]; locale?: string }): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: opts.headless,
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = worker.url().split('/')[2]!;
  return { context, worker, extensionId };
}

/** The id of the tab showing `url`, asked of the extension's worker (the tab exists before any snapshot arrives). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = await worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const tabs = await api.tabs.query({});
      // Only Seller Central tabs show their URL to the extension (no "tabs" permission); another site's tab is the
      // active one the test just opened.
      const isSellerCentral = /^https:\/\/sellercentral/.test(u);
      // The same sample may be open in several tabs: the newest one (highest id) is the one just opened.
      const matches = tabs.filter((t) => (isSellerCentral ? t.url === u : t.active && !t.url));
      return matches.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0]?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${url}`);
}

/** The side panel page following `tabId` (Playwright cannot open the real panel), optionally pinned to a UI language. */
export function panelUrl(extensionId: string, tabId: number, lang?: 'en' | 'ja'): string {
  return `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}${lang ? `&lang=${lang}` : ''}`;
}
