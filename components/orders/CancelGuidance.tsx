import { useLiveQuery } from 'dexie-react-hooks';
import { freeTextCancelWarningFromDb, freeTextCancelWarningText } from '@/lib/feedback/account-health';
import { isSellerCentralUrl } from '@/lib/sellercentral/hosts';
import type { OrderSnapshot } from '@/lib/sellercentral/types';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { orderMessages } from './messages';

/**
 * Before the seller cancels: a cancellation the buyer requested through Amazon is safe (reason "Buyer Cancelled");
 * one asked for only in a free-text message would count against the seller's cancellation rate.
 */
export function CancelGuidance({ snapshot }: { snapshot: OrderSnapshot }) {
  const { db, openUrl } = useServices();
  const t = useT(orderMessages);
  const lang = useUi((s) => s.lang);
  const orderId = typeof snapshot.orderId === 'string' ? snapshot.orderId.trim() : '';
  const viaAmazon = typeof snapshot.buyerRequestedCancel === 'string' && snapshot.buyerRequestedCancel.trim() !== '';
  const warning = useLiveQuery(async () => {
    if (!orderId || viaAmazon) return null;
    const result = await freeTextCancelWarningFromDb(db, orderId);
    if (!result.warn) return null;
    const threads = await db.threads.bulkGet(result.messageThreadKeys);
    return threads.flatMap((th) => (th && isSellerCentralUrl(th.url) ? [th.url] : []));
  }, [db, orderId, viaAmazon]);

  if (viaAmazon) {
    return (
      <section className="card buyer-cancel" data-testid="buyer-cancel-safe" aria-labelledby="buyer-cancel-title">
        <h2 id="buyer-cancel-title" className="card-title">
          <span className="badge ok">✓</span> {t('buyerCancelTitle')}
        </h2>
        <p>{t('buyerCancelSafe', { reason: snapshot.buyerRequestedCancel!.trim() })}</p>
      </section>
    );
  }
  if (!warning || snapshot.status === 'canceled') return null;
  return (
    <section className="card warning cancel-warning" role="alert" data-testid="cancel-rate-warning">
      <h2 className="card-title">{t('cancelWarningTitle')}</h2>
      <p>{freeTextCancelWarningText(lang)}</p>
      {warning.length > 0 && (
        <div className="actions">
          {warning.map((url) => (
            <button key={url} type="button" onClick={() => openUrl(url)}>
              {t('openMessage')}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
