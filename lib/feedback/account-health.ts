/**
 * Account-health guard: the seller's own cancellations as Amazon counts them, from the orders the store has seen,
 * and the warning before cancelling an order whose cancellation was asked for only in a free-text message.
 *
 * Amazon's Cancellation Rate: orders the seller cancelled in a 7-day period ÷ all orders in it, seller-fulfilled
 * orders only (FBA orders are cancelled by Amazon). Target under 2.5%; many sellers aim for under 1%. An order the
 * buyer asked to cancel through Amazon ("Order cancellation request from Amazon customer", cancelled with reason
 * Buyer Cancelled) does not count; one asked for in an ordinary message does.
 */
import type { GuardDB } from '@/lib/db/db';
import type { OrderRecord, ThreadRecord } from '@/lib/db/records';
import { translator, type UiLang } from '@/lib/i18n';
import { FEEDBACK_MESSAGES } from './messages';

export const CANCELLATION_RATE_TARGET = 0.025;
export const CANCELLATION_RATE_STRETCH_TARGET = 0.01;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RateStatus = 'ok' | 'warn' | 'bad';

export interface CancellationRate {
  sellerCancelled: number;
  orders: number;
  /** sellerCancelled / orders; 0 when there are no orders. */
  rate: number;
  target: typeof CANCELLATION_RATE_TARGET;
  stretchTarget: typeof CANCELLATION_RATE_STRETCH_TARGET;
  /** ok under the 1% stretch target, warn under Amazon's 2.5%, bad at or above it. */
  status: RateStatus;
}

export function rateStatus(rate: number): RateStatus {
  if (rate >= CANCELLATION_RATE_TARGET) return 'bad';
  if (rate >= CANCELLATION_RATE_STRETCH_TARGET) return 'warn';
  return 'ok';
}

/**
 * How an order counts. A canceled order is not the seller's cancellation when the store can tell:
 * - the buyer requested it through Amazon (ids passed in: threads of category cancel_request_system; or a line that
 *   holds the order page's "Cancellation reason", stored by ingestion) — it still counts as an order;
 * - it was still pending (never paid, e.g. an unpaid convenience-store payment) when it became canceled: Amazon
 *   cancelled it, and it never became an order the seller could ship, so it is left out of both counts (a rival's
 *   bulk hold of 50 unpaid orders must not make the rate look better).
 * A canceled order first seen already canceled, with no request on record, counts against the seller: the guard
 * would rather warn than reassure.
 */
function orderOutcome(lines: OrderRecord[], buyerRequested: ReadonlySet<string>): 'seller_cancelled' | 'unpaid' | 'order' {
  const canceled = lines.filter((l) => l.status === 'canceled');
  if (canceled.length === 0) return 'order';
  const fromPending = (line: OrderRecord) => {
    const i = line.history.findIndex((h) => h.status === 'canceled');
    return i > 0 && line.history[i - 1]!.status === 'pending';
  };
  if (canceled.length === lines.length && canceled.every(fromPending)) return 'unpaid';
  if (buyerRequested.has(lines[0]!.orderId) || lines.some((l) => l.buyerRequestedCancel)) return 'order';
  return canceled.some((l) => !fromPending(l)) ? 'seller_cancelled' : 'order';
}

/** Orders (not line items) placed in the last `days` days, seller-fulfilled or of unknown channel. */
function ordersInWindow(orders: readonly OrderRecord[], now: number, days: number): Map<string, OrderRecord[]> {
  const from = now - days * DAY_MS;
  const byOrder = new Map<string, OrderRecord[]>();
  for (const line of orders) {
    const placed = line.orderDate ?? line.firstSeenAt;
    if (placed < from || placed > now || line.fulfilment === 'FBA') continue;
    const lines = byOrder.get(line.orderId);
    if (lines) lines.push(line);
    else byOrder.set(line.orderId, [line]);
  }
  return byOrder;
}

export function cancellationRate(
  orders: readonly OrderRecord[],
  now: number,
  days = 7,
  buyerRequested: ReadonlySet<string> = new Set(),
): CancellationRate {
  let sellerCancelled = 0;
  let counted = 0;
  for (const lines of ordersInWindow(orders, now, days).values()) {
    const outcome = orderOutcome(lines, buyerRequested);
    if (outcome === 'unpaid') continue;
    counted++;
    if (outcome === 'seller_cancelled') sellerCancelled++;
  }
  const rate = counted === 0 ? 0 : sellerCancelled / counted;
  return {
    sellerCancelled,
    orders: counted,
    rate,
    target: CANCELLATION_RATE_TARGET,
    stretchTarget: CANCELLATION_RATE_STRETCH_TARGET,
    status: rateStatus(rate),
  };
}

/** Order ids whose cancellation the buyer requested through Amazon, as seen in the message threads. */
export function buyerRequestedCancellations(threads: readonly ThreadRecord[]): Set<string> {
  return new Set(threads.filter((t) => t.category === 'cancel_request_system' && t.orderId).map((t) => t.orderId!));
}

/**
 * The rate from the store. Any order placed in the window was updated in it too (updatedAt ≥ firstSeenAt ≥ order
 * date), so the updatedAt index bounds the read. Buyer requests: system cancellation requests in the threads, and the
 * order page's cancellation reason on the lines themselves (see orderOutcome).
 */
export async function cancellationRateFromDb(
  db: GuardDB,
  now: number,
  days = 7,
  extraBuyerRequested: ReadonlySet<string> = new Set(),
): Promise<CancellationRate> {
  const orders = await db.orders.where('updatedAt').aboveOrEqual(now - days * DAY_MS).toArray();
  const canceledIds = [...new Set(orders.filter((o) => o.status === 'canceled').map((o) => o.orderId))];
  const threads = canceledIds.length ? await db.threads.where('orderId').anyOf(canceledIds).toArray() : [];
  const buyerRequested = new Set([...buyerRequestedCancellations(threads), ...extraBuyerRequested]);
  return cancellationRate(orders, now, days, buyerRequested);
}

export interface FreeTextCancelWarning {
  /** True when the only cancellation request for the order came as a free-text message. */
  warn: boolean;
  /** The threads holding those messages (to link to them). */
  messageThreadKeys: string[];
}

export function freeTextCancelWarning(args: { orderId: string; threads: readonly ThreadRecord[] }): FreeTextCancelWarning {
  const forOrder = args.threads.filter((t) => t.orderId === args.orderId);
  const viaMessage = forOrder.filter((t) => t.category === 'cancel_request_message');
  const viaAmazon = forOrder.some((t) => t.category === 'cancel_request_system');
  const warn = viaMessage.length > 0 && !viaAmazon;
  return { warn, messageThreadKeys: warn ? viaMessage.map((t) => t.key) : [] };
}

export async function freeTextCancelWarningFromDb(db: GuardDB, orderId: string): Promise<FreeTextCancelWarning> {
  const threads = await db.threads.where('orderId').equals(orderId).toArray();
  return freeTextCancelWarning({ orderId, threads });
}

/** "This would count against your cancellation rate", with what to ask the buyer instead. */
export function freeTextCancelWarningText(uiLang: UiLang): string {
  return translator(FEEDBACK_MESSAGES, uiLang)('cancel_free_text_warning');
}

const percent = (x: number) => (Math.round(x * 1000) / 10).toString();

/** The panel's summary line and status sentence for a rate. */
export function describeCancellationRate(rate: CancellationRate, uiLang: UiLang, days = 7): { summary: string; status: string } {
  const t = translator(FEEDBACK_MESSAGES, uiLang);
  return {
    summary: t('cancel_rate_summary', {
      days,
      cancelled: rate.sellerCancelled,
      orders: rate.orders,
      percent: percent(rate.rate),
      target: percent(rate.target),
      stretch: percent(rate.stretchTarget),
    }),
    status: t(rate.status === 'ok' ? 'cancel_rate_ok' : rate.status === 'warn' ? 'cancel_rate_warn' : 'cancel_rate_bad'),
  };
}
