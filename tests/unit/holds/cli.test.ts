import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const REPORTS = 'tests/fixtures/reports';

function holds(...args: string[]) {
  const run = spawnSync(TSX, ['scripts/holds.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run holds', () => {
  it('prints one entry per flagged ASIN for the Japanese konbini burst report', () => {
    const run = holds(`${REPORTS}/all-orders-jp-konbini-burst.sjis.txt`, '--now', '2026-11-20T12:00:00+09:00');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { flags: Record<string, unknown>[] };
    expect(out.flags).toHaveLength(1);
    const [flag] = out.flags;
    expect(Object.keys(flag!)).toEqual(['asin', 'pendingOrderIds', 'lockedUnits', 'reasons', 'expectedRelease', 'score']);
    expect(flag).toMatchObject({
      asin: 'B0D7K2XQ5M',
      pendingOrderIds: ['503-9170264-1183506', '250-4428135-7026349', '249-8853607-3390117', '503-0297741-5864920', '250-6639018-2451873'],
      lockedUnits: 15,
      expectedRelease: '2026-11-24T12:47:36.000Z',
    });
    expect(flag!.reasons).toContain('5 of 5 orders use convenience-store payment, which can stay unpaid until the deadline');
    expect(flag!.score).toBeGreaterThan(80);
  });

  it('ordinary demand (the US report) gives no flags', () => {
    const run = holds(`${REPORTS}/all-orders-us.utf8.txt`, '--now', '2026-11-20T12:00:00Z');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ flags: [] });
  });

  it('after the payment deadline plus the stale limit the burst no longer counts', () => {
    const run = holds(`${REPORTS}/all-orders-jp-konbini-burst.sjis.txt`, '--now', '2026-12-20T00:00:00Z');
    expect(JSON.parse(run.stdout)).toEqual({ flags: [] });
  });

  it('a malformed file: one line on stderr naming the line, exit 1, nothing on stdout', () => {
    const run = holds(`${REPORTS}/all-orders-malformed-line4.txt`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`holds: ${REPORTS}/all-orders-malformed-line4.txt: line 4: 32 fields, the header has 33\n`);
  });

  it('a missing file or a bad --now: one line on stderr, non-zero exit', () => {
    const missing = holds(`${REPORTS}/no-such-report.txt`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`holds: cannot read ${REPORTS}/no-such-report.txt: no such file\n`);
    const badNow = holds(`${REPORTS}/all-orders-us.utf8.txt`, '--now', 'tomorrow');
    expect(badNow.code).toBe(2);
    expect(badNow.stderr.trim().split('\n')).toHaveLength(1);
  });
});
