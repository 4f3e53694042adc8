/**
 * What every e2e test needs: the fixture server under the real Seller Central host names, Chromium with the built
 * extension, and small page objects for the Seller Central tab and the side panel (opened in a tab: Playwright cannot
 * open the real side panel, so the panel page is given the Seller Central tab's id).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, panelUrl, tabIdOf } from '../../scripts/lib/chromium';
import { fixtureByFile, startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';

export interface Harness {
  server: FixtureServer;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Open a sample page (by file name in tests/fixtures/pages) at its real URL; resolves with the page and its tab id. */
  openSample(file: string, url?: string): Promise<{ page: Page; tabId: number }>;
  /** Open the side panel page following `tabId`. */
  openPanel(tabId: number, opts?: { lang?: 'en' | 'ja' }): Promise<Page>;
  /** The current service worker (it changes after a restart). */
  currentWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function startHarness(opts: { locale?: string } = {}): Promise<Harness> {
  const server = await startFixtureServer();
  const { context, worker, extensionId } = await launchWithExtension({
    headless: true,
    extraArgs: server.chromiumArgs(),
    locale: opts.locale,
  });

  const currentWorker = async () =>
    context.serviceWorkers().find((w) => w.url().includes(extensionId)) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));

  return {
    server,
    context,
    worker,
    extensionId,
    currentWorker,
    async openSample(file, url) {
      const target = url ?? fixtureByFile(file).url;
      const page = await context.newPage();
      await page.goto(target);
      return { page, tabId: await tabIdOf(context, page.url()) };
    },
    async openPanel(tabId, panelOpts = {}) {
      const page = await context.newPage();
      await page.goto(panelUrl(extensionId, tabId, panelOpts.lang));
      return page;
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}
