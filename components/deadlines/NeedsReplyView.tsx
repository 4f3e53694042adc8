import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { storeFullMessage, StoreFullError } from '@/lib/db/errors';
import { needsReply, responseStats, type ResponseStats } from '@/lib/db/queries';
import type { ThreadRecord } from '@/lib/db/records';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/db/settings';
import { markNoResponseNeeded } from '@/lib/db/threads';
import { deadlineState, formatCountdown, type DeadlineState } from '@/lib/deadlines/countdown';
import { isSellerCentralUrl } from '@/lib/sellercentral/hosts';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { formatDuration } from './format-duration';
import { useCategoryName } from '../shared/category-names';
import { deadlineMessages, NO_RESPONSE_CATEGORIES } from './messages';
import { ResponseShare } from './ResponseShare';
import { useClock } from './use-clock';

const BADGE_CLASS: Record<DeadlineState, string> = { overdue: 'red', near: 'amber', ok: 'ok', closed: '' };

/** The "Needs reply" view: open threads, most urgent first, with their 24 h countdowns, then the response-time figures. */
export function NeedsReplyView() {
  const services = useServices();
  const { db } = services;
  const t = useT(deadlineMessages);
  const lang = useUi((s) => s.lang);
  const now = useClock();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  // The list does not depend on the time (the index order is the urgency order); the countdowns are computed from
  // `now` at render, so the minute tick re-renders without re-reading the database.
  const items = useLiveQuery(() => needsReply(db, services.now()), [db]);
  const stats = useLiveQuery(() => Promise.all([responseStats(db, now, 7), responseStats(db, now, 30)]), [db, now]);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const nearHours = settings?.nearWindowHours ?? DEFAULT_SETTINGS.nearWindowHours;

  async function markDone(thread: ThreadRecord) {
    try {
      await markNoResponseNeeded(db, thread.key, now);
      setNotice({ error: false, text: t('markedNoResponse') });
    } catch (error) {
      const text = error instanceof StoreFullError ? storeFullMessage(lang) : error instanceof Error ? error.message : String(error);
      setNotice({ error: true, text });
    }
  }

  return (
    <>
      <section className="card needs-reply" aria-labelledby="needs-reply-title">
        <h2 id="needs-reply-title">{t('title')}</h2>
        {notice && (
          <p role={notice.error ? 'alert' : 'status'} className={notice.error ? 'findings' : 'notice'} data-testid="needs-reply-notice">
            {notice.text}
          </p>
        )}
        {items === undefined ? (
          <p className="muted">{t('loading')}</p>
        ) : items.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <>
            <p className="muted">{t('count', { count: items.length })}</p>
            <ul className="needs-reply-list">
              {items.map(({ thread }) => (
                <NeedsReplyItem key={thread.key} thread={thread} now={now} nearHours={nearHours} onMarkDone={markDone} />
              ))}
            </ul>
          </>
        )}
      </section>
      {stats && <ResponseStatsCard week={stats[0]} month={stats[1]} />}
    </>
  );
}

function NeedsReplyItem(props: { thread: ThreadRecord; now: number; nearHours: number; onMarkDone(thread: ThreadRecord): void }) {
  const { thread, now, nearHours, onMarkDone } = props;
  const { openUrl } = useServices();
  const t = useT(deadlineMessages);
  const categoryName = useCategoryName();
  const lang = useUi((s) => s.lang);
  const state = deadlineState(thread, now, nearHours);
  // Only a Seller Central page is opened: the URL came from a page snapshot, so it is checked, never trusted.
  const link = isSellerCentralUrl(thread.url) ? thread.url : null;
  const canDismiss = NO_RESPONSE_CATEGORIES.includes(thread.category ?? '');
  return (
    <li className={`needs-reply-item ${state}`} data-testid="needs-reply-item" data-key={thread.key}>
      <div className="card-title">
        <span className={`badge ${BADGE_CLASS[state]}`} data-testid="countdown" data-state={state}>
          {formatCountdown(thread.dueAt - now, lang)}
        </span>
        <h3 dir="auto">{thread.buyerName ?? t('unknownBuyer')}</h3>
        {thread.scam && <span className="badge red">{t('scam')}</span>}
      </div>
      <p className="muted status-line">
        {thread.orderId ? t('orderId', { orderId: thread.orderId }) : t('noOrder')} · {categoryName(thread.category)}
      </p>
      {thread.subject && <p className="needs-reply-subject" dir="auto">{thread.subject}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={!link} title={link ? undefined : t('openUnavailable')} onClick={() => link && openUrl(link)}>
          {t('open')}
        </button>
        {canDismiss && (
          <button type="button" onClick={() => onMarkDone(thread)}>
            {t('markNoResponse')}
          </button>
        )}
      </div>
    </li>
  );
}

function ResponseStatsCard({ week, month }: { week: ResponseStats; month: ResponseStats }) {
  const t = useT(deadlineMessages);
  const categoryName = useCategoryName();
  const lang = useUi((s) => s.lang);
  const categories = [...new Set([...Object.keys(month.byCategory), ...Object.keys(week.byCategory)])].sort(
    (a, b) => (month.byCategory[b] ?? 0) - (month.byCategory[a] ?? 0) || a.localeCompare(b),
  );
  return (
    <section className="card response-stats" aria-labelledby="response-stats-title">
      <h2 id="response-stats-title">{t('statsTitle')}</h2>
      <ResponseShare stats={week} testId="stats-7" />
      <ResponseShare stats={month} testId="stats-30" />
      <dl className="facts">
        <div className="fact">
          <dt>{t('statsMedian')}</dt>
          <dd data-testid="stats-median">
            {month.medianResponseMs === null ? t('statsMedianNone') : `${formatDuration(month.medianResponseMs, lang)} (${t('days30')})`}
          </dd>
        </div>
      </dl>
      {categories.length > 0 && (
        <table data-testid="stats-categories">
          <caption className="visually-hidden">{t('byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              <th scope="col">{t('days7')}</th>
              <th scope="col">{t('days30')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c}>
                <th scope="row">{categoryName(c)}</th>
                <td>{week.byCategory[c] ?? 0}</td>
                <td>{month.byCategory[c] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
