import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/db/settings';
import { holdsOverview, type HoldOverviewEntry } from '@/lib/holds';
import { useClock } from '../deadlines/use-clock';
import { useServices } from '../shell/services';

/**
 * Every ASIN's hold state, live from Dexie with the seller's settings, re-evaluated every minute (a pending order
 * starts to count once its grace time has passed). Undefined while loading.
 */
export function useHoldsOverview(): { entries: HoldOverviewEntry[] | undefined; now: number } {
  const { db } = useServices();
  const now = useClock();
  const entries = useLiveQuery(async () => holdsOverview(db, await getSettings(db), now), [db, now]);
  return { entries, now };
}
