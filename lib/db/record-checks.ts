import type { Fulfilment, OrderStatus, PaymentKind } from '@/lib/sellercentral/types';
import type { ThreadRecordV1 } from './migrations';
import {
  ORDER_TEXT_MAX,
  type FeedbackRecord,
  type HoldRecord,
  type HoldState,
  type OrderRecord,
  type ResponseHow,
  type TemplateRecord,
  type ThreadRecord,
  type ThreadState,
} from './records';
import {
  checkBoolean,
  checkNullable,
  checkNumber,
  checkOneOf,
  checkString,
  checkTime,
  describeValue,
  isMarketplace,
  isPlainObject,
  type Problem,
} from './validate';

/**
 * The shape of every stored record, checked field by field (for import files). Each table's checks are typed
 * `Record<keyof TheRecord, …>`, so a field added to records.ts without a check here is a compile error.
 * Fields a record carries beyond these are kept as they are (a later version may have added them).
 */
type FieldChecks<T> = Record<keyof T, (value: unknown) => Problem>;

/** Runtime lists of the union types; `satisfies` + the Exhaustive checks below keep them equal to the types. */
const THREAD_STATES = ['open', 'answered', 'no_response_needed'] as const satisfies readonly ThreadState[];
const RESPONSE_HOWS = ['reply', 'no_response_needed'] as const satisfies readonly ResponseHow[];
const ORDER_STATUSES = [
  'pending',
  'unshipped',
  'shipped',
  'canceled',
  'delivered',
  'returned',
  'unknown',
] as const satisfies readonly OrderStatus[];
const FULFILMENTS = ['FBA', 'MFN'] as const satisfies readonly Fulfilment[];
const PAYMENT_KINDS = ['konbini', 'cod', 'card', 'other'] as const satisfies readonly PaymentKind[];
const HOLD_STATES = ['watching', 'reported', 'released'] as const satisfies readonly HoldState[];
type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : never;
const exhaustive: [
  Exhaustive<ThreadState, (typeof THREAD_STATES)[number]>,
  Exhaustive<ResponseHow, (typeof RESPONSE_HOWS)[number]>,
  Exhaustive<OrderStatus, (typeof ORDER_STATUSES)[number]>,
  Exhaustive<Fulfilment, (typeof FULFILMENTS)[number]>,
  Exhaustive<PaymentKind, (typeof PAYMENT_KINDS)[number]>,
  Exhaustive<HoldState, (typeof HOLD_STATES)[number]>,
] = [true, true, true, true, true, true];
void exhaustive;

const text = (max: number) => (v: unknown) => checkString(v, max);
const key = (v: unknown) => checkString(v, 500, false);
const optionalText = (max: number) => (v: unknown) => checkNullable(v, text(max));
const marketplace = (v: unknown): Problem =>
  v === null || isMarketplace(v) ? null : `must be a Seller Central marketplace code or null (got ${describeValue(v)})`;
const flag = (v: unknown) => checkOneOf(v, [0, 1]);
const time = (v: unknown) => checkTime(v);
const optionalTime = (v: unknown) => checkTime(v, true);

function listOf(check: (item: unknown) => Problem, max: number) {
  return (value: unknown): Problem => {
    if (!Array.isArray(value)) return `must be a list (got ${describeValue(value)})`;
    if (value.length > max) return `must have at most ${max} entries (got ${value.length})`;
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i]);
      if (problem) return `[${i}]${/^[.[]/.test(problem) ? '' : ' '}${problem}`;
    }
    return null;
  };
}

/** Checks of fields added later without a schema version: a record (or export file) from before lacks them. */
const MAY_BE_ABSENT = new WeakSet<(value: unknown) => Problem>();
function mayBeAbsent(check: (value: unknown) => Problem): (value: unknown) => Problem {
  const wrapped = (value: unknown) => check(value);
  MAY_BE_ABSENT.add(wrapped);
  return wrapped;
}

function objectOf<T>(fields: FieldChecks<T>) {
  return (value: unknown): Problem => {
    if (!isPlainObject(value)) return `must be an object (got ${describeValue(value)})`;
    for (const [field, check] of Object.entries(fields) as [string, (v: unknown) => Problem][]) {
      // An absent optional field is the same as undefined (JSON drops undefined on export).
      if (MAY_BE_ABSENT.has(check) && value[field] === undefined) continue;
      if (!(field in value)) return `.${field} is missing`;
      const problem = check(value[field]);
      if (problem) return `.${field}${/^[.[]/.test(problem) ? '' : ' '}${problem}`;
    }
    return null;
  };
}

const threadV1Fields: FieldChecks<ThreadRecordV1> = {
  key,
  marketplace,
  threadId: optionalText(500),
  orderId: optionalText(100),
  buyerName: optionalText(500),
  subject: optionalText(2000),
  url: text(4000),
  category: optionalText(100),
  scam: checkBoolean,
  lang: optionalText(35),
  state: (v) => checkOneOf(v, THREAD_STATES),
  open: flag,
  firstSeenAt: time,
  clockStartAt: time,
  dueAt: time,
  closedAt: optionalTime,
  lastReadAt: time,
  responses: listOf(
    objectOf<ThreadRecord['responses'][number]>({
      buyerAt: time,
      answeredAt: time,
      how: (v) => checkOneOf(v, RESPONSE_HOWS),
    }),
    1000,
  ),
};

const threadV2Fields: FieldChecks<ThreadRecord> = {
  ...threadV1Fields,
  seenBuyerKey: optionalText(200),
  clockKey: optionalText(200),
  clockFromPage: checkBoolean,
  nearNotifiedFor: optionalTime,
};

/** The `open` flag feeds the [open+dueAt] index: a record whose flag contradicts its state would break the badge. */
function threadConsistency(value: Record<string, unknown>): Problem {
  if ((value.state === 'open') !== (value.open === 1)) return `.open must be ${value.state === 'open' ? 1 : 0} for state "${String(value.state)}"`;
  return null;
}

export const checkThreadV1 = (v: unknown) => objectOf(threadV1Fields)(v) ?? threadConsistency(v as Record<string, unknown>);
export const checkThread = (v: unknown) => objectOf(threadV2Fields)(v) ?? threadConsistency(v as Record<string, unknown>);

export const checkTemplate = objectOf<TemplateRecord>({
  id: key,
  category: text(100),
  lang: text(35),
  title: text(1000),
  body: text(100_000),
  origin: (v) => checkOneOf(v, ['builtin', 'custom']),
  overrides: optionalText(500),
  updatedAt: time,
});

export const checkOrder = objectOf<OrderRecord>({
  key,
  orderId: (v) => checkString(v, 100, false),
  marketplace,
  asin: text(100),
  sku: optionalText(200),
  quantity: (v) => checkNumber(v, 0, 1_000_000, true),
  orderDate: optionalTime,
  status: (v) => checkOneOf(v, ORDER_STATUSES),
  fulfilment: (v) => checkOneOf(v, [null, ...FULFILMENTS]),
  paymentMethod: optionalText(500),
  paymentKind: (v) => checkOneOf(v, [null, ...PAYMENT_KINDS]),
  buyerName: optionalText(500),
  history: listOf(
    objectOf<OrderRecord['history'][number]>({ status: (v) => checkOneOf(v, ORDER_STATUSES), at: time }),
    1000,
  ),
  firstSeenAt: time,
  updatedAt: time,
  pending: flag,
  source: (v) => checkOneOf(v, ['page', 'report']),
  title: mayBeAbsent(optionalText(ORDER_TEXT_MAX)),
  shipBy: mayBeAbsent(optionalTime),
  buyerRequestedCancel: mayBeAbsent(optionalText(ORDER_TEXT_MAX)),
});

export const checkHold = objectOf<HoldRecord>({
  asin: key,
  state: (v) => checkOneOf(v, HOLD_STATES),
  firstFlaggedAt: time,
  reportedAt: optionalTime,
  releasedAt: optionalTime,
  acknowledged: flag,
});

export const checkFeedback = objectOf<FeedbackRecord>({
  orderId: key,
  marketplace,
  date: optionalTime,
  dateText: optionalText(200),
  rating: (v) => checkNullable(v, (r) => checkNumber(r, 1, 5, false)),
  comment: text(100_000),
  negative: flag,
  firstSeenAt: time,
});
