import type { Fulfilment, OrderStatus, PaymentKind, Sender } from './types';

/**
 * Visible words the readers recognise, in the languages Seller Central is shown in (JA, EN, DE, FR, plus ES/IT
 * where cheap). Used when a selector is missing or renamed: a label is far more stable than a class name.
 */

/** Field labels as they appear before a value ("注文番号：", "Order ID:"). Compared case-insensitively, colon-free. */
export const FIELD_LABELS = {
  orderId: ['注文番号', 'order id', 'order #', 'order number', 'bestellnummer', 'numéro de commande', 'n° de commande', 'commande'],
  buyerName: ['購入者名', '購入者', 'buyer name', 'buyer', 'customer', 'käufername', 'käufer', 'kunde', "nom de l'acheteur", 'acheteur', 'client'],
  purchaseDate: ['購入日', '注文日', 'purchase date', 'order date', 'bestelldatum', 'kaufdatum', "date d'achat", 'date de commande'],
  shipBy: ['出荷予定日', '出荷期限', 'ship by', 'versand bis', 'expédier avant le', 'expédition avant le'],
  fulfilment: ['フルフィルメント', '出荷方法', 'fulfillment channel', 'fulfillment method', 'fulfillment', 'versand durch', 'expédié par'],
  paymentMethod: ['支払い方法', 'お支払い方法', '決済方法', 'payment method', 'zahlungsart', 'mode de paiement', 'moyen de paiement'],
  status: ['ステータス', '注文ステータス', 'status', 'order status', 'bestellstatus', 'statut'],
  quantity: ['数量', 'quantity', 'qty', 'menge', 'anzahl', 'quantité'],
  sku: ['sku', '出品者sku'],
  asin: ['asin'],
  shipTo: ['お届け先', '配送先', 'ship to', 'lieferadresse', 'adresse de livraison'],
} as const;

/** Status words, most specific first ("未出荷" before "出荷", "Unshipped" before "Shipped"). */
export const STATUS_WORDS: ReadonlyArray<readonly [RegExp, OrderStatus]> = [
  [/保留中|pending|ausstehend|en attente|pendiente|in sospeso/i, 'pending'],
  [/未出荷|unshipped|nicht versandt|non expédié|no enviado|non spedito/i, 'unshipped'],
  [/キャンセル|cancell?ed|storniert|annulé|cancelado|annullato/i, 'canceled'],
  [/返品|returned|zurückgegeben|retourné/i, 'returned'],
  [/配達済み|配送済み|delivered|zugestellt|livré/i, 'delivered'],
  [/出荷済み|発送済み|shipped|versandt|expédié|enviado|spedito/i, 'shipped'],
];

export const FULFILMENT_WORDS: ReadonlyArray<readonly [RegExp, Fulfilment]> = [
  [/\bFBA\b|amazon|アマゾン/i, 'FBA'],
  [/出品者|自社|seller|merchant|\bMFN\b|verkäufer|händler|vendeur/i, 'MFN'],
];

/** Payment families that matter for bulk holds (コンビニ払い is the classic unpaid-hold method). */
export const PAYMENT_WORDS: ReadonlyArray<readonly [RegExp, PaymentKind]> = [
  [/コンビニ|convenience|\bCVS\b|konbini|ペイジー|pay-easy/i, 'konbini'],
  [/代金引換|代引|cash on delivery|\bCOD\b|nachnahme|contre-remboursement/i, 'cod'],
  [/クレジット|デビット|credit|debit|card|visa|master ?card|\bJCB\b|american express|\bamex\b|karte|carte/i, 'card'],
];

/** Who wrote a message, from a sender label or the message's class names. Amazon first: "Amazon customer" is a buyer. */
export const SENDER_WORDS: ReadonlyArray<readonly [RegExp, Sender]> = [
  [/購入者|buyer|customer|käufer|kunde|acheteur|client|comprador|acquirente/i, 'buyer'],
  [/^(?:amazon\b|amazon\.|amazon\s*カスタマー|amazon\s*\(|システム|system|notification|benachrichtigung)/i, 'amazon'],
  [/あなた|出品者|^you\b|\(you\)|seller|verkäufer|^sie$|vendeur|^vous\b|vendedor|venditore/i, 'seller'],
];

/** Class-name hints some message layouts use for direction. */
export const SENDER_CLASS_HINTS: ReadonlyArray<readonly [RegExp, Sender]> = [
  [/system|amazon|notice/i, 'amazon'],
  [/outgoing|outbound|sent|seller|self|mine/i, 'seller'],
  [/incoming|inbound|received|buyer|customer/i, 'buyer'],
];

/** The page asks for an answer: a "Response needed" state, or the control that marks a thread as not needing one. */
export const RESPONSE_NEEDED_STATE = /要返信|返信が必要|response needed|needs response|antwort erforderlich|réponse (?:requise|nécessaire)|respuesta necesaria/i;
export const NO_RESPONSE_NEEDED_CONTROL = /返信不要としてマーク|^no response needed$|mark as no response needed|keine antwort erforderlich|aucune réponse (?:n'est )?nécessaire|no es necesario responder/i;
/** The page says the thread is settled. Checked first: "No response needed (marked)" contains "response needed". */
export const RESPONSE_DONE_STATE = /返信済み|返信不要に設定済み|^responded$|replied|marked as no response needed|beantwortet|répondu|respondido/i;

/**
 * Subject shapes that name the buyer: "山田 花子様からのお問い合わせ", "Inquiry from Amazon customer Jane (Order: …)".
 * The name may not end in "お客": Amazon's own "Amazonのお客様からの注文キャンセルリクエスト" names nobody, and its
 * "お客様からの" would otherwise read as a buyer called "お客" (who would then be greeted by that name in replies).
 */
export const SUBJECT_BUYER_PATTERNS: readonly RegExp[] = [
  /^\s*(?:Amazon(?:の)?\s*(?:お客様\s*)?)?(.+?)(?<!お客)\s*様からの/,
  /from Amazon customer\s+(.+?)\s*(?:\(|\(Order|$)/i,
  /von Amazon-Kunde(?:n)?\s+(.+?)\s*(?:\(|$)/i,
  /(?:du|de la part du) client Amazon\s+(.+?)\s*(?:\(|$)/i,
  /del cliente de Amazon\s+(.+?)\s*(?:\(|$)/i,
];

/** The buyer's name as a subject writes it (untrimmed of "様"/"(Buyer)"), or null when the subject names nobody. */
export function buyerNameInSubject(subject: string | null): string | null {
  if (!subject) return null;
  for (const pattern of SUBJECT_BUYER_PATTERNS) {
    const name = pattern.exec(subject)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

/** Body lines Amazon wraps around a forwarded buyer message. */
export const FORWARDED_MESSAGE_MARKERS = /-{3,}\s*(?:Begin|End) message\s*-{3,}/i;

export function classify<T>(text: string, table: ReadonlyArray<readonly [RegExp, T]>): T | null {
  for (const [pattern, value] of table) if (pattern.test(text)) return value;
  return null;
}
