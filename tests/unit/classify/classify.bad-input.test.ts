import { classify, type ClassifyInput } from '@/lib/classify';

describe('bad input gives a clear result, never a throw', () => {
  it('empty body → other with a reason', () => {
    const r = classify({ subject: '', body: '' });
    expect(r.category).toBe('other');
    expect(r.signals).toEqual(['other: empty message']);
  });

  it('only emoji → other, language from the marketplace', () => {
    const r = classify({ body: '🙂🙂🙂', marketplace: 'JP' });
    expect(r.category).toBe('other');
    expect(r.lang).toBe('ja');
  });

  it('not an object, or body not a string → other, no throw', () => {
    expect(classify(null as unknown as ClassifyInput).category).toBe('other');
    expect(classify({ body: 42 } as unknown as ClassifyInput).signals[0]).toBe('other: empty message');
    expect(classify({ subject: { x: 1 }, body: 'Thanks, received!' } as unknown as ClassifyInput).category).toBe('thanks');
  });

  it('lone surrogates and invalid UTF-16 are tolerated', () => {
    const r = classify({ body: `Please cancel my order \uD800 now \uDC00\uD83D` });
    expect(r.category).toBe('cancel_request_message');
    expect(() => JSON.stringify(r)).not.toThrow();
    expect(r.signals.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('a 1 MB message is classified from its head and tail (the request at the start still counts)', () => {
    const body = `Where is my order? ${'lorem ipsum '.repeat(90_000)}Contact me on WhatsApp +1 555 0100`;
    expect(body.length).toBeGreaterThan(1_000_000);
    const r = classify({ body, marketplace: 'US' });
    expect(r.category).toBe('delivery_status');
    expect(r.scam).toBe(true);
  });

  it('script text is treated as text, and a mixed-language message still gets one category', () => {
    expect(classify({ body: '<script>document.cookie</script>' }).category).toBe('other');
    expect(classify({ body: 'Hello, 注文をキャンセルしてください. Danke!' }).category).toBe('cancel_request_message');
  });

  it('a given lang is trusted; an invalid one is replaced by detection', () => {
    expect(classify({ body: 'Where is my parcel?', lang: 'en' }).lang).toBe('en');
    expect(classify({ body: 'Wo ist mein Paket? Ich warte schon lange.', lang: 'not-a-lang' }).lang).toBe('de');
  });
});
