// @vitest-environment jsdom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/sellercentral';
import { FIXTURE_DIR, fixtureIndex, loadFixture } from './load-fixture';

describe('sample page index', () => {
  it('lists every sample page once, and only pages that exist', () => {
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(fixtureIndex.map((e) => e.file).sort()).toEqual(files);
  });

  it.each(fixtureIndex.map((e) => [e.file, e.kind] as const))('%s reads as %s', (file, kind) => {
    const { doc, url } = loadFixture(file);
    expect(readPage(doc, url).kind).toBe(kind);
  });

  it('serves every Seller Central sample under a real Seller Central host (https)', () => {
    for (const e of fixtureIndex.filter((e) => e.kind !== 'unrecognised')) {
      expect(e.url).toMatch(/^https:\/\/sellercentral(-japan|-europe)?\.amazon\.(com|de)\//);
    }
  });

  it('ships each KAT reply box as a live kat-textarea defined by the page, with nothing inside until it runs', () => {
    for (const e of fixtureIndex.filter((e) => e.kind === 'thread' && e.file !== 'us-thread-order-in-text.html')) {
      const { doc } = loadFixture(e.file);
      const box = doc.querySelector('kat-textarea');
      expect(box, e.file).not.toBeNull();
      expect(box!.children).toHaveLength(0);
      expect(doc.querySelector('script')!.textContent).toContain("customElements.define('kat-textarea'");
    }
  });
});
