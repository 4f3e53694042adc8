import { KNOWN_GAPS_7, PROBES_7 } from './probes-cancel-address-scam-7';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-7 cancellations (Amazon's notices in several template shapes and languages, free text in inquiry wrappers,
// requests without the word "cancel"), address changes and scam patterns with look-alikes that must stay false (see
// probes-cancel-address-scam-7.ts). The rules alone: the learned model is trained on these messages, so it stays off.
describe('classify: round-7 probes for cancellations, address changes and the scam flag', () => {
  itClassifiesEach(PROBES_7);

  it('has at least 60 probes over ja, en, de, fr, it, es and the thinner languages, true and false scam cases', () => {
    const all = [...PROBES_7, ...KNOWN_GAPS_7];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 6, en: 6, de: 6, fr: 6, it: 6, es: 6, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
    expect(all.filter((e) => e.category === 'cancel_request_system').length).toBeGreaterThanOrEqual(12);
    expect(all.filter((e) => e.scam).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((e) => !e.scam && e.category === 'address_change').length).toBeGreaterThanOrEqual(8);
  });
});

describeKnownGaps('classify: round-7 known gaps outside the cancel, address, notice and scam rules', KNOWN_GAPS_7);
