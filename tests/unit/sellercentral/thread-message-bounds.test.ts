// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import type { PageSnapshot } from '@/lib/sellercentral/types';
import { parseHtml } from './load-fixture';

/**
 * Pages with no message markup the reader knows (no data-test-id, classes that say nothing): a message is found from
 * its time, and must stop where the message stops. Whatever it cannot bound it reports, instead of reading the
 * page — a case list beside the thread names other buyers and their orders.
 */

const CASE_URL = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=5d0c2a8e-1f4b-4c7a-9e3d-2b6f8a1c0e97';
const read = (body: string, url = CASE_URL): PageSnapshot => readPage(parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`), url);

/** Another buyer's case in the list beside the thread: none of this may end up in the open thread. */
const OTHER_CASE = '<div class="q1"><div class="q2"><b>Priya Natarajan</b><div>Order 114-7730192-5584031: the lid is cracked</div></div></div>';
const MESSAGE =
  '<div class="r1"><div class="r2"><span class="r3">Tomás Alvarez</span> · <time datetime="2026-11-21T17:40:00Z">Nov 21, 2026 9:40 AM</time></div>' +
  '<div class="r4"><p>Hi, can the bottle go in the dishwasher?</p><p>Tomás</p></div></div>';
const ORDER_PANEL = '<div class="p1"><div>Order ID: 113-2650471-9083316</div><div>ASIN: B0DKQ4W7ZP</div></div>';

describe('a message found around its time, on a page without thread markup', () => {
  it('stops beside the reply box: the message is read, the case list and the order panel are not', () => {
    const s = read(`<div class="z">${OTHER_CASE}<div class="t">${MESSAGE}<textarea></textarea></div>${ORDER_PANEL}</div>`);
    expect(s.kind).toBe('thread');
    if (s.kind !== 'thread') return;
    expect(s.messages).toHaveLength(1);
    expect(s.latestBuyerMessage?.body).toBe('Hi, can the bottle go in the dishwasher?\n\nTomás');
    expect(s.orderId).toBe('113-2650471-9083316');
  });

  it('stops at a list item: one message of a list', () => {
    const s = read(`<div class="z">${OTHER_CASE}<ol><li>${MESSAGE}</li></ol>${ORDER_PANEL}</div>`);
    expect(s.kind === 'thread' && s.latestBuyerMessage?.body).toBe('Hi, can the bottle go in the dishwasher?\n\nTomás');
  });

  it('stops before a region showing a second order (the case list beside it)', () => {
    const s = read(`<div class="z">${OTHER_CASE}<div class="t">${MESSAGE}</div>${ORDER_PANEL}</div>`);
    expect(s.kind).toBe('thread');
    if (s.kind !== 'thread') return;
    expect(s.latestBuyerMessage?.body).toBe('Hi, can the bottle go in the dishwasher?\n\nTomás');
    expect(JSON.stringify(s)).not.toMatch(/Priya|lid is cracked|114-7730192-5584031/);
  });

  it('stops below the thread heading: the subject is the heading beside the messages, not the page title', () => {
    const s = read(
      `<h1>Buyer-Seller Messages</h1><div class="z">${OTHER_CASE}<div class="t"><h2>Inquiry from Amazon customer Tomás Alvarez</h2>${MESSAGE}</div></div>`,
    );
    expect(s.kind).toBe('thread');
    if (s.kind !== 'thread') return;
    expect(s.subject).toBe('Inquiry from Amazon customer Tomás Alvarez');
    expect(s.buyerName).toBe('Tomás Alvarez');
    expect(s.latestBuyerMessage?.body).toBe('Hi, can the bottle go in the dishwasher?\n\nTomás');
  });

  it('says so when nothing bounds the message, instead of reading the whole page as it', () => {
    const otherCaseWithoutOrder = '<div class="q1"><b>Priya Natarajan</b><div>the lid is cracked</div></div>';
    const s = read(`<div class="z">${otherCaseWithoutOrder}<div class="t">${MESSAGE}</div>${ORDER_PANEL}</div>`);
    expect(s.kind).toBe('unrecognised');
    expect(s.kind === 'unrecognised' && s.reason).toMatch(
      /^the message dated "Nov 21, 2026 9:40 AM" cannot be told apart from the rest of the page .* on \/messaging\/inbox-v3/,
    );
  });

  it('reads BEM class names: message__time as the time, message__body as the body, message--outgoing as the seller', () => {
    const s = read(
      `<section><ol>` +
        `<li class="message message--incoming"><span class="message__time">Nov 21, 2026 9:40 AM</span><div class="message__body">Is it dishwasher safe?</div><div class="message__actions"><button>Translate</button></div></li>` +
        `<li class="message message--outgoing"><span class="message__time">Nov 21, 2026 10:05 AM</span><div class="message__body">Yes, top rack.</div></li>` +
        `</ol><textarea></textarea></section>${ORDER_PANEL}`,
    );
    expect(s.kind).toBe('thread');
    if (s.kind !== 'thread') return;
    expect(s.messages.map((m) => [m.sender, m.timeText, m.body])).toEqual([
      ['buyer', 'Nov 21, 2026 9:40 AM', 'Is it dishwasher safe?'],
      ['seller', 'Nov 21, 2026 10:05 AM', 'Yes, top rack.'],
    ]);
  });
});

describe('a thread page with no message to read', () => {
  it('is unrecognised with the reason, even with a reply box and an order id (the panel offers manual mode)', () => {
    const s = read(`<div>Jonas Becker · 22.11.2026 09:41</div><p>Die Kanne ist zerbrochen.</p><textarea></textarea>${ORDER_PANEL}`);
    expect(s.kind).toBe('unrecognised');
    expect(s.kind === 'unrecognised' && s.reason).toMatch(/^no message found in the open thread on \/messaging\/inbox-v3.*: its message markup was not recognised$/);
  });

  it('is a thread on the contact-buyer page, where the seller writes first', () => {
    const url = 'https://sellercentral.amazon.com/messaging/contact?orderID=113-2650471-9083316&marketplaceID=ATVPDKIKX0DER';
    const s = read(`<h1>Contact buyer</h1><textarea></textarea>${ORDER_PANEL}`, url);
    expect(s).toMatchObject({ kind: 'thread', orderId: '113-2650471-9083316', messages: [], latestBuyerMessage: null, replyBoxFound: true });
  });
});
