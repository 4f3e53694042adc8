import { KNOWN_GAPS_8, PROBES_8 } from './probes-cancel-address-scam-8';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-8 cancellations (Amazon notices in other template wordings, free text without the word "cancel", a konbini
// payment left to lapse), address changes and scam patterns with look-alikes that must stay false (see
// probes-cancel-address-scam-8.ts). The rules alone: the learned model is trained on these messages, so it stays off.
describe('classify: round-8 probes for cancellations, address changes and the scam flag', () => {
  itClassifiesEach(PROBES_8);

  it('has at least 100 probes over ja, en, de, fr, it, es and the thinner languages, true and false scam cases', () => {
    const all = [...PROBES_8, ...KNOWN_GAPS_8];
    expect(all.length).toBeGreaterThanOrEqual(100);
    expectLanguages(all, { ja: 10, en: 10, de: 10, fr: 10, it: 10, es: 10, nl: 3, pl: 3, sv: 3, pt: 3, tr: 3 });
    expect(all.filter((e) => e.category === 'cancel_request_system').length).toBeGreaterThanOrEqual(16);
    expect(all.filter((e) => e.scam).length).toBeGreaterThanOrEqual(35);
    expect(all.filter((e) => !e.scam && e.category === 'address_change').length).toBeGreaterThanOrEqual(20);
  });
});

describeKnownGaps('classify: round-8 known gaps outside the cancel, address, notice and scam rules', KNOWN_GAPS_8);
