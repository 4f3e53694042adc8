/** Bulk-order hold detection per ASIN: the public API the worker and the panel use. */
export { DEFAULT_HOLD_SETTINGS, paymentDeadlineDays, type HoldSettings } from './settings';
export { ingestOrderSnapshot, ingestReportRows, type IngestResult } from './ingest';
export { detectHolds, HOLD_RULES, type HoldFlag } from './detect';
export { describeReason, type HoldReason, type HoldReasonCode } from './reasons';
export { sellerSupportReport, type ReportOrder, type SellerSupportReport } from './report';
export { parseOrderReport, type ParseReportResult, type ReportRow } from './order-report';
export {
  acknowledgeHolds,
  holdsOverview,
  markReported,
  newHoldCount,
  orderTime,
  syncHolds,
  type HoldOverviewEntry,
  type HoldTimelineEntry,
} from './state';
export { formatTime } from './format-time';
