import type { ThreadMessage, ThreadSnapshot } from '@/lib/sellercentral/types';
import { MINUTE_MS } from '@/lib/deadlines/countdown';
import type { ResponseHow, ThreadResponse, ThreadState } from './records';

/**
 * How one snapshot of a thread moves its 24 h clock. Pure: the stored clock plus the page in, the new clock out.
 *
 * Idempotency comes from an anchor, not from memory: the record keeps the fingerprint of the newest buyer message it
 * has accounted for (`seenBuyerKey`), and a snapshot only acts on what comes after that message on the page. Reading
 * the same page again, in a second tab, or after the worker restarted, finds the anchor at the end and changes
 * nothing.
 *
 * Rules (issue "Response-time tracking"):
 * - the clock starts at the oldest buyer message not yet answered: its page time when shown, else when first seen;
 * - a seller message after it closes the clock (answered), and so does the page's responseNeeded === false
 *   (no_response_needed);
 * - a buyer message after a closed clock starts a new one.
 * Messages from Amazon itself (sender 'amazon') neither start nor close a clock.
 */

export interface ClockState {
  state: ThreadState;
  clockStartAt: number;
  clockFromPage: boolean;
  closedAt: number | null;
  responses: ThreadResponse[];
  seenBuyerKey: string | null;
  clockKey: string | null;
}

export type ClockInput = Pick<ThreadSnapshot, 'messages' | 'latestBuyerMessage' | 'responseNeeded'>;

/** A page reply time may be minute-rounded while our first-seen time is exact. */
const PAGE_TIME_SLACK_MS = MINUTE_MS;
/** Responses kept per thread (stats look back at most a few months; a very long thread must not grow forever). */
const MAX_RESPONSES = 200;

interface PageMessage {
  role: 'buyer' | 'seller';
  /** Page time, epoch ms, or null when the page showed none (or an unparseable one). */
  at: number | null;
  /** Fingerprint of sender + text + occurrence, stable across reads of the same thread. */
  key: string;
}

interface OpenClock {
  startAt: number;
  fromPage: boolean;
  /** The oldest message's own page time started it (so a closure inside one read is exact enough for stats). */
  exactStart: boolean;
  /** This clock was already stored open: its closure is a response we saw happen. */
  observed: boolean;
  /** The buyer message that started it. */
  startKey: string | null;
}

interface Closure {
  at: number;
  how: ResponseHow;
  /** The clock it closed (kept on the record as the last clock). */
  startAt: number;
  fromPage: boolean;
  startKey: string | null;
}

/** The next clock state, or null when a thread seen for the first time has nothing to track (no buyer message). */
export function advanceClock(prev: ClockState | null, page: ClockInput, now: number): ClockState | null {
  const msgs = pageMessages(page, now);
  const responses: ThreadResponse[] = [];
  let closure: Closure | null = null;
  let clock: OpenClock | null =
    prev?.state === 'open'
      ? {
          startAt: prev.clockStartAt,
          fromPage: prev.clockFromPage,
          exactStart: prev.clockFromPage,
          observed: true,
          startKey: prev.clockKey,
        }
      : null;
  let seenBuyerKey = prev?.seenBuyerKey ?? null;

  const anchor = prev?.seenBuyerKey ? lastIndexOfKey(msgs, prev.seenBuyerKey) : -1;
  if (prev === null || anchor >= 0) {
    if (clock && anchor >= 0) clock = refineStart(clock, msgs, anchor);
    const walked = walk(msgs, prev === null ? 0 : anchor + 1, clock, now);
    clock = walked.clock;
    closure = walked.closure;
    responses.push(...walked.responses);
    seenBuyerKey = lastBuyerKey(msgs) ?? seenBuyerKey;
  } else {
    const settled = settleUnanchored(prev, msgs, now);
    if (settled) {
      clock = settled.clock;
      closure = settled.closure;
      responses.push(...settled.responses);
      seenBuyerKey = lastBuyerKey(msgs) ?? seenBuyerKey;
    }
  }

  if (clock && page.responseNeeded === false) {
    if (clock.observed) responses.push({ buyerAt: clock.startAt, answeredAt: now, how: 'no_response_needed' });
    closure = { at: now, how: 'no_response_needed', startAt: clock.startAt, fromPage: clock.fromPage, startKey: clock.startKey };
    clock = null;
  }

  if (prev === null && !clock && !closure) {
    // Nothing readable from the buyer: only the page's own flag can say the thread waits for an answer.
    if (page.responseNeeded !== true) return null;
    clock = { startAt: now, fromPage: false, exactStart: false, observed: false, startKey: null };
  }

  const allResponses = mergeResponses(prev?.responses ?? [], responses);
  if (clock) {
    return {
      state: 'open',
      clockStartAt: clock.startAt,
      clockFromPage: clock.fromPage,
      closedAt: null,
      responses: allResponses,
      seenBuyerKey,
      clockKey: clock.startKey,
    };
  }
  if (closure) {
    return {
      state: closure.how === 'reply' ? 'answered' : 'no_response_needed',
      clockStartAt: closure.startAt,
      clockFromPage: closure.fromPage,
      closedAt: closure.at,
      responses: allResponses,
      seenBuyerKey,
      clockKey: closure.startKey,
    };
  }
  // prev is closed and nothing new happened (prev === null always ends above).
  return { ...(prev as ClockState), responses: allResponses, seenBuyerKey };
}

/** Close an open clock because the seller marked the thread "no response needed" (in the panel or on the page). */
export function closeAsNoResponseNeeded(prev: ClockState, now: number): ClockState {
  if (prev.state !== 'open') return prev;
  return {
    ...prev,
    state: 'no_response_needed',
    closedAt: now,
    responses: mergeResponses(prev.responses, [
      { buyerAt: prev.clockStartAt, answeredAt: Math.max(now, prev.clockStartAt), how: 'no_response_needed' },
    ]),
  };
}

/** Walk the page from `from`, starting and closing clocks as buyer and seller messages alternate. */
function walk(msgs: PageMessage[], from: number, start: OpenClock | null, now: number) {
  let clock = start;
  let closure: Closure | null = null;
  const responses: ThreadResponse[] = [];
  for (let i = from; i < msgs.length; i++) {
    const m = msgs[i]!;
    if (m.role === 'buyer') {
      if (!clock) {
        clock = { startAt: m.at ?? now, fromPage: m.at !== null, exactStart: m.at !== null, observed: false, startKey: m.key };
      }
      else if (m.at !== null && m.at < clock.startAt) clock = { ...clock, startAt: m.at, fromPage: true };
    } else if (clock) {
      const answeredAt = Math.max(m.at ?? now, clock.startAt);
      // A clock that opened and closed between two reads counts only when the page gave both times.
      if (clock.observed || (clock.exactStart && m.at !== null)) {
        responses.push({ buyerAt: clock.startAt, answeredAt, how: 'reply' });
      }
      closure = { at: answeredAt, how: 'reply', startAt: clock.startAt, fromPage: clock.fromPage, startKey: clock.startKey };
      clock = null;
    }
  }
  return { clock, closure, responses };
}

/**
 * The open clock's start is the oldest unanswered buyer message: the page may now show a time that the first read
 * did not have. Only the messages from the clock's own first message on count: a buyer message before it in the same
 * run was already closed ("no response needed").
 */
function refineStart(clock: OpenClock, msgs: PageMessage[], anchor: number): OpenClock {
  let refined = clock;
  for (let i = anchor; i >= 0 && msgs[i]!.role === 'buyer'; i--) {
    const at = msgs[i]!.at;
    if (at !== null && at < refined.startAt) refined = { ...refined, startAt: at, fromPage: true };
    if (msgs[i]!.key === clock.startKey) break;
  }
  return refined;
}

/**
 * The anchor message is not on the page: a record from version 1 or opened by the page's flag alone (no anchor
 * yet), a tab left open since before the last change, or a page showing only part of the thread. Then the page's
 * final state is trusted only where its times prove it is not older than the record: a stale tab must neither
 * reopen an answered thread nor pull a running clock back to an old message.
 * Returns null when the page changes nothing.
 */
function settleUnanchored(prev: ClockState, msgs: PageMessage[], now: number) {
  const fresh = walk(msgs, 0, null, now);
  const noAnchorYet = prev.seenBuyerKey === null;
  const lastSeller = [...msgs].reverse().find((m) => m.role === 'seller');

  if (prev.state === 'open') {
    const start = prev.clockStartAt;
    if (!fresh.clock && fresh.closure && lastSeller) {
      if (lastSeller.at !== null && lastSeller.at < start - PAGE_TIME_SLACK_MS) return null;
      const answeredAt = Math.max(lastSeller.at ?? now, start);
      return {
        clock: null,
        closure: { at: answeredAt, how: 'reply' as const, startAt: start, fromPage: prev.clockFromPage, startKey: prev.clockKey },
        responses: [{ buyerAt: start, answeredAt, how: 'reply' as const }],
      };
    }
    if (fresh.clock && noAnchorYet) {
      const startAt = Math.min(start, fresh.clock.startAt);
      const fromPage = startAt < start ? fresh.clock.fromPage : prev.clockFromPage;
      const clock = { startAt, fromPage, exactStart: fromPage, observed: true, startKey: fresh.clock.startKey };
      return { clock, closure: null, responses: [] };
    }
    return null;
  }

  // Closed: reopen only for buyer messages the page dates after the closure.
  const closedAt = prev.closedAt ?? prev.clockStartAt;
  const runStart = trailingBuyerRun(msgs);
  if (!fresh.clock || runStart < 0) return null;
  const newer = msgs.slice(runStart).filter((m) => m.at !== null && m.at > closedAt);
  if (newer.length === 0) return null;
  const first = newer.reduce((a, b) => (b.at! < a.at! ? b : a));
  const clock = { startAt: first.at!, fromPage: true, exactStart: true, observed: false, startKey: first.key };
  return { clock, closure: null, responses: [] };
}

function mergeResponses(old: ThreadResponse[], added: ThreadResponse[]): ThreadResponse[] {
  const merged = [...old];
  for (const r of added) {
    if (!merged.some((o) => o.buyerAt === r.buyerAt && o.answeredAt === r.answeredAt && o.how === r.how)) merged.push(r);
  }
  return merged.length > MAX_RESPONSES ? merged.slice(-MAX_RESPONSES) : merged;
}

/** Buyer and seller messages of the snapshot, oldest first, with page times clamped to `now` (clock skew). */
function pageMessages(page: ClockInput, now: number): PageMessage[] {
  // Plain JSON from a content script: tolerate a missing list or a malformed entry rather than throw.
  const listed = Array.isArray(page.messages) ? page.messages : [];
  const source: ThreadMessage[] = listed.length > 0 ? listed : page.latestBuyerMessage ? [page.latestBuyerMessage] : [];
  const seen = new Map<string, number>();
  const out: PageMessage[] = [];
  for (const m of source) {
    if (!m || (m.sender !== 'buyer' && m.sender !== 'seller')) continue;
    const base = messageFingerprint(m.sender, typeof m.body === 'string' ? m.body : '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ role: m.sender, at: pageTime(m.time, now), key: `${base}#${n}` });
  }
  return out;
}

function pageTime(iso: unknown, now: number): number | null {
  if (typeof iso !== 'string') return null;
  const at = Date.parse(iso);
  if (!Number.isFinite(at) || at <= 0) return null;
  return Math.min(at, now);
}

/**
 * Sender + whitespace-normalised text, hashed (FNV-1a) with its length. The time text is left out on purpose:
 * pages may show relative times ("2 hours ago") that change between reads of the same message.
 */
export function messageFingerprint(sender: string, body: string): string {
  const text = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${sender.charAt(0)}${(hash >>> 0).toString(36)}.${text.length.toString(36)}`;
}

function lastIndexOfKey(msgs: PageMessage[], key: string): number {
  for (let i = msgs.length - 1; i >= 0; i--) if (msgs[i]!.key === key) return i;
  return -1;
}

function lastBuyerKey(msgs: PageMessage[]): string | null {
  for (let i = msgs.length - 1; i >= 0; i--) if (msgs[i]!.role === 'buyer') return msgs[i]!.key;
  return null;
}

/** Index of the first buyer message after the last seller message, or -1 when the seller spoke last. */
function trailingBuyerRun(msgs: PageMessage[]): number {
  let start = -1;
  for (let i = msgs.length - 1; i >= 0 && msgs[i]!.role === 'buyer'; i--) start = i;
  return start;
}
