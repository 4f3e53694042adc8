import { KNOWN_GAPS_20, PROBES_20 } from './probes-scam-20';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-20 probes: ship before the payment is approved or booked, a new recipient named through someone else's
// relative or a friend, refund without return under threat in sv/nl/pl/pt/tr, a refund to the buyer's own bank
// account past Amazon, and "do you ship abroad?" asked before buying (see probes-scam-20.ts).
describe('classify: round-20 probes for the scam flag', () => {
  itClassifiesEach(PROBES_20);

  it('has at least 40 probes (with the known gaps) in ja, en, de, fr, it, es and a few in nl, pl, sv, pt, tr', () => {
    const all = [...PROBES_20, ...KNOWN_GAPS_20];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expectLanguages(all, { ja: 4, en: 6, de: 5, fr: 5, it: 5, es: 5, nl: 2, pl: 2, sv: 1, pt: 2, tr: 1 });
  });
});

describeKnownGaps('classify: round-20 known gaps outside the scam and address rules', KNOWN_GAPS_20);
