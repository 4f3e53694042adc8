import type { OrderSnapshot } from '@/lib/sellercentral/types';

/** Placeholder until the feature lands (owned by the feature's engineer). */
export function OrderAssistant(_props: { snapshot: OrderSnapshot }) {
  return null;
}
