import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/db/settings';
import { useServices } from '../shell/services';

/** The seller name from the settings, for signing messages ('' until set or loaded). */
export function useSellerName(): string {
  const { db } = useServices();
  return useLiveQuery(async () => (await getSettings(db)).sellerName, [db]) ?? '';
}
