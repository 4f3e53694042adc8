import type { Category } from '@/lib/classify/taxonomy';
import type { UiLang } from '@/lib/i18n';
import { fillTemplate } from './fill';
import { checkPolicy, type PolicyFinding } from './policy';
import { BUILTIN_TEMPLATES } from './templates';
import { RETURN_WINDOW_DAYS, toReplyLang, type Fulfilment, type ReplyLang, type ReplyTemplate, type TemplateVars } from './types';

export interface SuggestOptions {
  category: Category;
  scam: boolean;
  /** The buyer's language as detected ('de', 'de-DE', 'nl', '' …). */
  buyerLang: string | null;
  uiLang: UiLang;
  fulfilment?: Fulfilment | null;
  /** Days since the order; over the 30-day return window the warranty template comes first. */
  orderAgeDays?: number | null;
  /** The seller's own templates, offered after the builtins of their language. */
  custom?: readonly ReplyTemplate[];
  /** The template list to use instead of BUILTIN_TEMPLATES: pass listTemplates(db) so edits and deletions apply. */
  library?: readonly ReplyTemplate[];
}

export interface SuggestedReply {
  template: ReplyTemplate;
  lang: ReplyLang;
  /** Filled plain text, ready to insert (render as text, never as HTML). */
  text: string;
  /** Policy findings in `text`; the builtins have none unless a variable value brings one in. */
  findings: PolicyFinding[];
  /** 'buyer': in the buyer's language (or English when there is none); 'seller': in the seller's UI language. */
  audience: 'buyer' | 'seller';
  /** True on every suggestion when the buyer's language has no template for this category (English offered instead). */
  buyerLangUnsupported: boolean;
}

/** Whether a template fits the situation at all (a merchant template for a known FBA order does not). */
function fits(t: ReplyTemplate, o: SuggestOptions): boolean {
  if (t.category !== o.category) return false;
  if (t.scamStep && !o.scam) return false;
  if (t.fulfilment && o.fulfilment && t.fulfilment !== o.fulfilment) return false;
  if (t.afterReturnWindow && o.orderAgeDays != null && o.orderAgeDays <= RETURN_WINDOW_DAYS) return false;
  return true;
}

/** Lower comes first: the scam replies, then what the order context singles out, then the general, then the rest. */
function rank(t: ReplyTemplate, o: SuggestOptions): number {
  if (t.scamStep) return t.scamStep - 1;
  const pastWindow = o.orderAgeDays != null && o.orderAgeDays > RETURN_WINDOW_DAYS;
  if (t.afterReturnWindow) return pastWindow ? 2 : 6;
  if (t.fulfilment) return o.fulfilment ? 3 : 5;
  return t.origin === 'builtin' ? 4 : 7;
}

/**
 * Replies for a message: the buyer's language first (English when we have no template in it), then the seller's UI
 * language when it differs. Never throws: an unknown language or category simply yields English or nothing.
 */
export function suggestReplies(opts: SuggestOptions, vars: TemplateVars): SuggestedReply[] {
  const seen = new Set<string>();
  const pool = [...(opts.library ?? BUILTIN_TEMPLATES), ...(opts.custom ?? [])].filter((t) => {
    if (seen.has(t.id)) return false;
    seen.add(t.id);
    return fits(t, opts);
  });

  const inLang = (lang: ReplyLang) =>
    pool
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => t.lang === lang)
      .sort((a, b) => rank(a.t, opts) - rank(b.t, opts) || a.i - b.i)
      .map(({ t }) => t);

  const buyerLang = toReplyLang(opts.buyerLang);
  const buyerTemplates = buyerLang ? inLang(buyerLang) : [];
  const buyerLangUnsupported = buyerTemplates.length === 0;
  const firstLang: ReplyLang = buyerLangUnsupported ? 'en' : buyerLang!;

  const groups: [SuggestedReply['audience'], ReplyTemplate[]][] = [['buyer', buyerLangUnsupported ? inLang('en') : buyerTemplates]];
  if (opts.uiLang !== firstLang) groups.push(['seller', inLang(opts.uiLang)]);

  return groups.flatMap(([audience, templates]) =>
    templates.map((template) => {
      const text = fillTemplate(template.body, vars, template.lang);
      return { template, lang: template.lang, text, findings: checkPolicy(text), audience, buyerLangUnsupported };
    }),
  );
}
