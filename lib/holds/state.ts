import type { GuardDB } from '@/lib/db/db';
import type { HoldRecord, HoldState, OrderRecord } from '@/lib/db/records';
import { detectHolds, type HoldFlag } from './detect';
import { NO_ASIN, orderTime } from './order-lines';
import type { HoldSettings } from './settings';

/**
 * The hold state per ASIN. Writes happen in `syncHolds` (after every ingestion, in the worker), `markReported` and
 * `acknowledgeHolds` (panel actions); `holdsOverview` and `newHoldCount` only read, so they can run inside
 * liveQuery, and derive what they show from the orders themselves, so they are right even before the next sync.
 */

export { orderTime };

/** The stored order lines themselves, so the panel can pass them straight to sellerSupportReport. */
export type HoldTimelineEntry = OrderRecord;

export interface HoldOverviewEntry {
  asin: string;
  /** released: no pending order left; reported: the seller sent the report; else watching. */
  state: HoldState;
  flag: HoldFlag | null;
  /** Every pending line of the ASIN, whether it counts toward a flag or not. */
  pendingOrders: number;
  pendingUnits: number;
  /**
   * Orders of this ASIN that were pending at some point, oldest first: every pending one, plus the newest of those
   * that left the pending set, up to TIMELINE_LIMIT lines in all.
   */
  timeline: HoldTimelineEntry[];
  firstFlaggedAt: number | null;
  reportedAt: number | null;
  releasedAt: number | null;
  acknowledged: boolean;
}

export const TIMELINE_LIMIT = 50;
/** A released hold stays in the list this long, so the seller sees how it ended. */
export const RELEASED_VISIBLE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

async function pendingLines(db: GuardDB): Promise<OrderRecord[]> {
  const lines = await db.orders.where('pending').equals(1).toArray();
  return lines.filter((o) => o.asin !== NO_ASIN);
}

/** Brings the holds table up to date with the orders. Returns what changed, for the badge and notifications. */
export async function syncHolds(
  db: GuardDB,
  settings: HoldSettings,
  now: number,
  stockByAsin?: Readonly<Record<string, number>>,
): Promise<{ newlyFlagged: string[]; released: string[] }> {
  return db.transaction('rw', db.orders, db.holds, async () => {
    const pending = await pendingLines(db);
    const flags = detectHolds(pending, settings, now, stockByAsin);
    const records = new Map((await db.holds.toArray()).map((r) => [r.asin, r]));
    const pendingAsins = new Set(pending.map((o) => o.asin));
    const put: HoldRecord[] = [];
    const newlyFlagged: string[] = [];
    const released: string[] = [];
    for (const flag of flags) {
      const record = records.get(flag.asin);
      if (record && record.state !== 'released') continue;
      // A hold that comes back after a release is a new episode: new, unacknowledged, not yet reported.
      put.push({ asin: flag.asin, state: 'watching', firstFlaggedAt: now, reportedAt: null, releasedAt: null, acknowledged: 0 });
      newlyFlagged.push(flag.asin);
    }
    for (const record of records.values()) {
      if (record.state === 'released' || pendingAsins.has(record.asin)) continue;
      put.push({ ...record, state: 'released', releasedAt: now });
      released.push(record.asin);
    }
    if (put.length > 0) await db.holds.bulkPut(put);
    return { newlyFlagged, released };
  });
}

/** The seller sent the Seller Support report for this ASIN. */
export async function markReported(db: GuardDB, asin: string, now: number): Promise<void> {
  await db.transaction('rw', db.holds, async () => {
    const record = await db.holds.get(asin);
    await db.holds.put({
      asin,
      state: 'reported',
      firstFlaggedAt: record?.firstFlaggedAt ?? now,
      reportedAt: now,
      releasedAt: null,
      acknowledged: 1,
    });
  });
}

/**
 * The seller has seen the holds (the panel's Holds view is open). `shown`: the flags on screen, recorded as seen
 * even when the worker has not synced them yet.
 */
export async function acknowledgeHolds(db: GuardDB, shown: readonly HoldFlag[] = [], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.holds, async () => {
    const records = await db.holds.toArray();
    const known = new Set(records.map((r) => r.asin));
    const put: HoldRecord[] = records.filter((r) => r.acknowledged === 0).map((r) => ({ ...r, acknowledged: 1 }));
    for (const flag of shown) {
      if (known.has(flag.asin)) continue;
      put.push({ asin: flag.asin, state: 'watching', firstFlaggedAt: now, reportedAt: null, releasedAt: null, acknowledged: 1 });
    }
    if (put.length > 0) await db.holds.bulkPut(put);
  });
}

/** Flags the seller has not seen yet (the badge's hold count). */
export async function newHoldCount(
  db: GuardDB,
  settings: HoldSettings,
  now: number,
  stockByAsin?: Readonly<Record<string, number>>,
): Promise<number> {
  const [pending, records] = await Promise.all([pendingLines(db), db.holds.toArray()]);
  const byAsin = new Map(records.map((r) => [r.asin, r]));
  return detectHolds(pending, settings, now, stockByAsin).filter((flag) => {
    const record = byAsin.get(flag.asin);
    return !record || record.acknowledged === 0 || record.state === 'released';
  }).length;
}

/** Every ASIN with pending orders or a hold on record: flags first (highest score), then reported, watching, released. */
export async function holdsOverview(
  db: GuardDB,
  settings: HoldSettings,
  now: number,
  stockByAsin?: Readonly<Record<string, number>>,
): Promise<HoldOverviewEntry[]> {
  const [pending, records] = await Promise.all([pendingLines(db), db.holds.toArray()]);
  const flags = new Map(detectHolds(pending, settings, now, stockByAsin).map((f) => [f.asin, f]));
  const pendingByAsin = groupByAsin(pending);
  const recordByAsin = new Map(records.map((r) => [r.asin, r]));

  const asins = new Set<string>(pendingByAsin.keys());
  for (const record of records) {
    const hidden = record.state === 'released' && record.releasedAt !== null && now - record.releasedAt > RELEASED_VISIBLE_DAYS * DAY_MS;
    if (!hidden) asins.add(record.asin);
  }

  const entries: HoldOverviewEntry[] = [];
  for (const asin of asins) {
    const record = recordByAsin.get(asin);
    const open = pendingByAsin.get(asin) ?? [];
    const flag = flags.get(asin) ?? null;
    // Only ASINs with a flag or a record need their history; the others' timeline is their pending orders.
    const lines = flag || record ? await db.orders.where('asin').equals(asin).toArray() : open;
    const state: HoldState = open.length === 0 ? 'released' : record?.state === 'reported' ? 'reported' : 'watching';
    entries.push({
      asin,
      state,
      flag,
      pendingOrders: open.length,
      pendingUnits: open.reduce((sum, o) => sum + Math.max(1, o.quantity), 0),
      timeline: timelineOf(lines),
      firstFlaggedAt: record?.firstFlaggedAt ?? null,
      reportedAt: record?.reportedAt ?? null,
      releasedAt: state === 'released' ? (record?.releasedAt ?? null) : null,
      acknowledged: record?.acknowledged === 1 && record.state !== 'released',
    });
  }
  const rank = (e: HoldOverviewEntry) => (e.flag ? 0 : e.state === 'reported' ? 1 : e.state === 'watching' ? 2 : 3);
  return entries.sort(
    (a, b) => rank(a) - rank(b) || (b.flag?.score ?? 0) - (a.flag?.score ?? 0) || b.pendingOrders - a.pendingOrders || a.asin.localeCompare(b.asin),
  );
}

function groupByAsin(lines: readonly OrderRecord[]): Map<string, OrderRecord[]> {
  const map = new Map<string, OrderRecord[]>();
  for (const line of lines) {
    const list = map.get(line.asin);
    if (list) list.push(line);
    else map.set(line.asin, [line]);
  }
  return map;
}

function timelineOf(lines: readonly OrderRecord[]): HoldTimelineEntry[] {
  const byTime = (a: OrderRecord, b: OrderRecord) => orderTime(a) - orderTime(b) || a.orderId.localeCompare(b.orderId);
  const pending = lines.filter((o) => o.pending === 1);
  const past = lines
    .filter((o) => o.pending === 0 && o.history.some((h) => h.status === 'pending'))
    .sort(byTime)
    .slice(-Math.max(0, TIMELINE_LIMIT - pending.length));
  return [...pending, ...past].sort(byTime);
}
