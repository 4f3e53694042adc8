/**
 * Deadline queries at scale: the toolbar badge recount (run by the worker every minute and on every store change)
 * and the panel's "needs reply" list, with 10,000 and 100,000 stored threads, each against a full table scan giving
 * the same answer in the same run. IndexedDB is fake-indexeddb in Node (slower than a browser's), so the times are an
 * upper bound; the ratio to the scan shows the index is used.
 */
import 'fake-indexeddb/auto';
import { GuardDB } from '../../lib/db/db';
import { badgeState, needsReply, responseStats } from '../../lib/db/queries';
import type { ThreadRecord } from '../../lib/db/records';
import { nearCutoff } from '../../lib/deadlines/countdown';
import type { BenchRow, BenchSuite } from './types';

const SIZES = [10_000, 100_000];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-03-10T03:00:00Z');
const NEAR_HOURS = 6;
/** A busy seller: 1 thread in 100 waiting for an answer, the rest answered over the last 180 days. */
const OPEN_SHARE = 0.01;
const TARGET_MS_AT_10K = 10;

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function storedThreads(count: number): ThreadRecord[] {
  const next = random(count);
  return Array.from({ length: count }, (_, i) => {
    const open = i % Math.round(1 / OPEN_SHARE) === 0;
    // Open clocks started between 30 h ago (overdue) and now; closed ones over 180 days.
    const clockStartAt = open ? NOW - next() * 30 * HOUR : NOW - next() * 180 * DAY;
    const answeredAt = clockStartAt + next() * 30 * HOUR;
    return {
      key: `US:${i.toString(36).padStart(8, '0')}-${Math.floor(next() * 1e9).toString(36)}`,
      marketplace: 'US',
      threadId: `case-${i}`,
      orderId: `111-${String(i).padStart(7, '0')}-0000000`,
      buyerName: 'Buyer',
      subject: 'Inquiry from Amazon customer',
      url: `https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=case-${i}`,
      category: 'delivery_status',
      scam: false,
      lang: 'en',
      state: open ? 'open' : 'answered',
      open: open ? 1 : 0,
      firstSeenAt: clockStartAt,
      clockStartAt,
      dueAt: clockStartAt + DAY,
      closedAt: open ? null : answeredAt,
      lastReadAt: open ? clockStartAt : answeredAt,
      responses: open ? [] : [{ buyerAt: clockStartAt, answeredAt, how: 'reply' }],
      seenBuyerKey: `b${i}`,
      clockKey: `b${i}`,
      clockFromPage: true,
      nearNotifiedFor: null,
    };
  });
}

async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The same answers as the indexed queries, by reading every thread (what the index saves us from). */
async function badgeByScan(db: GuardDB) {
  const all = await db.threads.toArray();
  const cutoff = nearCutoff(NOW, NEAR_HOURS);
  return all.filter((t) => t.open === 1 && t.dueAt < cutoff).length;
}
async function needsReplyByScan(db: GuardDB) {
  const all = await db.threads.toArray();
  return all.filter((t) => t.open === 1).sort((a, b) => a.dueAt - b.dueAt);
}

async function measure(size: number): Promise<BenchRow[]> {
  const db = new GuardDB(`bench-deadlines-${size}-${Date.now()}`);
  const threads = storedThreads(size);
  for (let i = 0; i < threads.length; i += 5_000) await db.threads.bulkPut(threads.slice(i, i + 5_000));

  // Same answer both ways, or the comparison means nothing.
  const badge = await badgeState(db, NOW, NEAR_HOURS);
  const list = await needsReply(db, NOW);
  if (badge.count !== (await badgeByScan(db)) || list.length !== (await needsReplyByScan(db)).length) {
    throw new Error(`deadlines bench: indexed and scanned answers differ at ${size} threads`);
  }

  const runs = size <= 10_000 ? 30 : 10;
  const badgeMs = await medianMs(runs, () => badgeState(db, NOW, NEAR_HOURS));
  const listMs = await medianMs(runs, () => needsReply(db, NOW));
  const scanRuns = size <= 10_000 ? 5 : 3;
  const badgeScanMs = await medianMs(scanRuns, () => badgeByScan(db));
  const listScanMs = await medianMs(scanRuns, () => needsReplyByScan(db));
  const stats = await responseStats(db, NOW, 30);
  const statsMs = await medianMs(scanRuns, () => responseStats(db, NOW, 30));
  db.close();

  const label = `${size / 1000}k threads`;
  const timed = (name: string, ms: number): BenchRow =>
    size === 10_000
      ? { name, value: ms, unit: 'ms', target: `≤ ${TARGET_MS_AT_10K} ms`, ok: ms <= TARGET_MS_AT_10K }
      : { name, value: ms, unit: 'ms' };
  const open = list.length;
  return [
    { ...timed(`deadlines: badge recount, ${label}`, badgeMs), note: `${badge.count} near/overdue of ${open} open` },
    {
      name: `deadlines: badge recount / full scan, ${label}`,
      value: badgeMs / badgeScanMs,
      unit: '×',
      target: '< 0.1 (indexed)',
      ok: badgeMs / badgeScanMs < 0.1,
      note: `full scan ${badgeScanMs.toFixed(1)} ms`,
    },
    { ...timed(`deadlines: needs-reply list, ${label}`, listMs), note: `${open} open threads listed` },
    {
      name: `deadlines: needs-reply list / full scan, ${label}`,
      value: listMs / listScanMs,
      unit: '×',
      target: '< 0.1 (indexed)',
      ok: listMs / listScanMs < 0.1,
      note: `full scan ${listScanMs.toFixed(1)} ms`,
    },
    {
      name: `deadlines: response stats (30 days), ${label}`,
      value: statsMs,
      unit: 'ms',
      note: `${stats.total} clocks in the window; reads threads closed in it + open ones (closedAt index)`,
    },
  ];
}

export const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  for (const size of SIZES) rows.push(...(await measure(size)));
  return rows;
};
