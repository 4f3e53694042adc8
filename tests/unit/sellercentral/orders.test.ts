// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import type { OrderListSnapshot, OrderSnapshot } from '@/lib/sellercentral/types';
import { loadFixture } from './load-fixture';

function order(file: string): OrderSnapshot {
  const { doc, url } = loadFixture(file);
  const s = readPage(doc, url);
  if (s.kind !== 'order') throw new Error(`${file}: ${JSON.stringify(s)}`);
  return s;
}

function list(file: string): OrderListSnapshot {
  const { doc, url } = loadFixture(file);
  const s = readPage(doc, url);
  if (s.kind !== 'orderList') throw new Error(`${file}: ${JSON.stringify(s)}`);
  return s;
}

describe('order detail reader', () => {
  it('reads a pending JP order paid at a convenience store', () => {
    expect(order('jp-order-pending-konbini.html')).toMatchObject({
      marketplace: 'JP',
      orderId: '250-7719304-2286415',
      orderDate: '2026-11-21T13:51:00.000Z',
      orderDateText: '2026年11月21日(土) 22:51 JST',
      status: 'pending',
      statusText: '保留中',
      fulfilment: 'MFN',
      shipBy: '2026-11-23T15:00:00.000Z', // 24 Nov, midnight in Tokyo
      shipToCountry: null, // no address until paid
      buyerName: '伊藤 さくら',
      paymentKind: 'konbini',
      items: [{ asin: 'B0D7X4KQ9M', sku: 'WE-ANC-BK', quantity: 2 }],
    });
    expect(order('jp-order-pending-konbini.html').paymentMethod).toMatch(/^コンビニ払い/);
  });

  it('reads a shipped FBA order in Japan', () => {
    expect(order('jp-order-fba-shipped.html')).toMatchObject({
      orderId: '249-3056618-7720954',
      status: 'shipped',
      fulfilment: 'FBA',
      shipToCountry: '日本',
      buyerName: '中川 真由美',
      paymentMethod: null,
      paymentKind: null,
      shipBy: null,
      items: [{ asin: 'B0CQ4ZP8NT', sku: 'FBA-KTL-08-WH', quantity: 1, title: '電気ケトル 0.8L ステンレス 温度調節 保温機能付き' }],
    });
  });

  it('reads an unshipped US merchant order with two items, ship-by date and country', () => {
    const o = order('us-order-mfn-unshipped.html');
    expect(o).toMatchObject({
      marketplace: 'US',
      orderId: '113-6094428-1175442',
      orderDate: '2026-11-22T02:32:00.000Z',
      status: 'unshipped',
      fulfilment: 'MFN',
      shipByText: 'Mon, Nov 23, 2026',
      shipBy: '2026-11-23T08:00:00.000Z', // midnight in Los Angeles (PST)
      shipToCountry: 'United States',
      buyerName: 'Michael Torres',
    });
    expect(o.items.map((i) => [i.asin, i.sku, i.quantity])).toEqual([
      ['B0C2RT6Y8K', 'CI-SK12-HC', 1],
      ['B09WX3J6TQ', 'CM-SCRB-SS', 2],
    ]);
  });
});

describe('order list reader', () => {
  it('reads the JP pending list: five konbini orders of one ASIN within hours, three others', () => {
    const { rows, marketplace } = list('jp-orders-pending-list.html');
    expect(marketplace).toBe('JP');
    expect(rows).toHaveLength(8);
    const konbini = rows.filter((r) => r.paymentKind === 'konbini');
    expect(konbini.map((r) => r.asin)).toEqual(Array(5).fill('B0D7X4KQ9M'));
    expect(new Set(konbini.map((r) => r.buyerName)).size).toBe(5);
    expect(konbini.map((r) => r.quantity).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(konbini.every((r) => r.status === 'pending' && r.fulfilment === 'MFN')).toBe(true);
    const times = konbini.map((r) => Date.parse(r.orderDate!));
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(4 * 3600_000);
    expect(rows.find((r) => r.orderId === '250-4420581-9073346')).toMatchObject({
      buyerName: '高橋 翔太', quantity: 3, orderDate: '2026-11-21T13:14:00.000Z', orderDateText: '2026/11/21 22:14',
    });
    const others = rows.filter((r) => r.paymentKind !== 'konbini');
    expect(others.map((r) => [r.asin, r.paymentKind, r.status])).toEqual([
      ['B0BQ7M3W2C', 'card', 'pending'],
      ['B0C9HV2L6R', 'other', 'pending'],
      ['B0B1ZK8PXM', 'card', 'unshipped'],
    ]);
  });

  it('reads the US list: unshipped and shipped, merchant and FBA, no payment shown', () => {
    const { rows } = list('us-orders-list.html');
    expect(rows.map((r) => r.status)).toEqual(['unshipped', 'unshipped', 'unshipped', 'shipped', 'shipped', 'shipped']);
    expect(rows[1]).toMatchObject({ orderId: '111-2038847-6621930', buyerName: 'Ashley Nguyen', asin: 'B09WX3J6TQ', sku: 'CM-SCRB-SS', quantity: 3 });
    expect(rows[5]!.fulfilment).toBe('FBA');
    expect(rows.every((r) => r.paymentMethod === null && r.paymentKind === null)).toBe(true);
    expect(rows[0]!.orderDate).toBe('2026-11-22T02:32:00.000Z');
  });
});
