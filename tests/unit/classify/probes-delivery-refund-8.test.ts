import { KNOWN_GAPS_8, PROBES_8 } from './probes-delivery-refund-8';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Round-8 delivery_status and refund_request messages (with near-misses that belong elsewhere), varied in length,
// register, marketplace habits and carriers: see probes-delivery-refund-8.ts.
describe('classify: round-8 probes for delivery and refund messages', () => {
  itClassifiesEach(PROBES_8);

  it('has at least 60 probes (with the known gaps): at least 6 each in ja, en, de, fr, it and es, and at least 2 each in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_8, ...KNOWN_GAPS_8];
    expect(all.length).toBeGreaterThanOrEqual(60);
    const atLeast: Record<string, number> = { ja: 6, en: 6, de: 6, fr: 6, it: 6, es: 6, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 };
    for (const [lang, n] of Object.entries(atLeast)) {
      expect(all.filter((e) => e.lang === lang).length, lang).toBeGreaterThanOrEqual(n);
    }
  });
});

describeKnownGaps('classify: round-8 known gaps outside the delivery and refund rules', KNOWN_GAPS_8);
