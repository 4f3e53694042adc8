import type { Marketplace } from '@/lib/sellercentral/hosts';

/**
 * The knobs of hold detection. The stored values live in lib/db/settings.ts (the seller can change them); every
 * function here takes a plain object so it stays pure and testable, and the wiring passes the stored one.
 */
export interface HoldSettings {
  /**
   * Days from the order until Amazon cancels an unpaid order by itself (the payment deadline), per marketplace.
   * Amazon JP: about 6 days after the convenience-store payment number is issued.
   */
  paymentDeadlineDays: Partial<Record<Marketplace, number>> & { default: number };
  /** Pending orders of one ASIN, inside one window, that make a hold pattern. */
  holdMinPendingOrders: number;
  /** The window those orders must fall into. */
  holdWindowHours: number;
}

export const DEFAULT_HOLD_SETTINGS: HoldSettings = {
  paymentDeadlineDays: { default: 6 },
  holdMinPendingOrders: 3,
  holdWindowHours: 48,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days until the automatic cancellation in this marketplace (the default for unknown marketplaces). */
export function paymentDeadlineDays(settings: HoldSettings, marketplace: Marketplace | null): number {
  const days = (marketplace && settings.paymentDeadlineDays[marketplace]) ?? settings.paymentDeadlineDays.default;
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_HOLD_SETTINGS.paymentDeadlineDays.default;
}

export function paymentDeadlineMs(settings: HoldSettings, marketplace: Marketplace | null): number {
  return paymentDeadlineDays(settings, marketplace) * DAY_MS;
}
