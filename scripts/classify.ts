/**
 * `npm run -s classify -- <messages.jsonl>`: one JSON line per input line,
 * {"id","category","scam","confidence","lang","signals"}; a bad line gives {"id","error"} and the run goes on.
 * Input lines: {"id","subject"?,"body","marketplace"?,"lang"?}. A missing file is a one-line error and exit 1.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../lib/classify/index';

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\n`);
  process.exit(1);
}

type Parsed = { ok: true; id: unknown; subject: unknown; body: string; marketplace: unknown; lang: unknown } | { ok: false; id: unknown; error: string };

/** Turn one input line into a message, or say precisely what is wrong with it. */
export function parseLine(line: string, lineNo: number): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: `line ${lineNo}: not valid JSON` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, id: null, error: `line ${lineNo}: not a JSON object` };
  const row = value as Record<string, unknown>;
  const id = row.id ?? null;
  if (typeof row.body !== 'string') return { ok: false, id, error: `line ${lineNo}: "body" must be a string` };
  return { ok: true, id, subject: row.subject, body: row.body, marketplace: row.marketplace, lang: row.lang };
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) fail('usage: npm run -s classify -- <messages.jsonl>');
  if (!existsSync(file) || !statSync(file).isFile()) fail(`no such file: ${file}`);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const parsed = parseLine(line, lineNo);
    if (!parsed.ok) {
      process.stdout.write(`${JSON.stringify({ id: parsed.id, error: parsed.error })}\n`);
      continue;
    }
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    const c = classify({ subject: str(parsed.subject), body: parsed.body, marketplace: str(parsed.marketplace), lang: str(parsed.lang) });
    process.stdout.write(
      `${JSON.stringify({ id: parsed.id, category: c.category, scam: c.scam, confidence: c.confidence, lang: c.lang, signals: c.signals })}\n`,
    );
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
