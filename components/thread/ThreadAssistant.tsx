import type { Classification } from '@/lib/classify';
import type { ThreadSnapshot } from '@/lib/sellercentral/types';
import { useT } from '../shell/use-t';
import { threadMessages } from './messages';
import { ThreadAdvice } from './ThreadAdvice';

/** The assistant under a message thread's facts: what the message is, what to do, and what to reply. */
export function ThreadAssistant({ snapshot, classification }: { snapshot: ThreadSnapshot; classification: Classification | null }) {
  const t = useT(threadMessages);
  if (!classification) {
    return (
      <section className="card" data-testid="no-classification">
        <p role="status">{t('noClassification')}</p>
      </section>
    );
  }
  // Keyed by the thread: moving to another thread starts with a clean insert status and no pending confirmation.
  return <ThreadAdvice key={snapshot.threadId ?? snapshot.orderId ?? snapshot.url} snapshot={snapshot} classification={classification} />;
}
