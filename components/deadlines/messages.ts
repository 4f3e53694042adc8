import type { Category } from '@/lib/classify/taxonomy';
import { defineMessages } from '@/lib/i18n';

/** Strings of the "Needs reply" view and the response-time figures (the countdown words are lib/deadlines'). */
export const deadlineMessages = defineMessages('deadlines.view', {
  en: {
    title: 'Needs reply',
    empty: 'No buyer message is waiting for a reply.',
    loading: 'Loading…',
    count: '{count} open threads, most urgent first',
    unknownBuyer: 'Buyer not shown',
    orderId: 'Order {orderId}',
    noOrder: 'No order ID',
    scam: 'Possible scam',
    open: 'Open in Seller Central',
    openUnavailable: 'No Seller Central link for this thread',
    markNoResponse: 'Mark “No response needed”',
    markedNoResponse:
      'Recorded here as “No response needed”. Also click “No response needed” on this thread in Seller Central: the extension never clicks Seller Central’s buttons, and only that click counts for Amazon.',
    statsTitle: 'Response time',
    statsWindow: 'Last {days} days',
    statsShare: '{percent}% answered within 24 h ({within} of {total})',
    statsNone: 'No message decided yet in this window',
    statsTarget: 'Amazon’s target: {target}%',
    statsMeets: 'Meets the target',
    statsBelow: 'Below the target',
    statsPending: '{count} still within their 24 h',
    statsMedian: 'Median response time',
    statsMedianNone: 'No reply recorded yet',
    statsChart: 'Share answered within 24 h, against the 90% target',
    byCategory: 'Messages per category',
    category: 'Category',
    days7: '7 days',
    days30: '30 days',
    durationHoursMinutes: '{h} h {m} m',
    durationMinutes: '{m} m',
    durationDaysHours: '{d} d {h} h',
  },
  ja: {
    title: '要返信',
    empty: '返信を待っている購入者メッセージはありません。',
    loading: '読み込み中…',
    count: '未返信のスレッド {count} 件（期限が近い順）',
    unknownBuyer: '購入者名の表示なし',
    orderId: '注文番号 {orderId}',
    noOrder: '注文番号なし',
    scam: '詐欺の可能性',
    open: 'セラーセントラルで開く',
    openUnavailable: 'このスレッドのセラーセントラルのリンクがありません',
    markNoResponse: '「返信不要」として記録',
    markedNoResponse:
      'この拡張機能に「返信不要」として記録しました。セラーセントラルのこのスレッドでも「返信不要としてマーク」をクリックしてください。拡張機能がセラーセントラルのボタンを押すことはなく、Amazonの指標に反映されるのはそのクリックだけです。',
    statsTitle: '応答時間',
    statsWindow: '過去{days}日間',
    statsShare: '24時間以内の返信 {percent}%（{total}件中{within}件）',
    statsNone: 'この期間に集計できるメッセージはまだありません',
    statsTarget: 'Amazonの目標：{target}%',
    statsMeets: '目標を達成しています',
    statsBelow: '目標を下回っています',
    statsPending: '24時間以内で対応待ち {count} 件',
    statsMedian: '応答時間の中央値',
    statsMedianNone: '返信の記録はまだありません',
    statsChart: '24時間以内に返信した割合と目標90%',
    byCategory: 'カテゴリ別のメッセージ数',
    category: 'カテゴリ',
    days7: '7日間',
    days30: '30日間',
    durationHoursMinutes: '{h}時間{m}分',
    durationMinutes: '{m}分',
    durationDaysHours: '{d}日{h}時間',
  },
});

export type DeadlineMessageKey = keyof typeof deadlineMessages.en;

/** The dictionary key of a stored category (anything unknown, e.g. from an older version, reads "Other"). */

/** Categories whose threads usually need no answer: the ones to mark "No response needed" (brief). */
export const NO_RESPONSE_CATEGORIES: readonly (Category | string)[] = ['thanks', 'spam_or_suspicious'];
