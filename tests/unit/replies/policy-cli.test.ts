import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The CLI is a product feature: its arguments and JSON output are part of the contract.
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/policy.ts', ...args], { input, encoding: 'utf8', timeout: 30_000 });

describe('npm run policy', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-cli-'));

  it('prints the findings of a file as JSON (offsets after the byte-order mark) and exits 0', () => {
    const file = path.join(dir, 'reply.txt');
    writeFileSync(file, '\uFEFFPlease leave a positive review at shop.example.com');
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [
        { rule: 'feedback-request', start: 7, end: 30, text: 'leave a positive review' },
        { rule: 'external-link', start: 34, end: 50, text: 'shop.example.com' },
      ],
    });
  });

  it('reads standard input with "-" and prints an empty list for a clean reply', () => {
    const r = run(['-'], 'Thank you for your message.');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"findings":[]}\n');
  });

  it('fails with one line on stderr for a missing file', () => {
    const r = run([path.join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});
