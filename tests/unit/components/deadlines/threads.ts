import type { ThreadRecord } from '@/lib/db/records';

const D = 24 * 3_600_000;

let serial = 0;
/** An open thread whose 24 h clock ends at `dueAt`. */
export function openThread(over: Partial<ThreadRecord> & { dueAt: number }): ThreadRecord {
  serial++;
  const clockStartAt = over.dueAt - D;
  return {
    key: `JP:case-${serial}`,
    marketplace: 'JP',
    threadId: `case-${serial}`,
    orderId: `503-0000000-00000${String(serial).padStart(2, '0')}`,
    buyerName: `Buyer ${serial}`,
    subject: null,
    url: `https://sellercentral-japan.amazon.com/messaging/inbox-v3?ss=case-${serial}`,
    category: 'delivery_status',
    scam: false,
    lang: 'ja',
    state: 'open',
    open: 1,
    firstSeenAt: clockStartAt,
    clockStartAt,
    closedAt: null,
    lastReadAt: clockStartAt,
    responses: [],
    seenBuyerKey: null,
    clockKey: null,
    clockFromPage: true,
    nearNotifiedFor: null,
    ...over,
  };
}
