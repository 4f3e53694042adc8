import Dexie from 'dexie';
import { GuardDB, SCHEMA_VERSION } from '@/lib/db/db';
import type { ThreadRecordV1 } from '@/lib/db/migrations';
import { badgeState } from '@/lib/db/queries';
import { recordThreadSnapshot } from '@/lib/db/threads';
import { buyer, HOUR, seller, T0, thread } from './helpers';

/**
 * Version 1 as released, written out here on purpose: this is what a seller's browser holds, whatever db.ts says
 * today. Never change it; add a file like this one for each released version.
 */
const RELEASED_V1 = {
  threads: '&key, [open+dueAt], state, firstSeenAt, closedAt, orderId',
  settings: '&key',
  templates: '&id, category, lang',
  orders: '&key, orderId, asin, [asin+pending], pending, orderDate, updatedAt',
  holds: '&asin, state',
  feedback: '&orderId, negative, date, firstSeenAt',
};

function v1Thread(key: string, overrides: Partial<ThreadRecordV1> = {}): ThreadRecordV1 {
  return {
    key,
    marketplace: 'US',
    threadId: key.split(':')[1] ?? null,
    orderId: null,
    buyerName: 'Pat',
    subject: null,
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3',
    category: 'delivery_status',
    scam: false,
    lang: 'en',
    state: 'open',
    open: 1,
    firstSeenAt: T0 - 20 * HOUR,
    clockStartAt: T0 - 20 * HOUR,
    dueAt: T0 + 4 * HOUR,
    closedAt: null,
    lastReadAt: T0 - 20 * HOUR,
    responses: [],
    ...overrides,
  };
}

async function makeV1Database(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(RELEASED_V1);
  await v1.open();
  await v1.table('threads').bulkPut([
    // Open, clock from when it was first seen.
    v1Thread('US:first-seen'),
    // Open, clock from the page's time (earlier than first seen).
    v1Thread('US:page-time', { clockStartAt: T0 - 22 * HOUR, dueAt: T0 + 2 * HOUR, firstSeenAt: T0 - 21 * HOUR }),
    v1Thread('US:answered', {
      state: 'answered',
      open: 0,
      closedAt: T0 - 18 * HOUR,
      dueAt: T0 + 4 * HOUR,
      responses: [{ buyerAt: T0 - 20 * HOUR, answeredAt: T0 - 18 * HOUR, how: 'reply' }],
    }),
  ]);
  await v1.table('settings').put({ key: 'nearWindowHours', value: 5 });
  await v1.table('holds').put({ asin: 'B0ABCDEFGH', state: 'watching', firstFlaggedAt: T0, reportedAt: null, releasedAt: null, acknowledged: 0 });
  v1.close();
}

describe('migration from schema version 1', () => {
  it('opens a version 1 database and backfills the version 2 thread fields, keeping all data', async () => {
    const name = 't-' + crypto.randomUUID();
    await makeV1Database(name);

    const db = new GuardDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);

    expect(await db.threads.get('US:first-seen')).toMatchObject({
      state: 'open',
      clockStartAt: T0 - 20 * HOUR,
      seenBuyerKey: null,
      clockKey: null,
      clockFromPage: false,
      nearNotifiedFor: null,
    });
    expect(await db.threads.get('US:page-time')).toMatchObject({ clockFromPage: true, seenBuyerKey: null });
    expect((await db.threads.get('US:answered'))!.responses).toHaveLength(1);
    expect(await db.settings.get('nearWindowHours')).toEqual({ key: 'nearWindowHours', value: 5 });
    expect(await db.holds.count()).toBe(1);
    // The index still answers after the upgrade.
    expect(await badgeState(db, T0, 6)).toEqual({ count: 2, color: 'amber', text: '2' });
  });

  it('a migrated open thread closes when the page shows the seller answered, and re-reads change nothing', async () => {
    const name = 't-' + crypto.randomUUID();
    await makeV1Database(name);
    const db = new GuardDB(name);
    const page = thread([buyer('Where is it?'), seller('Shipped today.', T0 - HOUR)], { threadId: 'first-seen' });
    const closed = await recordThreadSnapshot(db, page, null, T0);
    expect(closed).toMatchObject({ state: 'answered', closedAt: T0 - HOUR });
    expect(closed!.responses).toEqual([{ buyerAt: T0 - 20 * HOUR, answeredAt: T0 - HOUR, how: 'reply' }]);
    expect(await recordThreadSnapshot(db, page, null, T0 + HOUR)).toMatchObject({
      state: 'answered',
      responses: closed!.responses,
    });
  });

  it('a migrated open thread keeps running while the page still shows the buyer last', async () => {
    const name = 't-' + crypto.randomUUID();
    await makeV1Database(name);
    const db = new GuardDB(name);
    const rec = await recordThreadSnapshot(db, thread([buyer('Where is it?')], { threadId: 'first-seen' }), null, T0);
    expect(rec).toMatchObject({ state: 'open', clockStartAt: T0 - 20 * HOUR });
    expect(rec!.seenBuyerKey).not.toBeNull();
  });
});
