import type { OrderRecord, ThreadRecord } from '@/lib/db/records';
import { GuardDB } from '@/lib/db/db';
import {
  cancellationRate,
  cancellationRateFromDb,
  describeCancellationRate,
  freeTextCancelWarning,
  freeTextCancelWarningFromDb,
  freeTextCancelWarningText,
  rateStatus,
} from '@/lib/feedback/account-health';
import type { OrderStatus } from '@/lib/sellercentral/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);

let seq = 0;
function order(status: OrderStatus, opts: Partial<OrderRecord> & { daysAgo?: number; was?: OrderStatus[] } = {}): OrderRecord {
  const { daysAgo = 1, was = ['unshipped'], ...rest } = opts;
  const orderId = rest.orderId ?? `111-${String(++seq).padStart(7, '0')}-0000001`;
  const placed = NOW - daysAgo * DAY;
  const history = [...was, ...(status === was.at(-1) ? [] : [status])].map((s, i) => ({ status: s, at: placed + i * 1000 }));
  return {
    key: `${orderId}:B0TEST0001`,
    orderId,
    marketplace: 'JP',
    asin: 'B0TEST0001',
    sku: null,
    quantity: 1,
    orderDate: placed,
    status,
    fulfilment: 'MFN',
    paymentMethod: null,
    paymentKind: null,
    buyerName: null,
    history,
    firstSeenAt: placed,
    updatedAt: placed + DAY / 2,
    pending: status === 'pending' ? 1 : 0,
    source: 'page',
    ...rest,
  };
}

const shipped = (n: number) => Array.from({ length: n }, () => order('shipped'));

describe('cancellationRate (Amazon target < 2.5%, stretch < 1%)', () => {
  it('counts the seller’s cancellations among the last 7 days’ orders', () => {
    const rate = cancellationRate([...shipped(98), order('canceled'), order('canceled')], NOW);
    expect(rate).toEqual({ sellerCancelled: 2, orders: 100, rate: 0.02, target: 0.025, stretchTarget: 0.01, status: 'warn' });
  });

  it('status: ok under 1%, warn from 1%, bad from 2.5%', () => {
    expect(rateStatus(0)).toBe('ok');
    expect(rateStatus(0.0099)).toBe('ok');
    expect(rateStatus(0.01)).toBe('warn');
    expect(rateStatus(0.0249)).toBe('warn');
    expect(rateStatus(0.025)).toBe('bad');
    expect(cancellationRate([...shipped(39), order('canceled')], NOW).status).toBe('bad');
    expect(cancellationRate([...shipped(199), order('canceled')], NOW).status).toBe('ok');
  });

  it('no orders: rate 0, ok', () => {
    expect(cancellationRate([], NOW)).toMatchObject({ sellerCancelled: 0, orders: 0, rate: 0, status: 'ok' });
  });

  it('leaves out orders placed before the window (and honours a custom window)', () => {
    const old = order('canceled', { daysAgo: 8 });
    expect(cancellationRate([...shipped(9), old], NOW)).toMatchObject({ sellerCancelled: 0, orders: 9 });
    expect(cancellationRate([...shipped(9), old], NOW, 30)).toMatchObject({ sellerCancelled: 1, orders: 10 });
  });

  it('does not count a cancellation the buyer requested through Amazon (still an order)', () => {
    const c = order('canceled');
    const rate = cancellationRate([...shipped(9), c], NOW, 7, new Set([c.orderId]));
    expect(rate).toMatchObject({ sellerCancelled: 0, orders: 10 });
  });

  it('leaves out unpaid pending orders Amazon cancelled (a rival’s bulk hold must not dilute the rate)', () => {
    const unpaid = Array.from({ length: 50 }, () => order('canceled', { was: ['pending'] }));
    expect(cancellationRate([...shipped(19), order('canceled'), ...unpaid], NOW)).toMatchObject({ sellerCancelled: 1, orders: 20, rate: 0.05 });
  });

  it('counts orders, not line items, and only seller-fulfilled ones (FBA is Amazon’s)', () => {
    const twoLines = [order('canceled', { orderId: '222-0000001-0000001' }), order('canceled', { orderId: '222-0000001-0000001', key: 'x:2' })];
    const fba = order('canceled', { fulfilment: 'FBA' });
    expect(cancellationRate([...shipped(8), ...twoLines, fba], NOW)).toMatchObject({ sellerCancelled: 1, orders: 9 });
  });

  it('an order first seen already canceled counts (the guard warns rather than reassures)', () => {
    expect(cancellationRate([...shipped(9), order('canceled', { was: ['canceled'] })], NOW)).toMatchObject({ sellerCancelled: 1 });
  });

  it('reads as a sentence in both UI languages', () => {
    const rate = cancellationRate([...shipped(98), order('canceled'), order('canceled')], NOW);
    expect(describeCancellationRate(rate, 'en')).toEqual({
      summary: 'Your cancellations, last 7 days: 2 of 100 orders (2%). Amazon target: under 2.5%; many sellers aim for under 1%.',
      status: 'Within Amazon’s target, above the 1% many sellers aim for.',
    });
    expect(describeCancellationRate(rate, 'ja').summary).toContain('100件中2件（2%）');
  });
});

function thread(orderId: string, category: string, key = `JP:${orderId}:${category}`): ThreadRecord {
  return {
    key,
    marketplace: 'JP',
    threadId: null,
    orderId,
    buyerName: null,
    subject: null,
    url: 'https://sellercentral-japan.amazon.com/messaging/inbox',
    category,
    scam: false,
    lang: 'ja',
    state: 'open',
    open: 1,
    firstSeenAt: NOW,
    clockStartAt: NOW,
    dueAt: NOW + DAY,
    closedAt: null,
    lastReadAt: NOW,
    responses: [],
    seenBuyerKey: null,
    clockKey: null,
    clockFromPage: false,
    nearNotifiedFor: null,
  };
}

describe('freeTextCancelWarning', () => {
  const id = '503-7654321-1234567';

  it('warns when the only cancellation request is a free-text message', () => {
    expect(freeTextCancelWarning({ orderId: id, threads: [thread(id, 'cancel_request_message', 't1')] })).toEqual({
      warn: true,
      messageThreadKeys: ['t1'],
    });
  });

  it('does not warn once Amazon’s own cancellation request exists', () => {
    const threads = [thread(id, 'cancel_request_message'), thread(id, 'cancel_request_system')];
    expect(freeTextCancelWarning({ orderId: id, threads }).warn).toBe(false);
  });

  it('ignores other orders and other categories', () => {
    const threads = [thread('503-0000000-0000000', 'cancel_request_message'), thread(id, 'delivery_status')];
    expect(freeTextCancelWarning({ orderId: id, threads })).toEqual({ warn: false, messageThreadKeys: [] });
  });

  it('says it would count against the cancellation rate (en, ja)', () => {
    expect(freeTextCancelWarningText('en')).toMatch(/would count against your cancellation rate.*Your Orders → Cancel items/);
    expect(freeTextCancelWarningText('ja')).toMatch(/キャンセル率にカウントされます/);
  });
});

describe('from the store', () => {
  it('derives buyer-requested cancellations from system cancellation threads', async () => {
    const db = new GuardDB('t-' + crypto.randomUUID());
    const byBuyer = order('canceled');
    const bySeller = order('canceled');
    await db.orders.bulkPut([...shipped(8), byBuyer, bySeller, order('canceled', { daysAgo: 20, updatedAt: NOW - 20 * DAY })]);
    await db.threads.bulkPut([thread(byBuyer.orderId, 'cancel_request_system'), thread(bySeller.orderId, 'cancel_request_message')]);
    expect(await cancellationRateFromDb(db, NOW)).toMatchObject({ sellerCancelled: 1, orders: 10, rate: 0.1, status: 'bad' });
    expect(await cancellationRateFromDb(db, NOW, 7, new Set([bySeller.orderId]))).toMatchObject({ sellerCancelled: 0 });
    expect(await freeTextCancelWarningFromDb(db, bySeller.orderId)).toMatchObject({ warn: true });
    expect(await freeTextCancelWarningFromDb(db, byBuyer.orderId)).toMatchObject({ warn: false });
    db.close();
  });

  it('takes the order page\'s cancellation reason stored on the lines as a buyer request, with no thread needed', async () => {
    const db = new GuardDB('t-' + crypto.randomUUID());
    const reason = 'Cancellation reason: No longer needed';
    const byBuyer = order('canceled', { buyerRequestedCancel: reason });
    // A two-item order whose reason was stored on one line only (the other line read before the page showed it).
    const twoLines = order('canceled');
    const twoLinesOther = { ...twoLines, key: `${twoLines.orderId}:B0TEST0002`, asin: 'B0TEST0002', buyerRequestedCancel: reason };
    const bySeller = order('canceled', { buyerRequestedCancel: null });
    await db.orders.bulkPut([...shipped(7), byBuyer, twoLines, twoLinesOther, bySeller]);
    expect(await cancellationRateFromDb(db, NOW)).toMatchObject({ sellerCancelled: 1, orders: 10, rate: 0.1 });
    db.close();
  });
});
