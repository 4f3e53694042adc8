import type { OrderRecord } from '@/lib/db/records';
import type { PaymentKind } from '@/lib/sellercentral/types';
import { NO_ASIN, orderTime } from './order-lines';
import type { HoldReason } from './reasons';
import { DEFAULT_HOLD_SETTINGS, paymentDeadlineDays, type HoldSettings } from './settings';

/** One ASIN whose pending orders look like a bulk hold. */
export interface HoldFlag {
  asin: string;
  /** The pending orders that make the pattern, oldest first (the ones to report). */
  orderIds: string[];
  pendingOrders: number;
  /** Units those orders keep out of stock. */
  lockedUnits: number;
  /** 0–100: 40 is the bare threshold; payment, buyer and timing patterns add to it. */
  score: number;
  /** Why, strongest first; the last one says when the stock comes back. */
  reasons: HoldReason[];
  firstOrderAt: number;
  /** When the automatic cancellation at the payment deadline has released every one of these orders. */
  expectedReleaseAt: number;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The fixed parts of the rule (the seller's knobs are in HoldSettings). Named so a test or a tuning pass changes
 * them in one place.
 */
export const HOLD_RULES = {
  /** Pending units in one window against the stock listed. */
  stockShare: 0.5,
  /**
   * Hours a pending order waits before it counts. Card authorisations clear in minutes, so a fresh pending card
   * order is ordinary demand; a pending order of unknown payment counts at once because on Amazon JP, where holds
   * happen, orders that stay pending are almost always unpaid convenience-store / ATM orders.
   */
  clearGraceHours: { card: 6 } as Partial<Record<PaymentKind, number>>,
  /** "Many buyers in a short burst": threshold-many orders within this span. */
  burstMinutes: 120,
  /** One order this large (or this share of the stock listed) is a bulk order. */
  largeOrderUnits: 5,
  largeOrderStockShare: 0.2,
  /**
   * An order still pending this long after ordering should have been cancelled already: our copy is stale (the
   * seller has not opened a page showing it since), so it no longer counts. Sellers report locks of up to two weeks.
   */
  staleAfterDays: 14,
  weights: { threshold: 40, both: 10, konbini: 30, sameBuyer: 15, burst: 15, largeOrder: 10 },
} as const;

interface Held {
  record: OrderRecord;
  at: number;
  units: number;
  releaseAt: number;
  days: number;
}

/**
 * Per ASIN: flag when, inside one window of `holdWindowHours`, the pending orders reach `holdMinPendingOrders` or
 * their units reach half the stock listed (when known). Pure: the same orders, settings and time give the same flags.
 */
export function detectHolds(
  orders: readonly OrderRecord[],
  settings: HoldSettings,
  now: number,
  stockByAsin: Readonly<Record<string, number>> = {},
): HoldFlag[] {
  const byAsin = new Map<string, Held[]>();
  for (const record of orders) {
    const held = heldOrder(record, settings, now);
    if (!held) continue;
    const list = byAsin.get(record.asin);
    if (list) list.push(held);
    else byAsin.set(record.asin, [held]);
  }
  const flags: HoldFlag[] = [];
  for (const [asin, held] of byAsin) {
    const stock = stockByAsin[asin];
    const flag = flagOfAsin(asin, held, settings, typeof stock === 'number' && stock > 0 ? stock : null);
    if (flag) flags.push(flag);
  }
  return flags.sort((a, b) => b.score - a.score || a.asin.localeCompare(b.asin));
}

/** A pending order line that counts toward a hold, or null. */
function heldOrder(record: OrderRecord, settings: HoldSettings, now: number): Held | null {
  if (record.pending !== 1 || record.asin === NO_ASIN) return null;
  const at = orderTime(record);
  const graceHours = (record.paymentKind && HOLD_RULES.clearGraceHours[record.paymentKind]) ?? 0;
  if (now - at < graceHours * HOUR_MS) return null;
  const days = paymentDeadlineDays(settings, record.marketplace);
  if (now - at > Math.max(HOLD_RULES.staleAfterDays, days) * DAY_MS) return null;
  // A pending line whose quantity the page did not show still locks at least one unit.
  return { record, at, units: Math.max(1, record.quantity), releaseAt: at + days * DAY_MS, days };
}

function flagOfAsin(asin: string, all: Held[], settings: HoldSettings, stock: number | null): HoldFlag | null {
  const held = [...all].sort((a, b) => a.at - b.at || a.record.orderId.localeCompare(b.record.orderId));
  const windowHours = positiveOr(settings.holdWindowHours, DEFAULT_HOLD_SETTINGS.holdWindowHours);
  const windowMs = windowHours * HOUR_MS;
  const minOrders = Math.max(1, Math.floor(positiveOr(settings.holdMinPendingOrders, DEFAULT_HOLD_SETTINGS.holdMinPendingOrders)));
  const stockUnits = stock === null ? Infinity : stock * HOLD_RULES.stockShare;

  // Slide a window over the orders by time: every order inside a window that reaches either threshold is part of
  // the pattern, so a hold that goes on longer than one window is reported whole.
  const inPattern = new Array<boolean>(held.length).fill(false);
  let maxOrders = 0;
  let maxUnits = 0;
  let byCount = false;
  let byStock = false;
  let end = 0;
  let units = 0;
  for (let start = 0; start < held.length; start++) {
    while (end < held.length && held[end]!.at - held[start]!.at <= windowMs) units += held[end++]!.units;
    const count = end - start;
    maxOrders = Math.max(maxOrders, count);
    maxUnits = Math.max(maxUnits, units);
    const countHit = count >= minOrders;
    const stockHit = units >= stockUnits;
    if (countHit || stockHit) {
      byCount ||= countHit;
      byStock ||= stockHit;
      for (let i = start; i < end; i++) inPattern[i] = true;
    }
    units -= held[start]!.units;
  }
  if (!byCount && !byStock) return null;

  const pattern = held.filter((_, i) => inPattern[i]);
  const w = HOLD_RULES.weights;
  const reasons: HoldReason[] = [];
  let score = w.threshold + (byCount && byStock ? w.both : 0);
  if (byCount) {
    reasons.push({
      code: 'pending_orders',
      values: { orders: maxOrders, hours: windowHours, threshold: minOrders },
    });
  }
  if (byStock && stock !== null) {
    reasons.push({
      code: 'stock_share',
      values: { units: maxUnits, stock, percent: Math.round((maxUnits / stock) * 100) },
    });
  }

  const konbini = pattern.filter((h) => h.record.paymentKind === 'konbini').length;
  if (konbini > 0) {
    score += Math.round((w.konbini * konbini) / pattern.length);
    reasons.push({ code: 'konbini', values: { orders: konbini, total: pattern.length } });
  }

  const repeat = mostRepeatedBuyer(pattern);
  if (repeat) {
    score += w.sameBuyer;
    reasons.push({ code: 'same_buyer', values: repeat });
  }

  const burst = tightestBurst(pattern, minOrders);
  if (burst) {
    score += w.burst;
    reasons.push({ code: 'burst', values: burst });
  }

  const largest = pattern.reduce((a, b) => (b.units > a.units ? b : a));
  const largeUnits = Math.min(HOLD_RULES.largeOrderUnits, stock === null ? Infinity : stock * HOLD_RULES.largeOrderStockShare);
  if (largest.units >= Math.max(2, largeUnits)) {
    score += w.largeOrder;
    reasons.push({ code: 'large_order', values: { orderId: largest.record.orderId, units: largest.units } });
  }

  const lockedUnits = pattern.reduce((sum, h) => sum + h.units, 0);
  const last = pattern.reduce((a, b) => (b.releaseAt >= a.releaseAt ? b : a));
  const firstAt = Math.min(...pattern.map((h) => h.releaseAt));
  reasons.push({ code: 'release', values: { units: lockedUnits, days: last.days, firstAt, lastAt: last.releaseAt } });

  return {
    asin,
    orderIds: [...new Set(pattern.map((h) => h.record.orderId))],
    pendingOrders: new Set(pattern.map((h) => h.record.orderId)).size,
    lockedUnits,
    score: Math.min(100, score),
    reasons,
    firstOrderAt: pattern[0]!.at,
    expectedReleaseAt: last.releaseAt,
  };
}

/** A setting typed in by hand (0, empty, NaN) falls back to the default rather than flagging everything or nothing. */
function positiveOr(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Pages and reports write the same name with full-width or doubled spaces. */
function displayBuyer(name: string | null): string | null {
  const n = name?.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return n ? n : null;
}

function normaliseBuyer(name: string | null): string | null {
  return displayBuyer(name)?.toLowerCase() ?? null;
}

function mostRepeatedBuyer(pattern: readonly Held[]): { buyer: string; orders: number } | null {
  const counts = new Map<string, { buyer: string; orders: number }>();
  for (const h of pattern) {
    const key = normaliseBuyer(h.record.buyerName);
    if (!key) continue;
    const entry = counts.get(key) ?? { buyer: displayBuyer(h.record.buyerName)!, orders: 0 };
    entry.orders++;
    counts.set(key, entry);
  }
  let best: { buyer: string; orders: number } | null = null;
  for (const entry of counts.values()) if (entry.orders >= 2 && (!best || entry.orders > best.orders)) best = entry;
  return best;
}

/** The most orders inside `burstMinutes`, when they reach the threshold. */
function tightestBurst(
  pattern: readonly Held[],
  minOrders: number,
): { orders: number; minutes: number; buyers: number } | null {
  const spanMs = HOLD_RULES.burstMinutes * 60 * 1000;
  let best: { orders: number; minutes: number; buyers: number } | null = null;
  let end = 0;
  for (let start = 0; start < pattern.length; start++) {
    end = Math.max(end, start);
    while (end < pattern.length && pattern[end]!.at - pattern[start]!.at <= spanMs) end++;
    const orders = end - start;
    if (orders < Math.max(2, minOrders) || (best && orders <= best.orders)) continue;
    const slice = pattern.slice(start, end);
    const minutes = Math.max(1, Math.ceil((slice[slice.length - 1]!.at - slice[0]!.at) / 60000));
    const buyers = new Set(slice.map((h) => normaliseBuyer(h.record.buyerName)).filter(Boolean)).size;
    best = { orders, minutes, buyers };
  }
  return best;
}
