import { useLiveQuery } from 'dexie-react-hooks';
import { responseStats } from '@/lib/db/queries';
import { cancellationRateFromDb, describeCancellationRate } from '@/lib/feedback/account-health';
import { useClock } from '../deadlines/use-clock';
import { ResponseShare } from '../deadlines/ResponseShare';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { feedbackViewMessages } from './messages';

const STATUS_BADGE = { ok: 'ok', warn: 'amber', bad: 'red' } as const;

/**
 * The account-health guard, from what the store has seen: the seller's own cancellations over 7 days against
 * Amazon's < 2.5% (and the < 1% many aim for), and the response-time share of the "Needs reply" feature.
 */
export function AccountHealth() {
  const { db } = useServices();
  const t = useT(feedbackViewMessages);
  const lang = useUi((s) => s.lang);
  const now = useClock();
  const data = useLiveQuery(
    () => Promise.all([cancellationRateFromDb(db, now, 7), responseStats(db, now, 7), responseStats(db, now, 30)]),
    [db, now],
  );
  return (
    <section className="card account-health" data-testid="account-health" aria-labelledby="account-health-title">
      <h2 id="account-health-title">{t('healthTitle')}</h2>
      {data === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <h3>{t('cancelRateTitle')}</h3>
          {data[0].orders === 0 ? (
            <p className="muted" data-testid="cancel-rate">{t('cancelRateNone')}</p>
          ) : (
            <CancelRate rate={data[0]} lang={lang} />
          )}
          <p className="muted status-line">{t('responseTitle')}</p>
          <ResponseShare stats={data[1]} testId="health-response-7" />
          <ResponseShare stats={data[2]} testId="health-response-30" />
        </>
      )}
    </section>
  );
}

function CancelRate({ rate, lang }: { rate: Awaited<ReturnType<typeof cancellationRateFromDb>>; lang: 'en' | 'ja' }) {
  const { summary, status } = describeCancellationRate(rate, lang);
  return (
    <p data-testid="cancel-rate" data-status={rate.status}>
      <span className={`badge ${STATUS_BADGE[rate.status]}`}>{status}</span> {summary}
    </p>
  );
}
