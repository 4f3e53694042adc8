/**
 * Phrase families: how rules are written (per language, as regular-expression sources in natural spelling) and how
 * they are compiled and run against a folded message. Rule tables live in rules/; this file has no phrases.
 */
import type { LatinLang } from './language';
import { KeywordGate } from './keyword-gate';
import { foldPattern, quote, type PreparedText } from './normalise';
import { analysePhrase } from './required-literals';

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
  /** Index in the shared phrase registry. */
  id: number;
  regex: RegExp;
  /** Gate sets that must all be found in the message for the phrase to be able to match (none: it always runs). */
  requires: readonly number[];
  /** The gate set every match starts with a literal of (-1: none known), and that set's longest literal. */
  startSet: number;
  startLength: number;
}

export interface CompiledRule<K extends string = string> {
  /** Index in the shared rule registry. */
  id: number;
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
 * Every compiled phrase and the literal sets they require, shared by all rule tables (categories, notices, scam
 * patterns) so one scan of a message serves them all. The gate is built on first use, after the tables compiled.
 */
const SET_IDS = new Map<string, number>();
const SETS: string[][] = [];
/** Per set, the phrases that require it. */
const SET_PHRASES: number[][] = [];
/** Per phrase: how many sets it requires, and its rule. */
const PHRASE_REQUIRES: number[] = [];
const PHRASE_RULE: number[] = [];
/** Phrases that require nothing: their rules always run them. */
const UNGATED_PHRASES: number[] = [];
let ruleCount = 0;
let gate: KeywordGate | undefined;
/** Per-scan results, stamped with the gate's generation: which phrases can match, which rules have one. */
let phrasePass = new Int32Array(0);
let phraseHave = new Int32Array(0);
let phraseSeen = new Int32Array(0);
let rulePass = new Int32Array(0);

function setId(literals: string[]): number {
  const key = literals.join('\u0000');
  let id = SET_IDS.get(key);
  if (id === undefined) {
    id = SETS.length;
    SETS.push(literals);
    SET_PHRASES.push([]);
    SET_IDS.set(key, id);
  }
  return id;
}

/** `rule` is -1 for a pattern outside the rule tables (see gatePattern). */
function registerPhrase(regex: RegExp, source: string, rule: number): CompiledPhrase {
  const literals = analysePhrase(source);
  const requires = [...new Set(literals.sets.map(setId))];
  // The start literals are required too: they also filter, and their first occurrence tells where to search from.
  const startSet = literals.start ? setId(literals.start) : -1;
  if (startSet >= 0 && !requires.includes(startSet)) requires.push(startSet);
  const startLength = literals.start ? Math.max(...literals.start.map((l) => l.length)) : 0;
  const id = PHRASE_REQUIRES.length;
  PHRASE_REQUIRES.push(requires.length);
  PHRASE_RULE.push(rule);
  if (requires.length === 0) UNGATED_PHRASES.push(id);
  for (const s of requires) SET_PHRASES[s]!.push(id);
  gate = undefined;
  return { id, regex, requires, startSet, startLength };
}

function currentGate(): KeywordGate {
  if (!gate) {
    gate = new KeywordGate(SETS);
    phrasePass = new Int32Array(PHRASE_REQUIRES.length);
    phraseHave = new Int32Array(PHRASE_REQUIRES.length);
    phraseSeen = new Int32Array(PHRASE_REQUIRES.length);
    rulePass = new Int32Array(ruleCount);
  }
  return gate;
}

/**
 * The same regex with every capturing group made non-capturing: rules only use where a match is and its text, and
 * captures cost the engine registers and the result array substrings. Sources with back-references keep theirs.
 */
export function withoutCaptures(source: string): string {
  if (/\\[1-9]|\(\?<[^=!]/.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && source[i + 1] !== '?') out += '(?:';
    else out += c;
  }
  return out;
}

export function compileRule<K extends string>(spec: RuleSpec<K>): CompiledRule<K> {
  const id = ruleCount++;
  const byLang: Partial<Record<PhraseLang, string>> = {};
  const phrases: Partial<Record<PhraseLang, CompiledPhrase[]>> = {};
  for (const [lang, sources] of Object.entries(spec.phrases) as Array<[PhraseLang, readonly string[]]>) {
    if (!sources.length) continue;
    const folded = sources.map(foldPattern);
    // Each phrase is compiled on its own here, so an invalid one fails at load time, not on the first message.
    phrases[lang] = folded.map((s) => registerPhrase(new RegExp(withoutCaptures(s), 'g'), s, id));
    byLang[lang] = folded.map((s) => `(?:${s})`).join('|');
  }
  const compiled: CompiledRule<K> = { id, spec, byLang, phrases, forLangs: new Map() };
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
  // A phrase can match when all the sets it requires were found; its rule then has something to run.
  for (const s of g.found()) {
    for (const p of SET_PHRASES[s]!) {
      if (phraseSeen[p] !== generation) {
        phraseSeen[p] = generation;
        phraseHave[p] = 0;
      }
      if (++phraseHave[p]! === PHRASE_REQUIRES[p]) {
        phrasePass[p] = generation;
        const rule = PHRASE_RULE[p]!;
        if (rule >= 0) rulePass[rule] = generation;
      }
    }
  }
  for (const p of UNGATED_PHRASES) {
    phrasePass[p] = generation;
    const rule = PHRASE_RULE[p]!;
    if (rule >= 0) rulePass[rule] = generation;
  }
  texts.scan = { gate: g, generation };
  return texts;
}

/** The generation to test phrases against; rescans if another message was scanned since (never a stale answer). */
function liveGeneration(texts: MessageTexts): number {
  const scan = texts.scan!;
  if (scan.gate !== gate || scan.generation !== scan.gate.currentGeneration) gateTexts(texts);
  return texts.scan!.generation;
}

/**
 * A regex outside the rule tables ("asks something", links, country names) that the same scan can rule out.
 * Its source must be written for folded text, without the `i` flag.
 */
export interface GatedPattern {
  regex: RegExp;
  phrase: CompiledPhrase;
}

export function gatePattern(regex: RegExp): GatedPattern {
  if (regex.flags.includes('i')) throw new Error('gatePattern: folded text needs no "i" flag');
  return { regex, phrase: registerPhrase(regex, regex.source, -1) };
}

/** False when the message cannot contain a match of the pattern; true when it may (or without a gate scan). */
export function mayMatch(pattern: GatedPattern, texts: MessageTexts): boolean {
  if (!texts.scan) return true;
  return phrasePass[pattern.phrase.id] === liveGeneration(texts);
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
  if (rulePass[rule.id] !== generation) return undefined;
  let first: CompiledPhrase | undefined;
  let several: CompiledPhrase[] | undefined;
  for (const lang of langs) {
    const list = rule.phrases[lang];
    if (!list) continue;
    for (const phrase of list) {
      if (phrasePass[phrase.id] !== generation) continue;
      if (!first) first = phrase;
      else (several ??= [first]).push(phrase);
    }
  }
  if (!first) return undefined;
  return several ? firstHitOfMany(rule, texts, text, several) : firstHit(rule, text, first.regex, searchFrom(first, texts, text));
}

/**
 * Where a phrase's first match can start at the earliest: no earlier than its first start literal's occurrence
 * (found by the gate in `all`), so the regex need not scan the text before it. 0 when unknown.
 */
function searchFrom(phrase: CompiledPhrase, texts: MessageTexts, text: PreparedText): number {
  if (phrase.startSet < 0 || !texts.all.aligned) return 0;
  // Subject and body are slices of `all` (subject, "\n", body): the body starts `cut` characters in.
  const offset = text === texts.body ? texts.all.folded.length - texts.body.folded.length : 0;
  return Math.max(0, texts.scan!.gate.firstEnd(phrase.startSet) - phrase.startLength + 1 - offset);
}

/**
 * The loop of the reference path: the first match not ruled out by `notAfter`, within MAX_TRIES matches. `from` is
 * where the first match can start at the earliest (the same leftmost match as searching from 0).
 */
function firstHit<K extends string>(rule: CompiledRule<K>, text: PreparedText, re: RegExp, from = 0): Hit<K> | undefined {
  re.lastIndex = from;
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
function firstHitOfMany<K extends string>(rule: CompiledRule<K>, texts: MessageTexts, text: PreparedText, phrases: readonly CompiledPhrase[]): Hit<K> | undefined {
  const folded = text.folded;
  const next: Array<RegExpExecArray | null> = phrases.map((p) => {
    p.regex.lastIndex = searchFrom(p, texts, text);
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
  // Most rules have no phrase that can match: skip them with one look-up each.
  const generation = texts.scan ? liveGeneration(texts) : 0;
  for (const rule of rules) {
    if (generation !== 0 && rulePass[rule.id] !== generation) continue;
    const hit = findHit(rule, texts, langs);
    if (hit) hits.push(hit);
  }
  return hits;
}
