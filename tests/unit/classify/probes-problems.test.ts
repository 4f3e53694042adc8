import { KNOWN_GAPS, PROBES } from './probes-problems';
import { describeKnownGaps, itClassifiesEach } from './rules-only';

// Fresh phrasings of damaged, return, refund and delivery messages (see probes-problems.ts): the honest check that
// these rules generalise beyond the dev corpus.
describe('classify: probes for damaged, return, refund and delivery messages', () => {
  itClassifiesEach(PROBES);

  it('has at least 70 probes in at least ten languages', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(PROBES.map((e) => e.lang)).size).toBeGreaterThanOrEqual(10);
  });
});

describeKnownGaps('classify: known gaps outside these rules', KNOWN_GAPS);
