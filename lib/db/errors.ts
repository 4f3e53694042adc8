import { defineMessages, translator, type UiLang } from '@/lib/i18n';

/**
 * The browser refused a write because the extension's storage is full. Thrown by every write in lib/db (through
 * `guardWrite`) so the panel can tell the seller instead of a countdown silently not being saved. The failed
 * transaction was rolled back: nothing half-written is left behind.
 */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
  constructor(readonly operation: string, options?: { cause?: unknown }) {
    super(`Storage is full: could not save (${operation}). Export your data, then lower the retention period.`, options);
  }
}

const messages = defineMessages('db-errors', {
  en: {
    storeFull:
      'The extension’s storage is full, so new messages are not being tracked. Export your data, then lower “Keep threads for” in the settings.',
  },
  ja: {
    storeFull:
      '拡張機能の保存領域がいっぱいのため、新しいメッセージを記録できません。データをエクスポートしてから、設定の「スレッドの保存期間」を短くしてください。',
  },
});

/** What the panel shows for a StoreFullError, in the UI language. */
export function storeFullMessage(uiLang: UiLang): string {
  return translator(messages, uiLang)('storeFull');
}

/**
 * True for a quota error however it arrives: a DOMException named QuotaExceededError (Chrome, Safari), Firefox's
 * legacy NS_ERROR_DOM_QUOTA_REACHED, or wrapped by Dexie (an AbortError whose `inner` is the quota error, since
 * browsers often report it on the transaction's abort rather than on the request).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22) return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/** Run a write; a quota error becomes a StoreFullError naming the operation, anything else passes through. */
export async function guardWrite<T>(operation: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StoreFullError) throw error;
    if (isQuotaError(error)) throw new StoreFullError(operation, { cause: error });
    throw error;
  }
}
