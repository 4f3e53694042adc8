import type { Classification } from '@/lib/classify';
import type { GuardDB } from '@/lib/db/db';
import { orderContextFor, suggestionsForThread } from '@/lib/extension/reply-context';
import { ingestOrderSnapshot } from '@/lib/holds/ingest';
import type { OrderItem, OrderSnapshot } from '@/lib/sellercentral/types';
import { buyer, freshDb, HOUR, T0, thread } from '../db/helpers';

const ORDER_ID = '111-2223334-5556667';
const SHIP_BY = T0 + 30 * HOUR;

/** An order page read earlier (the test's own example order). */
function orderPage(items: OrderItem[], fields: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    kind: 'order',
    url: `https://sellercentral.amazon.com/orders-v3/order/${ORDER_ID}`,
    marketplace: 'US',
    orderId: ORDER_ID,
    orderDate: new Date(T0 - 2 * 24 * HOUR).toISOString(),
    orderDateText: null,
    status: 'unshipped',
    statusText: null,
    fulfilment: 'MFN',
    shipBy: new Date(SHIP_BY).toISOString(),
    shipByText: null,
    shipToCountry: null,
    buyerName: null,
    paymentMethod: null,
    paymentKind: null,
    buyerRequestedCancel: null,
    items,
    ...fields,
  };
}

const lamp = { asin: 'B0LAMP0001', sku: 'LAMP', title: 'Brass desk lamp with linen shade', quantity: 1 };
const bulbs = { asin: 'B0BULB0002', sku: 'BULB', title: 'E14 LED bulbs, pack of 4', quantity: 2 };

async function storeWith(...items: OrderItem[]): Promise<GuardDB> {
  const db = freshDb();
  await ingestOrderSnapshot(db, orderPage(items), T0 - HOUR);
  return db;
}

describe('orderContextFor', () => {
  it('gives the title of the item the thread names, and the order\'s ship-by', async () => {
    const db = await storeWith(lamp, bulbs);
    const context = await orderContextFor(db, ORDER_ID, T0, 'B0BULB0002');
    expect(context).toMatchObject({ title: 'E14 LED bulbs, pack of 4', shipBy: SHIP_BY, status: 'unshipped' });
    // ASINs as a page may print them (lower case, spaces) still match.
    expect((await orderContextFor(db, ORDER_ID, T0, ' b0bulb0002 '))?.title).toBe('E14 LED bulbs, pack of 4');
  });

  it('without an ASIN, or with one not in the order, the first line (by key, whatever the read order) speaks for it', async () => {
    for (const db of [await storeWith(lamp, bulbs), await storeWith(bulbs, lamp)]) {
      // B0BULB0002 sorts before B0LAMP0001.
      expect((await orderContextFor(db, ORDER_ID, T0))?.title).toBe('E14 LED bulbs, pack of 4');
      expect((await orderContextFor(db, ORDER_ID, T0, 'B0OTHER999'))?.title).toBe('E14 LED bulbs, pack of 4');
    }
  });

  it('does not borrow another item\'s title when the named item has none', async () => {
    const db = await storeWith(lamp, { ...bulbs, title: null });
    expect((await orderContextFor(db, ORDER_ID, T0, 'B0BULB0002'))?.title).toBeNull();
  });

  it('title and ship-by are null for an order read only from a list page, or a line stored before these fields', async () => {
    const db = freshDb();
    const { title: _t, shipBy: _s, buyerRequestedCancel: _b, ...legacy } = {
      key: `${ORDER_ID}:B0LAMP0001`,
      orderId: ORDER_ID,
      marketplace: 'US' as const,
      asin: 'B0LAMP0001',
      sku: null,
      quantity: 1,
      orderDate: T0 - HOUR,
      status: 'unshipped' as const,
      fulfilment: 'MFN' as const,
      paymentMethod: null,
      paymentKind: null,
      buyerName: null,
      history: [],
      firstSeenAt: T0 - HOUR,
      updatedAt: T0 - HOUR,
      pending: 0 as const,
      source: 'page' as const,
      title: undefined,
      shipBy: undefined,
      buyerRequestedCancel: undefined,
    };
    await db.orders.put(legacy);
    expect(await orderContextFor(db, ORDER_ID, T0, 'B0LAMP0001')).toMatchObject({ title: null, shipBy: null });
  });
});

describe('suggestionsForThread fills {productTitle}', () => {
  const damaged: Classification = { category: 'damaged_or_defective', scam: false, confidence: 0.9, lang: 'en', signals: [] };
  const snapshot = (asins: string[]) => thread([buyer('The shade arrived torn.', T0 - HOUR)], { orderId: ORDER_ID, asins });

  it('names the item of the thread in the reply', async () => {
    const db = await storeWith(lamp, bulbs);
    const { suggestions, order } = await suggestionsForThread({ db, snapshot: snapshot(['B0LAMP0001']), classification: damaged, uiLang: 'en', now: T0 });
    expect(order?.title).toBe('Brass desk lamp with linen shade');
    expect(suggestions[0]?.text).toContain('the item "Brass desk lamp with linen shade" did not arrive');
  });

  it('falls back to neutral wording when no title is known', async () => {
    const db = await storeWith({ ...lamp, title: null });
    const { suggestions } = await suggestionsForThread({ db, snapshot: snapshot(['B0LAMP0001']), classification: damaged, uiLang: 'en', now: T0 });
    expect(suggestions[0]?.text).toContain('the item did not arrive');
    expect(suggestions[0]?.text).not.toContain('{productTitle}');
  });

  it('a title holding markup stays plain text in the reply', async () => {
    const db = await storeWith({ ...lamp, title: '<img src=x onerror=alert(1)> Lamp 💡' });
    const { suggestions } = await suggestionsForThread({ db, snapshot: snapshot([]), classification: damaged, uiLang: 'en', now: T0 });
    expect(suggestions[0]?.text).toContain('"<img src=x onerror=alert(1)> Lamp 💡"');
  });
});
