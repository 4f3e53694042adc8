import type { Classification } from '@/lib/classify';
import type { ThreadSnapshot } from '@/lib/sellercentral/types';

/** Placeholder until the feature lands (owned by the feature's engineer). */
export function ThreadAssistant(_props: { snapshot: ThreadSnapshot; classification: Classification | null }) {
  return null;
}
