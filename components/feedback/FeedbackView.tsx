import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { negativeRatingNote } from '@/lib/feedback/describe';
import { FEEDBACK_MESSAGES } from '@/lib/feedback/messages';
import { checkedNegativeFeedback, feedbackLastVisit, markFeedbackVisited, newNegativeSinceLastVisit } from '@/lib/feedback/store';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { AccountHealth } from './AccountHealth';
import { FeedbackFlag } from './FeedbackFlag';
import { feedbackViewMessages } from './messages';
import { useSellerName } from './use-seller-name';

interface VisitCount {
  count: number;
  firstVisit: boolean;
}

/**
 * The "Feedback" view: negative feedback (1–3 stars) with the removal check and the text to paste, the count of new
 * negative feedback since the last visit, and the account-health guard. Opening the view is the visit: the count is
 * read first, then the visit is recorded (so the badge's count drops).
 */
export function FeedbackView() {
  const services = useServices();
  const { db } = services;
  const t = useT(feedbackViewMessages);
  const tLib = useT(FEEDBACK_MESSAGES);
  const lang = useUi((s) => s.lang);
  const sellerName = useSellerName();
  const negative = useLiveQuery(() => checkedNegativeFeedback(db), [db]);
  const [visit, setVisit] = useState<VisitCount | null>(null);
  const visited = useRef(false);

  useEffect(() => {
    if (visited.current) return; // once per opening (StrictMode runs effects twice)
    visited.current = true;
    void (async () => {
      try {
        const [firstVisit, count] = await Promise.all([feedbackLastVisit(db).then((v) => v === null), newNegativeSinceLastVisit(db)]);
        setVisit({ count, firstVisit });
        await markFeedbackVisited(db, services.now());
      } catch {
        // The count is a convenience; a failed read or write (full storage) must not hide the feedback itself.
      }
    })();
  }, [db, services]);

  return (
    <>
      <section className="card" aria-labelledby="feedback-title">
        <h2 id="feedback-title">{t('title')}</h2>
        {visit && (
          <p data-testid="new-negative" className={visit.count > 0 ? 'notice' : 'muted'} role="status">
            {visit.firstVisit && visit.count > 0
              ? t('firstVisit', { count: visit.count })
              : visit.count > 0
                ? tLib('new_negative_count', { count: visit.count })
                : t('noNewNegative')}
          </p>
        )}
        <p className="muted">{negativeRatingNote(lang)}</p>
        {negative === undefined ? <p className="muted">{t('loading')}</p> : negative.length === 0 && <p>{t('empty')}</p>}
      </section>
      {negative?.map(({ record, fulfillment, check }) => (
        <FeedbackFlag
          key={record.orderId}
          sellerName={sellerName}
          item={{ orderId: record.orderId, rating: record.rating, comment: record.comment, dateText: record.dateText, marketplace: record.marketplace, fulfillment, check }}
        />
      ))}
      <AccountHealth />
    </>
  );
}
