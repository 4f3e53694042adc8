import { classify, detectLanguage } from '@/lib/classify';

const run = (body: string, subject = '', marketplace = 'US') => classify({ subject, body, marketplace });

describe('Amazon system notices', () => {
  it('a free-text "please cancel" inside an Inquiry from Amazon customer is cancel_request_message, never the system one', () => {
    const r = run('Please cancel this order, I bought it twice by mistake.', 'Inquiry from Amazon customer Sam Green (Order: 111-1111111-1111111)');
    expect(r.category).toBe('cancel_request_message');
    expect(r.signals.some((s) => s.startsWith('notice: inquiry from Amazon customer'))).toBe(true);
  });

  it('the Japanese inquiry wrapper 「○○様からのお問い合わせ」 also means free text', () => {
    expect(run('キャンセルをお願いできますか。', '山本様からのお問い合わせ（注文番号：250-1111111-1111111）', 'JP').category).toBe('cancel_request_message');
  });

  it('a buyer typing "Cancellation request" as a subject is still their own message', () => {
    expect(run('Hi, please cancel my order, wrong size.', 'Cancellation request').category).toBe('cancel_request_message');
  });

  it('a return notice is return_request whatever reason it gives (even "defective")', () => {
    const r = run('Amazon customer has requested a return authorization.\nReturn reason: Defective item, does not work', 'Return authorization request for order # 112-2222222-2222222');
    expect(r.category).toBe('return_request');
  });
});

describe('settled borderline cases', () => {
  it('a buyer returning because the item is broken is damaged_or_defective', () => {
    expect(run('I want to return it, the screen arrived cracked.').category).toBe('damaged_or_defective');
  });
  it('"not what I expected" with a wish to send it back is return_request', () => {
    expect(run('Not what I expected, I would like to return it please.').category).toBe('return_request');
  });
  it('a delivery instruction is other, not delivery_status', () => {
    expect(run('Please hold the parcel until the 20th, I am away.').category).toBe('other');
  });
  it('a thank-you with a question is not thanks', () => {
    expect(run('Thanks! Does it also come in blue?').category).toBe('product_question');
  });
  it('"no need to cancel after all" is not a cancellation', () => {
    expect(run('It arrived this morning, no need to cancel after all. Thank you!').category).toBe('thanks');
  });
  it('a refund that arrived, with a request for an invoice, is invoice_request', () => {
    expect(run('Refund received, thanks. Could you now send an invoice for the items I kept?').category).toBe('invoice_request');
  });
});

describe('scam signals', () => {
  it.each([
    ['destination abroad', 'Please send my order to my address in Indonesia instead, I moved.', 'destination abroad "Indonesia"'],
    ['forwarder', 'Ship it to my forwarder in Delaware please, they will send it on.', 'parcel forwarder'],
    ['off-Amazon contact', 'Does this fit a 2019 Civic? Reply on WhatsApp please.', 'contact outside Amazon'],
    ['off-Amazon payment', 'I will pay you the rest by bank transfer.', 'payment outside Amazon'],
    ['mark as shipped', 'Can you mark it as shipped today and send it later?', 'mark shipped'],
    ['ship before payment', 'My payment is still pending, please ship it now anyway.', 'ship before payment'],
    ['refund without return under threat', 'Refund me fully, I will not send it back, or I leave negative feedback.', 'refund without return under threat'],
    ['phishing', 'Your account will be suspended. Verify your account at http://amazon-secure-login.co', 'phishing'],
  ])('%s → scam with a reason', (_name, body, reason) => {
    const r = run(body);
    expect(r.scam).toBe(true);
    expect(r.signals.some((s) => s.startsWith('scam:') && s.includes(reason))).toBe(true);
  });

  it('quotes the buyer\'s own words, even when written in full-width or katakana', () => {
    const r = run('インドネシアの友達に送ってください', '', 'JP');
    expect(r.scam).toBe(true);
    expect(r.signals).toContain('scam: destination abroad "インドネシア"');
  });

  it('a threat alone (refund and keep nothing) is not the scam pattern', () => {
    expect(run('The mug is chipped. Refund me or I will leave a bad review. I can send it back.').scam).toBe(false);
  });
});

describe('not a scam: own address corrections', () => {
  it.each([
    ['typo in own address', 'I typed my house number wrong, it is 14 not 41. Same street.', 'UK'],
    ['missing flat number', 'I forgot to add my flat number: Flat 3. Can you update it?', 'UK'],
    ['same-city move', '同じ市内で引っ越しました。新しい住所に送っていただけますか。', 'JP'],
    ['recipient at the same address', '受取人を妻の名前に変えてください。住所はそのままです。', 'JP'],
    ['domestic city named', 'Wrong postcode, it should be 10115 Berlin. Please correct the address.', 'DE'],
  ])('%s → address_change, scam false', (_name, body, marketplace) => {
    const r = run(body, '', marketplace);
    expect(r.category).toBe('address_change');
    expect(r.scam).toBe(false);
  });

  it('the same city named abroad-style on its own marketplace is not abroad (Japan on JP)', () => {
    expect(run('Please send it to my new address in Japan, Osaka. I moved.', '', 'JP').scam).toBe(false);
  });
});

describe('normalisation', () => {
  it('full-width Latin and half-width katakana match the same phrases', () => {
    expect(run('ＰＬＥＡＳＥ ＣＡＮＣＥＬ ＭＹ ＯＲＤＥＲ').category).toBe('cancel_request_message');
    expect(run('ﾍﾝﾋﾟﾝしたいです。いらなくなりました', '', 'JP').category).toBe('return_request');
  });
  it('accents do not matter', () => {
    expect(run('Je voudrais annuler ma commande', '', 'FR').category).toBe(run('Je voudrais annulér ma commande', '', 'FR').category);
    expect(run('Rücksendung möchte ich machen, bitte Rucksendeetikett schicken', '', 'DE').category).toBe('return_request');
  });
  it('HTML markup does not hide words and is never part of a signal', () => {
    const r = run('<p>Please <b>cancel</b> my order</p><script>alert(1)</script>');
    expect(r.category).toBe('cancel_request_message');
    expect(r.signals.join(' ')).not.toContain('<');
  });
});

describe('confidence', () => {
  it('is in 0..1 and higher for a clear message than for a vague one', () => {
    const clear = run('Where is my order? It has not arrived yet and the tracking number shows nothing.');
    const vague = run('Hello there.');
    for (const r of [clear, vague]) expect(r.confidence).toBeGreaterThanOrEqual(0), expect(r.confidence).toBeLessThanOrEqual(1);
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['注文した商品がまだ届きません', 'ja'],
    ['Where is my parcel? I ordered it last week.', 'en'],
    ['Wo ist mein Paket? Ich habe es letzte Woche bestellt.', 'de'],
    ["Où est mon colis ? Je l'ai commandé la semaine dernière.", 'fr'],
    ["Dov'è il mio pacco? L'ho ordinato la settimana scorsa.", 'it'],
    ['¿Dónde está mi paquete? Lo pedí la semana pasada.', 'es'],
    ['Waar is mijn pakket? Ik heb het vorige week besteld.', 'nl'],
    ['Gdzie jest moja paczka? Zamówiłem ją w zeszłym tygodniu.', 'pl'],
    ['Var är mitt paket? Jag beställde det förra veckan.', 'sv'],
    ['你好，我的包裹在哪里？', 'zh'],
    ['😊👍', 'und'],
    ['', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // Short messages carry one or two stopwords: the marketplace's language settles a near tie, never a clear case.
  it.each([
    ['Mi serve la fattura', 'it', 'it'],
    ['Onde está minha encomenda?', 'pt', 'pt'],
    ['Kargom nerede?', 'tr', 'tr'],
    ['領収書', 'ja', 'ja'],
    ['領収書', undefined, 'zh'],
    ['Where is my parcel? I ordered it last week and it has not arrived.', 'de', 'en'],
    ['Wo ist mein Paket? Ich habe es letzte Woche bestellt.', 'en', 'de'],
    ['我的包裹在哪里', 'ja', 'zh'],
  ])('%s with the marketplace language %s → %s', (text, prefer, lang) => {
    expect(detectLanguage(text, prefer)).toBe(lang);
  });

  it('classify uses the marketplace: an Italian request on amazon.it is read with the Italian phrases', () => {
    const got = classify({ subject: '', body: 'Mi serve la fattura', marketplace: 'IT' });
    expect(got.lang).toBe('it');
    expect(got.category).toBe('invoice_request');
  });
});
