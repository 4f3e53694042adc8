/**
 * Training of the learned fallback (build time, `npm run -s train-fallback`): multinomial naive Bayes over gram
 * presence, with the grams chosen by how strongly they point at one category. Pure and deterministic: the same
 * messages give the same model text, which a test checks against the committed model.
 */
import { CATEGORIES, type Category } from '../taxonomy';
import { messageGrams } from './features';

export interface TrainingMessage {
  category: Category;
  /** Folded text of subject and body, as the classifier sees it (prepareMessage(...).all.folded). */
  folded: string;
}

/** How many grams the model keeps, and how often a gram must occur to be considered at all. */
export const MODEL_GRAMS = 8000;
const MIN_DOCUMENTS = 2;
/** Laplace smoothing of the per-category gram probabilities. */
export const ALPHA = 0.1;

export interface LearnedModel {
  categories: Category[];
  /** Training messages per category (the prior). */
  documents: number[];
  alpha: number;
  /** One line per gram: `gram|n0,n1,…` with the messages of each category that contain it (empty for 0). */
  table: string;
}

/** `modelGrams`: how many grams to keep (MODEL_GRAMS; other sizes are for comparing models). */
export function trainModel(messages: readonly TrainingMessage[], modelGrams = MODEL_GRAMS): LearnedModel {
  const categories = [...CATEGORIES];
  const index = new Map(categories.map((c, i) => [c, i]));
  const documents = categories.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const m of messages) {
    const c = index.get(m.category)!;
    documents[c]!++;
    for (const gram of messageGrams(m.folded)) {
      let row = counts.get(gram);
      if (!row) counts.set(gram, (row = categories.map(() => 0)));
      row[c]!++;
    }
  }
  // Keep the grams whose presence differs most from chance in some category (a one-sided chi-square), ties by text.
  const total = messages.length;
  const score = (row: number[]): number => {
    const n = row.reduce((a, b) => a + b, 0);
    let best = 0;
    row.forEach((observed, c) => {
      const expected = (n * documents[c]!) / total;
      if (observed > expected) best = Math.max(best, ((observed - expected) ** 2) / expected);
    });
    return best;
  };
  const kept = [...counts]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= MIN_DOCUMENTS)
    .map(([gram, row]) => ({ gram, row, score: score(row) }))
    .sort((a, b) => b.score - a.score || (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0))
    .slice(0, modelGrams)
    .sort((a, b) => (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0));
  const table = kept.map(({ gram, row }) => `${gram}|${row.map((n) => (n ? String(n) : '')).join(',')}`).join('\n');
  return { categories, documents, alpha: ALPHA, table };
}
