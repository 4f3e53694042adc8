import { CATEGORIES } from '@/lib/classify/taxonomy';
import { fillTemplate } from '@/lib/replies/fill';
import { checkPolicy } from '@/lib/replies/policy';
import { BUILTIN_TEMPLATES } from '@/lib/replies/templates';
import { REPLY_LANGS, TEMPLATE_VARS, type ReplyLang } from '@/lib/replies/types';

const FULL = { buyerName: 'Kim Lee', orderId: '114-1234567-1234567', productTitle: 'Travel Kettle', sellerName: 'Kettle Co', asin: 'B0KETTLE01' };
const of = (category: string, lang: ReplyLang) => BUILTIN_TEMPLATES.filter((t) => t.category === category && t.lang === lang);

/** How Amazon's buyer UI names "Cancel items" in each language (the free-text cancel reply must point there). */
const CANCEL_ITEMS: Record<ReplyLang, string> = {
  ja: '商品をキャンセル',
  en: 'Cancel items',
  de: 'Artikel stornieren',
  fr: 'Annuler des articles',
  it: 'Annulla articoli',
  es: 'Cancelar productos',
};

describe('builtin templates', () => {
  it('cover every category in every language', () => {
    const missing = CATEGORIES.flatMap((c) => REPLY_LANGS.filter((l) => of(c, l).length === 0).map((l) => `${c}/${l}`));
    expect(missing).toEqual([]);
  });

  it('have unique ids, titles and bodies', () => {
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.title.trim(), t.id).not.toBe('');
      expect(t.body.trim(), t.id).not.toBe('');
      expect(t.origin).toBe('builtin');
    }
  });

  it.each(REPLY_LANGS)('%s: address change has the scam first and second reply; damaged has FBA and merchant variants', (lang) => {
    expect(of('address_change', lang).map((t) => t.scamStep ?? 0).sort()).toEqual([0, 1, 2]);
    expect(of('damaged_or_defective', lang).map((t) => t.fulfilment).filter(Boolean).sort()).toEqual(['FBA', 'MFN']);
    expect(of('delivery_status', lang).map((t) => t.fulfilment).sort()).toEqual(['FBA', 'MFN']);
  });

  it.each(REPLY_LANGS)('%s: the free-text cancellation reply points to Your Orders → Cancel items', (lang) => {
    const [t] = of('cancel_request_message', lang);
    expect(t!.body).toContain(CANCEL_ITEMS[lang]);
  });

  it('use only known variables', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const names = [...t.body.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]);
      expect(names.filter((n) => !(TEMPLATE_VARS as readonly string[]).includes(n!)), t.id).toEqual([]);
    }
  });

  it.each([
    ['with every variable', FULL],
    ['with no variable', {}],
  ])('fill cleanly %s: no placeholder, bracket or empty line pair left', (_name, vars) => {
    for (const t of BUILTIN_TEMPLATES) {
      const text = fillTemplate(t.body, vars, t.lang);
      expect(text, t.id).not.toMatch(/[{}]|\[\[|\]\]|\n{3}| [,.。、]/);
      if (vars === FULL) expect(text, t.id).toContain(t.lang === 'ja' ? 'Kim Lee様' : 'Kim Lee');
    }
  });

  it('greet a nameless buyer politely', () => {
    const greeting = (lang: ReplyLang) => fillTemplate(of('other', lang)[0]!.body, {}, lang).split('\n')[0];
    expect(greeting('ja')).toBe('お客様');
    expect(greeting('en')).toBe('Dear customer,');
    expect(greeting('de')).toBe('Guten Tag,');
    expect(greeting('fr')).toBe('Bonjour,');
    expect(greeting('it')).toBe('Gentile cliente,');
    expect(greeting('es')).toBe('Estimado/a cliente:');
  });

  it('pass the policy check, as written and filled', () => {
    const dirty = BUILTIN_TEMPLATES.flatMap((t) =>
      [t.body, fillTemplate(t.body, FULL, t.lang), fillTemplate(t.body, {}, t.lang)].flatMap((text) =>
        checkPolicy(text).map((f) => `${t.id}: ${f.rule} "${f.text}"`),
      ),
    );
    expect(dirty).toEqual([]);
  });
});
