import { useId, useState, type ChangeEvent } from 'react';
import { storeFullMessage, StoreFullError } from '@/lib/db/errors';
import { ingestReportRows, parseOrderReport } from '@/lib/holds';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { holdMessages } from './messages';
import { readFileBytes } from '../shared/read-file';

type ImportStatus = { kind: 'reading' | 'done' | 'error'; text: string } | null;

/**
 * Feeds Seller Central's "All Orders" report into the order store. The file is parsed whole first: a malformed
 * file stores nothing and its one-line error (naming the line) is shown as is.
 */
export function ReportImport() {
  const { db, now } = useServices();
  const t = useT(holdMessages);
  const lang = useUi((s) => s.lang);
  const id = useId();
  const [status, setStatus] = useState<ImportStatus>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    setStatus({ kind: 'reading', text: t('importReading', { name }) });
    try {
      const parsed = parseOrderReport(await readFileBytes(file));
      if (!parsed.ok) {
        setStatus({ kind: 'error', text: t('importFailed', { error: parsed.error }) });
        return;
      }
      const result = await ingestReportRows(db, parsed.rows, now());
      setStatus({ kind: 'done', text: t('importDone', { name, rows: parsed.rows.length, added: result.added, updated: result.updated }) });
    } catch (error) {
      const reason = error instanceof StoreFullError ? storeFullMessage(lang) : error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: t('importFailed', { error: reason }) });
    } finally {
      input.value = ''; // the same file can be picked again after fixing it
    }
  }

  return (
    <section className="card report-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('importTitle')}</h2>
      <p className="muted">{t('importHelp')}</p>
      <label htmlFor={id}>{t('importLabel')}</label>{' '}
      <input id={id} type="file" accept=".txt,.tsv,.csv,text/plain,text/tab-separated-values" onChange={onFile} data-testid="order-report-input" />
      {status && (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'findings' : 'status-line'}
          data-testid="order-report-status"
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
