import { TEMPLATE_VARS, type ReplyLang, type TemplateVarName, type TemplateVars } from './types';

/**
 * Template syntax (plain text in, plain text out — the panel shows and inserts it as text, never as HTML, so a buyer
 * name like `<b>x</b>` arrives in the reply box exactly as typed):
 *
 *   {buyerName}            the value; when missing, the language's neutral word (LANGUAGE_DEFAULTS) or nothing
 *   {buyerName|customer}   the value; when missing, the text after `|`
 *   [[ order {orderId}]]   an optional section: kept only when every placeholder inside has a value
 *
 * Names are matched case-insensitively; unknown names are dropped (see `placeholderProblems` for the editor's warning),
 * so a filled text never shows a `{placeholder}`. When a placeholder comes out empty, the space it leaves before
 * punctuation or a line end is removed too ("Hallo {buyerName}," → "Hallo,").
 */

const PLACEHOLDER = /\{([A-Za-z]\w*)(?:\|([^{}\n]*))?\}/g;
const SECTION = /\[\[([\s\S]*?)\]\]/g;
/** Marks a placeholder that came out empty, so the clean-up can remove the space it leaves (stripped from inputs). */
const EMPTY = '\u0000';
const HONORIFIC_MARK = '\u0001';

/** A value longer than this is cut (a 500-character product title makes an unreadable reply). */
export const MAX_VALUE_CHARS = 200;

/** Neutral words for a missing value in templates without an inline `|fallback`. */
const LANGUAGE_DEFAULTS: Partial<Record<ReplyLang, Partial<Record<TemplateVarName, string>>>> = {
  ja: { buyerName: 'お客様' },
  en: { buyerName: 'customer' },
  it: { buyerName: 'cliente' },
  es: { buyerName: 'cliente' },
};

/** Japanese honorifics: "{buyerName}様" with the fallback "お客様" must not become "お客様様". */
const HONORIFIC_AFTER = /^(?:様|さま|さん|殿)/;

const canonicalName = new Map<string, TemplateVarName>(TEMPLATE_VARS.map((n) => [n.toLowerCase(), n]));

/** One line of plain text: no control or bidi-override characters, collapsed spaces, at most MAX_VALUE_CHARS. */
export function cleanValue(value: string | null | undefined): string {
  if (value == null) return '';
  const flat = String(value)
    .replace(/[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...flat];
  return chars.length > MAX_VALUE_CHARS ? chars.slice(0, MAX_VALUE_CHARS - 1).join('').trimEnd() + '…' : flat;
}

function lookup(vars: TemplateVars | null | undefined, rawName: string): string {
  const name = canonicalName.get(rawName.toLowerCase());
  return name && vars ? cleanValue(vars[name]) : '';
}

function guessLang(body: string): ReplyLang | null {
  return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(body) ? 'ja' : null;
}

/** Fill a template body. `lang` picks the neutral words for missing values (guessed from the body when omitted). */
export function fillTemplate(body: string, vars: TemplateVars, lang?: ReplyLang): string {
  const source = String(body ?? '').replace(/[\u0000\u0001]/g, '');
  const effectiveLang = lang ?? guessLang(source);
  const defaults = (effectiveLang && LANGUAGE_DEFAULTS[effectiveLang]) || {};

  const fillPlaceholders = (text: string): string =>
    text.replace(PLACEHOLDER, (whole: string, rawName: string, inline: string | undefined, offset: number, all: string) => {
      const value = lookup(vars, rawName);
      if (value) return value;
      const name = canonicalName.get(rawName.toLowerCase());
      const fallback = inline ?? (name ? (defaults[name] ?? '') : '');
      if (!fallback) return EMPTY;
      // A fallback that already ends in 様 swallows the honorific written after the placeholder (marked with \u0001).
      const after = all.slice(offset + whole.length);
      return fallback.endsWith('様') && HONORIFIC_AFTER.test(after) ? fallback + HONORIFIC_MARK : fallback;
    });

  const withSections = source.replace(SECTION, (_whole, inner: string) => {
    const names = [...inner.matchAll(PLACEHOLDER)];
    const complete = names.every((m) => m[2] !== undefined || lookup(vars, m[1]!) !== '');
    return complete ? inner : EMPTY;
  });

  return fillPlaceholders(withSections)
    .replace(new RegExp(`${HONORIFIC_MARK}(?:様|さま|さん|殿)`, 'g'), '')
    .replace(new RegExp(`[ \\t]*${EMPTY}+(?=[ \\t]*(?:[,.!?;:、。，．！？）)]|$))`, 'gm'), '')
    .replace(new RegExp(`(^|[ \\t])${EMPTY}+[ \\t]+`, 'gm'), '$1')
    .replaceAll(EMPTY, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface PlaceholderProblems {
  /** `{names}` that are not template variables (they would be dropped). */
  unknown: string[];
  /** `[[` without a closing `]]` or the reverse. */
  unbalancedSections: boolean;
}

/** For the template editor: what in a body would not fill as the seller probably expects. */
export function placeholderProblems(body: string): PlaceholderProblems {
  const unknown = [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((n) => !canonicalName.has(n.toLowerCase())))];
  const opens = body.split('[[').length - 1;
  const closes = body.split(']]').length - 1;
  return { unknown, unbalancedSections: opens !== closes };
}
