/**
 * Feedback Manager rows in the database: one record per order id, flagged when negative (1–3 stars), and the
 * "new negative feedback since your last visit" count for the badge and the panel.
 */
import type { GuardDB } from '@/lib/db/db';
import { guardWrite } from '@/lib/db/errors';
import type { FeedbackRecord } from '@/lib/db/records';
import type { FeedbackRow, FeedbackSnapshot } from '@/lib/sellercentral/types';
import { checkFeedback, isNegativeRating, type FeedbackCheck } from './removal';
import type { Fulfilment } from '@/lib/sellercentral/types';

export const FEEDBACK_LAST_VISIT_KEY = 'feedbackLastVisit';

function parseTime(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

function toRecord(row: FeedbackRow, snapshot: FeedbackSnapshot, firstSeenAt: number): FeedbackRecord {
  const rating = typeof row.rating === 'number' && Number.isFinite(row.rating) ? row.rating : null;
  return {
    orderId: row.orderId.trim(),
    marketplace: snapshot.marketplace,
    date: parseTime(row.date),
    dateText: row.dateText,
    rating,
    comment: typeof row.comment === 'string' ? row.comment : '',
    negative: isNegativeRating(rating) ? 1 : 0,
    firstSeenAt,
  };
}

const sameContent = (a: FeedbackRecord, b: FeedbackRecord) =>
  a.rating === b.rating && a.comment === b.comment && a.date === b.date && a.dateText === b.dateText;

/**
 * Store the rows of a Feedback Manager page. Idempotent by order id: reading the same page again adds nothing.
 * A row whose rating or comment changed (the buyer revised it) is updated but keeps its firstSeenAt, so it is not
 * counted as new. `newNegative` counts the negative rows this call added.
 */
export async function ingestFeedbackSnapshot(
  db: GuardDB,
  snapshot: FeedbackSnapshot,
  now: number,
): Promise<{ added: number; newNegative: number }> {
  const rows = new Map<string, FeedbackRow>();
  for (const row of snapshot.rows) {
    const id = typeof row.orderId === 'string' ? row.orderId.trim() : '';
    if (id && !rows.has(id)) rows.set(id, row);
  }
  if (rows.size === 0) return { added: 0, newNegative: 0 };

  // guardWrite: a full store becomes a StoreFullError the panel can show (the transaction rolls back whole).
  return guardWrite('feedback', () => db.transaction('rw', db.feedback, async () => {
    const ids = [...rows.keys()];
    const existing = await db.feedback.bulkGet(ids);
    const writes: FeedbackRecord[] = [];
    let added = 0;
    let newNegative = 0;
    ids.forEach((id, i) => {
      const before = existing[i];
      const record = toRecord(rows.get(id)!, snapshot, before?.firstSeenAt ?? now);
      if (!before) {
        added++;
        newNegative += record.negative;
        writes.push(record);
      } else if (!sameContent(before, record)) {
        writes.push({ ...record, marketplace: record.marketplace ?? before.marketplace });
      }
    });
    if (writes.length) await db.feedback.bulkPut(writes);
    return { added, newNegative };
  }));
}

/** Negative feedback first seen after `since` (epoch ms). */
export function newNegativeSince(db: GuardDB, since: number): Promise<number> {
  return db.feedback
    .where('firstSeenAt')
    .above(since)
    .filter((r) => r.negative === 1)
    .count();
}

/** When the seller last opened the feedback view; null before the first visit. */
export async function feedbackLastVisit(db: GuardDB): Promise<number | null> {
  const row = await db.settings.get(FEEDBACK_LAST_VISIT_KEY);
  return typeof row?.value === 'number' && Number.isFinite(row.value) ? row.value : null;
}

export async function markFeedbackVisited(db: GuardDB, now: number): Promise<void> {
  await guardWrite('feedback visit', () => db.settings.put({ key: FEEDBACK_LAST_VISIT_KEY, value: now }));
}

/** The badge/panel count: negative feedback new since the last visit (all of it before the first visit). */
export async function newNegativeSinceLastVisit(db: GuardDB): Promise<number> {
  return newNegativeSince(db, (await feedbackLastVisit(db)) ?? -1);
}

export interface CheckedFeedback {
  record: FeedbackRecord;
  /** From the orders table when the order was seen; null when unknown. */
  fulfillment: Fulfilment | null;
  check: FeedbackCheck;
}

/**
 * Negative feedback with its removal check, newest first, for the panel. The fulfilment channel comes from the
 * orders the store has seen, because the Feedback Manager page does not show it.
 */
export async function checkedNegativeFeedback(db: GuardDB, limit = 200): Promise<CheckedFeedback[]> {
  const records = (await db.feedback.where('negative').equals(1).toArray())
    .sort((a, b) => (b.date ?? b.firstSeenAt) - (a.date ?? a.firstSeenAt))
    .slice(0, limit);
  const orders = await db.orders.where('orderId').anyOf(records.map((r) => r.orderId)).toArray();
  const channel = new Map<string, Fulfilment>();
  for (const o of orders) if (o.fulfilment) channel.set(o.orderId, o.fulfilment);
  return records.map((record) => {
    const fulfillment = channel.get(record.orderId) ?? null;
    return { record, fulfillment, check: checkFeedback({ rating: record.rating, comment: record.comment, fulfillment }) };
  });
}
