import { classify } from '@/lib/classify';
import type { Example, KnownGap } from './labelled-rows';

/**
 * Category, scam flag and language from the rules alone. The learned model (lib/classify/learned) is trained on the
 * probe and example messages, so it stays off when they test the rules: they must show what the rules miss.
 */
export function rulesOnly(e: { subject: string; body: string; marketplace: string }) {
  const got = classify({ subject: e.subject, body: e.body, marketplace: e.marketplace }, { learnedModel: false });
  return { category: got.category, scam: got.scam, lang: got.lang };
}

/** A test title for one labelled message: its labels, language, subject and the start of its body. */
export const probeTitle = (e: { category: string; scam: boolean; lang: string; subject: string; body: string }) =>
  `${e.category}${e.scam ? '+scam' : ''} [${e.lang}] ${e.subject.slice(0, 20)} | ${e.body.slice(0, 50)}`;

/** One test per probe: the rules alone must give its category, scam flag and language. */
export function itClassifiesEach(probes: readonly Example[]): void {
  it.each(probes.map((e) => [probeTitle(e), e] as const))('%s', (_name, e) => {
    expect(rulesOnly(e)).toEqual({ category: e.category, scam: e.scam, lang: e.lang });
  });
}

/**
 * Known gaps fail today, on purpose: when a fix makes one pass, its test fails, and the row moves up into the probes.
 */
export function describeKnownGaps(title: string, gaps: readonly KnownGap[]): void {
  describe.runIf(gaps.length > 0)(title, () => {
    it.fails.each(gaps.map((e) => [`${e.culprit} — ${e.body.slice(0, 50)}`, e] as const))('%s', (_name, e) => {
      expect(rulesOnly(e)).toEqual({ category: e.category, scam: e.scam, lang: e.lang });
    });
  });
}

/** A probe file's size check per language: at least `atLeast[lang]` of its messages are in each language named. */
export function expectLanguages(all: readonly Example[], atLeast: Record<string, number>): void {
  for (const [lang, n] of Object.entries(atLeast)) expect(all.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(n);
}
