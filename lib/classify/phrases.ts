/**
 * Phrase families: how rules are written (per language, as regular-expression sources in natural spelling) and how
 * they are compiled and run against a folded message. Rule tables live in rules/; this file has no phrases.
 */
import type { LatinLang } from './language';
import { foldPattern, quote, type PreparedText } from './normalise';

/** 'any' holds names that are the same in every language (WhatsApp, PayPal, URLs …). */
export type PhraseLang = 'ja' | 'zh' | LatinLang | 'any';

/** 1 = a hint, 2 = clear evidence, 3 = decisive (the message says it in so many words). */
export type Strength = 1 | 2 | 3;

export interface RuleSpec<K extends string = string> {
  /** Stable id, e.g. 'cancel.request'. */
  id: string;
  /** What the rule decides: a category, or a scam pattern, or a notice kind. */
  key: K;
  strength: Strength;
  /** Human-readable reason shown in the signal, e.g. 'free-text request'. */
  label: string;
  /** Regex sources per language, folded at compile time. */
  phrases: Partial<Record<PhraseLang, readonly string[]>>;
  /** Where to look (default: subject and body). */
  scope?: 'subject' | 'body' | 'all';
  /**
   * A match is ignored when the folded text just before it ends with this (negation, "no need to", "last time").
   * Checked on the 40 characters before the match; write it to match at the end, e.g. `\\bno\\b[^.!?]{0,12}`.
   */
  notAfter?: string;
}

export interface CompiledRule<K extends string = string> {
  spec: RuleSpec<K>;
  /** Folded sources per language, joined as one alternation. */
  byLang: Partial<Record<PhraseLang, string>>;
  /**
   * One regex per set of languages asked for (e.g. "any ja en"), built on first use: one scan of the text per rule
   * instead of one per language.
   */
  forLangs: Map<string, RegExp | null>;
  notAfter?: RegExp;
}

export function compileRule<K extends string>(spec: RuleSpec<K>): CompiledRule<K> {
  const byLang: Partial<Record<PhraseLang, string>> = {};
  for (const [lang, sources] of Object.entries(spec.phrases) as Array<[PhraseLang, readonly string[]]>) {
    if (!sources.length) continue;
    const source = sources.map((s) => `(?:${foldPattern(s)})`).join('|');
    new RegExp(source); // fail at load time, not on the first message, if a phrase is not a valid regex
    byLang[lang] = source;
  }
  const compiled: CompiledRule<K> = { spec, byLang, forLangs: new Map() };
  if (spec.notAfter) compiled.notAfter = new RegExp(`(?:${foldPattern(spec.notAfter)})$`);
  return compiled;
}

export function compileRules<K extends string>(specs: ReadonlyArray<RuleSpec<K>>): Array<CompiledRule<K>> {
  return specs.map(compileRule);
}

export interface Hit<K extends string = string> {
  rule: RuleSpec<K>;
  /** The buyer's words that matched. */
  text: string;
}

/** The texts of one message a rule can look at. */
export interface MessageTexts {
  subject: PreparedText;
  body: PreparedText;
  all: PreparedText;
}

const LOOK_BEHIND = 40;
const MAX_TRIES = 4;

/** First non-negated match of a rule in the given languages, or undefined. */
export function findHit<K extends string>(
  rule: CompiledRule<K>,
  texts: MessageTexts,
  langs: readonly PhraseLang[],
): Hit<K> | undefined {
  const text = texts[rule.spec.scope ?? 'all'];
  if (!text.folded) return undefined;
  const re = regexFor(rule, langs);
  if (!re) return undefined;
  re.lastIndex = 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const m = re.exec(text.folded);
    if (!m) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (rule.notAfter && rule.notAfter.test(text.folded.slice(Math.max(0, m.index - LOOK_BEHIND), m.index))) continue;
    re.lastIndex = 0;
    return { rule: rule.spec, text: quote(text, m.index, m[0].length) };
  }
  re.lastIndex = 0;
  return undefined;
}

function regexFor<K extends string>(rule: CompiledRule<K>, langs: readonly PhraseLang[]): RegExp | null {
  const key = langs.join(' ');
  let re = rule.forLangs.get(key);
  if (re === undefined) {
    const sources = langs.map((l) => rule.byLang[l]).filter((s): s is string => !!s);
    re = sources.length ? new RegExp(sources.join('|'), 'g') : null;
    rule.forLangs.set(key, re);
  }
  return re;
}

export function findHits<K extends string>(
  rules: ReadonlyArray<CompiledRule<K>>,
  texts: MessageTexts,
  langs: readonly PhraseLang[],
): Array<Hit<K>> {
  const hits: Array<Hit<K>> = [];
  for (const rule of rules) {
    const hit = findHit(rule, texts, langs);
    if (hit) hits.push(hit);
  }
  return hits;
}
