import { describeReason, formatTime, type HoldFlag, type HoldOverviewEntry } from '@/lib/holds';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { HoldReport } from './HoldReport';
import { HoldTimeline } from './HoldTimeline';
import { holdMessages } from './messages';
import { panelTimeZone } from './time-zone';

const STATE_BADGE = { watching: 'amber', reported: '', released: 'ok' } as const;

/** One ASIN of the Holds view: state, numbers, reasons, its orders, and for a flag the report to Seller Support. */
export function HoldEntry({ entry }: { entry: HoldOverviewEntry }) {
  const t = useT(holdMessages);
  const lang = useUi((s) => s.lang);
  const zone = panelTimeZone(entry.timeline);
  const { flag } = entry;
  const time = (ms: number) => formatTime(ms, lang, zone);
  return (
    <article className={`card hold-entry${flag ? ' warning' : ''}`} data-testid="hold-entry" data-asin={entry.asin} data-state={entry.state}>
      <div className="card-title">
        <h3>{entry.asin}</h3>
        <span className={`badge ${STATE_BADGE[entry.state]}`}>{t(`state_${entry.state}`)}</span>
        {flag && <span className="badge red">{t('flagged')}</span>}
      </div>
      <dl className="facts">
        <Fact label={t('pendingOrders')} value={String(entry.pendingOrders)} />
        <Fact label={t('lockedUnits')} value={String(flag?.lockedUnits ?? entry.pendingUnits)} />
        {flag && <Fact label={t('expectedRelease')} value={time(flag.expectedReleaseAt)} />}
        {entry.firstFlaggedAt !== null && <Fact label={t('firstFlagged')} value={time(entry.firstFlaggedAt)} />}
        {entry.reportedAt !== null && <Fact label={t('reportedAt')} value={time(entry.reportedAt)} />}
        {entry.releasedAt !== null && <Fact label={t('releasedAt')} value={time(entry.releasedAt)} />}
      </dl>
      {flag && <HoldReasons flag={flag} zone={zone} />}
      {entry.timeline.length > 0 && (
        <>
          <h4>{t('timeline')}</h4>
          <HoldTimeline orders={entry.timeline} />
        </>
      )}
      {flag && <HoldReport entry={{ ...entry, flag }} reportTestId="hold-report-text" />}
    </article>
  );
}

/** `level`: the heading level under the caller's (the Holds view nests it deeper than an order page's warning). */
export function HoldReasons({ flag, level = 4, zone = panelTimeZone() }: { flag: HoldFlag; level?: 3 | 4; zone?: string }) {
  const t = useT(holdMessages);
  const Heading = level === 3 ? 'h3' : 'h4';
  const lang = useUi((s) => s.lang);
  return (
    <>
      <Heading>{t('reasons')}</Heading>
      <ul className="hold-reasons">
        {flag.reasons.map((reason, i) => (
          <li key={i}>{describeReason(reason, lang, zone)}</li>
        ))}
      </ul>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
