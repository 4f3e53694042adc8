import { KNOWN_GAPS_Q2, PROBES_2 } from './probes-questions-2';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Second-round probes for questions, invoices, thank-yous, spam, `other` and Amazon's notices, in the styles the
// first round under-used: the category, the scam flag and the detected language must come out as a seller would
// label them.
describe('classify: second-round probes for questions, invoices, thanks, spam, other and notices', () => {
  itClassifiesEach(PROBES_2);

  it('has at least 80 probes, six or more in each of pt, tr, pl, nl and sv', () => {
    const all = [...PROBES_2, ...KNOWN_GAPS_Q2];
    expect(all.length).toBeGreaterThanOrEqual(80);
    expectLanguages(all, { pt: 6, tr: 6, pl: 6, nl: 6, sv: 6 });
  });
});

describeKnownGaps('classify: known gaps decided outside these rules', KNOWN_GAPS_Q2);
