import type { OrderRecord } from '@/lib/db/records';
import { TEST_NOW } from '../render';

const H = 3_600_000;

/** A pending order line as the store keeps it, ordered `hoursAgo` before TEST_NOW. */
export function pendingOrder(orderId: string, asin: string, hoursAgo: number, over: Partial<OrderRecord> = {}): OrderRecord {
  const at = TEST_NOW - hoursAgo * H;
  return {
    key: `${orderId}:${asin}`,
    orderId,
    marketplace: 'JP',
    asin,
    sku: `SKU-${asin}`,
    quantity: 2,
    orderDate: at,
    status: 'pending',
    fulfilment: 'MFN',
    paymentMethod: 'コンビニ決済',
    paymentKind: 'konbini',
    buyerName: null,
    history: [{ status: 'pending', at }],
    firstSeenAt: at,
    updatedAt: at,
    pending: 1,
    source: 'page',
    ...over,
  };
}

/** Five konbini orders of one ASIN within five hours: a hold pattern under the default settings (≥ 3 in 48 h). */
export const HOLD_ASIN = 'B0HOLDTEST';
export const HOLD_ORDER_IDS = ['250-1000001-0000001', '250-1000002-0000002', '250-1000003-0000003', '250-1000004-0000004', '250-1000005-0000005'];
export function holdPattern(): OrderRecord[] {
  return HOLD_ORDER_IDS.map((id, i) => pendingOrder(id, HOLD_ASIN, 5 - i));
}
