import { buyerFollowUpMessage, FOLLOW_UP_LANGS, followUpLang } from '@/lib/feedback/follow-up';

const ORDER = '250-1112223-3344455';

// What the message must never do: ask about the feedback/rating at all (asking to change or remove it is
// forbidden, and mentioning it is pressure), offer anything in exchange, or carry links or e-mail addresses.
const FORBIDDEN: Record<(typeof FOLLOW_UP_LANGS)[number], RegExp> = {
  en: /feedback|rating|review|star|remove|revise|change|update|edit|delete|refund|coupon|discount|gift|free|compensat|in exchange|reward|http|www\.|@/i,
  ja: /評価|レビュー|フィードバック|星|削除|変更|修正|取り消|返金|クーポン|割引|プレゼント|無料|謝礼|お礼に|http|www\.|@/i,
  de: /bewertung|feedback|rezension|stern|entfern|änder|lösch|erstatt|gutschein|rabatt|geschenk|kostenlos|gratis|http|www\.|@/i,
  fr: /évaluation|commentaire|avis|étoile|supprim|modifi|retir|rembours|coupon|réduction|cadeau|gratuit|http|www\.|@/i,
  it: /valutazione|feedback|recensione|stell|rimuov|modific|cancell|rimbors|coupon|sconto|regalo|gratis|gratuito|http|www\.|@/i,
  es: /valoraci|opini|comentario|estrella|elimin|modific|cambi|reembols|cup[oó]n|descuento|regalo|gratis|http|www\.|@/i,
};

describe('buyerFollowUpMessage', () => {
  for (const lang of FOLLOW_UP_LANGS) {
    it(`${lang}: asks what went wrong, names the order, never touches the rating or offers anything`, () => {
      const text = buyerFollowUpMessage({ orderId: ORDER, buyerName: 'Robin', sellerName: 'Acme Test Shop' }, lang);
      expect(text).toContain(ORDER);
      expect(text).toContain('Robin');
      expect(text).toContain('Acme Test Shop');
      expect(text).not.toMatch(FORBIDDEN[lang]);
    });
  }

  it('the forbidden-phrase check itself catches a bad message', () => {
    expect('Could you please update your rating?').toMatch(FORBIDDEN.en);
    expect('評価の変更をお願いします').toMatch(FORBIDDEN.ja);
  });

  it('asks what went wrong and offers help (en, ja)', () => {
    expect(buyerFollowUpMessage({ orderId: ORDER }, 'en')).toMatch(/what went wrong\?[\s\S]*help/);
    expect(buyerFollowUpMessage({ orderId: ORDER }, 'ja')).toMatch(/どのような点に問題があったか[\s\S]*お力になれる/);
  });

  it('greets politely without a name', () => {
    expect(buyerFollowUpMessage({ orderId: ORDER }, 'en').startsWith('Hello,\n')).toBe(true);
    expect(buyerFollowUpMessage({ orderId: ORDER, buyerName: '  ' }, 'ja').startsWith('お客様\n')).toBe(true);
  });

  it('drops a name that would put a link or contact detail into the message', () => {
    for (const bad of ['Visit www.example.com', 'sam@example.com', 'Call 090-1234-5678', '<script>x</script>', 'shop.example.net']) {
      const text = buyerFollowUpMessage({ orderId: ORDER, buyerName: bad, sellerName: bad }, 'en');
      expect(text).not.toMatch(FORBIDDEN.en);
      expect(text).not.toContain(bad);
    }
  });

  it('leaves out an order id that is not one', () => {
    const text = buyerFollowUpMessage({ orderId: 'see http://x.example' }, 'en');
    expect(text).toContain('Thank you for your order.');
    expect(text).not.toMatch(/http/);
  });

  it('picks the buyer’s language, English when we have no template', () => {
    expect(followUpLang('ja-JP')).toBe('ja');
    expect(followUpLang('es_MX')).toBe('es');
    expect(followUpLang('nl')).toBe('en');
    expect(followUpLang(null)).toBe('en');
    expect(buyerFollowUpMessage({ orderId: ORDER }, 'de')).toMatch(/^Hallo,/);
  });
});
