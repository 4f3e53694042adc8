import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function runCli(script: string, args: string[]) {
  return spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run classify', () => {
  it('prints one JSON line per input line; a bad line gets {id, error} and the run goes on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'classify-cli-'));
    const file = path.join(dir, 'messages.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', subject: '', body: 'Where is my order?', marketplace: 'US' }),
        '{not json',
        JSON.stringify({ id: 'c', body: 17 }),
        JSON.stringify({ id: 'd', body: '届きました。ありがとうございました。', marketplace: 'JP', lang: 'ja' }),
      ].join('\n'),
    );
    const r = runCli('classify.ts', [file]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'category', 'scam', 'confidence', 'lang', 'signals']);
    expect(lines[0]).toMatchObject({ id: 'a', category: 'delivery_status', scam: false, lang: 'en' });
    expect(lines[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(lines[2]).toEqual({ id: 'c', error: 'line 3: "body" must be a string' });
    expect(lines[3]).toMatchObject({ id: 'd', category: 'thanks', lang: 'ja' });
  }, 60_000);

  it('a missing file is a one-line error on stderr and exit 1', () => {
    const r = runCli('classify.ts', ['/nonexistent/messages.jsonl']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  }, 60_000);
});

describe('npm run eval', () => {
  it('reports the figures for a labelled file, headline last, and --json as one object', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-cli-'));
    const file = path.join(dir, 'labelled.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'x1', lang: 'en', marketplace: 'US', subject: '', body: 'Where is my order?', expected: { category: 'delivery_status', scam: false } }),
        JSON.stringify({ id: 'x2', lang: 'en', marketplace: 'US', subject: '', body: 'Thanks, got it!', expected: { category: 'invoice_request', scam: false } }),
      ].join('\n'),
    );
    const human = runCli('eval.ts', [file]);
    expect(human.status).toBe(0);
    const tail = human.stdout.trim().split('\n').slice(-3);
    expect(tail[0]).toMatch(/^accuracy: 50\.0%/);
    expect(tail[1]).toMatch(/^macro-F1: /);
    expect(tail[2]).toMatch(/^scam precision: .* recall: .* false-positive rate: /);
    expect(human.stdout).toContain('x2: expected invoice_request, got thanks');

    const json = JSON.parse(runCli('eval.ts', [file, '--json']).stdout) as { accuracy: number; misclassified: Array<{ id: string }> };
    expect(json.accuracy).toBe(0.5);
    expect(json.misclassified.map((m) => m.id)).toEqual(['x2']);
  }, 60_000);
});
