import { useState } from 'react';
import { storeFullMessage, StoreFullError } from '@/lib/db/errors';
import { formatTime, markReported, sellerSupportReport, type HoldFlag, type HoldOverviewEntry } from '@/lib/holds';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { CopyBlock } from '../shared/CopyBlock';
import { holdMessages } from './messages';
import { panelTimeZone } from './time-zone';

/**
 * What to do about a flagged ASIN: the Seller Support procedure, the pre-filled case (subject and text, the UI
 * language first, then the other) to copy, and "Mark as reported" once the seller has sent it. The extension never
 * opens or sends the case itself.
 */
export function HoldReport(props: { entry: HoldOverviewEntry & { flag: HoldFlag }; reportTestId: string; level?: 3 | 4 }) {
  const { entry, reportTestId, level = 4 } = props;
  const Heading = level === 3 ? 'h3' : 'h4';
  const services = useServices();
  const t = useT(holdMessages);
  const lang = useUi((s) => s.lang);
  const zone = panelTimeZone(entry.timeline);
  const [error, setError] = useState<string | null>(null);
  const report = sellerSupportReport(entry.flag, entry.timeline, lang, zone);

  async function reported() {
    try {
      setError(null);
      await markReported(services.db, entry.asin, services.now());
    } catch (e) {
      setError(e instanceof StoreFullError ? storeFullMessage(lang) : e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="hold-report">
      <Heading>{t('procedure')}</Heading>
      <ol>
        {report.procedure.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <CopyBlock label={t('subject')} text={report.subject} rows={2} />
      <CopyBlock label={t('reportText')} text={report.text} testId={reportTestId} rows={10} />
      {entry.state === 'reported' && entry.reportedAt !== null ? (
        <p className="status-line" data-testid="hold-reported">
          <span className="badge ok">{t('state_reported')}</span> {t('reportedNote', { time: formatTime(entry.reportedAt, lang, zone) })}
        </p>
      ) : (
        <button type="button" className="primary" onClick={reported}>
          {t('markReported')}
        </button>
      )}
      {error && (
        <p role="alert" className="findings">
          {error}
        </p>
      )}
    </div>
  );
}
