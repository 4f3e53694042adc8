import { useEffect, useState } from 'react';
import type { TabState } from '@/lib/extension/tab-state';
import { useServices } from './services';

export type TabStateStatus = { loading: true; state: null } | { loading: false; state: TabState | null };

/** The followed tab's state, live. `loading` until the first read answers. */
export function useTabState(): TabStateStatus {
  const services = useServices();
  const [status, setStatus] = useState<TabStateStatus>({ loading: true, state: null });
  useEffect(() => {
    let alive = true;
    const unsubscribe = services.subscribeTabState((state) => {
      if (alive) setStatus({ loading: false, state });
    });
    services.loadTabState().then((state) => {
      if (alive) setStatus((current) => (current.loading ? { loading: false, state } : current));
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [services]);
  return status;
}
