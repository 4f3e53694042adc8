// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPage, readThread } from '@/lib/sellercentral';
import type { PageSnapshot, ThreadSnapshot } from '@/lib/sellercentral/types';
import { loadFixture } from './load-fixture';

function thread(file: string): ThreadSnapshot {
  const { doc, url } = loadFixture(file);
  const snapshot: PageSnapshot = readPage(doc, url);
  if (snapshot.kind !== 'thread') throw new Error(`${file}: expected a thread, got ${JSON.stringify(snapshot)}`);
  return snapshot;
}

describe('thread reader on the sample pages', () => {
  it('reads a Japanese free-text cancellation inside a 様からのお問い合わせ case', () => {
    const t = thread('jp-thread-cancel.html');
    expect(t.marketplace).toBe('JP');
    expect(t.threadId).toBe('3f6b2c1e-8a4d-4e5f-9b7a-2c1d0e9f8a7b');
    expect(t.orderId).toBe('250-3817462-5091834');
    expect(t.asins).toEqual(['B0CJK7Q2MZ']);
    expect(t.buyerName).toBe('佐藤 美咲');
    expect(t.subject).toBe('佐藤 美咲様からのお問い合わせ（注文番号: 250-3817462-5091834）');
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ sender: 'buyer', time: '2026-11-22T05:03:00.000Z', timeText: '2026年11月22日(日) 14:03 JST' });
    expect(t.latestBuyerMessage?.body).toContain('キャンセルしていただけますでしょうか');
    // Paragraphs survive as blank lines; the Translate/Report buttons beside the message are not part of it.
    expect(t.latestBuyerMessage?.body).toMatch(/^いつもお世話になっております。\n\n先ほど/);
    expect(t.latestBuyerMessage?.body).not.toMatch(/翻訳|報告/);
    expect(t.replyBoxFound).toBe(true);
    expect(t.responseNeeded).toBe(true);
  });

  it('ignores the case list beside the thread (other buyers, other order ids)', () => {
    const t = thread('jp-thread-cancel.html');
    const text = JSON.stringify(t);
    expect(text).not.toContain('249-5530198-4471620');
    expect(text).not.toContain('田中 一郎');
  });

  it('reads the US "ship to Indonesia" request with its PST time', () => {
    const t = thread('us-thread-indonesia.html');
    expect(t).toMatchObject({
      marketplace: 'US',
      threadId: 'a1c9e7d2-5b64-4f08-9d3e-7c2b1a0f6e58',
      orderId: '114-5820391-7746203',
      asins: ['B0C6N3XKQP'],
      buyerName: 'Daniel Kim',
      replyBoxFound: true,
      responseNeeded: true,
    });
    expect(t.latestBuyerMessage).toMatchObject({ sender: 'buyer', time: '2026-11-20T21:15:00.000Z' });
    expect(t.latestBuyerMessage?.body).toContain('Jakarta, Indonesia');
    expect(JSON.stringify(t)).not.toContain('111-7730412-2289514'); // the case list's snippet
  });

  it('reads the German damaged-item thread, its time given only as text in Berlin time', () => {
    const t = thread('de-thread-damaged.html');
    expect(t).toMatchObject({ marketplace: 'DE', orderId: '302-6612087-4410953', buyerName: 'Jonas Becker', responseNeeded: true, replyBoxFound: true });
    expect(t.asins).toEqual(['B09QXK4T7R']);
    expect(t.messages[0]).toMatchObject({ sender: 'buyer', timeText: '22.11.2026 09:41', time: '2026-11-22T08:41:00.000Z' });
    expect(t.latestBuyerMessage?.body).toContain('Glaskanne beim Versand zerbrochen');
  });

  it('takes the marketplace of a pan-European page from the switcher (France) and reads the French time', () => {
    const t = thread('fr-thread-delivery.html');
    expect(t.marketplace).toBe('FR');
    expect(t.orderId).toBe('171-4478203-9915326');
    expect(t.buyerName).toBe('Camille Dubois');
    expect(t.messages[0]).toMatchObject({ sender: 'buyer', timeText: '22 nov. 2026 18:27', time: '2026-11-22T17:27:00.000Z' });
    expect(t.latestBuyerMessage?.body).toContain('où se trouve mon colis');
  });

  it('tells the buyer and the seller apart, oldest first, and sees the thread as answered', () => {
    const t = thread('us-thread-answered.html');
    expect(t.messages.map((m) => [m.sender, m.time])).toEqual([
      ['buyer', '2026-11-19T18:12:00.000Z'],
      ['seller', '2026-11-19T23:40:00.000Z'],
    ]);
    expect(t.latestBuyerMessage?.body).toContain('wall mounting kit');
    expect(t.responseNeeded).toBe(false);
  });

  it("reads Amazon's own cancellation request as sent by Amazon, with no buyer message", () => {
    const t = thread('jp-thread-system-cancel.html');
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]!.sender).toBe('amazon');
    expect(t.messages[0]!.body).toContain('キャンセルリクエスト');
    expect(t.latestBuyerMessage).toBeNull();
    expect(t.orderId).toBe('503-2098174-6653028');
    expect(t.asins).toEqual(['B0BZT8WQ4L']);
    expect(t.buyerName).toBe('鈴木 健太');
    expect(t.subject).toContain('注文キャンセルリクエスト');
  });

  it('finds the order id inside the message text when the page has no data-test-id at all', () => {
    const t = thread('us-thread-order-in-text.html');
    expect(t.orderId).toBe('113-4928371-6650127');
    expect(t.threadId).toBeNull();
    expect(t.buyerName).toBe('Marcus Reed');
    expect(t.messages.map((m) => m.sender)).toEqual(['buyer', 'buyer']);
    expect(t.messages[0]!.time).toBe('2026-11-22T05:12:00.000Z'); // Nov 21 9:12 PM in Los Angeles
    expect(t.messages[0]!.body.startsWith('Hello,')).toBe(true); // the "Marcus Reed · time" header is not body
    expect(t.latestBuyerMessage?.body).toBe('Just checked again, the cable is definitely not there. Photo attached.');
    expect(t.replyBoxFound).toBe(true); // contenteditable editor
    expect(t.responseNeeded).toBeNull();
    expect(JSON.stringify(t)).not.toContain('113-2208841-5530187'); // conversation list snippet
  });

  it('answers readThread on a non-messaging page with a reason instead of a guess', () => {
    const { doc } = loadFixture('jp-thread-cancel.html');
    const result = readThread(doc, 'https://sellercentral-japan.amazon.com/orders-v3/order/250-3817462-5091834');
    expect(result).toMatchObject({ kind: 'unrecognised' });
  });

  it('answers "no open thread" for the inbox with nothing opened', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1>購入者とのメッセージ</h1><div data-test-id="case-list"><p>佐藤 美咲 250-3817462-5091834</p></div><p>スレッドを選択してください</p></main>',
      'text/html',
    );
    const result = readPage(doc, 'https://sellercentral-japan.amazon.com/messaging/inbox-v3');
    expect(result.kind).toBe('unrecognised');
    expect(result.kind === 'unrecognised' && result.reason).toMatch(/no open message thread on \/messaging\/inbox-v3/);
  });
});
