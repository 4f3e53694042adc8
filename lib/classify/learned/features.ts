/**
 * The features of the learned model: which character 1- to 4-grams a message's folded text (normalise.ts) contains,
 * after digits are collapsed and punctuation turned into spaces. Characters, not words, so Japanese needs no
 * tokenizer and a typo ("recieved", "ｷｬﾝｾﾙ") still shares most of its grams with the spelling the model saw.
 *
 * This file is the one definition of the features: training enumerates them as strings (messageGrams), the runtime
 * walks the same text without making strings (model.ts), and a test checks that both see the same grams.
 */
export const MIN_GRAM = 1;
export const MAX_GRAM = 4;
/** Grams of at most this many characters of a message count (the head and tail kept by normalise.ts are enough). */
const MAX_CHARS = 3000;

const DIGITS = /[0-9]+/g;
const NOT_WORD = /[^\p{L}\p{N}' ]+/gu;
const SPACES = / {2,}/g;

/**
 * The text the grams are taken from: digits as one "0", anything but letters, digits and apostrophes as one space,
 * a space at both ends (so a gram can say "starts a word"). It never contains U+0000, which model.ts relies on.
 */
export function gramText(folded: string): string {
  return ` ${folded.slice(0, MAX_CHARS).replace(DIGITS, '0').replace(NOT_WORD, ' ').replace(SPACES, ' ')} `;
}

/** Each distinct gram once (presence, not counts: one long rant does not outweigh the rest). */
export function messageGrams(folded: string): Set<string> {
  const text = gramText(folded);
  const grams = new Set<string>();
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= text.length; i++) grams.add(text.slice(i, i + n));
  }
  return grams;
}
