/**
 * The buyer message for a negative feedback Amazon will not remove: ask what went wrong and offer help.
 *
 * Amazon's rules shape every word: a seller may contact the buyer to resolve the problem, but must never ask for the
 * feedback to be changed or removed, never offer anything in exchange, and never put links or e-mail addresses in a
 * message. So the text does not mention feedback, ratings or reviews at all, promises nothing but help, and the
 * names filled in are dropped if they carry a link or an address.
 */
import { normalise } from './normalise';
import { PERSONAL_INFO } from './personal-info';
import { LINKS } from './phrases';

export const FOLLOW_UP_LANGS = ['en', 'ja', 'de', 'fr', 'it', 'es'] as const;
export type FollowUpLang = (typeof FOLLOW_UP_LANGS)[number];

interface Template {
  greeting: (buyer: string | null) => string;
  thanks: (orderId: string | null) => string;
  body: string;
  signOff: string;
}

const TEMPLATES: Record<FollowUpLang, Template> = {
  en: {
    greeting: (b) => (b ? `Hello ${b},` : 'Hello,'),
    thanks: (o) => (o ? `Thank you for your order ${o}.` : 'Thank you for your order.'),
    body: 'We are sorry that your order did not go as you expected. Could you tell us what went wrong? We would like to understand the problem and help you with it.',
    signOff: 'Kind regards,',
  },
  ja: {
    greeting: (b) => (b ? `${b} 様` : 'お客様'),
    thanks: (o) => (o ? `このたびはご注文（注文番号：${o}）いただき、誠にありがとうございます。` : 'このたびはご注文いただき、誠にありがとうございます。'),
    body: 'ご注文について、ご期待に沿えなかったのではないかと案じております。差し支えなければ、どのような点に問題があったかお聞かせいただけますでしょうか。状況を確認のうえ、お力になれるよう対応いたします。',
    signOff: 'よろしくお願いいたします。',
  },
  de: {
    greeting: (b) => (b ? `Hallo ${b},` : 'Hallo,'),
    thanks: (o) => (o ? `vielen Dank für Ihre Bestellung ${o}.` : 'vielen Dank für Ihre Bestellung.'),
    body: 'Es tut uns leid, dass Ihre Bestellung nicht Ihren Erwartungen entsprochen hat. Könnten Sie uns mitteilen, was nicht in Ordnung war? Wir möchten das Problem verstehen und Ihnen dabei helfen.',
    signOff: 'Mit freundlichen Grüßen',
  },
  fr: {
    greeting: (b) => (b ? `Bonjour ${b},` : 'Bonjour,'),
    thanks: (o) => (o ? `Merci pour votre commande ${o}.` : 'Merci pour votre commande.'),
    body: "Nous sommes désolés que votre commande ne se soit pas passée comme vous l'attendiez. Pourriez-vous nous dire ce qui n'allait pas ? Nous souhaitons comprendre le problème et vous aider.",
    signOff: 'Cordialement,',
  },
  it: {
    greeting: (b) => (b ? `Buongiorno ${b},` : 'Buongiorno,'),
    thanks: (o) => (o ? `grazie per il suo ordine ${o}.` : 'grazie per il suo ordine.'),
    body: 'Ci dispiace che il suo ordine non sia andato come si aspettava. Potrebbe dirci che cosa non ha funzionato? Vorremmo capire il problema e aiutarla.',
    signOff: 'Cordiali saluti,',
  },
  es: {
    greeting: (b) => (b ? `Hola, ${b}:` : 'Hola:'),
    thanks: (o) => (o ? `Gracias por su pedido ${o}.` : 'Gracias por su pedido.'),
    body: 'Lamentamos que su pedido no haya sido como esperaba. ¿Podría decirnos qué salió mal? Queremos entender el problema y ayudarle.',
    signOff: 'Saludos cordiales,',
  },
};

/** The buyer's language ("ja-JP", "de") mapped to a template language; English when we have none. */
export function followUpLang(lang: string | null | undefined): FollowUpLang {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (FOLLOW_UP_LANGS as readonly string[]).includes(base) ? (base as FollowUpLang) : 'en';
}

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const MAX_NAME_CHARS = 60;

/** A name as printed in the message, or null when it is empty or would put a link/contact detail in the message. */
function safeName(name: string | null | undefined): string | null {
  if (typeof name !== 'string') return null;
  const flat = name.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/gu, ' ').trim();
  if (flat === '' || Array.from(flat).length > MAX_NAME_CHARS) return null;
  const n = normalise(flat).text;
  const contact = PERSONAL_INFO.some((p) => (p.kind === 'email' || p.kind === 'phone') && new RegExp(p.re.source, 'u').test(n));
  if (contact || new RegExp(LINKS.source, 'u').test(n) || /[<>@]/.test(flat)) return null;
  return flat;
}

export function buyerFollowUpMessage(
  args: { orderId?: string | null; buyerName?: string | null; sellerName?: string | null },
  lang: string | null | undefined,
): string {
  const t = TEMPLATES[followUpLang(lang)];
  const orderId = typeof args.orderId === 'string' && ORDER_ID.test(args.orderId.trim()) ? args.orderId.trim() : null;
  const seller = safeName(args.sellerName);
  const lines = [t.greeting(safeName(args.buyerName)), '', t.thanks(orderId), t.body, '', t.signOff];
  if (seller) lines.push(seller);
  return lines.join('\n');
}
