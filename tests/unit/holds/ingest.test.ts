import { GuardDB } from '@/lib/db/db';
import { ORDER_TEXT_MAX } from '@/lib/db/records';
import { ingestOrderSnapshot, ingestReportRows } from '@/lib/holds/ingest';
import { parseOrderReport } from '@/lib/holds/order-report';
import type { OrderSnapshot } from '@/lib/sellercentral/types';
import { HOUR, listPage, listRow, NOW, uniqueDbName } from './helpers';

let db: GuardDB;
beforeEach(() => {
  db = new GuardDB(uniqueDbName('ingest'));
});
afterEach(async () => {
  await db.delete();
});

function detailPage(fields: Partial<OrderSnapshot> & { orderId: string }): OrderSnapshot {
  return {
    kind: 'order',
    url: `https://sellercentral-japan.amazon.com/orders-v3/order/${fields.orderId}`,
    marketplace: 'JP',
    orderDate: '2026-03-09T12:00:00.000Z',
    orderDateText: null,
    status: 'pending',
    statusText: null,
    fulfilment: 'MFN',
    shipBy: null,
    shipByText: null,
    shipToCountry: null,
    buyerName: null,
    paymentMethod: null,
    paymentKind: null,
    buyerRequestedCancel: null,
    items: [],
    ...fields,
  };
}

const page = listPage([
  listRow({ orderId: '503-0000001-0000001', asin: 'B0TESTAS01', quantity: 2, paymentKind: 'konbini' }),
  listRow({ orderId: '503-0000002-0000002', asin: 'B0TESTAS01', quantity: 1 }),
  listRow({ orderId: '503-0000003-0000003', asin: 'B0TESTAS02', sku: 'SKU-2', status: 'unshipped' }),
]);

describe('ingestOrderSnapshot', () => {
  it('stores one record per order line, keyed order id : ASIN, pending flagged', async () => {
    expect(await ingestOrderSnapshot(db, page, NOW)).toEqual({ added: 3, updated: 0 });
    const stored = await db.orders.orderBy('key').toArray();
    expect(stored.map((o) => [o.key, o.pending, o.quantity])).toEqual([
      ['503-0000001-0000001:B0TESTAS01', 1, 2],
      ['503-0000002-0000002:B0TESTAS01', 1, 1],
      ['503-0000003-0000003:B0TESTAS02', 0, 1],
    ]);
    const first = stored[0]!;
    expect(first).toMatchObject({ marketplace: 'JP', paymentKind: 'konbini', source: 'page', firstSeenAt: NOW });
    expect(first.orderDate).toBe(Date.parse('2026-03-09T12:00:00.000Z'));
    expect(first.history).toEqual([{ status: 'pending', at: NOW }]);
  });

  it('the same list page read twice changes nothing', async () => {
    await ingestOrderSnapshot(db, page, NOW);
    const before = await db.orders.toArray();
    expect(await ingestOrderSnapshot(db, page, NOW + HOUR)).toEqual({ added: 0, updated: 0 });
    expect(await db.orders.toArray()).toEqual(before);
  });

  it('a row listed twice on one page is one line', async () => {
    const row = listRow({ orderId: '503-0000009-0000009' });
    expect(await ingestOrderSnapshot(db, listPage([row, row]), NOW)).toEqual({ added: 1, updated: 0 });
    expect(await db.orders.count()).toBe(1);
  });

  it('an order that ships or is cancelled leaves the pending set, with its history appended once', async () => {
    await ingestOrderSnapshot(db, page, NOW);
    const later = listPage([
      listRow({ orderId: '503-0000001-0000001', asin: 'B0TESTAS01', quantity: 2, status: 'canceled' }),
      listRow({ orderId: '503-0000002-0000002', asin: 'B0TESTAS01', status: 'shipped' }),
    ]);
    expect(await ingestOrderSnapshot(db, later, NOW + HOUR)).toEqual({ added: 0, updated: 2 });
    expect(await ingestOrderSnapshot(db, later, NOW + 2 * HOUR)).toEqual({ added: 0, updated: 0 });
    expect(await db.orders.where('pending').equals(1).count()).toBe(0);
    const canceled = await db.orders.get('503-0000001-0000001:B0TESTAS01');
    expect(canceled!.history).toEqual([
      { status: 'pending', at: NOW },
      { status: 'canceled', at: NOW + HOUR },
    ]);
    expect(canceled!.updatedAt).toBe(NOW + HOUR);
  });

  it('a stale page cannot put a shipped order back into the pending set', async () => {
    await ingestOrderSnapshot(db, listPage([listRow({ orderId: '503-0000001-0000001', status: 'shipped' })]), NOW);
    await ingestOrderSnapshot(db, listPage([listRow({ orderId: '503-0000001-0000001', status: 'pending' })]), NOW + HOUR);
    const stored = await db.orders.get('503-0000001-0000001:B0TESTAS01');
    expect(stored).toMatchObject({ status: 'shipped', pending: 0 });
  });

  it('a detail page fills what the list lacked and moves every line of the order', async () => {
    await ingestOrderSnapshot(db, page, NOW);
    const detail = detailPage({
      orderId: '503-0000002-0000002',
      buyerName: 'Test Buyer',
      paymentKind: 'konbini',
      paymentMethod: 'コンビニ払い',
      items: [{ asin: 'B0TESTAS01', sku: 'SKU-1', title: 'x', quantity: 1 }],
    });
    expect(await ingestOrderSnapshot(db, detail, NOW + HOUR)).toEqual({ added: 0, updated: 1 });
    expect(await db.orders.get('503-0000002-0000002:B0TESTAS01')).toMatchObject({
      buyerName: 'Test Buyer',
      paymentKind: 'konbini',
      pending: 1,
    });
    // A detail page whose items could not be read still cancels the stored lines of that order.
    const canceled = detailPage({ orderId: '503-0000002-0000002', status: 'canceled' });
    expect(await ingestOrderSnapshot(db, canceled, NOW + 2 * HOUR)).toEqual({ added: 0, updated: 1 });
    expect(await db.orders.get('503-0000002-0000002:B0TESTAS01')).toMatchObject({ status: 'canceled', pending: 0 });
  });

  it('a line read without ASIN is kept by SKU and becomes the same line once its ASIN is known', async () => {
    const noAsin = listPage([listRow({ orderId: '503-0000005-0000005', asin: null, sku: 'TMB-500' })]);
    expect(await ingestOrderSnapshot(db, noAsin, NOW)).toEqual({ added: 1, updated: 0 });
    expect(await db.orders.get('503-0000005-0000005:TMB-500')).toMatchObject({ asin: '', sku: 'TMB-500', pending: 1 });
    const withAsin = listPage([listRow({ orderId: '503-0000005-0000005', asin: 'b0testas05', sku: 'TMB-500' })]);
    expect(await ingestOrderSnapshot(db, withAsin, NOW + HOUR)).toEqual({ added: 0, updated: 1 });
    expect((await db.orders.toArray()).map((o) => [o.key, o.asin])).toEqual([['503-0000005-0000005:B0TESTAS05', 'B0TESTAS05']]);
    // And reading the SKU-only page again does not bring a second line back.
    expect(await ingestOrderSnapshot(db, noAsin, NOW + 2 * HOUR)).toEqual({ added: 0, updated: 0 });
    expect(await db.orders.count()).toBe(1);
  });

  it('bad input gives an empty result, not a throw', async () => {
    const broken = { kind: 'orderList', url: 'x', marketplace: null, rows: null } as unknown as Parameters<typeof ingestOrderSnapshot>[1];
    expect(await ingestOrderSnapshot(db, broken, NOW)).toEqual({ added: 0, updated: 0 });
    expect(await ingestOrderSnapshot(db, listPage([listRow({ orderId: '   ' })]), NOW)).toEqual({ added: 0, updated: 0 });
  });
});

describe('ingestOrderSnapshot: title, ship-by and the buyer\'s cancellation request from the order page', () => {
  const orderId = '503-0000021-0000021';
  const shipByIso = '2026-03-12T14:59:59.000Z';
  const twoItems = detailPage({
    orderId,
    status: 'unshipped',
    shipBy: shipByIso,
    items: [
      { asin: 'B0TESTAS21', sku: 'SKU-21', title: '  Cast-iron teapot, 1.2 L  ', quantity: 1 },
      { asin: 'B0TESTAS22', sku: 'SKU-22', title: '急須用 茶こし', quantity: 2 },
    ],
  });

  it('stores each item\'s title on its line and the order\'s ship-by on every line', async () => {
    expect(await ingestOrderSnapshot(db, twoItems, NOW)).toEqual({ added: 2, updated: 0 });
    const stored = await db.orders.where('orderId').equals(orderId).sortBy('key');
    expect(stored.map((o) => [o.asin, o.title, o.shipBy, o.buyerRequestedCancel])).toEqual([
      ['B0TESTAS21', 'Cast-iron teapot, 1.2 L', Date.parse(shipByIso), null],
      ['B0TESTAS22', '急須用 茶こし', Date.parse(shipByIso), null],
    ]);
  });

  it('the same order page read twice changes nothing', async () => {
    await ingestOrderSnapshot(db, twoItems, NOW);
    const before = await db.orders.toArray();
    expect(await ingestOrderSnapshot(db, twoItems, NOW + HOUR)).toEqual({ added: 0, updated: 0 });
    expect(await db.orders.toArray()).toEqual(before);
  });

  it('fills lines first read from the list page, including a line this page did not show', async () => {
    await ingestOrderSnapshot(
      db,
      listPage([
        listRow({ orderId, asin: 'B0TESTAS21', sku: 'SKU-21', status: 'unshipped' }),
        listRow({ orderId, asin: 'B0TESTAS23', sku: 'SKU-23', status: 'unshipped' }),
      ]),
      NOW,
    );
    expect(await db.orders.get(`${orderId}:B0TESTAS21`)).toMatchObject({ title: null, shipBy: null });
    expect(await ingestOrderSnapshot(db, twoItems, NOW + HOUR)).toEqual({ added: 1, updated: 2 });
    expect(await db.orders.get(`${orderId}:B0TESTAS21`)).toMatchObject({ title: 'Cast-iron teapot, 1.2 L', shipBy: Date.parse(shipByIso), updatedAt: NOW + HOUR });
    expect(await db.orders.get(`${orderId}:B0TESTAS23`)).toMatchObject({ shipBy: Date.parse(shipByIso) });
  });

  it('title and ship-by only fill gaps: a later page that shows them differently changes nothing', async () => {
    await ingestOrderSnapshot(db, twoItems, NOW);
    const reworded = {
      ...twoItems,
      shipBy: '2026-03-13T14:59:59.000Z',
      items: twoItems.items.map((item) => ({ ...item, title: `${item.title} (new listing text)` })),
    };
    expect(await ingestOrderSnapshot(db, reworded, NOW + HOUR)).toEqual({ added: 0, updated: 0 });
    expect(await db.orders.get(`${orderId}:B0TESTAS21`)).toMatchObject({ title: 'Cast-iron teapot, 1.2 L', shipBy: Date.parse(shipByIso) });
    // A page without them never erases what was read.
    const bare = { ...twoItems, shipBy: null, items: twoItems.items.map((item) => ({ ...item, title: null })) };
    expect(await ingestOrderSnapshot(db, bare, NOW + 2 * HOUR)).toEqual({ added: 0, updated: 0 });
  });

  it('a cancellation request shown later is set on every line of the order, once', async () => {
    await ingestOrderSnapshot(db, twoItems, NOW);
    const requested = { ...twoItems, status: 'canceled' as const, buyerRequestedCancel: 'Cancellation reason: Order placed by mistake' };
    expect(await ingestOrderSnapshot(db, requested, NOW + HOUR)).toEqual({ added: 0, updated: 2 });
    const stored = await db.orders.where('orderId').equals(orderId).toArray();
    expect(stored.map((o) => o.buyerRequestedCancel)).toEqual([
      'Cancellation reason: Order placed by mistake',
      'Cancellation reason: Order placed by mistake',
    ]);
    expect(await ingestOrderSnapshot(db, requested, NOW + 2 * HOUR)).toEqual({ added: 0, updated: 0 });
    // The page no longer showing it does not undo the request.
    expect(await ingestOrderSnapshot(db, { ...requested, buyerRequestedCancel: null }, NOW + 3 * HOUR)).toEqual({ added: 0, updated: 0 });
    expect((await db.orders.get(`${orderId}:B0TESTAS21`))!.buyerRequestedCancel).toBe('Cancellation reason: Order placed by mistake');
  });

  it('an unreadable ship-by, an empty title or a huge one give a clear stored value, not a throw', async () => {
    const odd = detailPage({
      orderId,
      shipBy: 'next Friday',
      items: [
        { asin: 'B0TESTAS21', sku: null, title: '   ', quantity: 1 },
        { asin: 'B0TESTAS22', sku: null, title: '<b>x</b>'.repeat(10_000), quantity: 1 },
      ],
    });
    expect(await ingestOrderSnapshot(db, odd, NOW)).toEqual({ added: 2, updated: 0 });
    expect(await db.orders.get(`${orderId}:B0TESTAS21`)).toMatchObject({ title: null, shipBy: null });
    expect((await db.orders.get(`${orderId}:B0TESTAS22`))!.title).toHaveLength(ORDER_TEXT_MAX);
  });
});

describe('ingestReportRows', () => {
  const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tsku\tasin\tquantity\tsales-channel';
  const report = (lines: string[]) => {
    const parsed = parseOrderReport(new TextEncoder().encode([header, ...lines].join('\n')));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.rows;
  };

  it('stores report rows as source "report" with the report\'s times, and merges with page lines', async () => {
    await ingestOrderSnapshot(db, page, NOW);
    const rows = report([
      '503-0000001-0000001\t2026-03-09T21:00:00+09:00\t2026-03-09T23:30:00+09:00\tCancelled\tSKU-1\tB0TESTAS01\t0\tAmazon.co.jp',
      '503-0000004-0000004\t2026-03-09T21:05:00+09:00\t2026-03-09T21:05:00+09:00\tPending\tSKU-1\tB0TESTAS01\t3\tAmazon.co.jp',
    ]);
    expect(await ingestReportRows(db, rows, NOW + HOUR)).toEqual({ added: 1, updated: 1 });
    expect(await ingestReportRows(db, rows, NOW + 2 * HOUR)).toEqual({ added: 0, updated: 0 });
    const canceled = await db.orders.get('503-0000001-0000001:B0TESTAS01');
    expect(canceled).toMatchObject({ status: 'canceled', pending: 0, quantity: 2, source: 'page' });
    expect(canceled!.history.at(-1)).toEqual({ status: 'canceled', at: Date.parse('2026-03-09T23:30:00+09:00') });
    expect(await db.orders.get('503-0000004-0000004:B0TESTAS01')).toMatchObject({
      source: 'report',
      marketplace: 'JP',
      quantity: 3,
      pending: 1,
      orderDate: Date.parse('2026-03-09T21:05:00+09:00'),
    });
  });
});
