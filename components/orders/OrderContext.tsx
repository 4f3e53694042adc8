import { deadlineState, formatCountdown, HOUR_MS, SHIP_BY_NEAR_HOURS } from '@/lib/deadlines/countdown';
import type { OrderSnapshot } from '@/lib/sellercentral/types';
import { useClock } from '../deadlines/use-clock';
import { formatDuration } from '../deadlines/format-duration';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { orderMessages } from './messages';

const DAY_MS = 24 * HOUR_MS;
/** Amazon's standard return window. */
const RETURN_WINDOW_DAYS = 30;
/** Ship-by within this many hours shows amber, like a near reply deadline. */
const SHIPPING_DONE = ['shipped', 'delivered', 'canceled', 'returned'] as const;

function parseIso(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/** What the seller needs to know before answering about this order: who ships it, how old it is, what is due. */
export function OrderContext({ snapshot }: { snapshot: OrderSnapshot }) {
  const t = useT(orderMessages);
  const lang = useUi((s) => s.lang);
  const now = useClock();
  const orderedAt = parseIso(snapshot.orderDate);
  const shipBy = parseIso(snapshot.shipBy);
  const age = orderedAt === null ? null : Math.max(0, now - orderedAt);
  const ageDays = age === null ? null : Math.floor(age / DAY_MS);
  const done = (SHIPPING_DONE as readonly string[]).includes(snapshot.status) ? (snapshot.status as (typeof SHIPPING_DONE)[number]) : null;
  const shipState = shipBy === null ? null : deadlineState({ open: 1, dueAt: shipBy }, now, SHIP_BY_NEAR_HOURS);

  return (
    <section className="card order-context" aria-labelledby="order-context-title" data-testid="order-context">
      <h2 id="order-context-title">{t('contextTitle')}</h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t('fulfilment')}</dt>
          <dd data-testid="order-fulfilment">
            {snapshot.fulfilment === 'FBA' ? t('fulfilmentFba') : snapshot.fulfilment === 'MFN' ? t('fulfilmentMfn') : t('fulfilmentUnknown')}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('orderAge')}</dt>
          <dd data-testid="order-age">{age === null ? (snapshot.orderDateText ?? t('notShown')) : t('orderAgeValue', { age: formatDuration(age, lang) })}</dd>
        </div>
        {ageDays !== null && (
          <div className="fact">
            <dt>{t('returnWindow')}</dt>
            <dd data-testid="return-window" data-over={ageDays >= RETURN_WINDOW_DAYS}>
              {ageDays >= RETURN_WINDOW_DAYS
                ? t('returnWindowOver', { days: ageDays })
                : t('returnWindowOpen', { days: RETURN_WINDOW_DAYS - ageDays })}
            </dd>
          </div>
        )}
        {(shipBy !== null || snapshot.shipByText) && (
          <div className="fact">
            <dt>{t('shipBy')}</dt>
            <dd data-testid="ship-by">
              {done ? (
                t('shipByDone', { status: t(`status_${done}`) })
              ) : shipBy !== null && shipState ? (
                <span className={`badge ${shipState === 'overdue' ? 'red' : shipState === 'near' ? 'amber' : 'ok'}`}>
                  {formatCountdown(shipBy - now, lang)}
                </span>
              ) : null}
              {snapshot.shipByText && <span className="muted"> {snapshot.shipByText}</span>}
            </dd>
          </div>
        )}
      </dl>
      {snapshot.fulfilment === 'FBA' && <p className="muted">{t('fbaNote')}</p>}
    </section>
  );
}
