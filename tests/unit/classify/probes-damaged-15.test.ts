import { KNOWN_GAPS_DAMAGED_15, PROBES_DAMAGED_15 } from './probes-damaged-15';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round 15: complaints told after a receipt confirmation (wrong item as "X instead of Y", dents, leaks, lids that do
// not close, parts missing, a burned-out motor) are damaged_or_defective; an invoice that came without the tax number,
// a missing gift wrap, "nothing missing" and a size exchange wish keep their own category (see probes-damaged-15.ts).
describe('classify: round-15 probes for damage told after a receipt confirmation', () => {
  itClassifiesEach(PROBES_DAMAGED_15);

  it('has at least 90 probes (with the known gaps): at least 9 each in ja, en, de, fr, it and es, and at least 2 each in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_DAMAGED_15, ...KNOWN_GAPS_DAMAGED_15];
    expect(all.length).toBeGreaterThanOrEqual(90);
    expectLanguages(all, { ja: 9, en: 9, de: 9, fr: 9, it: 9, es: 9, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

// Decided by files outside rules/damaged.ts and rules/product.ts (see `culprit`): expected to fail until that file changes.
describeKnownGaps('classify: round-15 known gaps outside the damage rules', KNOWN_GAPS_DAMAGED_15);
