import { SELLER_CENTRAL_HOSTS, type Marketplace } from './hosts';

/**
 * Amazon's public marketplace ids (the same ones SP-API documents). Seller Central puts them in URLs
 * (`marketplaceID=`, `mons_sel_mkid=`) and in the marketplace switcher, which is how the pan-European host tells
 * which marketplace a page is about.
 */
export const MARKETPLACE_IDS: Readonly<Record<string, Marketplace>> = {
  ATVPDKIKX0DER: 'US',
  A2EUQ1WTGCTBG2: 'CA',
  A1AM78C64UM0Y8: 'MX',
  A2Q3Y263D00KWC: 'BR',
  A1F83G8C2ARO7P: 'UK',
  A1PA6795UKMFR9: 'DE',
  A13V1IB3VIYZZH: 'FR',
  APJ6JRA9NG5V4: 'IT',
  A1RKKUPIHCS9HS: 'ES',
  A1805IZSGTT6HS: 'NL',
  A1C3SOZRARQ6R3: 'PL',
  A2NODRKZP88ZB9: 'SE',
  AMEN7PMS3EDWL: 'BE',
  A33AVAJ2PDY3EV: 'TR',
  A2VIGQ35RCS4UG: 'AE',
  A17E79C6D8DWNP: 'SA',
  ARBP9OOSHTCHU: 'EG',
  A21TJRUUN4KGV: 'IN',
  A19VAU5U5O7RUS: 'SG',
  A39IBJ37TRP1C6: 'AU',
  A1VC38T7YXB528: 'JP',
};

/**
 * The time zone Seller Central shows a marketplace's times in when the text carries no zone. Offsets are never
 * hard-coded: Intl works out daylight saving for each date.
 */
export const MARKETPLACE_TIME_ZONES: Readonly<Record<Marketplace, string>> = {
  US: 'America/Los_Angeles',
  CA: 'America/Los_Angeles',
  MX: 'America/Mexico_City',
  BR: 'America/Sao_Paulo',
  UK: 'Europe/London',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  SE: 'Europe/Stockholm',
  BE: 'Europe/Brussels',
  TR: 'Europe/Istanbul',
  AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh',
  EG: 'Africa/Cairo',
  IN: 'Asia/Kolkata',
  SG: 'Asia/Singapore',
  AU: 'Australia/Sydney',
  JP: 'Asia/Tokyo',
  EU: 'Europe/Berlin',
};

/** "Amazon.fr", "amazon.co.uk" in a switcher's text → the marketplace of that storefront domain. */
export function marketplaceOfStorefront(text: string): Marketplace | null {
  const m = /amazon\.((?:com?\.)?[a-z]{2,3})\b/i.exec(text);
  if (!m?.[1]) return null;
  const tld = m[1].toLowerCase();
  if (tld === 'co.jp') return 'JP';
  return SELLER_CENTRAL_HOSTS[`sellercentral.amazon.${tld}`] ?? null;
}

export function marketplaceOfId(id: string | null | undefined): Marketplace | null {
  return id ? (MARKETPLACE_IDS[id.trim()] ?? null) : null;
}
