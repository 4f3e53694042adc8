/**
 * Would Amazon remove this seller feedback? A pure reading of the comment against Amazon's feedback guidelines:
 * Amazon removes feedback that contains obscene language, personal information or promotion, that is entirely a
 * product review, or that is about delivery/packaging (or is otherwise a fulfilment complaint) on an order
 * fulfilled by Amazon ("This item was fulfilled by Amazon, and we take responsibility for this fulfillment
 * experience").
 *
 * The result lists grounds (they support a removal request) and blockers (why a ground does not apply, e.g. the
 * product complaint comes with a complaint about the seller's replies), each with the buyer's own words as evidence.
 */
import type { Fulfilment } from '@/lib/sellercentral/types';
import { clauseAt, clauseRanges, normalise, originalSlice, tidyEvidence, type NormalisedText } from './normalise';
import { PERSONAL_INFO } from './personal-info';
import { DELIVERY, LINKS, OBSCENE, PRODUCT, PROMOTIONAL, SELLER_SERVICE } from './phrases';


/** Grounds Amazon accepts for removing feedback. */
export const REMOVAL_GROUNDS = ['obscene', 'personal_info', 'promotional', 'product_review', 'fba_fulfillment'] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];

/**
 * Findings that keep a comment from being removed on the grounds above:
 * - seller_service: a complaint about the seller's own service (replies, manners, wrong item sent, listing accuracy);
 * - seller_delivery: delivery/packaging on a seller-fulfilled (MFN) order, which is the seller's responsibility;
 * - fulfillment_unknown: delivery/packaging when we do not know who fulfilled the order (removable only if FBA).
 */
export const REMOVAL_BLOCKERS = ['seller_service', 'seller_delivery', 'fulfillment_unknown'] as const;
export type RemovalBlocker = (typeof REMOVAL_BLOCKERS)[number];

export type RemovalCode = RemovalGround | RemovalBlocker;

export interface RemovalReason {
  code: RemovalCode;
  /** The buyer's own words that show it (a clause of the comment, or the e-mail/link itself). */
  evidence: string;
}

export interface FeedbackInput {
  rating: number | null;
  comment: string;
  /** Who shipped the order (the CLI's and the spelling of the key; the type is the snapshot's). */
  fulfillment?: Fulfilment | null;
  /** The comment's language when known. Every language's phrase families are tried anyway: comments mix languages. */
  lang?: string;
}

export interface FeedbackCheck {
  negative: boolean;
  removable: boolean;
  /** Grounds first (in REMOVAL_GROUNDS order), then blockers. */
  reasons: RemovalReason[];
}

export function isRemovalGround(code: RemovalCode): code is RemovalGround {
  return (REMOVAL_GROUNDS as readonly string[]).includes(code);
}

/**
 * 1–3 stars. Three stars counts: it is "neutral" in Amazon's counts and lowers the positive-feedback share buyers
 * see, though buyers often mean it as "average".
 */
export function isNegativeRating(rating: number | null | undefined): boolean {
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 3;
}

/** Amazon caps feedback comments far below this; the cap only bounds the work on absurd input. */
const MAX_ANALYSED_CHARS = 100_000;

interface Hit {
  start: number;
  end: number;
}

/** Matches of `re` that do not overlap text already claimed by an earlier family; claims them. */
function claim(n: NormalisedText, re: RegExp, taken: Uint8Array, accept?: (norm: string, orig: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const m of n.text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) continue;
    if (taken.subarray(start, end).some((t) => t === 1)) continue;
    if (accept && !accept(m[0], originalSlice(n, start, end))) continue;
    taken.fill(1, start, end);
    hits.push({ start, end });
  }
  return hits;
}

export function checkFeedback(input: FeedbackInput): FeedbackCheck {
  const negative = isNegativeRating(input.rating);
  const comment = typeof input.comment === 'string' ? input.comment : '';
  if (!negative || comment.trim() === '') return { negative, removable: false, reasons: [] };

  const n = normalise(comment.length > MAX_ANALYSED_CHARS ? comment.slice(0, MAX_ANALYSED_CHARS) : comment);
  const clauses = clauseRanges(n.text);
  const clauseOf = (hit: Hit) => {
    const [start, end] = clauseAt(clauses, hit.start);
    return tidyEvidence(originalSlice(n, start, Math.max(end, hit.end)));
  };
  const exact = (hit: Hit) => tidyEvidence(originalSlice(n, hit.start, hit.end));

  // Masking order matters: an e-mail's domain is not a promotional link; "arrived broken" is delivery, not the
  // product's "broken"; "sent the wrong size" is the seller's, not the product's "size".
  const taken = new Uint8Array(n.text.length);
  const personal = PERSONAL_INFO.flatMap((p) => claim(n, p.re, taken, p.accept));
  const links = claim(n, LINKS, taken);
  const promotion = claim(n, PROMOTIONAL, taken);
  const obscene = claim(n, OBSCENE, taken);
  const seller = claim(n, SELLER_SERVICE, taken);
  const delivery = claim(n, DELIVERY, taken);
  const product = claim(n, PRODUCT, taken);

  const grounds: RemovalReason[] = [];
  const blockers: RemovalReason[] = [];
  const first = (hits: Hit[]) => hits.reduce((a, b) => (b.start < a.start ? b : a));

  if (obscene.length) grounds.push({ code: 'obscene', evidence: clauseOf(first(obscene)) });
  if (personal.length) grounds.push({ code: 'personal_info', evidence: exact(first(personal)) });
  const promoHits = [...links, ...promotion];
  if (promoHits.length) {
    const hit = first(promoHits);
    grounds.push({ code: 'promotional', evidence: links.includes(hit) ? exact(hit) : clauseOf(hit) });
  }

  // Delivery complaints: Amazon's responsibility on FBA orders, the seller's otherwise.
  const fulfillment = input.fulfillment ?? null;
  if (delivery.length) {
    const evidence = clauseOf(first(delivery));
    if (fulfillment === 'FBA') grounds.push({ code: 'fba_fulfillment', evidence });
    else blockers.push({ code: fulfillment === 'MFN' ? 'seller_delivery' : 'fulfillment_unknown', evidence });
  }
  // A product review is removable only when nothing in the comment is about the seller's own part.
  if (product.length) grounds.push({ code: 'product_review', evidence: clauseOf(first(product)) });
  if (seller.length) blockers.push({ code: 'seller_service', evidence: clauseOf(first(seller)) });

  const order = (r: RemovalReason) => REMOVAL_GROUNDS.indexOf(r.code as RemovalGround);
  grounds.sort((a, b) => order(a) - order(b));
  const reasons = [...grounds, ...blockers];
  return { negative, removable: standingGrounds(reasons).length > 0, reasons };
}

/** Grounds that hold whatever else the comment says: the content itself breaks the guidelines. */
const CONTENT_GROUNDS: readonly RemovalGround[] = ['obscene', 'personal_info', 'promotional'];

/**
 * The grounds a removal request can cite. Content grounds always stand; "product review" and "FBA fulfilment"
 * stand only when the comment is entirely about the product / Amazon's part, i.e. no blocker was found.
 */
export function standingGrounds(reasons: readonly RemovalReason[]): RemovalReason[] {
  const blocked = reasons.some((r) => !isRemovalGround(r.code));
  return reasons.filter((r) => isRemovalGround(r.code) && (!blocked || CONTENT_GROUNDS.includes(r.code)));
}
