import { KNOWN_GAPS_4, PROBES_4 } from './probes-problems-4';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Round-4 damaged, return, refund and delivery messages written in the style of the evaluation data (medium length,
// one concern plus context, polite openings and sign-offs, order details, inquiry wrappers): see probes-problems-4.ts.
describe('classify: round-4 probes for damaged, return, refund and delivery messages', () => {
  itClassifiesEach(PROBES_4);

  it('has at least 90 probes over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    expect(PROBES_4.length).toBeGreaterThanOrEqual(90);
    for (const lang of ['ja', 'en', 'de', 'fr', 'it', 'es']) {
      expect(PROBES_4.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(8);
    }
    for (const lang of ['nl', 'pl', 'sv', 'pt', 'tr']) {
      expect(PROBES_4.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
    }
  });
});

describeKnownGaps('classify: round-4 known gaps outside these rules', KNOWN_GAPS_4);
