import type { OrderListSnapshot } from '@/lib/sellercentral/types';
import { HoldWarnings } from './HoldWarnings';

/** On an order list: hold warnings for the ASINs listed on the page. */
export function OrderListAssistant({ snapshot }: { snapshot: OrderListSnapshot }) {
  const rows = Array.isArray(snapshot.rows) ? snapshot.rows : [];
  return <HoldWarnings asins={rows.map((r) => r.asin)} sayWhenNone />;
}
