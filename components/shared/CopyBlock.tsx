import { useId, useState } from 'react';
import { useServices } from '../shell/services';
import { useT } from '../shell/use-t';
import { sharedMessages } from './messages';

/**
 * Text for the seller to paste elsewhere (a Seller Support case, a removal request, a buyer message): shown in a
 * read-only text box so it can be selected by hand, with a Copy button. The text is a value, never HTML.
 */
export function CopyBlock(props: { label: string; text: string; testId?: string; rows?: number }) {
  const { copyToClipboard } = useServices();
  const t = useT(sharedMessages);
  const id = useId();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  async function copy() {
    setStatus((await copyToClipboard(props.text)) ? 'copied' : 'failed');
  }
  return (
    <div className="copy-block">
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} readOnly value={props.text} rows={props.rows ?? 8} data-testid={props.testId} />
      <div className="actions">
        <button type="button" onClick={copy}>
          {t('copy')}
        </button>
        <span role="status" className={status === 'failed' ? 'findings' : 'muted status-line'}>
          {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
