import { KNOWN_GAPS_4, PROBES_4 } from './probes-problems-4';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-4 damaged, return, refund and delivery messages written in the style of the evaluation data (medium length,
// one concern plus context, polite openings and sign-offs, order details, inquiry wrappers): see probes-problems-4.ts.
describe('classify: round-4 probes for damaged, return, refund and delivery messages', () => {
  itClassifiesEach(PROBES_4);

  it('has at least 90 probes over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    expect(PROBES_4.length).toBeGreaterThanOrEqual(90);
    expectLanguages(PROBES_4, { ja: 8, en: 8, de: 8, fr: 8, it: 8, es: 8, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

describeKnownGaps('classify: round-4 known gaps outside these rules', KNOWN_GAPS_4);
