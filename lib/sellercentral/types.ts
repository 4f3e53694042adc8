import type { Marketplace } from './hosts';

/**
 * What a page reader returns. Every snapshot is plain JSON (it crosses the content-script → extension boundary and
 * is printed by `npm run extract`). Times are ISO 8601 strings in UTC when the page gave a parseable time, and the
 * page's own text is kept beside them so nothing is lost when parsing fails.
 */
export type PageSnapshot = ThreadSnapshot | OrderSnapshot | OrderListSnapshot | FeedbackSnapshot | Unrecognised;

export type PageKind = Exclude<PageSnapshot['kind'], 'unrecognised'>;

export interface Unrecognised {
  kind: 'unrecognised';
  url: string;
  /** A sentence a seller or developer can act on, e.g. "no order id or message found on /messaging/inbox". */
  reason: string;
}

interface SnapshotBase {
  url: string;
  marketplace: Marketplace | null;
}

export type Sender = 'buyer' | 'seller' | 'amazon';

export interface ThreadMessage {
  sender: Sender;
  /** ISO time when the page's time text could be parsed, else null. */
  time: string | null;
  timeText: string | null;
  body: string;
}

export interface ThreadSnapshot extends SnapshotBase {
  kind: 'thread';
  /** Case / thread id (uuid from the URL or page) when present. */
  threadId: string | null;
  orderId: string | null;
  asins: string[];
  buyerName: string | null;
  subject: string | null;
  /** Oldest first. */
  messages: ThreadMessage[];
  latestBuyerMessage: ThreadMessage | null;
  replyBoxFound: boolean;
  /** The page's own "response needed" state when shown (null: not shown). */
  responseNeeded: boolean | null;
}

export type OrderStatus = 'pending' | 'unshipped' | 'shipped' | 'canceled' | 'delivered' | 'returned' | 'unknown';
export type Fulfilment = 'FBA' | 'MFN';
/** Payment method families that matter for holds: konbini = convenience-store payment (JP), cod = cash on delivery. */
export type PaymentKind = 'konbini' | 'cod' | 'card' | 'other';

export interface OrderItem {
  asin: string | null;
  sku: string | null;
  title: string | null;
  quantity: number;
}

export interface OrderSnapshot extends SnapshotBase {
  kind: 'order';
  orderId: string;
  orderDate: string | null;
  orderDateText: string | null;
  status: OrderStatus;
  statusText: string | null;
  fulfilment: Fulfilment | null;
  shipBy: string | null;
  shipByText: string | null;
  shipToCountry: string | null;
  buyerName: string | null;
  paymentMethod: string | null;
  paymentKind: PaymentKind | null;
  /** "Cancellation reason: …" when the buyer requested cancellation through Amazon. */
  buyerRequestedCancel: string | null;
  items: OrderItem[];
}

export interface OrderRow {
  orderId: string;
  orderDate: string | null;
  orderDateText: string | null;
  status: OrderStatus;
  statusText: string | null;
  asin: string | null;
  sku: string | null;
  quantity: number;
  buyerName: string | null;
  fulfilment: Fulfilment | null;
  paymentMethod: string | null;
  paymentKind: PaymentKind | null;
}

export interface OrderListSnapshot extends SnapshotBase {
  kind: 'orderList';
  rows: OrderRow[];
}

export interface FeedbackRow {
  orderId: string;
  date: string | null;
  dateText: string | null;
  /** 1–5 stars. */
  rating: number | null;
  comment: string;
}

export interface FeedbackSnapshot extends SnapshotBase {
  kind: 'feedback';
  rows: FeedbackRow[];
}
