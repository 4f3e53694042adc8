import type { Category } from '@/lib/classify/taxonomy';
import type { UiLang } from '@/lib/i18n';

/** The languages we write replies in (the buyer's language when we have it, else English). */
export const REPLY_LANGS = ['ja', 'en', 'de', 'fr', 'it', 'es'] as const;
export type ReplyLang = (typeof REPLY_LANGS)[number];

export function isReplyLang(value: unknown): value is ReplyLang {
  return typeof value === 'string' && (REPLY_LANGS as readonly string[]).includes(value);
}

/** 'de-DE', 'DE', ' es_MX ' → 'de' / 'es'; anything we have no templates for → null. */
export function toReplyLang(tag: string | null | undefined): ReplyLang | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isReplyLang(base) ? base : null;
}

export type { Fulfilment } from '@/lib/sellercentral/types';
import type { Fulfilment } from '@/lib/sellercentral/types';

export interface ReplyTemplate {
  id: string;
  category: Category;
  lang: ReplyLang;
  title: string;
  /** Plain text with `{variable}` placeholders (syntax in fill.ts). */
  body: string;
  origin: 'builtin' | 'custom';
  /**
   * When the template fits (builtins only; the seller's own templates fit every case of their category):
   * scamStep: the first / second reply of the scam procedure, offered only for scam-flagged messages;
   * fulfilment: written for FBA or merchant-fulfilled orders, hidden when the order is known to be the other kind;
   * afterReturnWindow: for orders older than the 30-day return window (manufacturer warranty).
   */
  scamStep?: 1 | 2;
  fulfilment?: Fulfilment;
  afterReturnWindow?: boolean;
}

/** The variables a template may use. Every value is optional: a missing one degrades to neutral wording. */
export const TEMPLATE_VARS = ['buyerName', 'orderId', 'productTitle', 'sellerName', 'asin'] as const;
export type TemplateVarName = (typeof TEMPLATE_VARS)[number];
export type TemplateVars = Partial<Record<TemplateVarName, string | null | undefined>>;

/** Amazon's 30-day return window: after it, the manufacturer's warranty is the route. */
export const RETURN_WINDOW_DAYS = 30;

/** One line of UI text in every UI language (playbooks keep both languages side by side). */
export type UiText = Record<UiLang, string>;
