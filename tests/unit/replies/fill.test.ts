import { fillTemplate, MAX_VALUE_CHARS, placeholderProblems } from '@/lib/replies/fill';

const ALL = { buyerName: 'Anna Schmidt', orderId: '302-1234567-7654321', productTitle: 'Desk Lamp', sellerName: 'Lumen Shop', asin: 'B0ABCDEFGH' };

describe('fillTemplate', () => {
  it('fills every variable', () => {
    expect(fillTemplate('Dear {buyerName}, order {orderId}: {productTitle} ({asin}). {sellerName}', ALL, 'en')).toBe(
      'Dear Anna Schmidt, order 302-1234567-7654321: Desk Lamp (B0ABCDEFGH). Lumen Shop',
    );
  });

  it('uses the inline fallback, then the language\'s neutral word, for a missing value', () => {
    expect(fillTemplate('Dear {buyerName|valued customer},', {}, 'en')).toBe('Dear valued customer,');
    expect(fillTemplate('Dear {buyerName},', {}, 'en')).toBe('Dear customer,');
    expect(fillTemplate('Gentile {buyerName},', { buyerName: '   ' }, 'it')).toBe('Gentile cliente,');
  });

  it('turns "{buyerName}様" into 「お客様」, not 「お客様様」, and keeps a given name', () => {
    expect(fillTemplate('{buyerName}様\nありがとうございます。', {}, 'ja')).toBe('お客様\nありがとうございます。');
    expect(fillTemplate('{buyerName}様', { buyerName: '山田太郎' }, 'ja')).toBe('山田太郎様');
    // Without a language the Japanese body is recognised by its kana.
    expect(fillTemplate('{buyerName}様、ありがとうございます。', {})).toBe('お客様、ありがとうございます。');
  });

  it('removes an empty placeholder with the space it leaves', () => {
    expect(fillTemplate('Hallo {buyerName},\nIhre Bestellung {orderId} ist unterwegs.', {}, 'de')).toBe('Hallo,\nIhre Bestellung ist unterwegs.');
  });

  it('drops an optional section when a value inside is missing, and keeps it otherwise', () => {
    const body = 'ご注文[[（注文番号：{orderId}）]]について。[[\n{sellerName}]]';
    expect(fillTemplate(body, {}, 'ja')).toBe('ご注文について。');
    expect(fillTemplate(body, ALL, 'ja')).toBe('ご注文（注文番号：302-1234567-7654321）について。\nLumen Shop');
    expect(fillTemplate('the item[[ "{productTitle}"]] broke', {}, 'en')).toBe('the item broke');
  });

  it('never leaves a placeholder: unknown names are dropped, names match case-insensitively', () => {
    expect(fillTemplate('Hi {BuyerName}, {discountCode} thanks', ALL, 'en')).toBe('Hi Anna Schmidt, thanks');
  });

  it('keeps HTML in a value as plain text (the panel renders text, never HTML)', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(fillTemplate('Dear {buyerName},', { buyerName: name }, 'en')).toBe(`Dear ${name},`);
  });

  it('does not expand placeholders that arrive inside a value', () => {
    expect(fillTemplate('Dear {buyerName}, {orderId}', { buyerName: '{orderId}', orderId: '1' }, 'en')).toBe('Dear {orderId}, 1');
  });

  it('flattens a value to one clean line and cuts a very long one', () => {
    expect(fillTemplate('[{productTitle}]', { productTitle: ' Lamp\n\t\u202Emalicious\u0000 ' }, 'en')).toBe('[Lamp malicious]');
    const long = fillTemplate('{productTitle}', { productTitle: 'x'.repeat(5000) }, 'en');
    expect([...long].length).toBe(MAX_VALUE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });

  it('copes with emoji and an empty body', () => {
    expect(fillTemplate('🎉 {buyerName} 🎉', { buyerName: '👩‍💻' }, 'en')).toBe('🎉 👩‍💻 🎉');
    expect(fillTemplate('', ALL)).toBe('');
  });
});

describe('placeholderProblems', () => {
  it('lists unknown names and unclosed sections for the editor', () => {
    expect(placeholderProblems('Hi {buyerName} {coupon} [[ {orderId}')).toEqual({ unknown: ['coupon'], unbalancedSections: true });
    expect(placeholderProblems('Hi {buyerName}[[ {orderId}]]')).toEqual({ unknown: [], unbalancedSections: false });
  });
});
