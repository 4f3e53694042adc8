import { ORDER_TEXT_MAX, type OrderRecord } from '@/lib/db/records';
import type { Marketplace } from '@/lib/sellercentral/hosts';
import type { Fulfilment, OrderStatus, PaymentKind } from '@/lib/sellercentral/types';

/**
 * Merging what a page or a report says about order lines into the stored lines, as a pure function so the
 * extension (Dexie) and the CLI (in memory) count the same way.
 *
 * One stored line per order item, keyed `${orderId}:${asin || sku || '?'}`. A line read without an ASIN is kept
 * under its SKU with `asin: ''` (NO_ASIN): it is counted for the order's status but cannot be grouped by ASIN, so
 * detection ignores it until a page or report shows its ASIN, which re-keys the same line (never a second one).
 */
export const NO_ASIN = '';

export interface IncomingLine {
  orderId: string;
  marketplace: Marketplace | null;
  asin: string | null;
  sku: string | null;
  quantity: number;
  /** Epoch ms. */
  orderDate: number | null;
  status: OrderStatus;
  /** When this status was true: a report's last-updated-date, else the time the page was read. */
  statusAt: number;
  fulfilment: Fulfilment | null;
  paymentMethod: string | null;
  paymentKind: PaymentKind | null;
  buyerName: string | null;
  source: OrderRecord['source'];
  /** The item's title (an order page shows it; a list page and a report do not). */
  title?: string | null;
}

/**
 * What a detail page says of the whole order: applies to every stored line of the order (items may not be
 * readable, and a line stored from a list page is the same order).
 */
export interface IncomingOrderStatus {
  orderId: string;
  status: OrderStatus;
  statusAt: number;
  /** Ship-by deadline, epoch ms. */
  shipBy?: number | null;
  /** "Cancellation reason: …" shown when the buyer requested cancellation through Amazon. */
  buyerRequestedCancel?: string | null;
}

export interface MergeResult {
  /** New or changed records to write. */
  put: OrderRecord[];
  /** Keys to delete: a line stored under its SKU that is now known by its ASIN. */
  remove: string[];
  added: number;
  updated: number;
}

/** When an order was placed (first seen when the page gave no date): the time detection and timelines use. */
export function orderTime(order: Pick<OrderRecord, 'orderDate' | 'firstSeenAt'>): number {
  return order.orderDate ?? order.firstSeenAt;
}

export function lineKey(orderId: string, asin: string | null, sku: string | null): string {
  return `${orderId}:${asin || sku || '?'}`;
}

export function normaliseAsin(asin: string | null | undefined): string | null {
  const value = asin?.trim().toUpperCase();
  return value ? value : null;
}

function clean(text: string | null | undefined): string | null {
  const value = text?.trim();
  return value ? value : null;
}

/** Page text kept on a record (a title, a cancellation reason): trimmed and cut to what an import accepts. */
function cleanText(text: string | null | undefined): string | null {
  const value = clean(typeof text === 'string' ? text : null);
  return value === null ? null : value.slice(0, ORDER_TEXT_MAX);
}

function validTime(ms: number | null | undefined): number | null {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/**
 * How far along an order is; a status only ever moves forward. An old report or a cached list page must not put an
 * order that already shipped or was cancelled back into the pending set, and two sources that disagree must not
 * flip a line back and forth on every read. Cancelled is final (a shipped line can still be cancelled in a report).
 */
const STATUS_RANK: Record<OrderStatus, number> = {
  unknown: -1,
  pending: 0,
  unshipped: 1,
  shipped: 2,
  delivered: 3,
  returned: 4,
  canceled: 5,
};

function acceptsStatus(current: OrderStatus, next: OrderStatus): boolean {
  return STATUS_RANK[next] > STATUS_RANK[current];
}

export function mergeOrderLines(
  existing: readonly OrderRecord[],
  lines: readonly IncomingLine[],
  orderStatuses: readonly IncomingOrderStatus[],
  now: number,
): MergeResult {
  const byOrder = new Map<string, OrderRecord[]>();
  for (const record of existing) {
    const list = byOrder.get(record.orderId) ?? [];
    list.push(record);
    byOrder.set(record.orderId, list);
  }
  const originalKeys = new Set(existing.map((r) => r.key));
  // Working copies: a record is cloned the first time it changes, so `existing` is never mutated.
  const changed = new Map<OrderRecord, OrderRecord>();
  const copies = new Set<OrderRecord>();
  const created = new Set<OrderRecord>();
  const remove = new Set<string>();
  let deleted = 0;

  const editable = (record: OrderRecord): OrderRecord => {
    if (created.has(record) || copies.has(record)) return record;
    const copy: OrderRecord = { ...record, history: [...record.history] };
    changed.set(record, copy);
    copies.add(copy);
    const list = byOrder.get(record.orderId)!;
    list[list.indexOf(record)] = copy;
    return copy;
  };

  const setStatus = (record: OrderRecord, status: OrderStatus, at: number): OrderRecord => {
    if (!acceptsStatus(record.status, status)) return record;
    const target = editable(record);
    target.status = status;
    target.pending = status === 'pending' ? 1 : 0;
    target.history.push({ status, at });
    target.updatedAt = now;
    return target;
  };

  // Rows that name their item first, so a row that does not (see below) finds every line of its order, whatever
  // the order of the rows.
  const identifiedFirst = [...lines].sort((a, b) => Number(!a.asin && !a.sku) - Number(!b.asin && !b.sku));
  for (const raw of identifiedFirst) {
    const orderId = raw.orderId.trim();
    if (!orderId) continue;
    const asin = normaliseAsin(raw.asin);
    const sku = clean(raw.sku);
    const quantity = Number.isFinite(raw.quantity) && raw.quantity > 0 ? Math.floor(raw.quantity) : 0;
    const siblings = byOrder.get(orderId) ?? [];
    if (!asin && !sku && siblings.length > 0) {
      // A row that does not say which item it is, for an order whose lines we know: it cannot be a new line (that
      // would count the order twice), so it only carries the order's status, to every line.
      for (const sibling of [...siblings]) setStatus(sibling, raw.status, raw.statusAt);
      continue;
    }
    const match = findLine(siblings, asin, sku);

    if (!match) {
      const record: OrderRecord = {
        key: lineKey(orderId, asin, sku),
        orderId,
        marketplace: raw.marketplace,
        asin: asin ?? NO_ASIN,
        sku,
        quantity,
        orderDate: raw.orderDate,
        status: raw.status,
        fulfilment: raw.fulfilment,
        paymentMethod: clean(raw.paymentMethod),
        paymentKind: raw.paymentKind,
        buyerName: clean(raw.buyerName),
        history: [{ status: raw.status, at: raw.statusAt }],
        firstSeenAt: now,
        updatedAt: now,
        pending: raw.status === 'pending' ? 1 : 0,
        source: raw.source,
        title: cleanText(raw.title),
        // Order-level facts: filled in below from the page's order facts, for every line of the order.
        shipBy: null,
        buyerRequestedCancel: null,
      };
      created.add(record);
      siblings.push(record);
      byOrder.set(orderId, siblings);
      continue;
    }

    let record = setStatus(match, raw.status, raw.statusAt);
    // Details only fill gaps: two sources that format a value differently (a page's minute-precision date, a
    // report's seconds) must not overwrite each other on every read.
    const fills: Partial<OrderRecord> = {};
    if (asin && record.asin === NO_ASIN) fills.asin = asin;
    if (sku && !record.sku) fills.sku = sku;
    if (quantity > 0 && record.quantity === 0) fills.quantity = quantity;
    if (raw.orderDate !== null && record.orderDate === null) fills.orderDate = raw.orderDate;
    if (raw.marketplace && !record.marketplace) fills.marketplace = raw.marketplace;
    if (raw.fulfilment && !record.fulfilment) fills.fulfilment = raw.fulfilment;
    if (clean(raw.paymentMethod) && !record.paymentMethod) fills.paymentMethod = clean(raw.paymentMethod);
    if (raw.paymentKind && !record.paymentKind) fills.paymentKind = raw.paymentKind;
    if (clean(raw.buyerName) && !record.buyerName) fills.buyerName = clean(raw.buyerName);
    if (cleanText(raw.title) && !record.title) fills.title = cleanText(raw.title);
    if (Object.keys(fills).length > 0) {
      record = editable(record);
      Object.assign(record, fills, { updatedAt: now });
    }
    const key = lineKey(orderId, record.asin || null, record.sku);
    if (key !== record.key) {
      // The line is now known by its ASIN (or SKU): same line under a better key.
      if (originalKeys.has(record.key)) remove.add(record.key);
      record = editable(record);
      record.key = key;
    }
    const twin = record.asin !== NO_ASIN && record.sku !== null
      ? siblings.find((r) => r !== record && r.asin === NO_ASIN && r.sku === record.sku)
      : undefined;
    if (twin) absorb(record, twin);
  }

  /**
   * The same line stored twice, once by SKU only (a list page) and once by ASIN (a detail page or report that named
   * both): keep the ASIN one, with what the other knew, and drop the other.
   */
  function absorb(keep: OrderRecord, twin: OrderRecord): void {
    const target = setStatus(keep, twin.status, twin.history.at(-1)?.at ?? now);
    const fills: Partial<OrderRecord> = {};
    if (target.quantity === 0 && twin.quantity > 0) fills.quantity = twin.quantity;
    if (target.orderDate === null && twin.orderDate !== null) fills.orderDate = twin.orderDate;
    if (!target.marketplace && twin.marketplace) fills.marketplace = twin.marketplace;
    if (!target.fulfilment && twin.fulfilment) fills.fulfilment = twin.fulfilment;
    if (!target.paymentMethod && twin.paymentMethod) fills.paymentMethod = twin.paymentMethod;
    if (!target.paymentKind && twin.paymentKind) fills.paymentKind = twin.paymentKind;
    if (!target.buyerName && twin.buyerName) fills.buyerName = twin.buyerName;
    if (!target.title && twin.title) fills.title = twin.title;
    if (target.shipBy == null && twin.shipBy != null) fills.shipBy = twin.shipBy;
    if (!target.buyerRequestedCancel && twin.buyerRequestedCancel) fills.buyerRequestedCancel = twin.buyerRequestedCancel;
    if (twin.firstSeenAt < target.firstSeenAt) fills.firstSeenAt = twin.firstSeenAt;
    if (Object.keys(fills).length > 0) Object.assign(editable(target), fills, { updatedAt: now });

    const list = byOrder.get(twin.orderId)!;
    list.splice(list.indexOf(twin), 1);
    if (created.has(twin)) {
      created.delete(twin);
      return;
    }
    for (const [original, copy] of changed) {
      if (copy === twin) {
        changed.delete(original);
        copies.delete(copy);
        remove.add(original.key);
      }
    }
    if (originalKeys.has(twin.key)) remove.add(twin.key);
    deleted++;
  }

  for (const update of orderStatuses) {
    const shipBy = validTime(update.shipBy);
    const cancelReason = cleanText(update.buyerRequestedCancel);
    for (const stored of byOrder.get(update.orderId.trim()) ?? []) {
      const record = setStatus(stored, update.status, update.statusAt);
      const fills: Partial<OrderRecord> = {};
      // Ship-by only fills a gap, like the other details.
      if (shipBy !== null && record.shipBy == null) fills.shipBy = shipBy;
      // The buyer's request is set whenever the page shows one the line does not hold yet (the reason it shows now
      // is the current one), and never cleared: a page that stops showing it does not undo the request.
      if (cancelReason !== null && record.buyerRequestedCancel !== cancelReason) fills.buyerRequestedCancel = cancelReason;
      if (Object.keys(fills).length > 0) Object.assign(editable(record), fills, { updatedAt: now });
    }
  }

  const put = [...created, ...changed.values()];
  for (const record of put) remove.delete(record.key);
  return { put, remove: [...remove], added: created.size, updated: changed.size + deleted };
}

/** The stored line an incoming line talks about: by ASIN, else by SKU, else the order's only unidentified line. */
function findLine(siblings: readonly OrderRecord[], asin: string | null, sku: string | null): OrderRecord | undefined {
  if (asin) {
    const byAsin = siblings.find((r) => r.asin === asin);
    if (byAsin) return byAsin;
    if (sku) {
      const bySku = siblings.find((r) => r.asin === NO_ASIN && r.sku === sku);
      if (bySku) return bySku;
    }
  } else if (sku) {
    const bySku = siblings.find((r) => r.sku === sku);
    if (bySku) return bySku;
  }
  // A row read with neither ASIN nor SKU, or a line first stored that way (key `…:?`): the same line when it is the
  // order's only unidentified one.
  const unidentified = siblings.filter((r) => r.asin === NO_ASIN && r.sku === null);
  return unidentified.length === 1 ? unidentified[0] : undefined;
}
