// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import { ownText, queryAllDeep, selfAndAncestors, visibleText } from '@/lib/sellercentral/dom';
import { parseHtml } from './load-fixture';

const URL_JP = 'https://sellercentral-japan.amazon.com/messaging/inbox-v3?fi=caseId&ss=0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

describe('reading through shadow DOM', () => {
  it('reads declarative shadow DOM that the parser left as a template (DOMParser, jsdom)', () => {
    const doc = parseHtml(`<section data-test-id="thread-view">
      <kat-card data-test-id="thread-message"><template shadowrootmode="open">
        <span class="sender">購入者</span><time datetime="2026-11-22T05:03:00Z">2026/11/22 14:03</time>
        <div class="message-body"><p>在庫はありますか？</p></div>
      </template></kat-card>
      <kat-box><template shadowrootmode="open"><kat-link href="/orders-v3/order/250-0000001-0000002"><template shadowrootmode="open"><a>250-0000001-0000002</a></template></kat-link></template></kat-box>
    </section>`);
    expect(doc.querySelector('kat-card')!.shadowRoot).toBeNull(); // not attached: the reader must open the template
    const s = readPage(doc, URL_JP);
    expect(s).toMatchObject({ kind: 'thread', orderId: '250-0000001-0000002' });
    expect(s.kind === 'thread' && s.latestBuyerMessage).toMatchObject({ body: '在庫はありますか？', time: '2026-11-22T05:03:00.000Z' });
  });

  it('does not read closed declarative shadow roots (the browser would not let the content script in either)', () => {
    const doc = parseHtml('<div id="h"><template shadowrootmode="closed"><p>secret 111-1111111-1111111</p></template></div>');
    expect(visibleText(doc.body)).toBe('');
  });

  it('reads open shadow roots attached by script, with light children placed in their slots', () => {
    document.body.innerHTML = '<div id="host"><span slot="who">Buyer</span>text in the default slot</div>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<style>p{color:red}</style><header><slot name="who">nobody</slot></header><p><slot></slot></p><footer><slot name="missing">fallback</slot></footer>';
    expect(visibleText(host)).toBe('Buyer\n\ntext in the default slot\n\nfallback');
    expect(queryAllDeep(document, 'header, footer').map((e) => e.localName)).toEqual(['header', 'footer']);
  });

  it('never turns text into markup: entities stay text, scripts and styles are skipped', () => {
    const doc = parseHtml('<p>&lt;img src=x onerror=alert(1)&gt; ok</p><script>var x = "111-1111111-1111111"</script><style>.a{}</style>');
    expect(visibleText(doc.body)).toBe('<img src=x onerror=alert(1)> ok');
  });
});

describe('ownText and selfAndAncestors (where a string or element sits, found in one pass)', () => {
  it('ownText is an element’s own text and its KAT label, not its children’s', () => {
    const doc = parseHtml('<div id="d">ASIN: <b>B0DKQ4W7ZP</b> left</div><kat-link id="k" label="113-2650471-9083316"></kat-link>');
    expect(ownText(doc.getElementById('d')!)).toBe('ASIN:  left');
    expect(ownText(doc.querySelector('b')!)).toBe('B0DKQ4W7ZP');
    expect(ownText(doc.getElementById('k')!).trim()).toBe('113-2650471-9083316');
  });

  it('selfAndAncestors climbs out of a declarative shadow tree to its host', () => {
    const doc = parseHtml('<section id="s"><kat-box id="h"><template shadowrootmode="open"><p>inside</p></template></kat-box></section>');
    const inner = queryAllDeep(doc, 'p')[0]!;
    const chain = selfAndAncestors(inner);
    expect(chain.has(inner)).toBe(true);
    expect(chain.has(doc.getElementById('h')!)).toBe(true);
    expect(chain.has(doc.getElementById('s')!)).toBe(true);
    expect(chain.has(doc.createElement('div'))).toBe(false);
  });
});
