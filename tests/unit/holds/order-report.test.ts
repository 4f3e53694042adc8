import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeReportBytes, parseOrderReport, parseReportTime, type ReportRow } from '@/lib/holds/order-report';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/reports');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

const HEADER = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tsku\tasin\titem-status\tquantity';
const LINE = '503-1111111-2222222\t2026-03-01T10:00:00+09:00\t2026-03-01T10:05:00+09:00\tPending\tSKU-A\tB0REPORT01\tUnshipped\t2';

function rows(result: ReturnType<typeof parseOrderReport>): ReportRow[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.rows;
}

describe('parseOrderReport: encodings', () => {
  it('reads a UTF-8 report (the US fixture), mapping statuses and fields', () => {
    const parsed = parseOrderReport(fixture('all-orders-us.utf8.txt'));
    expect(parsed.ok && parsed.encoding).toBe('utf-8');
    const all = rows(parsed);
    expect(all).toHaveLength(7);
    expect(all[0]).toMatchObject({
      line: 2,
      orderId: '113-4820193-7730215',
      purchaseDate: Date.parse('2026-11-16T22:22:05Z'),
      status: 'shipped',
      fulfilment: 'MFN',
      marketplace: 'US',
      sku: 'MUG-14-BLK',
      asin: 'B0B5R8YV2C',
      quantity: 1,
      paymentKind: 'card',
      shipCountry: 'US',
    });
    expect(all.map((r) => r.status)).toEqual(['shipped', 'unshipped', 'delivered', 'pending', 'canceled', 'shipped', 'pending']);
    expect(all[2]).toMatchObject({ fulfilment: 'FBA', statusText: 'Shipped - Delivered to Buyer' });
  });

  it('drops a UTF-8 byte-order mark so the first column is still found', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${HEADER}\n${LINE}\n`)]);
    expect(rows(parseOrderReport(withBom))[0]!.orderId).toBe('503-1111111-2222222');
  });

  it('reads the Japanese site\'s Shift_JIS report with its product names intact', () => {
    const bytes = fixture('all-orders-jp-konbini-burst.sjis.txt');
    const parsed = parseOrderReport(bytes);
    expect(parsed.ok && parsed.encoding).toBe('shift_jis');
    const all = rows(parsed);
    expect(all).toHaveLength(12);
    expect(all.filter((r) => r.asin === 'B0D7K2XQ5M' && r.status === 'pending' && r.paymentKind === 'konbini')).toHaveLength(5);
    expect(all.every((r) => r.marketplace === 'JP')).toBe(true);
    expect(decodeReportBytes(bytes).text).toContain('ステンレス真空断熱タンブラー');
  });

  it('decodes Shift_JIS bytes that are not valid UTF-8 (コンビニ)', () => {
    const sjis = new Uint8Array([...utf8(`${HEADER}\tpayment-method\n${LINE}\t`), 0x83, 0x52, 0x83, 0x93, 0x83, 0x72, 0x83, 0x6a, 0x0a]);
    const [row] = rows(parseOrderReport(sjis));
    expect(row).toMatchObject({ paymentMethod: 'コンビニ', paymentKind: 'konbini' });
  });
});

describe('parseOrderReport: columns', () => {
  it('finds columns in any order, ignores unknown ones, accepts CRLF and blank lines', () => {
    const text = [
      'quantity\tsomething-new\tasin\torder-status\tpurchase-date\tamazon-order-id\tpayment-method-details',
      '4\t<script>alert(1)</script>\tb0report02\tPending\t2026-03-01T01:00:00Z\t503-3333333-4444444\tConvenienceStore',
      '',
      '1\t🍵 emoji\tB0REPORT03\tShipped\t2026-03-01T02:00:00Z\t503-5555555-6666666\tStandard',
    ].join('\r\n');
    const all = rows(parseOrderReport(utf8(text)));
    expect(all.map((r) => [r.line, r.orderId, r.asin, r.quantity, r.status, r.paymentKind, r.sku])).toEqual([
      [2, '503-3333333-4444444', 'B0REPORT02', 4, 'pending', 'konbini', null],
      [4, '503-5555555-6666666', 'B0REPORT03', 1, 'shipped', 'card', null],
    ]);
  });

  it('a cancelled item in a shipped order is cancelled', () => {
    const text = `${HEADER}\n${LINE.replace('Pending', 'Shipped').replace('Unshipped', 'Cancelled')}`;
    expect(rows(parseOrderReport(utf8(text)))[0]!.status).toBe('canceled');
  });

  it('an empty ASIN cell leaves the line to its SKU', () => {
    const text = `${HEADER}\n${LINE.replace('B0REPORT01', '')}`;
    expect(rows(parseOrderReport(utf8(text)))[0]).toMatchObject({ asin: null, sku: 'SKU-A' });
  });

  it('a header-only report has no rows', () => {
    expect(rows(parseOrderReport(utf8(`${HEADER}\n`)))).toEqual([]);
  });
});

describe('parseOrderReport: malformed files name the line', () => {
  const error = (bytes: Uint8Array) => {
    const result = parseOrderReport(bytes);
    if (result.ok) throw new Error('expected an error');
    expect(result.error).not.toContain('\n');
    return result.error;
  };

  it('a line with a field missing (the malformed fixture, line 4)', () => {
    expect(error(fixture('all-orders-malformed-line4.txt'))).toBe('line 4: 32 fields, the header has 33');
  });

  it('a missing required column', () => {
    expect(error(utf8(HEADER.replace('purchase-date', 'purchase-day')))).toBe(
      'line 1: missing column "purchase-date" (not an All Orders report?)',
    );
    expect(error(utf8('<html><body>Not a report</body></html>'))).toMatch(/^line 1: missing column "amazon-order-id"/);
  });

  it('a bad quantity or date, after good lines', () => {
    expect(error(utf8(`${HEADER}\n${LINE}\n${LINE.replace(/\t2$/, '\ttwo')}`))).toBe('line 3: quantity "two" is not a whole number');
    expect(error(utf8(`${HEADER}\n${LINE}\n${LINE.replace(/\t2$/, '\t-1')}`))).toBe('line 3: quantity "-1" is not a whole number');
    expect(error(utf8(`${HEADER}\n${LINE.replace('2026-03-01T10:00:00+09:00', '2026-02-30T10:00:00+09:00')}`))).toBe(
      'line 2: purchase-date "2026-02-30T10:00:00+09:00" is not a date',
    );
    expect(error(utf8(`${HEADER}\n${LINE.replace('2026-03-01T10:05:00+09:00', 'yesterday')}`))).toBe(
      'line 2: last-updated-date "yesterday" is not a date',
    );
  });

  it('an empty order id, an empty file', () => {
    expect(error(utf8(`${HEADER}\n\t${LINE.split('\t').slice(1).join('\t')}`))).toBe('line 2: empty amazon-order-id');
    expect(error(new Uint8Array())).toMatch(/^line 1: the file is empty/);
  });

  it('a 50 KB cell is clipped in the message', () => {
    const huge = 'x'.repeat(50_000);
    expect(error(utf8(`${HEADER}\n${LINE.replace(/\t2$/, `\t${huge}`)}`)).length).toBeLessThan(120);
  });

  it('a cell with line breaks or control characters is quoted on one plain line, the controls shown as codes', () => {
    // NEL and LINE SEPARATOR are line breaks to a terminal; ESC starts an escape sequence; U+202E flips the text.
    const cell = '2\u0085x\u2028y\u001b[2J\u202Ez';
    expect(error(utf8(`${HEADER}\n${LINE.replace(/\t2$/, `\t${cell}`)}`))).toBe(
      'line 2: quantity "2 x y\\u001B[2J\\u202Ez" is not a whole number',
    );
  });

  it('a long cell is clipped between characters, never inside an emoji', () => {
    const cell = `${'x'.repeat(39)}😀😀`;
    expect(error(utf8(`${HEADER}\n${LINE.replace(/\t2$/, `\t${cell}`)}`))).toBe(
      `line 2: quantity "${'x'.repeat(39)}😀…" is not a whole number`,
    );
  });
});

describe('parseReportTime', () => {
  it('reads Amazon\'s ISO times with their offset and refuses zone-less or impossible ones', () => {
    expect(parseReportTime('2026-03-01T19:23:45+09:00')).toBe(Date.parse('2026-03-01T10:23:45Z'));
    expect(parseReportTime('2026-03-01T10:23:45Z')).toBe(Date.parse('2026-03-01T10:23:45Z'));
    expect(parseReportTime('2026-03-01T10:23:45.123-0800')).toBe(Date.parse('2026-03-01T18:23:45Z'));
    expect(parseReportTime('2026-03-01T10:23:45')).toBeNull();
    expect(parseReportTime('2026-13-01T10:23:45Z')).toBeNull();
    expect(parseReportTime('2026-03-01T24:00:00Z')).toBeNull();
  });
});
