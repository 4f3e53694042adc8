import { useEffect, useState } from 'react';
import { MINUTE_MS } from '@/lib/deadlines/countdown';
import { useServices } from '../shell/services';

/**
 * The panel's "now", re-read from services.now() every minute: countdowns are shown to the minute, so a finer tick
 * would only re-render for nothing. Time always comes from the services (tests pass a fake clock).
 */
export function useClock(intervalMs: number = MINUTE_MS): number {
  const services = useServices();
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    setNow(services.now());
    const timer = setInterval(() => setNow(services.now()), intervalMs);
    return () => clearInterval(timer);
  }, [services, intervalMs]);
  return now;
}
