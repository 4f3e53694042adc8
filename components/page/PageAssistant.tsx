import type { FrameState } from '@/lib/extension/tab-state';
import { FeedbackPageAssistant } from '../feedback/FeedbackPageAssistant';
import { OrderAssistant } from '../orders/OrderAssistant';
import { OrderListAssistant } from '../orders/OrderListAssistant';
import { ThreadAssistant } from '../thread/ThreadAssistant';

/** What to do about the page, per page kind (the facts themselves are in SnapshotSummary). */
export function PageAssistant({ frame }: { frame: FrameState }) {
  const { snapshot } = frame;
  switch (snapshot.kind) {
    case 'thread':
      return <ThreadAssistant snapshot={snapshot} classification={frame.classification} />;
    case 'order':
      return <OrderAssistant snapshot={snapshot} />;
    case 'orderList':
      return <OrderListAssistant snapshot={snapshot} />;
    case 'feedback':
      return <FeedbackPageAssistant snapshot={snapshot} />;
    case 'unrecognised':
      return null;
  }
}
