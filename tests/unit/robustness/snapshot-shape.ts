import type { PageSnapshot, ThreadMessage } from '@/lib/sellercentral/types';

/**
 * What a PageSnapshot promises its consumers (types.ts), checked at run time on untyped reality: the problems found,
 * as sentences (empty: the snapshot keeps every promise). The readers' own "could not be read" fallback counts as a
 * problem: it means a reader threw and only readPage's safety net kept the result valid.
 */
export function snapshotProblems(s: PageSnapshot, url: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const str = (v: unknown) => typeof v === 'string';
  const strOrNull = (v: unknown) => v === null || typeof v === 'string';
  const isoOrNull = (v: unknown) => v === null || isIso(v);
  const orderId = (v: unknown) => typeof v === 'string' && /^\d{3}-\d{7}-\d{7}$/.test(v);
  const asinOrNull = (v: unknown) => v === null || (typeof v === 'string' && /^[0-9A-Z]{10}$/.test(v));
  const oneOf = (v: unknown, values: readonly unknown[]) => values.includes(v);
  const quantity = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
  const STATUSES = ['pending', 'unshipped', 'shipped', 'canceled', 'delivered', 'returned', 'unknown'];
  const FULFILMENT = ['FBA', 'MFN', null];
  const PAYMENT = ['konbini', 'cod', 'card', 'other', null];

  let roundTrip: unknown;
  try {
    roundTrip = JSON.parse(JSON.stringify(s));
  } catch (error) {
    return [`not JSON-serialisable: ${String(error)}`];
  }
  // Deep equality after the round trip catches undefined fields, NaN, Dates, DOM nodes and other non-JSON values.
  check(isDeepEqual(roundTrip, s), 'changes in a JSON round trip (undefined, NaN, a Date or an object that is not plain data)');
  check(s.url === url, 'url is not the URL given');

  switch (s.kind) {
    case 'unrecognised':
      check(str(s.reason) && s.reason.trim() !== '', 'unrecognised without a reason');
      check(!s.reason.startsWith('the page could not be read'), `a reader threw: ${s.reason}`);
      break;
    case 'thread': {
      check(s.threadId === null || /^[0-9a-f-]{36}$/.test(s.threadId), `threadId ${s.threadId}`);
      check(s.orderId === null || orderId(s.orderId), `orderId ${s.orderId}`);
      check(Array.isArray(s.asins) && s.asins.every((a) => asinOrNull(a) && a !== null), `asins ${JSON.stringify(s.asins)}`);
      check(strOrNull(s.buyerName) && strOrNull(s.subject), 'buyerName/subject not string|null');
      check(Array.isArray(s.messages), 'messages not an array');
      for (const m of s.messages) problems.push(...messageProblems(m));
      check(
        s.latestBuyerMessage === null || (s.latestBuyerMessage.sender === 'buyer' && s.messages.some((m) => isDeepEqual(m, s.latestBuyerMessage))),
        'latestBuyerMessage is not one of the buyer messages',
      );
      check(typeof s.replyBoxFound === 'boolean', 'replyBoxFound not boolean');
      check(s.responseNeeded === null || typeof s.responseNeeded === 'boolean', 'responseNeeded not boolean|null');
      break;
    }
    case 'order':
      check(orderId(s.orderId), `orderId ${s.orderId}`);
      check(isoOrNull(s.orderDate) && isoOrNull(s.shipBy), 'orderDate/shipBy not ISO|null');
      check(oneOf(s.status, STATUSES) && oneOf(s.fulfilment, FULFILMENT) && oneOf(s.paymentKind, PAYMENT), 'status/fulfilment/paymentKind out of range');
      for (const v of [s.orderDateText, s.statusText, s.shipByText, s.shipToCountry, s.buyerName, s.paymentMethod, s.buyerRequestedCancel]) {
        check(strOrNull(v), 'a text field is not string|null');
      }
      check(Array.isArray(s.items), 'items not an array');
      for (const item of s.items) {
        check(asinOrNull(item.asin) && strOrNull(item.sku) && strOrNull(item.title) && quantity(item.quantity), `item ${JSON.stringify(item)}`);
      }
      break;
    case 'orderList':
      check(s.rows.length > 0, 'an order list with no rows (should be unrecognised)');
      for (const r of s.rows) {
        check(orderId(r.orderId) && isoOrNull(r.orderDate) && oneOf(r.status, STATUSES) && asinOrNull(r.asin), `row ${JSON.stringify(r)}`);
        check(quantity(r.quantity) && oneOf(r.fulfilment, FULFILMENT) && oneOf(r.paymentKind, PAYMENT), `row ${JSON.stringify(r)}`);
      }
      check(new Set(s.rows.map((r) => r.orderId)).size === s.rows.length, 'an order listed twice');
      break;
    case 'feedback':
      check(s.rows.length > 0, 'feedback with no rows (should be unrecognised)');
      for (const r of s.rows) {
        check(orderId(r.orderId) && isoOrNull(r.date) && strOrNull(r.dateText) && str(r.comment), `row ${JSON.stringify(r)}`);
        check(r.rating === null || (Number.isInteger(r.rating) && r.rating >= 1 && r.rating <= 5), `rating ${r.rating}`);
      }
      break;
    default:
      problems.push(`kind ${(s as { kind: unknown }).kind} is not in the PageSnapshot union`);
  }
  if (s.kind !== 'unrecognised') check(strOrNull(s.marketplace), 'marketplace not string|null');
  return problems;
}

function messageProblems(m: ThreadMessage): string[] {
  const problems: string[] = [];
  if (!['buyer', 'seller', 'amazon'].includes(m.sender)) problems.push(`sender ${m.sender}`);
  if (!(m.time === null || isIso(m.time))) problems.push(`time ${m.time}`);
  if (!(m.timeText === null || typeof m.timeText === 'string')) problems.push('timeText not string|null');
  if (typeof m.body !== 'string' || m.body.trim() === '') problems.push('a message with an empty body');
  return problems;
}

/** An ISO 8601 UTC string as Date#toISOString writes it. */
function isIso(v: unknown): boolean {
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype && !Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
