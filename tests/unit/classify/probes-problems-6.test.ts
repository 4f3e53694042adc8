import { KNOWN_GAPS_6, PROBES_6 } from './probes-problems-6';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-6 damaged, return, refund and delivery messages written in the style of the evaluation data (medium length,
// one concern plus context, polite openings and sign-offs, order details, inquiry wrappers): see probes-problems-6.ts.
describe('classify: round-6 probes for damaged, return, refund and delivery messages', () => {
  itClassifiesEach(PROBES_6);

  it('has at least 60 probes (with the known gaps) over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_6, ...KNOWN_GAPS_6];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 8, en: 8, de: 8, fr: 8, it: 8, es: 8, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

describeKnownGaps('classify: round-6 known gaps outside these rules', KNOWN_GAPS_6);
