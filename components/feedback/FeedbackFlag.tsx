import { describeCheck } from '@/lib/feedback/describe';
import { buyerFollowUpMessage } from '@/lib/feedback/follow-up';
import type { FeedbackCheck } from '@/lib/feedback/removal';
import { removalRequestText, removalSteps, removalStepsTitle } from '@/lib/feedback/removal-request';
import type { Marketplace } from '@/lib/sellercentral/hosts';
import type { Fulfilment } from '@/lib/sellercentral/types';
import { CopyBlock } from '../shared/CopyBlock';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { buyerLanguage } from './buyer-lang';
import { feedbackViewMessages } from './messages';

export interface FlaggedFeedback {
  orderId: string;
  rating: number | null;
  comment: string;
  dateText: string | null;
  marketplace: Marketplace | null;
  fulfillment: Fulfilment | null;
  check: FeedbackCheck;
}

function isStarRating(rating: number | null): rating is number {
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5;
}

/**
 * One negative feedback: the comment (as text), why Amazon would or would not remove it, and the text to paste:
 * the removal request for a removable one, else a polite message to the buyer. The seller sends either; we never do.
 */
export function FeedbackFlag({ item, sellerName }: { item: FlaggedFeedback; sellerName: string }) {
  const t = useT(feedbackViewMessages);
  const lang = useUi((s) => s.lang);
  const { check } = item;
  return (
    <article className="card feedback-flag" data-testid="feedback-flag" data-order-id={item.orderId} data-removable={check.removable}>
      <div className="card-title">
        <h3>{item.orderId}</h3>
        {isStarRating(item.rating) ? (
          <span className="badge red stars" role="img" aria-label={t('stars', { rating: item.rating })}>
            {'★'.repeat(item.rating) + '☆'.repeat(5 - item.rating)}
          </span>
        ) : (
          <span className="badge red">{t('noRating')}</span>
        )}
        <span className={`badge ${check.removable ? 'ok' : 'amber'}`}>{check.removable ? t('removable') : t('notRemovable')}</span>
      </div>
      <p className="muted status-line">
        {[item.dateText, item.fulfillment === 'FBA' ? t('fulfilmentFba') : item.fulfillment === 'MFN' ? t('fulfilmentMfn') : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {/* Scrollable when long, so it takes focus (keyboard users can scroll it); dir="auto" for right-to-left comments. */}
      {item.comment.trim() && (
        <blockquote dir="auto" tabIndex={0}>
          {item.comment}
        </blockquote>
      )}
      <ul className="feedback-reasons">
        {describeCheck(check, item.comment, lang).map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      {check.removable ? (
        <>
          <h4>{removalStepsTitle(lang)}</h4>
          <ol>
            {removalSteps(item.orderId, lang).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <CopyBlock
            label={t('requestLabel')}
            text={removalRequestText({ orderId: item.orderId, comment: item.comment, reasons: check.reasons }, lang)}
            testId="removal-request"
          />
        </>
      ) : (
        <>
          <h4>{t('followUpTitle')}</h4>
          <p className="muted">{t('followUpNote')}</p>
          <CopyBlock
            label={t('followUpLabel')}
            text={buyerFollowUpMessage({ orderId: item.orderId, sellerName }, buyerLanguage(item.comment, item.marketplace))}
            testId="feedback-follow-up"
          />
        </>
      )}
    </article>
  );
}
