/**
 * npm run -s holds -- <report.txt> [--now <ISO time>]
 *
 * Runs hold detection over a Seller Central "All Orders" report and prints one entry per flagged ASIN as JSON. The
 * same parsing, merging and detection as the extension, in memory (nothing is stored). Errors: one line on stderr,
 * exit 1 for an unreadable or malformed file, 2 for wrong arguments.
 */
import { readFileSync } from 'node:fs';
import { detectHolds } from '../lib/holds/detect';
import { lineOfReportRow } from '../lib/holds/ingest';
import { mergeOrderLines } from '../lib/holds/order-lines';
import { parseOrderReport } from '../lib/holds/order-report';
import { describeReason } from '../lib/holds/reasons';
import { DEFAULT_HOLD_SETTINGS } from '../lib/holds/settings';

const USAGE = 'usage: npm run -s holds -- <report.txt> [--now <ISO time>]';

function fail(message: string, code: number): never {
  process.stderr.write(`holds: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; now: number } {
  let file: string | null = null;
  let now = Date.now();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--now') {
      const value = argv[++i];
      const ms = value ? Date.parse(value) : NaN;
      if (!value || !Number.isFinite(ms)) fail(`--now needs an ISO time, got ${value ? `"${value}"` : 'nothing'}`, 2);
      now = ms;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}; ${USAGE}`, 2);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`one report file only; ${USAGE}`, 2);
    }
  }
  if (file === null) fail(USAGE, 2);
  return { file, now };
}

const { file, now } = parseArgs(process.argv.slice(2));
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error)}`, 1);
}
const parsed = parseOrderReport(bytes);
if (!parsed.ok) fail(`${file}: ${parsed.error}`, 1);

const { put: orders } = mergeOrderLines([], parsed.rows.map(lineOfReportRow), [], now);
const flags = detectHolds(orders, DEFAULT_HOLD_SETTINGS, now).map((flag) => ({
  asin: flag.asin,
  pendingOrderIds: flag.orderIds,
  lockedUnits: flag.lockedUnits,
  reasons: flag.reasons.map((reason) => describeReason(reason, 'en')),
  expectedRelease: new Date(flag.expectedReleaseAt).toISOString(),
  score: flag.score,
}));
process.stdout.write(`${JSON.stringify({ flags }, null, 2)}\n`);
