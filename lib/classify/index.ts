/**
 * The message classifier: category (TAXONOMY.md), scam flag, confidence, language and the signals that explain them.
 * Runs on the device (Node or browser), never throws, and bounds its work per message (see normalise.ts).
 */
import { marketplaceLanguage } from './countries';
import { decide, evidence, type Evidence } from './decide';
import { looksLikeGibberish } from './gibberish';
import { learnedGuess } from './learned/model';
import { LEARNED_SCAM_SIGNAL, learnedGuessCanMatter, learnedScamSignal, weighLearnedGuess } from './learned/weigh';
import { guessLanguage, LATIN_LANGS } from './language';
import { prepareMessage, prepareText } from './normalise';
import { compileRules, findHits, gatePattern, gateTexts, mayMatch, type Hit, type MessageTexts, type PhraseLang } from './phrases';
import { addressRules } from './rules/address';
import { cancelRules } from './rules/cancel';
import { damagedRules } from './rules/damaged';
import { deliveryRules } from './rules/delivery';
import { invoiceRules } from './rules/invoice';
import { otherRules } from './rules/other';
import { productRules } from './rules/product';
import { refundRules } from './rules/refund';
import { returnRules } from './rules/return';
import { spamRules } from './rules/spam';
import { thanksRules } from './rules/thanks';
import { detectScam, OTHER_KINDS, REDIRECT_KINDS, SPAM_KINDS, type ScamKind } from './scam';
import { noticeRules } from './system-notices';
import type { Category } from './taxonomy';

export { CATEGORIES, isCategory, type Category } from './taxonomy';
export { detectLanguage } from './language';

export interface ClassifyInput {
  subject?: string | null;
  body: string;
  marketplace?: string | null;
  lang?: string | null;
}

export interface ClassifyOptions {
  /**
   * Weigh the learned model's guess against the phrase rules (default true; see learned/weigh.ts). Tests of the rules
   * turn it off: the model is trained on their messages, so with it on they would not show what the rules alone miss.
   */
  learnedModel?: boolean;
}

export interface Classification {
  category: Category;
  scam: boolean;
  /** 0..1, from the strength of the deciding rule and the margin over rival categories. */
  confidence: number;
  /** ISO 639-1, or 'und' when undetermined. */
  lang: string;
  /** Human-readable reasons with the matched text, strongest first. */
  signals: string[];
}

const CATEGORY_RULES = compileRules([
  ...cancelRules,
  ...addressRules,
  ...returnRules,
  ...damagedRules,
  ...deliveryRules,
  ...refundRules,
  ...invoiceRules,
  ...productRules,
  ...thanksRules,
  ...spamRules,
  ...otherRules,
]);
const NOTICE_RULES = compileRules(noticeRules);

const MAX_SIGNALS = 8;
const ISO_639_1 = /^[a-z]{2}$/;
const ALL_LATIN: readonly PhraseLang[] = ['any', ...LATIN_LANGS];
/**
 * Asking for something: a question mark or a request form. "よろしくお願いします" alone is a closing formula.
 * The question mark is checked on its own first (the common case, and a regex alternation starting with it cannot
 * skip ahead); the request forms go through the keyword gate.
 */
const ASK_FORMS = gatePattern(
  /\b(please|pls|plz|kindly|let me know|could you|can you|would you|can i|could i|how do|bitte|konnen sie|konnten sie|pourriez|pouvez|potete|potreste|podeis|pueden|puede|podrian|kunnen|kunt u|kan ni|prosze|proszę|per favore|por favor|s'il vous plait|svp|merci de|alstublieft|graag|lutfen|lütfen|vanligen)\b|ください|下さい|(?:いただけ|頂け|もらえ)(?!ました|まして|た)|ますか|でしょうか|(?<!よろしく|宜しく)お願い(します|いたします|致します)/,
);

function asksSomething(texts: MessageTexts): boolean {
  const body = texts.body.folded;
  return body.includes('?') || (mayMatch(ASK_FORMS, texts) && ASK_FORMS.regex.test(body));
}

/** Below this many Latin letters, English phrases cannot occur in a Japanese message (saves their scan). */
const MIN_LATIN_FOR_ENGLISH = 12;

/** The phrase tables to run: the message's language, English (buyers mix it in) and language-free names. */
function phraseLangs(lang: string, certainty: number, hasCjk: boolean, latinLetters: number): readonly PhraseLang[] {
  const english: PhraseLang[] = latinLetters >= MIN_LATIN_FOR_ENGLISH ? ['en'] : [];
  if (lang === 'ja') return ['any', 'ja', ...english];
  if (lang === 'zh') return ['any', 'zh', 'ja', ...english];
  const langs: PhraseLang[] = (LATIN_LANGS as readonly string[]).includes(lang) && certainty >= 0.34
    ? ['any', lang as PhraseLang, ...(lang === 'en' ? [] : (['en'] as PhraseLang[]))]
    : [...ALL_LATIN];
  if (hasCjk) langs.push('ja');
  return langs;
}

function fallback(reason: string, lang = 'und'): Classification {
  return { category: 'other', scam: false, confidence: 0.05, lang, signals: [reason] };
}

/** What the scam patterns say about the category (TAXONOMY's settled cases), added to the rules' evidence. */
function addScamEvidence(found: Evidence[], kinds: ReadonlySet<ScamKind>): void {
  const any = (set: ReadonlySet<ScamKind>): boolean => [...kinds].some((k) => set.has(k));
  if (any(SPAM_KINDS)) found.push(evidence('spam_or_suspicious', 3, 'phishing or fake Amazon message', ''));
  if (any(OTHER_KINDS)) {
    found.push(evidence('other', 3, 'asks to mark shipped or ship before payment', ''));
    // Asking to mark it shipped is `other`, not a question about where it is, even when it names the order status.
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.category === 'delivery_status') found.splice(i, 1);
  }
  // A new destination the scam check found is an address change even when no address phrase matched its wording.
  if (any(REDIRECT_KINDS)) found.push(evidence('address_change', 2, 'asks to send it somewhere else', ''));
  // "A would-be buyer who wants to move the deal off Amazon stays product_question" when nothing else fits: a deal or a
  // payment offered outside Amazon (contact details alone say nothing about what the message wants).
  if (found.length === 0 && (kinds.has('off-amazon-deal') || kinds.has('off-amazon-payment'))) found.push(evidence('product_question', 1, 'a deal offered outside Amazon', ''));
}

function classifyUnsafe(input: ClassifyInput, gated: boolean, options: ClassifyOptions): Classification {
  if (!input || typeof input !== 'object') return fallback('other: no message given');
  const subjectText = prepareText(input.subject, 'subject');
  const bodyText = prepareText(input.body, 'body');
  if (!subjectText.trim() && !bodyText.trim()) return fallback('other: empty message');

  const texts = prepareMessage(subjectText, bodyText);
  if (gated) gateTexts(texts);
  const marketplace = typeof input.marketplace === 'string' ? input.marketplace : null;
  const guess = guessLanguage(texts.all.original, texts.all.folded, marketplaceLanguage(marketplace));
  const given = typeof input.lang === 'string' ? input.lang.trim().toLowerCase() : '';
  const lang = ISO_639_1.test(given) ? given : guess.lang !== 'und' ? guess.lang : (marketplaceLanguage(marketplace) ?? 'und');
  const langs = phraseLangs(lang, ISO_639_1.test(given) ? 1 : guess.certainty, guess.cjk > 0, guess.latin);

  const found: Evidence[] = [];
  for (const hit of findHits(CATEGORY_RULES, texts, langs)) {
    found.push(evidence(hit.rule.key as Category, hit.rule.strength, hit.rule.label, hit.text, false, hit.rule.id));
  }

  // Amazon's notices by shape. The inquiry wrapper means free text: never a system cancellation or return.
  const notices = new Map<string, Hit>();
  for (const hit of findHits(NOTICE_RULES, texts, langs)) notices.set(hit.rule.key, hit);
  const inquiry = notices.get('inquiry-subject');
  const noticeSignals: string[] = [];
  if (inquiry) noticeSignals.push(`notice: ${inquiry.rule.label} "${inquiry.text}"`);

  const scam = detectScam(texts, langs, {
    marketplace,
    lang,
    isSystemNotice: !inquiry && ['cancel-body', 'return-body'].some((k) => notices.has(k)),
  });
  const fakeAmazon = [...scam.kinds].some((k) => SPAM_KINDS.has(k));
  if (!inquiry && !fakeAmazon) {
    for (const [kind, category] of [['cancel', 'cancel_request_system'], ['return', 'return_request']] as const) {
      const body = notices.get(`${kind}-body`);
      const subject = notices.get(`${kind}-subject`);
      const hit = body ?? subject;
      if (hit) found.push(evidence(category, body ? 3 : 2, hit.rule.label, hit.text, true));
    }
  }
  addScamEvidence(found, scam.kinds);
  if (found.length === 0 && looksLikeGibberish(texts.all.folded)) found.push(evidence('spam_or_suspicious', 2, 'gibberish', texts.all.original.slice(0, 30).trim()));

  const flags = { asksSomething: asksSomething(texts) };
  let decision = decide(found, flags);
  // Text in no language we can tell (a script tag's content, a code, a keyboard mash) is not what the model learned.
  const learned = options.learnedModel !== false && lang !== 'und' && learnedGuessCanMatter(decision) ? learnedGuess(texts.all.folded) : null;
  decision = weighLearnedGuess(decision, found, learned, flags);
  const scamSignals = scam.scam ? scam.signals : [learnedScamSignal(decision, learned) ?? [], scam.signals].flat();
  const signals = [...decision.reasons.map((r) => r.signal), ...scamSignals, ...noticeSignals];
  if (signals.length === 0) signals.push('other: no known request found');
  return {
    category: decision.category,
    scam: scam.scam || scamSignals.includes(LEARNED_SCAM_SIGNAL),
    confidence: decision.confidence,
    lang,
    signals: [...new Set(signals)].slice(0, MAX_SIGNALS),
  };
}

export { LEARNED_LABEL, LEARNED_NO_RULE_LABEL, LEARNED_SCAM_SIGNAL } from './learned/weigh';

/** Classify one buyer message. Never throws: bad input gives category 'other' with a reason in `signals`. */
export function classify(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  try {
    return classifyUnsafe(input, true, options);
  } catch {
    return fallback('other: the message could not be analysed');
  }
}

/**
 * Build the classifier's tables ahead of the first message: the keyword gate is built on first use (tens of ms on a
 * cold start). Call it when the view that classifies opens and is idle, so the first message does not wait.
 */
export function warmUpClassifier(): void {
  classify({ subject: '', body: 'warm up' });
}

/**
 * For tests only: the same classification with every phrase run, without the keyword gate. It is the reference
 * the gate is checked against (the gate may only save work, never change a result); several times slower.
 */
export function classifyUngated(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  try {
    return classifyUnsafe(input, false, options);
  } catch {
    return fallback('other: the message could not be analysed');
  }
}
