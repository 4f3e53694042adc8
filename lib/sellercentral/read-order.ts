import { parsePageDate } from './dates';
import { allDeep, firstDeep, labelOf, lineText, queryAllDeep, visibleText } from './dom';
import { FIELD_LABELS } from './labels';
import { asinInHref, asinsInText, firstOrderId } from './patterns';
import {
  fulfilmentOf, labelledValue, marketplaceOfPage, paymentKindOf, quantityOf, statusOf, textLines, textOfFirst,
  unrecognised,
} from './read-common';
import { itemsByAsin } from './order-items-by-asin';
import { ORDER } from './selectors';
import type { OrderItem, OrderSnapshot, Unrecognised } from './types';
import { orderIdFromUrl, parseSellerCentralUrl } from './urls';

/** The order detail page (/orders-v3/order/<id>): what was bought, by whom, how it ships and how it is paid. */
export function readOrder(doc: Document, url: string): OrderSnapshot | Unrecognised {
  const parsed = parseSellerCentralUrl(url);
  if (!parsed.ok) return unrecognised(url, parsed.reason);
  if (parsed.kind !== 'order') return unrecognised(url, `not an order detail page (${parsed.url.pathname})`);
  const marketplace = marketplaceOfPage(doc, parsed.url, parsed.marketplace);
  const root = firstDeep(doc, ORDER.root) ?? doc;
  const text = visibleText(root);
  const lines = textLines(text);
  const field = (selectors: readonly string[], labels: readonly string[]) =>
    textOfFirst(root, selectors) ?? labelledValue(lines, labels);

  const orderId =
    firstOrderId(textOfFirst(root, ORDER.orderId)) ??
    firstOrderId(labelledValue(lines, FIELD_LABELS.orderId)) ??
    orderIdFromUrl(parsed.url) ??
    firstOrderId(text);
  if (!orderId) return unrecognised(url, `no order id found on ${parsed.url.pathname}`);

  const orderDateText = field(ORDER.purchaseDate, FIELD_LABELS.purchaseDate);
  const shipByText = field(ORDER.shipBy, FIELD_LABELS.shipBy);
  const statusText = field(ORDER.status, FIELD_LABELS.status);
  const paymentMethod = field(ORDER.paymentMethod, FIELD_LABELS.paymentMethod);
  const items = readItems(root, text);
  if (!orderDateText && !statusText && items.length === 0) {
    return unrecognised(url, `order ${orderId}: no order date, status or items found on the page`);
  }
  return {
    kind: 'order',
    url,
    marketplace,
    orderId,
    orderDate: parsePageDate(orderDateText, marketplace),
    orderDateText,
    status: statusOf(statusText),
    statusText,
    fulfilment: fulfilmentOf(field(ORDER.fulfilment, FIELD_LABELS.fulfilment)),
    shipBy: parsePageDate(shipByText, marketplace),
    shipByText,
    shipToCountry: readShipToCountry(root),
    buyerName: field(ORDER.buyerName, FIELD_LABELS.buyerName),
    paymentMethod,
    paymentKind: paymentKindOf(paymentMethod),
    buyerRequestedCancel: textOfFirst(root, ORDER.buyerRequestedCancel),
    items,
  };
}

/** The address block's last line is the country, written in the UI language ("日本", "United States"). */
function readShipToCountry(root: Element | Document): string | null {
  const address = firstDeep(root, ORDER.shipToAddress);
  if (!address) return null;
  const spans = queryAllDeep(address, 'span').map((s) => lineText(s)).filter(Boolean);
  const last = spans[spans.length - 1] ?? textLines(visibleText(address)).pop();
  return last || null;
}

function readItems(root: Element | Document, pageText: string): OrderItem[] {
  const items: OrderItem[] = [];
  for (const row of allDeep(root, ORDER.itemRows)) {
    const cell = firstDeep(row, ORDER.productCell);
    if (!cell) continue;
    const rowLines = textLines(visibleText(row));
    const link = firstDeep(cell, ORDER.productLink);
    const asin = asinInHref(link?.getAttribute('href')) ?? asinsInText(visibleText(cell))[0] ?? null;
    items.push({
      asin,
      sku: labelledValue(rowLines, FIELD_LABELS.sku),
      title: labelOf(firstDeep(cell, ORDER.productTitle)) || null,
      quantity:
        quantityOf(textOfFirst(row, ORDER.quantityCell)) ?? quantityOf(labelledValue(rowLines, FIELD_LABELS.quantity)) ?? 1,
    });
  }
  // No item table recognised: the ASINs written on the page are still worth having, each with its own details.
  return items.length > 0 ? items : itemsByAsin(root, pageText);
}
