/**
 * One line of `npm run feedback`'s input → one line of its output. Pure (the script does the file reading), so
 * the contract is unit-tested here and the script test only checks the wiring.
 *
 * Input line: {"id", "rating", "comment", "fulfillment"?: "FBA"|"MFN", "lang"?}
 * Output line: {"id", "negative", "removable", "reasons": ["product review: \"broke after a week\"", …]}
 *          or  {"id", "error"} for a line that is not a valid entry.
 */
import { reasonSummary } from './describe';
import { checkFeedback } from './removal';
import type { Fulfilment } from '@/lib/sellercentral/types';

export type FeedbackLineResult =
  | { id: string | number | null; negative: boolean; removable: boolean; reasons: string[] }
  | { id: string | number | null; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkFeedbackLine(line: string): FeedbackLineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (!isRecord(value)) return { id: null, error: 'expected a JSON object' };
  const rawId = value.id;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  if (id === null || id === '') return { id: null, error: '"id" must be a non-empty string or a number' };
  const { rating, comment, fulfillment, lang } = value;
  if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
    return { id, error: '"rating" must be a whole number of stars from 1 to 5' };
  }
  if (typeof comment !== 'string') return { id, error: '"comment" must be a string (empty when the buyer left none)' };
  if (fulfillment !== undefined && fulfillment !== null && fulfillment !== 'FBA' && fulfillment !== 'MFN') {
    return { id, error: '"fulfillment" must be "FBA", "MFN" or absent' };
  }
  if (lang !== undefined && lang !== null && typeof lang !== 'string') return { id, error: '"lang" must be a string' };

  const check = checkFeedback({ rating, comment, fulfillment: (fulfillment ?? null) as Fulfilment | null, lang: lang ?? undefined });
  return {
    id,
    negative: check.negative,
    removable: check.removable,
    reasons: check.reasons.map((r) => reasonSummary(r, 'en')),
  };
}
