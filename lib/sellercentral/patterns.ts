/**
 * Text patterns the readers fall back to when no selector matches. These are facts about Amazon identifiers, not
 * about the page layout, so they survive redesigns: an order id is 3-7-7 digits, an ASIN is B0 + 8 characters (or any
 * 10 characters right after an "ASIN" label: books use their ISBN-10), a case id is a uuid.
 */
export const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
export const ORDER_ID_GLOBAL = /\b\d{3}-\d{7}-\d{7}\b/g;
export const ASIN_B0_GLOBAL = /\bB0[0-9A-Z]{8}\b/g;
/** "ASIN: 4065123456", "ASIN：B0…" — the label makes a 10-character code an ASIN even without the B0 prefix. */
export const ASIN_AFTER_LABEL_GLOBAL = /ASIN\s*[:：]?\s*([0-9A-Z]{10})\b/g;
export const ASIN_IN_PATH = /\/(?:dp|gp\/product)\/([0-9A-Z]{10})(?:[/?#]|$)/;
export const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;

export function firstOrderId(text: string | null | undefined): string | null {
  return text ? (ORDER_ID.exec(text)?.[0] ?? null) : null;
}

/** ASINs in order of appearance, without duplicates. */
export function asinsInText(text: string): string[] {
  const found: string[] = [];
  const add = (asin: string | undefined) => {
    if (asin && !found.includes(asin)) found.push(asin);
  };
  for (const m of text.matchAll(ASIN_AFTER_LABEL_GLOBAL)) add(m[1]);
  for (const m of text.matchAll(ASIN_B0_GLOBAL)) add(m[0]);
  return found;
}

export function asinInHref(href: string | null | undefined): string | null {
  return href ? (ASIN_IN_PATH.exec(href)?.[1] ?? null) : null;
}
