/**
 * The safe procedure for scam-flagged messages (TAXONOMY.md "Scam flag"; the brief's "Indonesia scam"): answer the
 * same day with the fixed reply, never act on the request, and if the buyer persists, send the second reply and
 * report the order to Seller Support with the buyer's own words.
 */
import type { Category } from '@/lib/classify/taxonomy';
import type { UiLang } from '@/lib/i18n';
import type { Marketplace } from '@/lib/sellercentral/hosts';
import { cleanValue, fillTemplate } from './fill';
import { BUILTIN_TEMPLATES } from './templates';
import type { ReplyLang, ReplyTemplate, TemplateVars, UiText } from './types';

const line = (en: string, ja: string): UiText => ({ en, ja });

/** Shared with the address-change playbook: the same line, so a scam playbook does not say it twice. */
export const NEVER_IGNORE = line(
  'Never ignore it: the handling time keeps running while the message waits.',
  '放置しない：返信を待つ間も出荷作業日数のカウントは進みます。',
);

/** Shared with the address-change playbook, like NEVER_IGNORE. */
export const NEVER_SHIP_ELSEWHERE = line(
  'Never change the address or ship to a new address, a forwarder or another country given in a message.',
  'メッセージで伝えられた新しい住所・転送業者・別の国へ発送したり、住所を変更したりしない。',
);

const COMMON_NEVER: UiText[] = [
  NEVER_SHIP_ELSEWHERE,
  line(
    'Never communicate or accept payment outside Amazon (WhatsApp, Telegram, e-mail, PayPal, bank transfer, gift cards).',
    'Amazon外でのやり取りや支払い（WhatsApp、Telegram、メール、PayPal、銀行振込、ギフトカード）に応じない。',
  ),
  line(
    'Never confirm shipment before the item really ships, and never ship before the payment is confirmed.',
    '実際に発送する前に出荷通知をしない。支払いが確認される前に発送しない。',
  ),
  line(
    'Never click links or log in from a message; never refund without a return because of a threat of bad feedback or an A-to-z claim.',
    'メッセージ内のリンクを開いたりログインしたりしない。悪い評価やAmazonマーケットプレイス保証の申請をほのめかされても、返品なしで返金しない。',
  ),
];

const SUPPORT = line(
  'If the buyer persists, send the second reply (Amazon will be contacted), then open a case with Seller Support and paste the prepared note (order id and the buyer\'s words).',
  '購入者が引き下がらない場合は2通目の返信（Amazonに連絡する旨）を送り、出品者サポートにケースを作成して、用意されたメモ（注文番号と購入者の原文）を貼り付ける。',
);

/** The procedure lines in both UI languages; the address-change (Indonesia) pattern gets the fixed replies. */
export function scamProcedure(category: Category): { steps: UiText[]; never: UiText[] } {
  const steps =
    category === 'address_change'
      ? [
          line(
            'Reply the same day with the fixed first reply: the shipping information cannot be changed; cancel and re-order.',
            '当日中に定型の1通目を返信する：配送先情報は変更できないこと、キャンセルのうえ再注文してほしいことを伝える。',
          ),
          line('Ship only to the address in the order.', '商品は注文に記載された住所にのみ発送する。'),
          SUPPORT,
        ]
      : [
          line(
            'This message matches a known scam pattern: do not do what it asks; reply only through Amazon with the policy-safe template.',
            'このメッセージは既知の詐欺パターンに一致します。依頼には応じず、Amazonのメッセージでポリシーに沿ったテンプレートのみ返信する。',
          ),
          line(
            'Report it to Seller Support with the prepared note (order id and the buyer\'s words).',
            '用意されたメモ（注文番号と購入者の原文）を添えて出品者サポートに報告する。',
          ),
        ];
  return { steps, never: [NEVER_IGNORE, ...COMMON_NEVER] };
}

/** The procedure for the panel's scam warning, in the UI language. */
export function scamProcedureFor(category: Category, uiLang: UiLang): { steps: string[]; never: string[] } {
  const p = scamProcedure(category);
  return { steps: p.steps.map((l) => l[uiLang]), never: p.never.map((l) => l[uiLang]) };
}

export interface ScamReply {
  template: ReplyTemplate;
  text: string;
}

/**
 * The fixed first reply and the second reply (for a buyer who persists) in one language, filled. `library` is the
 * seller's effective template list (listTemplates) so an edited scam reply is used; builtins otherwise.
 */
export function scamReplies(lang: ReplyLang, vars: TemplateVars, library: readonly ReplyTemplate[] = BUILTIN_TEMPLATES): { first: ScamReply; second: ScamReply } {
  const pick = (step: 1 | 2): ScamReply => {
    const template =
      library.find((t) => t.lang === lang && t.scamStep === step) ??
      BUILTIN_TEMPLATES.find((t) => t.lang === lang && t.scamStep === step)!;
    return { template, text: fillTemplate(template.body, vars, lang) };
  };
  return { first: pick(1), second: pick(2) };
}

/** The buyer's words are quoted up to this length (a case form takes a few thousand characters). */
export const NOTE_QUOTE_MAX_CHARS = 3000;

export interface SellerSupportNoteInput {
  orderId: string | null;
  /** The buyer's original message text, quoted verbatim. */
  buyerWords: string;
  marketplace: Marketplace | null;
  uiLang: UiLang;
  /** The message's category: an address change gets the Indonesia-scam wording. */
  category?: Category;
}

function quote(words: string, uiLang: UiLang): string {
  const text = String(words ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .trim();
  if (!text) return uiLang === 'ja' ? '> （本文なし）' : '> (no message text)';
  const cut = text.length > NOTE_QUOTE_MAX_CHARS;
  const shown = cut ? text.slice(0, NOTE_QUOTE_MAX_CHARS) : text;
  const more = cut ? (uiLang === 'ja' ? `\n> …（以下${text.length - NOTE_QUOTE_MAX_CHARS}文字省略）` : `\n> … (${text.length - NOTE_QUOTE_MAX_CHARS} more characters not shown)`) : '';
  return shown.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n') + more;
}

/** A note to paste into a Seller Support case: the order id and the buyer's original words quoted. Plain text. */
export function sellerSupportNote(input: SellerSupportNoteInput): string {
  const { uiLang } = input;
  const orderId = cleanValue(input.orderId) || (uiLang === 'ja' ? '（注文番号不明）' : '(order id not available)');
  const market = input.marketplace ? (uiLang === 'ja' ? `（マーケットプレイス：${input.marketplace}）` : ` (marketplace: ${input.marketplace})`) : '';
  const address = input.category === undefined || input.category === 'address_change';
  if (uiLang === 'ja') {
    return [
      `件名：不正が疑われる注文の報告（注文番号：${orderId}）`,
      '',
      '出品者サポート ご担当者様',
      '',
      `注文番号 ${orderId}${market} について、不正が疑われるため報告いたします。`,
      address
        ? '購入者から注文後に、注文時とは異なる住所・国への発送を依頼されました。購入者とのメッセージで「配送先情報は変更できないため、キャンセルのうえ再注文してほしい」と回答しましたが、依頼が繰り返されています。'
        : '購入者のメッセージが既知の詐欺パターン（Amazon外での連絡・支払い、発送前の出荷通知の依頼など）に一致しています。',
      '本注文と購入者アカウントをご確認のうえ、対応方法をご指示ください。',
      '',
      '購入者のメッセージ（原文のまま引用）：',
      quote(input.buyerWords, uiLang),
    ].join('\n');
  }
  return [
    `Subject: Suspected fraud on order ${orderId}`,
    '',
    'Hello Seller Support,',
    '',
    `We would like to report a suspected fraud attempt on order ${orderId}${market}.`,
    address
      ? 'After placing the order, the buyer asked us to ship to a different address or country than the one in the order. We replied through Buyer-Seller Messaging that the shipping information cannot be changed and that the buyer can cancel and re-order, but the buyer keeps asking.'
      : 'The buyer\'s message matches a known fraud pattern (for example contact or payment outside Amazon, or confirming shipment before the item ships).',
    'Please review this order and the buyer account and tell us how to proceed.',
    '',
    'The buyer\'s message (quoted as received):',
    quote(input.buyerWords, uiLang),
  ].join('\n');
}
