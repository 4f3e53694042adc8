import type { OrderRecord } from '@/lib/db/records';
import { defineMessages, translator, UI_LANGS, type UiLang } from '@/lib/i18n';
import type { OrderStatus, PaymentKind } from '@/lib/sellercentral/types';
import type { HoldFlag } from './detect';
import { formatTime } from './format-time';
import { orderTime } from './order-lines';
import { describeReason } from './reasons';

/**
 * The report a seller pastes into a Seller Support case, pre-filled from a flag: order ids, ASIN, dates, quantities,
 * the pattern and what we ask Amazon to do. The text carries both Japanese and English (the seller's language
 * first) so it reads the same whoever picks up the case; the procedure is in the seller's language.
 */
export interface SellerSupportReport {
  /** For the case's subject field, in the UI language. */
  subject: string;
  /** The case text to copy: the UI language's section, then the other's. Plain text, never HTML. */
  text: string;
  /** Where in Seller Central to open the case, step by step, in the UI language. */
  procedure: string[];
}

const messages = defineMessages('holds.report', {
  en: {
    subject: 'Suspicious unpaid pending orders locking stock of ASIN {asin}',
    greeting: 'Hello Seller Support,',
    intro: 'Since {first}, {orders} pending, unpaid orders for ASIN {asin} keep {units} units out of our stock. They look like bulk orders placed to lock the stock (for example, convenience-store payment that is never made) rather than real demand.',
    asin: 'ASIN: {asin}',
    ordersHeading: 'Orders ({orders} orders, {units} units):',
    orderLine: '- {orderId} | ordered {date} | quantity {quantity} | payment: {payment} | status: {status}',
    patternHeading: 'Pattern:',
    requestHeading: 'Our request:',
    request1: '1. Please investigate these orders.',
    request2: '2. Please contact the buyers to confirm they intend to pay.',
    request3: '3. If they are not genuine, please cancel them so the stock becomes available again.',
    noSellerCancel: 'We have not cancelled them ourselves, as a seller cancellation would count against our cancellation rate.',
    thanks: 'Thank you.',
    step1: 'In Seller Central, open Help (top right) and choose "Get support".',
    step2: 'Choose "Selling on Amazon", type "suspicious pending orders" and choose "Contact us" (or "I need more help").',
    step3: 'Pick the orders category (an order issue) and contact by e-mail or chat.',
    step4: 'Paste the subject and the text below, send, and note the case ID.',
    step5: 'Mark this ASIN as reported here. Do not cancel these orders yourself: a seller cancellation counts against your cancellation rate. Amazon usually contacts the buyers and cancels within about a day.',
  },
  ja: {
    subject: 'ASIN {asin} の在庫を確保したままの未入金・保留中の注文についての調査依頼',
    greeting: 'Amazon出品サポート ご担当者様',
    intro: '{first}以降、ASIN {asin} に未入金のまま保留中の注文が{orders}件あり、在庫{units}個が確保されたまま販売できない状態です。通常の需要ではなく、在庫を確保する目的の大量注文（支払われないコンビニ払いなど）と考えられます。',
    asin: 'ASIN：{asin}',
    ordersHeading: '対象の注文（{orders}件、合計{units}個）：',
    orderLine: '- {orderId} ｜ 注文日時 {date} ｜ 数量 {quantity} ｜ 支払方法：{payment} ｜ ステータス：{status}',
    patternHeading: '状況：',
    requestHeading: 'お願い：',
    request1: '1. これらの注文をご調査ください。',
    request2: '2. 購入者に支払いの意思をご確認ください。',
    request3: '3. 正当な注文でない場合はキャンセルし、在庫を販売できる状態に戻してください。',
    noSellerCancel: '出品者によるキャンセルはキャンセル率に影響するため、こちらではキャンセルしていません。',
    thanks: 'よろしくお願いいたします。',
    step1: 'セラーセントラル右上の「ヘルプ」を開き、「サポートを受ける」を選びます。',
    step2: '「Amazon出品サービス」を選び、「保留中の不審な注文」と入力して「お問い合わせ」（または「さらにサポートが必要です」）を選びます。',
    step3: '注文に関するカテゴリを選び、メールまたはチャットで問い合わせます。',
    step4: '下の件名と本文を貼り付けて送信し、ケースIDを控えます。',
    step5: 'このASINを「報告済み」にします。これらの注文をご自身でキャンセルしないでください（出品者によるキャンセルはキャンセル率に影響します）。通常、Amazonが購入者に確認し、1日程度でキャンセルされます。',
  },
});

const paymentLabels = defineMessages('holds.report.payment', {
  en: { konbini: 'convenience store', cod: 'cash on delivery', card: 'card', other: 'other', unknown: 'not shown' },
  ja: { konbini: 'コンビニ払い', cod: '代金引換', card: 'クレジットカード', other: 'その他', unknown: '表示なし' },
});

const statusLabels = defineMessages('holds.report.status', {
  en: {
    pending: 'Pending', unshipped: 'Unshipped', shipped: 'Shipped', canceled: 'Cancelled',
    delivered: 'Delivered', returned: 'Returned', unknown: 'Unknown',
  },
  ja: {
    pending: '保留中', unshipped: '未出荷', shipped: '出荷済み', canceled: 'キャンセル済み',
    delivered: '配達済み', returned: '返品', unknown: '不明',
  },
});

/** What the report needs of each order: stored records or an overview's timeline both fit. */
export type ReportOrder = Pick<OrderRecord, 'orderId' | 'asin' | 'orderDate' | 'firstSeenAt' | 'quantity' | 'paymentKind' | 'status'>;

export function sellerSupportReport(
  flag: HoldFlag,
  orders: readonly ReportOrder[],
  uiLang: UiLang,
  timeZone = 'UTC',
): SellerSupportReport {
  const t = translator(messages, uiLang);
  const langs = [uiLang, ...UI_LANGS.filter((l) => l !== uiLang)];
  return {
    subject: t('subject', { asin: flag.asin }),
    text: langs.map((lang) => section(flag, orders, lang, timeZone)).join('\n\n-----\n\n'),
    procedure: (['step1', 'step2', 'step3', 'step4', 'step5'] as const).map((step) => t(step)),
  };
}

function section(flag: HoldFlag, orders: readonly ReportOrder[], lang: UiLang, timeZone: string): string {
  const t = translator(messages, lang);
  const byId = new Map(orders.filter((o) => o.asin === flag.asin).map((o) => [o.orderId, o]));
  const counts = { asin: flag.asin, orders: flag.pendingOrders, units: flag.lockedUnits };
  const orderLines = flag.orderIds.map((orderId) => {
    const order = byId.get(orderId);
    return t('orderLine', {
      orderId,
      date: formatTime(order ? orderTime(order) : NaN, lang, timeZone),
      quantity: order ? String(order.quantity || '?') : '?',
      payment: paymentLabel(order?.paymentKind ?? null, lang),
      status: statusLabel(order?.status ?? 'pending', lang),
    });
  });
  return [
    t('subject', { asin: flag.asin }),
    '',
    t('greeting'),
    '',
    t('intro', { ...counts, first: formatTime(flag.firstOrderAt, lang, timeZone) }),
    '',
    t('asin', counts),
    t('ordersHeading', counts),
    ...orderLines,
    '',
    t('patternHeading'),
    ...flag.reasons.map((r) => `- ${describeReason(r, lang, timeZone)}`),
    '',
    t('requestHeading'),
    t('request1'),
    t('request2'),
    t('request3'),
    t('noSellerCancel'),
    '',
    t('thanks'),
  ].join('\n');
}

function paymentLabel(kind: PaymentKind | null, lang: UiLang): string {
  return paymentLabels[lang][kind ?? 'unknown'];
}

function statusLabel(status: OrderStatus, lang: UiLang): string {
  return statusLabels[lang][status];
}
