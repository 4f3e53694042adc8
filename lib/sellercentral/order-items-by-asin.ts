import { composedParent, labelOf, lineText, ownText, queryAllDeep, selfAndAncestors, visibleText } from './dom';
import { FIELD_LABELS } from './labels';
import { asinInHref, asinsInText } from './patterns';
import { labelledValue, quantityOf, textLines } from './read-common';
import { ORDER } from './selectors';
import type { OrderItem } from './types';

/**
 * Order items when no item table is recognised (its classes renamed): one item per ASIN written on the page. Each
 * item's SKU, quantity and title are read only from that ASIN's own block — the largest element around it that
 * shows no other ASIN, i.e. its row — never from the page as a whole: on a two-item page the first "SKU:" on the
 * page belongs to the first item only. A detail the block does not show stays unknown (sku null, quantity 1).
 */
export function itemsByAsin(root: Element | Document, pageText: string): OrderItem[] {
  const asins = asinsInText(pageText);
  const anchors = anchorsOf(root, asins);
  const chains = new Map([...anchors.values()].map((a) => [a, selfAndAncestors(a)]));
  return asins.map((asin) => {
    const anchor = anchors.get(asin);
    const others = [...chains].filter(([a]) => a !== anchor).map(([, chain]) => chain);
    const block = anchor ? blockAround(anchor, root, others) : null;
    if (!block || !anchor) return { asin, sku: null, title: null, quantity: 1 };
    const lines = textLines(visibleText(block));
    const link = queryAllDeep(block, ORDER.productLink.join(',')).find((a) => asinInHref(a.getAttribute('href')) === asin);
    return {
      asin,
      sku: labelledValue(lines, FIELD_LABELS.sku),
      title: labelOf(link) || null,
      quantity: quantityInColumn(anchor) ?? quantityOf(labelledValue(lines, FIELD_LABELS.quantity)) ?? 1,
    };
  });
}

/** For each ASIN, the first element whose own text (not its children's) shows it. */
function anchorsOf(root: Element | Document, asins: readonly string[]): Map<string, Element> {
  const anchors = new Map<string, Element>();
  if (asins.length === 0) return anchors;
  for (const el of queryAllDeep(root, '*')) {
    const own = ownText(el);
    if (!own) continue;
    for (const asin of asins) if (!anchors.has(asin) && own.includes(asin)) anchors.set(asin, el);
    if (anchors.size === asins.length) break;
  }
  return anchors;
}

/**
 * The largest element around `anchor`, up to `root`, that holds none of the other ASINs' anchors (given as their
 * chains of ancestors, so each step is a set lookup).
 */
function blockAround(anchor: Element, root: Element | Document, others: readonly Set<Node>[]): Element {
  let block = anchor;
  for (let parent = composedParent(block); parent && parent.nodeType === 1 && block !== root; parent = composedParent(parent)) {
    if (others.some((chain) => chain.has(parent!))) break;
    block = parent as Element;
  }
  return block;
}

/**
 * The quantity in the anchor's table row, from the column whose header is a quantity label ("数量", "Quantity"): a
 * header's words outlive the classes on its cells. Null outside a table, or when the columns do not line up.
 */
function quantityInColumn(anchor: Element): number | null {
  const row = anchor.closest('tr');
  const table = row?.closest('table');
  if (!row || !table) return null;
  const header = Array.from(table.querySelectorAll('tr')).find(
    (tr) => tr !== row && tr.closest('table') === table && cellsOf(tr).some((cell) => cell.localName === 'th'),
  );
  if (!header) return null;
  const headerCells = cellsOf(header);
  const cells = cellsOf(row);
  if (headerCells.length !== cells.length || [...headerCells, ...cells].some((c) => Number(c.getAttribute('colspan') ?? 1) > 1)) {
    return null;
  }
  const labels = FIELD_LABELS.quantity.map((l) => l.toLowerCase());
  const column = headerCells.findIndex((cell) => labels.includes(lineText(cell).toLowerCase().replace(/[:：]\s*$/, '')));
  return column >= 0 ? quantityOf(lineText(cells[column])) : null;
}

/** A row's own cells (not those of a table nested in one of them), through any wrappers between row and cell. */
function cellsOf(row: Element): Element[] {
  return Array.from(row.querySelectorAll('td, th')).filter((cell) => cell.closest('tr') === row);
}
