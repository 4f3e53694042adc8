/**
 * Phrase families: how rules are written (per language, as regular-expression sources in natural spelling) and how
 * they are compiled and run against a folded message. Rule tables live in rules/; this file has no phrases.
 */
import type { LatinLang } from './language';
import { KeywordGate } from './keyword-gate';
import { foldPattern, quote, type PreparedText } from './normalise';
import { requiredLiterals } from './required-literals';

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

/** One phrase of a rule, compiled on its own so the gate can skip it. */
export interface CompiledPhrase {
  regex: RegExp;
  /** Gate sets (ids in the shared gate) that must all be found in the message for the phrase to be able to match. */
  requires: readonly number[];
}

export interface CompiledRule<K extends string = string> {
  spec: RuleSpec<K>;
  /** Folded sources per language, joined as one alternation (the reference, ungated path). */
  byLang: Partial<Record<PhraseLang, string>>;
  /** The same phrases one by one, in table order (the gated path). */
  phrases: Partial<Record<PhraseLang, readonly CompiledPhrase[]>>;
  /**
   * One regex per set of languages asked for (e.g. "any ja en"), built on first use: one scan of the text per rule
   * instead of one per language.
   */
  forLangs: Map<string, RegExp | null>;
  notAfter?: RegExp;
}

/**
 * Every literal set any compiled phrase requires, shared by all rule tables (categories, notices, scam patterns) so
 * one scan of a message serves them all. The gate is built on first use after the tables are compiled.
 */
const SET_IDS = new Map<string, number>();
const SETS: string[][] = [];
let gate: KeywordGate | undefined;

function setId(literals: string[]): number {
  const key = literals.join('\u0000');
  let id = SET_IDS.get(key);
  if (id === undefined) {
    id = SETS.length;
    SETS.push(literals);
    SET_IDS.set(key, id);
    gate = undefined;
  }
  return id;
}

function currentGate(): KeywordGate {
  return (gate ??= new KeywordGate(SETS));
}

export function compileRule<K extends string>(spec: RuleSpec<K>): CompiledRule<K> {
  const byLang: Partial<Record<PhraseLang, string>> = {};
  const phrases: Partial<Record<PhraseLang, CompiledPhrase[]>> = {};
  for (const [lang, sources] of Object.entries(spec.phrases) as Array<[PhraseLang, readonly string[]]>) {
    if (!sources.length) continue;
    const folded = sources.map(foldPattern);
    const source = folded.map((s) => `(?:${s})`).join('|');
    new RegExp(source); // fail at load time, not on the first message, if a phrase is not a valid regex
    byLang[lang] = source;
    phrases[lang] = folded.map((s) => ({ regex: new RegExp(s, 'g'), requires: requiredLiterals(s).map(setId) }));
  }
  const compiled: CompiledRule<K> = { spec, byLang, phrases, forLangs: new Map() };
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
  /** The gate scan of these texts (see gateTexts); absent: every phrase runs (the reference path). */
  scan?: { gate: KeywordGate; generation: number };
}

/** Scan the message once with the keyword gate; rules then run only the phrases that can match it. */
export function gateTexts(texts: MessageTexts): MessageTexts {
  const g = currentGate();
  const generation = g.begin();
  g.add(texts.all.folded);
  // Folded separately (rare: a fold that changed the length), subject and body may differ from their part of `all`.
  if (!texts.all.aligned) {
    g.add(texts.subject.folded);
    g.add(texts.body.folded);
  }
  texts.scan = { gate: g, generation };
  return texts;
}

/** The generation to test gate sets against; rescans if another message was scanned since (never a stale answer). */
function liveGeneration(texts: MessageTexts): number {
  const scan = texts.scan!;
  if (scan.gate !== gate || scan.generation !== scan.gate.currentGeneration) gateTexts(texts);
  return texts.scan!.generation;
}

function canMatch(phrase: CompiledPhrase, g: KeywordGate, generation: number): boolean {
  for (const s of phrase.requires) if (!g.found(s, generation)) return false;
  return true;
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
  if (!texts.scan) {
    const re = regexFor(rule, langs);
    return re ? firstHit(rule, text, re) : undefined;
  }
  const generation = liveGeneration(texts);
  const g = texts.scan.gate;
  let first: CompiledPhrase | undefined;
  let several: CompiledPhrase[] | undefined;
  for (const lang of langs) {
    const list = rule.phrases[lang];
    if (!list) continue;
    for (const phrase of list) {
      if (!canMatch(phrase, g, generation)) continue;
      if (!first) first = phrase;
      else (several ??= [first]).push(phrase);
    }
  }
  if (!first) return undefined;
  return several ? firstHitOfMany(rule, text, several) : firstHit(rule, text, first.regex);
}

/** The loop of the reference path: the first match not ruled out by `notAfter`, within MAX_TRIES matches. */
function firstHit<K extends string>(rule: CompiledRule<K>, text: PreparedText, re: RegExp): Hit<K> | undefined {
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

/**
 * firstHit of the alternation of several phrases, run one by one: an alternation's match is the leftmost match of
 * any alternative, and at one position the first alternative in order. Each phrase's next match is kept until the
 * search passes it, so each phrase scans the text about once.
 */
function firstHitOfMany<K extends string>(rule: CompiledRule<K>, text: PreparedText, phrases: readonly CompiledPhrase[]): Hit<K> | undefined {
  const folded = text.folded;
  const next: Array<RegExpExecArray | null> = phrases.map((p) => {
    p.regex.lastIndex = 0;
    return p.regex.exec(folded);
  });
  let hit: Hit<K> | undefined;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    let k = -1;
    for (let i = 0; i < next.length; i++) if (next[i] && (k < 0 || next[i]!.index < next[k]!.index)) k = i;
    if (k < 0) break;
    const m = next[k]!;
    const from = m.index + (m[0].length === 0 ? 1 : m[0].length);
    if (m[0].length > 0 && !(rule.notAfter && rule.notAfter.test(folded.slice(Math.max(0, m.index - LOOK_BEHIND), m.index)))) {
      hit = { rule: rule.spec, text: quote(text, m.index, m[0].length) };
      break;
    }
    for (let i = 0; i < next.length; i++) {
      if (!next[i] || next[i]!.index >= from) continue;
      const re = phrases[i]!.regex;
      re.lastIndex = from;
      next[i] = from <= folded.length ? re.exec(folded) : null;
    }
  }
  for (const p of phrases) p.regex.lastIndex = 0;
  return hit;
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
