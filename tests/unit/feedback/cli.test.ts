import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkFeedbackLine } from '@/lib/feedback/cli-line';

describe('checkFeedbackLine (one input line → one output line)', () => {
  it('prints id, negative, removable and English reasons', () => {
    expect(checkFeedbackLine('{"id":"f1","rating":1,"comment":"Broke after a week"}')).toEqual({
      id: 'f1',
      negative: true,
      removable: true,
      reasons: ['product review: "Broke after a week"'],
    });
  });

  it('uses fulfillment: FBA delivery is removable, MFN is not', () => {
    const line = (f: string) => checkFeedbackLine(JSON.stringify({ id: 'f2', rating: 2, comment: '梱包が雑で箱が潰れていた', fulfillment: f }));
    expect(line('FBA')).toMatchObject({ removable: true, reasons: ['FBA delivery/packaging: "梱包が雑で箱が潰れていた"'] });
    expect(line('MFN')).toMatchObject({ removable: false, reasons: ['seller-fulfilled delivery (not removable): "梱包が雑で箱が潰れていた"'] });
  });

  it.each([
    ['not json', null, 'not valid JSON'],
    ['[1,2]', null, 'expected a JSON object'],
    ['{"rating":1,"comment":"x"}', null, '"id"'],
    ['{"id":"b1","rating":0,"comment":"x"}', 'b1', '"rating"'],
    ['{"id":"b2","rating":"1","comment":"x"}', 'b2', '"rating"'],
    ['{"id":"b3","rating":1}', 'b3', '"comment"'],
    ['{"id":"b4","rating":1,"comment":"x","fulfillment":"AFN"}', 'b4', '"fulfillment"'],
  ])('%s → error', (line, id, message) => {
    const result = checkFeedbackLine(line);
    expect(result).toMatchObject({ id });
    expect('error' in result && result.error).toContain(message);
  });
});

describe('npm run feedback (scripts/feedback.ts)', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, ['scripts/feedback.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('prints one line per entry, continues past bad lines, exits 0', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'feedback-cli-'));
    const file = path.join(dir, 'feedback.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"c1","rating":1,"comment":"Stopped working after two days"}',
        '{"id":"c2","rating":2,"comment":"Arrived late","fulfillment":"FBA"}',
        '{broken',
        '',
        '{"id":"c3","rating":5,"comment":"Perfect"}',
      ].join('\n'),
    );
    const result = run(file);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'c1', negative: true, removable: true, reasons: ['product review: "Stopped working after two days"'] },
      { id: 'c2', negative: true, removable: true, reasons: ['FBA delivery/packaging: "Arrived late"'] },
      { id: null, error: 'line 3: not valid JSON' },
      { id: 'c3', negative: false, removable: false, reasons: [] },
    ]);
  });

  it('a missing file: one line on stderr, exit 1', () => {
    const result = run('/nonexistent/feedback.jsonl');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['feedback: no such file: /nonexistent/feedback.jsonl']);
  });
});
