import { vi } from 'vitest';
import { StoreFullError } from '@/lib/db/errors';
import { handleSnapshot } from '@/lib/extension/handle-snapshot';
import { readTabState, type KeyValueArea } from '@/lib/extension/tab-state';
import { buyer, freshDb, T0, thread } from '../db/helpers';

function memoryArea(): KeyValueArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => void Object.entries(values).forEach(([k, v]) => items.set(k, v)),
    remove: async (key) => void items.delete(key),
  };
}

describe('handleSnapshot (the worker receiving a page read)', () => {
  it('classifies a thread, keeps it for the tab and starts its countdown in the store', async () => {
    const db = freshDb();
    const area = memoryArea();
    const snapshot = thread([buyer('Please ship it to my friend in Jakarta, Indonesia instead, it is for her birthday.', T0 - 3_600_000)]);
    const outcome = await handleSnapshot({ area, db, tabId: 4, frameId: 0, snapshot, now: T0 });
    expect(outcome.storeProblem).toBeNull();
    const frame = (await readTabState(area, 4))!.frames['0']!;
    expect(frame.classification?.category).toBe('address_change');
    expect(frame.classification?.scam).toBe(true);
    const stored = await db.threads.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ category: 'address_change', scam: true, state: 'open', dueAt: T0 - 3_600_000 + 24 * 3_600_000 });
  });

  it('still updates the panel when the store is full, and reports the problem instead of swallowing it', async () => {
    const db = freshDb();
    const area = memoryArea();
    const spy = vi.spyOn(db, 'transaction').mockRejectedValue(new StoreFullError('record thread'));
    const outcome = await handleSnapshot({ area, db, tabId: 4, frameId: 0, snapshot: thread([buyer('Thanks!')]), now: T0 });
    expect(spy).toHaveBeenCalled();
    expect(outcome.storeProblem?.kind).toBe('full');
    expect((await readTabState(area, 4))?.frames['0']?.snapshot.kind).toBe('thread');
  });

  it('stores nothing for an unrecognised page but still shows it', async () => {
    const db = freshDb();
    const area = memoryArea();
    await handleSnapshot({ area, db, tabId: 2, frameId: 0, snapshot: { kind: 'unrecognised', url: 'https://sellercentral.amazon.com/home', reason: 'dashboard' }, now: T0 });
    expect(await db.threads.count()).toBe(0);
    expect((await readTabState(area, 2))?.frames['0']?.classification).toBeNull();
  });
});
