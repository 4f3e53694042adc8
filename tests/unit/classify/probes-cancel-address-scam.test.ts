import { KNOWN_GAPS, PROBES } from './probes-cancel-address-scam';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Fresh phrasings of cancellations, address changes and scam patterns (and look-alikes that must stay false), written
// for these tests (see probes-cancel-address-scam.ts): the rules must recognise the family, not the dev corpus's wording.
describe('classify: probes for cancel_request_message, address_change and the scam flag', () => {
  itClassifiesEach(PROBES);

  it('covers ten languages, true and false scam cases, and own address fixes that are not scams', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(PROBES.map((e) => e.lang)).size).toBeGreaterThanOrEqual(10);
    expect(PROBES.filter((e) => e.scam).length).toBeGreaterThan(30);
    expect(PROBES.filter((e) => !e.scam && e.category === 'address_change').length).toBeGreaterThan(10);
  });
});

describeKnownGaps('classify: known gaps outside the cancel, address and scam rules', KNOWN_GAPS);
