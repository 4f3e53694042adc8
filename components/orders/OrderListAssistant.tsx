import type { OrderListSnapshot } from '@/lib/sellercentral/types';

/** Placeholder until the feature lands (owned by the feature's engineer). */
export function OrderListAssistant(_props: { snapshot: OrderListSnapshot }) {
  return null;
}
