/**
 * For a removable feedback: where to click in Seller Central, and the request text to paste, quoting the comment
 * and the reasons. The extension never submits it: the seller does.
 */
import { translator, type UiLang } from '@/lib/i18n';
import { FEEDBACK_MESSAGES } from './messages';
import { standingGrounds, type RemovalGround, type RemovalReason } from './removal';

/** Performance → Feedback → the order → Request removal / Get support, with the order id filled in. */
export function removalSteps(orderId: string, uiLang: UiLang): string[] {
  const t = translator(FEEDBACK_MESSAGES, uiLang);
  return [t('step_1'), t('step_2', { orderId }), t('step_3'), t('step_4')];
}

export function removalStepsTitle(uiLang: UiLang): string {
  return translator(FEEDBACK_MESSAGES, uiLang)('steps_title');
}

const REQUEST_REASON = {
  obscene: 'request_reason_obscene',
  personal_info: 'request_reason_personal_info',
  promotional: 'request_reason_promotional',
  product_review: 'request_reason_product_review',
  fba_fulfillment: 'request_reason_fba_fulfillment',
} as const satisfies Record<RemovalGround, keyof typeof FEEDBACK_MESSAGES.en>;

/** Amazon's form takes a few thousand characters; a quoted comment longer than this is cut with an ellipsis. */
const MAX_QUOTED_COMMENT = 1000;

function quotable(comment: string): string {
  const flat = comment.replace(/\s+/gu, ' ').trim();
  const points = Array.from(flat);
  return points.length > MAX_QUOTED_COMMENT ? `${points.slice(0, MAX_QUOTED_COMMENT - 1).join('')}…` : flat;
}

/**
 * The pre-filled removal request. Only the grounds that stand are cited (see standingGrounds): a blocked
 * "product review" would invite a refusal. Plain text: the panel shows it in a text box, never as HTML.
 */
export function removalRequestText(
  args: { orderId: string; comment: string; reasons: readonly RemovalReason[] },
  uiLang: UiLang,
): string {
  const t = translator(FEEDBACK_MESSAGES, uiLang);
  const lines = [t('request_intro', { orderId: args.orderId.trim() }), '', t('request_comment', { comment: quotable(args.comment) })];
  const grounds = standingGrounds(args.reasons);
  if (grounds.length > 0) {
    lines.push('', t('request_reasons_intro'));
    for (const g of grounds) lines.push(t(REQUEST_REASON[g.code as RemovalGround], { evidence: g.evidence }));
  }
  lines.push('', t('request_closing'));
  return lines.join('\n');
}
