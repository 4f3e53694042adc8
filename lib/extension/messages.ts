import { defineMessages } from '@/lib/i18n';

/** Strings the worker shows outside the panel: badge tooltip, notifications, context menu. */
export const badgeMessages = defineMessages('badge', {
  en: {
    name: 'Seller Inbox Guard',
    titleDeadlines: '{count} thread(s) with less than {hours} h left or overdue',
    titleHolds: '{count} new bulk-hold pattern(s)',
    notifyNearTitle: 'Reply needed soon',
    notifyNearBody: '{buyer}: {left}',
    notifyHoldTitle: 'Possible bulk hold',
    notifyHoldBody: 'ASIN {asin}: many pending orders. Open the Holds view for the Seller Support report.',
    contextClassify: 'Classify selected text',
  },
  ja: {
    name: 'Seller Inbox Guard',
    titleDeadlines: '残り{hours}時間未満または期限切れのスレッド {count} 件',
    titleHolds: '新しい大量保留の疑い {count} 件',
    notifyNearTitle: '返信期限が近づいています',
    notifyNearBody: '{buyer}：{left}',
    notifyHoldTitle: '大量保留注文の疑い',
    notifyHoldBody: 'ASIN {asin}：保留中の注文が多数あります。「保留注文」画面からセラーサポートへの報告文をコピーできます。',
    contextClassify: '選択したテキストを分類',
  },
});
