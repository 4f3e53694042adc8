/**
 * Round-11 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data and never copied or
 * paraphrased from the dev corpus or the earlier probe and training files. Other situations than rounds 7-10:
 * parcels held up by a ferry or snow, orders sent to a hotel or a konbini pickup, tracking numbers the carrier does
 * not know, parcels "returned to sender", gift recipients asking for their present; refunds of express postage for a
 * standard delivery, of points that were not given back, of a tiered discount that was not applied, of a parcel the
 * carrier lost, of a refused delivery. Many tell the concern without the category's obvious keyword; some are
 * near-misses that TAXONOMY.md files elsewhere (delivery instructions are `other`; a refund that came is `thanks`; a
 * shipping question before buying is `product_question`; refund-without-return threats and off-Amazon refunds carry
 * the scam flag). Every row carries its true labels, whatever the classifier says; written in batches of about 30,
 * each measured before the next.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['delivery_status', false, 'ja', 'JP', '', '離島なのでフェリーの欠航で遅れているのかもしれませんが、発送から1週間たっても追跡が「中継局」から進みません。島に着いているかだけでも分かりますか？'],
  ['delivery_status', false, 'ja', 'JP', '受け取り店舗について', 'ローソン受け取りで注文したのですが、到着のメールがまだ来ていません。お店に行っても「届いていない」と言われました。今どこにあるのでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', 'お急ぎ便の料金を払ったのに、届いたのは通常配送と同じ4日後でした。お急ぎ便の分は返してほしいです'],
  ['refund_request', false, 'ja', 'JP', '鈴木 健太様からのお問い合わせ（注文番号：250-3318204-6612097）', 'お世話になっております。先日キャンセルが完了した注文ですが、支払いに使ったポイント1,200ptが戻っておりません。カード分は返金されていました。ポイントの返還はいつ頃になりますでしょうか。'],
  ['other', false, 'ja', 'JP', '', '宅配ボックスがいっぱいのことが多いので、入らなかったらメーターボックスに入れてもらえると助かります。'],
  ['delivery_status', false, 'ja', 'JP', '', 'まだこないー'],
  ['delivery_status', false, 'en', 'US', '', "I'm staying at a hotel in Denver till Friday and had this shipped to the front desk. Front desk says nothing has come in under my name. Can you tell me which carrier has it and if it'll make it by Thursday?"],
  ['delivery_status', false, 'en', 'UK', 'tracking no.', "Hiya, the tracking number you gave me comes up as 'not found' on the Evri website, tried it for 3 days now. Is it the right number?"],
  ['refund_request', false, 'en', 'US', '', 'USPS finally admitted the package is lost. Honestly I dont want a replacement anymore, I already bought one locally. Just refund me please'],
  ['refund_request', false, 'en', 'AU', 'Bulk pricing', "G'day, the listing says 10% off when you buy 5 or more and I bought 6 cartons of the printer paper, but I was charged full price for all of them. Can you credit the difference?"],
  ['refund_request', true, 'en', 'US', '', "The blender is fine I just don't want it. I'm not paying to ship it back. Refund me today or I'm filing an A-to-z claim and leaving 1 star."],
  ['thanks', false, 'en', 'CA', '', 'saw the refund hit my visa this morning, cheers for sorting it out so quick'],
  ['delivery_status', false, 'de', 'AT', '', 'Servus, laut Sendungsverfolgung ist das Paket "an den Absender zurückgesandt". Ich hab aber nirgends abgelehnt und war daheim. Was ist da passiert und bekomm ich es noch?'],
  ['refund_request', false, 'de', 'DE', 'Annahme verweigert', 'Guten Tag, ich habe das Paket bei der Zustellung nicht angenommen, weil ich die Bestellung eigentlich storniert hatte. Laut DHL ist es wieder bei Ihnen. Wann bekomme ich mein Geld zurück?'],
  ['product_question', false, 'de', 'CH', '', 'Hoi, wie lange dauert der Versand in die Schweiz ungefähr, bevor ich bestelle? Brauche es bis zum 15.'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, je suis la destinataire d'un cadeau envoyé par ma sœur via votre boutique, elle m'a dit qu'il devait arriver lundi. Nous sommes jeudi et je n'ai rien vu passer. Pouvez-vous vérifier ?"],
  ['refund_request', false, 'fr', 'BE', '', "Bonjour, j'ai payé la livraison express 9,99 € mais le colis est arrivé en 6 jours comme une livraison normale. Je souhaiterais récupérer ces frais. Merci"],
  ['other', false, 'fr', 'FR', '', "Bonjour, merci de ne pas livrer avant le 28, je suis en déplacement et personne ne sera là pour réceptionner."],
  ['delivery_status', false, 'it', 'IT', '', 'Buonasera, la spedizione risulta ferma a "in transito verso l\'hub di Bologna" da sabato. È normale con la neve di questi giorni o c\'è un problema?'],
  ['refund_request', false, 'it', 'IT', 'ordine 404-2290183-5517396', "Salve, ho pagato l'ordine due volte per errore con due carte diverse, perché il primo pagamento sembrava non andato a buon fine. Potete stornarne uno? Grazie"],
  ['damaged_or_defective', false, 'it', 'IT', '', 'ciao il pacco è arrivato finalmente ma la lampada dentro ha il vetro in frantumi, voglio i soldi indietro'],
  ['delivery_status', false, 'es', 'MX', '', 'Qué onda, ya pasaron 12 días y la paquetería dice "en aduana". Es normal que tarde tanto? Porfa avísenme algo'],
  ['return_request', false, 'es', 'ES', '', 'Hola, el aspirador me llegó bien, pero no es lo que esperaba y prefiero no quedármelo. Si me devolvéis el dinero os lo mando de vuelta, pero lo importante para mí es el reembolso.'],
  ['refund_request', true, 'es', 'ES', '', 'Buenas, el reembolso de la devolución no me llega. Para ir más rápido hágamelo por Bizum a este número 612 448 903, gracias.'],
  ['delivery_status', false, 'nl', 'BE', '', 'Dag, ik kreeg een sms van bpost dat mijn pakje "in behandeling" is, maar dat al sinds vorige week. Komt het nog?'],
  ['refund_request', false, 'nl', 'NL', '', 'Hallo, ik heb de verzendkosten twee keer betaald omdat ik twee dingen los besteld heb, maar jullie hebben alles in één doos gestuurd. Kan ik de tweede keer terugkrijgen?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, kurier DPD od dwóch dni ma status "problem z adresem", a adres jest dobry. Kiedy paczka do mnie dotrze?'],
  ['refund_request', false, 'pt', 'BR', '', 'Oi, recusei a entrega porque ia chegar depois da viagem e eu não ia usar mais. O rastreio já mostra devolvido ao remetente. Como fica o estorno no cartão?'],
  ['delivery_status', false, 'pt', 'PT', '', 'Bom dia, os CTT dizem que a encomenda foi entregue na caixa do correio, mas a caixa é pequena demais para uma caixa daquelas. Onde foi parar?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, paketet skulle komma till ombudet på ICA i fredags men jag har inte fått någon avisering. Vet ni var det är?'],
];

export const TRAINING_DELIVERY_REFUND_11: Example[] = fromRows(rows);
