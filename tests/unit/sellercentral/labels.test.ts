import { describe, expect, it } from 'vitest';
import { buyerNameInSubject } from '@/lib/sellercentral/labels';

describe('buyerNameInSubject: the buyer named by a thread subject', () => {
  it.each([
    ['山田 花子様からのお問い合わせ（注文番号: 250-0000000-0000001）', '山田 花子'],
    ['Amazonのお客様 山田 花子様からのお問い合わせ', '山田 花子'],
    ['Amazon お客様 高橋様からのメッセージ', '高橋'],
    ['Inquiry from Amazon customer Jane Q. (Order: 111-0000000-0000001)', 'Jane Q.'],
    ['Anfrage von Amazon-Kunde Max M. (Bestellung: 302-0000000-0000001)', 'Max M.'],
    ['Demande du client Amazon Léa R. (Commande : 402-0000000-0000001)', 'Léa R.'],
  ])('%s → %s', (subject, name) => {
    expect(buyerNameInSubject(subject)).toBe(name);
  });

  it.each([
    // Amazon's own request: "お客様からの" is "from the customer", not a customer called "お客".
    'Amazonのお客様からの注文キャンセルリクエスト（注文番号: 250-0000000-0000002）',
    'お客様からのお問い合わせ',
    'Delivery question',
    '',
  ])('names nobody in %j', (subject) => {
    expect(buyerNameInSubject(subject)).toBeNull();
  });
});
