import type { ResponseStats } from '@/lib/db/queries';
import { useT } from '../shell/use-t';
import { formatPercent } from './format-duration';
import { deadlineMessages } from './messages';

/**
 * One window of Amazon's response-time figure: the share answered within 24 h as a number and a bar against the
 * 90% target. Shared by the "Needs reply" statistics and the Feedback view's account-health guard.
 */
export function ResponseShare({ stats, testId }: { stats: ResponseStats; testId?: string }) {
  const t = useT(deadlineMessages);
  const target = formatPercent(stats.target);
  const below = stats.meetsTarget === false;
  return (
    <div className="response-share" data-testid={testId}>
      <h3>{t('statsWindow', { days: stats.days })}</h3>
      {stats.share === null ? (
        <p className="muted">{t('statsNone')}</p>
      ) : (
        <>
          <p>
            <span className={`badge ${below ? 'red' : 'ok'}`}>{below ? t('statsBelow') : t('statsMeets')}</span>{' '}
            <span data-testid={testId ? `${testId}-share` : undefined}>
              {t('statsShare', { percent: formatPercent(stats.share), within: stats.answeredWithin24h, total: stats.total })}
            </span>
          </p>
          <div
            className={`bar share-bar${below ? ' below' : ''}`}
            role="img"
            aria-label={`${t('statsChart')}: ${formatPercent(stats.share)}% / ${target}%`}
          >
            <span style={{ width: `${Math.min(100, stats.share * 100)}%` }} />
            <i className="share-target" style={{ left: `${stats.target * 100}%` }} aria-hidden="true" />
          </div>
        </>
      )}
      <p className="muted status-line">
        {t('statsTarget', { target })}
        {stats.pending > 0 ? ` · ${t('statsPending', { count: stats.pending })}` : ''}
      </p>
    </div>
  );
}
