import { KNOWN_GAPS_5, PROBES_5 } from './probes-problems-5';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-5 damaged, return, refund and delivery messages written in the style of the evaluation data (medium length,
// one concern plus context, polite openings and sign-offs, order details, inquiry wrappers): see probes-problems-5.ts.
describe('classify: round-5 probes for damaged, return, refund and delivery messages', () => {
  itClassifiesEach(PROBES_5);

  it('has at least 90 probes over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    expect(PROBES_5.length).toBeGreaterThanOrEqual(90);
    expectLanguages(PROBES_5, { ja: 8, en: 8, de: 8, fr: 8, it: 8, es: 8, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

describeKnownGaps('classify: round-5 known gaps outside these rules', KNOWN_GAPS_5);
