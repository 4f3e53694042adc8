/**
 * `npm run bench [-- <suite> …] [--json]`: every benchmark suite in scripts/bench/ (one file per area, each exporting
 * `suite`), printed as one table with the targets; --json prints the rows as JSON instead. Speed and size targets
 * are checked here, not in timed tests: a slow machine should not fail the test suite, but the figures are tracked.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './bench/types';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
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

const all: (BenchRow & { suite: string })[] = [];
let failedTargets = 0;
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { suite?: BenchSuite };
  if (typeof mod.suite !== 'function') continue;
  if (!asJson) process.stdout.write(`… ${name}\n`);
  const rows = await mod.suite();
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
