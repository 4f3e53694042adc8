import { parsePageDate } from './dates';
import { allDeep, composedContains, firstDeep, labelOf, queryAllDeep, visibleText } from './dom';
import { firstOrderId } from './patterns';
import { marketplaceOfPage, textLines, unrecognised } from './read-common';
import { FEEDBACK } from './selectors';
import type { FeedbackRow, FeedbackSnapshot, Unrecognised } from './types';
import { parseSellerCentralUrl, pathOf } from './urls';

/** Feedback Manager (/feedback-manager/index.html): the seller-feedback table, one row per rated order. */
export function readFeedback(doc: Document, url: string): FeedbackSnapshot | Unrecognised {
  const parsed = parseSellerCentralUrl(url);
  if (!parsed.ok) return unrecognised(url, parsed.reason);
  if (parsed.kind !== 'feedback') return unrecognised(url, `not the feedback manager (${parsed.url.pathname})`);
  const marketplace = marketplaceOfPage(doc, parsed.url, parsed.marketplace);
  const root = firstDeep(doc, FEEDBACK.root) ?? doc;
  const headers = queryAllDeep(root, FEEDBACK.headerRow.join(','));

  const rows: FeedbackRow[] = [];
  for (const row of allDeep(root, FEEDBACK.rows)) {
    if (headers.some((h) => composedContains(h, row))) continue;
    const cells = allDeep(row, FEEDBACK.cells);
    const orderId =
      firstOrderId(labelOf(firstDeep(row, FEEDBACK.orderId))) ??
      firstOrderId(firstDeep(row, FEEDBACK.orderId)?.getAttribute('href')) ??
      firstOrderId(visibleText(row));
    if (!orderId) continue;
    const dateText = textLines(visibleText(firstDeep(row, FEEDBACK.orderDate) ?? cells[0] ?? row))[0] ?? null;
    // The comment is the fourth cell when it has no class of its own (date, rating, order id, comment).
    const commentEl = firstDeep(row, FEEDBACK.comment) ?? cells[3] ?? null;
    rows.push({
      orderId,
      date: parsePageDate(dateText, marketplace),
      dateText,
      rating: readRating(firstDeep(row, FEEDBACK.rating), visibleText(row)),
      comment: commentEl ? visibleText(commentEl) : '',
    });
  }
  if (rows.length === 0) return unrecognised(url, `no feedback rows found on ${pathOf(parsed.url)}`);
  return { kind: 'feedback', url, marketplace, rows };
}

/** kat-star-rating carries the rating in `value`; else its label or the row's text ("5 つ星のうち 4", "4 out of 5"). */
function readRating(el: Element | null, rowText: string): number | null {
  const candidates = [
    el?.getAttribute('value'),
    el?.getAttribute('rating'),
    el?.getAttribute('aria-label'),
    el ? labelOf(el) : null,
  ];
  for (const candidate of candidates) {
    const m = candidate ? /(?:5\s*つ星のうち\s*)?([1-5])(?:[.,]0)?(?!\d)/.exec(candidate) : null;
    if (m) return Number(m[1]);
  }
  const written = /5\s*つ星のうち\s*([1-5])|([1-5])\s*(?:out of|von|sur)\s*5/i.exec(rowText);
  const value = written?.[1] ?? written?.[2];
  return value ? Number(value) : null;
}
