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

const STOPWORD_SETS: Record<LatinLang, Set<string>> = Object.fromEntries(
  LATIN_LANGS.map((lang) => [lang, new Set(foldText(STOPWORDS[lang]).split(' '))]),
) as Record<LatinLang, Set<string>>;

/** Letters that point at one language (checked on the unfolded text). */
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

const KANA = /[\u3040-\u30FF\uFF66-\uFF9F]/g;
const HAN = /[\u4E00-\u9FFF\u3400-\u4DBF]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/g;
const SCRIPTS: Array<[RegExp, string]> = [
  [/[\uAC00-\uD7AF\u1100-\u11FF]/g, 'ko'],
  [/[\u0400-\u04FF]/g, 'ru'],
  [/[\u0600-\u06FF]/g, 'ar'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0E00-\u0E7F]/g, 'th'],
  [/[\u0370-\u03FF]/g, 'el'],
  [/[\u0900-\u097F]/g, 'hi'],
];
/** Simplified-Chinese characters that Japanese does not use: Han text with these and no kana is Chinese. */
const SIMPLIFIED_ONLY = /[们这个请您吗说们对为们发货联系价格优惠团队]/;

const MAX_CHARS = 2000;

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

export interface LanguageGuess {
  lang: string;
  /** 0..1: how sure the guess is (share of the evidence for the winner). */
  certainty: number;
}

export function guessLanguage(input: string): LanguageGuess {
  const text = typeof input === 'string' ? input.slice(0, MAX_CHARS) : '';
  const latin = count(LATIN_LETTER, text);
  const kana = count(KANA, text);
  const han = count(HAN, text);
  // One CJK character carries about as much as a short Latin word, so weigh them up before comparing.
  if (kana > 0 && (kana + han) * 3 >= latin) return { lang: 'ja', certainty: 0.95 };
  if (han > 1 && han * 3 >= latin) return { lang: SIMPLIFIED_ONLY.test(text) || kana === 0 ? 'zh' : 'ja', certainty: 0.8 };
  for (const [re, lang] of SCRIPTS) {
    const n = count(re, text);
    if (n > 0 && n * 2 >= latin) return { lang, certainty: 0.9 };
  }
  if (latin === 0) return { lang: 'und', certainty: 0 };
  return guessLatin(text);
}

function guessLatin(text: string): LanguageGuess {
  const scores = new Map<LatinLang, number>();
  const tokens = foldText(text).split(/[^a-z']+/);
  for (const raw of tokens) {
    if (!raw) continue;
    const token = raw.replace(/^'+|'+$/g, '');
    for (const lang of LATIN_LANGS) {
      // Longer stopwords are rarer across languages, so they count a little more (breaks "is" vs "deze").
      if (STOPWORD_SETS[lang].has(token)) scores.set(lang, (scores.get(lang) ?? 0) + (token.length >= 4 ? 1.5 : 1));
    }
  }
  for (const [re, lang, weight] of LETTER_HINTS) {
    const n = count(re, text);
    if (n > 0) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(n, 3) * weight);
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
