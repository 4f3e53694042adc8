/**
 * Every Seller Central host, one by one: Chrome match patterns cannot wildcard a top-level domain, so
 * `*://sellercentral.amazon.*\/*` is not allowed. This list is the extension's whole host access.
 */
export type Marketplace =
  | 'US' | 'CA' | 'MX' | 'BR' | 'UK' | 'DE' | 'FR' | 'IT' | 'ES' | 'NL' | 'PL' | 'SE' | 'BE' | 'TR'
  | 'AE' | 'SA' | 'EG' | 'IN' | 'SG' | 'AU' | 'JP' | 'EU';

/** Host → the marketplace it serves (EU: the pan-European host, where the marketplace comes from the page). */
export const SELLER_CENTRAL_HOSTS: Readonly<Record<string, Marketplace>> = {
  'sellercentral.amazon.com': 'US',
  'sellercentral.amazon.ca': 'CA',
  'sellercentral.amazon.com.mx': 'MX',
  'sellercentral.amazon.com.br': 'BR',
  'sellercentral.amazon.co.uk': 'UK',
  'sellercentral.amazon.de': 'DE',
  'sellercentral.amazon.fr': 'FR',
  'sellercentral.amazon.it': 'IT',
  'sellercentral.amazon.es': 'ES',
  'sellercentral.amazon.nl': 'NL',
  'sellercentral.amazon.pl': 'PL',
  'sellercentral.amazon.se': 'SE',
  'sellercentral.amazon.com.be': 'BE',
  'sellercentral.amazon.com.tr': 'TR',
  'sellercentral.amazon.ae': 'AE',
  'sellercentral.amazon.sa': 'SA',
  'sellercentral.amazon.eg': 'EG',
  'sellercentral.amazon.in': 'IN',
  'sellercentral.amazon.sg': 'SG',
  'sellercentral.amazon.com.au': 'AU',
  'sellercentral-japan.amazon.com': 'JP',
  'sellercentral.amazon.co.jp': 'JP',
  'sellercentral-europe.amazon.com': 'EU',
};

/** Match patterns for the manifest (content scripts and host permissions). */
export const SELLER_CENTRAL_MATCHES: string[] = Object.keys(SELLER_CENTRAL_HOSTS).map((host) => `https://${host}/*`);

export function marketplaceOfHost(hostname: string): Marketplace | null {
  return SELLER_CENTRAL_HOSTS[hostname.toLowerCase()] ?? null;
}

export function isSellerCentralUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && marketplaceOfHost(parsed.hostname) !== null;
  } catch {
    return false;
  }
}
