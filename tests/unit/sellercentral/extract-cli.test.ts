import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './load-fixture';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function extract(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run extract', () => {
  it('prints the snapshot of a sample page as pretty JSON, using the URL from index.json', () => {
    const r = extract('tests/fixtures/pages/jp-thread-cancel.html');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"kind": "thread",/);
    const snapshot = JSON.parse(r.stdout);
    expect(snapshot).toMatchObject({ kind: 'thread', orderId: '250-3817462-5091834', marketplace: 'JP' });
  });

  it('lets --url decide the reader, and exits 0 for an unrecognised page', () => {
    const r = extract(path.join(FIXTURE_DIR, 'jp-thread-cancel.html'), '--url', 'https://example.com/');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ kind: 'unrecognised', url: 'https://example.com/', reason: 'not a Seller Central page (example.com)' });
  });

  it('answers "no URL given" for a page of its own without --url', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const file = path.join(dir, 'saved.html');
    writeFileSync(file, '<p>saved page</p>');
    const r = extract(file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'unrecognised', reason: expect.stringMatching(/^no URL given/) });
  });

  it('fails with one line on stderr for a missing file or a directory', () => {
    const missing = extract('no/such/page.html', '--url', 'https://sellercentral.amazon.com/home');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toEqual(['extract: cannot read no/such/page.html: no such file']);
    const dir = extract('tests/fixtures', '--url', 'https://sellercentral.amazon.com/home');
    expect(dir.code).toBe(1);
    expect(dir.stderr).toMatch(/^extract: cannot read tests\/fixtures: is a directory\n$/);
  });
});
