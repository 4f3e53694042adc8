/**
 * Text normalisation for matching feedback comments, keeping a map back to the original so the evidence shown to
 * the seller (and quoted to Amazon) is the buyer's own text, not our normalised copy.
 *
 * NFKC folds full-width Latin/digits (ｆｕｃｋ, ０９０) and half-width katakana (ｺﾜﾚﾀ) into the forms the phrase
 * families are written in; lower-casing makes English/German/French case-insensitive; runs of white space collapse
 * to one space so "stopped   working" still matches.
 */
export interface NormalisedText {
  /** The normalised text the phrase families run on. */
  text: string;
  /** For each UTF-16 unit of `text`: the [start, end) offsets in the original string it came from. */
  from: Uint32Array;
  to: Uint32Array;
  original: string;
}

// A base character plus what NFKC may merge into it: combining marks and the half-width (semi-)voiced sound marks.
const JOINS_PREVIOUS = /^[\p{M}\uFF9E\uFF9F]$/u;
const WHITE = /^\s+$/u;

export function normalise(original: string): NormalisedText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const points = Array.from(original);
  let offset = 0;
  let lastWasSpace = true; // drops leading white space
  for (let i = 0; i < points.length; ) {
    const start = offset;
    let group = points[i]!;
    offset += group.length;
    i++;
    while (i < points.length && JOINS_PREVIOUS.test(points[i]!)) {
      group += points[i]!;
      offset += points[i]!.length;
      i++;
    }
    // Phones type curly apostrophes: "didn’t" must match the families' "didn't".
    let piece = group.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02BC]/gu, "'");
    if (WHITE.test(piece)) {
      if (lastWasSpace) continue;
      piece = ' ';
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k]!);
      from.push(start);
      to.push(offset);
    }
  }
  return { text: out.join(''), from: Uint32Array.from(from), to: Uint32Array.from(to), original };
}

/** The original text behind the normalised range [start, end). */
export function originalSlice(n: NormalisedText, start: number, end: number): string {
  if (end <= start || start >= n.text.length) return '';
  return n.original.slice(n.from[start]!, n.to[Math.min(end, n.text.length) - 1]!);
}

// Clause boundaries: sentence ends, commas and the conjunctions that join two complaints ("broke after a week and
// the seller never replied"), so the evidence quoted is the part that shows the point. A full stop only ends a
// clause before white space or the end, so "3.5 inch" and "example.com" stay whole.
const CLAUSE_BREAK = /[!?;,\n。、！？…]|\.(?=\s|$)| (?:and|but|also|however|plus|aber|und|mais|et|pero|ma) /gu;

/** The clauses of a normalised text as [start, end) ranges, in order (computed once per comment). */
export function clauseRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/** The clause range containing offset `at` (binary search over clauseRanges' output). */
export function clauseAt(ranges: readonly [number, number][], at: number): [number, number] {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return ranges[lo]!;
}

export const EVIDENCE_MAX_CHARS = 120;

/** Evidence as shown and quoted: the original text, white space collapsed, trimmed, at most EVIDENCE_MAX_CHARS. */
export function tidyEvidence(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const points = Array.from(flat);
  return points.length > EVIDENCE_MAX_CHARS ? `${points.slice(0, EVIDENCE_MAX_CHARS - 1).join('')}…` : flat;
}
