import { describe, expect, it } from 'vitest';
import { parsePageDate } from '@/lib/sellercentral/dates';

describe('dates as Seller Central shows them → ISO UTC', () => {
  it.each([
    ['2026年11月22日(日) 14:03 JST', 'JP', '2026-11-22T05:03:00.000Z'],
    ['2026/11/22 14:03', 'JP', '2026-11-22T05:03:00.000Z'],
    ['2026年11月22日', 'JP', '2026-11-21T15:00:00.000Z'],
    ['Nov 22, 2026 2:03 PM PST', 'US', '2026-11-22T22:03:00.000Z'],
    ['Nov 22, 2026 2:03 PM', 'US', '2026-11-22T22:03:00.000Z'],
    ['Thu, Dec 5, 2019', 'US', '2019-12-05T08:00:00.000Z'],
    ['11/18/2026', 'US', '2026-11-18T08:00:00.000Z'],
    ['18/11/2026', 'UK', '2026-11-18T00:00:00.000Z'],
    ['22.11.2026 14:03', 'DE', '2026-11-22T13:03:00.000Z'],
    ['22. November 2026', 'DE', '2026-11-21T23:00:00.000Z'],
    ['22 nov. 2026 14:03', 'FR', '2026-11-22T13:03:00.000Z'],
    ['22 novembre 2026 à 14 h 03', 'FR', '2026-11-22T13:03:00.000Z'],
    ['2 févr. 2026 09:00', 'FR', '2026-02-02T08:00:00.000Z'],
    ['2026-11-22T05:03:00Z', 'US', '2026-11-22T05:03:00.000Z'],
    ['2026-11-22T14:03:00+09:00', 'US', '2026-11-22T05:03:00.000Z'],
    ['Nov 22, 2026 14:03 GMT+9', 'US', '2026-11-22T05:03:00.000Z'],
    ['2026/11/22 午後2:03', 'JP', '2026-11-22T05:03:00.000Z'],
    ['Nov 22, 2026 12:05 AM PST', 'US', '2026-11-22T08:05:00.000Z'],
  ] as const)('%s (%s) → %s', (text, marketplace, iso) => {
    expect(parsePageDate(text, marketplace)).toBe(iso);
  });

  it('uses the daylight-saving offset of the date itself', () => {
    // Los Angeles: PDT (UTC-7) until 1 Nov 2026 02:00, PST (UTC-8) after.
    expect(parsePageDate('Oct 31, 2026 10:00 AM', 'US')).toBe('2026-10-31T17:00:00.000Z');
    expect(parsePageDate('Nov 2, 2026 10:00 AM', 'US')).toBe('2026-11-02T18:00:00.000Z');
    // Berlin: CEST (UTC+2) until 25 Oct 2026 03:00, CET (UTC+1) after; back to CEST on 29 Mar 2026.
    expect(parsePageDate('24.10.2026 12:00', 'DE')).toBe('2026-10-24T10:00:00.000Z');
    expect(parsePageDate('26.10.2026 12:00', 'DE')).toBe('2026-10-26T11:00:00.000Z');
    expect(parsePageDate('29.03.2026 12:00', 'DE')).toBe('2026-03-29T10:00:00.000Z');
    // Tokyo has no DST: the same offset all year.
    expect(parsePageDate('2026/07/01 09:00', 'JP')).toBe('2026-07-01T00:00:00.000Z');
  });

  it('lands a time inside the spring-forward gap after the gap, and reads a repeated hour once', () => {
    // 8 Mar 2026 02:30 does not exist in Los Angeles; 1 Nov 2026 01:30 happens twice.
    expect(parsePageDate('Mar 8, 2026 2:30 AM', 'US')).toMatch(/^2026-03-08T(09|10):30:00.000Z$/);
    expect(parsePageDate('Nov 1, 2026 1:30 AM', 'US')).toMatch(/^2026-11-01T0(8|9):30:00.000Z$/);
  });

  it('a written zone wins over the marketplace zone', () => {
    expect(parsePageDate('Nov 22, 2026 2:03 PM EST', 'US')).toBe('2026-11-22T19:03:00.000Z');
    expect(parsePageDate('22.11.2026 14:03 MEZ', 'JP')).toBe('2026-11-22T13:03:00.000Z');
  });

  it.each([
    [null], [''], ['yesterday'], ['2 時間前'], ['31.02.2026'], ['Nov 22, 2026 25:03'], ['2026/13/01'], ['Foo 22, 2026'], ['x'.repeat(5000)],
  ])('gives null for %j', (text) => {
    expect(parsePageDate(text, 'US')).toBeNull();
  });

  it('uses UTC when the marketplace is unknown', () => {
    expect(parsePageDate('2026/11/22 14:03', null)).toBe('2026-11-22T14:03:00.000Z');
  });
});
