/**
 * Round-18 probes for six systematic errors of the scam flag, the address rules and the cancel rules, each next to
 * the near-misses that must keep their label:
 * - "mark it as shipped" / "ship now, the money comes later" outside English (other, scam): the status set by hand
 *   while a transfer, an instalment loan or a pay day is still on its way; near-misses: a buyer who paid and asks
 *   when it ships, a buyer who waits for their own konbini payment;
 * - a fake Amazon message with a phone number or an SMS code instead of a link (spam_or_suspicious, scam);
 *   near-misses: a buyer giving a number for the courier, a buyer asking whether such a call was genuine;
 * - a new recipient who is not the buyer, at another address in the same country (address_change, scam);
 *   near-misses: the buyer's own move or typo, a gift sent to the address already on the order;
 * - an Italian PEC address next to a fattura elettronica / SDI / P.IVA request (invoice_request, no scam);
 * - a cancellation without a cancel word ("just don't ship it", 「発送は見送ってください」), also with a thank-you after it;
 *   near-misses: "don't ship it before Monday" (a hold, other), a buyer glad it shipped;
 * - "reship it" after a return to sender (delivery, no scam).
 * Written for these tests, never copied from the dev corpus or the training files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── (1) mark shipped / ship before the money arrives
  ['other', true, 'de', 'DE', '', 'Hallo, könnten Sie den Status schon mal auf versendet stellen? Die Überweisung ist unterwegs, das Geld sollte Montag da sein.'],
  ['other', true, 'de', 'AT', 'Bestellung', 'Bitte den Artikel gleich losschicken, die Bezahlung kommt dann nächste Woche, mein Gehalt ist noch nicht da.'],
  ['other', true, 'fr', 'FR', '', "Bonjour, pourriez-vous passer la commande en « expédiée » dès aujourd'hui ? Le virement arrive demain, promis."],
  ['other', true, 'fr', 'BE', '', "Envoyez-le maintenant s'il vous plaît, je paierai à la fin du mois quand mon salaire sera versé."],
  ['other', true, 'sv', 'SE', '', 'Hej! Kan ni sätta ordern som skickad redan nu? Betalningen går igenom först på fredag.'],
  ['other', true, 'es', 'ES', '', 'Envíalo ya porfa, el pago a plazos me lo aprueban la semana que viene.'],
  ['other', true, 'es', 'MX', '', 'Oigan, me lo pueden mandar de una vez? el pago se refleja hasta el lunes pero ya quiero tenerlo'],
  ['other', true, 'pl', 'PL', '', 'Proszę wysłać teraz, przelew dojdzie za tydzień.'],
  ['other', true, 'ja', 'JP', '', 'お世話になっております。ステータスだけ先に「発送済み」にしていただけますか。実際の発送は来週で大丈夫です。'],
  ['other', true, 'ja', 'JP', '', '決済が月末になるので先に送ってもらえませんか？'],
  ['other', true, 'en', 'US', '', "can you ship it now? I'll pay when my direct deposit hits on friday"],
  ['other', true, 'it', 'IT', '', "Potete spedirlo subito? Il pagamento arriva la settimana prossima, quando mi pagano lo stipendio."],
  ['other', true, 'it', 'IT', '', 'Mi segnate l’ordine come spedito già oggi? Lo spedite pure lunedì, non importa.'],
  ['other', true, 'nl', 'NL', '', 'Kunnen jullie het alvast op verzonden zetten? De betaling komt volgende week binnen.'],
  // near-misses: paid already, a question about when it ships
  ['delivery_status', false, 'de', 'DE', '', 'Die Zahlung ist bei Amazon durch, wann wird die Bestellung versendet?'],
  ['delivery_status', false, 'ja', 'JP', '', 'コンビニで支払いを済ませました。発送はいつ頃になりますか？'],
  // ── (2) fake Amazon with a phone number or an SMS code
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'Amazonセキュリティセンターです。お客様のアカウントで不正な注文が確認されました。至急 050-1234-5678 までお電話ください。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', '【Amazon】先ほどSMSで送信した6桁の認証コードをこのメッセージに返信してください。'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Amazon Sicherheitsdienst: Ihr Verkäuferkonto zeigt verdächtige Aktivitäten. Rufen Sie umgehend 0800 123 4567 an.'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Hier ist der Amazon Kundenservice. Bitte antworten Sie mit dem Code, den wir Ihnen per SMS geschickt haben.'],
  ['spam_or_suspicious', true, 'it', 'IT', '', 'Sicurezza Amazon: rilevato un accesso anomalo. Chiami subito il numero 02 8888 1234 per non perdere le vendite.'],
  ['spam_or_suspicious', true, 'sv', 'SE', '', 'Amazon säkerhet: ring 08-123 456 78 omedelbart för att bekräfta ditt konto.'],
  ['spam_or_suspicious', true, 'nl', 'NL', '', 'Amazon beveiliging: stuur ons de code die u per sms heeft ontvangen om uw account te behouden.'],
  ['spam_or_suspicious', true, 'en', 'UK', '', 'Amazon security: unusual sales on your account. Call 0800 047 1234 today or reply with the code we texted you.'],
  // near-misses
  ['other', false, 'de', 'DE', '', 'Der Fahrer soll bitte vorher klingeln oder 0171 2345678 anrufen, ich bin im Hinterhaus.'],
  ['other', false, 'en', 'US', '', "Someone called me saying they're from Amazon and asked for a code from a text. Was that you? I didn't give it."],
  // ── (3) a new recipient in the same country
  ['address_change', true, 'de', 'DE', '', 'Könnten Sie das Paket stattdessen zu meiner Mutter nach Freiburg schicken? Ich bin die nächsten Wochen nicht zuhause.'],
  ['address_change', true, 'ja', 'JP', '', 'すみません、実家の母のところに送ってください。住所は後で送ります。'],
  ['address_change', true, 'it', 'IT', '', 'Potete mandarlo a mia zia a Palermo invece che a casa mia? Vi scrivo l’indirizzo.'],
  ['address_change', true, 'en', 'UK', '', "Could you send it to my gran's in Leeds instead? She's the one who needs it."],
  ['address_change', true, 'fr', 'FR', '', "Est-il possible de l'envoyer plutôt chez ma sœur à Lyon ? Je vous donne son adresse."],
  ['address_change', true, 'es', 'ES', '', '¿Me lo podéis enviar a casa de mi abuela en Sevilla? Yo estaré allí.'],
  // near-misses: own move, own typo, gift to the order's address
  ['address_change', false, 'de', 'DE', '', 'Ich bin innerhalb von Freiburg umgezogen, neue Adresse: Wiesenweg 4. Können Sie das ändern?'],
  ['address_change', false, 'ja', 'JP', '', '住所の番地を間違えました。正しくは3-12です。'],
  ['address_change', false, 'it', 'IT', '', "Ho sbagliato il CAP, è 90141 e non 90114. Potete correggerlo?"],
  // ── (4) PEC addresses with an e-invoice request
  ['invoice_request', false, 'it', 'IT', '', 'Buongiorno, per la fattura elettronica il codice SDI è M5UXCR1, PEC: contabilita.rossi@pec.it, P.IVA 01234567890.'],
  ['invoice_request', false, 'it', 'IT', 'Fattura', 'Avrei bisogno della fattura intestata alla ditta, P.IVA 09876543210, indirizzo PEC amministrazione@legalmail.it. Grazie'],
  ['invoice_request', false, 'it', 'IT', '', 'mi serve la fattura elettronica, non ho il codice destinatario, usate la pec studiobianchi@pec.it'],
  // near-miss: a private address is still contact outside Amazon
  ['invoice_request', true, 'it', 'IT', '', 'Mandatemi la fattura sulla mia mail personale marco.verdi@gmail.com, su Amazon non la trovo.'],
  // ── (5) cancellations without a cancel word
  ['cancel_request_message', false, 'en', 'US', '', "Hi, I ordered this by mistake, please don't send it. Thanks"],
  ['cancel_request_message', false, 'en', 'CA', '', 'just dont ship it, I got one at the store already'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Al final no lo necesito, no lo enviéis por favor. Gracias'],
  ['cancel_request_message', false, 'it', 'IT', '', 'Buongiorno, non procedete con la spedizione, non mi serve più. Grazie'],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, finalement je vais laisser tomber ma commande, merci de ne pas l'expédier."],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Hoeft niet meer, niet opsturen alsjeblieft. Dank je'],
  ['cancel_request_message', false, 'ja', 'JP', '', '申し訳ありませんが、発送は見送ってください。ありがとうございます。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'やっぱり要らなくなりました。まだ発送前でしたら止めてください。'],
  ['cancel_request_message', false, 'de', 'DE', '', 'Bitte nicht mehr verschicken, ich brauche es nicht mehr. Danke'],
  ['cancel_request_message', false, 'pt', 'BR', '', 'Não precisa mais enviar, desisti da compra. Obrigado'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'すみません、やっぱり要らなくなりました。'],
  // near-misses: a hold, a return after delivery
  ['return_request', false, 'ja', 'JP', '', '届いたのですが、やっぱり要らなくなりました。未開封なので返品できますか？'],
  ['other', false, 'en', 'US', '', "Please don't ship it before Monday, I'm away until then."],
  ['other', false, 'de', 'DE', '', 'Bitte erst ab dem 20. verschicken, vorher bin ich im Urlaub.'],
  // ── (6) reship after a return to sender
  ['delivery_status', false, 'en', 'US', '', 'Tracking says the parcel was returned to sender. Can you reship it to the same address? It is correct.'],
  ['delivery_status', false, 'en', 'UK', '', 'The courier sent it back to you as undeliverable. Could you please reship it? When would it arrive?'],
];

/** Rows the files of this area cannot settle: the culprit is another file. */
const gaps: GapRow[] = [
  ['delivery_status', false, 'fr', 'FR', '', "J'ai payé hier, la commande est toujours marquée « non expédiée ». Quand partira-t-elle ?", 'rules/product.ts (fr): "Quand partira-t-elle ?" asks when the order leaves (delivery_status), but product.ts reads any inverted "-t-elle ?" question as one about the item and wins; delivery.ts reads no "quand partira"'],
  ['spam_or_suspicious', true, 'pt', 'BR', '', 'Segurança Amazon: responda com o código que enviamos por SMS para evitar o bloqueio da sua conta.', 'language.ts: a short Portuguese line ("responda com o código que enviamos … da sua conta") is detected as es; category and scam are right'],
];

export const PROBES_18 = fromRows(rows);
export const KNOWN_GAPS_18 = fromGapRows(gaps);
