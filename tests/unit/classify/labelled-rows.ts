/**
 * How the example and probe files write their labelled messages: one compact row per message, turned into objects
 * here, in one place. Rows are written for the tests, never copied from the dev corpus.
 */
import type { Category } from '@/lib/classify/taxonomy';

/** One labelled buyer message. */
export interface Example {
  category: Category;
  scam: boolean;
  lang: string;
  marketplace: string;
  subject: string;
  body: string;
}

/** A message the rules still get wrong, with the part of the classifier to blame (its test expects a failure). */
export type KnownGap = Example & { culprit: string };

/** [category, scam, lang, marketplace, subject, body] */
export type Row = [Category, boolean, string, string, string, string];
/** A row and its culprit. */
export type GapRow = [...Row, string];

export function fromRows(rows: readonly Row[]): Example[] {
  return rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));
}

export function fromGapRows(rows: readonly GapRow[]): KnownGap[] {
  return rows.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
}
