import { useId } from 'react';
import type { OrderContext } from '@/lib/extension/reply-context';
import { RETURN_WINDOW_DAYS } from '@/lib/replies';
import { useT } from '../shell/use-t';
import { threadMessages } from './messages';

/**
 * What the store knows of the thread's order (read earlier from an order page or the order list): who ships it and
 * whether the 30-day return window is over, which changes the right answer to a complaint.
 */
export function OrderContextCard({ order }: { order: OrderContext | null }) {
  const t = useT(threadMessages);
  const titleId = useId();
  if (!order) {
    return (
      <p className="muted" data-testid="order-context-missing">
        {t('orderNotRead')}
      </p>
    );
  }
  const age = order.orderAgeDays;
  const fulfilment = order.fulfilment === 'FBA' ? t('fulfilmentFBA') : order.fulfilment === 'MFN' ? t('fulfilmentMFN') : t('fulfilmentUnknown');
  return (
    <section className="card" aria-labelledby={titleId} data-testid="order-context">
      <h2 id={titleId} className="card-title">
        {t('orderTitle')} <span className="muted">{order.orderId}</span>
      </h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t('fulfilment')}</dt>
          <dd data-testid="order-fulfilment" data-fulfilment={order.fulfilment ?? ''}>
            {fulfilment}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('orderAge')}</dt>
          <dd data-testid="order-age">{age === null ? t('orderAgeUnknown') : t('orderAgeDays', { days: Math.max(0, age) })}</dd>
        </div>
        {age !== null && (
          <div className="fact">
            <dt>{t('returnWindow')}</dt>
            <dd data-testid="return-window">
              {age > RETURN_WINDOW_DAYS ? (
                <span className="badge amber">{t('returnWindowOver', { days: RETURN_WINDOW_DAYS })}</span>
              ) : (
                t('returnWindowOpen', { days: RETURN_WINDOW_DAYS, left: RETURN_WINDOW_DAYS - Math.max(0, age) })
              )}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
