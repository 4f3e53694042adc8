import fc from 'fast-check';
import { deadlineState } from '@/lib/deadlines/countdown';
import { badgeState, needsReply, responseStats } from '@/lib/db/queries';
import { recordThreadSnapshot } from '@/lib/db/threads';
import { buyer, freshDb, HOUR, MINUTE, seller, T0, thread, threadRecord } from './helpers';

const DAY = 24 * HOUR;

describe('needs reply', () => {
  it('lists only open threads, the most urgent first, with the time left', async () => {
    const db = freshDb();
    await db.threads.bulkPut([
      threadRecord('later', { dueAt: T0 + 20 * HOUR }),
      threadRecord('answered', { state: 'answered', dueAt: T0 - 10 * HOUR }),
      threadRecord('overdue', { dueAt: T0 - 3 * HOUR }),
      threadRecord('soon', { dueAt: T0 + 2 * HOUR }),
    ]);
    const items = await needsReply(db, T0);
    expect(items.map((i) => [i.thread.key, i.msLeft])).toEqual([
      ['overdue', -3 * HOUR],
      ['soon', 2 * HOUR],
      ['later', 20 * HOUR],
    ]);
  });

  it('reads the [open+dueAt] index, never the whole table', async () => {
    const db = freshDb();
    await db.threads.bulkPut([threadRecord('a', { dueAt: T0 + HOUR })]);
    const scans = [vi.spyOn(db.threads, 'toArray'), vi.spyOn(db.threads, 'toCollection'), vi.spyOn(db.threads, 'filter')];
    const where = vi.spyOn(db.threads, 'where');
    await needsReply(db, T0);
    await badgeState(db, T0, 6);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
    expect(where).toHaveBeenCalledTimes(3);
    expect(where.mock.calls.map(([index]) => index)).toEqual(where.mock.calls.map(() => '[open+dueAt]'));
  });
});

describe('badge', () => {
  it('is empty when nothing is near', async () => {
    const db = freshDb();
    await db.threads.put(threadRecord('fresh', { dueAt: T0 + 22 * HOUR }));
    expect(await badgeState(db, T0, 6)).toEqual({ count: 0, color: null, text: '' });
  });

  it('counts a thread received 20 h ago (4 h left) in amber, not one received 2 h ago', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([buyer('Old question', T0 - 20 * HOUR)], { threadId: 'old' }), null, T0);
    await recordThreadSnapshot(db, thread([buyer('New question', T0 - 2 * HOUR)], { threadId: 'new' }), null, T0);
    expect(await badgeState(db, T0, 6)).toEqual({ count: 1, color: 'amber', text: '1' });
    // Replying closes it and the badge empties.
    await recordThreadSnapshot(
      db,
      thread([buyer('Old question', T0 - 20 * HOUR), seller('Answer', T0 + MINUTE)], { threadId: 'old' }),
      null,
      T0 + MINUTE,
    );
    expect(await badgeState(db, T0 + MINUTE, 6)).toEqual({ count: 0, color: null, text: '' });
  });

  it('turns red when any thread is overdue, and counts near and overdue together', async () => {
    const db = freshDb();
    await db.threads.bulkPut([
      threadRecord('near', { dueAt: T0 + 5 * HOUR }),
      threadRecord('due-now', { dueAt: T0 }),
      threadRecord('ok', { dueAt: T0 + 7 * HOUR }),
    ]);
    expect(await badgeState(db, T0, 6)).toEqual({ count: 2, color: 'red', text: '2' });
    expect(await badgeState(db, T0 - 1, 6)).toEqual({ count: 2, color: 'amber', text: '2' });
    expect(await badgeState(db, T0, 8)).toEqual({ count: 3, color: 'red', text: '3' });
  });

  it('shows 99+ past 99', async () => {
    const db = freshDb();
    await db.threads.bulkPut(Array.from({ length: 120 }, (_, i) => threadRecord(`t${i}`, { dueAt: T0 + HOUR })));
    expect(await badgeState(db, T0, 6)).toEqual({ count: 120, color: 'amber', text: '99+' });
  });

  it('always agrees with the per-thread countdown state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({
            // The due instant itself and its neighbours are where a badge and a countdown could disagree.
            offset: fc.oneof(fc.integer({ min: -30 * HOUR, max: 30 * HOUR }), fc.constantFrom(-1, 0, 1)),
            open: fc.boolean(),
          }), {
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 23 }),
        async (threads, nearHours) => {
          const db = freshDb();
          const records = threads.map((t, i) =>
            threadRecord(`p${i}`, { dueAt: T0 + t.offset, state: t.open ? 'open' : 'answered' }),
          );
          await db.threads.bulkPut(records);
          const states = records.map((r) => deadlineState(r, T0, nearHours));
          const badge = await badgeState(db, T0, nearHours);
          db.close();
          expect(badge.count).toBe(states.filter((s) => s === 'near' || s === 'overdue').length);
          expect(badge.color === 'red').toBe(states.includes('overdue'));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('response stats', () => {
  const reply = (buyerAt: number, tookMs: number) => ({ buyerAt, answeredAt: buyerAt + tookMs, how: 'reply' as const });

  it('gives the share answered within 24 h against the 90% target, the median and counts per category', async () => {
    const db = freshDb();
    await db.threads.bulkPut([
      threadRecord('a', {
        state: 'answered',
        category: 'delivery_status',
        closedAt: T0 - DAY + 2 * HOUR,
        responses: [reply(T0 - 3 * DAY, 1 * HOUR), reply(T0 - DAY, 2 * HOUR)],
      }),
      threadRecord('b', {
        state: 'answered',
        category: 'damaged_or_defective',
        closedAt: T0 - 2 * DAY,
        responses: [reply(T0 - 4 * DAY, 2 * DAY)],
      }),
      threadRecord('c', {
        state: 'no_response_needed',
        category: 'thanks',
        closedAt: T0 - 5 * DAY + HOUR,
        responses: [{ buyerAt: T0 - 5 * DAY, answeredAt: T0 - 5 * DAY + HOUR, how: 'no_response_needed' }],
      }),
      // Open past its deadline: missed. Open within its 24 h: pending, not in the share.
      threadRecord('d', { clockStartAt: T0 - 30 * HOUR, category: 'refund_request' }),
      threadRecord('e', { clockStartAt: T0 - 2 * HOUR }),
    ]);
    const week = await responseStats(db, T0, 7);
    expect(week).toMatchObject({ total: 5, answeredWithin24h: 3, pending: 1, target: 0.9, meetsTarget: false });
    expect(week.share).toBeCloseTo(0.6);
    // Replies took 1 h, 2 h and 48 h; "no response needed" is not a reply.
    expect(week.medianResponseMs).toBe(2 * HOUR);
    expect(week.byCategory).toEqual({
      delivery_status: 2,
      damaged_or_defective: 1,
      thanks: 1,
      refund_request: 1,
      unclassified: 1,
    });
  });

  it('counts only messages received inside the window', async () => {
    const db = freshDb();
    await db.threads.bulkPut([
      threadRecord('recent', { state: 'answered', closedAt: T0 - DAY, responses: [reply(T0 - DAY - HOUR, HOUR)] }),
      threadRecord('older', {
        state: 'answered',
        closedAt: T0 - 10 * DAY,
        responses: [reply(T0 - 10 * DAY - 30 * HOUR, 30 * HOUR)],
      }),
      threadRecord('ancient', { state: 'answered', closedAt: T0 - 60 * DAY, responses: [reply(T0 - 61 * DAY, HOUR)] }),
    ]);
    expect(await responseStats(db, T0, 7)).toMatchObject({ total: 1, answeredWithin24h: 1, share: 1, meetsTarget: true });
    expect(await responseStats(db, T0, 30)).toMatchObject({ total: 2, answeredWithin24h: 1, share: 0.5 });
  });

  it('counts the earlier answers of a thread that is open again', async () => {
    const db = freshDb();
    await db.threads.put(threadRecord('reopened', { clockStartAt: T0 - HOUR, responses: [reply(T0 - 2 * DAY, 3 * HOUR)] }));
    expect(await responseStats(db, T0, 7)).toMatchObject({ total: 1, answeredWithin24h: 1, pending: 1 });
  });

  it('has no share and no median when nothing happened', async () => {
    expect(await responseStats(freshDb(), T0, 30)).toMatchObject({
      total: 0,
      share: null,
      meetsTarget: null,
      medianResponseMs: null,
      byCategory: {},
    });
  });
});
