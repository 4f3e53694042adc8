import { checkFeedback, isNegativeRating, standingGrounds, type FeedbackInput, type RemovalCode } from '@/lib/feedback/removal';

// Every comment here is written for these tests (not taken from any corpus).
const codes = (input: FeedbackInput) => checkFeedback(input).reasons.map((r) => r.code);
const evidenceOf = (input: FeedbackInput, code: RemovalCode) => checkFeedback(input).reasons.find((r) => r.code === code)?.evidence;

describe('negative = 1–3 stars', () => {
  it('flags 1, 2 and 3 stars (3 is "average" to buyers but not positive to Amazon), not 4 or 5', () => {
    expect([1, 2, 3, 4, 5].map((r) => isNegativeRating(r))).toEqual([true, true, true, false, false]);
  });

  it('is not fooled by missing or impossible ratings', () => {
    for (const r of [null, undefined, 0, 6, 2.5, Number.NaN, -1]) expect(isNegativeRating(r)).toBe(false);
  });

  it('does not look for removal grounds on positive feedback', () => {
    expect(checkFeedback({ rating: 5, comment: 'The kettle stopped working but I like it anyway' })).toEqual({
      negative: false,
      removable: false,
      reasons: [],
    });
  });

  it('treats a 3-star product review like any negative one', () => {
    const check = checkFeedback({ rating: 3, comment: 'Average lamp, the switch is flimsy.' });
    expect(check).toMatchObject({ negative: true, removable: true });
    expect(check.reasons.map((r) => r.code)).toEqual(['product_review']);
  });
});

describe('product review rather than seller feedback', () => {
  it.each([
    ['en', 'The blender stopped working after two weeks. Poor quality motor.', 'The blender stopped working after two weeks'],
    ['en', 'These gloves run small and the stitching is poor quality', 'These gloves run small'],
    ['ja', 'スイッチが２週間で壊れました。作りが安っぽいです。', 'スイッチが２週間で壊れました'],
    ['ja', 'サイズが小さすぎて履けませんでした', 'サイズが小さすぎて履けませんでした'],
    ['de', 'Der Mixer funktioniert nicht mehr, schlechte Verarbeitung.', 'Der Mixer funktioniert nicht mehr'],
    ['fr', 'La lampe ne fonctionne plus, qualité médiocre.', 'La lampe ne fonctionne plus'],
  ])('%s: "%s" is removable, quoting "%s"', (lang, comment, evidence) => {
    const check = checkFeedback({ rating: 1, comment, lang });
    expect(check.removable).toBe(true);
    expect(check.reasons).toEqual([{ code: 'product_review', evidence }]);
  });

  it.each([
    ['思ったより小さい', '思ったより小さくて使えない'],
    ['電源が入らなくなった', '半月で電源が入らなくなった'],
    ['smaller than expected', 'Much smaller than expected'],
  ])('%s is about the product', (_name, comment) => {
    expect(codes({ rating: 2, comment })).toEqual(['product_review']);
  });

  it('quotes the buyer as written: full-width digits and half-width katakana stay in the evidence', () => {
    expect(evidenceOf({ rating: 2, comment: 'ﾊﾞｯﾃﾘｰの持ちが悪い。１日で切れる。' }, 'product_review')).toBe('ﾊﾞｯﾃﾘｰの持ちが悪い');
  });

  it('reads curly apostrophes as apostrophes', () => {
    expect(codes({ rating: 2, comment: 'The lid doesn’t fit the jar' })).toEqual(['product_review']);
  });
});

describe('mixed with a real complaint about the seller: not removable as a product review', () => {
  it.each([
    ['en slow reply', 'Broke after a week and the seller never replied to my messages.', 'the seller never replied to my messages'],
    ['en rude', 'Cheap material. Seller was rude when I asked about it', 'Seller was rude when I asked about it'],
    ['en wrong item sent', 'They sent the wrong colour and it is too small', 'They sent the wrong colour'],
    ['en listing accuracy', 'Flimsy, and not as pictured', 'not as pictured'],
    ['ja 返信がない', '商品はすぐに壊れた。出品者に問い合わせても返信がない。', '出品者に問い合わせても返信がない'],
    ['ja 違う商品', '違う色の商品が届いた上に品質も悪い', '違う色の商品が届いた上に品質も悪い'],
    ['ja 対応が悪い', '品質が悪く、ショップの対応もひどい', 'ショップの対応もひどい'],
  ])('%s', (_name, comment, sellerEvidence) => {
    const check = checkFeedback({ rating: 1, comment, fulfillment: 'FBA' });
    expect(check.removable).toBe(false);
    expect(check.reasons.find((r) => r.code === 'seller_service')?.evidence).toBe(sellerEvidence);
    expect(standingGrounds(check.reasons)).toEqual([]);
  });

  it('late delivery on a seller-fulfilled order is the seller’s too', () => {
    const check = checkFeedback({ rating: 2, comment: 'Poor quality, and it arrived a week late.', fulfillment: 'MFN' });
    expect(check.removable).toBe(false);
    expect(check.reasons.map((r) => r.code)).toEqual(['product_review', 'seller_delivery']);
  });

  it.each([
    ['the seller cancelling the order', 'Fine product, but the seller cancelled my order twice', 'the seller cancelled my order twice'],
    ['a used item sold as new', 'Stiff hinge, and it was clearly used', 'it was clearly used'],
    ['出品者都合のキャンセル', '出品者から一方的にキャンセルされた', '出品者から一方的にキャンセルされた'],
    ['中古のような商品', '中古品のような状態で、作りも雑', '中古品のような状態で'],
  ])('also the seller’s: %s', (_name, comment, evidence) => {
    const check = checkFeedback({ rating: 2, comment, fulfillment: 'FBA' });
    expect(check.removable).toBe(false);
    expect(check.reasons.find((r) => r.code === 'seller_service')?.evidence).toBe(evidence);
  });

  it('"I was used to better" is not a used item', () => {
    expect(codes({ rating: 2, comment: 'I was used to better, this one broke in a day' })).toEqual(['product_review']);
  });

  it('a seller-service complaint alone has nothing to remove', () => {
    expect(checkFeedback({ rating: 1, comment: 'No response from the seller for 5 days.' })).toEqual({
      negative: true,
      removable: false,
      reasons: [{ code: 'seller_service', evidence: 'No response from the seller for 5 days' }],
    });
  });
});

describe('delivery and packaging: Amazon’s on FBA orders, the seller’s on MFN orders', () => {
  const en = 'The parcel arrived three days late and the box was crushed.';
  const ja = '配送が遅く、箱が潰れて届きました。';

  it.each([
    ['en', en],
    ['ja', ja],
  ])('%s FBA: removable (Amazon takes responsibility for the fulfilment)', (_lang, comment) => {
    const check = checkFeedback({ rating: 1, comment, fulfillment: 'FBA' });
    expect(check.removable).toBe(true);
    expect(check.reasons.map((r) => r.code)).toEqual(['fba_fulfillment']);
  });

  it.each([
    ['en', en],
    ['ja', ja],
  ])('%s MFN: not removable (the seller shipped it)', (_lang, comment) => {
    const check = checkFeedback({ rating: 1, comment, fulfillment: 'MFN' });
    expect(check.removable).toBe(false);
    expect(check.reasons.map((r) => r.code)).toEqual(['seller_delivery']);
  });

  it('unknown fulfilment: not removable yet, and says the channel decides', () => {
    const check = checkFeedback({ rating: 1, comment: en });
    expect(check.removable).toBe(false);
    expect(check.reasons.map((r) => r.code)).toEqual(['fulfillment_unknown']);
  });

  it('"arrived broken" is delivery damage, "broke after a month" is the product', () => {
    expect(codes({ rating: 1, comment: 'The vase arrived broken', fulfillment: 'MFN' })).toEqual(['seller_delivery']);
    expect(codes({ rating: 1, comment: 'The vase broke after a month', fulfillment: 'MFN' })).toEqual(['product_review']);
    expect(codes({ rating: 1, comment: '割れて届きました', fulfillment: 'MFN' })).toEqual(['seller_delivery']);
  });

  it('a product review plus FBA delivery is entirely Amazon’s part: removable on both grounds', () => {
    const check = checkFeedback({ rating: 2, comment: 'Shipping was slow. The handle is poor quality.', fulfillment: 'FBA' });
    expect(check.removable).toBe(true);
    expect(check.reasons.map((r) => r.code)).toEqual(['product_review', 'fba_fulfillment']);
  });

  it('"received it damaged" and "took two weeks to arrive" are delivery (ja: 到着まで…かかった)', () => {
    expect(codes({ rating: 1, comment: 'Received the mirror cracked', fulfillment: 'FBA' })).toEqual(['fba_fulfillment']);
    expect(codes({ rating: 2, comment: '到着まで10日かかりました', fulfillment: 'FBA' })).toEqual(['fba_fulfillment']);
  });

  it('German and French delivery complaints on FBA', () => {
    expect(codes({ rating: 1, comment: 'Das Paket kam zu spät an', fulfillment: 'FBA' })).toEqual(['fba_fulfillment']);
    expect(codes({ rating: 1, comment: 'Colis arrivé en retard', fulfillment: 'FBA' })).toEqual(['fba_fulfillment']);
  });
});

describe('content Amazon removes whatever else the comment says', () => {
  it('obscene language (English, masked spelling, Japanese)', () => {
    expect(evidenceOf({ rating: 1, comment: 'What a load of bullshit. Slow reply too' }, 'obscene')).toBe('What a load of bullshit');
    expect(codes({ rating: 1, comment: 'f*cking useless seller' })).toContain('obscene');
    expect(checkFeedback({ rating: 1, comment: 'クソみたいな対応。二度と買わない' })).toMatchObject({ removable: true });
  });

  it('does not see profanity inside ordinary words', () => {
    for (const comment of ['Shiitake mushrooms were dry', 'Ordered from Scunthorpe', 'カスタマーサービスに連絡した', 'バカラのグラスが欠けていた']) {
      expect(codes({ rating: 2, comment })).not.toContain('obscene');
    }
  });

  it('personal information: e-mail, phone, address, name', () => {
    expect(evidenceOf({ rating: 1, comment: 'Write to me at jo.tester@example.org if you care' }, 'personal_info')).toBe('jo.tester@example.org');
    expect(evidenceOf({ rating: 1, comment: '電話は０９０−１２３４−５６７８まで' }, 'personal_info')).toBe('０９０−１２３４−５６７８');
    expect(evidenceOf({ rating: 1, comment: 'Call (555) 201-3344 now' }, 'personal_info')).toBe('(555) 201-3344');
    expect(evidenceOf({ rating: 2, comment: 'Sent to 42 Maple Avenue instead' }, 'personal_info')).toBe('42 Maple Avenue');
    expect(evidenceOf({ rating: 2, comment: '送り先は〒150-0001 です' }, 'personal_info')).toBe('〒150-0001');
    expect(evidenceOf({ rating: 2, comment: 'my name is Kim Tester and nobody answered' }, 'personal_info')).toBe('my name is Kim Tester');
    expect(checkFeedback({ rating: 1, comment: 'Call (555) 201-3344 now' }).removable).toBe(true);
  });

  it('order ids, dates and counts are not phone numbers or addresses', () => {
    for (const comment of [
      'Order 503-1234567-7654321 was useless',
      'Ordered on 2026-03-14, useless',
      'After 2 weeks the road noise got worse',
    ]) {
      expect(codes({ rating: 1, comment })).not.toContain('personal_info');
    }
  });

  it('promotional content: links and sending buyers to other sellers', () => {
    expect(evidenceOf({ rating: 1, comment: 'Much better deals at https://deals.example.net/x' }, 'promotional')).toBe(
      'https://deals.example.net/x',
    );
    expect(evidenceOf({ rating: 1, comment: 'Useless. Buy it from another seller.' }, 'promotional')).toBe('Buy it from another seller');
    expect(codes({ rating: 1, comment: '他のショップで買ったほうが安い' })).toContain('promotional');
    expect(codes({ rating: 1, comment: 'Amazon.co.jp should check this seller' })).not.toContain('promotional');
  });

  it('an e-mail address is personal information, not also a promotional link', () => {
    expect(codes({ rating: 1, comment: 'mail sales@shop.example.com' })).toEqual(['personal_info']);
  });

  it('content grounds stand even beside a seller-service complaint', () => {
    const check = checkFeedback({ rating: 1, comment: 'Seller never replied, call me on 020 7946 0958' });
    expect(check.removable).toBe(true);
    expect(standingGrounds(check.reasons).map((r) => r.code)).toEqual(['personal_info']);
  });
});

describe('not removable', () => {
  it.each([
    'Terrible experience.',
    '最悪でした。',
    'Not happy at all',
  ])('"%s" gives no reasons', (comment) => {
    expect(checkFeedback({ rating: 1, comment })).toEqual({ negative: true, removable: false, reasons: [] });
  });
});

describe('bad input gives a clear result, never a throw', () => {
  it('empty or white-space comment', () => {
    expect(checkFeedback({ rating: 1, comment: '   ' })).toEqual({ negative: true, removable: false, reasons: [] });
  });

  it('a non-string comment (from a broken page read)', () => {
    expect(checkFeedback({ rating: 2, comment: undefined as unknown as string })).toEqual({ negative: true, removable: false, reasons: [] });
  });

  it('HTML and script are plain text: matched as words, quoted unchanged', () => {
    const check = checkFeedback({ rating: 1, comment: '<b>Stopped working</b><script>alert(1)</script>' });
    expect(check.reasons[0]).toEqual({ code: 'product_review', evidence: '<b>Stopped working</b><script>alert(1)</script>' });
  });

  it('emoji and mixed languages', () => {
    const check = checkFeedback({ rating: 1, comment: '😡😡 壊れやすい! Stopped working 💔', fulfillment: 'FBA' });
    expect(check).toMatchObject({ removable: true });
    expect(check.reasons.map((r) => r.code)).toEqual(['product_review']);
  });

  it('a 50 KB comment: evidence is capped, the answer still comes', () => {
    const comment = `${'x'.repeat(25_000)} stopped working ${'あ'.repeat(25_000)}`;
    const check = checkFeedback({ rating: 1, comment });
    expect(check.removable).toBe(true);
    expect(Array.from(check.reasons[0]!.evidence).length).toBeLessThanOrEqual(120);
  });
});
