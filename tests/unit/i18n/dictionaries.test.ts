import { registeredDictionaries, UI_LANGS, detectUiLang, format } from '@/lib/i18n';

// Load every feature's dictionary: by convention each lives in a file named messages.ts.
const modules = import.meta.glob(['/components/**/messages.ts', '/lib/**/messages.ts'], { eager: true });

describe('UI dictionaries', () => {
  it('found the feature dictionaries', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    expect(registeredDictionaries().size).toBeGreaterThanOrEqual(Object.keys(modules).length);
  });

  for (const [feature, dict] of registeredDictionaries()) {
    it(`${feature}: every key exists, non-empty, in every UI language`, () => {
      const keys = new Set(UI_LANGS.flatMap((lang) => Object.keys(dict[lang])));
      for (const lang of UI_LANGS) {
        const missing = [...keys].filter((k) => !(k in dict[lang]) || !dict[lang][k]?.trim());
        expect(missing, `${feature}/${lang} is missing keys`).toEqual([]);
      }
    });

    it(`${feature}: placeholders match between languages`, () => {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(dict.en)) {
        expect(placeholders(dict.ja[key]!), `${feature}.${key}`).toEqual(placeholders(dict.en[key]!));
      }
    });
  }
});

describe('detectUiLang / format', () => {
  it('follows the browser: Japanese for ja*, English otherwise', () => {
    expect(detectUiLang(['ja-JP', 'en'])).toBe('ja');
    expect(detectUiLang(['ja'])).toBe('ja');
    expect(detectUiLang(['de-DE', 'ja'])).toBe('en');
    expect(detectUiLang([])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{n} left of {m}', { n: 3 })).toBe('3 left of {m}');
  });
});
