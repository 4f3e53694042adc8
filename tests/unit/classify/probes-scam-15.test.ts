import { KNOWN_GAPS_15, PROBES_15 } from './probes-scam-15';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-15 scam-flag probes: refund without return under a threat told in other words, phishing deadlines with a
// link to a host that is not Amazon's, a supplier's home city in a pitch; each next to its near-misses (see
// probes-scam-15.ts).
describe('classify: round-15 probes for the scam flag', () => {
  itClassifiesEach(PROBES_15);

  it('has at least 60 probes (with the known gaps) in ja, en, de, fr, it, es and one or more in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_15, ...KNOWN_GAPS_15];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 8, en: 15, de: 8, fr: 6, it: 5, es: 7, nl: 3, pl: 2, sv: 1, pt: 3, tr: 2 });
  });
});

describeKnownGaps('classify: round-15 known gaps outside the scam rules', KNOWN_GAPS_15);
