/**
 * The labelled messages the learned model is trained on: every example and probe written for the classifier's
 * tests (tests/unit/classify/*.ts, any exported list of {category, subject, body}). Never the dev corpus: it stays
 * outside the repo and is what the fallback is measured on.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareMessage, prepareText } from '../../lib/classify/normalise';
import { isCategory } from '../../lib/classify/taxonomy';
import type { TrainingMessage } from '../../lib/classify/learned/train';

export const TRAINING_DIR = path.resolve(import.meta.dirname, '../../tests/unit/classify');

interface Labelled {
  category: unknown;
  scam?: unknown;
  subject?: unknown;
  body: unknown;
}

const isLabelled = (x: unknown): x is Labelled =>
  typeof x === 'object' && x !== null && 'category' in x && 'body' in x && typeof (x as Labelled).body === 'string';

/** In a fixed order (files, then export names, then rows), so training is reproducible. */
export async function trainingMessages(): Promise<TrainingMessage[]> {
  const files = readdirSync(TRAINING_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  const out: TrainingMessage[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(TRAINING_DIR, file)).href)) as Record<string, unknown>;
    for (const name of Object.keys(mod).sort()) {
      const value = mod[name];
      if (!Array.isArray(value)) continue;
      for (const row of value) {
        if (!isLabelled(row) || !isCategory(row.category)) continue;
        const subject = typeof row.subject === 'string' ? row.subject : '';
        const folded = prepareMessage(prepareText(subject, 'subject'), prepareText(row.body, 'body')).all.folded;
        out.push({ category: row.category, scam: row.scam === true, folded });
      }
    }
  }
  return out;
}
