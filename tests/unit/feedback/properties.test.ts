import fc from 'fast-check';
import { buyerFollowUpMessage } from '@/lib/feedback/follow-up';
import { checkFeedback } from '@/lib/feedback/removal';
import { removalRequestText } from '@/lib/feedback/removal-request';

// Text from any script, with the words the phrase families look for mixed in, so matches actually happen.
const word = fc.constantFrom('broke', 'arrived late', 'seller', 'never replied', '壊れ', '届かない', '返信', '📦', '<b>', '０９０', 'ｺﾜﾚﾀ', '\u0301', '.', '、', ' ', '\n');
const comment = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.oneof(word, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')));
const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe('removal check on any text', () => {
  it('never throws, and every piece of evidence is the buyer’s own text', () => {
    fc.assert(
      fc.property(comment, fc.integer({ min: 1, max: 3 }), fc.constantFrom('FBA', 'MFN', null), (text, rating, fulfillment) => {
        const check = checkFeedback({ rating, comment: text, fulfillment: fulfillment as 'FBA' | 'MFN' | null });
        for (const r of check.reasons) {
          expect(r.evidence.length).toBeGreaterThan(0);
          expect(flat(text)).toContain(r.evidence.replace(/…$/u, ''));
        }
        if (check.removable) expect(check.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('the request text always quotes the comment; the follow-up never carries a link or address', () => {
    fc.assert(
      fc.property(comment, fc.string({ maxLength: 80 }), (text, name) => {
        const reasons = checkFeedback({ rating: 1, comment: text }).reasons;
        expect(removalRequestText({ orderId: '111-2222222-3333333', comment: text, reasons }, 'en')).toContain(flat(text).slice(0, 50));
        expect(buyerFollowUpMessage({ orderId: '111-2222222-3333333', buyerName: name, sellerName: name }, 'en')).not.toMatch(/@|https?:|www\./);
      }),
      { numRuns: 300 },
    );
  });
});
