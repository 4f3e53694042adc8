import { marketplaceOfHost, type Marketplace } from './hosts';
import { marketplaceOfId } from './marketplaces';
import { ORDER_ID, UUID } from './patterns';
import type { PageKind } from './types';

/**
 * Seller Central URL shapes (from the shared notes): which reader a path belongs to, and the ids URLs carry.
 *   messaging: /messaging/inbox-v3?fi=caseId&ss=<uuid>&cc=<uuid>, ?fi=search&ss=<orderId>, /messaging/contact?orderID=…,
 *              legacy /messaging/inbox and /gp/communication-manager/…
 *   orders:    /orders-v3/order/<3-7-7>, lists /orders-v3?page=…, /orders-v3/mfn/unshipped, /mfn/pending, /fba/all
 *   feedback:  /feedback-manager/index.html (#/ fragment)
 */
const PATH_KINDS: ReadonlyArray<readonly [RegExp, PageKind]> = [
  [/^\/messaging(?:\/|$)/, 'thread'],
  [/^\/gp\/communication-manager(?:\/|$)/, 'thread'],
  [/^\/orders-v3\/order\/[^/]+/, 'order'],
  [/^\/orders-v3(?:\/|$)/, 'orderList'],
  [/^\/feedback-manager(?:\/|$)/, 'feedback'],
];

const ORDER_DETAIL_PATH = /^\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})/;

export type ParsedUrl =
  | { ok: true; url: URL; marketplace: Marketplace; kind: PageKind | null }
  | { ok: false; reason: string };

export function parseSellerCentralUrl(raw: string): ParsedUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `not a valid URL: ${JSON.stringify(raw.slice(0, 200))}` };
  }
  const hostMarketplace = marketplaceOfHost(url.hostname);
  if (url.protocol !== 'https:' || hostMarketplace === null) {
    return { ok: false, reason: `not a Seller Central page (${url.hostname || url.protocol})` };
  }
  const kind = PATH_KINDS.find(([pattern]) => pattern.test(url.pathname))?.[1] ?? null;
  return { ok: true, url, marketplace: hostMarketplace, kind };
}

/** The contact-buyer page (/messaging/contact?orderID=…): a new conversation, with no message yet. */
export function isContactBuyerPage(url: URL): boolean {
  return /^\/messaging\/contact(?:\/|$)/.test(url.pathname);
}

/** Case id: `ss` when the filter is a case id (or any uuid in ss), else `cc`. */
export function threadIdFromUrl(url: URL): string | null {
  for (const key of ['ss', 'cc', 'caseId', 'threadId']) {
    const value = url.searchParams.get(key);
    const uuid = value ? UUID.exec(value)?.[0] : undefined;
    if (uuid) return uuid.toLowerCase();
  }
  return null;
}

/** Order id in the path (order detail), in ?orderID= (contact buyer) or in a search filter (?fi=search&ss=<id>). */
export function orderIdFromUrl(url: URL): string | null {
  const fromPath = ORDER_DETAIL_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  for (const key of ['orderID', 'orderId', 'ss']) {
    const value = url.searchParams.get(key);
    const id = value ? ORDER_ID.exec(value)?.[0] : undefined;
    if (id) return id;
  }
  return null;
}

/** A marketplace id carried in the URL (contact pages, switcher links). */
export function marketplaceFromUrl(url: URL): Marketplace | null {
  for (const key of ['marketplaceID', 'marketplaceId', 'mons_sel_mkid']) {
    const found = marketplaceOfId(url.searchParams.get(key));
    if (found) return found;
  }
  return null;
}

export function pathOf(url: URL): string {
  return url.pathname + url.search;
}
