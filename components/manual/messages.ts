import { defineMessages } from '@/lib/i18n';

export const manualMessages = defineMessages('manual', {
  en: {
    title: 'Classify a message by hand',
    body: 'Paste the buyer message',
    subject: 'Subject (optional)',
    orderId: 'Order ID (optional)',
    orderIdHint: 'Used in the replies and the Seller Support note.',
    classify: 'Classify',
    empty: 'Paste a message first.',
    failed: 'Could not classify this text: {detail}',
    fromSelection: 'Classified the text you selected on the page.',
  },
  ja: {
    title: 'メッセージを手動で分類',
    body: '購入者のメッセージを貼り付け',
    subject: '件名（任意）',
    orderId: '注文番号（任意）',
    orderIdHint: '返信文と出品者サポートへのメモに使われます。',
    classify: '分類する',
    empty: '先にメッセージを貼り付けてください。',
    failed: 'このテキストを分類できませんでした：{detail}',
    fromSelection: 'ページで選択したテキストを分類しました。',
  },
});
