/**
 * `npm run bench [-- <suite> …] [--json]`: every benchmark suite in scripts/bench/ (one file per area, each exporting
 * `suite`), printed as one table with the targets; --json prints the rows as JSON instead. Speed and size targets
 * are checked here, not in timed tests: a slow machine should not fail the test suite, but the figures are tracked.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './bench/types';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
/** Internal: run one suite and print its rows as JSON (each suite gets a fresh process, see below). */
const childSuite = args.includes('--child') ? args[args.indexOf('--child') + 1] : undefined;
const wanted = args.filter((a) => !a.startsWith('--'));
const dir = path.join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && !f.startsWith('_'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')))
  .sort();

function formatValue(row: BenchRow): string {
  const v = Math.abs(row.value) >= 100 ? row.value.toFixed(0) : row.value >= 1 ? row.value.toFixed(2) : row.value.toPrecision(3);
  return `${v} ${row.unit}`;
}

if (childSuite) {
  const mod = (await import(pathToFileURL(path.join(dir, `${childSuite}.ts`)).href)) as { suite?: BenchSuite };
  const rows = typeof mod.suite === 'function' ? await mod.suite() : [];
  process.stdout.write(`\n@@rows ${JSON.stringify(rows)}\n`);
  process.exit(0);
}

/**
 * Each suite runs in a process of its own: a suite that fills an in-memory database with 100,000 records would
 * otherwise slow every suite after it (garbage collection), and its figures would say more about the order of the
 * suites than about the code.
 */
function runSuite(name: string): BenchRow[] {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', name], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@rows '));
  if (child.status !== 0 || !line) throw new Error(`bench suite ${name} failed (exit ${child.status})`);
  return JSON.parse(line.slice('@@rows '.length)) as BenchRow[];
}

const all: (BenchRow & { suite: string })[] = [];
let failedTargets = 0;
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (!asJson) process.stdout.write(`… ${name}\n`);
  const rows = runSuite(name);
  for (const row of rows) {
    all.push({ suite: name, ...row });
    if (row.ok === false) failedTargets++;
    if (!asJson) {
      const verdict = row.ok === undefined ? '' : row.ok ? '  ok' : '  MISSED';
      const target = row.target ? `  (target ${row.target})` : '';
      console.log(`  ${row.name.padEnd(58)} ${formatValue(row).padStart(14)}${target}${verdict}${row.note ? `  — ${row.note}` : ''}`);
    }
  }
}
if (asJson) console.log(JSON.stringify(all, null, 2));
else console.log(`\n${all.length} figures, ${failedTargets} target(s) missed`);
