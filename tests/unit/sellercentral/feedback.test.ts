// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import type { FeedbackSnapshot } from '@/lib/sellercentral/types';
import { loadFixture } from './load-fixture';

function feedback(file: string): FeedbackSnapshot {
  const { doc, url } = loadFixture(file);
  const s = readPage(doc, url);
  if (s.kind !== 'feedback') throw new Error(`${file}: ${JSON.stringify(s)}`);
  return s;
}

describe('feedback manager reader', () => {
  it('reads six JP rows with ratings from kat-star-rating and comments from the fourth cell', () => {
    const { rows } = feedback('jp-feedback-manager.html');
    expect(rows.map((r) => r.rating)).toEqual([1, 2, 3, 5, 4, 5]);
    expect(rows[0]).toMatchObject({
      orderId: '249-7703318-2205641',
      dateText: '2026/11/18',
      date: '2026-11-17T15:00:00.000Z',
    });
    expect(rows[0]!.comment).toContain('商品自体の品質が悪い');
    expect(rows[1]!.comment).toContain('返信がありませんでした');
    // The header row ("日付 評価 注文番号 …") is not a feedback row.
    expect(rows.every((r) => /^\d{3}-\d{7}-\d{7}$/.test(r.orderId))).toBe(true);
  });

  it('reads six US rows with month-first dates', () => {
    const { rows } = feedback('us-feedback-manager.html');
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.rating)).toEqual([1, 2, 3, 5, 4, 5]);
    expect(rows[0]).toMatchObject({ orderId: '112-3385012-7749236', dateText: '11/18/2026', date: '2026-11-18T08:00:00.000Z' });
    expect(rows[0]!.comment).toBe('The product broke after a week. The plastic hinge snapped the first time I folded it.');
    expect(rows.some((r) => /Post a public reply|Request removal/.test(r.comment))).toBe(false);
  });
});
