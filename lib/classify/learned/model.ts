/**
 * The learned model at run time: scores every category for a folded message (train.ts says how it was fitted) and
 * names the best, with its margin over the runner-up and its probability, and gives the probability of a scam.
 *
 * It runs on every message the rules do not settle, so it must be cheap: the grams of features.ts are not made into
 * strings but packed, up to four UTF-16 units, into two 32-bit keys and looked up in an open-addressing table of typed
 * arrays; a generation stamp per feature counts each gram once without clearing anything per message.
 */
import type { Category } from '../taxonomy';
import { gramText } from './features';
import { LEARNED_MODEL } from './model.generated';
import type { LearnedModel } from './train';

export interface LoadedModel {
  categories: Category[];
  /**
   * The gram table, open addressing with linear probing, four cells per slot so one probe reads one cache line: the
   * packed key's two halves, the feature id + 1 (0 for an empty slot), and padding.
   */
  table: Int32Array;
  mask: number;
  /** Per feature: one signed byte per category, then one for the scam flag. */
  weights: Int8Array;
  scale: number;
  bias: Float64Array;
  /** Per feature: the generation of the last message that counted it. */
  stamps: Int32Array;
  generation: number;
  features: number;
}

export interface LearnedGuess {
  category: Category;
  /** Score of the best category over the runner-up (log-odds). */
  margin: number;
  /** The model's probability of the best category (softmax of the scores). */
  probability: number;
  /** The model's probability that the message is a scam (TAXONOMY.md's scam flag). */
  scamProbability: number;
  /** How many distinct known grams the message has: with very few, the guess is the prior. */
  knownGrams: number;
}

/**
 * A gram of 1..4 UTF-16 units is packed into two 32-bit halves, (c0 << 16 | c1) and (c2 << 16 | c3), zero-padded:
 * the gram text has no U+0000, so the key is exact. The slot is murmur3's finaliser over both halves.
 */
function slotOf(high: number, low: number, mask: number): number {
  let h = high ^ Math.imul(low, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

export function loadModel(model: LearnedModel): LoadedModel {
  const grams = model.grams ? model.grams.split('\n') : [];
  let size = 1;
  while (size < grams.length * 2) size *= 2;
  const table = new Int32Array(size * 4);
  const mask = size - 1;
  grams.forEach((gram, id) => {
    const at = (i: number): number => (i < gram.length ? gram.charCodeAt(i) : 0);
    const high = (at(0) << 16) | at(1);
    const low = (at(2) << 16) | at(3);
    let slot = slotOf(high, low, mask);
    while (table[slot * 4 + 2] !== 0) slot = (slot + 1) & mask;
    table[slot * 4] = high;
    table[slot * 4 + 1] = low;
    table[slot * 4 + 2] = id + 1;
  });
  const binary = atob(model.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return {
    categories: model.categories,
    table,
    mask,
    weights,
    scale: model.scale,
    bias: Float64Array.from(model.bias),
    stamps: new Int32Array(grams.length),
    generation: 0,
    features: grams.length,
  };
}

/** The feature id of a packed gram, or -1. */
function featureOf(table: Int32Array, mask: number, high: number, low: number): number {
  let slot = slotOf(high, low, mask);
  for (;;) {
    const at = slot * 4;
    const id = table[at + 2]!;
    if (id === 0) return -1;
    if (table[at] === high && table[at + 1] === low) return id - 1;
    slot = (slot + 1) & mask;
  }
}

let bundled: LoadedModel | undefined;
/** Integer sums of the 8-bit weights of one message's grams (scaled once at the end). */
const sums = new Int32Array(64);

/** The category the folded message most resembles; null when none of its grams is known to the model. */
export function learnedGuess(folded: string, model?: LoadedModel): LearnedGuess | null {
  const m = model ?? (bundled ??= loadModel(LEARNED_MODEL));
  const k = m.categories.length;
  const columns = k + 1;
  const { table, mask, weights, stamps } = m;
  m.generation = (m.generation + 1) | 0;
  if (m.generation === 0) {
    stamps.fill(0);
    m.generation = 1;
  }
  const gen = m.generation;
  sums.fill(0, 0, columns);
  const text = gramText(folded);
  const n = text.length;
  let known = 0;
  // Counts a feature once per message: adds its weights to the sums.
  const count = (id: number): void => {
    if (id < 0 || stamps[id] === gen) return;
    stamps[id] = gen;
    known++;
    const base = id * columns;
    for (let c = 0; c < columns; c++) sums[c] = (sums[c]! + weights[base + c]!) | 0;
  };
  for (let i = 0; i < n; i++) {
    // The grams starting at i, 1 to 4 units long (features.ts MAX_GRAM); a 0 unit means the text ended.
    const c0 = text.charCodeAt(i);
    const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const c2 = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    const c3 = i + 3 < n ? text.charCodeAt(i + 3) : 0;
    const high = (c0 << 16) | c1;
    count(featureOf(table, mask, c0 << 16, 0));
    if (c1 === 0) continue;
    count(featureOf(table, mask, high, 0));
    if (c2 === 0) continue;
    count(featureOf(table, mask, high, c2 << 16));
    if (c3 === 0) continue;
    count(featureOf(table, mask, high, (c2 << 16) | c3));
  }
  if (known === 0) return null;
  const factor = m.scale / Math.sqrt(known);
  let best = 0;
  let second = -1;
  const scores = Array.from({ length: k }, (_, c) => m.bias[c]! + sums[c]! * factor);
  for (let c = 1; c < k; c++) {
    if (scores[c]! > scores[best]!) {
      second = best;
      best = c;
    } else if (second < 0 || scores[c]! > scores[second]!) second = c;
  }
  let z = 0;
  for (const s of scores) z += Math.exp(s - scores[best]!);
  const scamScore = m.bias[k]! + sums[k]! * factor;
  return {
    category: m.categories[best]!,
    margin: scores[best]! - scores[second]!,
    probability: 1 / z,
    scamProbability: 1 / (1 + Math.exp(-scamScore)),
    knownGrams: known,
  };
}
