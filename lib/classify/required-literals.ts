/**
 * What text a phrase regex cannot match without: sets of literal strings such that every match contains at least one
 * literal of each set ("cancel" for `\bcancel+ed\b`; {refund, money} AND {"?"} …). The keyword gate (keyword-gate.ts)
 * uses them to skip, in one pass over a message, the phrases that cannot match it — so the rule tables stay the one
 * place for each fact and the gate follows any edit to them.
 *
 * The analysis is conservative by construction: anything it does not understand (classes of many characters, `.`,
 * `\w`, back-references, optional parts) requires nothing. It reads the folded sources (lower case, no flags) that
 * phrases.ts compiles, in the non-Unicode regex syntax.
 */

/** Above this many alternatives an "exact" set is given up (cross products of optional parts grow fast). */
const MAX_EXACT = 16;
/** A character class of at most this many characters is treated as a choice of literals. */
const MAX_CLASS = 12;
/** Literals are cut to this many characters: a substring of a required literal is required too, and a short trie builds fast. */
export const MAX_LITERAL = 6;
/** At most this many required sets per phrase (the most selective ones). */
const MAX_FACTORS = 3;
/** Sets less selective than this (e.g. a lone space or one letter) are not worth a gate entry. */
const MIN_SCORE = 1.5;

/** What one part of a regex can match. */
interface Info {
  /** Every string the part can match, when they are few; null when unknown or too many. */
  exact: Set<string> | null;
  /** AND of ORs: every match contains one literal of each set. */
  factors: string[][];
  /** When not exact: strings every match starts with (undefined when unknown). */
  start?: Set<string>;
}

/** The strings every match of the part starts with, if known. */
function startOf(info: Info): Set<string> | undefined {
  if (info.exact) return info.exact.has('') ? undefined : info.exact;
  return info.start;
}

/** Anchors, word boundaries and lookarounds: they match the empty string only. */
function zeroWidth(info: Info): boolean {
  return info.exact !== null && info.exact.size === 1 && info.exact.has('');
}

type Item = Info | { repeat: Info; min: number; max: number };

const EMPTY = (): Info => ({ exact: new Set(['']), factors: [] });
const ANY = (): Info => ({ exact: null, factors: [] });

/** How selective a literal is: rarer characters count more (a kana or kanji pair is as rare as a short word). */
function weight(literal: string): number {
  let w = 0;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c >= 0x3000) w += 2;
    else if ((c >= 97 && c <= 122) || c >= 0xc0) w += 1;
    else if (c === 0x20) w += 0.3;
    else if (c >= 48 && c <= 57) w += 0.5;
    // Sentence punctuation and hyphens are everywhere; '?', '@', ':', '/' … are rarer in buyer text than two letters.
    else if (c === 0x2e || c === 0x2c || c === 0x2d || c === 0x27 || c === 0x22) w += 1;
    else w += 2.5;
  }
  return w;
}

/** A required set is only as selective as its least selective literal; many literals cost a little. */
export function factorScore(literals: readonly string[]): number {
  let min = Infinity;
  for (const l of literals) min = Math.min(min, weight(l));
  return min - Math.log2(Math.max(1, literals.length)) * 0.05;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function power(a: Set<string>, n: number): Set<string> | null {
  let out: Set<string> | null = new Set(['']);
  for (let i = 0; i < n && out; i++) out = cross(out, a);
  return out;
}

/** Up to this many repetitions of a choice of strings are spelled out (see concat). */
const MAX_SMALL_REPEAT = 3;

/** Every string of min..max repetitions of `a`, or null when too many. */
function unionOfPowers(a: Set<string>, min: number, max: number): Set<string> | null {
  const out = new Set<string>();
  for (let k = min; k <= max; k++) {
    const p = power(a, k);
    if (!p) return null;
    for (const s of p) out.add(s);
    if (out.size > MAX_EXACT) return null;
  }
  return out;
}

function concat(items: readonly Item[]): Info {
  const factors: string[][] = [];
  let run: Set<string> = new Set(['']);
  let exact = true;
  const flush = (): void => {
    if (!run.has('')) factors.push([...run]);
    run = new Set(['']);
  };
  const append = (e: Set<string>): void => {
    const next = cross(run, e);
    if (next) run = next;
    else {
      exact = false;
      flush();
      run = e;
    }
  };
  for (const item of items) {
    if ('repeat' in item) {
      const { repeat, min, max } = item;
      // A short bounded repeat of a choice of strings ("u?", "(the )?", "\\d{2}") is itself a choice of strings.
      const bounded = repeat.exact && max <= MAX_SMALL_REPEAT ? unionOfPowers(repeat.exact, min, max) : null;
      if (bounded) {
        append(bounded);
        continue;
      }
      const once = min >= 1 && repeat.exact ? power(repeat.exact, min) : null;
      if (once && max === min) {
        append(once);
        continue;
      }
      exact = false;
      if (once) {
        // X{2,} both starts and ends with XX: it extends the run before it and starts the run after it.
        append(once);
        flush();
        run = once;
      } else {
        flush();
        if (min >= 1) factors.push(...repeat.factors);
      }
      continue;
    }
    if (item.exact) append(item.exact);
    else {
      exact = false;
      flush();
      factors.push(...item.factors);
    }
  }
  const whole = run;
  flush();
  if (exact) return { exact: whole, factors };
  // A match starts with a match of the first part that consumes something.
  let start: Set<string> | undefined;
  for (const item of items) {
    if ('repeat' in item) {
      if (item.min >= 1) start = startOf(item.repeat);
      break;
    }
    if (zeroWidth(item)) continue;
    start = startOf(item);
    break;
  }
  return start ? { exact: null, factors, start } : { exact: null, factors };
}

function bestFactor(info: Info): string[] | undefined {
  const all = info.exact && !info.exact.has('') ? [[...info.exact], ...info.factors] : info.factors;
  let best: string[] | undefined;
  for (const f of all) if (!best || factorScore(f) > factorScore(best)) best = f;
  return best;
}

function alternation(branches: readonly Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  if (branches.every((b) => b.exact)) {
    const union = new Set<string>();
    for (const b of branches) for (const s of b.exact!) union.add(s);
    if (union.size <= MAX_EXACT) return { exact: union, factors: union.has('') ? [] : [[...union]] };
  }
  let start: Set<string> | undefined = new Set<string>();
  for (const b of branches) {
    const s = startOf(b);
    if (!s) {
      start = undefined;
      break;
    }
    for (const x of s) start.add(x);
  }
  // Each branch brings its best set; a branch that requires nothing makes the whole choice require nothing.
  const union = new Set<string>();
  for (const b of branches) {
    const f = bestFactor(b);
    if (!f) return start ? { exact: null, factors: [], start } : ANY();
    for (const s of f) union.add(s);
  }
  return start ? { exact: null, factors: [[...union]], start } : { exact: null, factors: [[...union]] };
}

/** Characters with a meaning of their own in a regex source (everything else is itself). */
const SYNTAX = new Set(['\\', '[', '(', ')', '|', '.', '^', '$', '*', '+', '?', '{']);
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);

/** Recursive-descent reader of one regex source. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ")" at ${this.i} in ${this.src}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.concat()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.concat());
    }
    return alternation(branches);
  }

  private concat(): Info {
    const items: Item[] = [];
    // Runs of single characters ("cancel") become one string here, not one set per character (load time).
    let run = '';
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      if (this.plainAt(this.i)) {
        let end = this.i + 1;
        while (end < this.src.length && this.plainAt(end)) end++;
        run += this.src.slice(this.i, end);
        this.i = end;
        continue;
      }
      const atom = this.atom();
      const q = this.quantifier();
      if (!q && atom.exact?.size === 1) {
        run += atom.exact.values().next().value!;
        continue;
      }
      if (run) items.push({ exact: new Set([run]), factors: [] });
      run = '';
      items.push(q ? { repeat: atom, min: q[0], max: q[1] } : atom);
    }
    if (run) items.push({ exact: new Set([run]), factors: [] });
    return concat(items);
  }

  /** A character that stands for itself and is not repeated by a quantifier after it. */
  private plainAt(i: number): boolean {
    return !SYNTAX.has(this.src[i]!) && !QUANTIFIER_START.has(this.src[i + 1] ?? '');
  }

  private quantifier(): [number, number] | undefined {
    const c = this.src[this.i];
    let q: [number, number] | undefined;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined; // a literal "{" (non-Unicode syntax)
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    return q;
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANY();
    if (c === '^' || c === '$') return EMPTY();
    return { exact: new Set([c]), factors: [] };
  }

  private group(): Info {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.i += 2), (lookaround = true);
      else if (rest === '?<=' || rest === '?<!') (this.i += 3), (lookaround = true);
      else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1; // named group
      else throw new Error(`unknown group syntax in ${this.src}`);
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error(`unclosed group in ${this.src}`);
    this.i++;
    return lookaround ? EMPTY() : inner; // lookarounds consume nothing
  }

  private escape(): Info {
    const c = this.src[this.i++];
    if (c === undefined) return ANY();
    if (c === 'b' || c === 'B') return EMPTY();
    if ('dDwWsS'.includes(c)) return ANY();
    if (/[1-9]/.test(c)) return ANY(); // back-reference: any text
    const ch = this.escapedChar(c);
    return ch === undefined ? ANY() : { exact: new Set([ch]), factors: [] };
  }

  /** The character of a character escape (after the backslash), or undefined when it is not one character. */
  private escapedChar(c: string): string | undefined {
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (c in simple) return simple[c];
    if (c === 'x' || c === 'u') {
      const len = c === 'x' ? 2 : 4;
      const hex = this.src.slice(this.i, this.i + len);
      if (new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) {
        this.i += len;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return c;
    }
    if (c === 'c') return undefined;
    return c; // identity escape: \. \? \( \- …
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let wide = negated;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || (first && false))) {
      first = false;
      let from = this.src[this.i++]!;
      if (from === '\\') {
        const e = this.src[this.i++]!;
        if ('dDwWsS'.includes(e)) {
          wide = true;
          continue;
        }
        const ch = e === 'b' ? '\b' : this.escapedChar(e);
        if (ch === undefined) {
          wide = true;
          continue;
        }
        from = ch;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== undefined && this.src[this.i + 1] !== ']') {
        this.i++;
        let to = this.src[this.i++]!;
        if (to === '\\') {
          const ch = this.escapedChar(this.src[this.i++]!);
          if (ch === undefined) {
            wide = true;
            continue;
          }
          to = ch;
        }
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a + 1 > MAX_CLASS) wide = true;
        else for (let x = a; x <= b; x++) chars.add(String.fromCharCode(x));
        continue;
      }
      chars.add(from);
    }
    if (this.src[this.i] !== ']') throw new Error(`unclosed class in ${this.src}`);
    this.i++;
    if (wide || chars.size === 0 || chars.size > MAX_CLASS) return ANY();
    return { exact: chars, factors: [] };
  }
}

/** Above this many literals a set is only deduplicated: minimising is quadratic, and only saves gate entries. */
const MAX_MINIMISE = 100;

/** Drop literals that contain another literal of the same set (finding the shorter one finds them too). */
function minimise(literals: Iterable<string>): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  if (sorted.length > MAX_MINIMISE) return sorted;
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.includes(k))) kept.push(l);
  return kept;
}

/** The most selective window of a long literal (any substring of a required literal is required too). */
function window(literal: string): string {
  if (literal.length <= MAX_LITERAL) return literal;
  let best = literal.slice(0, MAX_LITERAL);
  for (let i = 1; i + MAX_LITERAL <= literal.length; i++) {
    const w = literal.slice(i, i + MAX_LITERAL);
    if (weight(w) > weight(best)) best = w;
  }
  return best;
}

export interface PhraseLiterals {
  /** Sets of literals every match contains one of each (AND of ORs), most selective first. */
  sets: string[][];
  /**
   * Literals every match starts with (cut to MAX_LITERAL), when known and selective: the search for a match can
   * begin where the first of them occurs, at most its length before the end of that occurrence.
   */
  start?: string[];
}

/** Both analyses of one source (one parse). Throws on a source it cannot read, at load time. */
export function analysePhrase(source: string): PhraseLiterals {
  const info = new Reader(source).read();
  const sets = requiredSets(info);
  const start = startOf(info);
  if (!start) return { sets };
  // Cut each to its first characters (still at the start of the match); a literal starting with another adds nothing.
  const cut = [...new Set([...start].map((l) => l.slice(0, MAX_LITERAL)))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const l of cut) if (!kept.some((k) => l.startsWith(k))) kept.push(l);
  if (kept.length === 0 || kept.includes('') || factorScore(kept) < MIN_SCORE) return { sets };
  return { sets, start: kept };
}

/**
 * The literal sets a regex source requires (AND of ORs), most selective first, at most a few; [] when nothing
 * useful is required (the phrase then always runs). Throws on a source it cannot read, at load time.
 */
export function requiredLiterals(source: string): string[][] {
  return requiredSets(new Reader(source).read());
}

function requiredSets(info: Info): string[][] {
  const candidates = info.exact && !info.exact.has('') ? [[...info.exact], ...info.factors] : info.factors;
  const seen = new Set<string>();
  const sets: string[][] = [];
  for (const f of candidates) {
    const set = minimise(minimise(f).map(window));
    const key = set.join('\u0000');
    if (set.length === 0 || set.includes('') || seen.has(key)) continue;
    seen.add(key);
    sets.push(set);
  }
  return sets
    .map((set) => ({ set, score: factorScore(set) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_FACTORS)
    .map((s) => s.set);
}
