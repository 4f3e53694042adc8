import type { HoldTimelineEntry } from '@/lib/holds';
import { formatTime, orderTime } from '@/lib/holds';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { holdMessages } from './messages';
import { panelTimeZone } from './time-zone';

/** The orders of one ASIN that were pending at some point, oldest first, with their current status. */
export function HoldTimeline({ orders }: { orders: readonly HoldTimelineEntry[] }) {
  const t = useT(holdMessages);
  const lang = useUi((s) => s.lang);
  const zone = panelTimeZone(orders);
  if (orders.length === 0) return null;
  return (
    <table className="hold-timeline">
      <caption className="visually-hidden">{t('timeline')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colOrder')}</th>
          <th scope="col">{t('colDate')}</th>
          <th scope="col">{t('colQuantity')}</th>
          <th scope="col">{t('colPayment')}</th>
          <th scope="col">{t('colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <tr key={o.key} className={o.pending === 1 ? 'pending' : undefined}>
            <th scope="row">{o.orderId}</th>
            <td>{formatTime(orderTime(o), lang, zone)}</td>
            <td>{o.quantity || '?'}</td>
            <td>{t(`pay_${o.paymentKind ?? 'unknown'}`)}</td>
            <td>
              {t(`status_${o.status}`)}
              {o.history.length > 1 && <span className="muted"> ({formatTime(o.history.at(-1)!.at, lang, zone)})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
