import { defineMessages } from '@/lib/i18n';
import type { PolicyRule } from './policy';

/**
 * UI strings of lib/replies: the names and explanations of the policy rules (shown next to a highlighted span) and
 * the notes on suggestions. Playbook and scam-procedure lines keep both languages in their own data.
 */
export const replyMessages = defineMessages('replies', {
  en: {
    'rule.external-link': 'External link',
    'rule.external-link.why': 'Links to sites other than Amazon are not allowed in buyer messages.',
    'rule.email': 'E-mail address',
    'rule.email.why': 'E-mail addresses are not allowed: all contact goes through Amazon.',
    'rule.phone': 'Phone number',
    'rule.phone.why': 'Phone numbers are not allowed: all contact goes through Amazon.',
    'rule.feedback-request': 'Feedback or review request',
    'rule.feedback-request.why': 'Asking for positive feedback, reviews or star ratings (or offering something for them) is not allowed.',
    'rule.marketing': 'Marketing',
    'rule.marketing.why': 'Promotions, coupons, other products and "visit our store" are not allowed in buyer messages.',
    'rule.off-amazon-contact': 'Contact outside Amazon',
    'rule.off-amazon-contact.why': 'Inviting the buyer to WhatsApp, LINE, a call or direct contact outside Amazon is not allowed.',
    buyerLangUnsupported: 'No template in the buyer\'s language ({lang}): English is offered instead.',
    audienceBuyer: 'Buyer\'s language',
    audienceSeller: 'Your language',
    policyClean: 'No policy problems found.',
    policyFindings: '{count} policy problem(s) found: please rewrite the highlighted text.',
    policyTruncated: 'Only the first part of this very long text was checked.',
    placeholderUnknown: 'Unknown placeholder {name}: it will be left out.',
    placeholderSections: 'An optional section [[ ]] is not closed.',
  },
  ja: {
    'rule.external-link': '外部リンク',
    'rule.external-link.why': '購入者へのメッセージにAmazon以外のサイトへのリンクは含められません。',
    'rule.email': 'メールアドレス',
    'rule.email.why': 'メールアドレスは含められません。連絡はすべてAmazonを通じて行います。',
    'rule.phone': '電話番号',
    'rule.phone.why': '電話番号は含められません。連絡はすべてAmazonを通じて行います。',
    'rule.feedback-request': '評価・レビューの依頼',
    'rule.feedback-request.why': '高評価・レビュー・星の数を依頼すること（見返りの提示を含む）は禁止されています。',
    'rule.marketing': '宣伝',
    'rule.marketing.why': 'キャンペーン、クーポン、他の商品、ストアへの誘導などの宣伝は含められません。',
    'rule.off-amazon-contact': 'Amazon外での連絡',
    'rule.off-amazon-contact.why': 'WhatsAppやLINE、電話、直接の連絡などAmazon外でのやり取りへの誘導は禁止されています。',
    buyerLangUnsupported: '購入者の言語（{lang}）のテンプレートがないため、英語のテンプレートを表示しています。',
    audienceBuyer: '購入者の言語',
    audienceSeller: 'あなたの言語',
    policyClean: 'ポリシー上の問題は見つかりませんでした。',
    policyFindings: 'ポリシー上の問題が{count}件あります。ハイライトされた部分を書き直してください。',
    policyTruncated: '非常に長いテキストのため、先頭部分のみをチェックしました。',
    placeholderUnknown: '不明な差し込み項目 {name} は省かれます。',
    placeholderSections: '省略可能な部分 [[ ]] が閉じられていません。',
  },
});

export function ruleLabelKey(rule: PolicyRule): `rule.${PolicyRule}` {
  return `rule.${rule}`;
}
