import { detectHolds, HOLD_RULES, type HoldFlag } from '@/lib/holds/detect';
import { describeReason, type HoldReason } from '@/lib/holds/reasons';
import { DEFAULT_HOLD_SETTINGS, type HoldSettings } from '@/lib/holds/settings';
import { DAY, HOUR, MINUTE, NOW, order } from './helpers';

const settings = DEFAULT_HOLD_SETTINGS;
const ASIN = 'B0HOLDAS01';

function reason<C extends HoldReason['code']>(flag: HoldFlag, code: C): Extract<HoldReason, { code: C }> | undefined {
  return flag.reasons.find((r): r is Extract<HoldReason, { code: C }> => r.code === code);
}

describe('detectHolds: ordinary demand gives no flag', () => {
  it('paid orders (unshipped, shipped) never count, however many', () => {
    const orders = Array.from({ length: 8 }, (_, i) =>
      order({ asin: ASIN, status: i % 2 ? 'unshipped' : 'shipped', orderDate: NOW - i * 20 * MINUTE }),
    );
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });

  it('a few pending orders spread over days stay under the threshold in every 48 h window', () => {
    const orders = [0, 3, 6].map((d) => order({ asin: ASIN, orderDate: NOW - d * DAY - HOUR, paymentKind: 'konbini' }));
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });

  it('pending card orders that are minutes old are still clearing', () => {
    const orders = [5, 12, 30, 41].map((m) => order({ asin: ASIN, orderDate: NOW - m * MINUTE, paymentKind: 'card' }));
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });

  it('pending orders spread over different ASINs are not one pattern', () => {
    const orders = ['B0AAAAAAA1', 'B0AAAAAAA2', 'B0AAAAAAA3'].map((asin) => order({ asin, paymentKind: 'konbini' }));
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });

  it('lines without an ASIN cannot be grouped and never flag', () => {
    const orders = Array.from({ length: 5 }, () => order({ asin: '', sku: 'SKU-X', paymentKind: 'konbini' }));
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });
});

describe('detectHolds: bursts are flagged', () => {
  it('flags threshold-many pending orders in the window, with ids, units and release time', () => {
    const orders = [50, 30, 10].map((m, i) =>
      order({ asin: ASIN, orderDate: NOW - 3 * HOUR - m * MINUTE, quantity: i + 1 }),
    );
    const [flag, ...rest] = detectHolds(orders, settings, NOW);
    expect(rest).toEqual([]);
    expect(flag!.asin).toBe(ASIN);
    expect(flag!.orderIds).toEqual(orders.map((o) => o.orderId)); // oldest first
    expect(flag!.pendingOrders).toBe(3);
    expect(flag!.lockedUnits).toBe(6);
    expect(flag!.firstOrderAt).toBe(orders[0]!.orderDate);
    expect(flag!.expectedReleaseAt).toBe(orders[2]!.orderDate! + 6 * DAY);
    expect(reason(flag!, 'pending_orders')!.values).toEqual({ orders: 3, hours: 48, threshold: 3 });
    expect(reason(flag!, 'release')!.values).toMatchObject({ units: 6, days: 6 });
  });

  it('one order fewer than the threshold is not flagged', () => {
    const orders = [50, 30].map((m) => order({ asin: ASIN, orderDate: NOW - m * MINUTE - 3 * HOUR }));
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });

  it('the threshold and window come from the settings', () => {
    const spread = [0, 30, 60].map((h) => order({ asin: ASIN, orderDate: NOW - 2 * HOUR - h * HOUR }));
    expect(detectHolds(spread, settings, NOW)).toEqual([]); // 60 h from first to last: no 48 h window holds 3
    expect(detectHolds(spread, { ...settings, holdWindowHours: 72 }, NOW)).toHaveLength(1);
    const close = [1, 2, 3].map((h) => order({ asin: ASIN, orderDate: NOW - h * HOUR }));
    expect(detectHolds(close, { ...settings, holdMinPendingOrders: 4 }, NOW)).toEqual([]);
  });

  it('pending units reaching half the listed stock flag even with fewer orders', () => {
    const orders = [order({ asin: ASIN, quantity: 4 }), order({ asin: ASIN, quantity: 2, orderDate: NOW - 5 * HOUR })];
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
    const [flag] = detectHolds(orders, settings, NOW, { [ASIN]: 12 });
    expect(reason(flag!, 'stock_share')!.values).toEqual({ units: 6, stock: 12, percent: 50 });
    expect(detectHolds(orders, settings, NOW, { [ASIN]: 13 })).toEqual([]);
  });

  it('the payment deadline is per marketplace, default 6 days', () => {
    const custom: HoldSettings = { ...settings, paymentDeadlineDays: { default: 6, JP: 10 } };
    const orders = [1, 2, 3].map((h) => order({ asin: ASIN, orderDate: NOW - h * HOUR }));
    expect(detectHolds(orders, custom, NOW)[0]!.expectedReleaseAt).toBe(NOW - HOUR + 10 * DAY);
    const us = orders.map((o) => ({ ...o, marketplace: 'US' as const }));
    expect(detectHolds(us, custom, NOW)[0]!.expectedReleaseAt).toBe(NOW - HOUR + 6 * DAY);
  });

  it('orders pending past any plausible deadline are stale copies and do not count', () => {
    const orders = [1, 2, 3].map((h) => order({ asin: ASIN, orderDate: NOW - (HOLD_RULES.staleAfterDays + 1) * DAY - h * HOUR }));
    expect(detectHolds(orders, settings, NOW)).toEqual([]);
  });
});

describe('detectHolds: weighting', () => {
  const threeAt = (fields: Parameters<typeof order>[0][]) => fields.map((f, i) => order({ orderDate: NOW - (10 + 5 * i) * HOUR, ...f })); // no burst

  it('convenience-store payment raises the score in proportion to the konbini share', () => {
    const unknown = detectHolds(threeAt([{ asin: ASIN }, { asin: ASIN }, { asin: ASIN }]), settings, NOW)[0]!;
    const oneKonbini = detectHolds(
      threeAt([{ asin: ASIN, paymentKind: 'konbini' }, { asin: ASIN }, { asin: ASIN }]),
      settings,
      NOW,
    )[0]!;
    const allKonbini = detectHolds(threeAt([0, 1, 2].map(() => ({ asin: ASIN, paymentKind: 'konbini' as const }))), settings, NOW)[0]!;
    expect(unknown.score).toBe(HOLD_RULES.weights.threshold);
    expect(oneKonbini.score).toBeGreaterThan(unknown.score);
    expect(allKonbini.score).toBeGreaterThan(oneKonbini.score);
    expect(reason(allKonbini, 'konbini')!.values).toEqual({ orders: 3, total: 3 });
    expect(reason(unknown, 'konbini')).toBeUndefined();
  });

  it('a konbini-heavy ASIN ranks above a plain one', () => {
    const plain = threeAt([0, 1, 2].map(() => ({ asin: 'B0PLAINAS1' })));
    const konbini = threeAt([0, 1, 2].map(() => ({ asin: 'B0KONBINI1', paymentKind: 'konbini' as const })));
    expect(detectHolds([...plain, ...konbini], settings, NOW).map((f) => f.asin)).toEqual(['B0KONBINI1', 'B0PLAINAS1']);
  });

  it('the same buyer repeated raises the score (names compared loosely)', () => {
    const others = detectHolds(threeAt([{ asin: ASIN, buyerName: '山田 太郎' }, { asin: ASIN, buyerName: '佐藤 花子' }, { asin: ASIN, buyerName: '鈴木 一郎' }]), settings, NOW)[0]!;
    const same = detectHolds(threeAt([{ asin: ASIN, buyerName: '山田 太郎' }, { asin: ASIN, buyerName: '山田　太郎 ' }, { asin: ASIN, buyerName: '鈴木 一郎' }]), settings, NOW)[0]!;
    expect(reason(others, 'same_buyer')).toBeUndefined();
    expect(reason(same, 'same_buyer')!.values).toEqual({ buyer: '山田 太郎', orders: 2 });
    expect(same.score).toBe(others.score + HOLD_RULES.weights.sameBuyer);
  });

  it('many buyers in a short burst raise the score; the same orders spread over a day do not', () => {
    const burst = ['A', 'B', 'C', 'D'].map((b, i) => order({ asin: ASIN, buyerName: b, orderDate: NOW - 5 * HOUR + i * 9 * MINUTE }));
    const spread = ['A', 'B', 'C', 'D'].map((b, i) => order({ asin: ASIN, buyerName: b, orderDate: NOW - 30 * HOUR + i * 7 * HOUR }));
    const burstFlag = detectHolds(burst, settings, NOW)[0]!;
    const spreadFlag = detectHolds(spread, settings, NOW)[0]!;
    expect(reason(burstFlag, 'burst')!.values).toEqual({ orders: 4, minutes: 27, buyers: 4 });
    expect(reason(spreadFlag, 'burst')).toBeUndefined();
    expect(burstFlag.score - spreadFlag.score).toBe(HOLD_RULES.weights.burst);
    expect(describeReason(reason(burstFlag, 'burst')!, 'en')).toBe('4 orders from 4 different buyers within 27 min');
  });

  it('a large single order raises the score and is named', () => {
    const small = detectHolds(threeAt([{ asin: ASIN }, { asin: ASIN }, { asin: ASIN }]), settings, NOW)[0]!;
    const large = threeAt([{ asin: ASIN }, { asin: ASIN, quantity: 8 }, { asin: ASIN }]);
    const flag = detectHolds(large, settings, NOW)[0]!;
    expect(reason(flag, 'large_order')!.values).toEqual({ orderId: large[1]!.orderId, units: 8 });
    expect(flag.score).toBe(small.score + HOLD_RULES.weights.largeOrder);
    expect(flag.lockedUnits).toBe(10);
  });

  it('the score never exceeds 100', () => {
    const orders = Array.from({ length: 6 }, (_, i) =>
      order({ asin: ASIN, paymentKind: 'konbini', buyerName: 'X', quantity: 9, orderDate: NOW - 2 * HOUR - i * MINUTE }),
    );
    const flag = detectHolds(orders, settings, NOW, { [ASIN]: 20 })[0]!;
    expect(flag.score).toBe(100);
  });
});

describe('describeReason', () => {
  it('words each reason with its numbers in English and Japanese', () => {
    const flag = detectHolds(
      [1, 2, 3].map((h) => order({ asin: ASIN, paymentKind: 'konbini', orderDate: Date.parse('2026-03-09T10:00:00Z') - h * HOUR })),
      settings,
      NOW,
    )[0]!;
    const release = reason(flag, 'release')!;
    expect(describeReason(release, 'en')).toBe(
      '3 units locked; if unpaid, the automatic cancellation (6 days after ordering) releases them from 2026-03-15 07:00 UTC, all by 2026-03-15 09:00 UTC',
    );
    expect(describeReason(release, 'ja', 'Asia/Tokyo')).toContain('2026-03-15 18:00 JST');
    expect(describeReason(reason(flag, 'konbini')!, 'ja')).toBe('3件中3件がコンビニ払い（支払期限まで未入金のまま在庫を確保できる支払方法）');
    expect(describeReason(reason(flag, 'pending_orders')!, 'en')).toBe('3 pending orders of this ASIN within 48 h (threshold: 3)');
  });
});

describe('detectHolds: settings typed in by hand', () => {
  it('a zero, negative or NaN threshold or window falls back to the default instead of flagging everything', () => {
    const single = [order({ asin: ASIN })];
    for (const bad of [0, -1, Number.NaN]) {
      expect(detectHolds(single, { ...settings, holdMinPendingOrders: bad }, NOW)).toEqual([]);
      const three = [1, 2, 3].map((h) => order({ asin: ASIN, orderDate: NOW - h * HOUR }));
      const [flag] = detectHolds(three, { ...settings, holdWindowHours: bad }, NOW);
      expect(reason(flag!, 'pending_orders')!.values.hours).toBe(48);
    }
  });
});
