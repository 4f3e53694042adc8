/**
 * The learned model at run time: scores every category for a folded message (train.ts says how it was fitted) and
 * names the best, with its margin over the runner-up and its probability, and gives the probability of a scam.
 *
 * It runs on most messages, so it must be cheap: the grams of features.ts are not made into strings but packed, up to
 * four UTF-16 units, into two 32-bit keys and looked up in one open-addressing table whose slot also holds the gram's
 * weights and a generation stamp (which counts each gram once without clearing anything per message), so a lookup
 * touches one cache line. The loop is plain functions over typed arrays: no closure, no string made per gram.
 */
import type { Category } from '../taxonomy';
import { gramText } from './features';
import { LEARNED_MODEL } from './model.generated';
import type { LearnedModel } from './train';

export interface LoadedModel {
  categories: Category[];
  /**
   * The gram table, open addressing with linear probing. One slot holds everything a gram needs, so a lookup touches
   * one cache line: the packed key's two halves, the feature's generation stamp, the feature id + 1 (0 for an empty
   * slot), then one signed byte per category and one for the scam flag (read through `bytes`, a view of the same
   * memory).
   */
  table: Int32Array;
  bytes: Int8Array;
  /** Int32 cells per slot. */
  cells: number;
  mask: number;
  scale: number;
  bias: Float64Array;
  generation: number;
  features: number;
}

/** Int32 cells per slot: key (2), stamp, id + 1, then the weights' bytes; a power of two so slots align to lines. */
const HEADER_CELLS = 4;
/**
 * At least this many slots per gram (a load of at most 2/3, 0.61 with today's model: 2 MB). Half the load (4 MB) was
 * not measurably faster.
 */
const SLOTS_PER_GRAM = 1.5;
function slotCellsFor(columns: number): number {
  let cells = 1;
  while (cells < HEADER_CELLS + Math.ceil(columns / 4)) cells *= 2;
  return cells;
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
  const columns = model.categories.length + 1;
  const cells = slotCellsFor(columns);
  let size = 1;
  while (size < grams.length * SLOTS_PER_GRAM) size *= 2;
  const table = new Int32Array(size * cells);
  const bytes = new Int8Array(table.buffer);
  const mask = size - 1;
  const binary = atob(model.weights);
  grams.forEach((gram, id) => {
    const at = (i: number): number => (i < gram.length ? gram.charCodeAt(i) : 0);
    const high = (at(0) << 16) | at(1);
    const low = (at(2) << 16) | at(3);
    let slot = slotOf(high, low, mask);
    while (table[slot * cells + 3] !== 0) slot = (slot + 1) & mask;
    const cell = slot * cells;
    table[cell] = high;
    table[cell + 1] = low;
    table[cell + 3] = id + 1;
    for (let c = 0; c < columns; c++) bytes[(cell + HEADER_CELLS) * 4 + c] = (binary.charCodeAt(id * columns + c) << 24) >> 24;
  });
  return {
    categories: model.categories,
    table,
    bytes,
    cells,
    mask,
    scale: model.scale,
    bias: Float64Array.from(model.bias),
    generation: 0,
    features: grams.length,
  };
}

/** Integer sums of the 8-bit weights of one message's grams (scaled once at the end). */
const sums = new Int32Array(64);
/** The message's gram text as UTF-16 units, reused between messages (grown when a longer one comes). */
let codes = new Uint16Array(1024);

/**
 * Adds a gram's weights to the sums the first time the message has it (1); 0 for a gram already counted, -1 for an
 * unknown one. A plain function, not a closure: nothing it changes lives in a captured context.
 */
function countGram(table: Int32Array, bytes: Int8Array, mask: number, cells: number, columns: number, gen: number, high: number, low: number): number {
  let slot = slotOf(high, low, mask);
  for (;;) {
    const cell = slot * cells;
    if (table[cell + 3] === 0) return -1;
    if (table[cell] === high && table[cell + 1] === low) {
      if (table[cell + 2] === gen) return 0;
      table[cell + 2] = gen;
      const base = (cell + HEADER_CELLS) * 4;
      for (let c = 0; c < columns; c++) sums[c] = (sums[c]! + bytes[base + c]!) | 0;
      return 1;
    }
    slot = (slot + 1) & mask;
  }
}

let bundled: LoadedModel | undefined;

/** The category the folded message most resembles; null when none of its grams is known to the model. */
export function learnedGuess(folded: string, model?: LoadedModel): LearnedGuess | null {
  const m = model ?? (bundled ??= loadModel(LEARNED_MODEL));
  const k = m.categories.length;
  const columns = k + 1;
  const { table, bytes, cells, mask } = m;
  m.generation = (m.generation + 1) | 0;
  if (m.generation === 0) {
    for (let cell = 2; cell < table.length; cell += cells) table[cell] = 0;
    m.generation = 1;
  }
  const gen = m.generation;
  sums.fill(0, 0, columns);
  const text = gramText(folded);
  const n = text.length;
  if (codes.length < n + 3) codes = new Uint16Array(n + 256);
  for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
  codes[n] = 0;
  codes[n + 1] = 0;
  codes[n + 2] = 0;
  let known = 0;
  // The grams starting at i, 1 to 4 units long (features.ts MAX_GRAM); a 0 unit means the text ended. The vocabulary
  // is closed under prefixes (a gram's prefix occurs in at least as many training messages, train.ts MIN_DOCUMENTS),
  // so once a gram is unknown its longer grams are too and are not looked up.
  for (let i = 0; i < n; i++) {
    const c0 = codes[i]!;
    const c1 = codes[i + 1]!;
    const c2 = codes[i + 2]!;
    const c3 = codes[i + 3]!;
    const high = (c0 << 16) | c1;
    let got = countGram(table, bytes, mask, cells, columns, gen, c0 << 16, 0);
    if (got < 0) continue;
    known += got;
    if (c1 === 0 || (got = countGram(table, bytes, mask, cells, columns, gen, high, 0)) < 0) continue;
    known += got;
    if (c2 === 0 || (got = countGram(table, bytes, mask, cells, columns, gen, high, c2 << 16)) < 0) continue;
    known += got;
    if (c3 === 0 || (got = countGram(table, bytes, mask, cells, columns, gen, high, (c2 << 16) | c3)) < 0) continue;
    known += got;
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
