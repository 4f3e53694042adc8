import { useCallback } from 'react';
import { CATEGORIES, isCategory, type Category } from '@/lib/classify/taxonomy';
import { defineMessages } from '@/lib/i18n';
import { useT } from '../shell/use-t';

/** The seller-facing name of each category (the one place for them; the ids come from lib/classify/taxonomy). */
export const categoryNames = defineMessages('categories', {
  en: {
    cancel_request_system: 'Cancellation request from Amazon',
    cancel_request_message: 'Cancellation asked in a message',
    address_change: 'Address change',
    return_request: 'Return request',
    damaged_or_defective: 'Damaged or defective item',
    delivery_status: 'Delivery status question',
    refund_request: 'Refund request',
    invoice_request: 'Invoice or receipt request',
    product_question: 'Product question',
    thanks: 'Thank-you message',
    spam_or_suspicious: 'Spam or suspicious message',
    other: 'Other',
    unclassified: 'Not classified',
  } satisfies Record<Category | 'unclassified', string>,
  ja: {
    cancel_request_system: 'Amazonからのキャンセルリクエスト',
    cancel_request_message: 'メッセージでのキャンセル依頼',
    address_change: '配送先の変更依頼',
    return_request: '返品リクエスト',
    damaged_or_defective: '破損・不良品',
    delivery_status: '配送状況の問い合わせ',
    refund_request: '返金の依頼',
    invoice_request: '請求書・領収書の依頼',
    product_question: '商品に関する質問',
    thanks: 'お礼のメッセージ',
    spam_or_suspicious: '迷惑・不審なメッセージ',
    other: 'その他',
    unclassified: '未分類',
  },
});

export { CATEGORIES };

/** (category id | null) → its name in the panel's language; null reads "Not classified", an unknown id "Other". */
export function useCategoryName(): (category: string | null) => string {
  const t = useT(categoryNames);
  return useCallback((category) => t(category === null || category === 'unclassified' ? 'unclassified' : isCategory(category) ? category : 'other'), [t]);
}
