/**
 * Budgets of the built extension (issue "Trustworthy…"): bundle sizes, the content script's read time on every sample
 * page in real Chromium, and the extension's memory after reading 100 threads. Needs `npm run build` first (the
 * `bench` npm script builds) and Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EXTENSION_DIR, launchWithExtension } from '../lib/chromium';
import { loadFixtureIndex, REPO_ROOT, startFixtureServer } from '../lib/fixture-server';
import { usThreadReceivedAt } from '../lib/sample-pages';
import type { BenchRow, BenchSuite } from './types';

const KB = 1024;

function gzSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile() && test(f));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The readers as one script for the page (the same code the content script bundles). */
async function readerBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { readPage } from './lib/sellercentral'; (globalThis as any).__sigReadPage = readPage;",
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': REPO_ROOT },
  });
  return result.outputFiles[0]!.text;
}

/** Resident memory of Chromium's extension processes (worker + extension pages), from /proc. */
function extensionProcessRssKb(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--extension-process')) continue;
      const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      total += rss ? Number(rss[1]) : 0;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

export const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  const content = path.join(EXTENSION_DIR, 'content-scripts/content.js');
  const contentGz = gzSize(content) / KB;
  rows.push({ name: 'content script bundle (gzip)', value: contentGz, unit: 'KB', target: '≤ 20 KB', ok: contentGz <= 20 });
  const panelFiles = filesUnder(EXTENSION_DIR, (f) => /sidepanel.*\.(js|css)$/.test(f) || (f.includes('/chunks/') && f.endsWith('.js')));
  const panelGz = panelFiles.reduce((sum, f) => sum + gzSize(f), 0) / KB;
  rows.push({ name: 'side panel bundle (gzip, js + css)', value: panelGz, unit: 'KB', note: `${panelFiles.length} files` });
  const workerGz = gzSize(path.join(EXTENSION_DIR, 'background.js')) / KB;
  rows.push({ name: 'worker bundle (gzip)', value: workerGz, unit: 'KB' });

  const server = await startFixtureServer();
  const { context } = await launchWithExtension({ headless: true, extraArgs: [...server.chromiumArgs(), '--js-flags=--expose-gc'] });
  // Collect garbage in the extension's worker before each reading, so the figure is what is kept, not what awaits GC.
  const collect = async () => {
    for (const w of context.serviceWorkers()) await w.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.()).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
  };
  try {
    // Read time per sample page, in the page itself (real Chromium DOM), after warm-up.
    const bundle = await readerBundle();
    const page = await context.newPage();
    let worst = 0;
    for (const sample of loadFixtureIndex()) {
      await page.goto(sample.url);
      await page.addScriptTag({ content: bundle });
      const ms = await page.evaluate(() => {
        const read = (globalThis as unknown as { __sigReadPage: (d: Document, u: string) => unknown }).__sigReadPage;
        for (let i = 0; i < 5; i++) read(document, location.href);
        const times: number[] = [];
        for (let i = 0; i < 30; i++) {
          const t0 = performance.now();
          read(document, location.href);
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return times[15]!;
      });
      worst = Math.max(worst, ms);
      rows.push({ name: `read time: ${sample.file}`, value: ms, unit: 'ms', target: '≤ 5 ms', ok: ms <= 5 });
    }
    rows.push({ name: 'read time: worst sample page (median of 30)', value: worst, unit: 'ms', target: '≤ 5 ms', ok: worst <= 5 });

    // Memory after reading 100 threads (each a distinct case id, as a seller paging through the inbox).
    await page.goto('about:blank');
    await collect();
    const before = extensionProcessRssKb();
    const now = Date.now();
    for (let i = 0; i < 100; i++) {
      const id = String(i).padStart(12, '0');
      const t = usThreadReceivedAt('us-thread-indonesia.html', {
        caseId: `7f3a9c10-0000-4000-8000-${id}`,
        orderId: `114-${String(3000000 + i)}-${String(1000000 + i)}`,
        receivedAt: new Date(now - (i % 30) * 3_600_000),
      });
      server.route(t.url, t.html);
      await page.goto(t.url);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(1500);
    await collect();
    const after = extensionProcessRssKb();
    rows.push({ name: 'extension processes RSS after 100 threads', value: after / KB, unit: 'MB', note: `${(before / KB).toFixed(1)} MB before reading` });
    rows.push({ name: 'extension memory growth over 100 threads', value: (after - before) / KB, unit: 'MB', target: '≤ 30 MB', ok: after - before <= 30 * KB });
    const medianRead = median(rows.filter((r) => r.name.startsWith('read time: ') && !r.name.includes('worst')).map((r) => r.value));
    rows.push({ name: 'read time: median over sample pages', value: medianRead, unit: 'ms' });
  } finally {
    await context.close();
    await server.close();
  }
  return rows;
};
