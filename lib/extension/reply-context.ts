import type { Classification } from '@/lib/classify';
import type { GuardDB } from '@/lib/db/db';
import type { OrderRecord } from '@/lib/db/records';
import { getSettings } from '@/lib/db/settings';
import { listTemplates } from '@/lib/db/templates';
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
}

export async function orderContextFor(db: GuardDB, orderId: string | null, now: number): Promise<OrderContext | null> {
  if (!orderId) return null;
  const lines = await db.orders.where('orderId').equals(orderId).toArray();
  const first = lines[0];
  if (!first) return null;
  const orderDate = first.orderDate;
  return {
    orderId,
    fulfilment: lines.find((l) => l.fulfilment)?.fulfilment ?? null,
    orderDate,
    orderAgeDays: orderDate === null ? null : Math.floor((now - orderDate) / DAY_MS),
    status: first.status,
    asins: [...new Set(lines.map((l) => l.asin))],
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
    orderContextFor(db, snapshot.orderId, now),
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
      sellerName: settings.sellerName || null,
    },
  );
  return { suggestions, order };
}
