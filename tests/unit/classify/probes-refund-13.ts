/**
 * Round-13 probes for one systematic error: a refund request losing to another category's word in the same message.
 * The money asked back is a fee or a difference (the return label or return postage the buyer paid, a price gap, a
 * part of the price for lateness), or the money still missing after a return or a cancellation already made; next to
 * them, near-misses that must keep their category (a wish to send the item itself back is return_request; stopping an
 * order not yet shipped is cancel_request_message). Written for these tests, never copied from the dev corpus or the
 * training files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['refund_request', false, 'en', 'UK', '', 'Hello, you refunded the jumper but kept £4.95 for return postage, and your page says returns are free. Please refund the postage as well. Thanks, Moira'],
  ['refund_request', false, 'en', 'US', '', 'shipped the lamp back 3 weeks ago, usps shows it delivered to your warehouse on the 9th and still no money on my card. whats going on'],
  ['return_request', false, 'en', 'US', '', 'Hi, can you send me a return label? The rug is nice but it is too dark for our living room. I would like to send it back.'],
  ['cancel_request_message', false, 'en', 'CA', '', 'Please cancel order 702-5531920-1187320 before it ships, I found it cheaper locally. Thanks!'],
  ['refund_request', false, 'en', 'US', '', 'You cancelled my order because it was out of stock but the $64.20 is still pending on my debit card after a week. When does it drop off?'],
  ['refund_request', false, 'ja', 'JP', '', '返品の送料（着払いではなく元払いで860円）を自分で負担しました。商品説明には返品送料無料とありましたので、送料分の返金をお願いできますでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', '届いてから気づいたのですが、注文の翌日に1,500円値下がりしていました。差額だけでも返していただくことはできますか？'],
  ['return_request', false, 'ja', 'JP', '', 'サイズが合わなかったので返品したいです。返送用のラベルを送っていただけますか。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'まだ発送前でしたら、この注文をキャンセルしてください。よろしくお願いします。'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, ich habe die Retoure selbst frankiert (5,49 € bei DHL), obwohl kostenloser Rückversand angegeben war. Können Sie mir das Porto erstatten?'],
  ['refund_request', false, 'de', 'AT', '', 'Servus, die Lieferung kam 5 Tage nach dem zugesagten Termin. Könnte ich einen Teil des Kaufpreises zurückbekommen?'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, die Schuhe sind mir zu klein. Können Sie mir einen Rücksendeschein schicken? Ich möchte sie zurückgeben.'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, ma commande a été annulée par vos soins il y a dix jours et le montant de 42 € n'est toujours pas revenu sur mon compte. Merci de vérifier."],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, je souhaite annuler ma commande passée hier, elle n'est pas encore expédiée. Merci."],
  ['refund_request', false, 'it', 'IT', '', "Buongiorno, ho pagato io l'etichetta per il reso (7,50 €) ma sul sito il reso era gratuito. Potete rimborsarmi la spedizione del reso?"],
  ['refund_request', false, 'it', 'IT', '', "Ciao, avete annullato voi l'ordine perché non era disponibile, ma i 35 euro risultano ancora addebitati sulla carta. Quando tornano?"],
  ['return_request', false, 'it', 'IT', '', "Salve, il cappotto mi sta largo, vorrei restituirlo. Mi mandate l'etichetta per il reso?"],
  ['refund_request', false, 'es', 'ES', '', 'Hola, la devolución ya la recibisteis el lunes según Correos pero el dinero no me ha llegado todavía. ¿Podéis revisarlo?'],
  ['refund_request', false, 'es', 'MX', '', 'Buenas, pagué yo la guía de devolución (120 pesos) aunque decía devolución gratis. ¿Me pueden reembolsar ese costo?'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, compré la cafetera por 89 € y a los dos días estaba a 69 €. ¿Me podéis devolver la diferencia?'],
  ['return_request', false, 'es', 'ES', '', 'Hola, las zapatillas me quedan pequeñas, quiero devolverlas. ¿Me enviáis la etiqueta?'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, kupiłem ekspres za 699 zł, a tydzień później kosztuje 599 zł. Czy mogę prosić o zwrot różnicy?'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej, jag betalade returfrakten själv (89 kr) fast returen skulle vara gratis. Kan ni betala tillbaka den?'],
  ['refund_request', false, 'pt', 'BR', '', 'Olá, o pedido foi cancelado por vocês há 8 dias e o valor ainda não voltou para o meu cartão. Quando cai o estorno?'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, ayakkabı küçük geldi, iade etmek istiyorum. Kargo kodu gönderir misiniz?'],
  ['refund_request', false, 'en', 'IN', '', 'Sir, order got cancelled from your side but amount 2,349 rupees is not credited back to my account till now. Kindly check.'],
  ['refund_request', false, 'ja', 'JP', '', '返品した商品がそちらに到着したと追跡で確認しましたが、まだ返金がありません。ご確認ください。'],
  ['refund_request', false, 'de', 'CH', '', 'Grüezi, ich habe den Rückversand mit 9.– CHF selbst bezahlt. Bitte erstatten Sie mir diese Rücksendekosten, die Rücksendung sollte gratis sein.'],
  ['refund_request', false, 'fr', 'CA', '', "Allo, la livraison est arrivée avec une semaine de retard. Est-ce que je pourrais avoir un remboursement partiel pour le délai?"],
  ['refund_request', false, 'it', 'IT', '', 'Buongiorno, il prezzo è sceso di 20 euro il giorno dopo il mio acquisto. Posso avere il rimborso della differenza?'],
  ['refund_request', false, 'en', 'US', '', 'Hey, I had to buy my own return label at the UPS store ($11.40) even though the listing promised free returns. The blender got to you last week. Could you reimburse the label cost?'],
  ['refund_request', false, 'ja', 'JP', '', '先週キャンセル手続きをしていただいた注文ですが、クレジットカードの利用明細にまだ請求が残っています。返金はいつ頃になりますか。'],
  ['refund_request', false, 'de', 'DE', '', 'Guten Tag, der Rücksendeschein wurde am 3. in der Filiale gescannt, die Ware ist bei Ihnen angekommen, aber das Geld ist bis heute nicht auf meinem Konto. Bitte prüfen.'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai dû payer moi-même l'étiquette de retour (6,90 €) alors que le retour était annoncé gratuit. Pourriez-vous me rembourser ces frais ?"],
  ['refund_request', false, 'nl', 'NL', '', 'Hallo, ik heb het retourlabel zelf betaald (6,95 euro) terwijl retourneren gratis zou zijn. Kunnen jullie dat bedrag terugstorten?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, ürünü aldıktan iki gün sonra fiyatı 300 TL düştü. Aradaki farkı iade edebilir misiniz?'],
];

export const PROBES_13 = fromRows(rows);

/** Rows the refund rules cannot settle: another rule file wins on priority at the same strength. */
const gaps: GapRow[] = [
];

export const KNOWN_GAPS_13 = fromGapRows(gaps);
