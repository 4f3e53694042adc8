import type { ThreadRecord } from './records';

/**
 * Data upgrades between schema versions, as pure functions on one record. The Dexie upgrade in db.ts and the import
 * of an older export file both call these, so a record reaches the current shape the same way from either door.
 */

/** A thread as version 1 stored it (before the clock anchor fields). */
export type ThreadRecordV1 = Omit<ThreadRecord, 'seenBuyerKey' | 'clockKey' | 'clockFromPage' | 'nearNotifiedFor'>;

/**
 * Version 1 → 2: version 1 kept no anchor message, so the first read after the upgrade settles each thread from the
 * page's final state (see settleUnanchored in thread-clock.ts); that is what `seenBuyerKey: null` and
 * `clockKey: null` mean. Version 1
 * wrote the page time into clockStartAt when it had one and the first-seen time otherwise, so a start different
 * from firstSeenAt came from the page.
 */
export function upgradeThreadV1toV2(record: ThreadRecordV1 & Partial<ThreadRecord>): ThreadRecord {
  return {
    ...record,
    seenBuyerKey: record.seenBuyerKey ?? null,
    clockKey: record.clockKey ?? null,
    clockFromPage: record.clockFromPage ?? record.clockStartAt !== record.firstSeenAt,
    nearNotifiedFor: record.nearNotifiedFor ?? null,
  };
}
