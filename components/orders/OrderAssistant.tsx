import type { OrderSnapshot } from '@/lib/sellercentral/types';
import { CancelGuidance } from './CancelGuidance';
import { HoldWarnings } from './HoldWarnings';
import { OrderContext } from './OrderContext';

/** On an order page: cancellation guidance, hold warnings for its ASINs, and the order's context. */
export function OrderAssistant({ snapshot }: { snapshot: OrderSnapshot }) {
  const items = Array.isArray(snapshot.items) ? snapshot.items : [];
  return (
    <>
      <CancelGuidance snapshot={snapshot} />
      <HoldWarnings asins={items.map((i) => i.asin)} />
      <OrderContext snapshot={snapshot} />
    </>
  );
}
