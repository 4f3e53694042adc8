import { GuardDB } from '@/lib/db/db';
import { ingestOrderSnapshot } from '@/lib/holds/ingest';
import { DEFAULT_HOLD_SETTINGS } from '@/lib/holds/settings';
import { sellerSupportReport } from '@/lib/holds/report';
import { acknowledgeHolds, holdsOverview, markReported, newHoldCount, syncHolds, TIMELINE_LIMIT } from '@/lib/holds/state';
import { HOUR, listPage, listRow, NOW, uniqueDbName } from './helpers';

const settings = DEFAULT_HOLD_SETTINGS;
const HELD = 'B0HELDASIN';
const QUIET = 'B0QUIETASN';
let db: GuardDB;

const burst = (status: 'pending' | 'shipped' | 'canceled' = 'pending') =>
  listPage([
    ...[1, 2, 3, 4, 5].map((i) =>
      listRow({
        orderId: `503-000000${i}-000000${i}`,
        asin: HELD,
        quantity: 2,
        paymentKind: 'konbini',
        status,
        orderDate: new Date(NOW - 6 * HOUR + i * 10 * 60 * 1000).toISOString(),
      }),
    ),
    listRow({ orderId: '503-0000009-0000009', asin: QUIET, orderDate: new Date(NOW - HOUR).toISOString() }),
  ]);

beforeEach(async () => {
  db = new GuardDB(uniqueDbName('state'));
  await ingestOrderSnapshot(db, burst(), NOW);
});
afterEach(async () => {
  await db.delete();
});

describe('hold state', () => {
  it('overview lists every ASIN with pending orders, flagged first, with timeline and state', async () => {
    const overview = await holdsOverview(db, settings, NOW);
    expect(overview.map((e) => [e.asin, e.state, e.flag?.pendingOrders ?? null, e.pendingOrders, e.pendingUnits])).toEqual([
      [HELD, 'watching', 5, 5, 10],
      [QUIET, 'watching', null, 1, 1],
    ]);
    expect(overview[0]!.timeline.map((t) => t.orderId)).toEqual([1, 2, 3, 4, 5].map((i) => `503-000000${i}-000000${i}`));
    expect(overview[0]!.timeline[0]!.history).toEqual([{ status: 'pending', at: NOW }]);
  });

  it('a new flag counts for the badge until acknowledged; sync reports it once', async () => {
    expect(await newHoldCount(db, settings, NOW)).toBe(1); // right even before the worker syncs
    expect(await syncHolds(db, settings, NOW)).toEqual({ newlyFlagged: [HELD], released: [] });
    expect(await syncHolds(db, settings, NOW + HOUR)).toEqual({ newlyFlagged: [], released: [] });
    expect(await newHoldCount(db, settings, NOW)).toBe(1);
    await acknowledgeHolds(db);
    expect(await newHoldCount(db, settings, NOW)).toBe(0);
  });

  it('acknowledging the flags on screen works before the worker synced them', async () => {
    const overview = await holdsOverview(db, settings, NOW);
    await acknowledgeHolds(db, overview.flatMap((e) => (e.flag ? [e.flag] : [])), NOW);
    expect(await newHoldCount(db, settings, NOW)).toBe(0);
    expect(await syncHolds(db, settings, NOW)).toEqual({ newlyFlagged: [], released: [] });
  });

  it('reported, then released when the orders are cancelled; a new burst later is new again', async () => {
    await syncHolds(db, settings, NOW);
    await markReported(db, HELD, NOW + HOUR);
    let entry = (await holdsOverview(db, settings, NOW + HOUR))[0]!;
    expect(entry).toMatchObject({ asin: HELD, state: 'reported', reportedAt: NOW + HOUR });

    await ingestOrderSnapshot(db, burst('canceled'), NOW + 20 * HOUR);
    expect(await syncHolds(db, settings, NOW + 20 * HOUR)).toEqual({ newlyFlagged: [], released: [HELD] });
    entry = (await holdsOverview(db, settings, NOW + 20 * HOUR)).find((e) => e.asin === HELD)!;
    expect(entry).toMatchObject({ state: 'released', flag: null, pendingOrders: 0, releasedAt: NOW + 20 * HOUR });
    expect(entry.timeline.map((t) => t.status)).toEqual(['canceled', 'canceled', 'canceled', 'canceled', 'canceled']);
    expect(await newHoldCount(db, settings, NOW + 20 * HOUR)).toBe(0);

    const again = listPage(
      [6, 7, 8].map((i) => listRow({ orderId: `250-000000${i}-000000${i}`, asin: HELD, orderDate: new Date(NOW + 30 * HOUR).toISOString() })),
    );
    await ingestOrderSnapshot(db, again, NOW + 31 * HOUR);
    expect(await newHoldCount(db, settings, NOW + 31 * HOUR)).toBe(1);
    expect(await syncHolds(db, settings, NOW + 31 * HOUR)).toEqual({ newlyFlagged: [HELD], released: [] });
    entry = (await holdsOverview(db, settings, NOW + 31 * HOUR))[0]!;
    expect(entry).toMatchObject({ asin: HELD, state: 'watching', reportedAt: null, firstFlaggedAt: NOW + 31 * HOUR });
  });

  it('shipping the orders also releases the hold, even before a sync', async () => {
    await ingestOrderSnapshot(db, burst('shipped'), NOW + 2 * HOUR);
    const overview = await holdsOverview(db, settings, NOW + 2 * HOUR);
    expect(overview.map((e) => e.asin)).toEqual([QUIET]); // never flagged, no record: nothing to show for HELD
    await syncHolds(db, settings, NOW + 2 * HOUR);
    expect(await db.holds.count()).toBe(0);
  });

  it('the overview\'s timeline is enough for the Seller Support report with all five order ids', async () => {
    const [entry] = await holdsOverview(db, settings, NOW);
    const report = sellerSupportReport(entry!.flag!, entry!.timeline, 'ja');
    for (const i of [1, 2, 3, 4, 5]) expect(report.text).toContain(`- 503-000000${i}-000000${i} ｜ 注文日時 `);
    expect(report.text).toContain('数量 2 ｜ 支払方法：コンビニ払い ｜ ステータス：保留中');
  });

  it('the timeline never drops a pending order to make room for past ones', async () => {
    const many = listPage(
      Array.from({ length: TIMELINE_LIMIT + 10 }, (_, i) =>
        listRow({ orderId: `249-${String(i).padStart(7, '0')}-0000000`, asin: HELD, orderDate: new Date(NOW - 3 * HOUR).toISOString() }),
      ),
    );
    await ingestOrderSnapshot(db, many, NOW);
    const [entry] = await holdsOverview(db, settings, NOW);
    expect(entry!.timeline).toHaveLength(TIMELINE_LIMIT + 15);
    expect(entry!.flag!.orderIds).toHaveLength(TIMELINE_LIMIT + 15);
  });
});
