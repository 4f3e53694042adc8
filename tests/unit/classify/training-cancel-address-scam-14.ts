/**
 * Round-14 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/) and, before that,
 * scored as a held-out estimate of the hidden evaluation set. Written in the style of the evaluation data, never
 * copied or paraphrased from the dev corpus or earlier probe and training files. Ordinary cancellations, Amazon's
 * cancellation notices, own-address fixes and recipient-name fixes (scam: false), new recipients abroad, forwarders,
 * off-Amazon contact or payment and "mark it shipped" requests (scam: true), and near-misses of other categories.
 * Every row carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_message", false, "ja", "JP", "", "おととい注文したヨガマット、色を間違えて選んでしまいました😭 まだ発送前でしたら取り消しにしていただけますか？正しい色で頼み直します"],
  ["cancel_request_message", false, "ja", "JP", "高木 玲奈様からのお問い合わせ（注文番号：250-3318842-6610934）", "お世話になっております。先日購入いたしましたデロンギのオイルヒーターですが、勤務先の寮で電気ストーブ類が使用禁止と判明いたしました。誠に恐縮ですが、本注文は取り消しとさせていただけますと幸いです。何卒よろしくお願い申し上げます。"],
  ["cancel_request_system", false, "ja", "JP", "注文のキャンセルリクエスト 注文番号 503-7720194-3385106", "購入者からこの注文のキャンセルリクエストがありました。\n\n注文番号：503-7720194-3385106\n商品：タイガー 魔法瓶 真空断熱ボトル 600ml MCZ-S060 ×1\n理由：配送日時が都合に合わない\n\n注文がまだ出荷されていない場合は、注文管理ページからキャンセルしてください。"],
  ["address_change", false, "ja", "JP", "", "住所の丁目が抜けてました。正しくは「緑町2丁目14-8」です。よろしくお願いします"],
  ["address_change", false, "ja", "JP", "お届け先について", "お世話になります。注文時に旧姓で登録してしまっておりました。宛名を「森田」から「川口」へご変更いただけますでしょうか。住所は変わりません。"],
  ["address_change", true, "ja", "JP", "", "注文したカメラですが、香港にいる知り合いに直接送ってもらえますか？住所はあとでWeChatで送ります。送料はPayPayで払います"],
  ["other", false, "ja", "JP", "", "平日は留守にしているので、土曜の午前着でお願いできますか？置き配でも大丈夫です"],
  ["cancel_request_message", false, "en", "US", "", "hi, please don't send the kids bike helmet, my sister just gave us hers. thanks!"],
  ["cancel_request_message", false, "en", "UK", "Inquiry from Amazon customer Fiona Marsh (Order: 204-8831276-4419087)", "Hello, I ordered the Dyson hair wrap attachment this morning but I've just seen it isn't compatible with my older model. Could you void the order before it goes out? I'll look for the right one. Many thanks, Fiona"],
  ["cancel_request_system", false, "en", "CA", "Order cancellation request from Amazon customer Daniel Okafor (Order: 702-5519032-8847213)", "Dear Seller,\n\nAmazon customer Daniel Okafor has requested cancellation of the following order.\n\nOrder ID: 702-5519032-8847213\nItem: Coleman 6-Person Dome Tent (ASIN: B07ZP4Q1XR)\nQuantity: 1\nReason: Shipping time too long\n\nIf this order has not shipped yet, please cancel it in Manage Orders and select Buyer Cancelled."],
  ["address_change", false, "en", "AU", "", "G'day, I left off the unit number, it's Unit 5 / 38 Beach Rd, same suburb. Cheers"],
  ["address_change", true, "en", "US", "urgent shipping change", "Hello seller, kindly ship the 4 laptops to my freight forwarder in Miami instead, they will send to my office in Ghana. I will give you the forwarder address by email, write me at kwame.trades@gmail.com"],
  ["other", true, "en", "US", "", "Hi, can you please update the order as shipped now and send the tracking later? My payment is still pending but it will go through soon."],
  ["product_question", false, "en", "IN", "", "Hello, before ordering I want to know do you deliver to Port Blair, Andaman? Some sellers are not delivering there."],
  ["cancel_request_message", false, "de", "DE", "", "Hallo, ich habe mich beim Staubsaugerbeutel vertan, die passen nicht auf meinen Miele. Bitte die Bestellung nicht versenden, ich bestelle die richtigen neu. Danke!"],
  ["cancel_request_system", false, "de", "AT", "Stornierungsanfrage von Amazon-Kunde Florian Pichler (Bestellung: 303-4410286-7713920)", "Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,\n\nder Amazon-Kunde Florian Pichler möchte die folgende Bestellung stornieren:\n\nBestellnummer: 303-4410286-7713920\nArtikel: WMF Kult X Mix & Go Smoothie-Maker\nGrund: Versehentlich bestellt\n\nFalls die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte unter Bestellungen verwalten."],
  ["address_change", false, "de", "DE", "Hausnummer falsch", "Guten Tag, ich habe bei der Hausnummer einen Zahlendreher: richtig ist Gartenweg 31, nicht 13. Gleiche PLZ. Können Sie das noch anpassen?"],
  ["address_change", true, "de", "CH", "", "Grüezi, bitte schicken Sie die Uhr an meinen Geschäftspartner in Istanbul, nicht an meine Adresse in Basel. Die Mehrkosten überweise ich Ihnen direkt per Banküberweisung, IBAN bitte per Mail."],
  ["cancel_request_message", false, "fr", "FR", "", "Bonjour, finalement je n'ai plus besoin du tapis de course, le médecin m'a interdit la course pour l'instant. Merci de ne pas l'expédier si c'est encore possible. Bonne journée"],
  ["address_change", false, "fr", "BE", "Adresse", "Bonjour, j'ai oublié la boîte : c'est avenue Louise 214 boîte 6, 1050 Ixelles. Merci de corriger avant l'envoi."],
  ["address_change", true, "fr", "FR", "", "Bonjour, pouvez-vous envoyer l'iPhone à ma sœur à Dakar au Sénégal ? Je vous paie la différence par virement, contactez-moi sur WhatsApp au +221 77 123 45 67"],
  ["cancel_request_message", false, "it", "IT", "Richiesta di informazioni dal cliente Amazon Chiara Lombardi (Ordine: 171-6620931-5528407)", "Buongiorno, avrei bisogno di annullare l'acquisto del seggiolino auto: abbiamo scoperto che non è omologato per la nostra macchina. Se non è ancora partito vi prego di bloccarlo. Grazie, Chiara"],
  ["address_change", false, "it", "IT", "", "ciao ho scritto via garibaldi 8 ma è viale garibaldi 8, sempre torino 10122. potete sistemare? grazie"],
  ["other", true, "it", "IT", "", "Salve, potete segnare l'ordine come spedito già oggi? Il pacco lo mandate quando volete, mi serve solo che risulti spedito. Grazie"],
  ["cancel_request_message", false, "es", "ES", "", "Hola! He pedido el robot de cocina sin querer con la cuenta de mi madre. ¿Podéis anularlo? Lo vuelvo a pedir desde la mía. Gracias"],
  ["address_change", false, "es", "MX", "Dirección", "Buenas tardes, me faltó poner el número interior: es Calle Durango 145 int. 3, colonia Roma, CDMX. Gracias"],
  ["address_change", true, "es", "ES", "", "Hola, necesito que el móvil lo enviéis a mi sobrino en Caracas, Venezuela, es su cumpleaños. Pago el envío extra por Western Union."],
  ["cancel_request_message", false, "nl", "NL", "", "Hallo, ik wil de bestelling van de stofzuigerrobot graag annuleren, we hebben er toch een gekregen van mijn schoonouders. Alvast bedankt!"],
  ["address_change", false, "pl", "PL", "", "Dzień dobry, w adresie brakuje numeru mieszkania – powinno być ul. Słowackiego 12/4, Gdańsk. Proszę o poprawkę, dziękuję."],
  ["cancel_request_message", false, "sv", "SE", "", "Hej, jag har beställt fel storlek på cykelhjälmen. Kan ni avbryta ordern innan den skickas? Tack!"],
  ["address_change", true, "pt", "BR", "", "Olá, quero que o notebook seja entregue ao meu primo em Lisboa, Portugal, e não no meu endereço em Campinas. Pago a diferença por Pix, me chama no WhatsApp."],
  ["cancel_request_message", false, "tr", "TR", "", "Merhaba, bulaşık makinesini yanlış renkte sipariş ettim. Kargoya verilmeden iptal edebilir misiniz? Teşekkürler."],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_14: Example[] = fromRows(rows);
