/**
 * Personal information in a feedback comment: e-mail addresses, phone numbers, postal addresses and full names.
 * Amazon removes feedback that contains it. Patterns run on normalise()'s output (NFKC: ＠ → @, ０９０ → 090,
 * lower case); the few checks that need the original casing get the original text of the match.
 *
 * Every pattern is anchored on its left to a character that cannot continue the thing matched, so a 50 KB comment
 * is scanned in one pass instead of once per start position.
 */
export interface PersonalInfoPattern {
  kind: 'email' | 'phone' | 'address' | 'name';
  re: RegExp;
  /** Extra test on the match (normalised and original text), for what a regular expression says badly. */
  accept?: (normalised: string, original: string) => boolean;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// Groups of 2–4 digits with separators, optionally a +country prefix; the digit count is checked in accept() so
// dates (2024-05-01) and order ids (3-7-7 digits: a 7-digit group never matches) are not phone numbers.
// Separators include the dashes Japanese input produces (−, ‐, and the long-vowel mark ー typed between digits).
const PHONE = new RegExp(
  String.raw`(?<![\p{N}\-+])(?:\+\d{1,3}[ -]?)?\(?\d{2,4}\)?[ .\-−‐–ー]?\d{2,4}[ .\-−‐–ー]\d{3,4}(?![\p{N}\-−‐–ー])|(?<!\d)0[5789]0\d{8}(?!\d)`,
  'gu',
);
const digitCount = (s: string) => s.replace(/\D/g, '').length;

// Japanese addresses: a postal code mark, or prefecture + municipality followed by a block number.
const JA_POSTCODE = /〒 ?\d{3}-?\d{4}/gu;
const JA_ADDRESS =
  /(?:東京都|北海道|大阪府|京都府|\p{sc=Han}{2,3}県)[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,10}?[市区町村郡][^\s。、]{0,15}?\d+(?:[-−ー‐]\d+|丁目|番地?|号)+/gu;

// English street addresses: "12 Baker Street", "1600 Pennsylvania Ave". The street words must be capitalised in
// the original ("after 2 weeks the road" is not an address).
const EN_STREET =
  /(?<![\p{L}\p{N}])\d{1,5} (?:[\p{L}.'-]+ ){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|close|crescent|strasse|straße)\.?(?![\p{L}\p{N}])/gu;
const capitalisedWords = (original: string) =>
  original
    .split(/\s+/u)
    .slice(1)
    .every((w) => /^\p{Lu}/u.test(w));

// Names given as names: "my name is Jane Doe", "Mr. John Smith", 「名前は山田太郎」.
const EN_NAME = /(?<![\p{L}])(?:my name is|name:|mr\.?|mrs\.?|ms\.?|miss|dr\.?) \p{L}[\p{L}'-]+ \p{L}[\p{L}'-]+/gu;
const lastTwoCapitalised = (original: string) =>
  original
    .split(/\s+/u)
    .slice(-2)
    .every((w) => /^\p{Lu}/u.test(w));
const JA_NAME = /(?:私の)?(?:名前|氏名)(?:は|:)\s?\p{sc=Han}{1,4}\s?\p{sc=Han}{1,4}/gu;

export const PERSONAL_INFO: readonly PersonalInfoPattern[] = [
  { kind: 'email', re: EMAIL },
  { kind: 'phone', re: PHONE, accept: (n) => digitCount(n) >= 10 && digitCount(n) <= 13 },
  { kind: 'address', re: JA_POSTCODE },
  { kind: 'address', re: JA_ADDRESS },
  { kind: 'address', re: EN_STREET, accept: (_n, original) => capitalisedWords(original) },
  { kind: 'name', re: EN_NAME, accept: (_n, original) => lastTwoCapitalised(original) },
  { kind: 'name', re: JA_NAME },
];
