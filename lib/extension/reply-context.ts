import type { Classification } from '@/lib/classify';
import type { GuardDB } from '@/lib/db/db';
import type { OrderRecord } from '@/lib/db/records';
import { getSettings } from '@/lib/db/settings';
import { listTemplates } from '@/lib/db/templates';
import { normaliseAsin } from '@/lib/holds/order-lines';
import type { UiLang } from '@/lib/i18n';
import { suggestReplies, type SuggestedReply } from '@/lib/replies';
import type { Fulfilment, ThreadSnapshot } from '@/lib/sellercentral/types';

const DAY_MS = 86_400_000;

/** What the store knows of a thread's order (from an order page or list read earlier). */
export interface OrderContext {
  orderId: string;
  fulfilment: Fulfilment | null;
  orderDate: number | null;
  orderAgeDays: number | null;
  status: OrderRecord['status'];
  asins: string[];
  /** Title of the item the thread is about (null: the order page was not read, or showed none). */
  title: string | null;
  /** Ship-by (handling time) deadline, epoch ms; null when no order page showed it. */
  shipBy: number | null;
}

/**
 * `threadAsin` (the first ASIN the thread names) picks the line whose title the replies use; without a match the
 * order's first line speaks for it (first by key, the index order: the same line whatever order pages were read in). Not another line's title when the matching line has none: a reply naming the
 * wrong product is worse than neutral wording.
 */
export async function orderContextFor(
  db: GuardDB,
  orderId: string | null,
  now: number,
  threadAsin: string | null = null,
): Promise<OrderContext | null> {
  if (!orderId) return null;
  const lines = await db.orders.where('orderId').equals(orderId).toArray();
  const first = lines[0];
  if (!first) return null;
  const orderDate = first.orderDate;
  const asin = normaliseAsin(threadAsin);
  const line = (asin && lines.find((l) => l.asin === asin)) || first;
  return {
    orderId,
    fulfilment: lines.find((l) => l.fulfilment)?.fulfilment ?? null,
    orderDate,
    orderAgeDays: orderDate === null ? null : Math.floor((now - orderDate) / DAY_MS),
    status: first.status,
    asins: [...new Set(lines.map((l) => l.asin))],
    title: line.title || null,
    // The order's deadline: ingestion puts it on every line, but a line read before the order page may lack it.
    shipBy: lines.find((l) => typeof l.shipBy === 'number')?.shipBy ?? null,
  };
}

/**
 * The reply suggestions for a thread: the one computation behind the panel's list and the keyboard shortcut, so the
 * shortcut inserts exactly the panel's top suggestion.
 */
export async function suggestionsForThread(args: {
  db: GuardDB;
  snapshot: ThreadSnapshot;
  classification: Classification;
  uiLang: UiLang;
  now: number;
}): Promise<{ suggestions: SuggestedReply[]; order: OrderContext | null }> {
  const { db, snapshot, classification, uiLang, now } = args;
  const [settings, library, order] = await Promise.all([
    getSettings(db),
    listTemplates(db),
    orderContextFor(db, snapshot.orderId, now, snapshot.asins[0] ?? null),
  ]);
  const suggestions = suggestReplies(
    {
      category: classification.category,
      scam: classification.scam,
      buyerLang: classification.lang,
      uiLang,
      fulfilment: order?.fulfilment ?? null,
      orderAgeDays: order?.orderAgeDays ?? null,
      library,
    },
    {
      buyerName: snapshot.buyerName,
      orderId: snapshot.orderId,
      asin: snapshot.asins[0] ?? null,
      productTitle: order?.title ?? null,
      sellerName: settings.sellerName || null,
    },
  );
  return { suggestions, order };
}
