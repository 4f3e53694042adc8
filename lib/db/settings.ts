import { DEFAULT_HOLD_SETTINGS, type HoldSettings } from '@/lib/holds/settings';
import { UI_LANGS, type UiLang } from '@/lib/i18n';
import type { GuardDB } from './db';
import { guardWrite } from './errors';
import { checkBoolean, checkNumber, checkOneOf, checkString, describeValue, isMarketplace, isPlainObject, type Problem } from './validate';

/**
 * The seller's settings. Stored one row per setting in the `settings` table (only the ones changed from the
 * default), so two tabs changing two different settings at once both keep their change, and a value a newer or
 * older version wrote that this one cannot read falls back to the default instead of breaking the panel.
 *
 * Hold knobs keep the shape of lib/holds/settings.ts (its defaults are the one place for them): `getSettings(db)`
 * can be passed straight to the hold detection.
 */
export interface Settings extends HoldSettings {
  /** A thread with less than this many hours left counts as near the deadline (badge, amber). */
  nearWindowHours: number;
  /** Desktop notification when a thread enters the near window. */
  notifyNearDeadline: boolean;
  /** Closed threads older than this are deleted. At least 30, so the 30-day stats always have their data. */
  retentionDays: number;
  /** null: follow the browser's language. */
  uiLang: UiLang | null;
  /** Used in reply templates ({sellerName}). */
  sellerName: string;
  /** Desktop notification when a bulk-hold pattern is found. */
  notifyHolds: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  nearWindowHours: 6,
  notifyNearDeadline: false,
  retentionDays: 180,
  uiLang: null,
  sellerName: '',
  ...DEFAULT_HOLD_SETTINGS,
  notifyHolds: false,
};

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** A change: paymentDeadlineDays is merged per marketplace (null removes a marketplace's own value). */
export type SettingsPatch = Partial<Omit<Settings, 'paymentDeadlineDays'>> & {
  paymentDeadlineDays?: Partial<Record<keyof HoldSettings['paymentDeadlineDays'], number | null>>;
};

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; field: string; error: string };

const PAYMENT_DAYS = { min: 1, max: 30 };

const CHECKS: Record<SettingKey, (value: unknown) => Problem> = {
  nearWindowHours: (v) => checkNumber(v, 1, 24, false),
  notifyNearDeadline: checkBoolean,
  retentionDays: (v) => checkNumber(v, 30, 3650, true),
  uiLang: (v) => checkOneOf(v, [null, ...UI_LANGS]),
  sellerName: (v) => checkString(v, 100),
  paymentDeadlineDays: checkPaymentDays,
  holdMinPendingOrders: (v) => checkNumber(v, 2, 1000, true),
  holdWindowHours: (v) => checkNumber(v, 1, 720, false),
  notifyHolds: checkBoolean,
};

function checkPaymentDays(value: unknown): Problem {
  if (!isPlainObject(value)) return `must be an object of days per marketplace (got ${describeValue(value)})`;
  if (!('default' in value)) return 'must have a "default" number of days';
  for (const [market, days] of Object.entries(value)) {
    if (market !== 'default' && !isMarketplace(market)) return `has an unknown marketplace "${market}"`;
    const problem = checkNumber(days, PAYMENT_DAYS.min, PAYMENT_DAYS.max, true);
    if (problem) return `.${market} ${problem}`;
  }
  return null;
}

/** Why this value cannot be stored under this key, or null. Shared with the import of an export file. */
export function settingProblem(key: string, value: unknown): Problem {
  if (!(SETTING_KEYS as string[]).includes(key)) return `is not a known setting`;
  return CHECKS[key as SettingKey](value);
}

/** The settings in force: stored values that pass their check, defaults for the rest. */
export async function getSettings(db: GuardDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  rows.forEach((row, i) => {
    const key = SETTING_KEYS[i]!;
    if (row && CHECKS[key](row.value) === null) settings[key] = row.value;
  });
  return settings as unknown as Settings;
}

/**
 * Validate the whole patch, then store it in one transaction (all of it or none). A bad value is refused with the
 * field and the reason; nothing is stored then.
 */
export async function updateSettings(db: GuardDB, patch: SettingsPatch): Promise<SettingsResult> {
  if (!isPlainObject(patch)) return { ok: false, field: '', error: `Settings: expected an object (got ${describeValue(patch)})` };
  for (const [key, value] of Object.entries(patch)) {
    if (!(SETTING_KEYS as string[]).includes(key)) return refuse(key, 'is not a known setting');
    if (key === 'paymentDeadlineDays') {
      const problem = checkPaymentDaysPatch(value);
      if (problem) return refuse(key, problem);
      continue;
    }
    const problem = CHECKS[key as SettingKey](key === 'sellerName' && typeof value === 'string' ? value.trim() : value);
    if (problem) return refuse(key, problem);
  }

  const settings = await guardWrite('settings', () =>
    db.transaction('rw', db.settings, async () => {
      const current = await getSettings(db);
      const next: Settings = { ...current };
      for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
        if (key === 'paymentDeadlineDays') next.paymentDeadlineDays = mergePaymentDays(current.paymentDeadlineDays, value);
        else if (key === 'sellerName') next.sellerName = (value as string).trim();
        else (next as unknown as Record<string, unknown>)[key] = value;
      }
      await db.settings.bulkPut(Object.keys(patch).map((key) => ({ key, value: next[key as SettingKey] })));
      return next;
    }),
  );
  return { ok: true, settings };
}

function refuse(field: string, problem: string): SettingsResult {
  return { ok: false, field, error: `Setting "${field}" ${problem}.` };
}

function checkPaymentDaysPatch(value: unknown): Problem {
  if (!isPlainObject(value)) return `must be an object of days per marketplace (got ${describeValue(value)})`;
  for (const [market, days] of Object.entries(value)) {
    if (market !== 'default' && !isMarketplace(market)) return `has an unknown marketplace "${market}"`;
    if (days === null && market === 'default') return 'must keep a "default" number of days';
    if (days === null) continue;
    const problem = checkNumber(days, PAYMENT_DAYS.min, PAYMENT_DAYS.max, true);
    if (problem) return `.${market} ${problem}`;
  }
  return null;
}

function mergePaymentDays(current: Settings['paymentDeadlineDays'], patch: unknown): Settings['paymentDeadlineDays'] {
  const merged: Record<string, number> = { ...current };
  for (const [market, days] of Object.entries(patch as Record<string, number | null>)) {
    if (days === null) delete merged[market];
    else merged[market] = days;
  }
  return merged as Settings['paymentDeadlineDays'];
}
