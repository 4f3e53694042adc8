import { GuardDB } from '@/lib/db/db';
import { markNoResponseNeeded, recordThreadSnapshot, threadKey } from '@/lib/db/threads';
import { amazon, buyer, freshDb, HOUR, MINUTE, seller, T0, thread } from './helpers';

const question = buyer('Hello, when will my order ship?', T0 - 2 * HOUR);
const reply = seller('It ships today. Thank you!', T0 - HOUR);
const followUp = buyer('Thanks, and can you add a gift note?', T0 + HOUR);
const sortOf = { category: 'delivery_status' as const, scam: false, lang: 'en' };

describe('thread key', () => {
  it('is marketplace + case id when the page shows a case id', () => {
    expect(threadKey({ marketplace: 'JP', threadId: 'abc', orderId: '250-1234567-1234567' })).toBe('JP:abc');
  });
  it('falls back to marketplace + order id', () => {
    expect(threadKey({ marketplace: 'JP', threadId: null, orderId: '250-1234567-1234567' })).toBe(
      'JP:order:250-1234567-1234567',
    );
  });
  it('is null when the page shows neither, and such a page stores nothing', async () => {
    const db = freshDb();
    const page = thread([question], { threadId: null, orderId: null });
    expect(threadKey(page)).toBeNull();
    expect(await recordThreadSnapshot(db, page, null, T0)).toBeNull();
    expect(await db.threads.count()).toBe(0);
  });
});

describe('the 24 h clock', () => {
  it('starts at the buyer message time shown on the page', async () => {
    const db = freshDb();
    const rec = await recordThreadSnapshot(db, thread([question]), sortOf, T0);
    expect(rec).toMatchObject({ key: 'US:case-1', state: 'open', open: 1, clockStartAt: T0 - 2 * HOUR });
    expect(rec!.dueAt).toBe(T0 + 22 * HOUR);
    expect(rec!.clockFromPage).toBe(true);
    expect(rec!.category).toBe('delivery_status');
  });

  it('starts when first seen when the page shows no time', async () => {
    const db = freshDb();
    const rec = await recordThreadSnapshot(db, thread([buyer('Where is my parcel?')]), null, T0);
    expect(rec).toMatchObject({ clockStartAt: T0, dueAt: T0 + 24 * HOUR, clockFromPage: false, firstSeenAt: T0 });
  });

  it('keeps the first-seen start on later reads (it does not slide with each read)', async () => {
    const db = freshDb();
    const page = thread([buyer('Where is my parcel?')]);
    await recordThreadSnapshot(db, page, null, T0);
    const again = await recordThreadSnapshot(db, page, null, T0 + 5 * HOUR);
    expect(again).toMatchObject({ clockStartAt: T0, state: 'open', lastReadAt: T0 + 5 * HOUR });
  });

  it('runs from the oldest unanswered buyer message, even when only a later one shows a time', async () => {
    const db = freshDb();
    const rec = await recordThreadSnapshot(
      db,
      thread([buyer('First question', T0 - 5 * HOUR), buyer('Second, no answer yet?', T0 - HOUR)]),
      null,
      T0,
    );
    expect(rec!.clockStartAt).toBe(T0 - 5 * HOUR);
    const untimed = await recordThreadSnapshot(
      db,
      thread([buyer('Untimed first'), buyer('Timed second', T0 - 3 * HOUR)], { threadId: 'case-2' }),
      null,
      T0,
    );
    expect(untimed!.clockStartAt).toBe(T0 - 3 * HOUR);
  });

  it('moves an open first-seen clock back when a later read shows the page time', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([buyer('Where is my parcel?')]), null, T0);
    const rec = await recordThreadSnapshot(db, thread([buyer('Where is my parcel?', T0 - 4 * HOUR)]), null, T0 + HOUR);
    expect(rec).toMatchObject({ clockStartAt: T0 - 4 * HOUR, clockFromPage: true, dueAt: T0 + 20 * HOUR });
  });

  it('clamps a page time in the future (clock skew) to now', async () => {
    const db = freshDb();
    const rec = await recordThreadSnapshot(db, thread([buyer('Hi', T0 + 3 * HOUR)]), null, T0);
    expect(rec!.clockStartAt).toBe(T0);
  });

  it('closes when a seller message follows, at the reply time, and records the response', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question]), sortOf, T0 - 90 * MINUTE);
    const rec = await recordThreadSnapshot(db, thread([question, reply]), null, T0);
    expect(rec).toMatchObject({ state: 'answered', open: 0, closedAt: T0 - HOUR });
    expect(rec!.responses).toEqual([{ buyerAt: T0 - 2 * HOUR, answeredAt: T0 - HOUR, how: 'reply' }]);
    expect(rec!.category).toBe('delivery_status');
  });

  it('closes at the time it was seen when the reply shows no time', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question]), null, T0 - HOUR);
    const rec = await recordThreadSnapshot(db, thread([question, seller('Shipped.')]), null, T0);
    expect(rec).toMatchObject({ state: 'answered', closedAt: T0 });
  });

  it('starts a new clock for a buyer message after the reply, keeping the earlier response', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question]), null, T0 - 90 * MINUTE);
    await recordThreadSnapshot(db, thread([question, reply]), null, T0);
    const rec = await recordThreadSnapshot(db, thread([question, reply, followUp]), null, T0 + 2 * HOUR);
    expect(rec).toMatchObject({ state: 'open', open: 1, clockStartAt: T0 + HOUR, closedAt: null });
    expect(rec!.dueAt).toBe(T0 + 25 * HOUR);
    expect(rec!.responses).toHaveLength(1);
  });

  it("closes as no_response_needed when the page's response-needed flag clears", async () => {
    const db = freshDb();
    const thanks = buyer('Received, thank you!', T0 - HOUR);
    await recordThreadSnapshot(db, thread([thanks], { responseNeeded: true }), null, T0);
    const rec = await recordThreadSnapshot(db, thread([thanks], { responseNeeded: false }), null, T0 + HOUR);
    expect(rec).toMatchObject({ state: 'no_response_needed', open: 0, closedAt: T0 + HOUR });
    expect(rec!.responses).toEqual([{ buyerAt: T0 - HOUR, answeredAt: T0 + HOUR, how: 'no_response_needed' }]);
  });

  it('ignores messages from Amazon itself', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question]), null, T0);
    const rec = await recordThreadSnapshot(db, thread([question, amazon('Your message was delivered.')]), null, T0);
    expect(rec!.state).toBe('open');
  });

  it('answers in many languages, HTML, emoji and 50 KB bodies store as plain text', async () => {
    const db = freshDb();
    const big = buyer('<script>alert(1)</script> 荷物はいつ届きますか？📦 ' + 'x'.repeat(50_000), T0 - HOUR);
    const rec = await recordThreadSnapshot(db, thread([big]), null, T0);
    expect(rec!.state).toBe('open');
    expect(await recordThreadSnapshot(db, thread([big, seller('明日届きます。')]), null, T0)).toMatchObject({
      state: 'answered',
    });
  });
});

describe('nothing to track', () => {
  it('stores nothing for a page without buyer messages and without the response-needed flag', async () => {
    const db = freshDb();
    expect(await recordThreadSnapshot(db, thread([]), null, T0)).toBeNull();
    expect(await recordThreadSnapshot(db, thread([seller('We shipped your order.')]), null, T0)).toBeNull();
    expect(await db.threads.count()).toBe(0);
  });

  it("opens a clock from the page's flag alone when no message could be read", async () => {
    const db = freshDb();
    const rec = await recordThreadSnapshot(db, thread([], { responseNeeded: true }), null, T0);
    expect(rec).toMatchObject({ state: 'open', clockStartAt: T0, seenBuyerKey: null });
    // When the messages become readable, the seller's reply closes it.
    const later = await recordThreadSnapshot(db, thread([buyer('Hi?'), seller('Hello!')]), null, T0 + HOUR);
    expect(later).toMatchObject({ state: 'answered', closedAt: T0 + HOUR });
  });
});

describe('idempotent writes', () => {
  it('reading the same page twice stores one unchanged record', async () => {
    const db = freshDb();
    const first = await recordThreadSnapshot(db, thread([question]), sortOf, T0);
    const second = await recordThreadSnapshot(db, thread([question]), sortOf, T0);
    expect(await db.threads.count()).toBe(1);
    expect(second).toEqual(first);
  });

  it('two tabs sending the same thread at the same moment store one record', async () => {
    const name = 't-' + crypto.randomUUID();
    const tabA = new GuardDB(name);
    const tabB = new GuardDB(name);
    const page = thread([question, reply, followUp]);
    const results = await Promise.all([
      recordThreadSnapshot(tabA, page, sortOf, T0 + 2 * HOUR),
      recordThreadSnapshot(tabB, page, sortOf, T0 + 2 * HOUR),
    ]);
    expect(await tabA.threads.count()).toBe(1);
    expect(results[0]).toEqual(results[1]);
    const stored = await tabB.threads.get('US:case-1');
    expect(stored).toMatchObject({ state: 'open', clockStartAt: T0 + HOUR });
    // The earlier exchange was dated on the page: it is one response, not two.
    expect(stored!.responses).toEqual([{ buyerAt: T0 - 2 * HOUR, answeredAt: T0 - HOUR, how: 'reply' }]);
  });

  it('two tabs at once, one still showing the question and one showing the reply, end answered', async () => {
    for (const staleFirst of [true, false]) {
      const name = 't-' + crypto.randomUUID();
      const tabA = new GuardDB(name);
      const tabB = new GuardDB(name);
      const writes = [
        () => recordThreadSnapshot(tabA, thread([question]), null, T0),
        () => recordThreadSnapshot(tabB, thread([question, reply]), null, T0),
      ];
      await Promise.all((staleFirst ? writes : writes.reverse()).map((write) => write()));
      expect(await tabA.threads.get('US:case-1')).toMatchObject({ state: 'answered', closedAt: T0 - HOUR });
    }
  });

  it('two tabs writing different threads at once lose none of them', async () => {
    const name = 't-' + crypto.randomUUID();
    const tabs = [new GuardDB(name), new GuardDB(name)];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordThreadSnapshot(tabs[i % 2]!, thread([question], { threadId: `case-${i}` }), null, T0),
      ),
    );
    expect(await tabs[0]!.threads.count()).toBe(20);
  });

  it('a restarted worker (a new connection, nothing in memory) changes nothing on re-read', async () => {
    const name = 't-' + crypto.randomUUID();
    const before = new GuardDB(name);
    await recordThreadSnapshot(before, thread([buyer('Where is it?')]), null, T0);
    before.close();
    const after = new GuardDB(name);
    const rec = await recordThreadSnapshot(after, thread([buyer('Where is it?')]), null, T0 + 3 * HOUR);
    expect(rec).toMatchObject({ clockStartAt: T0, state: 'open' });
    expect(await after.threads.count()).toBe(1);
  });

  it('a tab left open from before the reply does not reopen the answered thread', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question]), null, T0 - 90 * MINUTE);
    await recordThreadSnapshot(db, thread([question, reply]), null, T0);
    const stale = await recordThreadSnapshot(db, thread([question], { responseNeeded: true }), null, T0 + HOUR);
    expect(stale).toMatchObject({ state: 'answered', closedAt: T0 - HOUR });
  });

  it('the contact page (order id only) and the case page are one thread', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question], { threadId: null }), null, T0);
    expect((await db.threads.toArray()).map((t) => t.key)).toEqual(['US:order:111-2223334-5556667']);
    await recordThreadSnapshot(db, thread([question]), null, T0 + MINUTE);
    expect((await db.threads.toArray()).map((t) => t.key)).toEqual(['US:case-1']);
    const viaOrder = await recordThreadSnapshot(db, thread([question, reply], { threadId: null }), null, T0 + HOUR);
    expect(viaOrder).toMatchObject({ key: 'US:case-1', state: 'answered' });
    expect(await db.threads.count()).toBe(1);
  });

  it('keeps what earlier reads found when a page does not show it', async () => {
    const db = freshDb();
    await recordThreadSnapshot(db, thread([question]), sortOf, T0);
    const rec = await recordThreadSnapshot(db, thread([question], { buyerName: null, subject: null }), null, T0);
    expect(rec).toMatchObject({ buyerName: 'Pat Buyer', category: 'delivery_status', lang: 'en' });
  });
});

describe('marking "no response needed"', () => {
  it('closes the open clock; re-reading the same page does not reopen it; a new buyer message does', async () => {
    const db = freshDb();
    const thanks = buyer('Got it, thanks!', T0 - HOUR);
    await recordThreadSnapshot(db, thread([thanks]), null, T0);
    const marked = await markNoResponseNeeded(db, 'US:case-1', T0 + 30 * MINUTE);
    expect(marked).toMatchObject({ state: 'no_response_needed', open: 0, closedAt: T0 + 30 * MINUTE });
    expect(marked!.responses).toEqual([{ buyerAt: T0 - HOUR, answeredAt: T0 + 30 * MINUTE, how: 'no_response_needed' }]);

    expect(await recordThreadSnapshot(db, thread([thanks]), null, T0 + HOUR)).toMatchObject({
      state: 'no_response_needed',
    });
    const more = buyer('Oh, one more thing: is there a warranty?', T0 + 2 * HOUR);
    expect(await recordThreadSnapshot(db, thread([thanks, more]), null, T0 + 2 * HOUR)).toMatchObject({
      state: 'open',
      clockStartAt: T0 + 2 * HOUR,
    });
  });

  it('the clock of a message after the closure does not reach back to the message already closed', async () => {
    const db = freshDb();
    const thanks = buyer('Got it, thanks!', T0 - HOUR);
    const more = buyer('Is there a warranty?', T0 + 2 * HOUR);
    await recordThreadSnapshot(db, thread([thanks]), null, T0);
    await markNoResponseNeeded(db, 'US:case-1', T0 + 30 * MINUTE);
    await recordThreadSnapshot(db, thread([thanks, more]), null, T0 + 2 * HOUR);
    const reread = await recordThreadSnapshot(db, thread([thanks, more]), null, T0 + 3 * HOUR);
    expect(reread).toMatchObject({ state: 'open', clockStartAt: T0 + 2 * HOUR });
  });

  it('a new buyer message without a page time after the closure starts a clock when first seen', async () => {
    const db = freshDb();
    const thanks = buyer('Got it, thanks!');
    await recordThreadSnapshot(db, thread([thanks]), null, T0);
    await markNoResponseNeeded(db, 'US:case-1', T0 + MINUTE);
    const rec = await recordThreadSnapshot(db, thread([thanks, buyer('Actually it is broken.')]), null, T0 + HOUR);
    expect(rec).toMatchObject({ state: 'open', clockStartAt: T0 + HOUR, clockFromPage: false });
  });

  it('returns null for an unknown thread and leaves a closed one as it is', async () => {
    const db = freshDb();
    expect(await markNoResponseNeeded(db, 'US:nope', T0)).toBeNull();
    await recordThreadSnapshot(db, thread([question, reply]), null, T0);
    const closed = await db.threads.get('US:case-1');
    expect(await markNoResponseNeeded(db, 'US:case-1', T0 + HOUR)).toEqual(closed);
  });
});

describe('malformed snapshots (plain JSON from a content script)', () => {
  it('never throw: a missing message list, odd entries and non-text ids give a clear result', async () => {
    const db = freshDb();
    const broken = { ...thread([]), messages: undefined, latestBuyerMessage: null } as unknown as Parameters<
      typeof recordThreadSnapshot
    >[1];
    expect(await recordThreadSnapshot(db, broken, null, T0)).toBeNull();
    const odd = thread([null, { sender: 'buyer', time: 42, timeText: null, body: 7 }] as never);
    expect(await recordThreadSnapshot(db, odd, null, T0)).toMatchObject({ state: 'open', clockStartAt: T0 });
    const numericIds = thread([question], { threadId: 12 as never, orderId: 34 as never });
    expect(await recordThreadSnapshot(db, numericIds, null, T0)).toBeNull();
    const hugeId = thread([question], { threadId: 'x'.repeat(5000), orderId: null });
    expect(await recordThreadSnapshot(db, hugeId, null, T0)).toBeNull();
  });
});
