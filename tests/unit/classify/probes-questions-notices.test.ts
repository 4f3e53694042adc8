import { OPEN_PROBES, PROBES } from './probes-questions-notices';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Fresh probes for the question, invoice, thank-you, spam and `other` rules and Amazon's notices: the category,
// the scam flag and the detected language must come out as a seller would label them.
describe('classify: probes for questions, invoices, thanks, spam, other and system notices', () => {
  itClassifiesEach(PROBES);

  it('has at least 70 probes in at least ten languages', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(PROBES.map((p) => p.lang)).size).toBeGreaterThanOrEqual(10);
  });
});

describeKnownGaps('classify: open probes decided by rules outside these files', OPEN_PROBES);
