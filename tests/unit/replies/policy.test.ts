import { checkPolicy, checkPolicyReport, POLICY_SCAN_LIMIT, type PolicyRule } from '@/lib/replies/policy';

/** The finding for `span` (its first occurrence in `text`), with exact UTF-16 offsets. */
function at(text: string, rule: PolicyRule, span: string) {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`test bug: "${span}" not in "${text}"`);
  return { rule, start, end: start + span.length, text: span };
}

function rulesIn(text: string): PolicyRule[] {
  return checkPolicy(text).map((f) => f.rule);
}

describe('checkPolicy: external links', () => {
  it('flags URLs, www. and bare domains with exact offsets, without trailing punctuation', () => {
    const text = 'See https://shop.example.com/item?id=3. Or www.example.net, or mystore.jp!';
    expect(checkPolicy(text)).toEqual([
      at(text, 'external-link', 'https://shop.example.com/item?id=3'),
      at(text, 'external-link', 'www.example.net'),
      at(text, 'external-link', 'mystore.jp'),
    ]);
  });

  it('allows Amazon\'s own sites (Your Orders) but not look-alikes', () => {
    const ok = 'Your Orders: https://www.amazon.co.jp/gp/css/order-history and amazon.de';
    expect(checkPolicy(ok)).toEqual([]);
    const fake = 'Log in at amazon.co.jp.account-check.com now';
    expect(checkPolicy(fake)).toEqual([at(fake, 'external-link', 'amazon.co.jp.account-check.com')]);
  });

  it('does not take abbreviations, decimals or file names for domains', () => {
    expect(checkPolicy('e.g. version 1.5, see manual.pdf, U.S. size 10.5')).toEqual([]);
  });

  it('reads full-width text but reports the span as typed', () => {
    const text = '詳細はｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍをご覧ください';
    expect(checkPolicy(text)).toEqual([at(text, 'external-link', 'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ')]);
  });
});

describe('checkPolicy: e-mail addresses and phone numbers', () => {
  it('flags an e-mail address once (not also as a link), also full-width and "[at]"', () => {
    const text = 'Write to shop@example.co.jp, ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ or sales [at] example.com';
    expect(checkPolicy(text)).toEqual([
      at(text, 'email', 'shop@example.co.jp'),
      at(text, 'email', 'ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ'),
      at(text, 'email', 'sales [at] example.com'),
    ]);
  });

  it('flags Japanese, international and US phone numbers', () => {
    const text = 'TEL 03-1234-5678 / 090-1234-5678 / +49 30 1234567 / (555) 123-4567';
    expect(checkPolicy(text)).toEqual([
      at(text, 'phone', '03-1234-5678'),
      at(text, 'phone', '090-1234-5678'),
      at(text, 'phone', '+49 30 1234567'),
      at(text, 'phone', '(555) 123-4567'),
    ]);
  });

  it('does not take order ids, ASINs, dates, postcodes or prices for phone numbers', () => {
    expect(checkPolicy('Order 250-1234567-1234567 and 028-1234567-1234567, ASIN B01ABCDEF2, 2024-05-01, 〒100-0001, ¥12,800')).toEqual([]);
  });
});

describe('checkPolicy: feedback and review requests, in every language', () => {
  const cases: [string, string, string][] = [
    ['en', 'If you are happy, please leave us a 5-star review.', 'leave us a 5-star review'],
    ['en', 'We will send a free gift for a positive review.', 'free gift for a positive review'],
    ['ja', 'ご満足いただけましたら、高評価をお願いいたします。', '高評価をお願い'],
    ['ja', 'レビューを書いていただけると嬉しいです。', 'レビューを書いて'],
    ['de', 'Bitte hinterlassen Sie uns eine Bewertung.', 'hinterlassen Sie uns eine Bewertung'],
    ['de', 'Über eine positive Bewertung freuen wir uns.', 'positive Bewertung'],
    ['fr', 'Merci de laisser un avis sur Amazon.', 'laisser un avis'],
    ['fr', 'Une évaluation positive nous aiderait.', 'évaluation positive'],
    ['it', 'Ci lasci una recensione, grazie.', 'lasci una recensione'],
    ['it', 'Un feedback positivo ci aiuta.', 'feedback positivo'],
    ['es', 'Por favor, déjenos una reseña.', 'déjenos una reseña'],
    ['es', 'Una valoración positiva nos ayuda.', 'valoración positiva'],
    ['any', 'Thanks! ★★★★★', '★★★★★'],
  ];
  it.each(cases)('%s: "%s"', (_lang, text, span) => {
    expect(checkPolicy(text)).toEqual([at(text, 'feedback-request', span)]);
  });

  it('leaves thanks for feedback and "review" as a verb alone', () => {
    for (const text of [
      'Thank you for your feedback.',
      'We will review your request today.',
      'フィードバックをいただきありがとうございます。',
      'Vielen Dank für Ihr Feedback.',
      'Merci pour votre avis.',
      'Grazie per il suo feedback.',
      'Si cambia de opinión, puede devolverlo.',
    ]) {
      expect(checkPolicy(text), text).toEqual([]);
    }
  });
});

describe('checkPolicy: marketing, in every language', () => {
  const cases: [string, string, string][] = [
    ['en', 'Use coupon code SAVE10 next time.', 'coupon'],
    ['en', 'Please visit our store for more.', 'visit our store'],
    ['ja', '次回使えるクーポンを差し上げます。', 'クーポン'],
    ['ja', '新商品も発売中です。', '新商品'],
    ['de', 'Besuchen Sie unseren Shop für mehr.', 'Besuchen Sie unseren Shop'],
    ['de', 'Hier ist ein Gutschein für Sie.', 'Gutschein'],
    ['fr', 'Voici un code promo pour vous.', 'code promo'],
    ['it', 'Ecco un codice sconto per lei.', 'codice sconto'],
    ['es', 'Le enviamos un cupón de regalo.', 'cupón'],
  ];
  it.each(cases)('%s: "%s"', (_lang, text, span) => {
    expect(checkPolicy(text)).toEqual([at(text, 'marketing', span)]);
  });

  it('leaves refund wording and the word "offer" alone', () => {
    expect(checkPolicy('We can offer you a partial refund or a replacement.')).toEqual([]);
    expect(checkPolicy('一部返金にてご対応いたします。')).toEqual([]);
  });
});

describe('checkPolicy: contact outside Amazon, in every language', () => {
  const cases: [string, string, string][] = [
    ['en', 'Add me on WhatsApp to sort this out.', 'WhatsApp'],
    ['en', 'Please call us any time.', 'call us'],
    ['en', 'You can contact us directly.', 'contact us directly'],
    ['ja', '詳しくはLINEでご連絡ください。', 'LINE'],
    ['ja', '直接ご連絡いただければ対応します。', '直接ご連絡'],
    ['de', 'Kontaktieren Sie uns direkt, bitte.', 'Kontaktieren Sie uns direkt'],
    ['fr', 'Appelez-nous demain.', 'Appelez-nous'],
    ['it', 'Contattaci direttamente per favore.', 'Contattaci direttamente'],
    ['es', 'Llámenos cuando quiera.', 'Llámenos'],
  ];
  it.each(cases)('%s: "%s"', (_lang, text, span) => {
    expect(checkPolicy(text)).toEqual([at(text, 'off-amazon-contact', span)]);
  });

  it('leaves references to Amazon customer service and "line" the word alone', () => {
    for (const text of [
      'Please contact Amazon customer service from Your Orders.',
      'Amazonカスタマーサービスに直接お問い合わせください。',
      'Wenden Sie sich bitte direkt an den Amazon-Kundenservice.',
      'The first line of the address is missing.',
    ]) {
      expect(checkPolicy(text), text).toEqual([]);
    }
  });
});

describe('checkPolicy: bad input', () => {
  it('returns nothing for empty text and non-strings', () => {
    expect(checkPolicy('')).toEqual([]);
    expect(checkPolicy(undefined as unknown as string)).toEqual([]);
  });

  it('keeps offsets right after emoji and combining characters', () => {
    const text = '👍🏽 Cafe\u0301 👨‍👩‍👧 visit example.com';
    expect(checkPolicy(text)).toEqual([at(text, 'external-link', 'example.com')]);
  });

  it('treats HTML as text', () => {
    const text = '<a href="https://evil.example.com">here</a>';
    expect(rulesIn(text)).toEqual(['external-link']);
  });

  it('checks only the first POLICY_SCAN_LIMIT characters of a huge text and says so', () => {
    const huge = 'a '.repeat(POLICY_SCAN_LIMIT) + 'example.com';
    const report = checkPolicyReport(huge);
    expect(report.truncated).toBe(true);
    expect(report.findings).toEqual([]);
    const early = 'example.com ' + 'lorem ipsum '.repeat(5_000);
    expect(checkPolicyReport(early)).toEqual({ findings: [at(early, 'external-link', 'example.com')], truncated: false });
  });
});
