import type { FeedbackSnapshot } from '@/lib/sellercentral/types';

/** Placeholder until the feature lands (owned by the feature's engineer). */
export function FeedbackPageAssistant(_props: { snapshot: FeedbackSnapshot }) {
  return null;
}
