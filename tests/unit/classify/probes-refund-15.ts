/**
 * Round-15 probes for one systematic error: a return or cancel word decides a message that asks for money back. The
 * return label or slip the buyer already bought or handed in, a return already accepted or finished, a cancellation
 * already made, a refund that covered only part of what was sent back, Turkish "iade" for the money itself, the
 * free-returns promise quoted: all refund_request. Next to them, near-misses that keep their category: a buyer who still
 * wants to send the item back (return_request) or to stop an order not yet shipped (cancel_request_message). Written
 * for these tests, never copied from the dev corpus or the training files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── the return label or slip already bought, paid or handed in
  ['refund_request', false, 'en', 'US', '', 'I paid $9.85 for the return label myself because the prepaid one never came. The boots were delivered back to you on the 12th. Please add the label cost to my refund.'],
  ['refund_request', false, 'en', 'UK', 'Return postage', 'Hi, the return label I bought at the Post Office cost me £6.20 and your listing says returns are free. Can that be refunded please?'],
  ['return_request', false, 'en', 'US', '', 'hi can u email me a return label, the hoodie is way too big and i want to send it back'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, den Rücksendeschein habe ich selbst bezahlt (4,99 €), weil keiner beilag. Das Paket ist bei Ihnen angekommen. Bitte erstatten Sie mir auch diese Kosten.'],
  ['return_request', false, 'de', 'AT', '', 'Grüß Gott, bitte schicken Sie mir einen Rücksendeschein, die Jacke passt mir leider nicht und ich möchte sie zurückgeben.'],
  ['refund_request', false, 'fr', 'BE', '', "Bonjour, l'étiquette de retour que j'ai achetée à la poste m'a coûté 7,40 €. Le colis vous est bien parvenu. Pouvez-vous me rembourser ce montant ?"],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, pourriez-vous m'envoyer une étiquette de retour ? Le pull est trop petit, je voudrais le renvoyer."],
  ['refund_request', false, 'es', 'ES', '', 'Hola, pagué yo la etiqueta de devolución en Correos (5,95 €) y la web decía devolución gratuita. ¿Me podéis abonar ese importe?'],
  ['return_request', false, 'es', 'MX', '', 'Hola, ¿me mandan la etiqueta de devolución? Los tenis me quedaron chicos y quiero regresarlos.'],
  ['refund_request', false, 'nl', 'BE', '', 'Dag, het retourlabel heb ik zelf moeten kopen (7,20 euro) terwijl gratis retourneren beloofd werd. Kunnen jullie die kosten terugstorten?'],
  ['refund_request', false, 'it', 'IT', '', "Salve, l'etichetta per il reso l'ho pagata io 6,90 €, il pacco vi è arrivato lunedì. Potete restituirmi quei soldi?"],
  // ── a return already accepted or finished
  ['refund_request', false, 'ja', 'JP', '', 'お世話になっております。先日返品させていただき、そちらで受け取り済みとの連絡もいただいておりますが、返金がまだ反映されておりません。ご確認をお願いいたします。'],
  ['refund_request', false, 'ja', 'JP', '', '返品手続きは2週間前に完了しているのに、お金が戻ってきていません。どうなっていますか？'],
  ['return_request', false, 'ja', 'JP', '', '色がイメージと違ったので返品させていただけますか。未使用です。'],
  ['refund_request', false, 'en', 'CA', '', 'My return authorization was approved and UPS shows the package delivered to you on March 4. Still no refund on my Visa. Can you look into it?'],
  ['refund_request', false, 'pt', 'BR', '', 'Olá, a devolução do produto já foi recebida por vocês faz uma semana, mas o estorno não caiu no cartão. Podem verificar?'],
  ['return_request', false, 'pt', 'PT', '', 'Olá, gostaria de devolver o casaco, ficou grande. Como faço?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, iade talebim onaylandı ve ürün size ulaştı ama param hâlâ hesabıma yatmadı.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, mont bana büyük geldi, iade edebilir miyim? Nasıl göndereyim?'],
  // ── a cancellation already made
  ['refund_request', false, 'en', 'US', '', 'My order has been cancelled since Monday, when will I get my refund? The $48.99 is gone from my checking account.'],
  ['refund_request', false, 'en', 'AU', '', 'Following the cancellation of my order last week the $129 is still sitting on my card. Please release it.'],
  ['cancel_request_message', false, 'en', 'US', '', 'Can my order be cancelled? I ordered the wrong model, it has not shipped yet.'],
  ['refund_request', false, 'ja', 'JP', '', '注文をキャンセルしたのに、カードの請求がまだ取り消されていません。返金はいつになりますか。'],
  ['refund_request', false, 'ja', 'JP', '', 'キャンセルしていただいた注文の代金がまだ口座に戻っていません。確認してもらえますか。'],
  ['cancel_request_message', false, 'ja', 'JP', '', '注文をキャンセルしたいです。まだ発送されていなければお願いします。'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, après l'annulation de ma commande du 2 mai, je n'ai toujours pas été remboursé. Merci de faire le nécessaire."],
  ['cancel_request_message', false, 'fr', 'CA', '', "Bonjour, je voudrais l'annulation de ma commande, elle n'est pas encore partie. Merci!"],
  ['refund_request', false, 'de', 'DE', '', 'Guten Tag, nach der Stornierung meiner Bestellung wurden mir trotzdem 39,90 € abgebucht. Wann bekomme ich das Geld zurück?'],
  ['cancel_request_message', false, 'de', 'CH', '', 'Grüezi, ich bitte um Stornierung meiner Bestellung, sie ist noch nicht versandt.'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, po anulowaniu zamówienia pieniądze nadal nie wróciły na moje konto. Kiedy dostanę zwrot?'],
  ['refund_request', false, 'tr', 'TR', '', 'Siparişimin iptal edilmesine rağmen ücret kartımdan çekildi, iadesini bekliyorum.'],
  ['refund_request', false, 'pt', 'BR', '', 'Depois de cancelar o pedido o valor continua na fatura do meu cartão. Quando volta?'],
  // ── part of the return refunded
  ['refund_request', false, 'en', 'US', '', 'I sent back both lamps in one box but you only refunded one of them. Please refund the second lamp too.'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, ich habe zwei Hosen zurückgeschickt, erstattet wurde aber nur eine. Wo bleibt das Geld für die zweite?'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai renvoyé les deux coussins dans le même colis mais vous ne m'avez remboursé qu'un seul. Merci de rembourser l'autre."],
  ['refund_request', false, 'it', 'IT', '', 'Buongiorno, ho restituito due paia di scarpe nello stesso pacco ma mi avete rimborsato solo un paio. E il secondo?'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, devolví las dos camisetas juntas y solo me habéis reembolsado una. ¿Qué pasa con la otra?'],
  ['refund_request', false, 'ja', 'JP', '', '2点まとめて返品しましたが、1点分しか返金されていません。残りの1点分もお願いします。'],
  // ── the price difference or money given back with a return or cancel verb
  ['refund_request', false, 'pt', 'BR', '', 'Oi, comprei por R$ 250 e dois dias depois estava R$ 199. Vocês podem devolver a diferença?'],
  ['refund_request', false, 'it', 'IT', '', 'Salve, mi avete addebitato due volte la spedizione. Potete restituire i soldi della seconda?'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, cena spadła o 50 zł dzień po zakupie. Czy możecie zwrócić mi różnicę?'],
  ['return_request', false, 'pl', 'PL', '', 'Dzień dobry, buty są za małe, chciałbym je zwrócić. Jak to zrobić?'],
  ['refund_request', false, 'tr', 'TR', '', 'Kargo ücretini iade edebilir misiniz? Ücretsiz kargo yazıyordu ama 39 TL ödedim.'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej, priset sänktes med 200 kr dagen efter mitt köp. Kan ni ge tillbaka mellanskillnaden?'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, jackan var för liten. Kan jag lämna tillbaka den och få en större?'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, der Preis ist zwei Tage nach meinem Kauf gesunken. Könnten Sie mir die Differenz zurückgeben?'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, vous m'avez facturé la livraison alors qu'elle était offerte. Pouvez-vous me rendre les 4,99 € ?"],
  ['refund_request', false, 'es', 'ES', '', 'Hola, el envío urgente llegó tarde. ¿Podéis devolverme los gastos de envío urgente?'],
  // ── the free-returns promise quoted, nothing left to send
  ['refund_request', false, 'nl', 'NL', '', 'Hoi, retourneren zou gratis zijn, maar er is 4,95 euro van mijn terugbetaling afgehaald. Kunnen jullie dat terugstorten?'],
  ['refund_request', false, 'en', 'UK', '', 'You advertise free returns but deducted £3.99 from my refund for the return. Please credit it back.'],
  ['return_request', false, 'nl', 'NL', '', 'Hallo, ik wil de lamp retourneren, hij is te groot voor onze hal. Hoe gaat dat?'],
  // ── near-misses: still sending it back or stopping the order, whatever else the message says about money
  ['return_request', false, 'en', 'US', '', "The return label you emailed me doesn't scan at the UPS store. Can you send a new one? I still want to return the vacuum."],
  ['return_request', false, 'de', 'DE', '', 'Muss ich den Rücksendeschein selbst ausdrucken? Ich möchte die Schuhe zurückschicken.'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'キャンセルしていただけますか。代金はまだ支払っていません。'],
  ['cancel_request_message', false, 'ja', 'JP', '', '注文をキャンセルしたのですが、まだ発送準備中と表示されています。どうなっていますか。'],
  ['return_request', false, 'fr', 'FR', '', 'Bonjour, je voudrais renvoyer la veste et être remboursée. Comment faire ?'],
  ['return_request', false, 'es', 'ES', '', 'Hola, ¿me enviáis la etiqueta de devolución? Ya pagué el pedido con tarjeta y quiero devolverlo.'],
];

export const PROBES_15 = fromRows(rows);

/** Rows the refund, return and cancel rules cannot settle: another rule file or the engine decides. */
const gaps: GapRow[] = [
  ['return_request', false, 'pt', 'BR', '', 'Quero devolver o tênis e receber o dinheiro de volta. Como faço?', 'language.ts: a short Brazilian message ("quero devolver … dinheiro de volta … como faço") is read as es although the marketplace is BR and "faço", "tênis", "receber o" are Portuguese; return.ts files it right (return_request over the refund wish)'],
];

export const KNOWN_GAPS_15 = fromGapRows(gaps);
