import { OPEN_PROBES, PROBES } from './probes-questions-notices';
import { rulesOnly as outcome, probeTitle as title } from './rules-only';

// Fresh probes for the question, invoice, thank-you, spam and `other` rules and Amazon's notices: the category,
// the scam flag and the detected language must come out as a seller would label them.
describe('classify: probes for questions, invoices, thanks, spam, other and system notices', () => {
  it.each(PROBES.map((p) => [title(p), p] as const))('%s', (_name, p) => {
    expect(outcome(p)).toEqual({ category: p.category, scam: p.scam, lang: p.lang });
  });

  it('has at least 70 probes in at least ten languages', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(PROBES.map((p) => p.lang)).size).toBeGreaterThanOrEqual(10);
  });

  // Decided by rules owned elsewhere (see `why`): expected to fail until those rules change (then move the row up).
  it.fails.each(OPEN_PROBES.map((p) => [`${title(p)} — ${p.why}`, p] as const))('open: %s', (_name, p) => {
    expect(outcome(p)).toEqual({ category: p.category, scam: p.scam, lang: p.lang });
  });
});
