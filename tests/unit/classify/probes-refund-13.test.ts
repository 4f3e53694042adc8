import { KNOWN_GAPS_13, PROBES_13 } from './probes-refund-13';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-13 refund_request messages whose money back is a fee, a difference, or what is still missing after a return
// or a cancellation already made, next to near-misses that stay return_request or cancel_request_message: see
// probes-refund-13.ts.
describe('classify: round-13 probes for refunds that lose to another category’s word', () => {
  itClassifiesEach(PROBES_13);

  it('has at least 30 probes (with the known gaps) in ja, en, de, fr, it, es and one or more in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_13, ...KNOWN_GAPS_13];
    expect(all.length).toBeGreaterThanOrEqual(30);
    expectLanguages(all, { ja: 5, en: 7, de: 4, fr: 3, it: 3, es: 4, nl: 1, pl: 1, sv: 1, pt: 1, tr: 2 });
  });
});

describeKnownGaps('classify: round-13 known gaps outside the refund rules', KNOWN_GAPS_13);
