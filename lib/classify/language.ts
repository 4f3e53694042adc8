/**
 * Language detection without a dependency: the script decides for Japanese, Chinese, Korean and the other non-Latin
 * scripts; Latin text is scored by stopwords (folded, so accents do not matter) plus letters only one language uses.
 * Measured against tinyld and franc-min on the dev corpus (see the issue note): at least as good on short buyer
 * messages, and a fraction of the size.
 */
import { foldText } from './normalise';

/** Latin-script languages the classifier has phrase tables for, plus 'und'. */
export const LATIN_LANGS = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'pt', 'tr'] as const;
export type LatinLang = (typeof LATIN_LANGS)[number];

/** Frequent short words, written naturally and folded at load time. Words shared by many languages are left out. */
const STOPWORDS: Record<LatinLang, string> = {
  en: 'the and you your my is are was it this that to of for with have has not can could would please thanks thank hi hello i me we will be do does did what when where why how if but just which there from got order ordered pls thx dont im wrong',
  de: 'ich und der die das nicht ist sie mit ein eine einen bitte danke habe hat wir mein meine meinen bei auf für noch auch wie wann kann können ihnen ihr sind aber dass oder zu vielen gruß grüße guten tag bestellung hallo erhalten passt alles',
  fr: 'je les et est une des pour pas vous votre mon ma mes ne avec bonjour merci qui sur ce cette elle au du mais commande jai reçu suis pouvez colis svp facture toujours combien',
  it: 'il gli che non per sono ho della grazie salve buongiorno ciao questo questa vorrei potete ordine anche più ancora buonasera fattura rimborso arrivato ordinato taglia veste dal nel sul bene',
  es: 'el los las que una por para pero yo mi gracias hola buenas este esta como cuando puedo podéis pueden quiero también muy necesito llegó recibido factura todavía',
  nl: 'het een ik niet van dat mijn met voor op wat hoe wanneer heb hebt bedankt dank hoi bestelling nog geen ook maar graag kunt wordt deze dit zijn naar heeft hij uw alvast goedendag groetjes goed ontvangen pakket',
  pl: 'nie jest na że czy jak mnie moje moja dzień dobry dziękuję proszę paczka zamówienie ale jeszcze został została są bo',
  sv: 'jag och det är inte att ett på med har mitt hej tack kan ni här eller vad när beställning vill fel varan ska hur batteriet',
  pt: 'não os um meu minha obrigado obrigada olá bom você ainda com onde encomenda preciso chegou produto recebi trocar tamanho outro oi endereço errei corrigir em uma pra ela isso vc vcs tem esse isto depois pelo boa fiz ontem cumprimentos eu hoje ficaram essa vocês tenho dois',
  tr: 've bir bu için ile değil ben siparişim sipariş merhaba teşekkürler teşekkür ederim zaman nasıl nerede lütfen ürün kargo kargom iade istiyorum gelmedi kadar ürünün',
};

/** token → the languages it is a stopword of (one lookup per token instead of one per language). */
const STOPWORD_LANGS = new Map<string, number[]>();
LATIN_LANGS.forEach((lang, index) => {
  for (const word of foldText(STOPWORDS[lang]).split(' ')) {
    if (!word) continue;
    const langs = STOPWORD_LANGS.get(word) ?? [];
    langs.push(index);
    STOPWORD_LANGS.set(word, langs);
  }
});

/** Letters that point at one language (checked on the unfolded text, only when it has non-ASCII letters). */
const LETTER_HINTS: Array<[string, LatinLang, number]> = [
  ['ß', 'de', 2],
  ['äöü', 'de', 0.5],
  ['åÅ', 'sv', 2],
  ['äö', 'sv', 0.3],
  ['ñ¿¡', 'es', 2],
  ['ãõ', 'pt', 2],
  ['łąęśźżńćŁŚŻ', 'pl', 2],
  ['ğışİŞĞ', 'tr', 2],
  ['èêëîûœàç', 'fr', 0.5],
  ['ìòù', 'it', 0.7],
];
/** All hint letters in one class (one scan of the text), and for each letter the hints it counts for. */
const HINT_LETTER = new RegExp(`[${LETTER_HINTS.map(([letters]) => letters).join('')}]`, 'g');
const HINTS_OF = new Map<string, number[]>();
const HINT_LANG = LETTER_HINTS.map(([, lang]) => LATIN_LANGS.indexOf(lang));
LETTER_HINTS.forEach(([letters], hint) => {
  for (const letter of letters) HINTS_OF.set(letter, [...(HINTS_OF.get(letter) ?? []), hint]);
});
const NON_ASCII_LETTER = /[\u00C0-\u024F]/;
/**
 * Characters that mark Han text without kana as Chinese: simplified forms Japanese does not use, and Chinese
 * pronouns and sentence particles that a Japanese kanji-only phrase ("領収書", "在庫確認") does not contain.
 */
const CHINESE_ONLY = /[们这个请您吗说对为发货联系价格优惠团队我你哪呢吧么没还给让谢]/;
/**
 * The stopwords as whole tokens of the folded text, in one native scan: a token is a run of letters with inner
 * apostrophes ("don't"), without leading or trailing ones, so a stopword counts only when no letter (or letter and
 * apostrophes) touches it on either side. Stopwords that cannot be such a token (folded "gruß") never count.
 * The regex starts at word boundaries, which the engine finds fast; the rare "letter + apostrophes" on the left
 * ("don't" holding "t") is ruled out in code (startsToken) rather than by a look-behind tried at every position.
 */
const STOPWORD_TOKEN = new RegExp(
  `\\b(?:${[...STOPWORD_LANGS.keys()]
    .filter((w) => /^[a-z]+(?:'+[a-z]+)*$/.test(w))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join('|')})(?!'*[a-z])`,
  'g',
);

/** No letter, nor letter and apostrophes, right before `at`. */
function startsToken(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x27) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c < 97 || c > 122;
}

const MAX_CHARS = 2000;

export interface LanguageGuess {
  lang: string;
  /** 0..1: how sure the guess is (share of the evidence for the winner). */
  certainty: number;
  /** Kana + Han characters and Latin letters seen (the classifier uses them to choose phrase tables). */
  cjk: number;
  latin: number;
}

/** Non-Latin, non-CJK scripts recognised by their Unicode block. */
const OTHER_SCRIPTS = ['ko', 'ru', 'ar', 'he', 'th', 'el', 'hi'] as const;

/** Scratch counts of one countScripts call (module-level: no allocation per message). */
const counts = { kana: 0, han: 0, latin: 0 };
const otherCounts = new Int32Array(OTHER_SCRIPTS.length);
/** Other scripts in the order first seen (the first one with enough characters wins). */
const otherOrder = new Int8Array(OTHER_SCRIPTS.length);
let otherSeen = 0;

function otherScript(c: number): number {
  if (c >= 0xac00 && c <= 0xd7af) return 0;
  if (c >= 0x400 && c <= 0x4ff) return 1;
  if (c >= 0x600 && c <= 0x6ff) return 2;
  if (c >= 0x590 && c <= 0x5ff) return 3;
  if (c >= 0xe00 && c <= 0xe7f) return 4;
  if (c >= 0x370 && c <= 0x3ff) return 5;
  if (c >= 0x900 && c <= 0x97f) return 6;
  return -1;
}

/** One pass over the characters: how much of each script (into the scratch counts above). */
function countScripts(text: string): void {
  let kana = 0;
  let han = 0;
  let latin = 0;
  otherSeen = 0;
  const n = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else {
      const script = otherScript(c);
      if (script < 0) continue;
      if (otherSeen === 0 || !otherOrder.subarray(0, otherSeen).includes(script)) {
        otherCounts[script] = 0;
        otherOrder[otherSeen++] = script;
      }
      otherCounts[script] = otherCounts[script]! + 1;
    }
  }
  counts.kana = kana;
  counts.han = han;
  counts.latin = latin;
}

function result(lang: string, certainty: number): LanguageGuess {
  return { lang, certainty, cjk: counts.kana + counts.han, latin: counts.latin };
}

/**
 * Guess the language; `folded` (foldText of the same text) can be passed to save folding it again. `prefer` is the
 * language the context makes likely (the marketplace's): it wins when the text's own evidence is about as strong for
 * it as for the best language, which settles short messages ("Mi serve la fattura" is Spanish by one stopword).
 */
export function guessLanguage(input: string, folded?: string, prefer?: string): LanguageGuess {
  const text = typeof input === 'string' ? input.slice(0, MAX_CHARS) : '';
  countScripts(text);
  const { kana, han, latin } = counts;
  // One CJK character carries about as much as a short Latin word, so weigh them up before comparing.
  if (kana > 0 && (kana + han) * 3 >= latin) return result('ja', 0.95);
  // Kanji without kana ("領収書") is as much Japanese as Chinese: the marketplace decides unless Chinese-only characters do.
  if (han > 1 && han * 3 >= latin) return result(CHINESE_ONLY.test(text) || (kana === 0 && prefer !== 'ja') ? 'zh' : 'ja', 0.8);
  for (let k = 0; k < otherSeen; k++) {
    const script = otherOrder[k]!;
    if (otherCounts[script]! * 2 >= latin) return result(OTHER_SCRIPTS[script]!, 0.9);
  }
  if (latin === 0) return result('und', 0);
  guessLatin(text, (folded ?? foldText(text)).slice(0, MAX_CHARS), LATIN_LANGS.indexOf(prefer as LatinLang));
  return result(latinGuess.lang, latinGuess.certainty);
}

/** Scratch space of guessLatin (one call at a time): score per language, and languages in the order first scored. */
const scores = new Float64Array(LATIN_LANGS.length);
const scoredOrder = new Int8Array(LATIN_LANGS.length);
const hintCounts = new Int32Array(LETTER_HINTS.length);

const latinGuess = { lang: 'und', certainty: 0 };

/** Evidence (in stopwords) the preferred language may lack behind the best one and still win. */
const PREFER_MARGIN = 1;

/** The best-scored Latin-script language, into latinGuess; `prefer` is a LATIN_LANGS index or -1. */
function guessLatin(text: string, folded: string, prefer: number): void {
  scores.fill(0);
  let scored = 0;
  // A language's score is the sum of its evidence; ties go to the language scored first.
  STOPWORD_TOKEN.lastIndex = 0;
  for (let m = STOPWORD_TOKEN.exec(folded); m; m = STOPWORD_TOKEN.exec(folded)) {
    if (!startsToken(folded, m.index)) continue;
    const token = m[0];
    const langs = STOPWORD_LANGS.get(token)!;
    // Longer stopwords are rarer across languages, so they count a little more (breaks "is" vs "deze").
    const weight = token.length >= 4 ? 1.5 : 1;
    for (const lang of langs) {
      if (scores[lang] === 0) scoredOrder[scored++] = lang;
      scores[lang] = scores[lang]! + weight;
    }
  }
  if (NON_ASCII_LETTER.test(text)) {
    const letters = text.match(HINT_LETTER);
    if (letters) {
      hintCounts.fill(0);
      for (const letter of letters) for (const hint of HINTS_OF.get(letter)!) hintCounts[hint] = hintCounts[hint]! + 1;
      for (let hint = 0; hint < LETTER_HINTS.length; hint++) {
        const n = hintCounts[hint]!;
        if (n === 0) continue;
        const lang = HINT_LANG[hint]!;
        if (scores[lang] === 0) scoredOrder[scored++] = lang;
        scores[lang] = scores[lang]! + Math.min(n, 3) * LETTER_HINTS[hint]![2];
      }
    }
  }
  let best = -1;
  let bestScore = 0;
  let total = 0;
  for (let k = 0; k < scored; k++) {
    const lang = scoredOrder[k]!;
    const score = scores[lang]!;
    total += score;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  if (prefer >= 0 && best >= 0 && prefer !== best && scores[prefer]! > 0 && scores[prefer]! >= bestScore - PREFER_MARGIN) {
    best = prefer;
    bestScore = scores[prefer]!;
  }
  latinGuess.lang = best < 0 ? 'und' : LATIN_LANGS[best]!;
  latinGuess.certainty = best < 0 ? 0 : Math.min(1, (bestScore / total) * Math.min(1, bestScore / 3));
}

/** ISO 639-1 code of the text's language, or 'und' when there is nothing to go on. Never throws. */
export function detectLanguage(text: string, prefer?: string): string {
  return guessLanguage(text, undefined, prefer).lang;
}
