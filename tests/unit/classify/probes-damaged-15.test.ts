import { KNOWN_GAPS_DAMAGED_15, PROBES_DAMAGED_15 } from './probes-damaged-15';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round 15: complaints told after a receipt confirmation (wrong item as "X instead of Y", dents, leaks, lids that do
// not close, parts missing, a burned-out motor) are damaged_or_defective; an invoice that came without the tax number,
// a missing gift wrap, "nothing missing" and a size exchange wish keep their own category (see probes-damaged-15.ts).
describe('classify: round-15 probes for damage told after a receipt confirmation', () => {
  itClassifiesEach(PROBES_DAMAGED_15);

  it('has at least 60 probes (with the known gaps): at least 4 each in ja, en, de, fr, it and es, and at least 1 each in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_DAMAGED_15, ...KNOWN_GAPS_DAMAGED_15];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 4, en: 4, de: 4, fr: 4, it: 4, es: 4, nl: 1, pl: 1, sv: 1, pt: 1, tr: 1 });
  });
});

// Decided by files outside rules/damaged.ts and rules/product.ts (see `culprit`): expected to fail until that file changes.
describeKnownGaps('classify: round-15 known gaps outside the damage rules', KNOWN_GAPS_DAMAGED_15);
