import type { Category } from '@/lib/classify/taxonomy';
import { dueAtFor, HOUR_MS, nearCutoff } from '@/lib/deadlines/countdown';
import type { ThreadSnapshot } from '@/lib/sellercentral/types';
import type { GuardDB } from './db';
import { guardWrite } from './errors';
import type { ThreadRecord } from './records';
import { advanceClock, closeAsNoResponseNeeded, type ClockState } from './thread-clock';

/** What the classifier said about the thread's latest buyer message (null: not classified; keeps the stored one). */
export interface ThreadClassification {
  category: Category;
  scam: boolean;
  lang: string | null;
}

/**
 * The one key of a thread: marketplace + case id when the page shows one, else marketplace + order id. Null when the
 * page shows neither (nothing to attach a countdown to).
 */
export function threadKey(snapshot: Pick<ThreadSnapshot, 'marketplace' | 'threadId' | 'orderId'>): string | null {
  const marketplace = marketplaceOf(snapshot);
  const threadId = cleanId(snapshot.threadId);
  if (threadId) return `${marketplace}:${threadId}`;
  const orderId = cleanId(snapshot.orderId);
  if (orderId) return `${marketplace}:order:${orderId}`;
  return null;
}

/** Snapshots cross the content-script boundary as plain JSON: an id that is not a short text is no id. */
const MAX_ID_CHARS = 200;
function cleanId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim();
  return id && id.length <= MAX_ID_CHARS ? id : null;
}

function marketplaceOf(snapshot: Pick<ThreadSnapshot, 'marketplace'>): string {
  return typeof snapshot.marketplace === 'string' ? snapshot.marketplace : '?';
}

function orderKey(marketplace: string, orderId: string): string {
  return `${marketplace}:order:${orderId}`;
}

/**
 * Store what a thread page shows and move its 24 h clock. One read-modify-write transaction: two tabs sending the
 * same thread at once are serialised by IndexedDB, and the clock logic (thread-clock.ts) reads only the stored record
 * and the page, never memory, so a re-read, a second tab or a restarted worker changes nothing.
 *
 * Returns the stored record, or null when the page has no thread/order id or nothing to track yet (no buyer message
 * and no "response needed" flag).
 * Throws StoreFullError when the browser's storage is full.
 */
export async function recordThreadSnapshot(
  db: GuardDB,
  snapshot: ThreadSnapshot,
  classification: ThreadClassification | null,
  now: number,
): Promise<ThreadRecord | null> {
  const key = threadKey(snapshot);
  if (key === null) return null;
  return guardWrite('thread', () =>
    db.transaction('rw', db.threads, async () => {
      const { existing, adoptedKey } = await findExisting(db, snapshot, key);
      const clock = advanceClock(existing ? clockOf(existing) : null, snapshot, now);
      if (clock === null) return null;
      const record = buildRecord(existing, existing && !adoptedKey ? existing.key : key, snapshot, classification, clock, now);
      if (adoptedKey) await db.threads.delete(adoptedKey);
      await db.threads.put(record);
      return record;
    }),
  );
}

/**
 * The same conversation may be read from a page showing the case id and from one showing only the order id (the
 * contact page). Both must land on one record, or the badge counts the thread twice:
 * - a page with a case id adopts a record stored under the order key (it is moved to the case key);
 * - a page with only an order id joins the record of that order in that marketplace, if there is one.
 */
async function findExisting(db: GuardDB, snapshot: ThreadSnapshot, key: string) {
  const direct = await db.threads.get(key);
  if (direct) return { existing: direct, adoptedKey: null };
  const orderId = cleanId(snapshot.orderId);
  if (!orderId) return { existing: undefined, adoptedKey: null };
  const marketplace = marketplaceOf(snapshot);
  if (cleanId(snapshot.threadId)) {
    const byOrder = await db.threads.get(orderKey(marketplace, orderId));
    return byOrder ? { existing: byOrder, adoptedKey: byOrder.key } : { existing: undefined, adoptedKey: null };
  }
  const sameOrder = (await db.threads.where('orderId').equals(orderId).toArray())
    .filter((t) => (t.marketplace ?? '?') === marketplace)
    .sort((a, b) => b.lastReadAt - a.lastReadAt);
  return { existing: sameOrder[0], adoptedKey: null };
}

function clockOf(record: ThreadRecord): ClockState {
  return {
    state: record.state,
    clockStartAt: record.clockStartAt,
    clockFromPage: record.clockFromPage,
    closedAt: record.closedAt,
    responses: record.responses,
    seenBuyerKey: record.seenBuyerKey,
    clockKey: record.clockKey,
  };
}

function buildRecord(
  existing: ThreadRecord | undefined,
  key: string,
  snapshot: ThreadSnapshot,
  classification: ThreadClassification | null,
  clock: ClockState,
  now: number,
): ThreadRecord {
  // A page that does not show a field (null) never erases what an earlier read found.
  return {
    key,
    marketplace: snapshot.marketplace ?? existing?.marketplace ?? null,
    threadId: cleanId(snapshot.threadId) ?? existing?.threadId ?? null,
    orderId: cleanId(snapshot.orderId) ?? existing?.orderId ?? null,
    buyerName: textOr(snapshot.buyerName, existing?.buyerName),
    subject: textOr(snapshot.subject, existing?.subject),
    url: textOr(snapshot.url, existing?.url) ?? '',
    category: classification?.category ?? existing?.category ?? null,
    scam: classification ? classification.scam : (existing?.scam ?? false),
    lang: classification?.lang ?? existing?.lang ?? null,
    firstSeenAt: existing?.firstSeenAt ?? now,
    lastReadAt: Math.max(now, existing?.lastReadAt ?? now),
    nearNotifiedFor: existing?.nearNotifiedFor ?? null,
    ...clockFields(clock),
  };
}

function textOr(value: unknown, fallback: string | null | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : (fallback ?? null);
}

function clockFields(clock: ClockState) {
  return {
    state: clock.state,
    open: clock.state === 'open' ? (1 as const) : (0 as const),
    clockStartAt: clock.clockStartAt,
    clockFromPage: clock.clockFromPage,
    dueAt: dueAtFor(clock.clockStartAt),
    closedAt: clock.closedAt,
    responses: clock.responses,
    seenBuyerKey: clock.seenBuyerKey,
    clockKey: clock.clockKey,
  };
}

/**
 * The seller says this thread needs no answer (they marked it on Seller Central, or dismiss it in the panel): the
 * running clock closes as `no_response_needed`. A new buyer message later starts a new clock as usual.
 * Returns the record (unchanged when already closed), or null when there is no such thread.
 */
export async function markNoResponseNeeded(db: GuardDB, key: string, now: number): Promise<ThreadRecord | null> {
  return guardWrite('mark no response needed', () =>
    db.transaction('rw', db.threads, async () => {
      const existing = await db.threads.get(key);
      if (!existing) return null;
      if (existing.state !== 'open') return existing;
      const record: ThreadRecord = { ...existing, ...clockFields(closeAsNoResponseNeeded(clockOf(existing), now)) };
      await db.threads.put(record);
      return record;
    }),
  );
}

/**
 * Retention: delete closed threads whose clock closed more than `retentionDays` ago (open threads are never
 * purged, however old). Uses the closedAt index: open threads have closedAt null and are not in it.
 * Returns how many were deleted.
 */
export async function purgeOldThreads(db: GuardDB, now: number, retentionDays: number): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return 0;
  const cutoff = now - retentionDays * 24 * HOUR_MS;
  return guardWrite('purge', () =>
    db.transaction('rw', db.threads, () =>
      db.threads
        .where('closedAt')
        .below(cutoff)
        .filter((t) => t.state !== 'open')
        .delete(),
    ),
  );
}

/**
 * Open threads that have entered the near window since the last call, marked as notified in the same transaction
 * (one notification per clock, even if the worker restarts or two alarms fire at once). Overdue threads that were
 * never announced are included: the worker may have been asleep while they crossed. For the optional desktop
 * notification (off by default).
 */
export async function takeNewlyNear(db: GuardDB, now: number, nearHours: number): Promise<ThreadRecord[]> {
  const cutoff = nearCutoff(now, nearHours);
  return guardWrite('near notification', () =>
    db.transaction('rw', db.threads, async () => {
      const near = await db.threads
        .where('[open+dueAt]')
        .between([1, -Infinity], [1, cutoff], true, false)
        .filter((t) => t.nearNotifiedFor !== t.dueAt)
        .toArray();
      const marked = near.map((t) => ({ ...t, nearNotifiedFor: t.dueAt }));
      await db.threads.bulkPut(marked);
      return marked;
    }),
  );
}
