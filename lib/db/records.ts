import type { Marketplace } from '@/lib/sellercentral/hosts';
import type { Fulfilment, OrderStatus, PaymentKind } from '@/lib/sellercentral/types';

/**
 * The shapes stored in IndexedDB. Times are epoch milliseconds (numbers index and compare fast in IndexedDB).
 * Non-indexed fields may be added freely; an index change needs a new version in `db.ts`.
 */

export type ThreadState = 'open' | 'answered' | 'no_response_needed';

export interface ThreadRecord {
  /** `${marketplace}:${threadId}` or `${marketplace}:order:${orderId}`: the same thread read twice is one record. */
  key: string;
  marketplace: Marketplace | null;
  threadId: string | null;
  orderId: string | null;
  buyerName: string | null;
  subject: string | null;
  url: string;
  category: string | null;
  scam: boolean;
  lang: string | null;
  state: ThreadState;
  /** 1 while the thread waits for the seller (an index on a boolean is not possible in IndexedDB). */
  open: 0 | 1;
  firstSeenAt: number;
  /** Start of the running 24 h clock: the oldest buyer message not yet answered (page time, else first seen). */
  clockStartAt: number;
  /** clockStartAt + 24 h. */
  dueAt: number;
  /** When the seller answered / marked no response needed (for the open → closed transition). */
  closedAt: number | null;
  lastReadAt: number;
  /** Every closed clock, for the response-time stats. */
  responses: ThreadResponse[];
  // ── Added in schema version 2 (backfilled by its upgrade, see migrations.ts) ──
  /**
   * Fingerprint of the newest buyer message already accounted for (in a closed clock or the open one). The next
   * snapshot is read from after this message, which is what makes a re-read, a second tab or a worker restart
   * change nothing. Null: no buyer message seen yet (or a record from version 1).
   */
  seenBuyerKey: string | null;
  /**
   * Fingerprint of the buyer message that started the current (or last) clock. A later read may move the start
   * earlier (a page time shown now), but never back past this message: what came before it was already closed.
   */
  clockKey: string | null;
  /** Whether clockStartAt is a time shown on the page (true) or when the message was first seen (false). */
  clockFromPage: boolean;
  /** The dueAt for which the "near the deadline" notification was shown (a new clock has a new dueAt). */
  nearNotifiedFor: number | null;
}

export type ResponseHow = 'reply' | 'no_response_needed';

export interface ThreadResponse {
  buyerAt: number;
  answeredAt: number;
  how: ResponseHow;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface TemplateRecord {
  id: string;
  category: string;
  lang: string;
  title: string;
  body: string;
  /** 'builtin' templates are the defaults (restorable); 'custom' are the seller's own. */
  origin: 'builtin' | 'custom';
  /** For an edited builtin: the builtin id it overrides. */
  overrides: string | null;
  updatedAt: number;
}

/**
 * Longest title / cancellation reason stored: ingestion cuts to it and import accepts up to it, so an export of
 * what the page gave always imports again (a changed page could put a whole description in the title cell).
 */
export const ORDER_TEXT_MAX = 2000;

export interface OrderRecord {
  /** `${orderId}:${asin ?? sku ?? '?'}`: one line item of one order. */
  key: string;
  orderId: string;
  marketplace: Marketplace | null;
  asin: string;
  sku: string | null;
  quantity: number;
  orderDate: number | null;
  status: OrderStatus;
  fulfilment: Fulfilment | null;
  paymentMethod: string | null;
  paymentKind: PaymentKind | null;
  buyerName: string | null;
  /** Status changes seen, oldest first. */
  history: { status: OrderStatus; at: number }[];
  firstSeenAt: number;
  updatedAt: number;
  /** 1 while pending (an index on a boolean is not possible in IndexedDB). */
  pending: 0 | 1;
  source: 'page' | 'report';
  // ── Read from the order page, optional: lines stored before these existed (and old export files) lack them. ──
  // Not indexed, so no new Dexie version: IndexedDB stores whatever fields a record carries.
  /** The item's title as the order page shows it (fills `{productTitle}` in replies). */
  title?: string | null;
  /** The order's ship-by (handling time) deadline, epoch ms; the same on every line of the order. */
  shipBy?: number | null;
  /** The order page's "Cancellation reason: …" when the buyer requested cancellation through Amazon. */
  buyerRequestedCancel?: string | null;
}

export type HoldState = 'watching' | 'reported' | 'released';

export interface HoldRecord {
  asin: string;
  state: HoldState;
  firstFlaggedAt: number;
  reportedAt: number | null;
  releasedAt: number | null;
  /** Seen by the seller in the panel (for the "new hold" badge). */
  acknowledged: 0 | 1;
}

export interface FeedbackRecord {
  orderId: string;
  marketplace: Marketplace | null;
  date: number | null;
  dateText: string | null;
  rating: number | null;
  comment: string;
  negative: 0 | 1;
  firstSeenAt: number;
}
