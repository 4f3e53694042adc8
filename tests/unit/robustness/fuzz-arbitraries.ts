/**
 * Random input for the fuzz tests: HTML pages, Seller Central URLs and text. The generators mix pure noise with the
 * things the readers and checkers look for (order ids, ASINs, labels, dates, links), so the random input reaches the
 * code paths that parse those things instead of being rejected at the first test.
 *
 * fast-check 4 spells the old fc.fullUnicodeString as fc.string({ unit: 'binary' }) (every code point, astral ones
 * included); it never yields lone surrogates, so those are mixed in on purpose.
 */
import fc from 'fast-check';
import { SELLER_CENTRAL_HOSTS } from '@/lib/sellercentral/hosts';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const upperAlnum = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: n, maxLength: n });

export const orderIdLike = fc.oneof(
  fc.tuple(digits(3), digits(7), digits(7)).map(([a, b, c]) => `${a}-${b}-${c}`),
  // Near misses: wrong group lengths, full-width digits, glued to other digits.
  fc.tuple(digits(3), digits(6), digits(8)).map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.tuple(digits(3), digits(7), digits(7)).map(([a, b, c]) => `${a}-${b}-${c}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
  fc.tuple(digits(4), digits(7), digits(8)).map(([a, b, c]) => `${a}-${b}-${c}`),
);

export const asinLike = fc.oneof(
  upperAlnum(8).map((s) => `B0${s}`),
  upperAlnum(10).map((s) => `ASIN: ${s}`),
  upperAlnum(10).map((s) => `ASIN：${s}`),
  upperAlnum(9).map((s) => `B0${s}`), // one too long
);

const uuid = fc.uuid();

/** Special characters that break naive text handling. */
export const NASTY = [
  '😀', '👩‍👩‍👧', '🇯🇵', '\u202E', '\u202D', '\u2066', '\u2069', '\u200F', '\u200B', '\uFEFF', '\u00AD', '\u0301',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\u2028', '\u2029', '\u0085', '\t', '\r\n', '\r',
  'مرحبا بكم', 'שלום', 'Привет', '你好', 'こんにちは', 'ｺﾝﾋﾞﾆ', 'Ｗｗｗ．', '①', 'ß', 'İ',
] as const;

/** Words the page readers look for. */
const PAGE_WORDS = [
  '注文番号:', '注文番号', '数量', '数量: 3', 'Qty: 2', 'SKU: X-1', 'SKU:', 'Quantity', 'Buyer', 'Buyer:', '購入者', '購入者名:',
  'Seller', 'Amazon', '(Käufer)', '（購入者）', '様からのお問い合わせ', 'Inquiry from Amazon customer ', 'Order ID:',
  '2026年11月22日 14:03', 'Nov 21, 2026 9:12 PM', '22.11.2026 09:41', '22 nov. 2026 à 10:05', '2026/11/22 13:41',
  '5 つ星のうち 1', '4 out of 5', 'コンビニ払い', 'Cash on delivery', '保留中', 'Pending', 'Unshipped', 'Shipped',
  'Response needed', '要返信', 'No response needed', '返信不要としてマーク', 'Responded', 'Fulfilled by Amazon',
  'Begin message', 'End message', 'Payment method:', '支払い方法：', '&amp;', '&#0;', '&lt;script&gt;', '<', '>', '"',
] as const;

export const textPiece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 2, arbitrary: orderIdLike },
  { weight: 2, arbitrary: asinLike },
  { weight: 3, arbitrary: fc.constantFrom(...PAGE_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
);

export const pageText = fc.array(textPiece, { maxLength: 6 }).map((parts) => parts.join(' '));

const TAGS = [
  'div', 'div', 'span', 'p', 'section', 'main', 'article', 'header', 'aside', 'nav', 'footer', 'h1', 'h2', 'h3',
  'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'b', 'a', 'time', 'button',
  'textarea', 'slot', 'template', 'template', 'script', 'style', 'svg', 'kat-badge', 'kat-button', 'kat-link',
  'kat-textarea', 'kat-table', 'kat-table-body', 'kat-table-head', 'kat-table-row', 'kat-table-cell',
  'kat-star-rating', 'kat-box', 'kat-date', 'kat-label', 'x-unknown-widget',
] as const;
const VOID_TAGS = ['br', 'img', 'input', 'hr'] as const;

const CLASS_HINTS = [
  'message', 'message-body', 'messageBody', 'message-text', 'sender', 'author', 'from', 'timestamp', 'message-time',
  'thread-view', 'case-detail', 'case-list', 'order-context', 'subject', 'badge', 'status', 'buyer-name', 'main-status',
  'a-keyvalue', 'myo-list-orders-product-name-cell', 'quantity-cell', 'cell-body-title', 'fbm-content', 'col_order_id',
  'col_comments', 'col_feedback_rating', 'col_order_date', 'incoming', 'outgoing', 'system', '_x7q', 'message__body',
] as const;
const TEST_IDS = [
  'thread-view', 'case-list', 'thread-message', 'message-body', 'message-sender', 'message-time', 'thread-subject',
  'buyer-name', 'order-id', 'asin', 'order-context', 'response-status', 'no-response-needed', 'reply-textarea',
  'order-id-value', 'order-summary-purchase-date-value', 'order-summary-payment-method-value', 'item-status-cell',
  'order-items', 'marketplace-switcher', 'feedback', 'rating',
] as const;

const attrValue = fc.oneof(
  fc.constantFrom('', 'open', 'closed', 'buyer', 'seller', 'amazon', 'true', 'main', 'listbox', 'button', '4', '1.0'),
  pageText,
  orderIdLike.map((id) => `/orders-v3/order/${id}`),
  asinLike.map((a) => `https://www.amazon.co.jp/dp/${a.replace(/^ASIN[:：] /, '')}`),
  fc.constantFrom('/messaging/no-response-needed?x=1', 'javascript:alert(1)', '2026-11-22T05:03:00Z', 'not a date', '9999-99-99T99:99Z'),
);

const attribute = fc.oneof(
  fc.array(fc.constantFrom(...CLASS_HINTS), { minLength: 1, maxLength: 3 }).map((cs) => ['class', cs.join(' ')] as const),
  fc.constantFrom(...TEST_IDS).map((id) => ['data-test-id', id] as const),
  fc.tuple(
    fc.constantFrom('role', 'datetime', 'href', 'label', 'value', 'text', 'header', 'rating', 'aria-label', 'title',
      'data-sender', 'data-author-role', 'data-case-id', 'slot', 'name', 'shadowrootmode', 'contenteditable', 'id',
      'hidden', 'aria-hidden', 'data-fuzz-shadow'),
    attrValue,
  ),
);

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const renderAttrs = (attrs: readonly (readonly [string, string])[]) => attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');

/**
 * A message the way the thread reader finds one without markup it knows (a time and text in a list item), with random
 * sender, time and body: random nesting alone almost never builds one, and a thread page without a readable message
 * is (rightly) not recognised, so without these the fuzzing would hardly reach the message reader.
 */
const messageLike = fc
  .tuple(
    fc.constantFrom('', ' data-test-id="thread-message"', ' class="message message--incoming"', ' class="_x7q"'),
    pageText,
    fc.oneof(pageText, fc.constantFrom('2026年11月22日 14:03', 'Nov 21, 2026 9:12 PM', '22.11.2026 09:41')),
    fc.constantFrom('2026-11-22T05:03:00Z', 'not a date', ''),
    pageText,
  )
  .map(([attrs, sender, time, datetime, body]) =>
    `<ol><li${attrs}><span class="sender">${sender}</span><time datetime="${datetime}">${time}</time><p>${body}</p></li></ol>`);

/** A random HTML fragment: nested elements (KAT components and declarative shadow templates among them) and text. */
export const { fragment } = fc.letrec<{ fragment: string; element: string }>((tie) => ({
  fragment: fc.oneof({ depthSize: 'small' }, pageText, fc.array(tie('element'), { maxLength: 4 }).map((els) => els.join(''))),
  element: fc.oneof(
    { depthSize: 'small' },
    messageLike,
    fc.tuple(fc.constantFrom(...VOID_TAGS), fc.array(attribute, { maxLength: 2 })).map(([tag, attrs]) => `<${tag}${renderAttrs(attrs)}>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('fragment'), { maxLength: 4 }))
      .map(([tag, attrs, children]) => {
        const withMode = tag === 'template' && !attrs.some(([k]) => k === 'shadowrootmode') ? [...attrs, ['shadowrootmode', 'open'] as const] : attrs;
        return `<${tag}${renderAttrs(withMode)}>${children.join('')}</${tag}>`;
      }),
  ),
}));

/** A whole page, sometimes with Seller Central's chrome around the random part. */
export const randomPage = fc
  .tuple(fc.array(fragment, { maxLength: 5 }), fc.boolean(), pageText)
  .map(([parts, chrome, title]) => {
    const body = parts.join('');
    const content = chrome
      ? `<div id="sc-top-nav"><nav>${title}</nav></div><div id="sc-content-container">${body}</div><footer>${title}</footer>`
      : body;
    return `<!DOCTYPE html><html><head><title>${title}</title></head><body>${content}</body></html>`;
  });

const PATHS = [
  '/messaging/inbox-v3', '/messaging/inbox', '/messaging/contact', '/gp/communication-manager/inbox.html', '/orders-v3',
  '/orders-v3/mfn/pending', '/orders-v3/fba/all', '/feedback-manager/index.html', '/home', '/', '/orders-v3/order/',
] as const;

const scPath = fc.oneof(
  fc.constantFrom(...PATHS),
  orderIdLike.map((id) => `/orders-v3/order/${id}`),
  fc.webPath(),
);
const scQuery = fc.oneof(
  fc.constant(''),
  fc.tuple(uuid, uuid).map(([a, b]) => `?fi=caseId&ss=${a}&cc=${b}`),
  orderIdLike.map((id) => `?fi=search&ss=${encodeURIComponent(id)}`),
  orderIdLike.map((id) => `?orderID=${encodeURIComponent(id)}&marketplaceID=A1VC38T7YXB528`),
  fc.webQueryParameters().map((q) => `?${q}`),
  fc.webFragments().map((f) => `#${f}`),
);

/** Mostly Seller Central URLs of every marketplace; sometimes another site, plain http or not a URL at all. */
export const sellerCentralUrl = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(SELLER_CENTRAL_HOSTS)), scPath, scQuery).map(([h, p, q]) => `https://${h}${p}${q}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('example.com', 'sellercentral.amazon.com.evil.example', 'SELLERCENTRAL.AMAZON.COM'), scPath).map(([h, p]) => `https://${h}${p}`) },
  { weight: 1, arbitrary: scPath.map((p) => `http://sellercentral.amazon.com${p}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Text for the classifier and the checkers: 0–60 KB, from noise, words they look for and long repeated runs. */
export function bigText(words: readonly string[], maxBytes = 60 * 1024) {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: orderIdLike },
  );
  const mixed = fc
    .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom(' ', '', '\n'))
    .map(([parts, separator]) => parts.join(separator));
  // A short mixed chunk repeated up to the size wanted; the cut may split a surrogate pair, which is the point.
  const repeated = fc.tuple(mixed.filter((s) => s.length > 0), fc.integer({ min: 0, max: maxBytes })).map(([chunk, size]) =>
    chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size),
  );
  return fc.oneof({ weight: 3, arbitrary: mixed }, { weight: 1, arbitrary: repeated });
}
