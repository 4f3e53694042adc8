/**
 * Policy check of reply text against Amazon's buyer-seller messaging rules: no external links, e-mail addresses or
 * phone numbers, no requests for (positive) feedback or reviews, no marketing, no invitation to talk off Amazon.
 * Rules for ja, en, de, fr, it and es run on every text (replies mix languages; a rule cannot misfire on a language
 * it does not read). Offsets are UTF-16 indices into the original text so the panel can highlight the span.
 *
 * Decided: links to Amazon's own sites (amazon.co.jp, www.amazon.de/gp/your-account/order-history …) are allowed —
 * pointing the buyer to Your Orders is part of our own procedures — but look-alikes (amazon.co.jp.example.com) and
 * short links are not. Carrier tracking links are flagged too: give the tracking number; Amazon shows the tracking.
 */
import { normaliseForMatching } from './normalise';
import { CASE_SENSITIVE_OFF_AMAZON, PHRASES, type PhraseRule } from './policy-patterns';

export const POLICY_RULES = ['external-link', 'email', 'phone', 'feedback-request', 'marketing', 'off-amazon-contact'] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

export interface PolicyFinding {
  rule: PolicyRule;
  /** UTF-16 offsets into the checked text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
}

/** Only this many UTF-16 units are checked (a reply is far shorter; this bounds the work on a pasted 5 MB text). */
export const POLICY_SCAN_LIMIT = 100_000;
/** More findings than this are not reported (the text needs rewriting anyway). */
export const MAX_FINDINGS = 500;

// Starts only where a run of address characters starts, with bounded parts: no quadratic backtracking on
// "aaaa…" or "0-0-0-…" (50 KB of it checks in milliseconds).
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}(?:@|\s?[[(]at[\])]\s?)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/giu;
/** URL characters are ASCII after NFKC: a URL typed into Japanese text ends where the Japanese starts. */
const URL_CHARS = "[A-Za-z0-9\\-._~:/?#@!$&*+,;=%]";
const URL = new RegExp(`\\b(?:https?://|www\\.)${URL_CHARS}+`, 'giu');
const TLDS =
  'com|net|org|info|biz|io|co|me|ly|gl|to|app|shop|store|online|site|xyz|top|link|page|jp|de|fr|it|es|uk|eu|us|ca|au|nl|pl|se|be|ch|at|cn|kr|in|sg|ae|br|mx|tr|ru';
const BARE_DOMAIN = new RegExp(
  `(?<![\\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})\\b(?![.-]?\\w)(?:/${URL_CHARS}*)?`,
  'giu',
);
const AMAZON_HOST =
  /(?:^|\.)amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|pl|se|com\.be|com\.tr|ae|sa|eg|in|sg|com\.au|co\.jp)$/i;
/** +81 90-1234-5678, 03-1234-5678, (555) 123-4567, 555.123.4567 — see isPhone for what is excluded. */
const PHONE =
  /(?<![\w+\-./])(?:\+\d[\d \t().-]{7,18}\d|\(?0\d[\d \t().-]{6,16}\d|\(?\d{3}\)?[ \t.-]\d{3}[ \t.-]\d{4})(?![\w\-/])/gu;
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const TRAILING_PUNCT = /[.,;:!?'")\]]+$/;

type Span = { start: number; end: number };

function hostOf(link: string): string {
  return link.replace(/^[a-z]+:\/\//i, '').split(/[/?#:]/)[0]!.toLowerCase();
}

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 15 && !ORDER_ID.test(candidate.trim());
}

function compile(sources: readonly string[], flags: string): RegExp | null {
  return sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags) : null;
}

const PHRASE_RULES: { rule: PhraseRule; pattern: RegExp }[] = (Object.keys(PHRASES) as PhraseRule[]).flatMap((rule) => {
  const pattern = compile(Object.values(PHRASES[rule]).flat(), 'giu');
  return pattern ? [{ rule, pattern }] : [];
});
const LINE_MESSENGER = compile(CASE_SENSITIVE_OFF_AMAZON, 'gu')!;

function spansOf(pattern: RegExp, text: string, keep: (m: string) => boolean = () => true, trim = false): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    let value = m[0];
    if (trim) value = value.replace(TRAILING_PUNCT, '');
    if (!value || !keep(value)) continue;
    spans.push({ start: m.index, end: m.index + value.length });
  }
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Overlapping spans of one rule become one finding ("leave a 5-star review" is one request, not two). */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export interface PolicyReport {
  findings: PolicyFinding[];
  /** True when the text was longer than POLICY_SCAN_LIMIT or had more than MAX_FINDINGS findings. */
  truncated: boolean;
}

export function checkPolicyReport(input: string): PolicyReport {
  const original = typeof input === 'string' ? input : '';
  const scanned = original.slice(0, POLICY_SCAN_LIMIT);
  const { text, starts, ends } = normaliseForMatching(scanned);

  const emails = spansOf(EMAIL, text);
  const links = [...spansOf(URL, text, undefined, true), ...spansOf(BARE_DOMAIN, text, undefined, true)].filter(
    (s) => !emails.some((e) => overlaps(e, s)) && !AMAZON_HOST.test(hostOf(text.slice(s.start, s.end))),
  );
  const phones = spansOf(PHONE, text, isPhone).filter((s) => ![...emails, ...links].some((o) => overlaps(o, s)));

  const byRule: [PolicyRule, Span[]][] = [
    ['email', emails],
    ['external-link', links],
    ['phone', phones],
    ...PHRASE_RULES.map(({ rule, pattern }): [PolicyRule, Span[]] => [
      rule,
      rule === 'off-amazon-contact' ? [...spansOf(pattern, text), ...spansOf(LINE_MESSENGER, text)] : spansOf(pattern, text),
    ]),
  ];

  const findings: PolicyFinding[] = byRule
    .flatMap(([rule, spans]) =>
      merge(spans).map((s) => {
        const start = starts[s.start]!;
        const end = ends[s.end - 1]!;
        return { rule, start, end, text: original.slice(start, end) };
      }),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end || POLICY_RULES.indexOf(a.rule) - POLICY_RULES.indexOf(b.rule));

  return {
    findings: findings.slice(0, MAX_FINDINGS),
    truncated: original.length > POLICY_SCAN_LIMIT || findings.length > MAX_FINDINGS,
  };
}

/** The findings of checkPolicyReport, in text order (empty for a clean reply). Never throws. */
export function checkPolicy(text: string): PolicyFinding[] {
  return checkPolicyReport(text).findings;
}
