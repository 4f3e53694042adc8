import { useEffect } from 'react';
import { acknowledgeHolds, type HoldFlag } from '@/lib/holds';
import { useServices } from '../shell/services';
import { useT } from '../shell/use-t';
import { HoldEntry } from './HoldEntry';
import { holdMessages } from './messages';
import { ReportImport } from './ReportImport';
import { useHoldsOverview } from './use-holds';

/**
 * The "Holds" view: every ASIN with pending orders or a hold on record (flags first), and the order report import.
 * Showing a flag here is the seller seeing it: the flags on screen are acknowledged (the badge's hold count drops).
 */
export function HoldsView() {
  const { db } = useServices();
  const t = useT(holdMessages);
  const { entries, now } = useHoldsOverview();

  // Acknowledge once per set of unseen flags (not on every minute's re-evaluation); a write that changes nothing
  // (e.g. a released record the worker has not re-flagged yet) cannot loop, since the set stays the same.
  const unseen = entries?.filter((e) => e.flag && !e.acknowledged) ?? [];
  const unseenKey = unseen.map((e) => e.asin).join(' ');
  useEffect(() => {
    if (unseenKey === '') return;
    const shown = (entries ?? []).flatMap((e) => (e.flag ? [e.flag] : [])) as HoldFlag[];
    acknowledgeHolds(db, shown, now).catch(() => {
      // Not being able to record "seen" only leaves the badge count up; the view itself is unaffected.
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the unseen set on purpose (see above)
  }, [db, unseenKey]);

  return (
    <>
      <section className="card" aria-labelledby="holds-title">
        <h2 id="holds-title">{t('title')}</h2>
        <p className="muted">{t('intro')}</p>
        {entries === undefined ? <p className="muted">{t('loading')}</p> : entries.length === 0 && <p>{t('empty')}</p>}
      </section>
      {entries?.map((entry) => <HoldEntry key={entry.asin} entry={entry} />)}
      <ReportImport />
    </>
  );
}
