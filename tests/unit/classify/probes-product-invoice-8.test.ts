import { KNOWN_GAPS_8, PROBES_8 } from './probes-product-invoice-8';
import { describeKnownGaps, expectLanguages, itClassifiesEach } from './rules-only';

// Round-8 product-question and invoice messages with products, situations and wordings unlike rounds 1-7, and
// near-misses that belong elsewhere: see probes-product-invoice-8.ts.
describe('classify: round-8 probes for product questions and invoice requests', () => {
  itClassifiesEach(PROBES_8);

  it('has at least 120 probes (with the known gaps), 70 product questions and 40 invoice requests, at least 12 each in ja, en, de, fr, it and es and 5 each in nl, pl, sv, pt and tr', () => {
    const all = [...PROBES_8, ...KNOWN_GAPS_8];
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(all.filter((e) => e.category === 'product_question').length).toBeGreaterThanOrEqual(70);
    expect(all.filter((e) => e.category === 'invoice_request').length).toBeGreaterThanOrEqual(40);
    expectLanguages(all, { ja: 12, en: 12, de: 12, fr: 12, it: 12, es: 12, nl: 5, pl: 5, sv: 5, pt: 5, tr: 5 });
  });
});

describeKnownGaps('classify: round-8 known gaps outside the product and invoice rules', KNOWN_GAPS_8);
