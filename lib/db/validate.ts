import { SELLER_CENTRAL_HOSTS, type Marketplace } from '@/lib/sellercentral/hosts';

/**
 * Small checks for data that comes from outside the code: a settings form, a stored value written by another
 * version, an import file. Each returns a reason a person can act on ("must be a whole number from 30 to 3650"),
 * or null when the value is fine. No schema library: the shapes are few and flat.
 */
export type Problem = string | null;

const MARKETPLACES: ReadonlySet<string> = new Set(Object.values(SELLER_CENTRAL_HOSTS));

export function isMarketplace(value: unknown): value is Marketplace {
  return typeof value === 'string' && MARKETPLACES.has(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `a text of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'not a finite number';
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function checkNumber(value: unknown, min: number, max: number, integer: boolean): Problem {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  if (ok && (!integer || Number.isInteger(value))) return null;
  return `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got ${describeValue(value)})`;
}

export function checkBoolean(value: unknown): Problem {
  return typeof value === 'boolean' ? null : `must be true or false (got ${describeValue(value)})`;
}

export function checkString(value: unknown, maxLength: number, allowEmpty = true): Problem {
  if (typeof value !== 'string') return `must be a text (got ${describeValue(value)})`;
  if (!allowEmpty && value.length === 0) return 'must not be empty';
  return value.length <= maxLength ? null : `must be at most ${maxLength} characters (got ${value.length})`;
}

export function checkOneOf(value: unknown, allowed: readonly unknown[]): Problem {
  return allowed.includes(value)
    ? null
    : `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')} (got ${describeValue(value)})`;
}

/** Epoch milliseconds (a time stored by this extension): finite and not negative. */
export function checkTime(value: unknown, nullable = false): Problem {
  if (nullable && value === null) return null;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? null
    : `must be a time in epoch milliseconds${nullable ? ' or null' : ''} (got ${describeValue(value)})`;
}

export function checkNullable(value: unknown, check: (v: unknown) => Problem): Problem {
  return value === null ? null : check(value);
}
