import { KNOWN_GAPS_8, PROBES_8 } from './probes-delivery-refund-8';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-8 delivery_status and refund_request messages (with near-misses that belong elsewhere), varied in length,
// register, marketplace habits and carriers: see probes-delivery-refund-8.ts.
describe('classify: round-8 probes for delivery and refund messages', () => {
  itClassifiesEach(PROBES_8);

  it('has at least 100 probes (with the known gaps): many in ja and en, ten or more in de, fr, it and es, and three or more in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_8, ...KNOWN_GAPS_8];
    expect(all.length).toBeGreaterThanOrEqual(100);
    expectLanguages(all, { ja: 18, en: 20, de: 10, fr: 10, it: 10, es: 10, nl: 3, pl: 3, sv: 3, pt: 3, tr: 3 });
  });
});

describeKnownGaps('classify: round-8 known gaps outside the delivery and refund rules', KNOWN_GAPS_8);
