import { NOTE_QUOTE_MAX_CHARS, scamProcedureFor, scamReplies, sellerSupportNote } from '@/lib/replies/scam';
import { REPLY_LANGS } from '@/lib/replies/types';

const words = 'Hello, I bought this for my friend birthday.\nPlease send it to Jakarta, Indonesia, my forwarder address.';

describe('sellerSupportNote', () => {
  it('names the order and quotes the buyer\'s words line by line (en)', () => {
    const note = sellerSupportNote({ orderId: '503-1234567-7654321', buyerWords: words, marketplace: 'JP', uiLang: 'en' });
    expect(note.split('\n')[0]).toBe('Subject: Suspected fraud on order 503-1234567-7654321');
    expect(note).toContain('order 503-1234567-7654321 (marketplace: JP)');
    expect(note).toContain('> Hello, I bought this for my friend birthday.\n> Please send it to Jakarta, Indonesia, my forwarder address.');
  });

  it('writes Japanese for a Japanese UI', () => {
    const note = sellerSupportNote({ orderId: '503-1234567-7654321', buyerWords: '友達の誕生日なのでインドネシアに送ってください', marketplace: null, uiLang: 'ja' });
    expect(note).toContain('注文番号 503-1234567-7654321 について');
    expect(note).toContain('> 友達の誕生日なのでインドネシアに送ってください');
    expect(note).not.toContain('マーケットプレイス');
  });

  it('says when the order id or the words are missing, and keeps HTML as text', () => {
    const note = sellerSupportNote({ orderId: null, buyerWords: '  ', marketplace: null, uiLang: 'en' });
    expect(note).toContain('(order id not available)');
    expect(note).toContain('> (no message text)');
    const html = sellerSupportNote({ orderId: '1', buyerWords: '<script>x()</script>', marketplace: null, uiLang: 'en' });
    expect(html).toContain('> <script>x()</script>');
  });

  it('cuts a huge message and says how much was left out', () => {
    const note = sellerSupportNote({ orderId: '1', buyerWords: 'y'.repeat(NOTE_QUOTE_MAX_CHARS + 500), marketplace: null, uiLang: 'en' });
    expect(note).toContain('(500 more characters not shown)');
    expect(note.length).toBeLessThan(NOTE_QUOTE_MAX_CHARS + 1000);
  });

  it('uses the generic fraud wording for scams that are not address changes', () => {
    const note = sellerSupportNote({ orderId: '1', buyerWords: 'pay me by gift card', marketplace: 'US', uiLang: 'en', category: 'other' });
    expect(note).toContain('known fraud pattern');
    expect(note).not.toContain('different address');
  });
});

describe('scamReplies', () => {
  it.each(REPLY_LANGS)('%s: a first and a second reply, filled, distinct', (lang) => {
    const { first, second } = scamReplies(lang, { orderId: '503-1234567-7654321' });
    expect(first.template.scamStep).toBe(1);
    expect(second.template.scamStep).toBe(2);
    expect(first.text).toContain('503-1234567-7654321');
    expect(first.text).not.toBe(second.text);
  });

  it('the second reply says Amazon will be contacted', () => {
    expect(scamReplies('en', {}).second.text).toMatch(/informing Amazon's Seller Support/);
    expect(scamReplies('ja', {}).second.text).toContain('出品者サポートに連絡いたします');
  });
});

describe('scamProcedureFor', () => {
  it('gives the address-change procedure and the generic one in both UI languages', () => {
    expect(scamProcedureFor('address_change', 'en').steps.join(' ')).toMatch(/fixed first reply/);
    expect(scamProcedureFor('other', 'ja').steps.join(' ')).toContain('詐欺パターン');
  });
});
