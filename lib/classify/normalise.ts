/**
 * Text preparation for the classifier: bound the work, make the text safe, and fold it so one phrase family matches
 * every way of writing it (full/half width, case, katakana/hiragana, accents).
 *
 * The fold is length-preserving for almost all text (every step maps one UTF-16 unit to one), so an index found in
 * the folded text points at the same place in the original and the signals can quote what the buyer really wrote.
 */

/** How much of a body is analysed: the head carries the request, the tail the sign-off and any contact details. */
export const BODY_HEAD_CHARS = 4000;
export const BODY_TAIL_CHARS = 1000;
export const SUBJECT_CHARS = 400;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Tags are blanked (same length) so "<b>cancel</b>" still reads as "cancel" and script text is never markup. */
const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,300}>/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Anything the two steps below could change: one test instead of two replacements on most messages. */
const SURROGATE_OR_ZERO_WIDTH = /[\uD800-\uDFFF\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Cut to the analysed window and make it well-formed UTF-16 without markup. Never throws. */
export function prepareText(value: unknown, kind: 'subject' | 'body'): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  let text = value;
  if (kind === 'subject') {
    if (text.length > SUBJECT_CHARS) text = text.slice(0, SUBJECT_CHARS);
  } else if (text.length > BODY_HEAD_CHARS + BODY_TAIL_CHARS) {
    text = `${text.slice(0, BODY_HEAD_CHARS)}\n…\n${text.slice(text.length - BODY_TAIL_CHARS)}`;
  }
  const special = SURROGATE_OR_ZERO_WIDTH.test(text);
  // Slicing can split a surrogate pair; lone halves become U+FFFD (still one unit, so indices keep lining up).
  if (special) text = text.replace(LONE_SURROGATE, '\uFFFD');
  if (text.includes('<')) text = text.replace(HTML_TAG, (tag) => ' '.repeat(tag.length));
  if (special) text = text.replace(ZERO_WIDTH, ' ');
  return text;
}

const NON_ASCII = /[^\x00-\x7F]/;
const KATAKANA_RUN = /[\u30A1-\u30F6]+/g;
const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const COMBINING_MARKS = /[\u0300-\u036F]/g;
/** Letters NFD does not decompose, folded to their base letter (one unit each, keeps the length). */
const SPECIAL_LATIN: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ı': 'i', 'ħ': 'h' };
const SPECIAL_LATIN_RE = /[łøđıħ]/g;
/** Whitespace other than a plain space (which stays as it is). */
const OTHER_SPACE = /[^\S ]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u02BC\u00B4`\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB]/g;
const ANY_QUOTE = /[\u2018\u2019\u201A\u02BC\u00B4`\u2032\u201C\u201D\u201E\u00AB\u00BB]/;

function hiragana(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) out += String.fromCharCode(run.charCodeAt(i) - 0x60);
  return out;
}

/**
 * NFKC (full/half width, compatibility forms), lower case, katakana → hiragana, Latin accents removed, every
 * whitespace → one space, typographic quotes → ASCII quotes.
 *
 * Hot path (every message): each step runs only when the text has something for it to change, and replacements use
 * native string replacement, never a callback per character.
 */
export function foldText(text: string): string {
  let t = text;
  const nonAscii = NON_ASCII.test(t);
  if (nonAscii) {
    t = t.normalize('NFKC');
    t = t.replace(KATAKANA_RUN, hiragana);
  }
  t = t.toLowerCase();
  // The special letters are in the same block as the marked ones: no marked letter, nothing to do for either.
  if (nonAscii && LATIN_WITH_MARKS.test(t)) {
    t = t.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
    t = t.replace(SPECIAL_LATIN_RE, (c) => SPECIAL_LATIN[c] ?? c);
  }
  t = t.replace(OTHER_SPACE, ' ');
  // The only ASCII quote to fold is the backtick; the others are non-ASCII.
  if ((nonAscii || t.includes('`')) && ANY_QUOTE.test(t)) t = t.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  return t;
}

const SHARP_S = /(?:ss|ß)(?![?*+{])/g;

/**
 * Fold a regular-expression source the same way as text, so phrase tables are written naturally ("キャンセル",
 * "Rücksendung") and still match folded text. Escapes (\b, \s, \d …) are kept as they are; a literal space
 * outside a character class matches any run of whitespace.
 */
export function foldPattern(source: string): string {
  let out = '';
  let literal = '';
  let inClass = false;
  const flush = (): void => {
    // The fold keeps "ß" (lower-casing it would change the length), so "ss" and "ß" in a phrase each match both:
    // "Größe" finds Swiss "Grösse", "strasse" finds "Straße". Not before a quantifier, which belongs to the last
    // letter, and not inside a character class, where a group would be a list of characters.
    if (literal) out += inClass ? foldText(literal) : foldText(literal).replace(SHARP_S, '(?:ss|ß)');
    literal = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      flush();
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      flush();
      inClass = true;
      out += c;
    } else if (c === ']') {
      flush();
      inClass = false;
      out += c;
    } else if (c === ' ' && !inClass && !/[?*+{]/.test(source[i + 1] ?? '')) {
      // A space followed by a quantifier ("whats ?app") stays a single optional space.
      flush();
      out += ' +';
    } else {
      literal += c;
    }
  }
  flush();
  return out;
}

/** The analysed text of one message: the original (after preparation) and its folded twin. */
export interface PreparedText {
  original: string;
  folded: string;
  /** True when folded[i] corresponds to original[i] for every i (the usual case). */
  aligned: boolean;
}

export function prepare(original: string): PreparedText {
  const folded = foldText(original);
  return { original, folded, aligned: folded.length === original.length };
}

/** Subject, body and both together, folded once (the usual, length-preserving case) and sliced. */
export function prepareMessage(subject: string, body: string): { subject: PreparedText; body: PreparedText; all: PreparedText } {
  const all = prepare(subject ? `${subject}\n${body}` : body);
  if (!all.aligned) return { subject: prepare(subject), body: prepare(body), all };
  const cut = subject ? subject.length + 1 : 0;
  return {
    subject: { original: subject, folded: all.folded.slice(0, subject.length), aligned: true },
    body: { original: body, folded: all.folded.slice(cut), aligned: true },
    all,
  };
}

const WHITESPACE_RUN = /\s+/g;

/** The buyer's own words for a match in the folded text, cut short for the side panel. */
export function quote(text: PreparedText, index: number, length: number, max = 40): string {
  const source = text.aligned ? text.original : text.folded;
  let s = source.slice(index, index + Math.min(length, max)).replace(WHITESPACE_RUN, ' ').trim();
  if (length > max) s += '…';
  return s;
}
