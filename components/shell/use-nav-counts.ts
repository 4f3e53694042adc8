import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { needsReply } from '@/lib/db/queries';
import { getSettings } from '@/lib/db/settings';
import { newNegativeSinceLastVisit } from '@/lib/feedback/store';
import { newHoldCount } from '@/lib/holds';
import { useServices } from './services';
import { useUi, type PanelView } from './ui-store';

/** Counts shown beside the navigation: open threads, new hold patterns, new negative feedback. Live from Dexie. */
export function useNavCounts(): Partial<Record<PanelView, number>> {
  const { db, now } = useServices();
  const counts = useLiveQuery(async () => {
    const settings = await getSettings(db);
    const [open, holds, negative] = await Promise.all([
      needsReply(db, now()).then((items) => items.length),
      newHoldCount(db, settings, now()),
      newNegativeSinceLastVisit(db),
    ]);
    return { needsReply: open, holds, feedback: negative };
  }, [db, now]);
  return counts ?? {};
}

/** The stored UI language (Settings) applies when the panel opens, unless this panel page pinned one. */
export function useStoredUiLang(): void {
  const { db } = useServices();
  const stored = useLiveQuery(() => getSettings(db).then((s) => s.uiLang), [db]);
  useEffect(() => {
    const { langPinned, setLang } = useUi.getState();
    if (stored && !langPinned) setLang(stored);
  }, [stored]);
}
