import type { OrderRecord } from '@/lib/db/records';
import type { OrderListSnapshot, OrderRow } from '@/lib/sellercentral/types';

export const HOUR = 60 * 60 * 1000;
export const MINUTE = 60 * 1000;
export const DAY = 24 * HOUR;
/** A fixed "now" for every test: 2026-03-10 12:00 JST. */
export const NOW = Date.parse('2026-03-10T12:00:00+09:00');

let seq = 0;
/** A stored order line, pending by default; ids are unique per call unless given. */
export function order(fields: Partial<OrderRecord> & { asin: string }): OrderRecord {
  seq++;
  const orderId = fields.orderId ?? `503-${String(1000000 + seq).padStart(7, '0')}-${String(7000000 + seq)}`;
  const status = fields.status ?? 'pending';
  const at = fields.orderDate ?? NOW - 2 * HOUR;
  return {
    key: `${orderId}:${fields.asin}`,
    orderId,
    marketplace: 'JP',
    sku: null,
    quantity: 1,
    orderDate: at,
    status,
    fulfilment: 'MFN',
    paymentMethod: null,
    paymentKind: null,
    buyerName: null,
    history: [{ status, at }],
    firstSeenAt: at,
    updatedAt: at,
    pending: status === 'pending' ? 1 : 0,
    source: 'page',
    ...fields,
  };
}

export function listRow(fields: Partial<OrderRow> & { orderId: string }): OrderRow {
  return {
    orderDate: '2026-03-09T12:00:00.000Z',
    orderDateText: null,
    status: 'pending',
    statusText: null,
    asin: 'B0TESTAS01',
    sku: 'SKU-1',
    quantity: 1,
    buyerName: null,
    fulfilment: 'MFN',
    paymentMethod: null,
    paymentKind: null,
    ...fields,
  };
}

export function listPage(rows: OrderRow[]): OrderListSnapshot {
  return { kind: 'orderList', url: 'https://sellercentral-japan.amazon.com/orders-v3/mfn/pending', marketplace: 'JP', rows };
}

let dbSeq = 0;
/** A database name no other test uses (all test files share one in-memory IndexedDB). */
export function uniqueDbName(label: string): string {
  return `holds-test-${label}-${Date.now()}-${++dbSeq}`;
}
