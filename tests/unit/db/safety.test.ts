import { guardWrite, isQuotaError, StoreFullError, storeFullMessage } from '@/lib/db/errors';
import { exportAll, importAll } from '@/lib/db/export';
import { updateSettings } from '@/lib/db/settings';
import { markNoResponseNeeded, purgeOldThreads, recordThreadSnapshot, takeNewlyNear } from '@/lib/db/threads';
import { buyer, freshDb, HOUR, seller, T0, thread, threadRecord } from './helpers';

const DAY = 24 * HOUR;
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full store is reported, not swallowed', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a thread write refused for quota throws StoreFullError and stores nothing', async () => {
    const db = freshDb();
    await db.open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const write = recordThreadSnapshot(db, thread([buyer('Hello?', T0 - HOUR)]), null, T0);
    await expect(write).rejects.toBeInstanceOf(StoreFullError);
    await expect(write).rejects.toMatchObject({ name: 'StoreFullError', operation: 'thread' });
    vi.restoreAllMocks();
    expect(await db.threads.count()).toBe(0);
  });

  it('settings and "no response needed" report it the same way', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([buyer('Thanks')]), null, T0);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    await expect(updateSettings(db, { nearWindowHours: 3 })).rejects.toBeInstanceOf(StoreFullError);
    await expect(markNoResponseNeeded(db, 'US:case-1', T0 + HOUR)).rejects.toBeInstanceOf(StoreFullError);
    vi.restoreAllMocks();
    expect(await db.threads.get('US:case-1')).toMatchObject({ state: 'open' });
  });

  it('an import refused for quota changes nothing and says so', async () => {
    const source = freshDb();
    await db3Threads(source);
    const file = await exportAll(source, T0);
    const target = freshDb();
    await target.threads.put(threadRecord('US:mine', {}));
    const before = await exportAll(target, T0);
    // The third write fails: the first two must be rolled back with it.
    let puts = 0;
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 3) throw quota();
      return realPut.apply(this, args);
    });
    const result = await importAll(target, file);
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/^Import stopped, nothing was changed: Storage is full/);
    expect(await exportAll(target, T0)).toEqual(before);
  });

  it('recognises quota errors however the browser or Dexie wraps them', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaError(new Error('abort', { cause: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } }))).toBe(true);
    expect(isQuotaError(new DOMException('Key already exists', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('passes other errors through unchanged', async () => {
    const boom = new TypeError('boom');
    await expect(guardWrite('x', () => Promise.reject(boom))).rejects.toBe(boom);
  });

  it('has a message for the seller in both UI languages', () => {
    expect(storeFullMessage('en')).toMatch(/storage is full/i);
    expect(storeFullMessage('ja')).toContain('いっぱい');
  });
});

async function db3Threads(db: ReturnType<typeof freshDb>) {
  for (const id of ['x', 'y', 'z']) {
    await recordThreadSnapshot(db, thread([buyer(`Question ${id}`, T0 - HOUR)], { threadId: id }), null, T0);
  }
}

describe('retention', () => {
  it('deletes closed threads older than the retention period, never open ones', async () => {
    const db = freshDb();
    await db.threads.bulkPut([
      threadRecord('old-closed', { state: 'answered', closedAt: T0 - 200 * DAY }),
      threadRecord('old-nrn', { state: 'no_response_needed', closedAt: T0 - 181 * DAY }),
      threadRecord('recent-closed', { state: 'answered', closedAt: T0 - 179 * DAY }),
      threadRecord('old-open', { clockStartAt: T0 - 300 * DAY }),
    ]);
    expect(await purgeOldThreads(db, T0, 180)).toBe(2);
    expect((await db.threads.toArray()).map((t) => t.key).sort()).toEqual(['old-open', 'recent-closed']);
  });

  it('does nothing for a nonsensical retention period', async () => {
    const db = freshDb();
    await db.threads.put(threadRecord('closed', { state: 'answered', closedAt: T0 - 10 * DAY }));
    expect(await purgeOldThreads(db, T0, Number.NaN)).toBe(0);
    expect(await purgeOldThreads(db, T0, 0)).toBe(0);
    expect(await db.threads.count()).toBe(1);
  });
});

describe('near-deadline notification marks', () => {
  it('hands out each clock once when it enters the near window, again for a new clock', async () => {
    const db = freshDb();
    const question = buyer('Where is my order?', T0 - 20 * HOUR);
    await recordThreadSnapshot(db, thread([question]), null, T0 - 10 * HOUR);
    expect(await takeNewlyNear(db, T0 - 10 * HOUR, 6)).toEqual([]);
    expect((await takeNewlyNear(db, T0, 6)).map((t) => t.key)).toEqual(['US:case-1']);
    expect(await takeNewlyNear(db, T0 + HOUR, 6)).toEqual([]);

    const reply = seller('Tomorrow.', T0 + HOUR);
    const again = buyer('It did not come.', T0 + 2 * HOUR);
    await recordThreadSnapshot(db, thread([question, reply, again]), null, T0 + 2 * HOUR);
    expect(await takeNewlyNear(db, T0 + 20 * HOUR, 6)).toEqual([]); // exactly 6 h left: not near yet
    expect(await takeNewlyNear(db, T0 + 21 * HOUR, 6)).toHaveLength(1);
  });
});
