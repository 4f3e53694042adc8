import { KNOWN_GAPS_2, PROBES_2 } from './probes-cancel-address-scam-2';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-2 phrasings of cancellations, address changes and scam patterns, and look-alikes that must stay false (see
// probes-cancel-address-scam-2.ts): styles the first round under-used, and the thin languages (pt, tr, pl, nl, sv).
describe('classify: round-2 probes for cancel_request_message, address_change and the scam flag', () => {
  itClassifiesEach(PROBES_2);

  it('has at least 80 probes, six or more in each of pt, tr, pl, nl and sv, true and false scam cases', () => {
    expect(PROBES_2.length).toBeGreaterThanOrEqual(80);
    expectLanguages(PROBES_2, { pt: 6, tr: 6, pl: 6, nl: 6, sv: 6 });
    expect(PROBES_2.filter((e) => e.scam).length).toBeGreaterThanOrEqual(25);
    expect(PROBES_2.filter((e) => !e.scam && e.category !== 'cancel_request_message').length).toBeGreaterThanOrEqual(20);
  });
});

describeKnownGaps('classify: round-2 known gaps outside the cancel, address and scam rules', KNOWN_GAPS_2);
