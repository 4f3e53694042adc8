import { KNOWN_GAPS_4, PROBES_4 } from './probes-cancel-address-scam-4';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-4 cancellations, address changes and scam patterns written in the style of the evaluation data (see
// probes-cancel-address-scam-4.ts), with look-alikes that must stay false. The rules alone: the learned model is
// trained on these messages (lib/classify/learned), so it stays off here.
describe('classify: round-4 probes for cancel_request_message, address_change and the scam flag', () => {
  itClassifiesEach(PROBES_4);

  it('has at least 90 probes over ja, en, de, fr, it, es and the thinner languages, true and false scam cases', () => {
    const all = [...PROBES_4, ...KNOWN_GAPS_4];
    expect(all.length).toBeGreaterThanOrEqual(90);
    expectLanguages(all, { ja: 6, en: 6, de: 6, fr: 6, it: 6, es: 6 });
    expect(all.filter((e) => ['nl', 'pl', 'sv', 'pt', 'tr'].includes(e.lang)).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((e) => e.scam).length).toBeGreaterThanOrEqual(20);
    expect(all.filter((e) => !e.scam && e.category === 'address_change').length).toBeGreaterThanOrEqual(10);
  });
});

describeKnownGaps('classify: round-4 known gaps outside the cancel, address and scam rules', KNOWN_GAPS_4);
