import { allDeep, firstDeep, labelOf, lineText } from './dom';
import type { Marketplace } from './hosts';
import { classify, FULFILMENT_WORDS, PAYMENT_WORDS, STATUS_WORDS } from './labels';
import { marketplaceOfId, marketplaceOfStorefront } from './marketplaces';
import { MARKETPLACE_SWITCHER } from './selectors';
import type { Fulfilment, OrderStatus, PaymentKind, Unrecognised } from './types';
import { marketplaceFromUrl } from './urls';

/** Helpers shared by the page readers. */

export function unrecognised(url: string, reason: string): Unrecognised {
  return { kind: 'unrecognised', url, reason };
}

/**
 * The marketplace a page is about: a marketplace id in the URL, else the top bar's marketplace switcher (the
 * pan-European host and the DE host work FR/IT/ES… cases), else the host's own marketplace.
 */
export function marketplaceOfPage(doc: Document, url: URL, hostMarketplace: Marketplace): Marketplace {
  const fromUrl = marketplaceFromUrl(url);
  if (fromUrl) return fromUrl;
  const switcher = firstDeep(doc, MARKETPLACE_SWITCHER);
  if (switcher) {
    for (const attr of ['data-marketplace-id', 'value', 'data-value']) {
      const found = marketplaceOfId(switcher.getAttribute(attr));
      if (found) return found;
    }
    const found = marketplaceOfStorefront(labelOf(switcher));
    if (found) return found;
  }
  return hostMarketplace;
}

/**
 * A value shown next to a visible label, from the scope's text lines: "支払い方法：コンビニ払い" on one line, or a
 * label line followed by its value line (dt/dd, stacked spans). Labels are tried in the order given.
 */
export function labelledValue(lines: readonly string[], labels: readonly string[]): string | null {
  for (const label of labels) {
    const wanted = label.toLowerCase();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const lower = line.toLowerCase();
      if (!lower.startsWith(wanted)) continue;
      const rest = line.slice(label.length);
      const afterColon = /^\s*[:：]\s*(.*)$/.exec(rest);
      if (afterColon) {
        const value = afterColon[1]!.trim();
        if (value) return value;
        const next = lines[i + 1]?.trim();
        if (next) return next;
      } else if (rest.trim() === '') {
        const next = lines[i + 1]?.trim();
        if (next) return next;
      }
    }
  }
  return null;
}

export function textLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

export function statusOf(text: string | null): OrderStatus {
  return (text && classify(text, STATUS_WORDS)) || 'unknown';
}

export function fulfilmentOf(text: string | null): Fulfilment | null {
  return text ? classify(text, FULFILMENT_WORDS) : null;
}

export function paymentKindOf(text: string | null): PaymentKind | null {
  if (!text) return null;
  return classify(text, PAYMENT_WORDS) ?? 'other';
}

/** The text of the first element matching the selectors, or null when none matches or it is empty. */
export function textOfFirst(root: Document | Element | DocumentFragment, selectors: readonly string[]): string | null {
  const el = firstDeep(root, selectors);
  const text = el ? labelOf(el) : '';
  return text || null;
}

export function textsOfAll(root: Document | Element | DocumentFragment, selectors: readonly string[]): string[] {
  return allDeep(root, selectors).map((el) => lineText(el)).filter(Boolean);
}

/** A positive whole number from text such as "数量: 3", "Qty 2", "x1". */
export function quantityOf(text: string | null): number | null {
  const m = text ? /(\d{1,5})/.exec(text) : null;
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}
