import {
  isOverdueAt,
  nearCutoff,
  RESPONSE_TARGET_SHARE,
  RESPONSE_WINDOW_MS,
} from '@/lib/deadlines/countdown';
import type { GuardDB } from './db';
import type { ThreadRecord } from './records';

/**
 * Read-only questions the worker (badge) and the panel (needs-reply list, stats) ask. Each one reads Dexie through
 * an index, never a full table scan, and holds nothing in memory: the MV3 worker may be stopped between two calls.
 */

const DAY_MS = 24 * 3_600_000;

/** The open part of the [open+dueAt] index, optionally cut at a due time (exclusive). */
function openThreads(db: GuardDB, dueBefore = Infinity, inclusive = false) {
  return db.threads.where('[open+dueAt]').between([1, -Infinity], [1, dueBefore], true, inclusive);
}

export interface NeedsReplyItem {
  thread: ThreadRecord;
  /** Milliseconds to the deadline (negative: overdue). */
  msLeft: number;
}

/** Open threads, most urgent first (overdue ones first, the longest overdue at the top). */
export async function needsReply(db: GuardDB, now: number): Promise<NeedsReplyItem[]> {
  const threads = await openThreads(db).toArray();
  return threads.map((thread) => ({ thread, msLeft: thread.dueAt - now }));
}

export interface BadgeState {
  /** Open threads with less than the near window left, or overdue. */
  count: number;
  /** Red when any is overdue, amber when some are near, null when none. */
  color: 'amber' | 'red' | null;
  /** The badge text: '' when none (the badge disappears), '99+' past 99 (a badge has room for ~4 characters). */
  text: string;
}

/** The toolbar badge, recomputed from Dexie (two index counts; the boundaries are the countdown's own). */
export async function badgeState(db: GuardDB, now: number, nearHours: number): Promise<BadgeState> {
  const [count, overdue] = await Promise.all([
    openThreads(db, nearCutoff(now, nearHours)).count(),
    // Overdue is dueAt <= now (isOverdueAt), hence the inclusive upper bound.
    openThreads(db, now, true).limit(1).count(),
  ]);
  return {
    count,
    color: overdue > 0 ? 'red' : count > 0 ? 'amber' : null,
    text: count === 0 ? '' : count > 99 ? '99+' : String(count),
  };
}

export interface ResponseStats {
  days: number;
  /** Window [from, to): clocks whose buyer message falls in it are counted. */
  from: number;
  to: number;
  /** Clocks decided: answered (or marked no response needed), or still open past their deadline. */
  total: number;
  answeredWithin24h: number;
  /** answeredWithin24h / total, null when nothing was decided in the window. */
  share: number | null;
  target: number;
  meetsTarget: boolean | null;
  /** Median time from the buyer message to the seller's reply (replies only), null when none. */
  medianResponseMs: number | null;
  /** Open clocks in the window still within their 24 h (not counted in the share yet). */
  pending: number;
  /** Clocks in the window per thread category ('unclassified' when the classifier gave none). */
  byCategory: Record<string, number>;
}

/**
 * Amazon's response-time figure over the last `days` days: of the buyer messages received in the window, the share
 * answered within 24 h (Amazon's target: 90%). Marking "no response needed" within 24 h counts as answered, as it does
 * for Amazon; a clock still open past its deadline counts as missed.
 *
 * Candidates come from two indexes: threads closed since the window began (a response to a message in the window
 * cannot close before the window began, and a closed thread's closedAt is its latest response) and open threads.
 */
export async function responseStats(db: GuardDB, now: number, days: number): Promise<ResponseStats> {
  const from = now - days * DAY_MS;
  const [closed, open] = await Promise.all([db.threads.where('closedAt').aboveOrEqual(from).toArray(), openThreads(db).toArray()]);

  let total = 0;
  let within = 0;
  let pending = 0;
  const replyTimes: number[] = [];
  const byCategory: Record<string, number> = {};
  const count = (t: ThreadRecord) => {
    const category = t.category ?? 'unclassified';
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  };

  for (const t of [...closed, ...open]) {
    for (const r of t.responses) {
      if (r.buyerAt < from || r.buyerAt >= now) continue;
      total++;
      count(t);
      const took = r.answeredAt - r.buyerAt;
      if (took <= RESPONSE_WINDOW_MS) within++;
      if (r.how === 'reply') replyTimes.push(took);
    }
    if (t.open === 1 && t.clockStartAt >= from && t.clockStartAt < now) {
      count(t);
      if (isOverdueAt(t.dueAt, now)) total++;
      else pending++;
    }
  }

  const share = total === 0 ? null : within / total;
  return {
    days,
    from,
    to: now,
    total,
    answeredWithin24h: within,
    share,
    target: RESPONSE_TARGET_SHARE,
    meetsTarget: share === null ? null : share >= RESPONSE_TARGET_SHARE,
    medianResponseMs: median(replyTimes),
    pending,
    byCategory,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
