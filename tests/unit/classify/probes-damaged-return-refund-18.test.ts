import { KNOWN_GAPS_DAMAGED_RETURN_REFUND_18, PROBES_DAMAGED_RETURN_REFUND_18 } from './probes-damaged-return-refund-18';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round 18: a refusal to send the item back keeps the complaint's category; a defect with "money back" stays
// damaged_or_defective; defects told without a "broken" word (one side only, hiss, blinking, layout, plug or fabric
// unlike the listing, two sizes in a pair) are claims; exchange questions after delivery are return requests; a refund
// that came short is refund_request (see probes-damaged-return-refund-18.ts).
describe('classify: round-18 probes for refusals, money-back defects, unnamed defects, exchange questions and short refunds', () => {
  itClassifiesEach(PROBES_DAMAGED_RETURN_REFUND_18);

  it('has at least 75 probes (with the known gaps): at least 8 each in ja, en, de, fr, it and es, and at least 2 each in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_DAMAGED_RETURN_REFUND_18, ...KNOWN_GAPS_DAMAGED_RETURN_REFUND_18];
    expect(all.length).toBeGreaterThanOrEqual(75);
    expectLanguages(all, { ja: 8, en: 8, de: 8, fr: 8, it: 8, es: 8, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

// Decided by files outside rules/damaged.ts, rules/return.ts and rules/refund.ts (see `culprit`): expected to fail until that file changes.
describeKnownGaps('classify: round-18 known gaps outside the damage, return and refund rules', KNOWN_GAPS_DAMAGED_RETURN_REFUND_18);
