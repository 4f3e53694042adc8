import fc from 'fast-check';
import { markNoResponseNeeded, recordThreadSnapshot } from '@/lib/db/threads';
import type { ThreadMessage } from '@/lib/sellercentral/types';
import { freshDb, HOUR, iso, MINUTE, T0, thread } from './helpers';

/** A conversation: each message some minutes after the previous one, from the buyer, the seller or Amazon. */
const conversation = fc.array(
  fc.record({
    sender: fc.constantFrom('buyer', 'seller', 'amazon') as fc.Arbitrary<ThreadMessage['sender']>,
    gapMinutes: fc.integer({ min: 1, max: 36 * 60 }),
    body: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Thanks!', 'ありがとう', '<img src=x onerror=alert(1)>', '📦')),
    timed: fc.boolean(),
  }),
  { minLength: 1, maxLength: 10 },
);

function build(spec: { sender: ThreadMessage['sender']; gapMinutes: number; body: string; timed: boolean }[]) {
  let at = T0;
  return spec.map((m) => {
    at += m.gapMinutes * MINUTE;
    return { at, message: { sender: m.sender, time: m.timed ? iso(at) : null, timeText: null, body: m.body } };
  });
}

/** Buyer runs answered by a seller message, and whether the last run is still waiting. */
function expected(messages: ThreadMessage[]) {
  let waiting = false;
  let answered = 0;
  for (const m of messages) {
    if (m.sender === 'buyer') waiting = true;
    if (m.sender === 'seller' && waiting) {
      answered++;
      waiting = false;
    }
  }
  return { waiting, answered, anyBuyer: messages.some((m) => m.sender === 'buyer') };
}

describe('the clock over random conversations', () => {
  it('read as they grow, message by message, ends in the state the conversation is in', async () => {
    await fc.assert(
      fc.asyncProperty(conversation, async (spec) => {
        const db = freshDb();
        const timeline = build(spec);
        let last = null;
        for (let n = 1; n <= timeline.length; n++) {
          const page = thread(timeline.slice(0, n).map((t) => t.message));
          last = await recordThreadSnapshot(db, page, null, timeline[n - 1]!.at);
        }
        const messages = timeline.map((t) => t.message);
        const want = expected(messages);
        db.close();
        if (!want.anyBuyer) {
          expect(last).toBeNull();
          return;
        }
        expect(last!.state).toBe(want.waiting ? 'open' : 'answered');
        // Every answered run was seen open before its reply, so each is one response, in order, none negative.
        expect(last!.responses).toHaveLength(want.answered);
        for (const r of last!.responses) expect(r.answeredAt).toBeGreaterThanOrEqual(r.buyerAt);
        expect(last!.dueAt).toBe(last!.clockStartAt + 24 * HOUR);
        expect(last!.open).toBe(want.waiting ? 1 : 0);
        expect(last!.closedAt === null).toBe(want.waiting);
      }),
      { numRuns: 60 },
    );
  });

  it('read only now and then (some messages arrive between reads), still ends in the right state', async () => {
    await fc.assert(
      fc.asyncProperty(conversation, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), async (spec, readAfter) => {
        const db = freshDb();
        const timeline = build(spec);
        let last = null;
        for (let n = 1; n <= timeline.length; n++) {
          if (n < timeline.length && !readAfter[n - 1]) continue;
          last = await recordThreadSnapshot(db, thread(timeline.slice(0, n).map((t) => t.message)), null, timeline[n - 1]!.at);
        }
        const want = expected(timeline.map((t) => t.message));
        db.close();
        if (!want.anyBuyer) {
          expect(last).toBeNull();
          return;
        }
        expect(last!.state).toBe(want.waiting ? 'open' : 'answered');
        // Runs that opened and closed between two reads count only when the page dated them.
        expect(last!.responses.length).toBeLessThanOrEqual(want.answered);
        for (const r of last!.responses) expect(r.answeredAt).toBeGreaterThanOrEqual(r.buyerAt);
      }),
      { numRuns: 80 },
    );
  });

  it('with "no response needed" marked now and then, an open clock starts at the first buyer message after the last closure', async () => {
    await fc.assert(
      fc.asyncProperty(conversation, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), async (spec, markAfter) => {
        const db = freshDb();
        // Every message dated on the page, so the expected start is exact.
        const timeline = build(spec.map((m) => ({ ...m, timed: true })));
        let closedThrough = -1; // index of the last message covered by a reply or a mark
        for (let n = 1; n <= timeline.length; n++) {
          const at = timeline[n - 1]!.at;
          const page = thread(timeline.slice(0, n).map((t) => t.message));
          const rec = await recordThreadSnapshot(db, page, null, at);
          if (timeline[n - 1]!.message.sender === 'seller') closedThrough = n - 1;
          if (rec && markAfter[n - 1]) {
            await markNoResponseNeeded(db, rec.key, at);
            closedThrough = n - 1;
          }
        }
        // A re-read later must not move anything.
        const all = timeline.map((t) => t.message);
        const last = await recordThreadSnapshot(db, thread(all), null, timeline.at(-1)!.at + HOUR);
        db.close();
        const waiting = timeline.slice(closedThrough + 1).filter((t) => t.message.sender === 'buyer');
        if (last === null) {
          expect(all.some((m) => m.sender === 'buyer')).toBe(false);
          return;
        }
        expect(last.state === 'open').toBe(waiting.length > 0);
        if (waiting.length > 0) expect(last.clockStartAt).toBe(waiting[0]!.at);
      }),
      { numRuns: 100 },
    );
  });

  it('a second read of any page, at any later time, changes nothing but the read time', async () => {
    await fc.assert(
      fc.asyncProperty(conversation, fc.integer({ min: 0, max: 48 * 60 }), async (spec, laterMinutes) => {
        const db = freshDb();
        const timeline = build(spec);
        const now = timeline.at(-1)!.at;
        const page = thread(timeline.map((t) => t.message));
        const first = await recordThreadSnapshot(db, page, null, now);
        const second = await recordThreadSnapshot(db, page, null, now + laterMinutes * MINUTE);
        db.close();
        if (first === null) {
          expect(second).toBeNull();
          return;
        }
        expect({ ...second, lastReadAt: first.lastReadAt }).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});
