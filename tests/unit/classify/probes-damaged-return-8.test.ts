import { KNOWN_GAPS_DR8, PROBES_DR8 } from './probes-damaged-return-8';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-8 damaged and return messages of varied length, register and marketplace, told with and without the obvious
// keyword, with Amazon's return notices and near-misses of other categories: see probes-damaged-return-8.ts.
describe('classify: round-8 probes for damaged and return messages', () => {
  itClassifiesEach(PROBES_DR8);

  it('has the 136 probes written (with the known gaps): at least 15 each in ja, en, de, fr, it and es, and 4 each in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_DR8, ...KNOWN_GAPS_DR8];
    expect(all.length).toBeGreaterThanOrEqual(136);
    expectLanguages(all, { ja: 15, en: 15, de: 15, fr: 15, it: 15, es: 15, nl: 4, pl: 4, sv: 4, pt: 4, tr: 4 });
  });
});

describeKnownGaps('classify: round-8 known gaps outside the damaged and return rules', KNOWN_GAPS_DR8);
