/**
 * Messages written for the tests (not taken from the dev corpus): each category in each language family, with the
 * expected category and scam flag. classify.examples.test.ts runs them all; they are the honest check that the
 * phrase families generalise beyond the corpus.
 */
import { fromRows, type Row } from './labelled-rows';

export type { Example } from './labelled-rows';

const rows: Row[] = [
  // ── cancel_request_system: Amazon's notice, several languages and layouts
  ['cancel_request_system', false, 'en', 'US', 'Order cancellation request from Amazon customer Tom Price (Order: 112-0000001-0000001)', 'Dear Seller,\n\nAmazon customer Tom Price has requested that the following order be cancelled.\nOrder ID: 112-0000001-0000001\nReason for cancellation: No longer needed\n\nPlease cancel it in Manage Orders with the reason "Buyer Canceled".'],
  ['cancel_request_system', false, 'en', 'UK', 'Order cancellation request', 'The buyer has submitted a cancellation request for order 203-0000002-0000002.\nCancellation reason: Delivery date too late'],
  ['cancel_request_system', false, 'ja', 'JP', '注文キャンセルリクエスト 注文番号 250-0000003-0000003', 'Amazon.co.jpのお客様から注文のキャンセルリクエストがありました。\nキャンセル理由：配送に時間がかかる\n未発送の場合は「購入者によるキャンセル」を選んでキャンセルしてください。'],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage zu Bestellung 305-0000004-0000004', 'Der Amazon-Kunde Max Weber hat die Stornierung dieser Bestellung beantragt.\nStornierungsgrund: Preis woanders günstiger'],
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation – commande 402-0000005-0000005", "Le client Amazon a demandé l'annulation de la commande ci-dessous.\nMotif de l'annulation : commandé par erreur"],
  ['cancel_request_system', false, 'it', 'IT', 'Richiesta di annullamento ordine 403-0000006-0000006', "Il cliente ha richiesto l'annullamento del seguente ordine. Motivo: tempi di consegna lunghi. Se non è stato spedito, annulla l'ordine selezionando \"Annullato dall'acquirente\"."],
  ['cancel_request_system', false, 'es', 'ES', 'Solicitud de cancelación del pedido 404-0000007-0000007', 'El comprador ha solicitado la cancelación de este pedido a través de Amazon. Motivo de cancelación: pedido duplicado.'],
  ['cancel_request_system', false, 'nl', 'NL', 'Annuleringsverzoek bestelling 405-0000008-0000008', 'De klant heeft gevraagd om deze bestelling te annuleren. Reden: niet meer nodig.'],

  // ── cancel_request_message: the buyer's own words
  ['cancel_request_message', false, 'en', 'US', '', 'Hey, can you cancel my order please? I found it at a local store.'],
  ['cancel_request_message', false, 'en', 'CA', 'Inquiry from Amazon customer Ann Lee (Order: 702-0000009-0000009)', "Hi, I'd like to cancel this purchase, I accidentally bought two. Thanks!"],
  ['cancel_request_message', false, 'en', 'UK', '', 'I requested the cancellation in my orders but it still shows as processing, please make sure it is cancelled before dispatch.'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'すみません、さっき注文したんですが、やっぱりキャンセルしたいです。'],
  ['cancel_request_message', false, 'ja', 'JP', '田中様からのお問い合わせ（注文番号：250-0000010-0000010）', '誠に恐縮ではございますが、本注文を取り消していただくことは可能でしょうか。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'ｷｬﾝｾﾙお願いします。まちがえて押しちゃいました'],
  ['cancel_request_message', false, 'de', 'DE', '', 'Guten Abend, ich möchte meine Bestellung stornieren, da ich das Gerät nicht mehr brauche.'],
  ['cancel_request_message', false, 'fr', 'FR', '', 'Bonjour, pouvez-vous annuler ma commande svp ? Je me suis trompé de modèle.'],
  ['cancel_request_message', false, 'it', 'IT', '', 'Buongiorno, vorrei cancellare il mio ordine, ho sbagliato colore. Grazie'],
  ['cancel_request_message', false, 'es', 'MX', '', 'Hola, necesito cancelar mi pedido porque ya no lo voy a usar.'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Hallo, ik wil mijn bestelling graag annuleren. Alvast bedankt.'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, proszę anulować zamówienie, pomyliłem rozmiar.'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej, kan ni avbryta min beställning? Jag beställde fel färg.'],
  ['cancel_request_message', true, 'en', 'US', '', 'Please cancel the order, I want to pay you directly by PayPal instead, it is cheaper for both of us.'],

  // ── address_change: own corrections (not scam) and new destinations (scam)
  ['address_change', true, 'nl', 'NL', '', 'Zou u het pakje naar mijn zus in Curaçao kunnen opsturen? Het is een verrassing.'],
  ['address_change', true, 'ja', 'JP', '', '姉の家（台湾）に直接送っていただくことはできますか？'],
  ['address_change', true, 'en', 'US', '', 'Ship it via my freight forwarder please, they handle the export to Ghana.'],
  ['address_change', true, 'fr', 'FR', '', 'Ma cousine en Belgique voudrait recevoir le colis chez elle, vous pouvez le lui envoyer ?'],
  ['address_change', false, 'en', 'UK', '', 'I made a mistake in my house number: it should read 27, not 72. Same street.'],
  ['address_change', true, 'de', 'DE', '', 'Könnten Sie das Paket bitte an meine Cousine in Wien schicken? Sie hat nächste Woche Geburtstag.'],
  ['address_change', false, 'en', 'US', '', 'Oops, I forgot to add my unit number. It should be Unit 12, same building. Can you update it?'],
  ['address_change', false, 'en', 'UK', 'Wrong postcode', 'Sorry, my postcode is wrong on the order, it should read LS6 2AB. Everything else is right.'],
  ['address_change', false, 'ja', 'JP', '', '郵便番号を間違えて入力してしまいました。正しくは150-0001です。修正をお願いできますか。'],
  ['address_change', false, 'ja', 'JP', '', 'マンション名が抜けていました。「コーポ桜 203」を追加してください。'],
  ['address_change', false, 'de', 'DE', '', 'Hallo, bitte ändern Sie die Lieferadresse auf Gartenweg 3, gleiche Stadt. Ich bin umgezogen.'],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, j'ai fait une erreur dans mon adresse, c'est le 12 rue des Lilas et non le 21. Merci de corriger."],
  ['address_change', false, 'es', 'ES', '', 'Hola, ¿pueden cambiar la dirección de envío? Puse mal el número del piso, es 3ºB.'],
  ['address_change', true, 'en', 'US', '', 'Hello dear, please ship my package to my brother in Jakarta Indonesia, he will receive it. I pay extra shipping.'],
  ['address_change', true, 'en', 'UK', '', 'Can you send the order to my forwarding address instead? It is a package forwarder that ships to Ghana.'],
  ['address_change', true, 'ja', 'JP', '', '注文した商品を、マレーシアに住む友人の家に送っていただけませんか。送料は別途お支払いします。'],
  ['address_change', true, 'de', 'DE', '', 'Bitte senden Sie die Ware an meine Freundin in Nigeria, Lagos. Ich bezahle die Differenz per PayPal.'],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, pouvez-vous envoyer le colis chez mon cousin aux Philippines ? C'est pour son anniversaire."],
  ['address_change', true, 'es', 'ES', '', 'Hola, ¿pueden enviar el pedido a mi amigo en Colombia? Es un regalo, yo pago la diferencia.'],

  // ── return_request: notices and free-text returns without damage
  ['return_request', false, 'fr', 'FR', '', 'Bonjour, la couleur ne correspond pas à mes attentes, je souhaite le renvoyer.'],
  ['return_request', false, 'en', 'US', 'Return authorization request for order # 113-0000011-0000011', 'Amazon customer Jo Kim has requested a return authorization.\nReturn reason: Changed mind\nPlease authorize or close this request in Manage Returns.'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：249-0000012-0000012）', 'お客様から返品リクエストが届きました。\n返品理由：イメージと違った'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung # 302-0000013-0000013', 'Rücksendegrund: Artikel wird nicht mehr benötigt\nBitte genehmigen oder schließen Sie die Anfrage.'],
  ['return_request', false, 'en', 'AU', '', "Hi, the jacket is a bit too big for me. Can I return it? Tags are still on."],
  ['return_request', false, 'ja', 'JP', '', '思っていた色と違ったので返品できますか？未使用です。'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, die Schuhe sind zu klein. Kann ich sie umtauschen gegen Größe 44?'],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, je souhaite retourner cet article, il ne me plaît pas finalement. Comment faire ?"],
  ['return_request', false, 'it', 'IT', '', 'Salve, vorrei restituire il prodotto perché non mi serve più. È ancora imballato.'],
  ['return_request', false, 'es', 'ES', '', 'Hola, quiero devolver la mochila, es más pequeña de lo que pensaba. ¿Cómo hago la devolución?'],
  ['return_request', false, 'nl', 'NL', '', 'Hoi, ik wil de trui graag retourneren, hij valt te klein.'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, jag vill returnera skorna, de passar inte. Hur gör jag?'],

  // ── damaged_or_defective
  ['damaged_or_defective', false, 'en', 'US', '', 'The listing says a set of 4 mugs, but only 3 were in the box.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '色ちがうの届いたんだけど、これ交換できる？'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The lamp came with the glass shade shattered. Please send a replacement.'],
  ['damaged_or_defective', false, 'en', 'UK', '', "The headphones won't pair with any of my devices, tried everything. Faulty?"],
  ['damaged_or_defective', false, 'en', 'IN', '', 'I received the wrong colour, I ordered blue but got red. Please exchange.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Box arrived but the remote is missing the battery cover and the manual.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いた掃除機の電源が入りません。初期不良だと思います。交換をお願いします。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '開けたらお皿が2枚割れていました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '付属のケーブルが入っていませんでした。'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Der Toaster ist kaputt angekommen, das Gehäuse ist eingedrückt.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Leider funktioniert die Fernbedienung nicht, auch mit neuen Batterien.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "L'aspirateur ne s'allume plus après deux jours. Il est sous garantie ?"],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il frullatore è arrivato con il bicchiere rotto. Come procediamo?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'La cafetera no funciona, no calienta el agua. Quiero una solución.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'De koptelefoon is kapot aangekomen, één kant werkt niet.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, czajnik nie działa od pierwszego dnia.'],
  ['damaged_or_defective', true, 'en', 'US', '', "It's broken. Refund me now, I'm not sending it back. Otherwise I leave 1-star feedback and file an A-to-z."],

  // ── delivery_status
  ['delivery_status', false, 'fr', 'FR', '', 'Le suivi affiche livré depuis hier, mais je n’ai toujours pas reçu le paquet.'],
  ['product_question', false, 'en', 'US', '', 'Do you ship to Australia? If so, how long does it take?'],
  ['delivery_status', false, 'en', 'US', '', "Hi, it's been a week and my package still hasn't arrived. Can you check?"],
  ['delivery_status', false, 'en', 'UK', '', 'When will my order be dispatched? It still says preparing for dispatch.'],
  ['delivery_status', false, 'en', 'AU', '', 'Tracking says delivered but there is nothing at my door.'],
  ['delivery_status', false, 'ja', 'JP', '', '注文した商品はいつ届きますか？'],
  ['delivery_status', false, 'ja', 'JP', '', '一週間前に注文したのにまだ届いていません。どうなっていますか。'],
  ['delivery_status', false, 'ja', 'JP', '', 'おといあわせばんごうをおしえてください'],
  ['delivery_status', false, 'de', 'DE', '', 'Wo bleibt meine Bestellung? Sie ist seit 10 Tagen unterwegs.'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, je n'ai toujours pas reçu mon colis commandé il y a deux semaines."],
  ['delivery_status', false, 'it', 'IT', '', 'Buongiorno, quando arriverà il mio ordine? Grazie'],
  ['delivery_status', false, 'es', 'ES', '', 'Hola, ¿cuándo llega mi pedido? Todavía no me ha llegado.'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, paczka jeszcze nie dotarła. Kiedy zostanie dostarczona?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, när kommer mitt paket? Jag har inte fått något spårningsnummer.'],
  ['delivery_status', true, 'en', 'US', '', 'When are you shipping? Just email me the tracking at kev.buyer99@yahoo.com, I never check amazon messages.'],

  // ── refund_request
  ['refund_request', false, 'de', 'DE', '', 'Das Paket ist laut Sendungsverfolgung wieder bei Ihnen, aber ich habe bis heute keinen Cent zurückbekommen.'],
  ['refund_request', true, 'en', 'US', '', 'Unless you refund me right now I will give you a one star review. I am not sending anything back.'],
  ['refund_request', false, 'en', 'US', '', 'I sent the item back ten days ago and still have not received my refund.'],
  ['refund_request', false, 'en', 'UK', '', 'I was charged twice for one order, please refund the second payment.'],
  ['refund_request', false, 'ja', 'JP', '', '返品した商品の返金がまだされていません。ご確認お願いします。'],
  ['refund_request', false, 'ja', 'JP', '', '注文の翌日に値下げされていたので、差額を返金してもらえませんか。'],
  ['refund_request', false, 'de', 'DE', '', 'Ich habe die Ware zurückgeschickt, aber noch keine Rückerstattung bekommen.'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai été débité deux fois pour la même commande, merci de me rembourser."],
  ['refund_request', false, 'it', 'IT', '', 'Buongiorno, non ho ancora ricevuto il rimborso per il reso di settimana scorsa.'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, devolví el producto hace dos semanas y el reembolso todavía no aparece.'],
  ['refund_request', false, 'nl', 'NL', '', 'Ik heb het pakket teruggestuurd maar nog geen terugbetaling ontvangen.'],
  ['refund_request', true, 'en', 'US', '', "Don't want it anymore. Give me a full refund and I'll keep it, or I'll leave negative feedback."],

  // ── invoice_request
  ['invoice_request', false, 'en', 'US', '', 'Could you send me a receipt for this purchase? I need it for reimbursement.'],
  ['invoice_request', false, 'en', 'IN', '', 'Kindly provide GST invoice with company name ABC Traders.'],
  ['invoice_request', false, 'ja', 'JP', '', '領収書の宛名を会社名にして発行していただけますか。'],
  ['invoice_request', false, 'ja', 'JP', '', '請求書を発行してほしいです。'],
  ['invoice_request', false, 'de', 'DE', '', 'Können Sie mir bitte eine Rechnung auf meine Firma ausstellen?'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, j'aurais besoin d'une facture avec la TVA pour ma société."],
  ['invoice_request', false, 'it', 'IT', '', 'Potete emettere fattura intestata alla mia ditta? Partita IVA 12345678901'],
  ['invoice_request', false, 'es', 'ES', '', 'Necesito factura a nombre de mi empresa, por favor.'],
  ['invoice_request', false, 'pl', 'PL', '', 'Proszę o wystawienie faktury VAT na firmę.'],

  // ── product_question
  ['product_question', true, 'ja', 'JP', '', '同じものを20個まとめて買いたいです。値引きの相談をしたいのでLINEかメールで連絡ください。'],
  ['product_question', false, 'en', 'US', '', 'Is this blender dishwasher safe?'],
  ['product_question', false, 'en', 'UK', '', 'Does this charger work with a Pixel 8?'],
  ['product_question', false, 'en', 'CA', '', 'How do I reset the thermostat to factory settings?'],
  ['product_question', false, 'ja', 'JP', '', 'このバッグは防水ですか？'],
  ['product_question', false, 'ja', 'JP', '', 'Switch 2でも使えますか？'],
  ['product_question', false, 'ja', 'JP', '', 'Mサイズは何cmくらいですか？購入を検討しています。'],
  ['product_question', false, 'de', 'DE', '', 'Ist dieser Rucksack wasserdicht?'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, ce chargeur est-il compatible avec un iPhone 15 ?'],
  ['product_question', false, 'it', 'IT', '', 'Questa borraccia è adatta per bevande calde?'],
  ['product_question', false, 'es', 'ES', '', '¿Este reloj es compatible con Android?'],
  ['product_question', false, 'nl', 'NL', '', 'Is deze jas waterdicht?'],
  ['product_question', true, 'en', 'US', '', 'Do you have 50 units in stock? Contact me on WhatsApp and we can make a deal outside Amazon.'],

  // ── thanks
  ['thanks', false, 'en', 'US', '', 'Received it today, thank you so much!'],
  ['thanks', false, 'en', 'UK', '', 'Cheers, all arrived safely.'],
  ['thanks', false, 'ja', 'JP', '', '本日受け取りました。ありがとうございました！'],
  ['thanks', false, 'ja', 'JP', '', 'ありがとうございました😊'],
  ['thanks', false, 'de', 'DE', '', 'Vielen Dank, Paket ist heute angekommen.'],
  ['thanks', false, 'fr', 'FR', '', 'Bien reçu, merci !'],
  ['thanks', false, 'it', 'IT', '', 'Grazie, tutto perfetto!'],
  ['thanks', false, 'es', 'ES', '', '¡Muchas gracias! Todo perfecto.'],
  ['thanks', false, 'nl', 'NL', '', 'Bedankt, alles goed ontvangen.'],
  ['thanks', false, 'pl', 'PL', '', 'Dziękuję, wszystko dotarło.'],

  // ── spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'US', 'Partnership', 'Hi, we are a fast growing e-commerce agency. We can improve your Amazon listing rankings within 30 days, reply for our price list.'],
  ['spam_or_suspicious', false, 'en', 'UK', '', 'Want to boost your product visibility? Our team offers A+ content design at a discount this week.'],
  ['spam_or_suspicious', false, 'en', 'US', 'Boost your listing', 'Hi seller, we offer professional listing optimization and A+ content design at a low price. Reply for details.'],
  ['spam_or_suspicious', true, 'en', 'UK', 'Urgent: account verification', 'Your Amazon seller account has been suspended. Verify your account at http://amazon-seller-verify.net/login within 24 hours.'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【緊急】アカウント確認', 'お客様のアカウントに不審なログインがありました。以下のリンクから本人確認をお願いします。 http://amzn-secure-check.com'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', '弊社では出品者様向けに商品撮影の代行サービスを行っております。ご興味がございましたらご連絡ください。'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Guten Tag, wir sind eine Agentur für Amazon-SEO und bieten Ihnen eine kostenlose Analyse an.'],
  ['spam_or_suspicious', true, 'fr', 'FR', '', "L'équipe Amazon: votre compte sera suspendu. Confirmez vos coordonnées bancaires sur notre site."],
  ['spam_or_suspicious', false, 'en', 'US', '', 'qwertyuiop zxcvbnm'],

  // ── other
  // A would-be buyer moving the payment off Amazon: TAXONOMY files the deal under product_question (with the scam flag).
  ['product_question', true, 'en', 'US', '', 'Can you email me a PayPal invoice? I would rather pay you directly than through Amazon.'],
  ['other', true, 'en', 'US', '', 'Please confirm the shipment today so that my bank releases the funds, I will send the money once it shows shipped.'],
  ['other', false, 'en', 'US', '', 'Could you gift wrap it? It is a present for my wife.'],
  ['other', false, 'en', 'UK', '', 'Please leave the parcel with my neighbour at number 5 if I am out.'],
  ['other', false, 'ja', 'JP', '', '来月まで発送を待っていただくことはできますか？旅行中で受け取れないので。'],
  ['other', false, 'ja', 'JP', '', 'のしを付けていただくことは可能ですか？'],
  ['other', false, 'de', 'DE', '', 'Könnten Sie eine Grußkarte beilegen? Es ist ein Geschenk.'],
  ['other', true, 'en', 'US', '', 'Please mark the order as shipped today, you can actually send it next week.'],
  ['other', true, 'ja', 'JP', '', '入金前に発送してもらえますか？必ず払います。'],
];

export const EXAMPLES = fromRows(rows);
