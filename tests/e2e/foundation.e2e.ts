import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, fixtureByFile } from '../../scripts/lib/fixture-server';
import { startHarness, type Harness } from './harness';

/**
 * The skeleton end to end: the built extension loads, the content script reads a sample thread served under the real
 * Seller Central host, the worker keeps it for the tab, and the side panel shows what was read.
 */
describe('extension foundation (built extension in Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads: the worker runs and the badge API is reachable', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const badge = await h.worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(typeof badge).toBe('string');
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.side_panel).toBeTruthy();
    expect(manifest.host_permissions?.every((p: string) => /^https:\/\/sellercentral[.-][a-z.-]+\/\*$/.test(p))).toBe(true);
  });

  it('shows the order id and the buyer message read from a US thread page', async () => {
    const { page, tabId } = await h.openSample('us-thread-indonesia.html');
    const pageOrderId = '114-5820391-7746203';
    expect(await page.content()).toContain(pageOrderId);

    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('fact-order-id').textContent(), { timeout: 10_000 }).toBe(pageOrderId);
    const message = await panel.getByTestId('latest-buyer-message').textContent();
    expect(message).toContain('ship it to my friend in Jakarta, Indonesia');
    expect(await panel.getByTestId('fact-buyer').textContent()).toBe('Daniel Kim');
  });

  it('follows single-page navigation: a new thread in the same tab replaces the old one in the panel', async () => {
    const { page, tabId } = await h.openSample('us-thread-indonesia.html');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('fact-order-id').textContent(), { timeout: 10_000 }).toBe('114-5820391-7746203');
    // Seller Central's inbox swaps threads without a page load: push the other thread's URL and render its content.
    const other = fixtureByFile('us-thread-answered.html');
    const otherHtml = readFileSync(path.join(FIXTURE_DIR, other.file), 'utf8');
    await page.evaluate(
      ({ url, html }) => {
        history.pushState({}, '', url);
        document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
      },
      { url: other.url, html: otherHtml },
    );
    await expect.poll(() => panel.getByTestId('fact-order-id').textContent(), { timeout: 10_000 }).toBe('112-9034716-3358240');
    expect(await panel.getByTestId('fact-buyer').textContent()).toBe('Emily Carter');
  });

  it('says why a Seller Central page of another kind was not recognised', async () => {
    const { tabId } = await h.openSample('sc-dashboard.html');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('unrecognised').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panel.getByTestId('unrecognised').textContent()).toMatch(/Reason: .+/);
  });

  it('does not run on other sites', async () => {
    const { tabId } = await h.openSample('not-seller-central.html');
    const panel = await h.openPanel(tabId);
    await panel.waitForTimeout(1000);
    expect(await panel.getByRole('status').first().textContent()).toContain('Open a Seller Central page');
  });
});
