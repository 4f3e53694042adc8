import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderListSnapshot, FeedbackSnapshot } from '../../lib/sellercentral/types';
import { fixtureByFile } from '../../scripts/lib/fixture-server';
import { startHarness, type Harness } from './harness';
import { rebaseJpDates, sampleHtml } from '../../scripts/lib/sample-pages';

/** What the worker holds for a tab: the snapshot the content script read (so expectations come from the page). */
async function snapshotOf<T>(h: Harness, tabId: number): Promise<T> {
  const worker = await h.currentWorker();
  for (let i = 0; i < 50; i++) {
    const state = await worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
    const snapshot = (state as { frames?: Record<string, { snapshot: T }> } | undefined)?.frames?.['0']?.snapshot;
    if (snapshot) return snapshot;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no snapshot for the tab');
}

describe('bulk holds and Feedback Manager (built extension in Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ locale: 'en-US' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a pending list with 5 konbini orders of one ASIN shows the warning and the report with all 5 order ids', async () => {
    // The sample's orders, moved to the last few hours: hold detection only looks at recent pending orders.
    const sample = fixtureByFile('jp-orders-pending-list.html');
    h.server.route(sample.url, rebaseJpDates(sampleHtml(sample.file), new Date(Date.now() - 2 * 3_600_000)));
    const { tabId } = await h.openSample(sample.file);
    const snapshot = await snapshotOf<OrderListSnapshot>(h, tabId);
    const konbini = snapshot.rows.filter((r) => r.status === 'pending' && r.paymentKind === 'konbini');
    const asin = konbini[0]!.asin!;
    const orderIds = konbini.filter((r) => r.asin === asin).map((r) => r.orderId);
    expect(orderIds).toHaveLength(5);

    const panel = await h.openPanel(tabId);
    const warning = panel.getByTestId('hold-warning');
    await expect.poll(() => warning.count(), { timeout: 10_000 }).toBe(1);
    expect(await warning.textContent()).toContain(asin);
    const report = (await panel.getByTestId('hold-warning-report').inputValue().catch(() => null)) ?? (await panel.getByTestId('hold-warning-report').textContent()) ?? '';
    for (const id of orderIds) expect(report).toContain(id);

    // The Holds view lists the ASIN too, with the same report.
    await panel.getByTestId('nav-holds').click();
    await expect.poll(() => panel.getByTestId('hold-entry').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await panel.getByTestId('hold-entry').first().textContent()).toContain(asin);
  });

  it('a Feedback Manager page flags the negative rows; the product review gets the pre-filled removal request', async () => {
    const { tabId } = await h.openSample('us-feedback-manager.html');
    const snapshot = await snapshotOf<FeedbackSnapshot>(h, tabId);
    expect(snapshot.rows).toHaveLength(6);
    const negative = snapshot.rows.filter((r) => r.rating !== null && r.rating <= 3);
    const oneOrTwo = snapshot.rows.filter((r) => r.rating !== null && r.rating <= 2);
    expect(oneOrTwo).toHaveLength(2);

    const panel = await h.openPanel(tabId);
    const flags = panel.getByTestId('feedback-flag');
    await expect.poll(() => flags.count(), { timeout: 10_000 }).toBe(negative.length);
    const flagged = await flags.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-order-id'), removable: e.getAttribute('data-removable') })));
    for (const row of oneOrTwo) expect(flagged.map((f) => f.id)).toContain(row.orderId);

    const review = snapshot.rows.find((r) => /product broke/i.test(r.comment))!;
    const complaint = snapshot.rows.find((r) => /never answered/i.test(r.comment))!;
    expect(flagged.find((f) => f.id === review.orderId)?.removable).toBe('true');
    expect(flagged.find((f) => f.id === complaint.orderId)?.removable).toBe('false');
    const reviewFlag = flags.filter({ has: panel.getByTestId('removal-request') }).first();
    expect(await reviewFlag.getAttribute('data-order-id')).toBe(review.orderId);
    const request = await reviewFlag.getByTestId('removal-request').textContent();
    expect(request).toContain(review.orderId);
    expect(request).toContain('The product broke after a week');
  });
});
