import type { OrderRecord } from '@/lib/db/records';
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
}

/** An order's status from a detail page: applies to every stored line of the order (items may not be readable). */
export interface IncomingOrderStatus {
  orderId: string;
  status: OrderStatus;
  statusAt: number;
}

export interface MergeResult {
  /** New or changed records to write. */
  put: OrderRecord[];
  /** Keys to delete: a line stored under its SKU that is now known by its ASIN. */
  remove: string[];
  added: number;
  updated: number;
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

/**
 * How far along an order is. A status lower than the stored one is ignored: an old report or a cached list page
 * must not put an order that already shipped or was cancelled back into the pending set. Equal ranks replace each
 * other (shipped and canceled are both final for holds).
 */
const STATUS_RANK: Record<OrderStatus, number> = {
  unknown: -1,
  pending: 0,
  unshipped: 1,
  shipped: 2,
  canceled: 2,
  delivered: 3,
  returned: 4,
};

function acceptsStatus(current: OrderStatus, next: OrderStatus): boolean {
  return next !== current && next !== 'unknown' && STATUS_RANK[next] >= STATUS_RANK[current];
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

  for (const raw of lines) {
    const orderId = raw.orderId.trim();
    if (!orderId) continue;
    const asin = normaliseAsin(raw.asin);
    const sku = clean(raw.sku);
    const quantity = Number.isFinite(raw.quantity) && raw.quantity > 0 ? Math.floor(raw.quantity) : 0;
    const siblings = byOrder.get(orderId) ?? [];
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
  }

  for (const update of orderStatuses) {
    for (const record of byOrder.get(update.orderId.trim()) ?? []) setStatus(record, update.status, update.statusAt);
  }

  const put = [...created, ...changed.values()];
  for (const record of put) remove.delete(record.key);
  return { put, remove: [...remove], added: created.size, updated: changed.size };
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
