/**
 * Keyboard mash and noise ("asdfghjkl ;;;; kkkk"): no real words, only rows of the keyboard, repeated letters or
 * consonant runs. Real text in any language we read has vowels and short function words.
 */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qwertzuiop', 'yxcvbnm'];
const REPEATED = /(.)\1{3,}/;
const CONSONANT_RUN = /[bcdfghjklmnpqrstvwxz]{6,}/;
/** "hjkl", "sdfg": four letters or more without a vowel (short ones like "pls", "thx", "mfg" are real). */
const NO_VOWEL = /^[bcdfghjklmnpqrstvwxz]{4,}$/;
/** "ppp", "kkk": one key held down (no word in our languages is one letter three times). */
const ONE_KEY = /^([a-z])\1{2,}$/;
/** "qwe", "asdkj": a word starting at the left end of a keyboard row (no real word starts so; "aze" does: azeite). */
const ROW_START = /^(qwe|asd|zxc|yxc)/;
/** "あああああ": one kana or kanji five times or more, and nothing else. */
const ONE_CHARACTER_HELD = /^(.)\1{4,}$/u;
/** "asdasd", "qweqwe": three keys next to each other, typed again (a real word is not a keyboard run twice). */
const REPEATED_CHUNK = /^([a-z]{3})\1+$/;

function keyboardRun(word: string): boolean {
  const chunk = REPEATED_CHUNK.exec(word);
  if (chunk && KEYBOARD_ROWS.some((row) => row.includes(chunk[1]!))) return true;
  for (let i = 0; i + 5 <= word.length; i++) {
    const piece = word.slice(i, i + 5);
    if (KEYBOARD_ROWS.some((row) => row.includes(piece))) return true;
  }
  return false;
}

/** True when the folded text is mostly noise. Only looks at short texts (noise is short; real complaints are not). */
export function looksLikeGibberish(folded: string): boolean {
  const text = folded.trim();
  if (text.length < 4 || text.length > 200) return false;
  // Kana or kanji: only one character held down (「あああああ」); any other Japanese text is read, not judged noise.
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return ONE_CHARACTER_HELD.test(text.replace(/[\s!?.,、。！？ー〜~]/g, ''));
  const words = text.split(/\s+/).filter(Boolean);
  let noise = 0;
  for (const word of words) {
    const letters = word.replace(/[^a-z]/g, '');
    if (letters.length === 0) {
      // ";;;;" is noise; emoji are a (wordless) message, not noise.
      if (/^[\x21-\x7e]{3,}$/.test(word)) noise++;
      continue;
    }
    if (REPEATED.test(word) || ONE_KEY.test(letters) || ROW_START.test(letters) || CONSONANT_RUN.test(letters) || keyboardRun(letters) || NO_VOWEL.test(letters)) noise++;
  }
  return noise > 0 && noise * 2 >= words.length;
}
