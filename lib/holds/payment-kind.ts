import type { PaymentKind } from '@/lib/sellercentral/types';

/**
 * A payment method as a report or page writes it → the family that matters for holds. Amazon's own codes
 * (CVS, COD, "ConvenienceStore", "CashOnDelivery", "Standard") and the Japanese UI words.
 */
export function paymentKindOf(text: string | null | undefined): PaymentKind | null {
  const t = text?.trim();
  if (!t) return null;
  if (/\bcvs\b|convenience|コンビニ|konbini/i.test(t)) return 'konbini';
  if (/\bcod\b|cash\s*on\s*delivery|代金引換|代引/i.test(t)) return 'cod';
  if (/standard|credit|debit|card|クレジット|カード/i.test(t)) return 'card';
  return 'other';
}
