import type { Classification } from '@/lib/classify';
import type { PageSnapshot } from '@/lib/sellercentral/types';

/**
 * What the extension knows about one browser tab: the latest snapshot of each of its frames (Seller Central can
 * nest the inbox in a frame) and the classification of a thread. Kept in `storage.session` so it survives the MV3
 * worker being stopped, and so the side panel can subscribe to changes; never written to disk.
 */
export interface FrameState {
  frameId: number;
  snapshot: PageSnapshot;
  classification: Classification | null;
  /** epoch ms when the worker received it. */
  receivedAt: number;
}

export interface TabState {
  tabId: number;
  frames: Record<string, FrameState>;
  updatedAt: number;
}

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/** Storage the state lives in: browser.storage.session in the extension, a Map in tests. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export async function readTabState(area: KeyValueArea, tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const found = (await area.get(key))[key];
  return (found as TabState | undefined) ?? null;
}

export async function saveFrameState(area: KeyValueArea, tabId: number, frame: FrameState): Promise<TabState> {
  const previous = await readTabState(area, tabId);
  const frames = { ...(previous?.frames ?? {}) };
  // A navigation of the top frame starts a new page: sub-frame snapshots of the old page no longer apply.
  if (frame.frameId === 0 && previous?.frames['0'] && previous.frames['0'].snapshot.url !== frame.snapshot.url) {
    for (const id of Object.keys(frames)) delete frames[id];
  }
  frames[String(frame.frameId)] = frame;
  const next: TabState = { tabId, frames, updatedAt: frame.receivedAt };
  await area.set({ [tabStateKey(tabId)]: next });
  return next;
}

const KIND_RANK: Record<PageSnapshot['kind'], number> = {
  thread: 5,
  order: 4,
  orderList: 3,
  feedback: 2,
  unrecognised: 0,
};

/**
 * The frame whose snapshot the panel shows: a recognised page over an unrecognised one, a thread over an order
 * page (the inbox frame inside a wrapper page), the top frame on a tie.
 */
export function primaryFrame(state: TabState | null): FrameState | null {
  if (!state) return null;
  const frames = Object.values(state.frames);
  frames.sort((a, b) => KIND_RANK[b.snapshot.kind] - KIND_RANK[a.snapshot.kind] || a.frameId - b.frameId);
  return frames[0] ?? null;
}

/** The frame holding a reply box, where inserts go. */
export function replyBoxFrame(state: TabState | null): FrameState | null {
  if (!state) return null;
  return Object.values(state.frames).find((f) => f.snapshot.kind === 'thread' && f.snapshot.replyBoxFound) ?? null;
}

/** Text the seller chose "Classify selected text" on, for the panel's manual mode. */
export const manualTextKey = (tabId: number) => `manual:${tabId}`;
