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
  de: 'ich und der die das nicht ist sie mit ein eine einen bitte danke habe hat wir mein meine meinen bei auf für noch auch wie wann kann können ihnen ihr sind aber dass oder zu vielen gruß grüße guten tag bestellung hallo',
  fr: 'je les et est une des pour pas vous votre mon ma mes ne avec bonjour merci qui sur ce cette elle au du mais commande jai reçu suis pouvez colis',
  it: 'il gli che non per sono ho della grazie salve buongiorno ciao questo questa vorrei potete ordine anche più ancora buonasera',
  es: 'el los las que una por para pero yo mi gracias hola buenas este esta como cuando puedo podéis pueden quiero también muy',
  nl: 'het een ik niet van dat mijn met voor op wat hoe wanneer heb hebt bedankt dank hoi bestelling nog geen ook maar graag kunt wordt deze dit zijn naar heeft hij uw alvast',
  pl: 'nie jest na że czy jak mnie moje moja dzień dobry dziękuję proszę paczka zamówienie ale jeszcze został została są bo',
  sv: 'jag och det är inte att ett på med har mitt hej tack kan ni här eller vad när beställning',
  pt: 'não os um meu minha obrigado obrigada olá bom você ainda com',
  tr: 've bir bu için ile değil ben siparişim sipariş merhaba teşekkürler teşekkür ederim zaman nasıl',
};

/** token → the languages it is a stopword of (one lookup per token instead of one per language). */
const STOPWORD_LANGS = new Map<string, LatinLang[]>();
for (const lang of LATIN_LANGS) {
  for (const word of foldText(STOPWORDS[lang]).split(' ')) {
    const langs = STOPWORD_LANGS.get(word) ?? [];
    langs.push(lang);
    STOPWORD_LANGS.set(word, langs);
  }
}

/** Letters that point at one language (checked on the unfolded text, only when it has non-ASCII letters). */
const LETTER_HINTS: Array<[RegExp, LatinLang, number]> = [
  [/ß/g, 'de', 2],
  [/[äöü]/g, 'de', 0.5],
  [/[åÅ]/g, 'sv', 2],
  [/[äö]/g, 'sv', 0.3],
  [/[ñ¿¡]/g, 'es', 2],
  [/[ãõ]/g, 'pt', 2],
  [/[łąęśźżńćŁŚŻ]/g, 'pl', 2],
  [/[ğışİŞĞ]/g, 'tr', 2],
  [/[èêëîûœàç]/g, 'fr', 0.5],
  [/[ìòù]/g, 'it', 0.7],
];
const NON_ASCII_LETTER = /[\u00C0-\u024F]/;
/** Simplified-Chinese characters that Japanese does not use: Han text with these and no kana is Chinese. */
const SIMPLIFIED_ONLY = /[们这个请您吗说对为发货联系价格优惠团队]/;
const TOKEN = /[a-z']+/g;

const MAX_CHARS = 2000;

export interface LanguageGuess {
  lang: string;
  /** 0..1: how sure the guess is (share of the evidence for the winner). */
  certainty: number;
  /** Kana + Han characters and Latin letters seen (the classifier uses them to choose phrase tables). */
  cjk: number;
  latin: number;
}

interface ScriptCounts { kana: number; han: number; latin: number; other: Map<string, number> }

/** One pass over the characters: how much of each script. */
function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { kana: 0, han: 0, latin: 0, other: new Map() };
  const n = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) counts.latin++;
    } else if (c >= 0xc0 && c <= 0x24f) counts.latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) counts.kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) counts.han++;
    else {
      const script = c >= 0xac00 && c <= 0xd7af ? 'ko' : c >= 0x400 && c <= 0x4ff ? 'ru' : c >= 0x600 && c <= 0x6ff ? 'ar'
        : c >= 0x590 && c <= 0x5ff ? 'he' : c >= 0xe00 && c <= 0xe7f ? 'th' : c >= 0x370 && c <= 0x3ff ? 'el'
        : c >= 0x900 && c <= 0x97f ? 'hi' : '';
      if (script) counts.other.set(script, (counts.other.get(script) ?? 0) + 1);
    }
  }
  return counts;
}

/** Guess the language; `folded` (foldText of the same text) can be passed to save folding it again. */
export function guessLanguage(input: string, folded?: string): LanguageGuess {
  const text = typeof input === 'string' ? input.slice(0, MAX_CHARS) : '';
  const { kana, han, latin, other } = countScripts(text);
  const base = { cjk: kana + han, latin };
  // One CJK character carries about as much as a short Latin word, so weigh them up before comparing.
  if (kana > 0 && (kana + han) * 3 >= latin) return { lang: 'ja', certainty: 0.95, ...base };
  if (han > 1 && han * 3 >= latin) return { lang: SIMPLIFIED_ONLY.test(text) || kana === 0 ? 'zh' : 'ja', certainty: 0.8, ...base };
  for (const [script, n] of other) if (n * 2 >= latin) return { lang: script, certainty: 0.9, ...base };
  if (latin === 0) return { lang: 'und', certainty: 0, ...base };
  return { ...guessLatin(text, (folded ?? foldText(text)).slice(0, MAX_CHARS)), ...base };
}

function guessLatin(text: string, folded: string): { lang: string; certainty: number } {
  const scores = new Map<LatinLang, number>();
  for (const m of folded.matchAll(TOKEN)) {
    const token = m[0].replace(/^'+|'+$/g, '');
    const langs = STOPWORD_LANGS.get(token);
    if (!langs) continue;
    // Longer stopwords are rarer across languages, so they count a little more (breaks "is" vs "deze").
    const weight = token.length >= 4 ? 1.5 : 1;
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  if (NON_ASCII_LETTER.test(text)) {
    for (const [re, lang, weight] of LETTER_HINTS) {
      const n = text.match(re)?.length ?? 0;
      if (n > 0) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(n, 3) * weight);
    }
  }
  let best: LatinLang | undefined;
  let bestScore = 0;
  let total = 0;
  for (const [lang, score] of scores) {
    total += score;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  if (!best) return { lang: 'und', certainty: 0 };
  return { lang: best, certainty: Math.min(1, (bestScore / total) * Math.min(1, bestScore / 3)) };
}

/** ISO 639-1 code of the text's language, or 'und' when there is nothing to go on. Never throws. */
export function detectLanguage(text: string): string {
  return guessLanguage(text).lang;
}
