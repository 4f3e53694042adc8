import { GuardDB } from '@/lib/db/db';
import type { ThreadRecord } from '@/lib/db/records';
import type { ThreadMessage, ThreadSnapshot } from '@/lib/sellercentral/types';

/** A database of its own for each test (fake-indexeddb is shared by the whole file). */
export function freshDb(): GuardDB {
  return new GuardDB('t-' + crypto.randomUUID());
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** 2025-06-02T09:00:00Z, a Monday: the reference "now" of the tests. */
export const T0 = Date.UTC(2025, 5, 2, 9, 0, 0);

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function buyer(body: string, at: number | null = null): ThreadMessage {
  return { sender: 'buyer', time: at === null ? null : iso(at), timeText: null, body };
}

export function seller(body: string, at: number | null = null): ThreadMessage {
  return { sender: 'seller', time: at === null ? null : iso(at), timeText: null, body };
}

export function amazon(body: string, at: number | null = null): ThreadMessage {
  return { sender: 'amazon', time: at === null ? null : iso(at), timeText: null, body };
}

/** A thread page on the US host with case id "case-1" unless told otherwise. */
export function thread(messages: ThreadMessage[], overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  const latestBuyer = [...messages].reverse().find((m) => m.sender === 'buyer') ?? null;
  return {
    kind: 'thread',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=case-1',
    marketplace: 'US',
    threadId: 'case-1',
    orderId: '111-2223334-5556667',
    asins: [],
    buyerName: 'Pat Buyer',
    subject: 'Inquiry from Amazon customer Pat',
    messages,
    latestBuyerMessage: latestBuyer,
    replyBoxFound: true,
    responseNeeded: null,
    ...overrides,
  };
}

/** A stored thread built directly (for query tests): open with the given due time unless told otherwise. */
export function threadRecord(key: string, overrides: Partial<ThreadRecord> = {}): ThreadRecord {
  const clockStartAt = overrides.clockStartAt ?? (overrides.dueAt !== undefined ? overrides.dueAt - 24 * HOUR : T0);
  const state = overrides.state ?? 'open';
  return {
    key,
    marketplace: 'US',
    threadId: key,
    orderId: null,
    buyerName: null,
    subject: null,
    url: `https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=${key}`,
    category: null,
    scam: false,
    lang: null,
    state,
    open: state === 'open' ? 1 : 0,
    firstSeenAt: clockStartAt,
    clockStartAt,
    dueAt: clockStartAt + 24 * HOUR,
    closedAt: state === 'open' ? null : clockStartAt + HOUR,
    lastReadAt: clockStartAt,
    responses: [],
    seenBuyerKey: null,
    clockKey: null,
    clockFromPage: true,
    nearNotifiedFor: null,
    ...overrides,
  };
}
