/**
 * lib/replies: what the seller does next and what they can send.
 * - playbookFor / playbookLines: per-category steps and never-do lines (ja, en), aware of FBA/merchant and order age;
 * - scamProcedureFor, scamReplies, sellerSupportNote: the safe procedure for scam-flagged messages;
 * - BUILTIN_TEMPLATES, fillTemplate, suggestReplies: reply templates in ja, en, de, fr, it, es (plain text);
 * - checkPolicy: Amazon's buyer-seller messaging rules, with UTF-16 spans to highlight;
 * - replyMessages: UI strings (policy rule names and explanations).
 * The seller's stored templates (edits, own, restore defaults) are in lib/db/templates.ts.
 */
export { fillTemplate, placeholderProblems, type PlaceholderProblems } from './fill';
export { replyMessages, ruleLabelKey } from './messages';
export { playbookFor, playbookLines, PLAYBOOKS, type Playbook, type PlaybookContext, type PlaybookLines } from './playbooks';
export { checkPolicy, checkPolicyReport, POLICY_RULES, POLICY_SCAN_LIMIT, type PolicyFinding, type PolicyReport, type PolicyRule } from './policy';
export { scamProcedureFor, scamReplies, sellerSupportNote, type ScamReply, type SellerSupportNoteInput } from './scam';
export { suggestReplies, type SuggestedReply, type SuggestOptions } from './suggest';
export { BUILTIN_TEMPLATES, builtinById, builtinId } from './templates';
export {
  REPLY_LANGS,
  RETURN_WINDOW_DAYS,
  TEMPLATE_VARS,
  isReplyLang,
  toReplyLang,
  type Fulfilment,
  type ReplyLang,
  type ReplyTemplate,
  type TemplateVarName,
  type TemplateVars,
} from './types';
