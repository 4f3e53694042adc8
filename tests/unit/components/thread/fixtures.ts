import type { Classification } from '@/lib/classify';
import { GuardDB } from '@/lib/db/db';
import type { OrderRecord } from '@/lib/db/records';
import type { Fulfilment, ThreadSnapshot } from '@/lib/sellercentral/types';
import { TEST_NOW } from '../render';

export const DAY_MS = 86_400_000;

/** A read message thread whose latest buyer message says `body` (examples are written for these tests). */
export function threadSnapshot(body: string, overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  const message = { sender: 'buyer' as const, time: new Date(TEST_NOW - 3_600_000).toISOString(), timeText: '1 hour ago', body };
  return {
    kind: 'thread',
    url: 'https://sellercentral.amazon.de/messaging/thread?t=1',
    marketplace: 'DE',
    threadId: 'thread-1',
    orderId: '302-1111111-2222222',
    asins: ['B00TESTASN'],
    buyerName: 'Erika Muster',
    subject: 'Frage zur Bestellung',
    messages: [message],
    latestBuyerMessage: message,
    replyBoxFound: true,
    responseNeeded: true,
    ...overrides,
  };
}

/** What the classifier would say; components are tested on given classifications, not on the classifier's rules. */
export function classification(overrides: Partial<Classification> = {}): Classification {
  return { category: 'other', scam: false, confidence: 0.8, lang: 'en', signals: [], ...overrides };
}

/** An order line as the order page reader would have stored it. */
export async function storeOrder(
  db: GuardDB,
  orderId: string,
  fulfilment: Fulfilment | null,
  ageDays: number | null,
  overrides: Partial<OrderRecord> = {},
) {
  const record: OrderRecord = {
    key: `${orderId}:B00TESTASN`,
    orderId,
    marketplace: 'DE',
    asin: 'B00TESTASN',
    sku: null,
    quantity: 1,
    orderDate: ageDays === null ? null : TEST_NOW - ageDays * DAY_MS - 3_600_000,
    status: 'shipped',
    fulfilment,
    paymentMethod: null,
    paymentKind: null,
    buyerName: null,
    history: [],
    firstSeenAt: TEST_NOW,
    updatedAt: TEST_NOW,
    pending: 0,
    source: 'page',
    ...overrides,
  };
  await db.orders.put(record);
}

/** An element's text (the project has no jest-dom: plain string assertions read just as well). */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent ?? '';
}

/** A fresh database of its own (fake-indexeddb), to fill before rendering. */
export function testDb(): GuardDB {
  return new GuardDB(`t-${crypto.randomUUID()}`);
}
