import { describeCheck, describeRemovalReason, negativeRatingNote, reasonSummary } from '@/lib/feedback/describe';
import { checkFeedback } from '@/lib/feedback/removal';
import { removalRequestText, removalSteps } from '@/lib/feedback/removal-request';

const ORDER = '114-2233445-5566778';

describe('removal steps', () => {
  it('walk Performance → Feedback → the order → Request removal / Get support, in English', () => {
    const steps = removalSteps(ORDER, 'en').join('\n');
    expect(steps).toMatch(/Performance → Feedback[\s\S]*114-2233445-5566778[\s\S]*Request removal[\s\S]*Get support/);
  });

  it('and in Japanese', () => {
    const steps = removalSteps(ORDER, 'ja').join('\n');
    expect(steps).toMatch(/パフォーマンス[\s\S]*評価[\s\S]*114-2233445-5566778[\s\S]*削除をリクエスト/);
  });
});

describe('removalRequestText', () => {
  const comment = 'The strap snapped after two days. Flimsy!';
  const check = checkFeedback({ rating: 1, comment });

  it('quotes the whole comment and the evidence for each ground (en)', () => {
    const text = removalRequestText({ orderId: ORDER, comment, reasons: check.reasons }, 'en');
    expect(text).toContain(ORDER);
    expect(text).toContain(`“${comment}”`);
    expect(text).toContain('product review rather than feedback on my service');
    expect(text).toContain('“The strap snapped after two days”');
  });

  it('quotes with Japanese brackets in Japanese', () => {
    const jaComment = '１週間で壊れました。作りが雑です。';
    const reasons = checkFeedback({ rating: 2, comment: jaComment }).reasons;
    const text = removalRequestText({ orderId: ORDER, comment: jaComment, reasons }, 'ja');
    expect(text).toContain(`「${jaComment}」`);
    expect(text).toContain('商品についてのレビューです：「１週間で壊れました」');
  });

  it('cites the FBA fulfilment ground with Amazon taking responsibility', () => {
    const c = 'Box was crushed and it came late';
    const text = removalRequestText({ orderId: ORDER, comment: c, reasons: checkFeedback({ rating: 1, comment: c, fulfillment: 'FBA' }).reasons }, 'en');
    expect(text).toMatch(/fulfilled by Amazon, for which Amazon takes responsibility: “Box was crushed/);
  });

  it('cites only grounds that stand: a blocked product review is left out, personal information stays', () => {
    const c = 'Stopped working. Seller never answered, my number is 090-1111-2222';
    const reasons = checkFeedback({ rating: 1, comment: c }).reasons;
    expect(reasons.map((r) => r.code)).toEqual(['personal_info', 'product_review', 'seller_service']);
    const text = removalRequestText({ orderId: ORDER, comment: c, reasons }, 'en');
    expect(text).toContain('personal information: “090-1111-2222”');
    expect(text).not.toContain('product review');
  });

  it('keeps a comment with placeholders, quotes or HTML as plain text', () => {
    const c = 'Useless {orderId} "junk" <img src=x onerror=alert(1)>';
    const text = removalRequestText({ orderId: ORDER, comment: c, reasons: checkFeedback({ rating: 1, comment: c }).reasons }, 'en');
    expect(text).toContain(`“${c}”`);
  });

  it('cuts a huge comment instead of pasting 50 KB into Amazon’s form', () => {
    const c = `Stopped working. ${'z'.repeat(50_000)}`;
    const text = removalRequestText({ orderId: ORDER, comment: c, reasons: checkFeedback({ rating: 1, comment: c }).reasons }, 'en');
    expect(text.length).toBeLessThan(2000);
    expect(text).toContain('…”');
  });
});

describe('describing reasons', () => {
  it('explains each reason in the UI language with the buyer’s words', () => {
    const reason = { code: 'seller_delivery' as const, evidence: 'came a week late' };
    expect(describeRemovalReason(reason, 'en')).toMatch(/shipped yourself.*will not remove/);
    expect(describeRemovalReason(reason, 'en')).toContain('"came a week late"');
    expect(describeRemovalReason(reason, 'ja')).toContain('「came a week late」');
    expect(describeRemovalReason(reason, 'ja')).toContain('自己発送');
  });

  it('says why a mixed complaint is not removed as a product review', () => {
    const text = describeRemovalReason({ code: 'seller_service', evidence: 'seller was rude' }, 'en');
    expect(text).toMatch(/only when it is entirely about that/);
  });

  it('short lines for lists and the CLI', () => {
    expect(reasonSummary({ code: 'product_review', evidence: 'broke after a week' }, 'en')).toBe('product review: "broke after a week"');
    expect(reasonSummary({ code: 'product_review', evidence: '壊れた' }, 'ja')).toBe('商品レビュー：「壊れた」');
  });

  it('explains an entry without reasons, and why 3 stars is flagged', () => {
    expect(describeCheck(checkFeedback({ rating: 1, comment: '' }), '', 'en')).toEqual([expect.stringMatching(/no comment/)]);
    expect(describeCheck(checkFeedback({ rating: 5, comment: 'fine' }), 'fine', 'en')).toEqual([]);
    expect(negativeRatingNote('en')).toMatch(/3 stars.*average/);
    expect(negativeRatingNote('ja')).toMatch(/普通.*星3/);
  });
});
