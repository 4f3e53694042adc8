import { KNOWN_GAPS_DR8, PROBES_DR8 } from './probes-damaged-return-8';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Round-8 damaged and return messages of varied length, register and marketplace, told with and without the obvious
// keyword, with Amazon's return notices and near-misses of other categories: see probes-damaged-return-8.ts.
describe('classify: round-8 probes for damaged and return messages', () => {
  itClassifiesEach(PROBES_DR8);

  it('has at least 60 probes (with the known gaps) over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_DR8, ...KNOWN_GAPS_DR8];
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['ja', 'en', 'de', 'fr', 'it', 'es']) {
      expect(all.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(6);
    }
    for (const lang of ['nl', 'pl', 'sv', 'pt', 'tr']) {
      expect(all.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
    }
  });
});

describeKnownGaps('classify: round-8 known gaps outside the damaged and return rules', KNOWN_GAPS_DR8);
