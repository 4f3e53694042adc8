// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, classify } from '@/lib/classify';
import { REMOVAL_BLOCKERS, REMOVAL_GROUNDS, checkFeedback, isRemovalGround } from '@/lib/feedback/removal';
import { parseOrderReport } from '@/lib/holds';
import { POLICY_RULES, POLICY_SCAN_LIMIT, checkPolicy, checkPolicyReport } from '@/lib/replies';
import { readPage } from '@/lib/sellercentral';
import { asinLike, bigText, fragment, NASTY, orderIdLike, randomPage, sellerCentralUrl } from './fuzz-arbitraries';
import { loadFixture } from '../sellercentral/load-fixture';
import { snapshotProblems } from './snapshot-shape';

/**
 * Property tests over random input: the readers, the classifier, the policy and feedback checks and the order report
 * parser never throw, always answer in their documented shape, and stay within a time cap. The caps are generous
 * (jsdom on a shared 2-core machine) so they cannot flake; the real speed targets live in `npm run bench`.
 * The run counts keep this file to a few seconds.
 */

/** Generous per-call caps: an order of magnitude above what is measured, far below a runaway regex or loop. */
const READ_CAP_MS = 200;
const CLASSIFY_CAP_MS = 250;
/** The checkers scan the whole text (up to their 100,000-unit limits): ~20–140 ms for 60 KB in plain Node. */
const CHECK_CAP_MS = 1000;
const MB_CAP_MS = 2000;

const slowest: Record<string, number> = {};
function timed<T>(label: string, work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  slowest[label] = Math.max(slowest[label] ?? 0, ms);
  return { result, ms };
}
beforeAll(() => {
  // The first call of each compiles its regex tables (a few hundred ms when the machine is busy): a one-off cost of
  // loading, not of the input, so it is paid before anything is timed.
  const { doc, url } = loadFixture('jp-thread-cancel.html');
  readPage(doc, url);
  classify({ subject: 'Warm up', body: 'Please cancel my order. キャンセルしてください。' });
  checkPolicy('Visit www.example.com, mail a@b.jp or call +81 90-1234-5678 and leave a review.');
  checkFeedback({ rating: 1, comment: 'Arrived broken and the seller never replied. 壊れていました。', fulfillment: 'FBA' });
  parseOrderReport(new TextEncoder().encode('amazon-order-id\tpurchase-date\torder-status\tquantity\tasin\n'));
});
afterAll(() => {
  // The maxima seen, for the figures (printed, not asserted beyond the caps above).
  console.info(`fuzz: slowest call per area (ms): ${JSON.stringify(Object.fromEntries(Object.entries(slowest).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`);
});

/** Lone surrogates are what a cut in the middle of an emoji leaves; no offset may point between a pair's halves. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]!) && /[\uDC00-\uDFFF]/.test(text[at]!);

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Some hosts get an attached (not declarative) open shadow root holding their children, as a framework would do. */
function attachMarkedShadowRoots(doc: Document) {
  for (const el of Array.from(doc.querySelectorAll('[data-fuzz-shadow]'))) {
    try {
      const root = el.attachShadow({ mode: 'open' });
      root.append(...Array.from(el.childNodes));
    } catch {
      // Not every element may host a shadow root (a, td, …); the browser refuses them too.
    }
  }
}

describe('the snapshot shape check used below', () => {
  it('accepts a real snapshot and names what is wrong with broken ones', () => {
    const { doc, url } = loadFixture('us-order-mfn-unshipped.html');
    const good = readPage(doc, url);
    expect(good.kind).toBe('order');
    expect(snapshotProblems(good, url)).toEqual([]);
    const broken = (s: unknown) => snapshotProblems(s as never, url);
    expect(broken({ kind: 'unrecognised', url, reason: 'the page could not be read: boom' })).toEqual(['a reader threw: the page could not be read: boom']);
    expect(broken({ kind: 'unrecognised', url, reason: ' ' })).toEqual(['unrecognised without a reason']);
    expect(broken({ ...good, orderId: '250-3817462' })).toEqual(['orderId 250-3817462']);
    expect(broken({ ...good, buyerName: undefined }).join()).toMatch(/round trip/);
    expect(broken({ ...good, kind: 'dashboard' })).toEqual(['kind dashboard is not in the PageSnapshot union']);
    expect(broken({ ...good, url: 'https://example.com/' })).toEqual(['url is not the URL given']);
  });
});

describe('readPage on random HTML and URLs', () => {
  it('never throws, answers a valid JSON snapshot and stays under the time cap', () => {
    fc.assert(
      fc.property(randomPage, sellerCentralUrl, (html, url) => {
        const doc = parse(html);
        attachMarkedShadowRoots(doc);
        const { result, ms } = timed('readPage', () => readPage(doc, url));
        expect(snapshotProblems(result, url)).toEqual([]);
        expect(ms).toBeLessThan(READ_CAP_MS);
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  it('on every reader: random content under a thread, order, order list and feedback URL', () => {
    const readerUrl = fc.constantFrom(
      'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=3f6b2c1e-8a4d-4e5f-9b7a-2c1d0e9f8a7b',
      'https://sellercentral-japan.amazon.com/messaging/inbox-v3?fi=responseNeeded',
      'https://sellercentral.amazon.de/orders-v3/order/302-6612087-4410953',
      'https://sellercentral-japan.amazon.com/orders-v3/mfn/pending?page=1',
      'https://sellercentral-europe.amazon.com/feedback-manager/index.html',
    );
    fc.assert(
      fc.property(randomPage, readerUrl, (html, url) => {
        const doc = parse(html);
        attachMarkedShadowRoots(doc);
        const { result, ms } = timed('readPage', () => readPage(doc, url));
        expect(snapshotProblems(result, url)).toEqual([]);
        expect(ms).toBeLessThan(READ_CAP_MS);
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  it('reads a page nested as deep as a browser parser allows (512) without running out of stack', () => {
    const message = '<div data-test-id="thread-message"><time datetime="2026-11-22T05:03:00Z">now</time><div data-test-id="message-body">Please cancel 250-3817462-5091834</div></div>';
    const html = `<body>${'<div>'.repeat(505)}${message}${'</div>'.repeat(505)}</body>`;
    const url = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=3f6b2c1e-8a4d-4e5f-9b7a-2c1d0e9f8a7b';
    const { result } = timed('readPage deep', () => readPage(parse(html), url));
    expect(snapshotProblems(result, url)).toEqual([]);
    expect(result.kind === 'thread' && result.latestBuyerMessage?.body).toBe('Please cancel 250-3817462-5091834');
  });

  it('reads a page nested deeper than a parser builds (DOM API, 2,000 levels; jsdom itself overflows near 5,000)', () => {
    const doc = parse('<body></body>');
    let top: Element = doc.createElement('div');
    top.textContent = 'Order 250-3817462-5091834';
    // Built bottom-up: appending into an attached chain costs jsdom O(depth) per insertion.
    for (let i = 0; i < 2000; i++) top = doc.createElement('div').appendChild(top).parentElement!;
    doc.body.append(top);
    const url = 'https://sellercentral.amazon.com/orders-v3/order/250-3817462-5091834';
    const { result } = timed('readPage 2,000 deep', () => readPage(doc, url));
    expect(snapshotProblems(result, url)).toEqual([]);
  });

  it('generates the things the readers look for (the fuzzing reaches past the first check)', () => {
    // Guards the properties above from passing on input that is rejected at once: some random pages must be read.
    const kinds = new Set<string>();
    fc.assert(
      fc.property(randomPage, sellerCentralUrl, (html, url) => {
        kinds.add(readPage(parse(html), url).kind);
      }),
      { numRuns: 150, seed: 42 },
    );
    expect(fc.sample(fragment, { numRuns: 50, seed: 1 }).some((f) => f.includes('<template'))).toBe(true);
    expect(fc.sample(orderIdLike, { numRuns: 20, seed: 1 }).some((id) => /^\d{3}-\d{7}-\d{7}$/.test(id))).toBe(true);
    expect(fc.sample(asinLike, { numRuns: 20, seed: 1 }).some((a) => /^B0[0-9A-Z]{8}$/.test(a))).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  }, 30_000);
});

const CLASSIFY_WORDS = [
  'cancel', 'Please cancel my order', 'キャンセルしてください', 'refund', '返金', 'ship to Jakarta, Indonesia', 'birthday',
  'damaged', 'arrived broken', '壊れていました', 'where is my order', 'tracking', 'invoice', 'Rechnung', 'thank you',
  'ありがとうございました', 'stornieren', 'annuler', 'remboursement', 'verify your account', 'password', 'gift card',
  'mark as shipped', 'コンビニ払い', 'Order cancellation request from Amazon customer', '注文キャンセルリクエスト',
  'Begin message', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
] as const;

describe('classify on random text', () => {
  const input = fc.record({
    subject: fc.oneof(fc.constant(null), bigText(CLASSIFY_WORDS, 2000)),
    body: bigText(CLASSIFY_WORDS),
    marketplace: fc.oneof(fc.constant(null), fc.constantFrom('JP', 'US', 'DE', 'FR', 'XX', ''), fc.string({ maxLength: 4 })),
    lang: fc.oneof(fc.constant(null), fc.constantFrom('ja', 'en', 'de', 'und', 'EN', 'zz', ''), fc.string({ maxLength: 4 })),
  });

  const expectValid = (c: ReturnType<typeof classify>) => {
    expect(CATEGORIES).toContain(c.category);
    expect(typeof c.scam).toBe('boolean');
    expect(Number.isFinite(c.confidence) && c.confidence >= 0 && c.confidence <= 1).toBe(true);
    expect(c.lang).toMatch(/^(?:[a-z]{2}|und)$/);
    expect(Array.isArray(c.signals) && c.signals.length > 0).toBe(true);
    for (const s of c.signals) expect(typeof s === 'string' && s.trim() !== '').toBe(true);
    // The classifier's own safety net: reaching it means the analysis threw.
    expect(c.signals).not.toContain('other: the message could not be analysed');
  };

  it('never throws, answers a category, a boolean scam flag, confidence in [0,1] and signals, within the cap', () => {
    fc.assert(
      fc.property(input, (message) => {
        const { result, ms } = timed('classify', () => classify(message));
        expectValid(result);
        expect(ms).toBeLessThan(CLASSIFY_CAP_MS);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('answers anything passed as a message (wrong types included) with a valid result', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (body, other) => {
        expectValid(classify({ body, subject: other, marketplace: other, lang: other } as never));
        expectValid(classify(body as never));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('bounds the work on a 1 MB message', () => {
    const body = `${'Hello, my package arrived broken 📦 壊れていました。'.repeat(20_000)}\uD83D`.slice(0, 1024 * 1024);
    const { result, ms } = timed('classify 1 MB', () => classify({ subject: 'x'.repeat(1024 * 1024), body, marketplace: 'JP' }));
    expectValid(result);
    expect(ms).toBeLessThan(MB_CAP_MS);
  });
});

const POLICY_WORDS = [
  'http://example.com/shop', 'https://amzn.to/abc', 'www.my-shop.jp', 'example.co.jp/x', 'amazon.co.jp', 'https://www.amazon.de/gp/your-account',
  'mail@example.com', 'foo [at] bar.com', 'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ', '+81 90-1234-5678', '(555) 123-4567', '03-1234-5678', '250-3817462-5091834',
  'leave a five-star review', '★5の評価をお願いします', 'Bewertung', 'Évaluation', 'ﾚﾋﾞｭｰ', 'feedback', 'coupon', '20% off',
  'LINE', 'WhatsApp', 'contact me directly', 'e\u0301', 'ｶﾞ', '0-0-0-0-0-0', 'aaaaaaaaaaaa@', 'a.b.c.d.e.f.g',
] as const;

describe('checkPolicy on random text', () => {
  it('never throws; every finding is a known rule whose offsets slice out exactly its text, in text order', () => {
    fc.assert(
      fc.property(bigText(POLICY_WORDS), (text) => {
        const { result: report, ms } = timed('checkPolicy', () => checkPolicyReport(text));
        expect(ms).toBeLessThan(CHECK_CAP_MS);
        let previous = -1;
        for (const f of report.findings) {
          expect(POLICY_RULES).toContain(f.rule);
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(0 <= f.start && f.start < f.end && f.end <= Math.min(text.length, POLICY_SCAN_LIMIT)).toBe(true);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(splitsPair(text, f.start) || splitsPair(text, f.end)).toBe(false);
          expect(f.start).toBeGreaterThanOrEqual(previous);
          previous = f.start;
        }
        expect(checkPolicy(text)).toEqual(report.findings);
        if (text.length > POLICY_SCAN_LIMIT) expect(report.truncated).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('bounds the work on 1 MB and on adversarial 50 KB texts', () => {
    const adversarial = [
      'a'.repeat(50 * 1024),
      '0-'.repeat(25 * 1024),
      'a.'.repeat(25 * 1024),
      `${'a'.repeat(50 * 1024 - 1)}@`,
      `http://${'a'.repeat(50 * 1024)}`,
      '+1 '.repeat(17 * 1024),
      'ｗ．'.repeat(25 * 1024),
      'e\u0301'.repeat(25 * 1024),
    ];
    for (const text of adversarial) {
      const { result, ms } = timed('checkPolicy 50 KB adversarial', () => checkPolicy(text));
      expect(Array.isArray(result)).toBe(true);
      expect(ms).toBeLessThan(MB_CAP_MS);
    }
    const mb = 'Visit www.example.com or call +81 90-1234-5678, and please leave a review! '.repeat(15_000).slice(0, 1024 * 1024);
    const { result, ms } = timed('checkPolicy 1 MB', () => checkPolicyReport(mb));
    expect(result.truncated).toBe(true);
    expect(ms).toBeLessThan(MB_CAP_MS);
  });
});

const FEEDBACK_WORDS = [
  'broke after a week', 'arrived late', 'seller never replied', 'rude seller', 'idiot', 'damn', '壊れた', '届かない', '返信がない',
  'call me at 090-1234-5678', 'mail me: a@b.jp', 'www.example.com', 'visit my shop', 'box crushed', 'packaging', 'wrong item sent',
  'size too small', 'quality', 'manufacturer', 'Lieferung', 'emballage', 'ｺﾜﾚﾀ', '★',
] as const;

describe('checkFeedback on random comments and ratings', () => {
  const CODES: readonly string[] = [...REMOVAL_GROUNDS, ...REMOVAL_BLOCKERS];
  const rating = fc.oneof(fc.integer({ min: -2, max: 7 }), fc.double(), fc.constant(null), fc.constant(Number.NaN));
  const fulfillment = fc.constantFrom('FBA', 'MFN', null, undefined);

  it('never throws; answers negative/removable flags and known reasons with short, non-empty evidence', () => {
    fc.assert(
      fc.property(bigText(FEEDBACK_WORDS), rating, fulfillment, (comment, stars, who) => {
        const { result: check, ms } = timed('checkFeedback', () => checkFeedback({ rating: stars, comment, fulfillment: who as 'FBA' | 'MFN' | null }));
        expect(ms).toBeLessThan(CHECK_CAP_MS);
        expect(check.negative).toBe(Number.isInteger(stars) && (stars as number) >= 1 && (stars as number) <= 3);
        expect(typeof check.removable).toBe('boolean');
        if (!check.negative) expect(check.reasons).toEqual([]);
        for (const r of check.reasons) {
          expect(CODES).toContain(r.code);
          expect(r.evidence.trim()).not.toBe('');
          expect(Array.from(r.evidence).length).toBeLessThanOrEqual(120);
        }
        if (check.removable) expect(check.reasons.some((r) => isRemovalGround(r.code))).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('bounds the work on a 1 MB comment', () => {
    const comment = 'The box arrived crushed and the seller never replied. 壊れていました。'.repeat(20_000).slice(0, 1024 * 1024);
    const { result, ms } = timed('checkFeedback 1 MB', () => checkFeedback({ rating: 1, comment, fulfillment: 'FBA' }));
    expect(result.negative).toBe(true);
    expect(ms).toBeLessThan(MB_CAP_MS);
  });
});

describe('parseOrderReport on random bytes', () => {
  const REQUIRED = ['amazon-order-id', 'purchase-date', 'order-status', 'quantity', 'asin'];
  const OPTIONAL = [
    'last-updated-date', 'item-status', 'fulfillment-channel', 'sales-channel', 'sku', 'payment-method-details', 'payment-method',
    'buyer-name', 'ship-country', 'promotion-ids', 'order-id', 'quantity-purchased', 'AMAZON-ORDER-ID ',
  ];
  /** Values that pass each column's check, so rows get parsed; the noise below makes them fail. */
  const GOOD: Record<string, fc.Arbitrary<string>> = {
    'amazon-order-id': orderIdLike,
    'purchase-date': fc.constantFrom('2026-11-21T13:51:00+09:00', '2026-11-21T13:51:00Z', '2026-11-21 13:51:00 UTC', '2024-02-29T00:00:00-0800'),
    'last-updated-date': fc.constantFrom('', '2026-11-22T01:00:00+09:00'),
    'order-status': fc.constantFrom('Pending', 'Shipped - Delivered to Buyer', '保留中', 'Cancelled', 'Unshipped', 'Whatever'),
    quantity: fc.constantFrom('0', '1', '5', '999999'),
    asin: fc.oneof(asinLike, fc.constant('')),
  };
  const noise = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 16 }),
    fc.constantFrom(
      '2026-02-30T00:00:00Z', '2026-11-21T13:51:00', '2026-11-21T24:00:00+0900', '0000-01-01T00:00:00Z', '-1', '1000000', '2.5', '',
      ' ', '\u2028', '"quoted\ttab"', 'Amazon', 'Merchant', 'Amazon.co.jp', 'Non-Amazon', 'コンビニ払い',
    ),
    fc.constantFrom(...NASTY),
  );
  const cellFor = (column: string) =>
    GOOD[column] ? fc.oneof({ weight: 12, arbitrary: GOOD[column] }, { weight: 1, arbitrary: noise }) : fc.oneof(noise, orderIdLike);
  // Every required column but at most one, some optional ones, all in a random order.
  const header = fc
    .tuple(fc.shuffledSubarray(REQUIRED, { minLength: REQUIRED.length - 1 }), fc.shuffledSubarray(OPTIONAL))
    .chain(([required, optional]) => {
      const columns = [...required, ...optional];
      return fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length });
    });
  const report = fc
    .tuple(header, fc.integer({ min: 0, max: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'))
    .chain(([columns, rowCount, newline, encoding]) => {
      // Most rows fit the header; some have a field too many or too few.
      const row = fc.tuple(fc.tuple(...columns.map(cellFor)), fc.constantFrom(0, 0, 0, 0, 0, 1, -1)).map(([cells, extra]) =>
        (extra > 0 ? [...cells, 'x'] : extra < 0 ? cells.slice(1) : cells).join('\t'),
      );
      return fc
        .array(row, { minLength: rowCount, maxLength: rowCount })
        .map((rows) => encode([columns.join('\t'), ...rows].join(newline), encoding as 'utf-8' | 'utf-8-bom' | 'utf-16le'));
    });
  const bytes = fc.oneof(
    { weight: 3, arbitrary: report },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2048 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 512 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])) },
  );

  it('never throws: ok with well-formed rows, or one short line naming the line of the file', () => {
    let parsedRows = 0;
    fc.assert(
      fc.property(bytes, (input) => {
        const { result, ms } = timed('parseOrderReport', () => parseOrderReport(input));
        expect(ms).toBeLessThan(CHECK_CAP_MS);
        if (result.ok) {
          expect(['utf-8', 'shift_jis', 'utf-16']).toContain(result.encoding);
          for (const r of result.rows) {
            parsedRows++;
            expect(Number.isInteger(r.line) && r.line >= 2).toBe(true);
            expect(r.orderId.trim()).not.toBe('');
            expect(Number.isFinite(r.purchaseDate)).toBe(true);
            expect(r.lastUpdated === null || Number.isFinite(r.lastUpdated)).toBe(true);
            expect(Number.isInteger(r.quantity) && r.quantity >= 0 && r.quantity <= 999_999).toBe(true);
            expect(['pending', 'unshipped', 'shipped', 'canceled', 'delivered', 'returned', 'unknown']).toContain(r.status);
          }
        } else {
          expect(result.error).toMatch(/^line \d+: \S/);
          // U+0085 (NEL) is left out here: see the known bug below.
          expect(result.error).not.toMatch(/[\r\n\u2028\u2029]/);
          expect(result.error.length).toBeLessThanOrEqual(200);
        }
      }),
      { numRuns: 400 },
    );
    // The structured generator must reach the row parser, or the row checks above never ran.
    expect(parsedRows).toBeGreaterThan(0);
  }, 30_000);

  // Found here (fixed in lib/holds/order-report.ts, clip): an error quoted the offending cell with only /\s+/
  // flattened, so U+0085 (NEL, a Unicode line break /\s/ does not match) and other control characters (ESC starts a
  // terminal escape sequence) reached the holds CLI's stderr as they were.
  it('an error quoting a cell shows its control characters escaped (one plain line)', () => {
    const file = ['amazon-order-id\tpurchase-date\torder-status\tquantity\tasin', '250-7719304-2286415\t2026-11-21T13:51:00+09:00\tPending\t2\u0085\u001b[2J\tB0D7X4KQ9M'];
    const result = parseOrderReport(new TextEncoder().encode(file.join('\n')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}
