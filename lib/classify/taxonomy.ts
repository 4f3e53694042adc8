/**
 * The categories of ../shared/corpus/TAXONOMY.md, in its priority order: when two fit, the earlier one wins.
 * This list is the one place the ids are written; everything else imports them.
 */
export const CATEGORIES = [
  'cancel_request_system',
  'cancel_request_message',
  'address_change',
  'return_request',
  'damaged_or_defective',
  'delivery_status',
  'refund_request',
  'invoice_request',
  'product_question',
  'thanks',
  'spam_or_suspicious',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** The short word that starts a signal of each category (`cancel: free-text request "…"`). */
export const SIGNAL_PREFIX: Record<Category, string> = {
  cancel_request_system: 'cancel notice',
  cancel_request_message: 'cancel',
  address_change: 'address',
  return_request: 'return',
  damaged_or_defective: 'damage',
  delivery_status: 'delivery',
  refund_request: 'refund',
  invoice_request: 'invoice',
  product_question: 'product',
  thanks: 'thanks',
  spam_or_suspicious: 'spam',
  other: 'other',
};

/** Position in the priority order (0 = wins every tie). */
export function priorityOf(category: Category): number {
  return CATEGORIES.indexOf(category);
}
