import type { HoldFlag, HoldOverviewEntry } from '@/lib/holds';
import { formatTime } from '@/lib/holds';
import { HoldReasons } from '../holds/HoldEntry';
import { HoldReport } from '../holds/HoldReport';
import { holdMessages } from '../holds/messages';
import { panelTimeZone } from '../holds/time-zone';
import { useHoldsOverview } from '../holds/use-holds';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';

/**
 * On an order page or list: a warning for each ASIN of the page that is under a hold pattern, from what the store
 * has seen (the page's own orders are stored by the worker; the live query picks them up as soon as they land).
 */
export function HoldWarnings({ asins, sayWhenNone = false }: { asins: readonly (string | null | undefined)[]; sayWhenNone?: boolean }) {
  const t = useT(holdMessages);
  const { entries } = useHoldsOverview();
  const onPage = new Set(asins.flatMap((a) => (typeof a === 'string' && a.trim() ? [a.trim().toUpperCase()] : [])));
  const flagged = (entries ?? []).filter((e): e is HoldOverviewEntry & { flag: HoldFlag } => e.flag !== null && onPage.has(e.asin));
  if (entries === undefined) return null;
  if (flagged.length === 0) return sayWhenNone && onPage.size > 0 ? <p className="muted status-line">{t('noHoldOnPage')}</p> : null;
  return (
    <>
      {flagged.map((entry) => (
        <HoldWarning key={entry.asin} entry={entry} />
      ))}
    </>
  );
}

function HoldWarning({ entry }: { entry: HoldOverviewEntry & { flag: HoldFlag } }) {
  const t = useT(holdMessages);
  const lang = useUi((s) => s.lang);
  const setView = useUi((s) => s.setView);
  const { flag } = entry;
  return (
    <section className="card warning hold-warning" role="alert" data-testid="hold-warning" data-asin={entry.asin}>
      <h2 className="card-title">{t('warningTitle', { asin: entry.asin })}</h2>
      <p>
        {t('warningSummary', {
          orders: flag.pendingOrders,
          units: flag.lockedUnits,
          release: formatTime(flag.expectedReleaseAt, lang, panelTimeZone(entry.timeline)),
        })}
      </p>
      <p>
        <strong>{t('warningAdvice')}</strong>
      </p>
      <HoldReasons flag={flag} level={3} zone={panelTimeZone(entry.timeline)} />
      <HoldReport entry={entry} reportTestId="hold-warning-report" level={3} />
      <button type="button" className="link-button" onClick={() => setView('holds')}>
        {t('openHolds')}
      </button>
    </section>
  );
}
