import { MAX_BODY_CHARS, MAX_TITLE_CHARS, type TemplateProblem } from '@/lib/db/templates';
import type { translator } from '@/lib/i18n';
import type { templateMessages } from './messages';

type T = ReturnType<typeof translator<keyof (typeof templateMessages)['en']>>;

/** The sentence for a problem the template store reported. */
export function problemText(t: T, problem: TemplateProblem): string {
  return t(`problem.${problem}`, { max: problem === 'title_too_long' ? MAX_TITLE_CHARS : MAX_BODY_CHARS });
}

/** The sentence for a store failure that is not a validation problem (storage full, database closed …). */
export function failureText(t: T, error: unknown): string {
  return t('storeFailed', { detail: error instanceof Error ? error.message : String(error) });
}
