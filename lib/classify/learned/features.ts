/**
 * The features of the learned fallback: the character 2- to 4-grams of a message's folded text (normalise.ts), with
 * digits collapsed and punctuation turned into spaces. Characters, not words, so Japanese needs no tokenizer and a
 * typo ("recieved", "ｷｬﾝｾﾙ") still shares most of its grams with the spelling the model saw. Trainer and runtime both
 * call this, so the model always sees text the way it was trained.
 */
export const MIN_GRAM = 2;
export const MAX_GRAM = 4;
/** Grams of at most this many characters of a message count (the head and tail kept by normalise.ts are enough). */
const MAX_CHARS = 3000;

const DIGITS = /[0-9]+/g;
const NOT_WORD = /[^\p{L}\p{N}' ]+/gu;
const SPACES = / {2,}/g;

/** Each distinct gram once (naive Bayes over presence, not counts: one long rant does not outweigh the rest). */
export function messageGrams(folded: string): Set<string> {
  const text = ` ${folded.slice(0, MAX_CHARS).replace(DIGITS, '0').replace(NOT_WORD, ' ').replace(SPACES, ' ')} `;
  const grams = new Set<string>();
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
  }
  return grams;
}
