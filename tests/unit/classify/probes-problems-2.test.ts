import { KNOWN_GAPS_2, PROBES_2 } from './probes-problems-2';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-2 phrasings of damaged, return, refund and delivery messages (see probes-problems-2.ts): styles the first
// round under-used, and the thin languages (pt, tr, pl, nl, sv) at least six times each.
describe('classify: round-2 probes for damaged, return, refund and delivery messages', () => {
  itClassifiesEach(PROBES_2);

  it('has at least 80 probes, and at least six in each of pt, tr, pl, nl and sv', () => {
    expect(PROBES_2.length).toBeGreaterThanOrEqual(80);
    expectLanguages(PROBES_2, { pt: 6, tr: 6, pl: 6, nl: 6, sv: 6 });
  });
});

describeKnownGaps('classify: round-2 known gaps outside these rules', KNOWN_GAPS_2);
