/**
 * The learned fallback: when no rule finds anything in a message, a small naive Bayes model over character grams
 * (trained at build time on the labelled messages written for the tests, see train.ts) says which category the
 * message most resembles. It only speaks when it is clearly surer of one category than of the next, and the
 * classifier files its answer as the weakest kind of evidence, with a signal that says where it came from.
 */
import type { Category } from '../taxonomy';
import { messageGrams } from './features';
import { LEARNED_MODEL } from './model.generated';
import type { LearnedModel } from './train';

/** How much surer (in log-likelihood) the best category must be than the runner-up before the model speaks. */
export const MIN_MARGIN = 5;

interface Loaded {
  categories: Category[];
  /** Per category: log prior. */
  prior: Float64Array;
  /** Per gram: log P(gram | category) for every category. */
  grams: Map<string, Float64Array>;
}

let loaded: Loaded | undefined;

export function loadModel(model: LearnedModel): Loaded {
  const k = model.categories.length;
  const rows: Array<[string, number[]]> = [];
  const totals = new Array<number>(k).fill(0);
  for (const line of model.table.split('\n')) {
    if (!line) continue;
    const bar = line.lastIndexOf('|');
    const row = line.slice(bar + 1).split(',').map((n) => (n ? Number(n) : 0));
    row.forEach((n, c) => (totals[c]! += n));
    rows.push([line.slice(0, bar), row]);
  }
  const vocabulary = rows.length;
  const documents = model.documents.reduce((a, b) => a + b, 0);
  const grams = new Map<string, Float64Array>();
  for (const [gram, row] of rows) {
    grams.set(gram, Float64Array.from(row, (n, c) => Math.log((n + model.alpha) / (totals[c]! + model.alpha * vocabulary))));
  }
  // A category with no training message can never be the answer.
  const prior = Float64Array.from(model.documents, (n) => (n > 0 ? Math.log(n / documents) : -Infinity));
  return { categories: model.categories, prior, grams };
}

export interface LearnedGuess {
  category: Category;
  /** Log-likelihood of the best category over the runner-up. */
  margin: number;
}

/** The category the folded message most resembles, with its margin; null when there is nothing to go on. */
export function learnedGuess(folded: string, model?: Loaded): LearnedGuess | null {
  const m = model ?? (loaded ??= loadModel(LEARNED_MODEL));
  const scores = Float64Array.from(m.prior);
  let seen = 0;
  for (const gram of messageGrams(folded)) {
    const p = m.grams.get(gram);
    if (!p) continue;
    seen++;
    for (let c = 0; c < scores.length; c++) scores[c]! += p[c]!;
  }
  if (seen === 0) return null;
  let best = 0;
  let second = -1;
  for (let c = 1; c < scores.length; c++) {
    if (scores[c]! > scores[best]!) {
      second = best;
      best = c;
    } else if (second < 0 || scores[c]! > scores[second]!) second = c;
  }
  return { category: m.categories[best]!, margin: scores[best]! - scores[second]! };
}
