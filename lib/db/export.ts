import { SCHEMA_VERSION, type GuardDB } from './db';
import { guardWrite, StoreFullError } from './errors';
import { upgradeThreadV1toV2, type ThreadRecordV1 } from './migrations';
import { checkFeedback, checkHold, checkOrder, checkTemplate, checkThread, checkThreadV1 } from './record-checks';
import type { FeedbackRecord, HoldRecord, OrderRecord, TemplateRecord, ThreadRecord } from './records';
import { getSettings, settingProblem, type Settings } from './settings';
import { describeValue, isPlainObject, type Problem } from './validate';

/**
 * Everything the extension stores, as one JSON file the seller keeps (backup, or a move to another browser).
 * The file names its format and schema version; an import checks every record before it writes anything.
 */
export const EXPORT_FORMAT = 'seller-inbox-guard';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  threads: ThreadRecord[];
  templates: TemplateRecord[];
  settings: Settings;
  orders: OrderRecord[];
  holds: HoldRecord[];
  feedback: FeedbackRecord[];
}

const TABLES = ['threads', 'templates', 'orders', 'holds', 'feedback'] as const;
type TableName = (typeof TABLES)[number];
type Counts = Record<TableName | 'settings', number>;

export type ImportResult =
  | { ok: true; schemaVersion: number; written: Counts; keptExisting: Counts }
  | { ok: false; error: string };

/** All tables, read in one transaction so the file is one consistent moment. */
export async function exportAll(db: GuardDB, now: number = Date.now()): Promise<ExportFile> {
  return db.transaction('r', [db.threads, db.templates, db.orders, db.holds, db.feedback, db.settings], async () => ({
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    threads: await db.threads.toArray(),
    templates: await db.templates.toArray(),
    settings: await getSettings(db),
    orders: await db.orders.toArray(),
    holds: await db.holds.toArray(),
    feedback: await db.feedback.toArray(),
  }));
}

/** How each table's record is checked, keyed, and which of two copies of it is the newer one. */
const TABLE_RULES: {
  [T in TableName]: {
    check: (v: unknown) => Problem;
    key: (r: RecordOf<T>) => string;
    changedAt: (r: RecordOf<T>) => number;
  };
} = {
  threads: { check: checkThread, key: (r) => r.key, changedAt: (r) => r.lastReadAt },
  templates: { check: checkTemplate, key: (r) => r.id, changedAt: (r) => r.updatedAt },
  orders: { check: checkOrder, key: (r) => r.key, changedAt: (r) => r.updatedAt },
  holds: { check: checkHold, key: (r) => r.asin, changedAt: (r) => Math.max(r.firstFlaggedAt, r.reportedAt ?? 0, r.releasedAt ?? 0) },
  feedback: { check: checkFeedback, key: (r) => r.orderId, changedAt: (r) => r.firstSeenAt },
};

interface RecordTypes {
  threads: ThreadRecord;
  templates: TemplateRecord;
  orders: OrderRecord;
  holds: HoldRecord;
  feedback: FeedbackRecord;
}
type RecordOf<T extends TableName> = RecordTypes[T];

type Checked = { schemaVersion: number; tables: { [T in TableName]: RecordOf<T>[] }; settings: Record<string, unknown> };

/**
 * Import an export file (its text, or the parsed object). Every record is checked first; a file with any problem is
 * refused with a message naming it ("threads[12].dueAt must be a time …") and nothing is changed. A good file is
 * merged in one transaction: records not stored yet are added; for a record stored on both sides the newer copy
 * wins (threads: last read; templates and orders: last update; holds: last state change), a tie keeps the stored
 * one. The file's settings replace the current ones. Files of schema version 1 are upgraded like the database.
 */
export async function importAll(db: GuardDB, input: unknown): Promise<ImportResult> {
  const checked = checkFile(input);
  if ('error' in checked) return { ok: false, error: checked.error };
  try {
    const { written, keptExisting } = await guardWrite('import', () => merge(db, checked));
    return { ok: true, schemaVersion: checked.schemaVersion, written, keptExisting };
  } catch (error) {
    // The transaction was rolled back: nothing of the file is stored.
    if (error instanceof StoreFullError) return { ok: false, error: `Import stopped, nothing was changed: ${error.message}` };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Import failed and nothing was changed: ${reason}` };
  }
}

function checkFile(input: unknown): Checked | { error: string } {
  let file = input;
  if (typeof input === 'string') {
    try {
      file = JSON.parse(input);
    } catch (error) {
      return { error: `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
    }
  }
  if (!isPlainObject(file)) return { error: `The file is not a Seller Inbox Guard export (it holds ${describeValue(file)}).` };
  if (file.format !== EXPORT_FORMAT) {
    return { error: `The file is not a Seller Inbox Guard export ("format" is ${describeValue(file.format)}).` };
  }
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `The file's "schemaVersion" must be a whole number from 1 (got ${describeValue(version)}).` };
  }
  if (version > SCHEMA_VERSION) {
    return {
      error: `The file was made by a newer version of the extension (schema ${version}; this one reads up to ${SCHEMA_VERSION}). Update the extension, then import again.`,
    };
  }

  const tables = {} as Checked['tables'];
  for (const table of TABLES) {
    const list = file[table];
    if (!Array.isArray(list)) return { error: `The file's "${table}" must be a list (got ${describeValue(list)}).` };
    const check = table === 'threads' && version === 1 ? checkThreadV1 : TABLE_RULES[table].check;
    const rule = TABLE_RULES[table] as (typeof TABLE_RULES)['threads'];
    const seen = new Set<string>();
    const records: unknown[] = [];
    for (let i = 0; i < list.length; i++) {
      const problem = check(list[i]);
      if (problem) return { error: `${table}[${i}]${problem.startsWith('.') ? '' : ' '}${problem}.` };
      const record = table === 'threads' && version === 1 ? upgradeThreadV1toV2(list[i] as ThreadRecordV1) : list[i];
      const key = rule.key(record as ThreadRecord);
      if (seen.has(key)) return { error: `${table}[${i}]: the key "${key}" appears twice in the file.` };
      seen.add(key);
      records.push(record);
    }
    (tables as Record<TableName, unknown[]>)[table] = records;
  }

  const settings = file.settings;
  if (!isPlainObject(settings)) return { error: `The file's "settings" must be an object (got ${describeValue(settings)}).` };
  for (const [key, value] of Object.entries(settings)) {
    const problem = settingProblem(key, value);
    if (problem) return { error: `settings.${key} ${problem}.` };
  }
  return { schemaVersion: version, tables, settings };
}

async function merge(db: GuardDB, file: Checked) {
  const written = { settings: 0 } as Counts;
  const keptExisting = { settings: 0 } as Counts;
  await db.transaction('rw', [db.threads, db.templates, db.orders, db.holds, db.feedback, db.settings], async () => {
    for (const table of TABLES) {
      const rule = TABLE_RULES[table] as (typeof TABLE_RULES)['threads'];
      const incoming = file.tables[table] as ThreadRecord[];
      const dexieTable = db[table] as unknown as typeof db.threads;
      const existing = await dexieTable.bulkGet(incoming.map(rule.key));
      const newer = incoming.filter((r, i) => {
        const stored = existing[i];
        return !stored || rule.changedAt(r) > rule.changedAt(stored);
      });
      await dexieTable.bulkPut(newer);
      written[table] = newer.length;
      keptExisting[table] = incoming.length - newer.length;
    }
    const rows = Object.entries(file.settings).map(([key, value]) => ({ key, value }));
    await db.settings.bulkPut(rows);
    written.settings = rows.length;
  });
  return { written, keptExisting };
}
