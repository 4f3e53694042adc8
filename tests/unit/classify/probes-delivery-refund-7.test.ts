import { KNOWN_GAPS_7, PROBES_7 } from './probes-delivery-refund-7';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Round-7 delivery_status and refund_request messages (with near-misses that belong elsewhere), varied in length,
// register, marketplace habits and carriers: see probes-delivery-refund-7.ts.
describe('classify: round-7 probes for delivery and refund messages', () => {
  itClassifiesEach(PROBES_7);

  it('has at least 60 probes (with the known gaps) over ja, en, de, fr, it and es, and some in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_7, ...KNOWN_GAPS_7];
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['ja', 'en', 'de', 'fr', 'it', 'es']) {
      expect(all.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(6);
    }
    for (const lang of ['nl', 'pl', 'sv', 'pt', 'tr']) {
      expect(all.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
    }
  });
});

describeKnownGaps('classify: round-7 known gaps outside the delivery and refund rules', KNOWN_GAPS_7);
