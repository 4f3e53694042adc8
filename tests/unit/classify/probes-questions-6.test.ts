import { KNOWN_GAPS_Q6, PROBES_6 } from './probes-questions-6';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Sixth-round probes for questions, invoices, thank-yous, spam, `other` and Amazon's notices, in the format of the
// messages the classifier is scored on: the category, the scam flag and the detected language must come out as a
// seller would label them.
describe('classify: sixth-round probes for questions, invoices, thanks, spam, other and notices', () => {
  itClassifiesEach(PROBES_6);

  it('has at least 60 probes (two batches of about 30) over ja, en, de, fr, it, es and some nl, pl, sv, pt, tr', () => {
    const all = [...PROBES_6, ...KNOWN_GAPS_Q6];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expectLanguages(all, { ja: 6, en: 6, de: 6, fr: 6, it: 6, es: 6, nl: 2, pl: 2, sv: 2, pt: 2, tr: 2 });
  });
});

// Decided by files outside these rules (see `culprit`): expected to fail until that file changes.
describeKnownGaps('classify: sixth-round known gaps outside the question, invoice, thanks, spam and other rules', KNOWN_GAPS_Q6);
