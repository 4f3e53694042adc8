import { detectHolds } from '@/lib/holds/detect';
import { sellerSupportReport } from '@/lib/holds/report';
import { DEFAULT_HOLD_SETTINGS } from '@/lib/holds/settings';
import { HOUR, MINUTE, NOW, order } from './helpers';

const ASIN = 'B0REPORTS1';
const orders = [0, 1, 2, 3, 4].map((i) =>
  order({
    asin: ASIN,
    orderId: `250-400000${i}-500000${i}`,
    orderDate: Date.parse('2026-03-09T12:00:00Z') + i * 7 * MINUTE,
    quantity: i + 1,
    paymentKind: 'konbini',
  }),
);
const unrelated = order({ asin: 'B0OTHERAS1', orderId: '250-9999999-9999999', orderDate: NOW - HOUR });
const flag = detectHolds([...orders, unrelated], DEFAULT_HOLD_SETTINGS, NOW)[0]!;

describe('sellerSupportReport', () => {
  it('lists every order id with its date and quantity, the ASIN and the request, in both languages', () => {
    const report = sellerSupportReport(flag, [...orders, unrelated], 'en');
    for (const o of orders) {
      expect(report.text).toContain(`- ${o.orderId} | ordered `);
      expect(report.text).toContain(`- ${o.orderId} ｜ 注文日時 `);
    }
    expect(report.text).not.toContain(unrelated.orderId);
    expect(report.text).toContain('- 250-4000002-5000002 | ordered 2026-03-09 12:14 UTC | quantity 3 | payment: convenience store | status: Pending');
    expect(report.text).toContain('- 250-4000002-5000002 ｜ 注文日時 2026-03-09 12:14 UTC ｜ 数量 3 ｜ 支払方法：コンビニ払い ｜ ステータス：保留中');
    expect(report.text).toContain('Orders (5 orders, 15 units):');
    expect(report.text).toContain('対象の注文（5件、合計15個）：');
    expect(report.text).toContain('1. Please investigate these orders.');
    expect(report.text).toContain('2. Please contact the buyers');
    expect(report.text).toContain('3. If they are not genuine, please cancel them');
    expect(report.text).toContain('5 of 5 orders use convenience-store payment');
    expect(report.subject).toBe(`Suspicious unpaid pending orders locking stock of ASIN ${ASIN}`);
  });

  it('puts the seller\'s language first and gives the procedure in it', () => {
    const ja = sellerSupportReport(flag, orders, 'ja', 'Asia/Tokyo');
    const en = sellerSupportReport(flag, orders, 'en');
    expect(ja.text.indexOf('出品サポート')).toBeLessThan(ja.text.indexOf('Seller Support'));
    expect(en.text.indexOf('Seller Support')).toBeLessThan(en.text.indexOf('出品サポート'));
    expect(ja.text).toContain('2026-03-09 21:14 JST');
    expect(ja.procedure[0]).toContain('「ヘルプ」');
    expect(en.procedure[0]).toContain('Help');
    expect(ja.procedure).toHaveLength(en.procedure.length);
    expect(en.procedure.at(-1)).toContain('Do not cancel these orders yourself');
    expect(ja.subject).toContain(ASIN);
  });

  it('still lists an order id whose record is missing, with unknowns marked', () => {
    const report = sellerSupportReport(flag, orders.slice(1), 'en');
    expect(report.text).toContain('- 250-4000000-5000000 | ordered ? | quantity ? | payment: not shown | status: Pending');
  });
});
