import type { PolicyFinding, ReplyLang, ScamReply, SuggestedReply } from '@/lib/replies';
import { checkPolicy } from '@/lib/replies';

/** What a reply card shows: a suggestion or a scam reply, reduced to the same shape. */
export interface ReplyView {
  title: string;
  lang: ReplyLang;
  text: string;
  findings: readonly PolicyFinding[];
}

export function fromSuggestion(s: SuggestedReply): ReplyView {
  return { title: s.template.title, lang: s.lang, text: s.text, findings: s.findings };
}

export function fromScamReply(r: ScamReply): ReplyView {
  return { title: r.template.title, lang: r.template.lang, text: r.text, findings: checkPolicy(r.text) };
}
