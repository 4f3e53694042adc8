// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import type { PageSnapshot } from '@/lib/sellercentral/types';
import { fixtureIndex, loadFixture } from '../sellercentral/load-fixture';
import { allElementsDeep, mainContent, VARIANT_NAMES, VARIANTS, type VariantName } from './drift-variants';

/**
 * Systematic DOM drift: every sample page × every drift variant (drift-variants.ts). A variant must either keep the
 * facts the extension acts on — the page kind, the order id(s) and, for threads, the latest buyer message — or
 * answer `unrecognised` with a reason (the panel then offers manual mode). What it must never do is return a
 * snapshot whose facts silently changed. tests/unit/sellercentral/drift.test.ts holds hand-picked field checks;
 * this suite is the grid.
 */

type Outcome = 'same' | 'unrecognised';
interface Expectation {
  outcome: Outcome;
  /** Set when the reader does not meet the expectation today: the cell runs as `it.fails` until the bug is fixed. */
  bug?: string;
}
const same: Expectation = { outcome: 'same' };
const unrec: Expectation = { outcome: 'unrecognised' };
// A cell the reader gets wrong today is written { outcome, bug: '<what goes wrong>' } and runs as it.fails.

// Found by this grid and fixed (kept here so the cells say what they guard):
// - lib/sellercentral/message-containers.ts: without a data-test-id or class hint for the thread, a thread with a
//   single <time> had its message "grow" up to #sc-content-container, so its body was the whole page — the page
//   title, the case list (other buyers' names and snippets, in JP another buyer's order id) and the order panel.
//   A message now stops at a list item, the reply box, the case list, a heading or a second order, and the reader
//   answers unrecognised when nothing bounds it.
// - lib/sellercentral/selectors.ts + read-thread.ts: the DE page shows its time as text in
//   <span class="message__time">; without data-test-ids no selector matched the BEM names "message__time" /
//   "message__body", and the thread came back with no messages (the buyer's message silently lost). BEM names are
//   matched now, and a thread page with no readable message is unrecognised, with the reason.
// - DE with classes renamed too: nothing marks the message any more (its time is plain text), so the honest answer
//   is unrecognised — it used to be the same empty thread.
/** Columns in VARIANT_NAMES order: renamedClasses, noTestIds, wrappers, shadowRoot, combined (a+b+c). */
function row(...cells: [Expectation, Expectation, Expectation, Expectation, Expectation]): Record<VariantName, Expectation> {
  return Object.fromEntries(VARIANT_NAMES.map((name, i) => [name, cells[i]!])) as Record<VariantName, Expectation>;
}

//                                       (a) classes  (b) test ids  (c) wrappers  (d) shadow  (e) a+b+c
const EXPECTED: Record<string, Record<VariantName, Expectation>> = {
  'jp-thread-cancel.html':          row(same, same, same, same, same),
  'us-thread-indonesia.html':       row(same, same, same, same, same),
  'de-thread-damaged.html':         row(same, same, same, same, unrec),
  'fr-thread-delivery.html':        row(same, same, same, same, same),
  'us-thread-answered.html':        row(same, same, same, same, same),
  'jp-thread-system-cancel.html':   row(same, same, same, same, same),
  'us-thread-order-in-text.html':   row(same, same, same, same, same),
  'jp-order-pending-konbini.html':  row(same, same, same, same, same),
  'jp-order-fba-shipped.html':      row(same, same, same, same, same),
  'us-order-mfn-unshipped.html':    row(same, same, same, same, same),
  'jp-orders-pending-list.html':    row(same, same, same, same, same),
  'us-orders-list.html':            row(same, same, same, same, same),
  'jp-feedback-manager.html':       row(same, same, same, same, same),
  'us-feedback-manager.html':       row(same, same, same, same, same),
  // Not recognised to begin with: no drift may turn them into something the extension acts on.
  'sc-dashboard.html':              row(unrec, unrec, unrec, unrec, unrec),
  'not-seller-central.html':        row(unrec, unrec, unrec, unrec, unrec),
};

/** The facts compared between a page and its variant. */
interface Facts {
  kind: PageSnapshot['kind'];
  orderIds: string[];
  /**
   * Whitespace collapsed: a wrapper div around an inline element (a <br>, a <b>) really does put it on a line of
   * its own in the browser, so line breaks may move; the words may not.
   */
  latestBuyerBody: string | null;
}

function factsOf(s: PageSnapshot): Facts {
  switch (s.kind) {
    case 'thread':
      return {
        kind: s.kind,
        orderIds: s.orderId ? [s.orderId] : [],
        latestBuyerBody: s.latestBuyerMessage ? s.latestBuyerMessage.body.replace(/\s+/g, ' ').trim() : null,
      };
    case 'order':
      return { kind: s.kind, orderIds: [s.orderId], latestBuyerBody: null };
    case 'orderList':
    case 'feedback':
      return { kind: s.kind, orderIds: s.rows.map((r) => r.orderId), latestBuyerBody: null };
    case 'unrecognised':
      return { kind: s.kind, orderIds: [], latestBuyerBody: null };
  }
}

function readVariant(file: string, variant: VariantName): PageSnapshot {
  const { doc, url } = loadFixture(file);
  for (const change of VARIANTS[variant]) change(doc);
  return readPage(doc, url);
}

const baseline = new Map<string, Facts>();
beforeAll(() => {
  for (const { file } of fixtureIndex) {
    const { doc, url } = loadFixture(file);
    baseline.set(file, factsOf(readPage(doc, url)));
  }
});

describe('the drift table', () => {
  it('has a row for every sample page in index.json, and no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureIndex.map((e) => e.file).sort());
  });

  it('starts from pages read correctly: the kind in index.json, order ids, and a buyer message on buyer threads', () => {
    for (const entry of fixtureIndex) {
      const facts = baseline.get(entry.file)!;
      expect(facts.kind, entry.file).toBe(entry.kind);
      if (entry.kind !== 'unrecognised') expect(facts.orderIds.length, entry.file).toBeGreaterThan(0);
    }
    expect(baseline.get('us-thread-indonesia.html')!.latestBuyerBody).toContain('Jakarta, Indonesia');
    expect(baseline.get('de-thread-damaged.html')!.latestBuyerBody).toContain('Glaskanne');
    // Amazon's own cancellation request: the sender is Amazon, so there is no buyer message to answer.
    expect(baseline.get('jp-thread-system-cancel.html')!.latestBuyerBody).toBeNull();
  });

  it('applies variants that really change the page (a no-op variant would pass every cell)', () => {
    const variant = (name: VariantName) => {
      const { doc } = loadFixture('jp-thread-cancel.html');
      for (const change of VARIANTS[name]) change(doc);
      return doc;
    };
    const original = loadFixture('jp-thread-cancel.html').doc;
    const classTokens = (doc: Document) =>
      allElementsDeep(doc).flatMap((el) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
    expect(classTokens(original)).toContain('message__body');
    expect(classTokens(variant('renamedClasses')).filter((c) => !/^_[0-9a-z]+$/.test(c))).toEqual([]);
    // Inside the KAT components' declarative shadow trees too.
    expect(allElementsDeep(original).some((el) => el.hasAttribute('data-test-id'))).toBe(true);
    expect(allElementsDeep(variant('noTestIds')).some((el) => el.hasAttribute('data-test-id'))).toBe(false);
    const count = (doc: Document) => mainContent(doc).querySelectorAll('*').length;
    expect(count(variant('wrappers'))).toBeGreaterThan(1.8 * count(original));
    const shadowed = variant('shadowRoot');
    expect(mainContent(shadowed).childNodes).toHaveLength(0);
    expect(mainContent(shadowed).shadowRoot?.querySelector('textarea, kat-textarea')).not.toBeNull();
    const combined = variant('combined');
    expect(count(combined)).toBeGreaterThan(1.8 * count(original));
    expect(allElementsDeep(combined).some((el) => el.hasAttribute('data-test-id'))).toBe(false);
    expect(classTokens(combined).filter((c) => !/^_[0-9a-z]+$/.test(c))).toEqual([]);
  });
});

describe.each(fixtureIndex.map((e) => e.file))('%s under drift', (file) => {
  for (const variant of VARIANT_NAMES) {
    const expectation = EXPECTED[file]?.[variant] ?? same;
    const title = `${variant}: ${expectation.outcome === 'same' ? 'same kind, order ids and latest buyer message' : 'unrecognised with a reason'}`;
    const test = expectation.bug ? it.fails : it;
    test(expectation.bug ? `${title} — KNOWN BUG: ${expectation.bug}` : title, () => {
      const snapshot = readVariant(file, variant);
      if (expectation.outcome === 'unrecognised') {
        expect(snapshot.kind).toBe('unrecognised');
        if (snapshot.kind === 'unrecognised') expect(snapshot.reason.trim()).not.toBe('');
        return;
      }
      expect(factsOf(snapshot)).toEqual(baseline.get(file));
    });
  }
});

describe('drift may lose a detail, but never puts a wrong one in its place', () => {
  const threadFiles = fixtureIndex.filter((e) => e.kind === 'thread').map((e) => e.file);

  /** What the page shows outside the open thread: the page title and the other cases' buyers and snippets. */
  function textOutsideThread(file: string): string[] {
    const { doc } = loadFixture(file);
    const others = Array.from(doc.querySelectorAll('[aria-selected="false"]')).flatMap((item) =>
      Array.from(item.querySelectorAll('b, span, div')).map((el) => el.textContent!.trim()),
    );
    const title = doc.querySelector('h1')?.textContent?.trim();
    return [...others, ...(title ? [title] : [])].filter((t) => t.length > 3 && !/^\d+\/\d+ \d+:\d+$/.test(t));
  }

  it('the pages name other cases beside the thread (so the check below can fail)', () => {
    for (const file of threadFiles) expect(textOutsideThread(file).length, file).toBeGreaterThan(1);
    expect(textOutsideThread('jp-thread-cancel.html')).toContain('田中 一郎');
  });

  // Found here (fixed in lib/sellercentral/message-containers.ts): a single message on a page without thread hints
  // was read as the whole page, with other buyers' names, snippets and order ids, and the page title as subject.
  describe.each(threadFiles)('%s', (file) => {
    it.each(VARIANT_NAMES)('%s: no message and no subject holds the page title or another case’s text', (variant) => {
      const s = readVariant(file, variant);
      if (s.kind !== 'thread') return; // unrecognised is allowed; the grid above says where
      const foreign = textOutsideThread(file);
      for (const text of [s.subject ?? '', ...s.messages.map((m) => m.body)]) {
        for (const other of foreign) expect(text, `${variant}: ${other}`).not.toContain(other);
      }
    });
  });

  // Found here (fixed in lib/sellercentral/order-items-by-asin.ts): with the item table's classes renamed, no item
  // row is recognised and every ASIN found in the page text got the FIRST "SKU:" and "Quantity" on the page: the
  // scrubber (B09WX3J6TQ, SKU CM-SCRB-SS, quantity 2) was reported with the skillet's SKU CI-SK12-HC and quantity 1.
  it.each(['renamedClasses', 'combined'] as const)('%s: an order item read from text keeps its own SKU and quantity (or none), never another item’s', (variant) => {
    const s = readVariant('us-order-mfn-unshipped.html', variant);
    expect(s.kind).toBe('order');
    if (s.kind !== 'order') return;
    const scrubber = s.items.find((i) => i.asin === 'B09WX3J6TQ');
    expect(scrubber).toBeDefined();
    expect([null, 'CM-SCRB-SS']).toContain(scrubber!.sku);
    // 2 is its own quantity; 1 would be "unknown" (the default), which is also the skillet's.
    expect([1, 2]).toContain(scrubber!.quantity);
    const skillet = s.items.find((i) => i.asin === 'B0C2RT6Y8K');
    expect([null, 'CI-SK12-HC']).toContain(skillet!.sku);
  });

  // Found here (fixed in lib/sellercentral/labels.ts, SUBJECT_BUYER_PATTERNS[0]): without the buyer-name element the
  // name comes from the subject; on Amazon's own request "Amazonのお客様からの注文キャンセルリクエスト（注文番号: …）"
  // the optional "お客様" prefix backtracked and "お客" was captured as the buyer's name (it fills {buyerName} in replies).
  it('the subject of Amazon’s cancellation request does not make "お客" the buyer', () => {
    const s = readVariant('jp-thread-system-cancel.html', 'noTestIds');
    expect(s.kind).toBe('thread');
    if (s.kind !== 'thread') return;
    expect([null, '鈴木 健太']).toContain(s.buyerName);
  });
});
