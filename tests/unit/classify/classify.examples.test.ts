import { EXAMPLES } from './examples';
import { rulesOnly } from './rules-only';

// Every category in every language family, with messages written for these tests (never copied from the corpus).
describe('classify: examples per category and language', () => {
  it.each(EXAMPLES.map((e) => [`${e.category}${e.scam ? '+scam' : ''} [${e.lang}] ${e.body.slice(0, 50)}`, e] as const))('%s', (_name, e) => {
    expect(rulesOnly(e)).toEqual({ category: e.category, scam: e.scam, lang: e.lang });
  });

  it('covers all twelve categories and at least six languages', () => {
    expect(new Set(EXAMPLES.map((e) => e.category)).size).toBe(12);
    expect(new Set(EXAMPLES.map((e) => e.lang)).size).toBeGreaterThanOrEqual(6);
  });
});
