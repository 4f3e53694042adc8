import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { appendSellerReply, usThreadReceivedAt, withoutSellerReply } from '../../scripts/lib/sample-pages';

const HOUR = 3_600_000;
const AMBER = [180, 95, 6, 255]; // BADGE_COLORS.amber, #B45F06

/** The 24 h countdown and the toolbar badge, from page reads to the badge, across a worker restart. */
describe('response-time tracking (built extension in Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const badge = async () => {
    const worker = await h.currentWorker();
    return {
      text: await worker.evaluate(() => chrome.action.getBadgeText({})),
      color: await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({})),
    };
  };

  it('two threads (20 h and 2 h old) give badge "1" in amber; replying closes it; it survives a worker restart', async () => {
    const now = Date.now();
    const older = usThreadReceivedAt('us-thread-answered.html', {
      caseId: '0b5c1f7e-0000-4000-8000-000000000020',
      orderId: '113-2000000-0000020',
      receivedAt: new Date(now - 20 * HOUR),
    });
    const newer = usThreadReceivedAt('us-thread-answered.html', {
      caseId: '0b5c1f7e-0000-4000-8000-000000000002',
      orderId: '113-2000000-0000002',
      receivedAt: new Date(now - 2 * HOUR),
    });
    // The base page is an answered thread: drop the seller's reply so both wait for an answer.
    for (const t of [older, newer]) {
      h.server.route(t.url, withoutSellerReply(t.html));
    }

    const first = await h.openSample('us-thread-answered.html', older.url);
    await h.openSample('us-thread-answered.html', newer.url);
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('1');
    expect((await badge()).color).toEqual(AMBER);

    // The "needs reply" list in the panel shows both, the older one first with about 4 h left.
    const panel = await h.openPanel(first.tabId);
    await panel.getByTestId('nav-needsReply').click();
    await expect.poll(() => panel.getByTestId('needs-reply-item').count(), { timeout: 10_000 }).toBe(2);
    expect(await panel.getByTestId('countdown').first().textContent()).toMatch(/^(3|4) h \d+ m left$/);

    // Stop the worker: the badge is recomputed from IndexedDB by the next worker, not kept in memory.
    const cdp = await h.context.newCDPSession(first.page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(h.extensionId));
    expect(sw).toBeTruthy();
    await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
    const workerTargets = async () =>
      ((await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] }).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.includes(h.extensionId),
      ).length;
    await expect.poll(workerTargets, { timeout: 10_000 }).toBe(0);
    // Chrome keeps the badge while no worker runs; wipe it so only a recount can bring it back.
    const extPage = await h.openPanel(first.tabId);
    expect(await extPage.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await extPage.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    // Any event wakes a new worker; at start it recounts from IndexedDB (no page is re-read here).
    await extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
    await expect.poll(() => extPage.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 }).toBe('1');
    expect(await extPage.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual(AMBER);

    // The seller replies in Seller Central (the page appends the sent message): the countdown closes, the badge clears.
    await first.page.evaluate(appendSellerReply('Hello, thank you for your message. It is included.', new Date()));
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('');
    await expect.poll(() => panel.getByTestId('needs-reply-item').count(), { timeout: 10_000 }).toBe(1);
  });
});
