/**
 * Content-script read time per sample page: readPage on each page of tests/fixtures/pages, median of 30 reads after
 * a warm-up. The pages are parsed with jsdom (scripts not run, as `npm run extract` does), whose DOM is several
 * times slower than a browser's, so these figures are an upper bound for the content script. The ≤ 5 ms target is
 * checked where the content script really runs: in Chromium, by the `extension` suite. Here only a page read as
 * the wrong kind counts as a miss.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPage } from '../../lib/sellercentral';
import type { BenchRow, BenchSuite } from './types';

// jsdom ships without type declarations here; this is the one constructor we use (as scripts/extract.ts does).
type JsdomConstructor = new (html: string) => { window: { document: Document; close(): void } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

const PAGES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
const WARM_UP = 10;
const RUNS = 30;
const TARGET_MS = 5;

interface PageEntry {
  file: string;
  url: string;
  kind: string;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number) => Math.round(x * 100) / 100;

export const suite: BenchSuite = async () => {
  const pages = JSON.parse(readFileSync(path.join(PAGES_DIR, 'index.json'), 'utf8')) as PageEntry[];
  // A read never changes the page, so one parsed document serves every run.
  const parsed = pages.map((page) => ({ page, dom: new JSDOM(readFileSync(path.join(PAGES_DIR, page.file), 'utf8')) }));
  // Warm up every page before timing any, so the shared reader code is compiled when the first page is timed.
  const kinds = parsed.map(({ page, dom }) => {
    let kind = '';
    for (let i = 0; i < WARM_UP; i++) kind = readPage(dom.window.document, page.url).kind;
    return kind;
  });

  const rows: BenchRow[] = [];
  const medians: number[] = [];
  parsed.forEach(({ page, dom }, index) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      readPage(dom.window.document, page.url);
      times.push(performance.now() - start);
    }
    dom.window.close();
    const ms = median(times);
    medians.push(ms);
    const kind = kinds[index];
    const wrongKind = kind !== page.kind ? `; read as ${kind}, index.json says ${page.kind}` : '';
    rows.push({
      name: `readers: ${page.file}`,
      value: round(ms),
      unit: 'ms',
      ...(wrongKind ? { ok: false } : {}),
      note: `${page.kind}, median of ${RUNS} jsdom reads (max ${round(Math.max(...times))} ms)${wrongKind}`,
    });
  });
  const slowest = Math.max(...medians);
  rows.push({
    name: 'readers: slowest sample page (median)',
    value: round(slowest),
    unit: 'ms',
    note: `jsdom: an upper bound for the browser (target ≤ ${TARGET_MS} ms there, see "read time" rows)`,
  });
  return rows;
};
