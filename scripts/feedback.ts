/**
 * npm run -s feedback -- <feedback.jsonl>
 *
 * The feedback removal check from the command line: one JSON line per input line,
 * {"id","negative","removable","reasons"} (reasons in English), or {"id","error"} for a bad line (the run goes on).
 * A missing or unreadable file: one line on stderr, exit 1.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkFeedbackLine } from '../lib/feedback/cli-line';

function fail(message: string): never {
  process.stderr.write(`feedback: ${message}\n`);
  process.exit(1);
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const file = args[0];
  if (!file || args.length > 1) fail('usage: npm run -s feedback -- <feedback.jsonl>');
  try {
    if (!statSync(file).isFile()) fail(`${file} is not a file`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? String(error)}`);
  }

  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const result = checkFeedbackLine(line);
    const out = 'error' in result ? { ...result, error: `line ${lineNo}: ${result.error}` } : result;
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
