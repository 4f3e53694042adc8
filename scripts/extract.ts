/**
 * npm run -s extract -- <page.html> [--url <url>]
 *
 * Reads a saved Seller Central page with the same readers the extension runs in the browser and prints the
 * snapshot as JSON. The URL decides which reader applies (as it does in the browser); without --url, the sample
 * pages use the URL they are served under (tests/fixtures/pages/index.json). Scripts in the page are not run.
 * Exit 0 for any readable page, "unrecognised" included; 1 with a one-line error for a missing/unreadable file;
 * 2 for bad arguments.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readPage } from '../lib/sellercentral';
import type { PageSnapshot } from '../lib/sellercentral/types';

// jsdom ships without type declarations here; this is the one constructor we use.
type JsdomConstructor = new (html: string) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

const FIXTURE_DIR = path.resolve(import.meta.dirname, '../tests/fixtures/pages');
const USAGE = 'usage: npm run -s extract -- <page.html> [--url <url>]';

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      const value = argv[++i];
      if (value === undefined) fail(`--url needs a value (${USAGE})`, 2);
      url = value;
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg} (${USAGE})`, 2);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`one page at a time, got ${file} and ${arg} (${USAGE})`, 2);
    }
  }
  if (file === null) fail(`no page given (${USAGE})`, 2);
  return { file, url };
}

/** The URL a bundled sample page is served under, when `file` is one of them. */
function fixtureUrl(file: string): string | null {
  try {
    const index = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'index.json'), 'utf8')) as { file: string; url: string }[];
    const resolved = path.resolve(file);
    return index.find((page) => path.join(FIXTURE_DIR, page.file) === resolved)?.url ?? null;
  } catch {
    return null;
  }
}

function main(): void {
  const { file, url } = parseArgs(process.argv.slice(2));
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    fail(`cannot read ${file}: ${why}`, 1);
  }
  const pageUrl = url ?? fixtureUrl(file);
  let snapshot: PageSnapshot;
  if (pageUrl === null) {
    snapshot = { kind: 'unrecognised', url: '', reason: 'no URL given: pass --url <the page address> so the right reader applies' };
  } else {
    const { document } = new JSDOM(html).window;
    snapshot = readPage(document, pageUrl);
  }
  process.stdout.write(`${JSON.stringify(snapshot, null, 2)}\n`);
}

main();
