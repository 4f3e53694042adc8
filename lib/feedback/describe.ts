/**
 * Words for a removal check, in the seller's UI language: one sentence per reason (panel), a short line per reason
 * (CLI, lists), and the note on what counts as negative.
 */
import { translator, type UiLang } from '@/lib/i18n';
import { FEEDBACK_MESSAGES } from './messages';
import type { FeedbackCheck, RemovalCode, RemovalReason } from './removal';

const LABEL = {
  obscene: 'label_obscene',
  personal_info: 'label_personal_info',
  promotional: 'label_promotional',
  product_review: 'label_product_review',
  fba_fulfillment: 'label_fba_fulfillment',
  seller_service: 'label_seller_service',
  seller_delivery: 'label_seller_delivery',
  fulfillment_unknown: 'label_fulfillment_unknown',
} as const satisfies Record<RemovalCode, keyof typeof FEEDBACK_MESSAGES.en>;

const EXPLAIN = {
  obscene: 'explain_obscene',
  personal_info: 'explain_personal_info',
  promotional: 'explain_promotional',
  product_review: 'explain_product_review',
  fba_fulfillment: 'explain_fba_fulfillment',
  seller_service: 'explain_seller_service',
  seller_delivery: 'explain_seller_delivery',
  fulfillment_unknown: 'explain_fulfillment_unknown',
} as const satisfies Record<RemovalCode, keyof typeof FEEDBACK_MESSAGES.en>;

/** The sentence the panel shows for one reason, quoting the buyer's words. */
export function describeRemovalReason(reason: RemovalReason, uiLang: UiLang): string {
  return translator(FEEDBACK_MESSAGES, uiLang)(EXPLAIN[reason.code], { evidence: reason.evidence });
}

/** A short line: `product review: "broke after a week"` (the CLI prints the English one). */
export function reasonSummary(reason: RemovalReason, uiLang: UiLang): string {
  const label = translator(FEEDBACK_MESSAGES, uiLang)(LABEL[reason.code]);
  return uiLang === 'ja' ? `${label}：「${reason.evidence}」` : `${label}: ${JSON.stringify(reason.evidence)}`;
}

/** Why a negative entry has no reasons at all (empty comment, or nothing matched). */
export function describeNoReasons(comment: string, uiLang: UiLang): string {
  return translator(FEEDBACK_MESSAGES, uiLang)(comment.trim() === '' ? 'explain_no_comment' : 'explain_no_grounds');
}

/** The panel's explanation of the negative flag (why 3 stars is flagged too). */
export function negativeRatingNote(uiLang: UiLang): string {
  return translator(FEEDBACK_MESSAGES, uiLang)('negative_note');
}

/** Every sentence for one check, in order (for the panel's list; empty for a positive entry). */
export function describeCheck(check: FeedbackCheck, comment: string, uiLang: UiLang): string[] {
  if (!check.negative) return [];
  if (check.reasons.length === 0) return [describeNoReasons(comment, uiLang)];
  return check.reasons.map((r) => describeRemovalReason(r, uiLang));
}
