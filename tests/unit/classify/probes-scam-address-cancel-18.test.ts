import { KNOWN_GAPS_18, PROBES_18 } from './probes-scam-address-cancel-18';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-18 probes: "mark it shipped / ship now, pay later" outside English, fake Amazon messages with a phone number or
// an SMS code, a new recipient in the same country, Italian PEC addresses for e-invoices, cancellations without a
// cancel word, "reship it" after a return to sender; each next to its near-misses (see probes-scam-address-cancel-18.ts).
describe('classify: round-18 probes for the scam flag, address changes and cancellations', () => {
  itClassifiesEach(PROBES_18);

  it('has at least 50 probes (with the known gaps) in ja, en, de, fr, it, es and one or more in nl, pl, sv, pt', () => {
    const all = [...PROBES_18, ...KNOWN_GAPS_18];
    expect(all.length).toBeGreaterThanOrEqual(50);
    expectLanguages(all, { ja: 8, en: 8, de: 8, fr: 4, it: 8, es: 4, nl: 3, pl: 1, sv: 2, pt: 2 });
  });
});

describeKnownGaps('classify: round-18 known gaps outside the scam, address and cancel rules', KNOWN_GAPS_18);
