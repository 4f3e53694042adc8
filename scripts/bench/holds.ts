/**
 * Hold detection at scale: ingesting one 250-row order list page into a store of 100,000 orders, and re-evaluating
 * every ASIN (the worker's sync after each ingestion, the panel's overview). IndexedDB is fake-indexeddb in Node,
 * which is slower than the browser's, so these figures are an upper bound.
 */
import 'fake-indexeddb/auto';
import { GuardDB } from '../../lib/db/db';
import type { OrderRecord } from '../../lib/db/records';
import { detectHolds } from '../../lib/holds/detect';
import { ingestOrderSnapshot } from '../../lib/holds/ingest';
import { DEFAULT_HOLD_SETTINGS } from '../../lib/holds/settings';
import { holdsOverview, syncHolds } from '../../lib/holds/state';
import type { OrderListSnapshot, OrderRow } from '../../lib/sellercentral/types';
import type { BenchRow, BenchSuite } from './types';

const STORED = 100_000;
const ASINS = 2_000;
const PAGE_ROWS = 250;
const RUNS = 5;
const HOUR = 60 * 60 * 1000;
const NOW = Date.parse('2026-03-10T03:00:00Z');

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const asinOf = (i: number) => `B0${String(i).padStart(8, '0')}`;
const orderIdOf = (i: number) => `503-${String(i).padStart(7, '0')}-${String((i * 7919) % 10_000_000).padStart(7, '0')}`;

/**
 * 100,000 order lines over 60 days: mostly shipped, ~3% of the last 10 days pending, and every 500th line part of
 * one of 40 konbini bursts (5 orders of one ASIN, 10 minutes apart).
 */
function storedOrders(): OrderRecord[] {
  const next = random(42);
  const orders: OrderRecord[] = [];
  for (let i = 0; i < STORED; i++) {
    const burst = i % 500 === 0;
    const burstLine = i / 500;
    const asinIndex = burst ? Math.floor(burstLine / 5) * 50 : Math.floor(next() * ASINS);
    const at = burst ? NOW - 10 * HOUR + (burstLine % 5) * 10 * 60_000 : NOW - Math.floor(next() * 60 * 24) * HOUR;
    const pending = burst || (next() < 0.03 && NOW - at < 10 * 24 * HOUR);
    const status = pending ? 'pending' : next() < 0.05 ? 'canceled' : 'shipped';
    const orderId = orderIdOf(i);
    const asin = asinOf(asinIndex);
    orders.push({
      key: `${orderId}:${asin}`,
      orderId,
      marketplace: 'JP',
      asin,
      sku: `SKU-${asinIndex}`,
      quantity: 1 + Math.floor(next() * 3),
      orderDate: at,
      status,
      fulfilment: 'MFN',
      paymentMethod: null,
      paymentKind: burst ? 'konbini' : next() < 0.5 ? 'card' : null,
      buyerName: null,
      history: [{ status, at }],
      firstSeenAt: at,
      updatedAt: at,
      pending: pending ? 1 : 0,
      source: 'report',
    });
  }
  return orders;
}

/** A list page: half the rows are stored orders moving on (pending → unshipped), half are new orders. */
function listPage(run: number): OrderListSnapshot {
  const next = random(1000 + run);
  const rows: OrderRow[] = [];
  for (let r = 0; r < PAGE_ROWS; r++) {
    const known = r % 2 === 0;
    const index = known ? Math.floor(next() * STORED) : STORED + run * PAGE_ROWS + r;
    const asinIndex = Math.floor(next() * ASINS);
    rows.push({
      orderId: orderIdOf(index),
      orderDate: new Date(NOW - Math.floor(next() * 48) * HOUR).toISOString(),
      orderDateText: null,
      status: known ? 'unshipped' : 'pending',
      statusText: null,
      asin: asinOf(asinIndex),
      sku: `SKU-${asinIndex}`,
      quantity: 1,
      buyerName: null,
      fulfilment: 'MFN',
      paymentMethod: null,
      paymentKind: null,
    });
  }
  return { kind: 'orderList', url: 'https://sellercentral-japan.amazon.com/orders-v3', marketplace: 'JP', rows };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export const suite: BenchSuite = async () => {
  const db = new GuardDB(`bench-holds-${Date.now()}`);
  try {
    const orders = storedOrders();
    const fill = await timed(async () => {
      for (let i = 0; i < orders.length; i += 10_000) await db.orders.bulkAdd(orders.slice(i, i + 10_000));
    });
    const pendingCount = await db.orders.where('pending').equals(1).count();

    const ingest: number[] = [];
    for (let run = 0; run < RUNS; run++) ingest.push(await timed(() => ingestOrderSnapshot(db, listPage(run), NOW)));

    const sync: number[] = [];
    const overview: number[] = [];
    let flagged = 0;
    for (let run = 0; run < RUNS; run++) {
      sync.push(await timed(() => syncHolds(db, DEFAULT_HOLD_SETTINGS, NOW + run)));
      overview.push(await timed(async () => (flagged = (await holdsOverview(db, DEFAULT_HOLD_SETTINGS, NOW)).filter((e) => e.flag).length)));
    }

    const all = await db.orders.toArray();
    const pure: number[] = [];
    for (let run = 0; run < RUNS; run++) pure.push(await timed(() => detectHolds(all, DEFAULT_HOLD_SETTINGS, NOW)));
    const allPending = all.map((o) => ({ ...o, pending: 1 as const, status: 'pending' as const }));
    const worst = median(await Promise.all([0, 1, 2].map(() => timed(() => detectHolds(allPending, DEFAULT_HOLD_SETTINGS, NOW)))));

    const store = `${all.length.toLocaleString('en')} stored orders, ${pendingCount} pending, ${ASINS} ASINs`;
    const rows: BenchRow[] = [
      { name: 'holds: ingest a 250-row order list page', value: round(median(ingest)), unit: 'ms', target: '≤ 250 ms', ok: median(ingest) <= 250, note: `median of ${RUNS}; ${store}` },
      { name: 'holds: re-evaluate all ASINs (sync)', value: round(median(sync)), unit: 'ms', target: '≤ 500 ms', ok: median(sync) <= 500, note: `pending index + detection + hold writes; ${flagged} ASINs flagged` },
      { name: 'holds: overview for the panel', value: round(median(overview)), unit: 'ms', target: '≤ 1000 ms', ok: median(overview) <= 1000, note: 'every ASIN with pending orders, with timelines' },
      { name: 'holds: detectHolds over 100,000 orders in memory', value: round(median(pure)), unit: 'ms', target: '≤ 100 ms', ok: median(pure) <= 100, note: 'pure detection, all stored orders passed in' },
      { name: 'holds: detectHolds, 100,000 pending orders (worst case)', value: round(worst), unit: 'ms', target: '≤ 500 ms', ok: worst <= 500 },
      { name: 'holds: fill the store with 100,000 orders', value: round(fill), unit: 'ms', note: 'setup (bulkAdd in 10k batches), fake-indexeddb' },
    ];
    return rows;
  } finally {
    await db.delete();
  }
};
