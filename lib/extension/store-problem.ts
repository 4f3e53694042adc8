/**
 * A write the store refused, kept under STORE_PROBLEM_KEY in session storage by the worker and shown to the seller in
 * the panel, never swallowed. Its own module so the panel can read it without loading the worker's snapshot handling
 * (and with it the classifier).
 */
export interface StoreProblem {
  kind: 'full' | 'other';
  detail: string;
  at: number;
}

export const STORE_PROBLEM_KEY = 'store-problem';
