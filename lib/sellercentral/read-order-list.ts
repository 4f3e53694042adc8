import { parsePageDate } from './dates';
import { allDeep, firstDeep, labelOf, visibleText } from './dom';
import { FIELD_LABELS, STATUS_WORDS } from './labels';
import { asinInHref, asinsInText, firstOrderId } from './patterns';
import {
  fulfilmentOf, labelledValue, marketplaceOfPage, paymentKindOf, quantityOf, statusOf, textLines, textOfFirst,
  unrecognised,
} from './read-common';
import { ORDER_LIST } from './selectors';
import type { OrderListSnapshot, OrderRow, Unrecognised } from './types';
import { parseSellerCentralUrl, pathOf } from './urls';
import type { Marketplace } from './hosts';

/** Manage Orders lists (/orders-v3?page=…, /orders-v3/mfn/pending, …): one row per order shown. */
export function readOrderList(doc: Document, url: string): OrderListSnapshot | Unrecognised {
  const parsed = parseSellerCentralUrl(url);
  if (!parsed.ok) return unrecognised(url, parsed.reason);
  if (parsed.kind !== 'orderList') return unrecognised(url, `not an order list page (${parsed.url.pathname})`);
  const marketplace = marketplaceOfPage(doc, parsed.url, parsed.marketplace);
  const root = firstDeep(doc, ORDER_LIST.root) ?? doc;

  const rows: OrderRow[] = [];
  for (const tr of allDeep(root, ORDER_LIST.rows)) {
    const row = readRow(tr, marketplace);
    if (row && !rows.some((r) => r.orderId === row.orderId)) rows.push(row);
  }
  if (rows.length === 0) return unrecognised(url, `no order rows found on ${pathOf(parsed.url)}`);
  return { kind: 'orderList', url, marketplace, rows };
}

function readRow(tr: Element, marketplace: Marketplace): OrderRow | null {
  const text = visibleText(tr);
  const lines = textLines(text);
  const orderId = firstOrderId(textOfFirst(tr, ORDER_LIST.orderId)) ?? firstOrderId(text);
  if (!orderId) return null; // header, spacer or "no orders" rows

  const productCell = firstDeep(tr, ORDER_LIST.productCell);
  const productLines = productCell ? textLines(visibleText(productCell)) : lines;
  const link = firstDeep(tr, ORDER_LIST.productLink);
  const orderDateText = dateLine(firstDeep(tr, ORDER_LIST.orderDateCell), marketplace);
  const statusText = readStatusText(tr, lines);
  const paymentMethod = labelledValue(lines, FIELD_LABELS.paymentMethod);
  return {
    orderId,
    orderDate: parsePageDate(orderDateText, marketplace),
    orderDateText,
    status: statusOf(statusText),
    statusText,
    asin: asinInHref(link?.getAttribute('href')) ?? asinsInText(productLines.join('\n'))[0] ?? asinsInText(text)[0] ?? null,
    sku: labelledValue(productLines, FIELD_LABELS.sku) ?? labelledValue(lines, FIELD_LABELS.sku),
    quantity: quantityOf(labelledValue(productLines, FIELD_LABELS.quantity) ?? labelledValue(lines, FIELD_LABELS.quantity)) ?? 1,
    buyerName: labelledValue(lines, FIELD_LABELS.buyerName),
    fulfilment: fulfilmentOf(labelledValue(lines, FIELD_LABELS.fulfilment)),
    paymentMethod,
    paymentKind: paymentKindOf(paymentMethod),
  };
}

/** The order date cell often holds "2 hours ago" above the date itself: keep the line that parses. */
function dateLine(cell: Element | null, marketplace: Marketplace): string | null {
  const lines = cell ? textLines(visibleText(cell)) : [];
  return lines.find((line) => parsePageDate(line, marketplace) !== null) ?? lines[0] ?? null;
}

function readStatusText(tr: Element, lines: string[]): string | null {
  for (const el of allDeep(tr, ORDER_LIST.status)) {
    const text = labelOf(el);
    if (text) return textLines(visibleText(el))[0] ?? text;
  }
  // No status cell recognised: the first line that is a status word on its own.
  return lines.find((line) => line.length <= 30 && STATUS_WORDS.some(([pattern]) => pattern.test(line))) ?? null;
}
