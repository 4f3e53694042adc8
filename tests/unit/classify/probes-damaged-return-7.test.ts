import { KNOWN_GAPS_DR7, PROBES_DR7 } from './probes-damaged-return-7';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-7 damaged and return messages of varied length, register and marketplace, told with and without the obvious
// keyword, with Amazon's return notices and near-misses of other categories: see probes-damaged-return-7.ts.
describe('classify: round-7 probes for damaged and return messages', () => {
  itClassifiesEach(PROBES_DR7);

  it('has at least 60 probes (with the known gaps) over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_DR7, ...KNOWN_GAPS_DR7];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 6, en: 6, de: 6, fr: 6, it: 6, es: 6, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

describeKnownGaps('classify: round-7 known gaps outside the damaged and return rules', KNOWN_GAPS_DR7);
