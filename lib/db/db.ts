import Dexie, { type Table } from 'dexie';
import type { FeedbackRecord, HoldRecord, OrderRecord, SettingRecord, TemplateRecord, ThreadRecord } from './records';

export const DB_NAME = 'seller-inbox-guard';

/**
 * The extension's one database. It lives in the extension's origin (background, side panel), never in the page's:
 * content scripts only send snapshots.
 *
 * Versions are append-only: a released version's schema string is never edited; a change is a new version with
 * an upgrade function when stored data must change shape. Migrations are tested in tests/unit/db/.
 */
export class GuardDB extends Dexie {
  threads!: Table<ThreadRecord, string>;
  settings!: Table<SettingRecord, string>;
  templates!: Table<TemplateRecord, string>;
  orders!: Table<OrderRecord, string>;
  holds!: Table<HoldRecord, string>;
  feedback!: Table<FeedbackRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      threads: '&key, [open+dueAt], state, firstSeenAt, closedAt, orderId',
      settings: '&key',
      templates: '&id, category, lang',
      orders: '&key, orderId, asin, [asin+pending], pending, orderDate, updatedAt',
      holds: '&asin, state',
      feedback: '&orderId, negative, date, firstSeenAt',
    });
  }
}

let shared: GuardDB | null = null;

/** The database of this extension page / worker (tests make their own with `new GuardDB(uniqueName)`). */
export function getDb(): GuardDB {
  shared ??= new GuardDB();
  return shared;
}
