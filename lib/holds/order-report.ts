import type { Marketplace } from '@/lib/sellercentral/hosts';
import type { Fulfilment, OrderStatus, PaymentKind } from '@/lib/sellercentral/types';
import { normaliseAsin } from './order-lines';
import { paymentKindOf } from './payment-kind';

/**
 * Seller Central's "All Orders" flat file (Reports → Order reports): tab-separated, one line per order item, header
 * names as Amazon writes them (amazon-order-id, purchase-date, order-status, sku, asin, quantity, …). Columns may
 * come in any order and unknown ones are ignored, because Amazon adds columns over time. The Japanese site serves it
 * in Shift_JIS, the others in UTF-8. A malformed file is refused as a whole (the error names the line), so an
 * import never stores half a file.
 */
export interface ReportRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  orderId: string;
  /** Epoch ms. */
  purchaseDate: number;
  lastUpdated: number | null;
  status: OrderStatus;
  /** The report's own words, e.g. "Pending" or "Shipped - Delivered to Buyer". */
  statusText: string;
  fulfilment: Fulfilment | null;
  marketplace: Marketplace | null;
  sku: string | null;
  asin: string | null;
  quantity: number;
  paymentMethod: string | null;
  paymentKind: PaymentKind | null;
  buyerName: string | null;
  shipCountry: string | null;
}

export type ParseReportResult = { ok: true; rows: ReportRow[]; encoding: ReportEncoding } | { ok: false; error: string };
export type ReportEncoding = 'utf-8' | 'shift_jis' | 'utf-16';

/** Our field → the header names that carry it (first one present wins; aliases are other Amazon order reports'). */
const COLUMNS = {
  orderId: ['amazon-order-id', 'order-id'],
  purchaseDate: ['purchase-date'],
  lastUpdated: ['last-updated-date'],
  orderStatus: ['order-status'],
  itemStatus: ['item-status'],
  fulfilment: ['fulfillment-channel'],
  salesChannel: ['sales-channel'],
  sku: ['sku'],
  asin: ['asin'],
  quantity: ['quantity', 'quantity-purchased'],
  paymentDetails: ['payment-method-details'],
  paymentMethod: ['payment-method'],
  buyerName: ['buyer-name'],
  shipCountry: ['ship-country'],
} as const;
type Field = keyof typeof COLUMNS;

const REQUIRED: Field[] = ['orderId', 'purchaseDate', 'orderStatus', 'quantity'];

export function parseOrderReport(bytes: Uint8Array): ParseReportResult {
  const { text, encoding } = decodeReportBytes(bytes);
  const lines = text.split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return fail(1, 'the file is empty; expected a header line starting with amazon-order-id');
  const headerLine = headerIndex + 1;
  const header = lines[headerIndex]!.split('\t').map((name) => name.trim().toLowerCase());

  const column = {} as Record<Field, number>;
  for (const field of Object.keys(COLUMNS) as Field[]) {
    column[field] = -1;
    for (const name of COLUMNS[field]) {
      const at = header.indexOf(name);
      if (at >= 0) {
        column[field] = at;
        break;
      }
    }
  }
  const missing = REQUIRED.filter((f) => column[f] < 0).map((f) => COLUMNS[f][0]);
  if (column.asin < 0 && column.sku < 0) missing.push('asin');
  if (missing.length > 0) {
    return fail(headerLine, `missing column ${missing.map((m) => `"${m}"`).join(', ')} (not an All Orders report?)`);
  }

  const rows: ReportRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const lineNo = i + 1;
    const cells = raw.split('\t');
    if (cells.length !== header.length) {
      return fail(lineNo, `${cells.length} fields, the header has ${header.length}`);
    }
    const cell = (field: Field): string => (column[field] >= 0 ? (cells[column[field]] ?? '').trim() : '');
    const optional = (field: Field): string | null => cell(field) || null;

    const orderId = cell('orderId');
    if (!orderId) return fail(lineNo, 'empty amazon-order-id');
    const purchaseDate = parseReportTime(cell('purchaseDate'));
    if (purchaseDate === null) return fail(lineNo, `purchase-date "${clip(cell('purchaseDate'))}" is not a date`);
    let lastUpdated: number | null = null;
    if (cell('lastUpdated')) {
      lastUpdated = parseReportTime(cell('lastUpdated'));
      if (lastUpdated === null) {
        return fail(lineNo, `last-updated-date "${clip(cell('lastUpdated'))}" is not a date`);
      }
    }
    const quantityText = cell('quantity');
    if (!/^\d{1,6}$/.test(quantityText)) return fail(lineNo, `quantity "${clip(quantityText)}" is not a whole number`);
    const statusText = cell('orderStatus');
    if (!statusText) return fail(lineNo, 'empty order-status');
    const paymentMethod = optional('paymentDetails') ?? optional('paymentMethod');

    rows.push({
      line: lineNo,
      orderId,
      purchaseDate,
      lastUpdated,
      status: statusOfReportLine(statusText, cell('itemStatus')),
      statusText,
      fulfilment: fulfilmentOf(cell('fulfilment')),
      marketplace: marketplaceOfSalesChannel(cell('salesChannel')),
      sku: optional('sku'),
      asin: normaliseAsin(cell('asin')),
      quantity: Number(quantityText),
      paymentMethod,
      paymentKind: paymentKindOf(paymentMethod),
      buyerName: optional('buyerName'),
      shipCountry: optional('shipCountry'),
    });
  }
  return { ok: true, rows, encoding };
}

function fail(line: number, message: string): { ok: false; error: string } {
  return { ok: false, error: `line ${line}: ${message}` };
}

/** JS whitespace plus the Unicode line breaks it leaves out (NEL). */
const LINE_OR_SPACE_RUN = /[\s\u0085]+/g;
/** C0 and C1 controls, DEL, and the bidi embedding/override/isolate marks. */
const UNPRINTABLE = /^[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]$/;

/**
 * Keeps an error on one short, plain line whatever the cell holds: the holds CLI prints it to a terminal, where a
 * line break JS's \s does not know (NEL U+0085) would split it and a control character (ESC starts an escape
 * sequence) or a bidi override would rewrite what the seller sees. Whitespace runs become one space; every other
 * C0/C1 control, DEL and bidi control is shown as its code (\u001B). Clipped by code point, so no emoji is halved.
 */
function clip(text: string): string {
  const flat = Array.from(text.replace(LINE_OR_SPACE_RUN, ' '));
  const shown = flat.length > 40 ? [...flat.slice(0, 40), '…'] : flat;
  return shown.map((ch) => (UNPRINTABLE.test(ch) ? `\\u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : ch)).join('');
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Shift_JIS as the Japanese site serves it: Shift_JIS
 * text with any kana or kanji is almost never valid UTF-8, and plain ASCII reads the same either way.
 */
export function decodeReportBytes(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // Excel's "Unicode text" when a seller re-saves the report.
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
    } catch {
      // A runtime without the Shift_JIS decoder: replacement characters beat refusing the file.
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    }
  }
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})$/i;

/** Amazon writes ISO 8601 with an offset ("2024-05-01T19:23:45+09:00"); without a zone the time is ambiguous. */
export function parseReportTime(text: string): number | null {
  const m = ISO_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  let offset = 'Z';
  if (zone && !/^(z|utc)$/i.test(zone)) offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`);
  return Number.isFinite(ms) ? ms : null;
}

/** The line's status: a cancelled item inside a shipped order is cancelled; otherwise the order's status. */
export function statusOfReportLine(orderStatus: string, itemStatus: string): OrderStatus {
  const item = statusOfText(itemStatus);
  if (item === 'canceled') return item;
  const order = statusOfText(orderStatus);
  return order === 'unknown' ? item : order;
}

function statusOfText(text: string): OrderStatus {
  const t = text.trim().toLowerCase();
  if (!t) return 'unknown';
  if (t.startsWith('pending') || t === '保留中') return 'pending';
  if (t === 'unshipped' || t === 'partiallyshipped' || t === 'partially shipped' || t === '未出荷') return 'unshipped';
  if (t.startsWith('cancel') || t.startsWith('キャンセル')) return 'canceled';
  if (t.includes('delivered to buyer') || t === '配達完了') return 'delivered';
  if (t.includes('returned to seller') || t.includes('rejected by buyer')) return 'returned';
  if (t.startsWith('shipp') || t === 'complete' || t.startsWith('出荷済')) return 'shipped';
  return 'unknown';
}

function fulfilmentOf(text: string): Fulfilment | null {
  const t = text.toLowerCase();
  if (t === 'amazon' || t === 'afn') return 'FBA';
  if (t === 'merchant' || t === 'mfn') return 'MFN';
  return null;
}

/** Amazon's storefront name in `sales-channel` → marketplace ("Non-Amazon" and unknown → null). */
const SALES_CHANNELS: Readonly<Record<string, Marketplace>> = {
  'amazon.com': 'US', 'amazon.ca': 'CA', 'amazon.com.mx': 'MX', 'amazon.com.br': 'BR', 'amazon.co.uk': 'UK',
  'amazon.de': 'DE', 'amazon.fr': 'FR', 'amazon.it': 'IT', 'amazon.es': 'ES', 'amazon.nl': 'NL', 'amazon.pl': 'PL',
  'amazon.se': 'SE', 'amazon.com.be': 'BE', 'amazon.com.tr': 'TR', 'amazon.ae': 'AE', 'amazon.sa': 'SA',
  'amazon.eg': 'EG', 'amazon.in': 'IN', 'amazon.sg': 'SG', 'amazon.com.au': 'AU', 'amazon.co.jp': 'JP',
};

export function marketplaceOfSalesChannel(text: string): Marketplace | null {
  return SALES_CHANNELS[text.trim().toLowerCase()] ?? null;
}
