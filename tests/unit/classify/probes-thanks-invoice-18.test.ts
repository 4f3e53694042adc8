import { KNOWN_GAPS_THANKS_INVOICE_18, PROBES_THANKS_INVOICE_18 } from './probes-thanks-invoice-18';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round 18: a thank-you that names the old topic (invoice found, label worked, tracking works) is thanks unless a
// request remains; an invoice named in a remark or left out of a gift is other (see probes-thanks-invoice-18.ts).
describe('classify: round-18 probes for settled topics and invoices named in remarks', () => {
  itClassifiesEach(PROBES_THANKS_INVOICE_18);

  it('has at least 50 probes (with the known gaps): at least 5 each in ja, en, de, fr, it and es, and at least 2 each in nl, pl, sv and tr and 1 in pt', () => {
    const all = [...PROBES_THANKS_INVOICE_18, ...KNOWN_GAPS_THANKS_INVOICE_18];
    expect(all.length).toBeGreaterThanOrEqual(50);
    expectLanguages(all, { ja: 5, en: 5, de: 5, fr: 5, it: 5, es: 5, nl: 2, pl: 2, sv: 2, pt: 1, tr: 2 });
  });
});

// Decided by files outside rules/thanks.ts and rules/invoice.ts (see `culprit`): expected to fail until that file changes.
describeKnownGaps('classify: round-18 known gaps outside the thanks and invoice rules', KNOWN_GAPS_THANKS_INVOICE_18);
