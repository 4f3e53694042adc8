/**
 * `npm run demo`: builds the extension (package.json runs `wxt build` first), serves the bundled sample Seller
 * Central pages under their real host names, and opens them in Chromium with the extension loaded.
 *
 * - With a display: a real window; each sample page in a tab, the side panel beside the first one. Ctrl-C ends it.
 * - Headless (no DISPLAY, or --screenshots): every sample page and its panel are screenshotted into demo-output/
 *   (page, panel, and both side by side), in English and Japanese.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, panelUrl, tabIdOf } from './lib/chromium';
import { loadFixtureIndex, REPO_ROOT, startFixtureServer } from './lib/fixture-server';
import { rebaseJpDates, sampleHtml } from './lib/sample-pages';

const args = process.argv.slice(2);
const headless = args.includes('--screenshots') || !process.env.DISPLAY;
const outDir = path.resolve(REPO_ROOT, argValue('--out') ?? 'demo-output');
const only = argValue('--only');

function argValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function openPanel(context: BrowserContext, extensionId: string, tabId: number, lang: 'en' | 'ja'): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(panelUrl(extensionId, tabId, lang));
  return panel;
}

async function sideBySide(context: BrowserContext, pagePng: string, panelPng: string, out: string) {
  const html = `<!doctype html><body style="margin:0;display:flex;background:#ccc">
    <img src="${pathToFileURL(pagePng).href}" style="width:880px;height:860px;object-fit:cover;object-position:top left">
    <img src="${pathToFileURL(panelPng).href}" style="width:400px;height:860px;border-left:2px solid #232f3e"></body>`;
  const file = out.replace(/\.png$/, '.html');
  writeFileSync(file, html);
  const view = await context.newPage();
  await view.setViewportSize({ width: 1282, height: 860 });
  await view.goto(pathToFileURL(file).href);
  await view.screenshot({ path: out });
  await view.close();
}

async function main() {
  const server = await startFixtureServer();
  // The pending-orders sample shows a bulk hold only while its orders are recent: move them to the last hours.
  const pendingList = loadFixtureIndex().find((p) => p.file === 'jp-orders-pending-list.html');
  if (pendingList) server.route(pendingList.url, rebaseJpDates(sampleHtml(pendingList.file), new Date(Date.now() - 2 * 3_600_000)));
  const { context, extensionId } = await launchWithExtension({ headless, extraArgs: server.chromiumArgs() });
  const samples = loadFixtureIndex().filter((p) => !only || p.file.includes(only));
  console.log(`Seller Inbox Guard demo: extension ${extensionId}, ${samples.length} sample pages`);

  if (!headless) {
    for (const sample of samples) await (await context.newPage()).goto(sample.url);
    const first = context.pages().find((p) => p.url() === samples[0]?.url);
    if (first) await openPanel(context, extensionId, await tabIdOf(context, first.url()), 'en');
    console.log('Browsing the sample pages. The toolbar button opens the side panel. Ctrl-C to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await server.close();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  for (const sample of samples) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 880, height: 860 });
    await page.goto(sample.url);
    const tabId = await tabIdOf(context, page.url());
    const base = path.join(outDir, sample.file.replace(/\.html$/, ''));
    await page.waitForTimeout(800); // let the content script read and the worker store
    await page.screenshot({ path: `${base}.page.png` });
    for (const lang of ['en', 'ja'] as const) {
      const panel = await openPanel(context, extensionId, tabId, lang);
      await panel.waitForTimeout(600);
      await panel.screenshot({ path: `${base}.panel-${lang}.png`, fullPage: true });
      await panel.screenshot({ path: `${base}.panel-${lang}.view.png` });
      await sideBySide(context, `${base}.page.png`, `${base}.panel-${lang}.view.png`, `${base}.side-by-side-${lang}.png`);
      await panel.close();
    }
    await page.close();
    console.log(`  ${sample.file}: ${path.relative(REPO_ROOT, base)}.{page,panel-en,panel-ja,side-by-side-en,side-by-side-ja}.png`);
  }
  // Every view of the panel, with what the sample pages put in the store (needs reply, holds, feedback…).
  if (!only) {
    const anchor = await context.newPage();
    await anchor.goto(samples[0]!.url);
    const tabId = await tabIdOf(context, anchor.url());
    for (const lang of ['en', 'ja'] as const) {
      const panel = await openPanel(context, extensionId, tabId, lang);
      for (const view of ['needsReply', 'holds', 'feedback', 'templates', 'settings']) {
        await panel.getByTestId(`nav-${view}`).click();
        await panel.waitForTimeout(400);
        await panel.screenshot({ path: path.join(outDir, `view-${view}-${lang}.png`), fullPage: true });
      }
      await panel.close();
    }
    console.log(`  panel views: ${path.relative(REPO_ROOT, outDir)}/view-{needsReply,holds,feedback,templates,settings}-{en,ja}.png`);
  }
  console.log(`Screenshots written to ${path.relative(REPO_ROOT, outDir) || '.'}/`);
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
