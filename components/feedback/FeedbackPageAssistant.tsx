import { useLiveQuery } from 'dexie-react-hooks';
import { negativeRatingNote } from '@/lib/feedback/describe';
import { checkFeedback } from '@/lib/feedback/removal';
import type { FeedbackRow, FeedbackSnapshot, Fulfilment } from '@/lib/sellercentral/types';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { FeedbackFlag, type FlaggedFeedback } from './FeedbackFlag';
import { feedbackViewMessages } from './messages';
import { useSellerName } from './use-seller-name';

/**
 * On the Feedback Manager page: the removal check for each negative row of the page. Checked straight from the
 * snapshot (not from the store), so it is right before the worker has stored the rows; the fulfilment channel,
 * which the page does not show, comes from the orders the store has seen.
 */
export function FeedbackPageAssistant({ snapshot }: { snapshot: FeedbackSnapshot }) {
  const { db } = useServices();
  const t = useT(feedbackViewMessages);
  const lang = useUi((s) => s.lang);
  const sellerName = useSellerName();
  // One row per order id (the first, as the store keeps it): a page listing an order twice shows one flag.
  const byId = new Map<string, FeedbackRow>();
  for (const row of Array.isArray(snapshot.rows) ? snapshot.rows : []) {
    const id = typeof row?.orderId === 'string' ? row.orderId.trim() : '';
    if (id && !byId.has(id)) byId.set(id, row);
  }
  const rows = [...byId.values()];
  const ids = [...byId.keys()];
  const idsKey = ids.join(' ');
  const channels = useLiveQuery(async () => {
    const orders = ids.length ? await db.orders.where('orderId').anyOf(ids).toArray() : [];
    const map = new Map<string, Fulfilment>();
    for (const o of orders) if (o.fulfilment) map.set(o.orderId, o.fulfilment);
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ids is derived from idsKey
  }, [db, idsKey]);

  const flagged: FlaggedFeedback[] = rows.flatMap((row) => {
    const orderId = row.orderId.trim();
    const comment = typeof row.comment === 'string' ? row.comment : '';
    const fulfillment = channels?.get(orderId) ?? null;
    const check = checkFeedback({ rating: row.rating, comment, fulfillment });
    return check.negative ? [{ orderId, rating: row.rating, comment, dateText: row.dateText, marketplace: snapshot.marketplace, fulfillment, check }] : [];
  });

  return (
    <>
      <section className="card" aria-labelledby="feedback-page-title" data-testid="feedback-page">
        <h2 id="feedback-page-title">{t('pageTitle')}</h2>
        <p>
          {rows.length === 0
            ? t('pageNoRows')
            : flagged.length === 0
              ? t('pageAllPositive')
              : t('pageSummary', { negative: flagged.length, total: rows.length })}
        </p>
        {flagged.length > 0 && <p className="muted">{negativeRatingNote(lang)}</p>}
      </section>
      {flagged.map((item) => (
        <FeedbackFlag key={item.orderId} item={item} sellerName={sellerName} />
      ))}
    </>
  );
}
