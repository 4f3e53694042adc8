import type { GuardDB } from '@/lib/db/db';
import type { OrderListSnapshot, OrderSnapshot } from '@/lib/sellercentral/types';
import type { ReportRow } from './order-report';
import { mergeOrderLines, type IncomingLine, type IncomingOrderStatus } from './order-lines';

export interface IngestResult {
  added: number;
  updated: number;
}

/**
 * Records the order lines a page shows (one OrderRecord per order line). Reading the same page twice changes
 * nothing; an order that ships or is cancelled leaves the pending set. Lines without an ASIN are kept by SKU but
 * are not grouped by ASIN (see order-lines.ts).
 */
export async function ingestOrderSnapshot(
  db: GuardDB,
  snapshot: OrderSnapshot | OrderListSnapshot,
  now: number,
): Promise<IngestResult> {
  const { lines, orderStatuses } = linesOfSnapshot(snapshot, now);
  return ingestLines(db, lines, orderStatuses, now);
}

/** The same for rows of an imported order report. The caller stores nothing when parsing failed. */
export async function ingestReportRows(db: GuardDB, rows: readonly ReportRow[], now: number): Promise<IngestResult> {
  return ingestLines(db, rows.map(lineOfReportRow), [], now);
}

export function lineOfReportRow(row: ReportRow): IncomingLine {
  return {
    orderId: row.orderId,
    marketplace: row.marketplace,
    asin: row.asin,
    sku: row.sku,
    quantity: row.quantity,
    orderDate: row.purchaseDate,
    status: row.status,
    // The report says when the status was last true; use it so the timeline shows Amazon's times, not import time.
    statusAt: row.lastUpdated ?? row.purchaseDate,
    fulfilment: row.fulfilment,
    paymentMethod: row.paymentMethod,
    paymentKind: row.paymentKind,
    buyerName: row.buyerName,
    source: 'report',
  };
}

function linesOfSnapshot(
  snapshot: OrderSnapshot | OrderListSnapshot,
  now: number,
): { lines: IncomingLine[]; orderStatuses: IncomingOrderStatus[] } {
  if (snapshot.kind === 'orderList') {
    const rows = Array.isArray(snapshot.rows) ? snapshot.rows : [];
    const lines = rows.map(
      (row): IncomingLine => ({
        orderId: row.orderId,
        marketplace: snapshot.marketplace,
        asin: row.asin,
        sku: row.sku,
        quantity: row.quantity,
        orderDate: parseTime(row.orderDate),
        status: row.status,
        statusAt: now,
        fulfilment: row.fulfilment,
        paymentMethod: row.paymentMethod,
        paymentKind: row.paymentKind,
        buyerName: row.buyerName,
        source: 'page',
      }),
    );
    return { lines, orderStatuses: [] };
  }
  const items = Array.isArray(snapshot.items) ? snapshot.items : [];
  const lines = items.map(
    (item): IncomingLine => ({
      orderId: snapshot.orderId,
      marketplace: snapshot.marketplace,
      asin: item.asin,
      sku: item.sku,
      quantity: item.quantity,
      orderDate: parseTime(snapshot.orderDate),
      status: snapshot.status,
      statusAt: now,
      fulfilment: snapshot.fulfilment,
      paymentMethod: snapshot.paymentMethod,
      paymentKind: snapshot.paymentKind,
      buyerName: snapshot.buyerName,
      source: 'page',
      title: item.title,
    }),
  );
  // A detail page's status, ship-by and cancellation request are the order's: they also reach stored lines whose
  // items this page did not show.
  const order: IncomingOrderStatus = {
    orderId: snapshot.orderId,
    status: snapshot.status,
    statusAt: now,
    shipBy: parseTime(snapshot.shipBy),
    buyerRequestedCancel: snapshot.buyerRequestedCancel,
  };
  return { lines, orderStatuses: [order] };
}

function parseTime(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string' || !iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

async function ingestLines(
  db: GuardDB,
  lines: readonly IncomingLine[],
  orderStatuses: readonly IncomingOrderStatus[],
  now: number,
): Promise<IngestResult> {
  const orderIds = [...new Set([...lines, ...orderStatuses].map((l) => l.orderId.trim()).filter(Boolean))];
  if (orderIds.length === 0) return { added: 0, updated: 0 };
  return db.transaction('rw', db.orders, async () => {
    // One equality lookup per order rather than anyOf(): anyOf walks the index with cursor jumps, which
    // fake-indexeddb (tests, CLI bench) does in linear time per jump (20 s for 250 ids over 100k orders).
    const found = await Promise.all(orderIds.map((id) => db.orders.where('orderId').equals(id).toArray()));
    const existing = found.flat();
    const result = mergeOrderLines(existing, lines, orderStatuses, now);
    if (result.remove.length > 0) await db.orders.bulkDelete(result.remove);
    if (result.put.length > 0) await db.orders.bulkPut(result.put);
    return { added: result.added, updated: result.updated };
  });
}
