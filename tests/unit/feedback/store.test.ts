import { GuardDB } from '@/lib/db/db';
import type { OrderRecord } from '@/lib/db/records';
import {
  checkedNegativeFeedback,
  feedbackLastVisit,
  ingestFeedbackSnapshot,
  markFeedbackVisited,
  newNegativeSince,
  newNegativeSinceLastVisit,
} from '@/lib/feedback/store';
import type { FeedbackRow, FeedbackSnapshot } from '@/lib/sellercentral/types';

const T0 = Date.UTC(2026, 10, 1);
const HOUR = 60 * 60 * 1000;

const row = (orderId: string, rating: number | null, comment: string): FeedbackRow => ({
  orderId,
  date: '2026-10-30T00:00:00.000Z',
  dateText: '2026/10/30',
  rating,
  comment,
});

const snapshot = (rows: FeedbackRow[]): FeedbackSnapshot => ({
  kind: 'feedback',
  url: 'https://sellercentral-japan.amazon.com/feedback-manager/index.html',
  marketplace: 'JP',
  rows,
});

// A Feedback Manager page with six rows: two of them 1–2 stars, one 3 stars.
const PAGE = snapshot([
  row('249-0000001-0000001', 5, 'Fast and friendly'),
  row('249-0000002-0000002', 1, 'The zipper broke after three days'),
  row('249-0000003-0000003', 4, ''),
  row('249-0000004-0000004', 2, 'The seller never replied to my question'),
  row('249-0000005-0000005', 3, 'OK'),
  row('249-0000006-0000006', 5, 'Great'),
]);

let db: GuardDB;
beforeEach(() => {
  db = new GuardDB('t-' + crypto.randomUUID());
});
afterEach(() => db.close());

describe('ingestFeedbackSnapshot', () => {
  it('stores every row with its negative flag (1–3 stars) and parsed date', async () => {
    expect(await ingestFeedbackSnapshot(db, PAGE, T0)).toEqual({ added: 6, newNegative: 3 });
    const stored = await db.feedback.get('249-0000002-0000002');
    expect(stored).toEqual({
      orderId: '249-0000002-0000002',
      marketplace: 'JP',
      date: Date.UTC(2026, 9, 30),
      dateText: '2026/10/30',
      rating: 1,
      comment: 'The zipper broke after three days',
      negative: 1,
      firstSeenAt: T0,
    });
    expect((await db.feedback.where('negative').equals(1).primaryKeys()).sort()).toEqual([
      '249-0000002-0000002',
      '249-0000004-0000004',
      '249-0000005-0000005',
    ]);
  });

  it('is idempotent by order id: the same page read again adds nothing and keeps firstSeenAt', async () => {
    await ingestFeedbackSnapshot(db, PAGE, T0);
    expect(await ingestFeedbackSnapshot(db, PAGE, T0 + HOUR)).toEqual({ added: 0, newNegative: 0 });
    expect(await db.feedback.count()).toBe(6);
    expect((await db.feedback.get('249-0000002-0000002'))?.firstSeenAt).toBe(T0);
  });

  it('updates a revised row in place without counting it as new', async () => {
    await ingestFeedbackSnapshot(db, PAGE, T0);
    const revised = snapshot([row('249-0000005-0000005', 5, 'Solved, thanks')]);
    expect(await ingestFeedbackSnapshot(db, revised, T0 + HOUR)).toEqual({ added: 0, newNegative: 0 });
    expect(await db.feedback.get('249-0000005-0000005')).toMatchObject({ rating: 5, negative: 0, firstSeenAt: T0 });
  });

  it('skips rows without an order id and duplicate rows; keeps unparseable dates as text', async () => {
    const messy = snapshot([
      row('', 1, 'no id'),
      { ...row(' 249-0000007-0000007 ', 2, 'first'), date: 'not a date' },
      row('249-0000007-0000007', 2, 'duplicate'),
      row('249-0000008-0000008', null, 'no rating'),
    ]);
    expect(await ingestFeedbackSnapshot(db, messy, T0)).toEqual({ added: 2, newNegative: 1 });
    expect(await db.feedback.get('249-0000007-0000007')).toMatchObject({ comment: 'first', date: null, dateText: '2026/10/30' });
    expect(await db.feedback.get('249-0000008-0000008')).toMatchObject({ rating: null, negative: 0 });
  });

  it('an empty page is a no-op', async () => {
    expect(await ingestFeedbackSnapshot(db, snapshot([]), T0)).toEqual({ added: 0, newNegative: 0 });
  });
});

describe('new negative feedback since the last visit', () => {
  it('counts negatives first seen after a time', async () => {
    await ingestFeedbackSnapshot(db, PAGE, T0);
    await ingestFeedbackSnapshot(db, snapshot([row('249-0000009-0000009', 1, 'Awful'), row('249-0000010-0000010', 5, 'Fine')]), T0 + 2 * HOUR);
    expect(await newNegativeSince(db, T0 - 1)).toBe(4);
    expect(await newNegativeSince(db, T0 + HOUR)).toBe(1);
  });

  it('before any visit everything negative is new; a visit resets the count', async () => {
    expect(await feedbackLastVisit(db)).toBeNull();
    await ingestFeedbackSnapshot(db, PAGE, T0);
    expect(await newNegativeSinceLastVisit(db)).toBe(3);
    await markFeedbackVisited(db, T0 + HOUR);
    expect(await feedbackLastVisit(db)).toBe(T0 + HOUR);
    expect(await newNegativeSinceLastVisit(db)).toBe(0);
    await ingestFeedbackSnapshot(db, snapshot([row('249-0000011-0000011', 2, 'Late')]), T0 + 2 * HOUR);
    expect(await newNegativeSinceLastVisit(db)).toBe(1);
  });
});

describe('checkedNegativeFeedback', () => {
  it('runs the removal check with the fulfilment channel of orders the store has seen', async () => {
    await ingestFeedbackSnapshot(
      db,
      snapshot([row('249-0000012-0000012', 1, 'Box arrived crushed'), row('249-0000013-0000013', 1, 'Box arrived crushed')]),
      T0,
    );
    const line = (orderId: string, fulfilment: 'FBA' | 'MFN'): OrderRecord => ({
      key: `${orderId}:B0TEST0002`,
      orderId,
      marketplace: 'JP',
      asin: 'B0TEST0002',
      sku: null,
      quantity: 1,
      orderDate: T0 - 48 * HOUR,
      status: 'delivered',
      fulfilment,
      paymentMethod: null,
      paymentKind: null,
      buyerName: null,
      history: [],
      firstSeenAt: T0 - 48 * HOUR,
      updatedAt: T0,
      pending: 0,
      source: 'page',
    });
    await db.orders.bulkPut([line('249-0000012-0000012', 'FBA'), line('249-0000013-0000013', 'MFN')]);
    const checked = Object.fromEntries((await checkedNegativeFeedback(db)).map((c) => [c.record.orderId, c]));
    expect(checked['249-0000012-0000012']).toMatchObject({ fulfillment: 'FBA', check: { removable: true } });
    expect(checked['249-0000013-0000013']).toMatchObject({ fulfillment: 'MFN', check: { removable: false } });
  });
});
