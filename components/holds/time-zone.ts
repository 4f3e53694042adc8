import type { Marketplace } from '@/lib/sellercentral/hosts';
import { timeZoneOf } from '@/lib/sellercentral';

/**
 * The time zone for times the seller reads: the marketplace's own (a Japanese seller's orders in JST, whatever the
 * computer's clock says) when the orders tell it, else the browser's. Reports name the zone, so either is unambiguous.
 */
export function panelTimeZone(orders: readonly { marketplace?: Marketplace | null }[] = []): string {
  const marketplace = orders.find((o) => o.marketplace && o.marketplace !== 'EU')?.marketplace ?? null;
  if (marketplace) return timeZoneOf(marketplace);
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
