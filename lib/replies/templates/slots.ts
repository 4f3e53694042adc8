import type { Category } from '@/lib/classify/taxonomy';
import type { ReplyTemplate } from '../types';

/**
 * The builtin templates every language provides: one slot per situation. A language file is a `LanguagePack`, so a
 * slot missing in any language is a compile error; the slot's category and fit (scam step, FBA/merchant, after the
 * return window) are written here once for all languages.
 */
export const BUILTIN_SLOTS = {
  cancel_request_system: { category: 'cancel_request_system' },
  cancel_request_message: { category: 'cancel_request_message' },
  address_change: { category: 'address_change' },
  'address_change.scam1': { category: 'address_change', scamStep: 1 },
  'address_change.scam2': { category: 'address_change', scamStep: 2 },
  return_request: { category: 'return_request' },
  'damaged_or_defective.mfn': { category: 'damaged_or_defective', fulfilment: 'MFN' },
  'damaged_or_defective.fba': { category: 'damaged_or_defective', fulfilment: 'FBA' },
  'damaged_or_defective.warranty': { category: 'damaged_or_defective', afterReturnWindow: true },
  'delivery_status.mfn': { category: 'delivery_status', fulfilment: 'MFN' },
  'delivery_status.fba': { category: 'delivery_status', fulfilment: 'FBA' },
  refund_request: { category: 'refund_request' },
  invoice_request: { category: 'invoice_request' },
  product_question: { category: 'product_question' },
  thanks: { category: 'thanks' },
  spam_or_suspicious: { category: 'spam_or_suspicious' },
  other: { category: 'other' },
} as const satisfies Record<string, { category: Category } & Pick<ReplyTemplate, 'scamStep' | 'fulfilment' | 'afterReturnWindow'>>;

export type BuiltinSlot = keyof typeof BUILTIN_SLOTS;

export interface TemplateText {
  title: string;
  body: string;
}

export type LanguagePack = Record<BuiltinSlot, TemplateText>;
