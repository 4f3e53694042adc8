import { useId, useState } from 'react';
import type { Category } from '@/lib/classify/taxonomy';
import { scamProcedureFor } from '@/lib/replies';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { threadMessages } from './messages';
import { ReplyCard } from './ReplyCard';
import type { ReplyView } from './reply-view';

export interface ScamWarningProps {
  category: Category;
  /** Why it was flagged: the classifier's signals (its own words, with the matched text). */
  reasons: readonly string[];
  /** The Indonesia-scam replies (address change only): the fixed first reply and the one for a buyer who insists. */
  replies: { first: ReplyView; second: ReplyView } | null;
  /** The pre-filled Seller Support note (order id and the buyer's words), plain text. */
  supportNote: string;
  busy: boolean;
  onInsert(text: string): void;
}

/**
 * The warning a seller cannot miss (role="alert", red, first in the assistant): why the message looks like fraud,
 * the safe procedure, the replies to send and the note for Seller Support.
 */
export function ScamWarning({ category, reasons, replies, supportNote, busy, onInsert }: ScamWarningProps) {
  const t = useT(threadMessages);
  const uiLang = useUi((s) => s.lang);
  const services = useServices();
  const [copied, setCopied] = useState<boolean | null>(null);
  const titleId = useId();
  const procedure = scamProcedureFor(category, uiLang);

  const copyNote = async () => {
    let ok = false;
    try {
      ok = await services.copyToClipboard(supportNote);
    } catch {
      ok = false;
    }
    setCopied(ok);
  };

  return (
    <section className="card scam-warning" role="alert" aria-labelledby={titleId} data-testid="scam-warning">
      <h2 id={titleId} className="card-title">
        <span aria-hidden="true">⚠</span> {t('scamTitle')}
      </h2>
      <h3>{t('scamReasons')}</h3>
      <ul className="signals scam-reasons" data-testid="scam-reasons">
        {reasons.map((r, i) => (
          <li key={i} dir="auto">
            {r}
          </li>
        ))}
      </ul>
      <h3>{t('scamProcedure')}</h3>
      <ol data-testid="scam-procedure">
        {procedure.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <h3>{t('scamNever')}</h3>
      <ul className="never">
        {procedure.never.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      {replies && (
        <div className="scam-replies">
          <h3>{t('scamFirstReply')}</h3>
          <ReplyCard {...replies.first} textTestId="scam-reply-text-1" insertTestId="insert-scam-1" headingLevel={4} busy={busy} onInsert={onInsert} />
          <h3>{t('scamSecondReply')}</h3>
          <ReplyCard {...replies.second} textTestId="scam-reply-text-2" insertTestId="insert-scam-2" headingLevel={4} busy={busy} onInsert={onInsert} />
        </div>
      )}
      <h3>{t('supportNoteTitle')}</h3>
      <p>{t('supportNoteHint')}</p>
      <pre className="support-note" data-testid="support-note" dir="auto" tabIndex={0}>
        {supportNote}
      </pre>
      <div className="actions">
        <button type="button" onClick={copyNote} data-testid="copy-support-note">
          {t('copyNote')}
        </button>
        <span className="status-line" role="status" data-testid="support-note-status">
          {copied === null ? '' : copied ? t('noteCopied') : t('noteCopyFailed')}
        </span>
      </div>
    </section>
  );
}
