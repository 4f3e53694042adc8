import { useId, useState, type ChangeEvent } from 'react';
import { exportAll, importAll } from '@/lib/db/export';
import { storeFullMessage, StoreFullError } from '@/lib/db/errors';
import { getSettings, type Settings } from '@/lib/db/settings';
import { detectUiLang } from '@/lib/i18n';
import { readFileText } from '../shared/read-file';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { downloadText } from './download';
import { settingsMessages } from './messages';

type Status = { error: boolean; text: string } | null;

/** Export all data as a JSON file, and import one (validated whole by importAll: a bad file changes nothing). */
export function DataTransfer({ onImported }: { onImported(settings: Settings): void }) {
  const { db, now } = useServices();
  const t = useT(settingsMessages);
  const lang = useUi((s) => s.lang);
  const setLang = useUi((s) => s.setLang);
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const failure = (error: unknown) =>
    error instanceof StoreFullError ? storeFullMessage(lang) : t('failed', { error: error instanceof Error ? error.message : String(error) });

  async function exportData() {
    try {
      const at = now();
      const file = await exportAll(db, at);
      const name = `seller-inbox-guard-${new Date(at).toISOString().slice(0, 10)}.json`;
      downloadText(name, JSON.stringify(file, null, 2));
      setStatus({
        error: false,
        text: t('exported', {
          file: name,
          threads: file.threads.length,
          orders: file.orders.length,
          feedback: file.feedback.length,
          holds: file.holds.length,
          templates: file.templates.length,
        }),
      });
    } catch (error) {
      setStatus({ error: true, text: failure(error) });
    }
  }

  async function importData(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = await importAll(db, await readFileText(file));
      if (!result.ok) {
        setStatus({ error: true, text: t('importFailed', { error: result.error }) });
        return;
      }
      const sum = (counts: Record<string, number>) => Object.entries(counts).reduce((n, [k, v]) => (k === 'settings' ? n : n + v), 0);
      setStatus({ error: false, text: t('imported', { file: file.name, written: sum(result.written), kept: sum(result.keptExisting) }) });
      // The file's settings replaced ours, the language among them.
      const settings = await getSettings(db);
      setLang(settings.uiLang ?? detectUiLang());
      onImported(settings);
    } catch (error) {
      setStatus({ error: true, text: failure(error) });
    } finally {
      input.value = '';
    }
  }

  return (
    <section className="card data-transfer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataTitle')}</h2>
      <p className="muted">{t('dataHelp')}</p>
      <div className="actions">
        <button type="button" onClick={exportData}>
          {t('export')}
        </button>
      </div>
      <p>
        <label htmlFor={id}>{t('importLabel')}</label>{' '}
        <input id={id} type="file" accept=".json,application/json" onChange={importData} />
      </p>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'findings' : 'status-line'} data-testid="data-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
