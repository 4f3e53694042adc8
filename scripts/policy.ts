/**
 * npm run -s policy -- <reply.txt>   (or `-` for standard input)
 * Prints {"findings":[{"rule","start","end","text"}]}: an empty list for a clean reply; exit 0 either way.
 * Offsets are UTF-16 indices into the text as read (UTF-8, a leading byte-order mark removed).
 * A missing or unreadable file: one line on stderr, exit 1.
 */
import { readFileSync } from 'node:fs';
import { checkPolicy } from '../lib/replies/policy';

function readInput(arg: string): string {
  const raw = arg === '-' ? readFileSync(0, 'utf8') : readFileSync(arg, 'utf8');
  return raw.replace(/^\uFEFF/, '');
}

function main(argv: string[]): number {
  const arg = argv[0];
  if (arg === undefined || argv.length > 1) {
    process.stderr.write('usage: npm run -s policy -- <reply.txt | ->\n');
    return 1;
  }
  let text: string;
  try {
    text = readInput(arg);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(err));
    process.stderr.write(`policy: cannot read ${arg}: ${why}\n`);
    return 1;
  }
  const findings = checkPolicy(text).map(({ rule, start, end, text: span }) => ({ rule, start, end, text: span }));
  process.stdout.write(JSON.stringify({ findings }) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
