import fc from 'fast-check';
import { mergeOrderLines, type IncomingLine } from '@/lib/holds/order-lines';
import type { OrderStatus } from '@/lib/sellercentral/types';
import { NOW } from './helpers';

const statuses: OrderStatus[] = ['pending', 'unshipped', 'shipped', 'canceled', 'unknown'];

// Rows of three orders with two items each, shown with or without ASIN and SKU, as list pages, detail pages and
// reports do. A SKU always names the same ASIN (as on Amazon).
const line = fc.record({
  orderId: fc.constantFrom('503-0000001-0000001', '503-0000002-0000002', '503-0000003-0000003'),
  item: fc.constantFrom(1, 2),
  showAsin: fc.boolean(),
  showSku: fc.boolean(),
  quantity: fc.integer({ min: 0, max: 5 }),
  status: fc.constantFrom(...statuses),
  buyerName: fc.constantFrom(null, '山田', ' '),
  paymentKind: fc.constantFrom(null, 'konbini' as const, 'card' as const),
  title: fc.constantFrom(undefined, null, ' ', 'Teapot', 'ティーポット'),
}).map(
  ({ item, showAsin, showSku, ...f }): IncomingLine => ({
    ...f,
    asin: showAsin ? `B0PROPAS0${item}` : null,
    sku: showSku ? `SKU-${item}` : null,
    marketplace: 'JP',
    orderDate: NOW - 3_600_000,
    statusAt: NOW,
    fulfilment: null,
    paymentMethod: null,
    source: 'page',
  }),
);

describe('mergeOrderLines', () => {
  it('merging the same lines again changes nothing, and keys stay unique', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const first = mergeOrderLines([], lines, [], NOW);
        expect(new Set(first.put.map((r) => r.key)).size).toBe(first.put.length);
        expect(first.added).toBe(first.put.length);
        const again = mergeOrderLines(first.put, lines, [], NOW + 1);
        expect(again).toEqual({ put: [], remove: [], added: 0, updated: 0 });
      }),
    );
  });

  // What a detail page says of a whole order (status, ship-by, the buyer's cancellation request).
  const orderFacts = fc.record({
    orderId: fc.constantFrom('503-0000001-0000001', '503-0000002-0000002'),
    status: fc.constantFrom(...statuses),
    statusAt: fc.constant(NOW),
    shipBy: fc.constantFrom(undefined, null, NOW + 86_400_000, NOW + 2 * 86_400_000),
    buyerRequestedCancel: fc.constantFrom(undefined, null, '', 'Cancellation reason: ordered twice'),
  });

  it('order facts merged again change nothing, and a buyer request once seen stays', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(orderFacts, { maxLength: 4 }), (lines, facts) => {
        const first = mergeOrderLines([], lines, facts, NOW).put;
        expect(mergeOrderLines(first, lines, facts, NOW + 1)).toEqual({ put: [], remove: [], added: 0, updated: 0 });
        const requested = new Set<string>(facts.filter((f) => f.buyerRequestedCancel).map((f) => f.orderId));
        for (const r of first) expect(Boolean(r.buyerRequestedCancel)).toBe(requested.has(r.orderId));
      }),
    );
  });

  it('never mutates the stored records it is given', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(line, { maxLength: 8 }), (a, b) => {
        const stored = mergeOrderLines([], a, [], NOW).put;
        const snapshot = structuredClone(stored);
        mergeOrderLines(stored, b, [{ orderId: '503-0000001-0000001', status: 'canceled', statusAt: NOW }], NOW + 1);
        expect(stored).toEqual(snapshot);
      }),
    );
  });

  it('pending is 1 exactly when the status is pending', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(line, { maxLength: 12 }), (a, b) => {
        const first = mergeOrderLines([], a, [], NOW).put;
        const second = mergeOrderLines(first, b, [], NOW + 1);
        for (const r of [...first, ...second.put]) expect(r.pending).toBe(r.status === 'pending' ? 1 : 0);
      }),
    );
  });
});
