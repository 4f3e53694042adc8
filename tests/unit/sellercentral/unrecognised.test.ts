// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFeedback, readOrder, readOrderList, readPage, readThread } from '@/lib/sellercentral';
import { loadFixture, parseHtml } from './load-fixture';

const reasonOf = (s: { kind: string; reason?: string }) => (s.kind === 'unrecognised' ? s.reason : `read as ${s.kind}`);

describe('pages that are not read', () => {
  it('a Seller Central page of no known kind (the dashboard, which mentions order ids)', () => {
    const { doc, url } = loadFixture('sc-dashboard.html');
    expect(reasonOf(readPage(doc, url))).toMatch(/Seller Central page .*\(\/home\).*not a message thread, order/);
  });

  it('a page outside Seller Central, even one that looks like it', () => {
    const { doc, url } = loadFixture('not-seller-central.html');
    expect(reasonOf(readPage(doc, url))).toBe('not a Seller Central page (example.com)');
    const thread = loadFixture('jp-thread-cancel.html').doc;
    expect(reasonOf(readPage(thread, 'https://sellercentral-japan.amazon.com.evil.example/messaging/inbox-v3'))).toMatch(/not a Seller Central page/);
    expect(reasonOf(readPage(thread, 'http://sellercentral-japan.amazon.com/messaging/inbox-v3'))).toMatch(/not a Seller Central page/);
  });

  it('a URL that is not a URL', () => {
    expect(reasonOf(readPage(parseHtml(''), 'not a url'))).toMatch(/not a valid URL/);
    expect(reasonOf(readPage(parseHtml(''), ''))).toMatch(/not a valid URL/);
  });

  it('empty pages of every kind, each with its own reason', () => {
    const empty = parseHtml('<html><body></body></html>');
    expect(reasonOf(readPage(empty, 'https://sellercentral.amazon.com/messaging/inbox-v3'))).toMatch(/no open message thread/);
    expect(reasonOf(readPage(empty, 'https://sellercentral.amazon.com/orders-v3/order/113-6094428-1175442'))).toMatch(/order 113-6094428-1175442: no order date, status or items/);
    expect(reasonOf(readPage(empty, 'https://sellercentral.amazon.com/orders-v3?page=1'))).toMatch(/no order rows/);
    expect(reasonOf(readPage(empty, 'https://sellercentral.amazon.com/feedback-manager/index.html'))).toMatch(/no feedback rows/);
  });

  it('each reader refuses a page of another kind', () => {
    const { doc } = loadFixture('jp-orders-pending-list.html');
    const listUrl = 'https://sellercentral-japan.amazon.com/orders-v3/mfn/pending?page=1';
    expect(readOrderList(doc, listUrl).kind).toBe('orderList');
    expect(reasonOf(readOrder(doc, listUrl))).toMatch(/not an order detail page/);
    expect(reasonOf(readThread(doc, listUrl))).toMatch(/not a messaging page/);
    expect(reasonOf(readFeedback(doc, listUrl))).toMatch(/not the feedback manager/);
  });
});

describe('hostile and odd message content', () => {
  const threadPage = (body: string) =>
    parseHtml(`<section data-test-id="thread-view"><h2 data-test-id="thread-subject">Inquiry from Amazon customer Ann (Order: 111-1111111-1111111)</h2>
      <div data-test-id="thread-message"><span data-test-id="message-sender">Ann (Buyer)</span><time datetime="2026-11-20T10:00:00Z">Nov 20, 2026 2:00 AM PST</time>
      <div data-test-id="message-body">${body}</div></div><textarea></textarea></section>`);
  const url = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=11111111-2222-3333-4444-555555555555';

  it('keeps only the text of HTML and scripts inside a message', () => {
    const s = readPage(threadPage('Hi <b>there</b><script>alert(1)</script><img src=x onerror="alert(2)"> 🙂 注文 ok'), url);
    expect(s.kind === 'thread' && s.latestBuyerMessage?.body).toBe('Hi there 🙂 注文 ok');
  });

  it('reads a 50 KB message whole', () => {
    const long = 'Lorem ipsum dolor sit amet. '.repeat(1800);
    const s = readPage(threadPage(long), url);
    expect(s.kind === 'thread' && s.latestBuyerMessage?.body.length).toBe(long.trim().length);
  });
});
