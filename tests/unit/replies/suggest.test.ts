import { suggestReplies } from '@/lib/replies/suggest';
import { builtinId } from '@/lib/replies/templates';
import type { ReplyTemplate } from '@/lib/replies/types';

const vars = { buyerName: 'Jonas', orderId: '028-1111111-2222222' };
const ids = (r: ReturnType<typeof suggestReplies>) => r.map((s) => s.template.id);

describe('suggestReplies', () => {
  it('offers the buyer\'s language first, then the seller\'s UI language', () => {
    const r = suggestReplies({ category: 'cancel_request_message', scam: false, buyerLang: 'de-DE', uiLang: 'ja' }, vars);
    expect(r.map((s) => [s.lang, s.audience])).toEqual([
      ['de', 'buyer'],
      ['ja', 'seller'],
    ]);
    expect(r[0]!.text).toContain('Guten Tag Jonas,');
    expect(r[0]!.buyerLangUnsupported).toBe(false);
    expect(r.every((s) => s.findings.length === 0)).toBe(true);
  });

  it('does not repeat the language when buyer and seller share it', () => {
    const r = suggestReplies({ category: 'thanks', scam: false, buyerLang: 'en', uiLang: 'en' }, vars);
    expect(r.map((s) => s.lang)).toEqual(['en']);
  });

  it('falls back to English, flagged, for a language without templates', () => {
    for (const buyerLang of ['nl', '', null, 'und']) {
      const r = suggestReplies({ category: 'other', scam: false, buyerLang, uiLang: 'ja' }, vars);
      expect(r.map((s) => [s.lang, s.audience, s.buyerLangUnsupported])).toEqual([
        ['en', 'buyer', true],
        ['ja', 'seller', true],
      ]);
    }
  });

  it('puts the scam first and second replies first for a scam-flagged address change, and hides them otherwise', () => {
    const scam = suggestReplies({ category: 'address_change', scam: true, buyerLang: 'en', uiLang: 'en' }, vars);
    expect(ids(scam)).toEqual([
      builtinId('address_change.scam1', 'en'),
      builtinId('address_change.scam2', 'en'),
      builtinId('address_change', 'en'),
    ]);
    const plain = suggestReplies({ category: 'address_change', scam: false, buyerLang: 'en', uiLang: 'en' }, vars);
    expect(ids(plain)).toEqual([builtinId('address_change', 'en')]);
  });

  it('follows the order context: FBA or merchant, and the 30-day return window', () => {
    const base = { category: 'damaged_or_defective' as const, scam: false, buyerLang: 'fr', uiLang: 'en' as const };
    const frIds = (o: object) => ids(suggestReplies({ ...base, ...o }, vars)).filter((id) => id.startsWith('builtin:fr:'));
    expect(frIds({ fulfilment: 'FBA', orderAgeDays: 3 })).toEqual([builtinId('damaged_or_defective.fba', 'fr')]);
    expect(frIds({ fulfilment: 'MFN', orderAgeDays: 45 })).toEqual([
      builtinId('damaged_or_defective.warranty', 'fr'),
      builtinId('damaged_or_defective.mfn', 'fr'),
    ]);
    expect(frIds({})).toEqual([
      builtinId('damaged_or_defective.mfn', 'fr'),
      builtinId('damaged_or_defective.fba', 'fr'),
      builtinId('damaged_or_defective.warranty', 'fr'),
    ]);
  });

  it('includes the seller\'s own templates of those languages, after the builtins, with their findings', () => {
    const mine: ReplyTemplate[] = [
      { id: 'custom:a', category: 'thanks', lang: 'es', title: 'Mío', body: 'Hola {buyerName}, ¡gracias! Síganos en Instagram.', origin: 'custom' },
      { id: 'custom:b', category: 'thanks', lang: 'it', title: 'Altro', body: 'Grazie!', origin: 'custom' },
      { id: 'custom:c', category: 'other', lang: 'es', title: 'Otra categoría', body: 'Hola', origin: 'custom' },
    ];
    const r = suggestReplies({ category: 'thanks', scam: false, buyerLang: 'es', uiLang: 'ja', custom: mine }, vars);
    expect(ids(r)).toEqual([builtinId('thanks', 'es'), 'custom:a', builtinId('thanks', 'ja')]);
    expect(r[1]!.text).toBe('Hola Jonas, ¡gracias! Síganos en Instagram.');
    expect(r[1]!.findings.map((f) => f.rule)).toEqual(['marketing', 'off-amazon-contact']);
  });

  it('uses the given library instead of the builtins (edited and hidden builtins)', () => {
    const edited: ReplyTemplate = { id: builtinId('thanks', 'en'), category: 'thanks', lang: 'en', title: 'Edited', body: 'Thanks, {buyerName}!', origin: 'custom' };
    const r = suggestReplies({ category: 'thanks', scam: false, buyerLang: 'en', uiLang: 'en', library: [edited] }, vars);
    expect(r.map((s) => s.text)).toEqual(['Thanks, Jonas!']);
    const none = suggestReplies({ category: 'thanks', scam: false, buyerLang: 'de', uiLang: 'ja', library: [edited] }, vars);
    expect(none.map((s) => [s.lang, s.buyerLangUnsupported])).toEqual([['en', true]]);
  });
});
