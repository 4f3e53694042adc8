import { classify, type Classification } from '@/lib/classify';
import type { GuardDB } from '@/lib/db/db';
import { StoreFullError } from '@/lib/db/errors';
import { recordThreadSnapshot } from '@/lib/db/threads';
import { ingestFeedbackSnapshot } from '@/lib/feedback/store';
import { ingestOrderSnapshot } from '@/lib/holds/ingest';
import type { PageSnapshot, ThreadSnapshot } from '@/lib/sellercentral/types';
import { saveFrameState, type KeyValueArea, type TabState } from './tab-state';
import type { StoreProblem } from './store-problem';

/** The classification of a thread: its latest buyer message, with the thread's subject (system notices live there). */
export function classifyThread(snapshot: ThreadSnapshot): Classification | null {
  const message = snapshot.latestBuyerMessage ?? snapshot.messages.findLast((m) => m.sender === 'amazon') ?? null;
  if (!message) return null;
  return classify({ subject: snapshot.subject, body: message.body, marketplace: snapshot.marketplace });
}

/** Persist what a page shows: threads start/close countdowns, orders feed hold detection, feedback rows are kept. */
export async function storeSnapshot(db: GuardDB, snapshot: PageSnapshot, classification: Classification | null, now: number) {
  switch (snapshot.kind) {
    case 'thread':
      await recordThreadSnapshot(db, snapshot, classification, now);
      return;
    case 'order':
    case 'orderList':
      await ingestOrderSnapshot(db, snapshot, now);
      return;
    case 'feedback':
      await ingestFeedbackSnapshot(db, snapshot, now);
      return;
    case 'unrecognised':
      return;
  }
}

export interface SnapshotOutcome {
  tabState: TabState;
  storeProblem: StoreProblem | null;
}

/**
 * One snapshot from a content script: classify, remember it for the tab (the panel shows it), store it.
 * The tab state is saved first so the panel updates even when the database write fails.
 */
export async function handleSnapshot(args: {
  area: KeyValueArea;
  db: GuardDB;
  tabId: number;
  frameId: number;
  snapshot: PageSnapshot;
  now: number;
}): Promise<SnapshotOutcome> {
  const { area, db, tabId, frameId, snapshot, now } = args;
  const classification = snapshot.kind === 'thread' ? classifyThread(snapshot) : null;
  const tabState = await saveFrameState(area, tabId, { frameId, snapshot, classification, receivedAt: now });
  try {
    await storeSnapshot(db, snapshot, classification, now);
    return { tabState, storeProblem: null };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { tabState, storeProblem: { kind: error instanceof StoreFullError ? 'full' : 'other', detail, at: now } };
  }
}
