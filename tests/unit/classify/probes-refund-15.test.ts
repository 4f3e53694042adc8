import { KNOWN_GAPS_15, PROBES_15 } from './probes-refund-15';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-15 refund_request messages that name a return or a cancellation already made (a label bought, a return
// accepted, an order cancelled, part of a return refunded, "iade" of money, the free-returns promise quoted), next to
// buyers who still want to send something back or stop an order: see probes-refund-15.ts.
describe('classify: round-15 probes for refunds told with a return or cancel word', () => {
  itClassifiesEach(PROBES_15);

  it('has at least 50 probes (with the known gaps) in ja, en, de, fr, it, es and some nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_15, ...KNOWN_GAPS_15];
    expect(all.length).toBeGreaterThanOrEqual(50);
    expectLanguages(all, { ja: 7, en: 9, de: 5, fr: 5, it: 3, es: 4, nl: 3, pl: 3, sv: 2, pt: 4, tr: 4 });
  });
});

describeKnownGaps('classify: round-15 known gaps outside the refund, return and cancel rules', KNOWN_GAPS_15);
