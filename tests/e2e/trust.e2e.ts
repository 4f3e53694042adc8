import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureByFile, loadFixtureIndex } from '../../scripts/lib/fixture-server';
import { startHarness, type Harness } from './harness';
import { rebaseJpDates, sampleHtml } from '../../scripts/lib/sample-pages';

/**
 * Trust: no request leaves for a host other than the Seller Central page's own; hostile buyer text stays inert text in
 * the panel and in inserted replies; the panel passes axe-core (no serious or critical violations).
 */

const HOSTILE_NAME = 'Dan<img src=x onerror="window.__pwned=1">';
const HOSTILE_BODY = [
  'Hello <script>window.__pwned=1</script> please ship to Jakarta, Indonesia.',
  '<img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=1">click</a>',
  'RTL override: \u202Egnp.exe\u202C and emoji 🎁📦',
].join('\n');
const FILLER = ' Lorem ipsum dolor sit amet.'.repeat(1900); // ≈ 52 KB of text after the hostile part

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The Indonesia thread with a hostile buyer name and a 50 KB hostile message, shown as text by Seller Central. */
function hostileThread(): { url: string; html: string } {
  const url = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=6e1d0c2b-0000-4000-8000-00000000bad1';
  const html = sampleHtml('us-thread-indonesia.html')
    .replaceAll('a1c9e7d2-5b64-4f08-9d3e-7c2b1a0f6e58', '6e1d0c2b-0000-4000-8000-00000000bad1')
    .replaceAll('Daniel Kim', escapeHtml(HOSTILE_NAME))
    .replace(/(<div class="message__body" data-test-id="message-body">)[\s\S]*?(<\/div>)/, (_m, open: string, close: string) =>
      `${open}<p>${escapeHtml(HOSTILE_BODY).replaceAll('\n', '<br>')}${FILLER}</p>${close}`,
    );
  return { url, html };
}

async function runAxe(page: Page): Promise<{ id: string; impact: string | null; nodes: number; where: string[] }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source); // CDP evaluation: not subject to the extension page's CSP
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: (v.nodes as { target: string[] }[]).map((n) => n.target.join(' ')).slice(0, 3) }));
  });
}

describe('trust: privacy, injection, accessibility (built extension in Chromium)', () => {
  let h: Harness;
  const requests: { url: string; from: string }[] = [];

  beforeAll(async () => {
    // Also report the extension worker's own requests (Playwright leaves them out by default).
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    h = await startHarness();
    h.context.on('request', (request) => {
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return 'service-worker';
        }
      })();
      requests.push({ url: request.url(), from: frameUrl });
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('makes no request to any host other than the Seller Central pages themselves', async () => {
    const opened = new Set<string>();
    for (const sample of loadFixtureIndex()) {
      const { tabId } = await h.openSample(sample.file);
      opened.add(new URL(sample.url).host);
      const panel = await h.openPanel(tabId);
      await panel.waitForTimeout(400);
      for (const view of ['page', 'needsReply', 'holds', 'feedback', 'templates', 'settings']) {
        await panel.getByTestId(`nav-${view}`).click();
        await panel.waitForTimeout(100);
      }
      await panel.close();
    }
    // Insert a reply too: the page must not be asked to send anything anywhere.
    const { tabId } = await h.openSample('us-thread-indonesia.html');
    const panel = await h.openPanel(tabId);
    await panel.getByTestId('insert-reply-0').click();
    await panel.waitForTimeout(500);

    expect(requests.length).toBeGreaterThan(loadFixtureIndex().length); // the recorder did see the pages' own loads
    const foreign = requests.filter(({ url }) => {
      const u = new URL(url);
      if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return false;
      return !opened.has(u.host);
    });
    expect(foreign).toEqual([]);
    // And the server saw only requests for the pages the test opened.
    for (const url of h.server.requests) expect(opened.has(new URL(url).host)).toBe(true);
  });

  it('hostile buyer text renders as inert text in the panel and goes into the reply box as text', async () => {
    const hostile = hostileThread();
    h.server.route(hostile.url, hostile.html);
    const { page, tabId } = await h.openSample('us-thread-indonesia.html', hostile.url);
    const imagesBefore = await page.locator('img').count();
    const panel = await h.openPanel(tabId);

    const message = panel.getByTestId('latest-buyer-message');
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toContain('<script>window.__pwned=1</script>');
    const shown = (await message.textContent()) ?? '';
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
    expect(shown).toContain('\u202Egnp.exe\u202C');
    expect(shown.length).toBeGreaterThan(50_000);
    expect(await panel.getByTestId('fact-buyer').textContent()).toBe(HOSTILE_NAME);
    // Nothing was parsed as markup anywhere in the panel.
    expect(await panel.locator('main img, main script, a[href^="javascript:"]').count()).toBe(0);
    // The 50 KB message was still classified (the scam warning is there).
    await expect.poll(() => panel.getByTestId('scam-warning').count(), { timeout: 10_000 }).toBe(1);

    await panel.getByTestId('insert-reply-0').click();
    await expect.poll(() => panel.getByTestId('insert-status').getAttribute('data-outcome'), { timeout: 5_000 }).toBe('inserted');
    const value = await page.evaluate(() => document.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea')!.value);
    expect(value).toContain(HOSTILE_NAME);
    expect(await page.locator('img').count()).toBe(imagesBefore);

    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('the panel passes axe-core with no serious or critical violations, in every view, in English and Japanese', async () => {
    const list = fixtureByFile('jp-orders-pending-list.html');
    h.server.route(list.url, rebaseJpDates(sampleHtml(list.file), new Date(Date.now() - 2 * 3_600_000)));
    await h.openSample(list.file); // a hold in the Holds view
    await h.openSample('us-feedback-manager.html');
    const { tabId } = await h.openSample('us-thread-indonesia.html');
    for (const lang of ['en', 'ja'] as const) {
      const panel = await h.openPanel(tabId, { lang });
      await expect.poll(() => panel.getByTestId('scam-warning').count(), { timeout: 10_000 }).toBe(1);
      for (const view of ['page', 'needsReply', 'holds', 'feedback', 'templates', 'settings']) {
        await panel.getByTestId(`nav-${view}`).click();
        await panel.waitForTimeout(250);
        const serious = (await runAxe(panel)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, `${lang}/${view}`).toEqual([]);
      }
      await panel.close();
    }
  });
});
