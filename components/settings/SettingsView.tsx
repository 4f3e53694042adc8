import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSettings, type Settings } from '@/lib/db/settings';
import { useServices } from '../shell/services';
import { useT } from '../shell/use-t';
import { DataTransfer } from './DataTransfer';
import { settingsMessages } from './messages';
import { SettingsForm } from './SettingsForm';

/** The "Settings" view: the seller's settings, and export / import of all data. */
export function SettingsView() {
  const { db } = useServices();
  const t = useT(settingsMessages);
  const settings = useLiveQuery(() => getSettings(db), [db]);
  // An import replaces the settings: the form starts over from the stored ones instead of keeping a stale draft.
  const [imported, setImported] = useState<{ generation: number; settings: Settings } | null>(null);
  return (
    <>
      {settings === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <SettingsForm key={imported?.generation ?? 0} settings={settings} initial={imported?.settings} />
      )}
      <DataTransfer onImported={(fresh) => setImported((i) => ({ generation: (i?.generation ?? 0) + 1, settings: fresh }))} />
    </>
  );
}
