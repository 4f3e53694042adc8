/**
 * From evidence to one category. Each piece of evidence has a strength (1 hint, 2 clear, 3 decisive); the strongest
 * tier wins, and inside a tier the taxonomy's priority order decides ("when two fit, the first one wins").
 * The settled borderline cases of TAXONOMY.md that cut across categories are applied here, in one place.
 */
import type { Strength } from './phrases';
import { BEFORE_BUYING_RULE } from './rules/product';
import { CATEGORIES, priorityOf, SIGNAL_PREFIX, type Category } from './taxonomy';

export interface Evidence {
  category: Category;
  strength: Strength;
  /** Signal text, e.g. `cancel: free-text request "キャンセルしてください"`. */
  signal: string;
  /** True for evidence from an Amazon system notice (subject/body shape), false for the buyer's own words. */
  fromNotice?: boolean;
  /** The id of the rule that found it, when a settled case below needs to know. */
  rule?: string;
}

export interface Decision {
  category: Category;
  confidence: number;
  /** The evidence that made the decision, strongest first. */
  reasons: Evidence[];
}

export interface DecideFlags {
  /** The message asks for something (a question or a request): then it is not a mere thank-you. */
  asksSomething: boolean;
}

const BASE_CONFIDENCE: Record<Strength | 0, number> = { 3: 0.86, 2: 0.72, 1: 0.5, 0: 0.35 };

export function evidence(category: Category, strength: Strength, label: string, text: string, fromNotice = false, rule?: string): Evidence {
  const quoted = text ? ` "${text}"` : '';
  return { category, strength, signal: `${SIGNAL_PREFIX[category]}: ${label}${quoted}`, fromNotice, rule };
}

/** What only an order can have: "before I buy" says there is none yet, so these words ask about purchase terms. */
const NEEDS_AN_ORDER: ReadonlySet<Category> = new Set(['cancel_request_message', 'return_request', 'delivery_status', 'refund_request']);

export function decide(all: readonly Evidence[], flags: DecideFlags): Decision {
  let items = [...all];
  const strongest = (c: Category): number => items.reduce((m, e) => (e.category === c && e.strength > m ? e.strength : m), 0);

  // A buyer's own wish to return a damaged, defective, wrong or not-as-described item is damaged_or_defective;
  // Amazon's return notice stays return_request whatever reason it gives.
  if (strongest('damaged_or_defective') >= 2) {
    items = items.filter((e) => e.category !== 'return_request' || e.fromNotice);
  }
  // Purchase terms before buying are product_question ("Before I buy: can I return them if they don't fit?").
  if (items.some((e) => e.rule === BEFORE_BUYING_RULE)) {
    items = items.filter((e) => e.fromNotice || !NEEDS_AN_ORDER.has(e.category));
  }
  // "Thanks" at the end of a question or request is a sign-off.
  if (flags.asksSomething) items = items.filter((e) => e.category !== 'thanks');

  if (items.length === 0) return { category: 'other', confidence: BASE_CONFIDENCE[0], reasons: [] };

  const tiers = new Map<Category, number>();
  for (const e of items) tiers.set(e.category, Math.max(tiers.get(e.category) ?? 0, e.strength));
  let winner: Category = 'other';
  let top = 0;
  for (const category of CATEGORIES) {
    const tier = tiers.get(category) ?? 0;
    if (tier > top) {
      winner = category;
      top = tier;
    }
  }

  const reasons = items.filter((e) => e.category === winner).sort((a, b) => b.strength - a.strength);
  let confidence = BASE_CONFIDENCE[top as Strength];
  // More independent reasons for the winner: surer. A rival at the same tier that lost only on priority: less sure.
  confidence += Math.min(0.1, 0.04 * (new Set(reasons.map((r) => r.signal)).size - 1));
  for (const [category, tier] of tiers) {
    if (category === winner) continue;
    if (tier === top) confidence -= priorityOf(category) > priorityOf(winner) ? 0.08 : 0.15;
    else if (tier === top - 1) confidence -= 0.03;
  }
  return { category: winner, confidence: clamp(confidence), reasons };
}

function clamp(x: number): number {
  return Math.round(Math.min(0.98, Math.max(0.05, x)) * 100) / 100;
}
