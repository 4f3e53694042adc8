import { exportAll, importAll, type ExportFile } from '@/lib/db/export';
import { ORDER_TEXT_MAX, type FeedbackRecord, type HoldRecord, type OrderRecord, type TemplateRecord } from '@/lib/db/records';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { markNoResponseNeeded, recordThreadSnapshot } from '@/lib/db/threads';
import type { GuardDB } from '@/lib/db/db';
import { buyer, freshDb, HOUR, seller, T0, thread, threadRecord } from './helpers';

const template: TemplateRecord = {
  id: 'custom:1',
  category: 'delivery_status',
  lang: 'en',
  title: 'Tracking',
  body: 'Hello {buyerName}, your tracking number is …',
  origin: 'custom',
  overrides: null,
  updatedAt: T0 - HOUR,
};
const order: OrderRecord = {
  key: '250-1111111-2222222:B0ABCDEFGH',
  orderId: '250-1111111-2222222',
  marketplace: 'JP',
  asin: 'B0ABCDEFGH',
  sku: 'SKU-1',
  quantity: 5,
  orderDate: T0 - 10 * HOUR,
  status: 'pending',
  fulfilment: 'MFN',
  paymentMethod: 'コンビニ払い',
  paymentKind: 'konbini',
  buyerName: '山田',
  history: [{ status: 'pending', at: T0 - 9 * HOUR }],
  firstSeenAt: T0 - 9 * HOUR,
  updatedAt: T0 - 9 * HOUR,
  pending: 1,
  source: 'page',
};
const hold: HoldRecord = {
  asin: 'B0ABCDEFGH',
  state: 'watching',
  firstFlaggedAt: T0 - 8 * HOUR,
  reportedAt: null,
  releasedAt: null,
  acknowledged: 0,
};
const feedback: FeedbackRecord = {
  orderId: '111-2223334-5556667',
  marketplace: 'US',
  date: T0 - 48 * HOUR,
  dateText: 'Jun 1, 2025',
  rating: 2,
  comment: 'Arrived late <b>and</b> damaged 😞',
  negative: 1,
  firstSeenAt: T0 - 24 * HOUR,
};

async function populate(db: GuardDB) {
  await recordThreadSnapshot(db, thread([buyer('Where is it?', T0 - 3 * HOUR)], { threadId: 'a' }), null, T0);
  await recordThreadSnapshot(
    db,
    thread([buyer('Broken on arrival', T0 - 5 * HOUR), seller('Sorry! Refund sent.', T0 - 4 * HOUR)], { threadId: 'b' }),
    { category: 'damaged_or_defective', scam: false, lang: 'en' },
    T0,
  );
  await recordThreadSnapshot(db, thread([buyer('Thanks!')], { threadId: 'c' }), null, T0);
  await markNoResponseNeeded(db, 'US:c', T0 + 1);
  await db.templates.put(template);
  await db.orders.put(order);
  await db.holds.put(hold);
  await db.feedback.put(feedback);
  await updateSettings(db, { nearWindowHours: 4, sellerName: 'Shop', paymentDeadlineDays: { JP: 8 } });
}

/** A JSON round trip, as a file would make it. */
const asFile = async (db: GuardDB) => JSON.parse(JSON.stringify(await exportAll(db, T0))) as ExportFile;

describe('export', () => {
  afterEach(() => vi.useRealTimers());

  it('holds every table, the settings, the format and the schema version', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const db = freshDb();
    await populate(db);
    const file = await exportAll(db);
    expect(file).toMatchObject({ format: 'seller-inbox-guard', schemaVersion: 2, exportedAt: '2025-06-02T09:00:00.000Z' });
    expect(file.threads.map((t) => [t.key, t.state])).toEqual([
      ['US:a', 'open'],
      ['US:b', 'answered'],
      ['US:c', 'no_response_needed'],
    ]);
    expect(file.templates).toEqual([template]);
    expect(file.orders).toEqual([order]);
    expect(file.holds).toEqual([hold]);
    expect(file.feedback).toEqual([feedback]);
    expect(file.settings).toMatchObject({ nearWindowHours: 4, paymentDeadlineDays: { default: 6, JP: 8 } });
  });
});

describe('import', () => {
  it('export → import into an empty database gives back the same data', async () => {
    const source = freshDb();
    await populate(source);
    const file = await asFile(source);
    const target = freshDb();
    const result = await importAll(target, JSON.stringify(file));
    expect(result).toMatchObject({
      ok: true,
      written: { threads: 3, templates: 1, orders: 1, holds: 1, feedback: 1 },
    });
    expect(await exportAll(target, T0)).toEqual(await exportAll(source, T0));
  });

  it('merges: adds what is missing, and the newer copy of a record wins', async () => {
    const source = freshDb();
    await populate(source);
    const target = freshDb();
    await target.threads.bulkPut([
      threadRecord('US:a', { lastReadAt: T0 + HOUR, category: 'kept-newer' }),
      threadRecord('US:b', { lastReadAt: T0 - HOUR, category: 'replaced-older' }),
      threadRecord('US:only-here', {}),
    ]);
    const result = await importAll(target, await asFile(source));
    expect(result).toMatchObject({ ok: true, written: { threads: 2 }, keptExisting: { threads: 1 } });
    const threads = await target.threads.toArray();
    expect(threads.map((t) => [t.key, t.category])).toEqual([
      ['US:a', 'kept-newer'],
      ['US:b', 'damaged_or_defective'],
      ['US:c', null],
      ['US:only-here', null],
    ]);
    expect(await getSettings(target)).toMatchObject({ nearWindowHours: 4, sellerName: 'Shop' });
  });

  it('upgrades the threads of a schema version 1 file', async () => {
    const source = freshDb();
    await populate(source);
    const file = await asFile(source);
    const v1 = {
      ...file,
      schemaVersion: 1,
      threads: file.threads.map(({ seenBuyerKey: _s, clockKey: _k, clockFromPage: _c, nearNotifiedFor: _n, ...v1Thread }) => v1Thread),
    };
    const target = freshDb();
    expect(await importAll(target, v1)).toMatchObject({ ok: true, schemaVersion: 1 });
    const a = await target.threads.get('US:a');
    expect(a).toMatchObject({ seenBuyerKey: null, clockKey: null, nearNotifiedFor: null, clockStartAt: T0 - 3 * HOUR, clockFromPage: true });
  });
});

describe('import of order lines with and without the order-page details', () => {
  const detailed: OrderRecord = {
    ...order,
    key: '250-1111111-3333333:B0DETAILED',
    orderId: '250-1111111-3333333',
    asin: 'B0DETAILED',
    title: 'Teekanne aus Gusseisen, 1,2 l',
    shipBy: T0 + 30 * HOUR,
    buyerRequestedCancel: 'Cancellation reason: ordered by mistake',
  };

  it('a line holding title, ship-by and cancellation request comes back with them', async () => {
    const source = freshDb();
    await source.orders.put(detailed);
    const target = freshDb();
    expect(await importAll(target, await asFile(source))).toMatchObject({ ok: true, written: { orders: 1 } });
    expect(await target.orders.get(detailed.key)).toEqual(detailed);
  });

  it('a file exported before these fields existed still imports, and its lines stay without them', async () => {
    const source = freshDb();
    await populate(source);
    const file = await asFile(source);
    expect(Object.keys(file.orders[0]!)).not.toContain('shipBy');
    const target = freshDb();
    expect(await importAll(target, file)).toMatchObject({ ok: true, written: { orders: 1 } });
    const stored = await target.orders.get(order.key);
    expect(stored).toEqual(order);
    expect(stored && 'title' in stored).toBe(false);
  });

  it('null details (read from a page that did not show them) import as well', async () => {
    const source = freshDb();
    await source.orders.put({ ...detailed, title: null, shipBy: null, buyerRequestedCancel: null });
    const target = freshDb();
    expect(await importAll(target, await asFile(source))).toMatchObject({ ok: true, written: { orders: 1 } });
    expect(await target.orders.get(detailed.key)).toMatchObject({ title: null, shipBy: null, buyerRequestedCancel: null });
  });
});

describe('a bad file is refused with a clear message and nothing changed', () => {
  type Breaker = (file: Record<string, unknown> & ExportFile) => unknown;
  const cases: [string, Breaker | string, string][] = [
    ['not JSON', '{"format": "seller-inbox-guard", ', 'not valid JSON'],
    ['another format', (f) => ({ ...f, format: 'other-tool' }), '"format" is "other-tool"'],
    ['a list instead of an object', () => [1, 2], 'it holds a list'],
    ['a newer schema', (f) => ({ ...f, schemaVersion: 3 }), 'newer version of the extension (schema 3'],
    ['a broken schema version', (f) => ({ ...f, schemaVersion: '2' }), '"schemaVersion" must be a whole number'],
    ['a missing table', (f) => ({ ...f, holds: undefined }), '"holds" must be a list'],
    [
      'a thread time that is text',
      (f) => ({ ...f, threads: [f.threads[0], { ...f.threads[1], dueAt: 'tomorrow' }] }),
      'threads[1].dueAt must be a time in epoch milliseconds (got "tomorrow")',
    ],
    [
      'a thread missing a field',
      (f) => ({ ...f, threads: [{ ...f.threads[0], state: undefined }] }),
      'threads[0].state must be one of',
    ],
    [
      'an open flag that contradicts the state',
      (f) => ({ ...f, threads: [{ ...f.threads[1], open: 1 }] }),
      'threads[0].open must be 0 for state "answered"',
    ],
    [
      'a broken response inside a thread',
      (f) => ({ ...f, threads: [{ ...f.threads[1], responses: [{ buyerAt: 1, answeredAt: 2, how: 'email' }] }] }),
      'threads[0].responses[0].how must be one of "reply", "no_response_needed"',
    ],
    ['the same thread twice', (f) => ({ ...f, threads: [f.threads[0], f.threads[0]] }), 'key "US:a" appears twice'],
    [
      'a ship-by that is text',
      (f) => ({ ...f, orders: [{ ...f.orders[0], shipBy: 'Friday' }] }),
      'orders[0].shipBy must be a time in epoch milliseconds or null (got "Friday")',
    ],
    [
      'an order title longer than any page shows',
      (f) => ({ ...f, orders: [{ ...f.orders[0], title: 'x'.repeat(ORDER_TEXT_MAX + 1) }] }),
      `orders[0].title must be at most ${ORDER_TEXT_MAX} characters`,
    ],
    [
      'a cancellation request that is not text',
      (f) => ({ ...f, orders: [{ ...f.orders[0], buyerRequestedCancel: true }] }),
      'orders[0].buyerRequestedCancel must be a text',
    ],
    ['an unknown order status', (f) => ({ ...f, orders: [{ ...f.orders[0], status: 'lost' }] }), 'orders[0].status'],
    ['an unknown marketplace', (f) => ({ ...f, feedback: [{ ...f.feedback[0], marketplace: 'XX' }] }), 'feedback[0].marketplace'],
    ['a hold that is not an object', (f) => ({ ...f, holds: ['B0ABCDEFGH'] }), 'holds[0] must be an object'],
    [
      'a template without a body',
      (f) => ({ ...f, templates: [Object.fromEntries(Object.entries(f.templates[0]!).filter(([k]) => k !== 'body'))] }),
      'templates[0].body is missing',
    ],
    ['a bad setting', (f) => ({ ...f, settings: { ...f.settings, retentionDays: 3 } }), 'settings.retentionDays must be a whole number from 30'],
    ['an unknown setting', (f) => ({ ...f, settings: { theme: 'dark' } }), 'settings.theme is not a known setting'],
  ];

  it.each(cases)('%s', async (_name, breaker, message) => {
    const source = freshDb();
    await populate(source);
    const good = await asFile(source);
    const target = freshDb();
    await target.threads.put(threadRecord('US:existing', {}));
    await updateSettings(target, { nearWindowHours: 2 });
    const before = await exportAll(target, T0);

    const bad = typeof breaker === 'string' ? breaker : breaker(good as Record<string, unknown> & ExportFile);
    const result = await importAll(target, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
    expect(await exportAll(target, T0)).toEqual(before);
  });
});
