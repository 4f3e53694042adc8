import { defineMessages } from '@/lib/i18n';

/**
 * UI strings of the feedback assistant and the account-health guard. Reason keys are `<kind>_<RemovalCode>` so
 * describe.ts can look them up by code; a new code without its strings is a compile error there.
 */
export const FEEDBACK_MESSAGES = defineMessages('feedback', {
  en: {
    negative_note:
      '1–3 stars hurts you. Buyers often give 3 stars meaning "average", but Amazon does not count 3 stars as positive: it lowers the positive-feedback share buyers see.',

    label_obscene: 'obscene language',
    label_personal_info: 'personal information',
    label_promotional: 'promotional content',
    label_product_review: 'product review',
    label_fba_fulfillment: 'FBA delivery/packaging',
    label_seller_service: 'seller service (not removable)',
    label_seller_delivery: 'seller-fulfilled delivery (not removable)',
    label_fulfillment_unknown: 'delivery, fulfilment unknown',

    explain_obscene: 'Contains obscene or vulgar language ("{evidence}"). Amazon removes such feedback.',
    explain_personal_info:
      'Contains personal information ("{evidence}"). Amazon removes feedback with e-mail addresses, phone numbers, names or addresses.',
    explain_promotional: 'Contains promotional content ("{evidence}"). Amazon removes feedback that advertises or links elsewhere.',
    explain_product_review:
      'Reads as a product review ("{evidence}"), not as feedback on you as a seller. Amazon removes feedback that is entirely a product review.',
    explain_fba_fulfillment:
      'Is about delivery or packaging ("{evidence}") on an order fulfilled by Amazon. Amazon removes or strikes through such feedback: "This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience."',
    explain_seller_service:
      'Also complains about your own service ("{evidence}"). Amazon removes feedback as a product review or FBA complaint only when it is entirely about that, so this part keeps it from being removed.',
    explain_seller_delivery:
      'Is about delivery or packaging ("{evidence}") on an order you shipped yourself. That is your responsibility, so Amazon will not remove it.',
    explain_fulfillment_unknown:
      'Is about delivery or packaging ("{evidence}"). If Amazon fulfilled this order (FBA), Amazon removes it; if you shipped it yourself, it stays. Check the order.',
    explain_no_comment: 'There is no comment to judge: a rating alone is not removed.',
    explain_no_grounds: 'Nothing in the comment matches a reason Amazon accepts for removal.',

    steps_title: 'How to request removal',
    step_1: 'In Seller Central, open Performance → Feedback.',
    step_2: 'Find order {orderId} in the list.',
    step_3: 'In its Actions menu, choose "Request removal" (or use Get support → Feedback removal).',
    step_4: 'Paste the request text below and submit it.',

    request_intro: 'Hello,\n\nI would like to request the removal of the seller feedback left for order {orderId}.',
    request_comment: 'The feedback comment reads: “{comment}”',
    request_reasons_intro: "It falls under Amazon's feedback removal guidelines:",
    request_reason_obscene: '- It contains obscene language: “{evidence}”.',
    request_reason_personal_info: '- It contains personal information: “{evidence}”.',
    request_reason_promotional: '- It contains promotional content: “{evidence}”.',
    request_reason_product_review: '- It is a product review rather than feedback on my service as a seller: “{evidence}”.',
    request_reason_fba_fulfillment:
      '- It concerns delivery/packaging of an order fulfilled by Amazon, for which Amazon takes responsibility: “{evidence}”.',
    request_closing: 'Thank you for reviewing this request.',

    cancel_free_text_warning:
      'The buyer asked to cancel only in a message. If you cancel this order yourself, it would count against your cancellation rate. Ask the buyer to request the cancellation from Your Orders → Cancel items; then cancel with the reason "Buyer Cancelled".',
    cancel_rate_summary: 'Your cancellations, last {days} days: {cancelled} of {orders} orders ({percent}%). Amazon target: under {target}%; many sellers aim for under {stretch}%.',
    cancel_rate_ok: 'On track.',
    cancel_rate_warn: 'Within Amazon’s target, above the 1% many sellers aim for.',
    cancel_rate_bad: 'Above Amazon’s target: avoid cancelling orders yourself.',
    new_negative_count: '{count} new negative feedback since your last visit',
  },
  ja: {
    negative_note:
      '星1〜3は不利になります。購入者は「普通」のつもりで星3を付けがちですが、Amazonは星3を高評価に数えないため、購入者に表示される高評価の割合が下がります。',

    label_obscene: 'わいせつ・下品な表現',
    label_personal_info: '個人情報',
    label_promotional: '宣伝',
    label_product_review: '商品レビュー',
    label_fba_fulfillment: 'FBAの配送・梱包',
    label_seller_service: '出品者の対応（削除対象外）',
    label_seller_delivery: '自己発送の配送（削除対象外）',
    label_fulfillment_unknown: '配送（出荷元不明）',

    explain_obscene: 'わいせつ・下品な表現を含みます（「{evidence}」）。Amazonはこのような評価を削除します。',
    explain_personal_info:
      '個人情報を含みます（「{evidence}」）。メールアドレス、電話番号、氏名、住所を含む評価はAmazonが削除します。',
    explain_promotional: '宣伝を含みます（「{evidence}」）。宣伝や他サイトへの誘導を含む評価はAmazonが削除します。',
    explain_product_review:
      '出品者への評価ではなく商品レビューです（「{evidence}」）。内容がすべて商品レビューである評価はAmazonが削除します。',
    explain_fba_fulfillment:
      'Amazonが出荷した注文（FBA）の配送・梱包についての内容です（「{evidence}」）。FBAの配送はAmazonが責任を負うため、削除（取り消し線）の対象です。',
    explain_seller_service:
      '出品者の対応への不満も含みます（「{evidence}」）。商品レビューやFBAの配送として削除されるのは内容がそれだけの場合なので、この部分があると削除されません。',
    explain_seller_delivery:
      '自己発送の注文の配送・梱包についての内容です（「{evidence}」）。出品者の責任となるため、Amazonは削除しません。',
    explain_fulfillment_unknown:
      '配送・梱包についての内容です（「{evidence}」）。Amazonが出荷した注文（FBA）なら削除対象、自己発送なら対象外です。注文を確認してください。',
    explain_no_comment: 'コメントがないため判断できません。評価のみでは削除されません。',
    explain_no_grounds: 'コメントにAmazonが削除を認める理由に当たる内容は見つかりませんでした。',

    steps_title: '削除リクエストの手順',
    step_1: 'セラーセントラルで「パフォーマンス」→「評価」を開きます。',
    step_2: '一覧から注文 {orderId} を探します。',
    step_3: '「アクション」から「削除をリクエスト」を選びます（または「サポートを受ける」→ 評価の削除）。',
    step_4: '下のリクエスト文を貼り付けて送信します。',

    request_intro: 'お世話になっております。\n\n注文番号 {orderId} に投稿された出品者評価の削除をお願いいたします。',
    request_comment: '評価のコメント：「{comment}」',
    request_reasons_intro: 'この評価は、Amazonの評価削除のガイドラインの次の項目に該当します。',
    request_reason_obscene: '・わいせつ・下品な表現を含みます：「{evidence}」',
    request_reason_personal_info: '・個人情報を含みます：「{evidence}」',
    request_reason_promotional: '・宣伝を含みます：「{evidence}」',
    request_reason_product_review: '・出品者の対応ではなく、商品についてのレビューです：「{evidence}」',
    request_reason_fba_fulfillment:
      '・フルフィルメント by Amazon の注文の配送・梱包についての内容で、Amazonが責任を負う部分です：「{evidence}」',
    request_closing: 'ご確認のほど、よろしくお願いいたします。',

    cancel_free_text_warning:
      '購入者からのキャンセル依頼はメッセージのみです。このまま出品者がキャンセルすると、キャンセル率にカウントされます。購入者に「注文履歴」→「商品のキャンセル」からキャンセルをリクエストしてもらい、その後「購入者都合によるキャンセル」の理由でキャンセルしてください。',
    cancel_rate_summary: '過去{days}日間の出品者キャンセル：{orders}件中{cancelled}件（{percent}%）。Amazonの目標は{target}%未満、多くの出品者は{stretch}%未満を目指しています。',
    cancel_rate_ok: '問題ありません。',
    cancel_rate_warn: 'Amazonの目標内ですが、多くの出品者が目指す1%を超えています。',
    cancel_rate_bad: 'Amazonの目標を超えています。出品者都合のキャンセルを避けてください。',
    new_negative_count: '前回の確認以降の新しい低評価：{count}件',
  },
});
