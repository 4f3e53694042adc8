import { KNOWN_GAPS_6, PROBES_6 } from './probes-cancel-address-scam-6';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-6 cancellations, address changes and scam patterns written in the style of the evaluation data (see
// probes-cancel-address-scam-6.ts), with look-alikes that must stay false. The rules alone: the learned model is
// trained on these messages (lib/classify/learned), so it stays off here.
describe('classify: round-6 probes for cancel_request_message, address_change and the scam flag', () => {
  itClassifiesEach(PROBES_6);

  it('has at least 60 probes over ja, en, de, fr, it, es and the thinner languages, true and false scam cases', () => {
    const all = [...PROBES_6, ...KNOWN_GAPS_6];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 4, en: 4, de: 4, fr: 4, it: 4, es: 4 });
    expect(all.filter((e) => ['nl', 'pl', 'sv', 'pt', 'tr'].includes(e.lang)).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((e) => e.scam).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((e) => !e.scam && e.category === 'address_change').length).toBeGreaterThanOrEqual(10);
  });
});

describeKnownGaps('classify: round-6 known gaps outside the cancel, address and scam rules', KNOWN_GAPS_6);
