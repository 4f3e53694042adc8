import { useCallback, useState } from 'react';
import type { InsertResult } from '@/lib/messaging/protocol';
import { useServices } from '../shell/services';
import type { ThreadMessageKey } from './messages';

/** What happened to the last reply the seller chose: each outcome is one line of the status. */
export type InsertOutcome = 'inserted' | 'copiedNoBox' | 'copiedAfterError' | 'noBoxCopyFailed' | 'copyFailed';

export const OUTCOME_MESSAGE: Record<InsertOutcome, ThreadMessageKey> = {
  inserted: 'statusInserted',
  copiedNoBox: 'statusCopiedNoBox',
  copiedAfterError: 'statusCopiedAfterError',
  noBoxCopyFailed: 'statusNoBoxCopyFailed',
  copyFailed: 'statusCopyFailed',
};

/**
 * Put a reply into the page's reply box at the cursor (what the seller already typed stays), never sending it. When
 * the page has no reply box (manual mode, a page without one) or the insert fails, the text goes to the clipboard
 * so the seller can paste it: the reply is never lost.
 */
export function useReplyInsert() {
  const services = useServices();
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  const insert = useCallback(
    async (text: string) => {
      setBusy(true);
      setOutcome(null);
      try {
        let result: InsertResult;
        try {
          result = await services.insertReply(text, 'cursor');
        } catch (error) {
          result = { ok: false, reason: 'error', detail: String(error) };
        }
        if (result.ok) {
          setOutcome('inserted');
          return;
        }
        let copied = false;
        try {
          copied = await services.copyToClipboard(text);
        } catch {
          copied = false;
        }
        const noBox = result.reason === 'no-reply-box';
        setOutcome(copied ? (noBox ? 'copiedNoBox' : 'copiedAfterError') : noBox ? 'noBoxCopyFailed' : 'copyFailed');
      } finally {
        setBusy(false);
      }
    },
    [services],
  );

  return { insert, outcome, busy };
}
