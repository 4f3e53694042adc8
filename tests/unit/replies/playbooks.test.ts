import { CATEGORIES } from '@/lib/classify/taxonomy';
import { UI_LANGS } from '@/lib/i18n';
import { playbookFor, playbookLines, type PlaybookContext } from '@/lib/replies/playbooks';

const contexts: PlaybookContext[] = CATEGORIES.flatMap((category) =>
  [false, true].flatMap((scam) =>
    (['FBA', 'MFN', null] as const).flatMap((fulfilment) => [null, 5, 60].map((orderAgeDays) => ({ category, scam, fulfilment, orderAgeDays }))),
  ),
);

const joined = (ctx: PlaybookContext, lang: 'en' | 'ja') => {
  const p = playbookFor(ctx, lang);
  return { steps: p.steps.join('\n'), never: p.never.join('\n') };
};

describe('playbooks', () => {
  it('give steps and never-do lines for every category and context, complete in every UI language', () => {
    for (const ctx of contexts) {
      const { steps, never } = playbookLines(ctx);
      expect(steps.length, JSON.stringify(ctx)).toBeGreaterThan(0);
      expect(never.length, JSON.stringify(ctx)).toBeGreaterThan(0);
      for (const line of [...steps, ...never]) {
        for (const lang of UI_LANGS) expect(line[lang]?.trim(), `${JSON.stringify(ctx)} ${line.en}`).toBeTruthy();
      }
    }
  });

  it('write the Japanese lines in Japanese', () => {
    for (const ctx of contexts) {
      for (const line of playbookFor(ctx, 'ja').steps) expect(line).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
    }
  });

  it('free-text cancel: do not cancel yourself; Your Orders → Cancel items', () => {
    const p = joined({ category: 'cancel_request_message', scam: false }, 'en');
    expect(p.steps).toContain('"Cancel items"');
    expect(p.never).toMatch(/Never cancel the order yourself/);
    expect(joined({ category: 'cancel_request_message', scam: false }, 'ja').steps).toContain('商品をキャンセル');
  });

  it('system cancel: cancel with reason Buyer Cancelled / 購入者によるキャンセル', () => {
    expect(joined({ category: 'cancel_request_system', scam: false }, 'en').steps).toContain('"Buyer Cancelled"');
    expect(joined({ category: 'cancel_request_system', scam: false }, 'ja').steps).toContain('購入者によるキャンセル');
  });

  it('damaged: FBA goes to Amazon customer service, merchant offers return or partial refund, after 30 days the warranty', () => {
    const fba = joined({ category: 'damaged_or_defective', scam: false, fulfilment: 'FBA', orderAgeDays: 3 }, 'en').steps;
    expect(fba).toMatch(/Amazon customer service/);
    expect(fba).not.toMatch(/partial refund/);
    const mfn = joined({ category: 'damaged_or_defective', scam: false, fulfilment: 'MFN', orderAgeDays: 3 }, 'en').steps;
    expect(mfn).toMatch(/partial refund/);
    expect(mfn).not.toMatch(/warranty/);
    const old = joined({ category: 'damaged_or_defective', scam: false, fulfilment: 'MFN', orderAgeDays: 31 }, 'en').steps;
    expect(old).toMatch(/manufacturer's warranty/);
    expect(old).toMatch(/^Apologise the same day/);
  });

  it('delivery: FBA → Amazon handles it; merchant → tracking', () => {
    expect(joined({ category: 'delivery_status', scam: false, fulfilment: 'FBA' }, 'en').steps).toMatch(/Amazon handles delivery/);
    expect(joined({ category: 'delivery_status', scam: false, fulfilment: 'MFN' }, 'en').steps).not.toMatch(/Amazon handles delivery/);
  });

  it('thanks and spam: mark No response needed within 24 h', () => {
    for (const category of ['thanks', 'spam_or_suspicious'] as const) {
      expect(joined({ category, scam: false }, 'en').steps).toMatch(/"No response needed" .* within 24 hours/);
      expect(joined({ category, scam: false }, 'ja').steps).toContain('返信不要');
    }
  });

  it('invoice: through Amazon, never by e-mail', () => {
    expect(joined({ category: 'invoice_request', scam: false }, 'en').never).toMatch(/Never send the invoice by e-mail/);
  });

  it('scam-flagged address change: the fixed reply, the second reply and Seller Support; never ignore; each line once', () => {
    const lines = playbookLines({ category: 'address_change', scam: true });
    const p = joined({ category: 'address_change', scam: true }, 'en');
    expect(p.steps).toMatch(/shipping information cannot be changed/);
    expect(p.steps).toMatch(/second reply/);
    expect(p.steps).toMatch(/Seller Support/);
    expect(p.never).toMatch(/Never ignore/);
    expect(new Set(lines.never.map((l) => l.en)).size).toBe(lines.never.length);
  });

  it('scam flag on another category puts the scam steps before the category steps', () => {
    const p = playbookFor({ category: 'product_question', scam: true }, 'en');
    expect(p.steps[0]).toMatch(/scam pattern/);
    expect(p.steps.some((s) => /Answer factually/.test(s))).toBe(true);
    expect(p.never.join('\n')).toMatch(/outside Amazon/);
  });
});
