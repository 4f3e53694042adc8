import {
  deadlineState,
  dueAtFor,
  formatCountdown,
  HOUR_MS,
  MINUTE_MS,
  RESPONSE_WINDOW_MS,
  timeLeft,
} from '@/lib/deadlines/countdown';
import { recordThreadSnapshot } from '@/lib/db/threads';
import { buyer, freshDb, thread } from '../db/helpers';

const H = HOUR_MS;
const M = MINUTE_MS;
const open = (dueAt: number) => ({ open: 1 as const, dueAt });
const closed = (dueAt: number) => ({ open: 0 as const, dueAt });

describe('time left', () => {
  it('is due minus now for an open thread, negative once overdue', () => {
    expect(timeLeft(open(10 * H), 4 * H)).toBe(6 * H);
    expect(timeLeft(open(10 * H), 13 * H)).toBe(-3 * H);
  });
  it('is null for a closed thread', () => {
    expect(timeLeft(closed(10 * H), 4 * H)).toBeNull();
  });
  it('a clock is due exactly 24 h after it starts', () => {
    expect(dueAtFor(1_000)).toBe(1_000 + RESPONSE_WINDOW_MS);
  });
});

describe('near and overdue thresholds (near window 6 h)', () => {
  const due = 100 * H;
  it('is ok with exactly 6 h left, near 1 ms later', () => {
    expect(deadlineState(open(due), due - 6 * H, 6)).toBe('ok');
    expect(deadlineState(open(due), due - 6 * H + 1, 6)).toBe('near');
  });
  it('is near 1 ms before the deadline and overdue at the deadline', () => {
    expect(deadlineState(open(due), due - 1, 6)).toBe('near');
    expect(deadlineState(open(due), due, 6)).toBe('overdue');
    expect(deadlineState(open(due), due + 3 * H, 6)).toBe('overdue');
  });
  it('follows the setting', () => {
    expect(deadlineState(open(due), due - 5 * H, 4)).toBe('ok');
    expect(deadlineState(open(due), due - 5 * H, 6)).toBe('near');
  });
  it('is closed for an answered thread, even past its old deadline', () => {
    expect(deadlineState(closed(due), due + H, 6)).toBe('closed');
  });
});

describe('countdown text', () => {
  it.each([
    [5 * H + 12 * M, '5 h 12 m left', '残り5時間12分'],
    [5 * H + 12 * M + 59_999, '5 h 12 m left', '残り5時間12分'],
    [24 * H, '24 h 0 m left', '残り24時間0分'],
    [45 * M, '45 m left', '残り45分'],
    [30_000, '< 1 m left', '残り1分未満'],
    [0, 'overdue < 1 m', '超過（1分未満）'],
    [-20 * M, 'overdue 20 m', '20分超過'],
    [-(3 * H + 40 * M), 'overdue 3 h', '3時間超過'],
    [-47 * H, 'overdue 47 h', '47時間超過'],
    [-(50 * H), 'overdue 2 d 2 h', '2日2時間超過'],
    [Number.NaN, '—', '—'],
  ])('%d ms → "%s" / 「%s」', (ms, en, ja) => {
    expect(formatCountdown(ms, 'en')).toBe(en);
    expect(formatCountdown(ms, 'ja')).toBe(ja);
  });
});

describe('time zones and daylight saving time', () => {
  const zones = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe'];
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    vi.useRealTimers();
  });

  // Europe's clocks go forward at 01:00 UTC on 30 March 2025: 00:30 UTC is 01:30 in Berlin, and 24 h later it is
  // 02:30 there, 25 wall-clock hours on. The clock must still be due after 24 real hours.
  const start = Date.UTC(2025, 2, 30, 0, 30);

  it('the test night really crosses a DST change in Berlin (wall clock gains an hour)', () => {
    process.env.TZ = 'Europe/Berlin';
    const wallHours = (t: number) => new Date(t).getHours();
    expect(wallHours(start)).toBe(1);
    expect(wallHours(start + 24 * H)).toBe(2);
  });

  it.each(zones)('in %s, 23 real hours after a message there is 1 h 0 m left', async (zone) => {
    process.env.TZ = zone;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start + 23 * H);
    const db = freshDb();
    const rec = await recordThreadSnapshot(db, thread([buyer('Is this in stock?', start)]), null, start);
    expect(rec!.dueAt).toBe(start + 24 * H);
    expect(formatCountdown(timeLeft(rec!, Date.now())!, 'en')).toBe('1 h 0 m left');
    expect(deadlineState(rec!, Date.now(), 6)).toBe('near');
  });

  it('the same instant written with different UTC offsets gives the same deadline', async () => {
    const db = freshDb();
    const asUtc = { ...buyer('Hallo'), time: '2025-10-26T00:30:00Z' };
    const asBerlin = { ...buyer('Hallo'), time: '2025-10-26T02:30:00+02:00' };
    const asTokyo = { ...buyer('Hallo'), time: '2025-10-26T09:30:00+09:00' };
    const now = Date.UTC(2025, 9, 26, 12);
    const dues = await Promise.all(
      [asUtc, asBerlin, asTokyo].map(async (m, i) =>
        (await recordThreadSnapshot(db, thread([m], { threadId: `tz-${i}` }), null, now))!.dueAt,
      ),
    );
    expect(new Set(dues)).toEqual(new Set([Date.UTC(2025, 9, 27, 0, 30)]));
  });

  it('in New York, a thread received on the night the clocks go back is overdue 24 real hours later', () => {
    process.env.TZ = 'America/New_York';
    // 2 November 2025, 01:30 EDT (05:30 UTC); the clocks fall back at 06:00 UTC.
    const received = Date.UTC(2025, 10, 2, 5, 30);
    const rec = open(dueAtFor(received));
    expect(deadlineState(rec, received + 24 * H - 1, 6)).toBe('near');
    expect(deadlineState(rec, received + 24 * H, 6)).toBe('overdue');
    expect(formatCountdown(timeLeft(rec, received + 27 * H)!, 'ja')).toBe('3時間超過');
  });
});
