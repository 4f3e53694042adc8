import { useId } from 'react';
import { deadlineState, formatCountdown, SHIP_BY_NEAR_HOURS } from '@/lib/deadlines/countdown';
import type { OrderContext } from '@/lib/extension/reply-context';
import { RETURN_WINDOW_DAYS } from '@/lib/replies';
import { useClock } from '../deadlines/use-clock';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { threadMessages } from './messages';

/** Ship-by within this many hours shows amber, like a near reply deadline (as on the order page's card). */
/** Statuses for which the handling time still runs: once shipped or closed, the ship-by no longer matters. */
const AWAITING_SHIPMENT: readonly OrderContext['status'][] = ['pending', 'unshipped', 'unknown'];

/**
 * What the store knows of the thread's order (read earlier from an order page or the order list): who ships it and
 * whether the 30-day return window is over, which changes the right answer to a complaint.
 */
export function OrderContextCard({ order }: { order: OrderContext | null }) {
  const t = useT(threadMessages);
  const lang = useUi((s) => s.lang);
  const now = useClock();
  const titleId = useId();
  if (!order) {
    return (
      <p className="muted" data-testid="order-context-missing">
        {t('orderNotRead')}
      </p>
    );
  }
  const age = order.orderAgeDays;
  // A scam request asked hours after the order must not make the seller forget the handling time keeps running.
  const shipBy = Number.isFinite(order.shipBy) && AWAITING_SHIPMENT.includes(order.status) ? order.shipBy : null;
  const shipState = shipBy === null ? null : deadlineState({ open: 1, dueAt: shipBy }, now, SHIP_BY_NEAR_HOURS);
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
        {shipBy !== null && shipState && (
          <div className="fact">
            <dt>{t('shipBy')}</dt>
            <dd data-testid="order-ship-by" data-state={shipState}>
              <span className={`badge ${shipState === 'overdue' ? 'red' : shipState === 'near' ? 'amber' : 'ok'}`}>
                {formatCountdown(shipBy - now, lang)}
              </span>{' '}
              <time className="muted" dateTime={new Date(shipBy).toISOString()}>
                {new Date(shipBy).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en', { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
