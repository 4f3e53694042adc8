/**
 * Seller Central page reading: the one place that knows Seller Central's URLs, selectors and labels.
 * Content scripts import from here; everything returns plain JSON snapshots (types.ts).
 */
export { readPage } from './read-page';
export {
  readThreadSafely as readThread,
  readOrderSafely as readOrder,
  readOrderListSafely as readOrderList,
  readFeedbackSafely as readFeedback,
} from './read-page';
export { findReplyBox, insertIntoReplyBox, whenKatReady } from './reply-box';
export { parsePageDate, timeZoneOf } from './dates';
export { isSellerCentralUrl, marketplaceOfHost, SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from './hosts';
export type * from './types';
