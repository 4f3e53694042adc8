import { primaryFrame, readTabState, replyBoxFrame, saveFrameState, type FrameState, type KeyValueArea } from '@/lib/extension/tab-state';
import type { PageSnapshot } from '@/lib/sellercentral/types';
import { buyer, thread } from '../db/helpers';

/** storage.session as a Map, as the worker sees it. */
function memoryArea(): KeyValueArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}

const unrecognised = (url: string): PageSnapshot => ({ kind: 'unrecognised', url, reason: 'no thread here' });
const frame = (frameId: number, snapshot: PageSnapshot, receivedAt = 1): FrameState => ({ frameId, snapshot, classification: null, receivedAt });

describe('tab state (what the panel shows for a tab)', () => {
  it('keeps one snapshot per frame and survives a worker restart (it lives in the storage area)', async () => {
    const area = memoryArea();
    const wrapper = unrecognised('https://sellercentral.amazon.com/messaging/inbox');
    const inbox = thread([buyer('Where is my parcel?')]);
    await saveFrameState(area, 7, frame(0, wrapper));
    await saveFrameState(area, 7, frame(3, inbox, 2));
    const state = await readTabState(area, 7);
    expect(Object.keys(state!.frames).sort()).toEqual(['0', '3']);
    // The thread inside the frame is what the panel shows, and where replies are inserted.
    expect(primaryFrame(state)?.frameId).toBe(3);
    expect(replyBoxFrame(state)?.frameId).toBe(3);
  });

  it('forgets sub-frames of the previous page when the top frame navigates', async () => {
    const area = memoryArea();
    await saveFrameState(area, 7, frame(0, unrecognised('https://sellercentral.amazon.com/a')));
    await saveFrameState(area, 7, frame(3, thread([buyer('hi')])));
    await saveFrameState(area, 7, frame(0, unrecognised('https://sellercentral.amazon.com/b')));
    expect(Object.keys((await readTabState(area, 7))!.frames)).toEqual(['0']);
  });

  it('prefers a recognised page to an unrecognised one, and the top frame on a tie', async () => {
    const state = {
      tabId: 1,
      updatedAt: 1,
      frames: { '0': frame(0, thread([buyer('a')])), '5': frame(5, thread([buyer('b')])), '9': frame(9, unrecognised('https://x')) },
    };
    expect(primaryFrame(state)?.frameId).toBe(0);
    expect(primaryFrame(null)).toBeNull();
  });

  it('has no reply-box frame when no thread shows a reply box', async () => {
    const state = { tabId: 1, updatedAt: 1, frames: { '0': frame(0, thread([buyer('a')], { replyBoxFound: false })) } };
    expect(replyBoxFrame(state)).toBeNull();
  });
});
