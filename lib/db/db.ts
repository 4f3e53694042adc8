import Dexie, { type Table } from 'dexie';
import { upgradeThreadV1toV2, type ThreadRecordV1 } from './migrations';
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
    // Version 2: threads carry the clock anchor (seenBuyerKey), where the clock start came from, and the near-deadline
    // notification mark. No index changes; the upgrade backfills the fields on every stored thread.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<ThreadRecordV1, string>('threads')
          .toCollection()
          .modify((thread, ref) => {
            ref.value = upgradeThreadV1toV2(thread);
          }),
      );
  }
}

/** The schema version this code writes (and the one export files carry). */
export const SCHEMA_VERSION = 2;

let shared: GuardDB | null = null;

/** The database of this extension page / worker (tests make their own with `new GuardDB(uniqueName)`). */
export function getDb(): GuardDB {
  shared ??= new GuardDB();
  return shared;
}
