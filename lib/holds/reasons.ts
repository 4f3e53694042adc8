import { defineMessages, translator, type UiLang } from '@/lib/i18n';
import { formatTime } from './format-time';

/**
 * Why an ASIN is flagged, as data: the panel, the CLI and the Seller Support report each word it for their reader,
 * and tests check the numbers rather than sentences. Times are epoch ms.
 */
export type HoldReason =
  /** The most pending orders found inside one window. */
  | { code: 'pending_orders'; values: { orders: number; hours: number; threshold: number } }
  /** The most pending units inside one window, against the stock listed. */
  | { code: 'stock_share'; values: { units: number; stock: number; percent: number } }
  | { code: 'konbini'; values: { orders: number; total: number } }
  | { code: 'same_buyer'; values: { buyer: string; orders: number } }
  /** `buyers` 0: the page did not show buyer names. */
  | { code: 'burst'; values: { orders: number; minutes: number; buyers: number } }
  | { code: 'large_order'; values: { orderId: string; units: number } }
  /** When the payment deadline cancels the unpaid orders: the first at `firstAt`, all by `lastAt`. */
  | { code: 'release'; values: { units: number; days: number; firstAt: number; lastAt: number } };

export type HoldReasonCode = HoldReason['code'];

const messages = defineMessages('holds.reasons', {
  en: {
    pending_orders: '{orders} pending orders of this ASIN within {hours} h (threshold: {threshold})',
    stock_share: '{units} pending units = {percent}% of the {stock} units you list',
    konbini: '{orders} of {total} orders use convenience-store payment, which can stay unpaid until the deadline',
    same_buyer: '{orders} orders from the same buyer ({buyer})',
    burst: '{orders} orders within {minutes} min',
    burst_buyers: '{orders} orders from {buyers} different buyers within {minutes} min',
    large_order: 'a single order of {units} units ({orderId})',
    release_one: '{units} units locked; if unpaid, the automatic cancellation ({days} days after ordering) releases them on {last}',
    release_range: '{units} units locked; if unpaid, the automatic cancellation ({days} days after ordering) releases them from {first}, all by {last}',
  },
  ja: {
    pending_orders: 'このASINの保留中の注文が{hours}時間以内に{orders}件（しきい値：{threshold}件）',
    stock_share: '保留中の数量{units}個は出品在庫{stock}個の{percent}%',
    konbini: '{total}件中{orders}件がコンビニ払い（支払期限まで未入金のまま在庫を確保できる支払方法）',
    same_buyer: '同じ購入者（{buyer}）から{orders}件',
    burst: '{minutes}分以内に{orders}件の注文が集中',
    burst_buyers: '{minutes}分以内に{buyers}人の購入者から{orders}件の注文が集中',
    large_order: '1件で{units}個の大量注文（{orderId}）',
    release_one: '{units}個が確保されています。未入金の場合、注文から{days}日後の自動キャンセルにより{last}に解放されます',
    release_range: '{units}個が確保されています。未入金の場合、注文から{days}日後の自動キャンセルにより{first}から順に、{last}までにすべて解放されます',
  },
});

/** One reason as a sentence with its numbers, in the UI language. */
export function describeReason(reason: HoldReason, lang: UiLang, timeZone = 'UTC'): string {
  const t = translator(messages, lang);
  switch (reason.code) {
    case 'burst':
      return t(reason.values.buyers > 1 ? 'burst_buyers' : 'burst', reason.values);
    case 'release': {
      const { units, days, firstAt, lastAt } = reason.values;
      const first = formatTime(firstAt, lang, timeZone);
      const last = formatTime(lastAt, lang, timeZone);
      return t(first === last ? 'release_one' : 'release_range', { units, days, first, last });
    }
    default:
      return t(reason.code, reason.values);
  }
}
