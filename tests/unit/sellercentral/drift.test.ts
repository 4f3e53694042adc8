// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import type { PageSnapshot } from '@/lib/sellercentral/types';
import { loadFixture } from './load-fixture';

/**
 * Amazon reships Seller Central without notice. These variants of the sample pages change what the readers'
 * first-choice selectors rely on, and check that the fallbacks (classes, labels, structure, text patterns) still
 * find the same facts.
 */

function removeTestIds(doc: Document) {
  for (const el of Array.from(doc.querySelectorAll('[data-test-id]'))) el.removeAttribute('data-test-id');
}
function renameClasses(doc: Document) {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('[class]'))) el.setAttribute('class', `c${(n++).toString(36)}_x7`);
}
/** Wrap every element matching `selector` in two anonymous divs. */
function addWrappers(doc: Document, selector: string) {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const outer = doc.createElement('div');
    const inner = doc.createElement('div');
    el.replaceWith(outer);
    outer.append(inner);
    inner.append(el);
  }
}

function variant(file: string, ...changes: ((doc: Document) => void)[]): PageSnapshot {
  const { doc, url } = loadFixture(file);
  for (const change of changes) change(doc);
  return readPage(doc, url);
}

describe('threads survive DOM drift', () => {
  const expected = {
    kind: 'thread',
    orderId: '250-3817462-5091834',
    asins: ['B0CJK7Q2MZ'],
    buyerName: '佐藤 美咲',
    replyBoxFound: true,
    responseNeeded: true,
  };

  it('without any data-test-id', () => {
    const s = variant('jp-thread-cancel.html', removeTestIds);
    expect(s).toMatchObject(expected);
    if (s.kind !== 'thread') return;
    expect(s.messages).toHaveLength(1);
    expect(s.latestBuyerMessage).toMatchObject({ sender: 'buyer', time: '2026-11-22T05:03:00.000Z' });
    expect(s.latestBuyerMessage?.body).toMatch(/^いつもお世話になっております。/);
    expect(s.latestBuyerMessage?.body).not.toContain('佐藤 美咲（購入者）');
  });

  it('with every class renamed', () => {
    const s = variant('jp-thread-cancel.html', renameClasses);
    expect(s).toMatchObject(expected);
    expect(s.kind === 'thread' && s.latestBuyerMessage?.body).toContain('キャンセルしていただけますでしょうか');
  });

  it('with extra wrappers around messages, times and the whole thread', () => {
    const s = variant('us-thread-answered.html', (d) => addWrappers(d, 'li, time, section'));
    expect(s.kind === 'thread' && s.messages.map((m) => m.sender)).toEqual(['buyer', 'seller']);
  });

  it('with no data-test-id and renamed classes together: messages and order id from structure and text', () => {
    const s = variant('us-thread-indonesia.html', removeTestIds, renameClasses);
    expect(s.kind).toBe('thread');
    if (s.kind !== 'thread') return;
    expect(s.orderId).toBe('114-5820391-7746203');
    expect(s.latestBuyerMessage?.time).toBe('2026-11-20T21:15:00.000Z');
    expect(s.latestBuyerMessage?.body).toContain('Jakarta, Indonesia');
    expect(s.latestBuyerMessage?.body).not.toMatch(/Translate|Report/);
  });

  it('a message listed newest first is still returned oldest first', () => {
    const s = variant('us-thread-answered.html', (d) => {
      const list = d.querySelector('ol')!;
      list.prepend(list.lastElementChild!);
    });
    expect(s.kind === 'thread' && s.messages.map((m) => m.sender)).toEqual(['buyer', 'seller']);
    expect(s.kind === 'thread' && s.latestBuyerMessage?.body).toContain('mounting kit');
  });
});

describe('orders survive DOM drift', () => {
  it('an order page without data-test-id falls back to the visible labels', () => {
    const s = variant('jp-order-pending-konbini.html', removeTestIds);
    expect(s).toMatchObject({
      kind: 'order',
      orderId: '250-7719304-2286415',
      orderDate: '2026-11-21T13:51:00.000Z',
      status: 'pending',
      fulfilment: 'MFN',
      paymentKind: 'konbini',
      buyerName: '伊藤 さくら',
    });
  });

  it('an item table with renamed classes: each item keeps its own SKU, title and quantity (from the Quantity column)', () => {
    const original = variant('us-order-mfn-unshipped.html');
    const renamed = variant('us-order-mfn-unshipped.html', renameClasses);
    expect(original.kind === 'order' && original.items.map((i) => i.sku)).toEqual(['CI-SK12-HC', 'CM-SCRB-SS']);
    expect(renamed.kind === 'order' && renamed.items).toEqual(original.kind === 'order' && original.items);
    // The bulk-hold case: the konbini order's 2 units must not become 1.
    const konbini = variant('jp-order-pending-konbini.html', renameClasses);
    expect(konbini.kind === 'order' && konbini.items.map((i) => [i.asin, i.sku, i.quantity])).toEqual([['B0D7X4KQ9M', 'WE-ANC-BK', 2]]);
  });

  it('items read from text never borrow another item’s SKU or quantity', () => {
    const { doc, url } = loadFixture('us-order-mfn-unshipped.html');
    const app = doc.getElementById('MYO-app')!;
    // An unknown card layout: no table, the first card shows no SKU and no quantity.
    app.querySelector('table.a-keyvalue')!.outerHTML = `
      <div class="z1"><div class="z2">Skillet</div><div>ASIN: B0C2RT6Y8K</div></div>
      <div class="z1"><div class="z2">Scrubber</div><div>ASIN: B09WX3J6TQ</div><div>SKU: CM-SCRB-SS</div><div>Qty: 3</div></div>`;
    const s = readPage(doc, url);
    expect(s.kind === 'order' && s.items).toEqual([
      { asin: 'B0C2RT6Y8K', sku: null, title: null, quantity: 1 },
      { asin: 'B09WX3J6TQ', sku: 'CM-SCRB-SS', title: null, quantity: 3 },
    ]);
  });

  it('an order page whose order id element is gone still takes the id from the URL', () => {
    const s = variant('us-order-mfn-unshipped.html', (d) => d.querySelector('[data-test-id="order-id-value"]')!.parentElement!.remove());
    expect(s).toMatchObject({ kind: 'order', orderId: '113-6094428-1175442', status: 'unshipped' });
  });

  it('an order list with renamed classes and ids reads the same rows', () => {
    const s = variant('jp-orders-pending-list.html', renameClasses, (d) => d.getElementById('orders-table')!.removeAttribute('id'));
    expect(s.kind).toBe('orderList');
    if (s.kind !== 'orderList') return;
    expect(s.rows).toHaveLength(8);
    expect(s.rows.filter((r) => r.paymentKind === 'konbini' && r.status === 'pending' && r.asin === 'B0D7X4KQ9M')).toHaveLength(5);
  });

  it('a shuffled list row (columns in another order) still gives order id, ASIN and quantity from text', () => {
    const s = variant('us-orders-list.html', (d) => {
      for (const tr of Array.from(d.querySelectorAll('tbody tr'))) tr.append(...Array.from(tr.children).reverse());
    });
    expect(s.kind === 'orderList' && s.rows.map((r) => [r.orderId, r.asin, r.quantity])[1]).toEqual(['111-2038847-6621930', 'B09WX3J6TQ', 3]);
  });
});

describe('feedback survives DOM drift', () => {
  it('with the col_* classes renamed', () => {
    const s = variant('us-feedback-manager.html', renameClasses);
    expect(s.kind === 'feedback' && s.rows.map((r) => [r.rating, r.orderId])[0]).toEqual([1, '112-3385012-7749236']);
    expect(s.kind === 'feedback' && s.rows[0]!.comment).toContain('broke after a week');
  });
});
