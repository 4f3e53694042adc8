/**
 * The learned model at run time: scores every category for a folded message (train.ts says how it was fitted) and
 * names the best, with its margin over the runner-up and its probability, and gives the probability of a scam.
 *
 * It runs on nearly every message, so it must be cheap, and what it costs is memory, not arithmetic: a message of 160
 * characters looks up some 600 grams at random places in the table, between the rules' own work. So the grams of
 * features.ts are not made into strings but packed, up to four UTF-16 units, into two 32-bit keys and looked up in an
 * open-addressing table small enough to stay in the CPU's L2 cache, weights included (768 KB: the model keeps its
 * strongest grams for this, train.ts KEPT_GRAMS, and a test holds the budget). An unknown gram reads only the keys; a
 * known one also reads its 16 bytes of weights. A bitmap over the slots counts each gram once per message. The loop
 * is plain functions over typed arrays: no closure, no string made per gram.
 */
import type { Category } from '../taxonomy';
import { gramText } from './features';
import { LEARNED_MODEL } from './model.generated';
import type { LearnedModel } from './train';

export interface LoadedModel {
  categories: Category[];
  /**
   * The gram table, open addressing with linear probing: per slot the packed key's two halves. The first half is never
   * 0 for a gram (the gram text has no U+0000), so 0 marks an empty slot.
   */
  keys: Int32Array;
  /** Per slot, WEIGHT_BYTES signed bytes: one weight per category, then one for the scam flag. */
  weights: Int8Array;
  /** One bit per slot: the grams the current message has counted. */
  seen: Uint32Array;
  mask: number;
  scale: number;
  bias: Float64Array;
  features: number;
}

/** Bytes of weights per slot: the 12 categories and the scam flag, padded so a slot's weights share a cache line. */
const WEIGHT_BYTES = 16;
/** At least this many slots per gram: a load of at most 2/3 keeps probe runs short. */
const SLOTS_PER_GRAM = 1.5;

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
  if (columns > WEIGHT_BYTES) throw new Error(`learned model: ${columns} weight columns do not fit a slot of ${WEIGHT_BYTES}`);
  let size = 32;
  while (size < grams.length * SLOTS_PER_GRAM) size *= 2;
  const keys = new Int32Array(size * 2);
  const weights = new Int8Array(size * WEIGHT_BYTES);
  const mask = size - 1;
  const binary = atob(model.weights);
  grams.forEach((gram, id) => {
    const at = (i: number): number => (i < gram.length ? gram.charCodeAt(i) : 0);
    const high = (at(0) << 16) | at(1);
    const low = (at(2) << 16) | at(3);
    let slot = slotOf(high, low, mask);
    while (keys[slot * 2] !== 0) slot = (slot + 1) & mask;
    keys[slot * 2] = high;
    keys[slot * 2 + 1] = low;
    for (let c = 0; c < columns; c++) weights[slot * WEIGHT_BYTES + c] = (binary.charCodeAt(id * columns + c) << 24) >> 24;
  });
  return {
    categories: model.categories,
    keys,
    weights,
    seen: new Uint32Array(size >>> 5),
    mask,
    scale: model.scale,
    bias: Float64Array.from(model.bias),
    features: grams.length,
  };
}

/** Integer sums of the 8-bit weights of one message's grams (scaled once at the end). */
const sums = new Int32Array(WEIGHT_BYTES);
/** The message's gram text as UTF-16 units, reused between messages (grown when a longer one comes). */
let codes = new Uint16Array(1024);

/**
 * Adds a gram's weights to the sums the first time the message has it (1); 0 for a gram already counted, -1 for an
 * unknown one. A plain function, not a closure: nothing it changes lives in a captured context.
 */
function countGram(m: LoadedModel, columns: number, high: number, low: number): number {
  const { keys, mask, seen } = m;
  let slot = slotOf(high, low, mask);
  for (;;) {
    const key = keys[slot * 2]!;
    if (key === 0) return -1;
    if (key === high && keys[slot * 2 + 1] === low) {
      const bit = 1 << (slot & 31);
      if (seen[slot >>> 5]! & bit) return 0;
      seen[slot >>> 5]! |= bit;
      const { weights } = m;
      const base = slot * WEIGHT_BYTES;
      for (let c = 0; c < columns; c++) sums[c] = (sums[c]! + weights[base + c]!) | 0;
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
  m.seen.fill(0);
  sums.fill(0);
  const text = gramText(folded);
  const n = text.length;
  if (codes.length < n + 3) codes = new Uint16Array(n + 256);
  for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
  codes[n] = 0;
  codes[n + 1] = 0;
  codes[n + 2] = 0;
  let known = 0;
  // The grams starting at i, 1 to 4 units long (features.ts MAX_GRAM); a 0 unit means the text ended. The vocabulary
  // is closed under prefixes (train.ts keeps it so), so once a gram is unknown its longer grams are too and are not
  // looked up.
  for (let i = 0; i < n; i++) {
    const c0 = codes[i]!;
    const c1 = codes[i + 1]!;
    const c2 = codes[i + 2]!;
    const c3 = codes[i + 3]!;
    const high = (c0 << 16) | c1;
    let got = countGram(m, columns, c0 << 16, 0);
    if (got < 0) continue;
    known += got;
    if (c1 === 0 || (got = countGram(m, columns, high, 0)) < 0) continue;
    known += got;
    if (c2 === 0 || (got = countGram(m, columns, high, c2 << 16)) < 0) continue;
    known += got;
    if (c3 === 0 || (got = countGram(m, columns, high, (c2 << 16) | c3)) < 0) continue;
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
