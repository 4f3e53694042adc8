/**
 * What the seller does next, per category (TAXONOMY.md and the product brief): short steps naming what to click in
 * Seller Central, and what never to do. Every line is written in both UI languages side by side, so a step cannot
 * exist in one language only; the Seller Central labels are the ones each language's UI shows.
 */
import type { Category } from '@/lib/classify/taxonomy';
import type { UiLang } from '@/lib/i18n';
import { NEVER_IGNORE, NEVER_SHIP_ELSEWHERE, scamProcedure } from './scam';
import { RETURN_WINDOW_DAYS, type Fulfilment, type UiText } from './types';

type Line = UiText;

export interface PlaybookLines {
  steps: Line[];
  never: Line[];
}

export interface PlaybookContext {
  category: Category;
  scam: boolean;
  fulfilment?: Fulfilment | null;
  /** Days since the order was placed, when the order page was read. */
  orderAgeDays?: number | null;
}

export interface Playbook {
  steps: string[];
  never: string[];
}

const line = (en: string, ja: string): Line => ({ en, ja });

const ANSWER_24H = line('Reply within 24 hours: the response-time target counts every hour.', '24時間以内に返信する（応答時間の指標に影響します）。');
const NO_OFF_AMAZON = line(
  'Never move the conversation or payment off Amazon (e-mail, phone, WhatsApp, PayPal, bank transfer).',
  'Amazon外でのやり取りや支払い（メール、電話、WhatsApp、PayPal、銀行振込など）に誘導しない。',
);
const NO_SELF_CANCEL = line(
  'Never cancel the order yourself because of a message: a seller cancellation counts against your cancellation rate, even with reason Buyer Cancelled.',
  'メッセージを理由に自分で注文をキャンセルしない（理由を「購入者によるキャンセル」にしても、出品者によるキャンセル率に算入されます）。',
);
const NO_RESPONSE_NEEDED = line(
  'Click "No response needed" on the message within 24 hours so it does not count as unanswered.',
  '24時間以内にメッセージの「返信不要」をクリックする（未返信として扱われないように）。',
);

/** Fulfilment- and age-specific lines are added by `contextLines`. */
export const PLAYBOOKS: Record<Category, PlaybookLines> = {
  cancel_request_system: {
    steps: [
      line(
        'Open the order in Manage Orders and click "Cancel order".',
        '注文管理で該当の注文を開き、「注文をキャンセル」をクリックする。',
      ),
      line('Choose the reason "Buyer Cancelled" and confirm.', 'キャンセル理由で「購入者によるキャンセル」を選び、確定する。'),
      line(
        'This cancellation does not count against your cancellation rate. A short confirmation reply is optional.',
        'このキャンセルは出品者のキャンセル率に算入されません。確認の返信は任意です。',
      ),
    ],
    never: [
      line('Never ship the order after the buyer asked Amazon to cancel it.', '購入者がAmazon経由でキャンセルを依頼した注文を発送しない。'),
      line(
        'Never choose a reason that blames you (e.g. out of stock): it counts against your account.',
        '「在庫切れ」など出品者都合の理由を選ばない（アカウントの指標に影響します）。',
      ),
    ],
  },
  cancel_request_message: {
    steps: [
      line(
        'Check Manage Orders first: if the order shows a buyer-requested cancellation, cancel it with reason "Buyer Cancelled".',
        'まず注文管理を確認し、購入者からのキャンセルリクエストが表示されていれば、理由「購入者によるキャンセル」でキャンセルする。',
      ),
      line(
        'Otherwise reply: ask the buyer to open Your Orders and choose "Cancel items" (after shipping: return it after delivery).',
        'リクエストがなければ、注文履歴の「商品をキャンセル」からキャンセルを依頼するよう返信する（発送済みなら到着後に返品を案内）。',
      ),
      ANSWER_24H,
    ],
    never: [NO_SELF_CANCEL],
  },
  address_change: {
    steps: [
      line(
        'Reply the same day: the shipping information of a placed order cannot be changed; the buyer can cancel (Your Orders → "Cancel items") and re-order with the new address.',
        '当日中に返信する：注文確定後の配送先情報は変更できないこと、注文履歴の「商品をキャンセル」からキャンセルして新しい住所で再注文できることを伝える。',
      ),
      line('Ship only to the address in the order.', '商品は注文に記載された住所にのみ発送する。'),
    ],
    never: [
      NEVER_IGNORE,
      NEVER_SHIP_ELSEWHERE,
      NO_SELF_CANCEL,
    ],
  },
  return_request: {
    steps: [
      line(
        'Open Manage Returns, find the request and authorise it, or close it with a reason if it is outside your return policy.',
        '返品管理でリクエストを開き、承認する（返品ポリシーの対象外なら理由を添えてクローズする）。',
      ),
      line(
        'When the item is back, refund it from Manage Returns ("Issue refund").',
        '商品が返送されたら、返品管理の「返金する」から返金する。',
      ),
      ANSWER_24H,
    ],
    never: [
      line(
        'Never ask the buyer to send the item back outside Amazon\'s return process.',
        'Amazonの返品手続き以外の方法で返送させない。',
      ),
      NO_OFF_AMAZON,
    ],
  },
  damaged_or_defective: {
    steps: [
      line('Apologise the same day.', '当日中にお詫びの返信をする。'),
      line('Ask for a photo of the damage in the same message if it helps you decide.', '判断に役立つ場合は、同じメッセージで破損箇所の写真をお願いする。'),
    ],
    never: [
      line('Never argue or blame the buyer or the carrier.', '購入者や配送業者のせいにしたり、言い争ったりしない。'),
      line(
        'Never make a refund depend on changing or removing feedback or a review.',
        '評価やレビューの変更・削除を返金の条件にしない。',
      ),
      NO_OFF_AMAZON,
    ],
  },
  delivery_status: {
    steps: [
      line('Open the order in Manage Orders and check its status and tracking first.', 'まず注文管理で注文を開き、ステータスと追跡情報を確認する。'),
    ],
    never: [
      line('Never promise a delivery date you have not checked.', '確認していない配達日を約束しない。'),
      line(
        'Never paste a carrier\'s tracking link: the buyer sees tracking in Your Orders ("Track package").',
        '配送業者の追跡リンクを貼らない（購入者は注文履歴の「配送状況を確認」で追跡できます）。',
      ),
    ],
  },
  refund_request: {
    steps: [
      line(
        'Check what already happened: return received? refund issued? (Manage Returns, Manage Orders).',
        '返品が届いているか、返金済みかを確認する（返品管理・注文管理）。',
      ),
      line(
        'To refund: Manage Orders → the order → "Refund order" (full or partial).',
        '返金は注文管理 → 該当の注文 →「注文の返金」から行う（全額または一部）。',
      ),
      ANSWER_24H,
    ],
    never: [
      line('Never refund outside Amazon (bank transfer, PayPal, gift cards).', 'Amazon外（銀行振込、PayPal、ギフトカードなど）で返金しない。'),
      line('Never ask for bank or card details.', '銀行口座やカード情報を尋ねない。'),
    ],
  },
  invoice_request: {
    steps: [
      line(
        'Upload the invoice to the order in Manage Orders ("Upload invoice"), or use Amazon\'s invoicing service.',
        '注文管理で該当の注文に請求書をアップロードする（またはAmazonの請求書発行サービスを使う）。',
      ),
      line(
        'Amazon.co.jp buyers can print a receipt (領収書) themselves from Your Orders → "Invoice" (領収書等).',
        'Amazon.co.jpの購入者は、注文履歴の「領収書等」から領収書を自分で発行できることを案内する。',
      ),
      ANSWER_24H,
    ],
    never: [
      line('Never send the invoice by e-mail outside Amazon.', '請求書をAmazon外のメールで送らない。'),
      line('Never put an e-mail address, phone number or link in the reply.', '返信にメールアドレス、電話番号、リンクを書かない。'),
    ],
  },
  product_question: {
    steps: [
      line('Answer factually from the listing and the product within 24 hours.', '商品ページと商品に基づいて、24時間以内に事実を回答する。'),
      line(
        'For "how to use" questions after purchase, point to the manual or the manufacturer\'s support.',
        '購入後の使い方の質問には、取扱説明書やメーカーのサポートを案内する。',
      ),
    ],
    never: [
      line('Never offer a deal or sale outside Amazon.', 'Amazon外での取引や販売を持ちかけない。'),
      line('Never promote other products, coupons or your own website.', '他の商品、クーポン、自社サイトを宣伝しない。'),
    ],
  },
  thanks: {
    steps: [NO_RESPONSE_NEEDED, line('A short thank-you reply is optional.', '短いお礼の返信は任意です。')],
    never: [
      line('Never ask for positive feedback or a review in your reply.', '返信で高評価やレビューを依頼しない。'),
      line('Never leave it open: an unanswered message hurts the 24 h response time.', '放置しない（未返信は24時間以内の応答率に影響します）。'),
    ],
  },
  spam_or_suspicious: {
    steps: [
      NO_RESPONSE_NEEDED,
      line(
        'If it is phishing or abuse, report it ("Report this message").',
        'フィッシングや迷惑行為であれば「このメッセージを報告」で報告する。',
      ),
    ],
    never: [
      line('Never click links or open attachments in it.', 'メッセージ内のリンクや添付ファイルを開かない。'),
      line(
        'Never log in or "verify your account" from a message: Seller Central alerts appear in Seller Central itself.',
        'メッセージからログインしたり「アカウント確認」をしたりしない（セラーセントラルの通知はセラーセントラル内に表示されます）。',
      ),
      line('Never reply with your contact details.', '連絡先を返信しない。'),
    ],
  },
  other: {
    steps: [
      line('Read it and answer within 24 hours.', '内容を確認し、24時間以内に返信する。'),
      line('If no answer is needed, click "No response needed".', '返信が不要な場合は「返信不要」をクリックする。'),
    ],
    never: [
      line('Never include links, e-mail addresses, phone numbers or promotions.', 'リンク、メールアドレス、電話番号、宣伝を含めない。'),
      line('Never leave it unanswered.', '未返信のまま放置しない。'),
    ],
  },
};

const FBA_DAMAGED = line(
  'FBA order: Amazon customer service handles it: refer the buyer to Your Orders → "Return or replace items".',
  'FBA注文：Amazonカスタマーサービスが対応します。注文履歴の「商品の返品」からの手続きを案内する。',
);
const MFN_DAMAGED = line(
  'Merchant-fulfilled: offer a return with full refund (Manage Returns) or a partial refund (Manage Orders → "Refund order").',
  '自己発送：返品のうえ全額返金（返品管理）か、一部返金（注文管理 →「注文の返金」）を提案する。',
);
const WARRANTY = line(
  `Past the ${RETURN_WINDOW_DAYS}-day return window: point the buyer to the manufacturer's warranty.`,
  `${RETURN_WINDOW_DAYS}日間の返品期間を過ぎている：メーカー保証を案内する。`,
);
const FBA_DELIVERY = line(
  'FBA order: Amazon handles delivery questions: point the buyer to Amazon customer service (Your Orders → "Track package").',
  'FBA注文：配送の問い合わせはAmazonが対応します。Amazonカスタマーサービス（注文履歴の「配送状況を確認」）を案内する。',
);
const MFN_DELIVERY = line(
  'Merchant-fulfilled: reply with the tracking status and the estimated delivery; if it is lost, resend or refund.',
  '自己発送：追跡状況とお届け予定を返信する。紛失なら再送または返金する。',
);

/** Lines that depend on the order page: FBA or merchant, and whether the return window is over. */
function contextLines(ctx: PlaybookContext): Line[] {
  const pastWindow = ctx.orderAgeDays != null && ctx.orderAgeDays > RETURN_WINDOW_DAYS;
  const byFulfilment = (fba: Line, mfn: Line) => (ctx.fulfilment === 'FBA' ? [fba] : ctx.fulfilment === 'MFN' ? [mfn] : [fba, mfn]);
  switch (ctx.category) {
    case 'damaged_or_defective':
      if (pastWindow) return [WARRANTY];
      return [...byFulfilment(FBA_DAMAGED, MFN_DAMAGED), ...(ctx.orderAgeDays == null ? [WARRANTY] : [])];
    case 'delivery_status':
      return byFulfilment(FBA_DELIVERY, MFN_DELIVERY);
    case 'return_request':
      return pastWindow
        ? [
            line(
              `The order is older than the ${RETURN_WINDOW_DAYS}-day return window: you may decline per your return policy; for defects, point to the manufacturer's warranty.`,
              `注文から${RETURN_WINDOW_DAYS}日間の返品期間を過ぎています：返品ポリシーに沿ってお断りできます。不具合ならメーカー保証を案内する。`,
            ),
          ]
        : [];
    default:
      return [];
  }
}

function dedupe(lines: Line[]): Line[] {
  const seen = new Set<string>();
  return lines.filter((l) => !seen.has(l.en) && !!seen.add(l.en));
}

/** The playbook lines for a message, in both languages (for the panel and the parity test). */
export function playbookLines(ctx: PlaybookContext): PlaybookLines {
  const base = PLAYBOOKS[ctx.category] ?? PLAYBOOKS.other;
  const context = contextLines(ctx);
  // Context lines go right after the first step: they are what the seller clicks next.
  const steps = [...base.steps.slice(0, 1), ...context, ...base.steps.slice(1)];
  if (!ctx.scam) return { steps, never: base.never };
  const scam = scamProcedure(ctx.category);
  // For an address change the scam procedure replaces the normal steps; otherwise it comes first.
  return {
    steps: dedupe(ctx.category === 'address_change' ? scam.steps : [...scam.steps, ...steps]),
    never: dedupe([...scam.never, ...base.never]),
  };
}

/** What the seller should do, in the UI language. */
export function playbookFor(ctx: PlaybookContext, uiLang: UiLang): Playbook {
  const { steps, never } = playbookLines(ctx);
  return { steps: steps.map((l) => l[uiLang]), never: never.map((l) => l[uiLang]) };
}
