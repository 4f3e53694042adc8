import type { Marketplace } from './hosts';
import { MARKETPLACE_TIME_ZONES } from './marketplaces';

/**
 * Dates as Seller Central shows them, in the languages we read, turned into ISO 8601 UTC:
 *   JP "2026年11月22日(日) 14:03 JST", "2026/11/22 14:03"; EN "Nov 22, 2026 2:03 PM PST", "Thu, Dec 5, 2019";
 *   DE "22.11.2026 14:03", "22. November 2026"; FR "22 nov. 2026 14:03"; ISO "2026-11-22T05:03:00Z".
 * A written zone (JST, PST, CEST, GMT+9…) wins; otherwise the marketplace's zone applies, with its daylight-saving
 * offset for that very date worked out through Intl (no date library: the content script must stay small).
 */

/** Month names and abbreviations in EN/DE/FR, keyed by their first 3 or 4 letters (accents kept and stripped). */
const MONTH_PREFIXES: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, fev: 2, 'fév': 2, mar: 3, 'mär': 3, mrz: 3, apr: 4, avr: 4, may: 5, mai: 5,
  jun: 6, juin: 6, jul: 7, juil: 7, aug: 8, aou: 8, 'aoû': 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, 'déc': 12, dez: 12,
};

/** Zone abbreviations Seller Central prints, as minutes east of UTC. CST/IST are read as US Central / India. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, WEST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  JST: 540, KST: 540, SGT: 480, IST: 330, GST: 240, AST: 180, TRT: 180, AEST: 600, AEDT: 660, BRT: -180,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240, AKST: -540, AKDT: -480,
  HST: -600,
};

const ZONE_WORD = new RegExp(`(?:^|[^A-Za-z])(${Object.keys(ZONE_OFFSETS).filter((z) => z !== 'Z').join('|')})(?![A-Za-z])`);
const ZONE_NUMERIC = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function timeZoneOf(marketplace: Marketplace | null): string {
  return marketplace ? MARKETPLACE_TIME_ZONES[marketplace] : 'UTC';
}

/** Parse a date as shown on a Seller Central page; null when the text holds no date we can read with certainty. */
export function parsePageDate(text: string | null | undefined, marketplace: Marketplace | null): string | null {
  if (!text) return null;
  const source = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!source || source.length > 200) return null;

  const iso = parseIso(source);
  if (iso !== undefined) return iso;

  const date = findDate(source, marketplace);
  if (!date) return null;
  const rest = source.slice(0, date.index) + ' ' + source.slice(date.index + date.length);
  const clock = findClock(rest);
  if (clock === null) return null;
  const wall: WallTime = { ...date.ymd, ...(clock ?? { hour: 0, minute: 0, second: 0 }) };
  if (!isValidWallTime(wall)) return null;

  const written = findZoneOffset(rest);
  const utcMs =
    written !== null
      ? wallAsUtcMs(wall) - written * 60_000
      : zonedWallTimeToUtcMs(wall, timeZoneOf(marketplace));
  return utcMs === null || Number.isNaN(utcMs) ? null : new Date(utcMs).toISOString();
}

/** undefined: not ISO-shaped (try the other formats); null: ISO-shaped but invalid. */
function parseIso(source: string): string | null | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(source);
  if (!m) return undefined;
  const wall: WallTime = {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0),
  };
  if (!isValidWallTime(wall)) return null;
  const zone = m[7];
  if (!zone) return new Date(wallAsUtcMs(wall)).toISOString(); // machine-readable without zone: take it as UTC
  const offset = zone === 'Z' ? 0 : parseOffset(zone);
  return new Date(wallAsUtcMs(wall) - offset * 60_000).toISOString();
}

function parseOffset(zone: string): number {
  const m = /([+-])(\d{2}):?(\d{2})/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

interface FoundDate {
  ymd: { year: number; month: number; day: number };
  index: number;
  length: number;
}

function findDate(s: string, marketplace: Marketplace | null): FoundDate | null {
  const found = (m: RegExpExecArray, year: number, month: number, day: number): FoundDate => ({
    ymd: { year, month, day },
    index: m.index,
    length: m[0].length,
  });
  let m: RegExpExecArray | null;
  // 2026年11月22日
  if ((m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s))) return found(m, +m[1]!, +m[2]!, +m[3]!);
  // 2026/11/22 (JP) — a four-digit year first is never ambiguous
  if ((m = /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s))) return found(m, +m[1]!, +m[2]!, +m[3]!);
  // 22.11.2026 (DE)
  if ((m = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/.exec(s))) return found(m, +m[3]!, +m[2]!, +m[1]!);
  // 11/22/2026 (US, CA) or 22/11/2026 (everywhere else)
  if ((m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s))) {
    const monthFirst = marketplace === 'US' || marketplace === 'CA';
    return monthFirst ? found(m, +m[3]!, +m[1]!, +m[2]!) : found(m, +m[3]!, +m[2]!, +m[1]!);
  }
  // Nov 22, 2026 / November 22 2026
  if ((m = /([A-Za-zÀ-ÿ]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s))) {
    const month = monthOf(m[1]!);
    if (month) return found(m, +m[3]!, month, +m[2]!);
  }
  // 22 nov. 2026 / 22. November 2026 / 22 Nov 2026
  if ((m = /(\d{1,2})\.?\s+([A-Za-zÀ-ÿ]{3,})\.?,?\s+(\d{4})/.exec(s))) {
    const month = monthOf(m[2]!);
    if (month) return found(m, +m[3]!, month, +m[1]!);
  }
  return null;
}

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const stripped = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const candidate of [w.slice(0, 4), w.slice(0, 3), stripped.slice(0, 4), stripped.slice(0, 3)]) {
    const month = MONTH_PREFIXES[candidate];
    if (month) return month;
  }
  return null;
}

/** undefined: no time of day written (a date alone); null: a clock that cannot be right (25:00). */
function findClock(s: string): { hour: number; minute: number; second: number } | null | undefined {
  const m = /(午前|午後)?\s*(\d{1,2})\s*[:h]\s*(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?\s*(?:[Mm]\.?)?(?![A-Za-z])/.exec(s);
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? 0);
  const pm = m[1] === '午後' || m[5]?.toLowerCase() === 'p';
  const am = m[1] === '午前' || m[5]?.toLowerCase() === 'a';
  if (pm || am) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function findZoneOffset(s: string): number | null {
  const numeric = ZONE_NUMERIC.exec(s);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const word = ZONE_WORD.exec(s);
  return word?.[1] ? (ZONE_OFFSETS[word[1]] ?? null) : null;
}

function isValidWallTime(w: WallTime): boolean {
  if (w.year < 1990 || w.year > 2200 || w.month < 1 || w.month > 12 || w.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(w.year, w.month, 0)).getUTCDate();
  return w.day <= daysInMonth && w.hour < 24 && w.minute < 60 && w.second < 60;
}

function wallAsUtcMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** Cached: building a DateTimeFormat costs far more than using one. null when the runtime lacks the zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat('en-US', {
          timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
          hour: 'numeric', minute: 'numeric', second: 'numeric',
        }),
      );
    } catch {
      formatters.set(timeZone, null);
    }
  }
  return formatters.get(timeZone) ?? null;
}

/** Minutes east of UTC that `timeZone` is at the instant `utcMs`. */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number | null {
  const format = formatterFor(timeZone);
  if (!format) return null;
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a wall-clock time in an IANA zone. Two passes: the offset at the first guess can differ from
 * the offset at the answer around a DST change. A time that does not exist (spring-forward gap) lands after the gap.
 */
export function zonedWallTimeToUtcMs(w: WallTime, timeZone: string): number | null {
  const guess = wallAsUtcMs(w);
  const first = zoneOffsetMinutes(timeZone, guess);
  if (first === null) return null;
  let utc = guess - first * 60_000;
  const second = zoneOffsetMinutes(timeZone, utc);
  if (second !== null && second !== first) utc = guess - second * 60_000;
  return utc;
}
