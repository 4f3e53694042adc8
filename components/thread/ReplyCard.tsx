import { useEffect, useId, useRef, useState } from 'react';
import type { PolicyFinding, ReplyLang } from '@/lib/replies';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { HighlightedText } from './HighlightedText';
import { languageName } from './language-name';
import { threadMessages } from './messages';
import { PolicyFindings } from './PolicyFindings';

export interface ReplyCardProps {
  title: string;
  lang: ReplyLang;
  text: string;
  findings: readonly PolicyFinding[];
  /** data-testids of the text and of the insert button (stable for e2e). */
  textTestId: string;
  insertTestId: string;
  busy: boolean;
  onInsert(text: string): void;
  /** h3 in the reply list, h4 under the scam warning's own h3. */
  headingLevel?: 3 | 4;
}

/**
 * One reply: its title, language, the filled text (policy findings highlighted) and an Insert button. A reply with
 * findings asks first: inserting it is the seller's informed choice, never a slip of the mouse.
 */
export function ReplyCard({ title, lang, text, findings, textTestId, insertTestId, busy, onInsert, headingLevel = 3 }: ReplyCardProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const t = useT(threadMessages);
  const uiLang = useUi((s) => s.lang);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onClick = () => {
    if (findings.length > 0) setConfirming(true);
    else onInsert(text);
  };

  return (
    <article className="reply" aria-labelledby={titleId} lang={lang}>
      <Heading id={titleId} dir="auto">
        {title}
      </Heading>
      <p className="muted reply-lang" lang={uiLang}>
        {t('replyLanguage', { lang: languageName(lang, uiLang) ?? lang })}
      </p>
      <pre data-testid={textTestId} dir="auto" tabIndex={0}>
        <HighlightedText text={text} findings={findings} />
      </pre>
      <div lang={uiLang}>
        <PolicyFindings findings={findings} />
        {confirming ? (
          <div className="confirm" role="group" aria-label={t('insertAnyway')}>
            <p>{t('confirmFindings', { count: findings.length })}</p>
            <div className="actions">
              <button
                ref={confirmRef}
                type="button"
                data-testid={`confirm-${insertTestId}`}
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                  onInsert(text);
                }}
              >
                {t('insertAnyway')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid={insertTestId}
              aria-label={t('insertNamed', { title })}
              disabled={busy}
              onClick={onClick}
            >
              {busy ? t('inserting') : t('insert')}
            </button>
          </div>
        )}
      </div>
    </article>
  );
}
