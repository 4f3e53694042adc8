import { recordThreadSnapshot } from '@/lib/db/threads';
import { BADGE_COLORS, computeBadge } from '@/lib/extension/badge';
import { order, NOW } from '../holds/helpers';
import { buyer, freshDb, HOUR, thread } from '../db/helpers';

const threadAt = (caseId: string, receivedAt: number) =>
  thread([buyer('When will it arrive?', receivedAt)], { threadId: caseId, url: `https://sellercentral.amazon.com/messaging/inbox-v3?ss=${caseId}` });

describe('toolbar badge', () => {
  it('is empty when nothing is near the deadline and no hold is new', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, threadAt('fresh', NOW - 1 * HOUR), null, NOW);
    expect(await computeBadge(db, NOW, 'en')).toMatchObject({ text: '', color: null, newHolds: 0 });
  });

  it('counts threads with less than 6 h left in amber, and turns red when one is overdue', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, threadAt('near', NOW - 20 * HOUR), null, NOW);
    await recordThreadSnapshot(db, threadAt('fresh', NOW - 2 * HOUR), null, NOW);
    const near = await computeBadge(db, NOW, 'en');
    expect(near).toMatchObject({ text: '1', color: BADGE_COLORS.amber });
    expect(near.title).toContain('1 thread(s) with less than 6 h left');
    await recordThreadSnapshot(db, threadAt('late', NOW - 30 * HOUR), null, NOW);
    expect(await computeBadge(db, NOW, 'en')).toMatchObject({ text: '2', color: BADGE_COLORS.red });
  });

  it('marks a new bulk-hold pattern so it reads differently from deadlines', async () => {
    const db = freshDb();
    await db.orders.bulkPut([1, 2, 3, 4].map(() => order({ asin: 'B0HOLDHOLD', paymentKind: 'konbini', orderDate: NOW - 3 * HOUR })));
    const holdOnly = await computeBadge(db, NOW, 'ja');
    expect(holdOnly).toMatchObject({ text: 'H1', color: BADGE_COLORS.hold, newHolds: 1 });
    expect(holdOnly.title).toContain('大量保留');
    await recordThreadSnapshot(db, threadAt('near', NOW - 20 * HOUR), null, NOW);
    expect(await computeBadge(db, NOW, 'en')).toMatchObject({ text: '1·H', color: BADGE_COLORS.amber });
  });
});
