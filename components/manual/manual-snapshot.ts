import type { ThreadSnapshot } from '@/lib/sellercentral/types';

/**
 * A pasted message as a thread snapshot, so the manual mode shows the same advice as a read page: the buyer's text
 * is the latest buyer message (quoted in the Seller Support note) and there is no reply box (insert falls back to
 * copy when the page has none).
 */
export function manualSnapshot(input: { body: string; subject: string; orderId: string }): ThreadSnapshot {
  const message = { sender: 'buyer' as const, time: null, timeText: null, body: input.body };
  return {
    kind: 'thread',
    url: '',
    marketplace: null,
    threadId: null,
    orderId: input.orderId.trim() || null,
    asins: [],
    buyerName: null,
    subject: input.subject.trim() || null,
    messages: [message],
    latestBuyerMessage: message,
    replyBoxFound: false,
    responseNeeded: null,
  };
}
