import { classify } from '@/lib/classify';
import { EXAMPLES } from './examples';

// Every category in every language family, with messages written for these tests (never copied from the corpus).
// The rules alone: the learned fallback is trained on these messages (lib/classify/learned), so it stays off here.
describe('classify: examples per category and language', () => {
  it.each(EXAMPLES.map((e) => [`${e.category}${e.scam ? '+scam' : ''} [${e.lang}] ${e.body.slice(0, 50)}`, e] as const))('%s', (_name, e) => {
    const got = classify({ subject: e.subject, body: e.body, marketplace: e.marketplace }, { learnedFallback: false });
    expect({ category: got.category, scam: got.scam, lang: got.lang }).toEqual({ category: e.category, scam: e.scam, lang: e.lang });
  });

  it('covers all twelve categories and at least six languages', () => {
    expect(new Set(EXAMPLES.map((e) => e.category)).size).toBe(12);
    expect(new Set(EXAMPLES.map((e) => e.lang)).size).toBeGreaterThanOrEqual(6);
  });
});
