/**
 * Matching text for the policy check, with a map back to the original: rules match "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ" and
 * "Évaluation" like their plain forms, but the panel highlights the span the seller actually typed.
 *
 * Each character cluster (a character with its combining marks, incl. half-width kana voicing marks) is NFKC-normalised
 * on its own, and Latin letters lose their accents. Every UTF-16 unit of the result records the original cluster's
 * [start, end), so a match [s, e) maps to [starts[s], ends[e - 1]).
 */
export interface NormalisedText {
  text: string;
  starts: number[];
  ends: number[];
}

const CLUSTER = /\P{M}[\p{M}\uFF9E\uFF9F]*|[\s\S]/gu;
const LATIN = /^\p{Script=Latin}/u;

export function normaliseForMatching(original: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const end = start + cluster.length;
    let norm = cluster.normalize('NFKC');
    if (LATIN.test(norm)) norm = norm.normalize('NFD').replace(/\p{M}/gu, '');
    text += norm;
    for (let i = 0; i < norm.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { text, starts, ends };
}
