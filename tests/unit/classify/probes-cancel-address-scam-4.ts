/**
 * Round-4 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * style of the evaluation data (natural, medium length, one clear concern plus context, polite openings and sign-offs,
 * realistic order details, the marketplace of the language, Amazon's inquiry-wrapper subjects). New situations,
 * products and wordings: never copied or paraphrased from the dev corpus or the earlier probe files. Written in
 * batches; each batch was run before any fix (the figures are in the commit messages).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['cancel_request_message', false, 'ja', 'JP', '高橋 直樹様からのお問い合わせ（注文番号：503-2291847-6630125）', 'いつもお世話になっております。昨夜注文したデロンギのオイルヒーターですが、賃貸の規約で使用できないことが分かりました。まだ出荷前であれば、注文を取り消していただけますと幸いです。どうぞよろしくお願い申し上げます。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'すみません、同じ商品を別のショップでも買ってしまっていたので、こちらの分はキャンセルさせてください。発送済みでしたら受け取り後に返品します。'],
  ['address_change', false, 'ja', 'JP', '住所の件', 'お世話になります。注文時の住所ですが、番地を「3-12-5」と入力すべきところを「3-21-5」としてしまいました。発送前に修正をお願いできますでしょうか。'],
  ['address_change', true, 'ja', 'JP', '', 'こんにちは。注文したカメラのレンズですが、香港にいる取引先に使ってもらう予定です。お手数ですが香港の事務所宛てに発送していただけますか。送料は別途お支払いします。'],
  ['address_change', false, 'ja', 'JP', '', '先週引っ越したのですが、Amazonの住所を更新し忘れていました。新しい住所は同じ市内の「横浜市港北区日吉2-4-8」です。まだ間に合えば変更お願いします。'],
  ['cancel_request_message', false, 'en', 'US', 'Inquiry from Amazon customer Rachel Owens (Order: 113-5502918-7740362)', "Hi there, I placed an order for the Cuisinart coffee maker about an hour ago and realized it's the 12-cup model, I wanted the 14-cup. Could you please cancel it so I can reorder the right one? Thank you so much, Rachel"],
  ['cancel_request_message', false, 'en', 'CA', '', "Hello, my order hasn't shipped yet according to the tracking page. I've decided I don't need the extra phone case after all, so please cancel that order. Appreciate it!"],
  ['cancel_request_message', false, 'en', 'UK', 'Order 203-7718204-5519301', "Good evening, I'm afraid I ordered this kettle twice by mistake, I only need one. Would it be possible to cancel the second order? Many thanks, Helen"],
  ['address_change', false, 'en', 'US', '', "Hi, I just realized the shipping address on my order still has my old apartment, 5C. I moved to 7A in the same building last week. Can you update that before you ship? Thanks, Jordan"],
  ['address_change', true, 'en', 'UK', '', "Hello, I've bought the Dyson hair dryer as a present for my aunt who lives in Lagos. Is there any way you could post it straight to her instead of my address? I'll cover the extra postage. Kind regards"],
  ['address_change', false, 'en', 'AU', '', "G'day, I left the unit number off my address when I ordered. It's Unit 14, 22 Beach Rd, Bondi NSW 2026. Sorry for the hassle and thanks!"],
  ['address_change', true, 'en', 'US', 'Inquiry from Amazon customer Faisal Rahman (Order: 112-3390182-6604417)', 'Dear Seller, I have ordered 4 units of the Garmin watch. Kindly change the destination to my shipping agent address in Karachi, Pakistan. My agent will clear it from customs. Awaiting your reply.'],
  ['product_question', true, 'en', 'US', '', "Hi, are these headphones the 2024 model? Can you send me more pictures on WhatsApp? My number is +1 415 555 0172. Thanks"],
  ['cancel_request_message', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Thomas Becker (Bestellung: 304-8810273-6629014)', 'Hallo, ich habe gestern Abend den Staubsaugerroboter bestellt, aber mein Vermieter hat mir gerade einen geschenkt. Wäre es möglich, die Bestellung noch zu stornieren? Besten Dank, Thomas Becker'],
  ['address_change', false, 'de', 'DE', '', 'Guten Tag, bei meiner Bestellung ist leider die Postleitzahl falsch, es muss 50667 heißen statt 50676. Könnten Sie das vor dem Versand noch ändern? Viele Grüße'],
  ['address_change', true, 'de', 'AT', '', 'Servus, die Kaffeemaschine ist ein Geschenk für meine Tante in der Schweiz. Können Sie das Paket bitte direkt nach Zürich an sie schicken? Die Mehrkosten übernehme ich gern.'],
  ['cancel_request_message', false, 'fr', 'FR', 'Demande de renseignements de la part du client Amazon Claire Dubois (Commande : 402-3381029-7762014)', "Bonjour, j'ai commandé ce matin un aspirateur balai mais mon mari en a acheté un en magasin entre-temps. Pourriez-vous annuler ma commande si elle n'est pas encore partie ? Merci beaucoup, Claire"],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, dans mon adresse de livraison j'ai écrit « rue des Lilas » au lieu de « allée des Lilas ». Le code postal est bon. Est-il possible de corriger avant l'envoi ? Cordialement"],
  ['address_change', true, 'fr', 'BE', '', "Bonjour, je voudrais que vous expédiiez la commande chez mon cousin à Dakar au Sénégal, c'est une surprise pour lui. Je vous rembourserai les frais supplémentaires. Merci"],
  ['cancel_request_message', false, 'it', 'IT', 'Richiesta di informazioni dal cliente Amazon Paolo Greco (Ordine: 405-2219384-1108273)', "Buonasera, ho ordinato oggi il frullatore Kenwood ma ho visto che il modello non è quello che cercavo. Se non è ancora partito, potreste annullare l'ordine? Grazie, Paolo"],
  ['address_change', false, 'it', 'IT', '', "Buongiorno, mi sono accorta che nell'ordine manca il nome sul citofono: bisogna suonare a \"Rossi-Bianchi\". Potete aggiungerlo all'indirizzo? Grazie mille"],
  ['address_change', true, 'it', 'IT', '', "Salve, il tablet è per mio nipote che studia in Albania, a Tirana. Potete spedirlo direttamente a lui? Vi pago la differenza di spedizione con PayPal."],
  ['cancel_request_message', false, 'es', 'ES', 'Consulta del cliente de Amazon Javier Ruiz (Pedido: 407-6610293-8847102)', 'Hola, buenas tardes. He comprado por error la versión de 128 GB de la tarjeta y necesitaba la de 256. ¿Me podríais anular el pedido antes de enviarlo? Un saludo, Javier'],
  ['address_change', false, 'es', 'MX', '', 'Buen día, en mi dirección puse la colonia equivocada, es Del Valle Centro y no Del Valle Norte. El código postal sí está bien. ¿Lo pueden corregir? Gracias'],
  ['address_change', true, 'es', 'ES', '', 'Hola, compré el patinete para mi primo que vive en Caracas. ¿Podéis enviarlo a Venezuela directamente? Os pago el envío por transferencia. Gracias'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Hallo, ik heb gisteren een koffiezetapparaat besteld maar ik heb er al een gekregen van mijn schoonmoeder. Zou u de bestelling willen annuleren als hij nog niet verzonden is? Groetjes, Inge'],
  ['address_change', false, 'pl', 'PL', '', 'Dzień dobry, pomyliłem się w kodzie pocztowym, powinno być 31-042 a nie 31-024. Czy mogą Państwo to poprawić przed wysyłką? Dziękuję'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej! Jag råkade beställa två vattenkokare istället för en. Skulle ni kunna annullera den ena beställningen? Tack på förhand, Karin'],
  ['address_change', false, 'pt', 'PT', '', 'Bom dia, reparei que me esqueci de indicar o andar na morada: é 3.º esquerdo. Conseguem acrescentar antes de enviar? Obrigada'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Merhaba, dün akşam verdiğim kulaklık siparişinden vazgeçtim, başka bir model aldım. Kargoya verilmediyse siparişi iptal etmeniz mümkün mü? İyi çalışmalar'],
  // ── batch 2
  ['product_question', false, 'en', 'US', '', 'Hi, quick question before I order: does this fitness band vibrate for WhatsApp messages, or only for calls and texts? My current one only does texts. Thanks!'],
  ['product_question', true, 'en', 'UK', '', "Hello, do you have the navy one in size 10? If easier, drop me a message on WhatsApp, 07700 900418, I'm not often on Amazon. Cheers"],
  ['product_question', false, 'ja', 'JP', '', 'こちらのスマートウォッチはLINEの通知にも対応していますか？iPhoneで使う予定です。'],
  ['cancel_request_message', false, 'ja', 'JP', 'ご注文内容の件', 'お世話になっております。株式会社ミドリ商事の総務担当、木村でございます。先日発注いたしましたコピー用紙10箱につきまして、社内で予算の見直しがあり、誠に恐縮ながら今回は注文を見合わせたく存じます。お手数ですがご対応のほどお願い申し上げます。'],
  ['cancel_request_message', false, 'ja', 'JP', '', '昨日ポチった加湿器なんですけど、やっぱりいらなくなっちゃいました。まだ発送されてなければキャンセルってできますか？'],
  ['address_change', false, 'ja', 'JP', '', 'お届け先の宛名が旧姓のままになっていました。「佐々木」ではなく「中村」でお願いします。住所はそのままで大丈夫です。'],
  ['address_change', true, 'ja', 'JP', '', '注文した電動歯ブラシ、シンガポールに住んでる弟にあげたいので、弟の家に直接送ってもらうことってできますか？'],
  ['cancel_request_message', false, 'en', 'US', '', "Hey, I accidentally bought two of the yoga mats, I only meant to buy one. Can one of them be cancelled? I don't want to deal with a return later. Thanks!"],
  ['cancel_request_message', false, 'en', 'IN', 'Inquiry from Amazon customer Suresh Iyer (Order: 171-9928374-5510236)', 'Dear Sir/Madam, I have placed order for Philips trimmer yesterday. Now my brother has gifted me same trimmer. So kindly cancel my order and do not dispatch. Thanking you, Suresh'],
  ['delivery_status', false, 'en', 'US', '', "Hi, I'm not looking to cancel or anything, I'm just wondering if the grill will still arrive before the 4th of July weekend. Tracking hasn't updated in 3 days. Thanks"],
  ['address_change', false, 'en', 'CA', '', "Hello, my postal code was autofilled wrong, it shows M5V 2T6 but it's M5V 2T9. Street and unit are correct. Could you fix it on your end before shipping? Thanks, Amir"],
  ['address_change', true, 'en', 'US', '', "Hi, I'm a reseller and this order is actually for one of my buyers in Toronto. Can you ship it to her address in Canada? I'll send it through message. Thanks"],
  ['address_change', false, 'en', 'US', '', "Hi, we're moving across town this weekend, from Pine St to 1180 Oak Ridge Dr, same city (Austin). Can the package go to the new place instead? Thank you!"],
  ['other', true, 'en', 'US', '', "Hello, I'll pay as soon as my paycheck clears on Friday, but please send the item today so it arrives in time. I'm a loyal customer."],
  ['cancel_request_message', false, 'de', 'DE', '', 'Moin, ich hab mich vertan und den Akku für das falsche Modell bestellt. Kannst du die Bestellung bitte rückgängig machen? Danke dir!'],
  ['address_change', false, 'de', 'CH', '', 'Grüezi, ich habe beim Bestellen die falsche Wohnungsnummer eingetragen, richtig wäre Wohnung 14 statt 41. Können Sie das bitte noch korrigieren? Freundliche Grüsse'],
  ['address_change', true, 'de', 'DE', 'Anfrage von Amazon-Kunde Mehmet Yilmaz (Bestellung: 305-1182736-4409921)', 'Guten Tag, ich möchte, dass Sie die Bestellung an meinen Schwager in Istanbul senden, er holt sie dort ab. Die Versandkosten überweise ich Ihnen gern direkt. Danke'],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bjr, g commandé le mauvais câble pour mon chargeur, vous pouvez annuler svp ? je recommande le bon après. merci"],
  ['address_change', false, 'fr', 'CA', '', "Bonjour, j'ai déménagé la semaine passée à Montréal, même ville qu'avant, juste une autre rue : 4520 rue Saint-Denis, app. 3. Pouvez-vous envoyer le colis là ? Merci"],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, j'ai acheté ce téléphone pour mon frère qui habite à Abidjan. Est-ce que vous pouvez le lui envoyer directement en Côte d'Ivoire ? Je paie la différence. Merci d'avance"],
  ['cancel_request_message', false, 'it', 'IT', '', "Ciao, ho fatto l'ordine delle cuffie stamattina ma ho trovato un'offerta migliore. Me lo annullate per favore? Grazie"],
  ['address_change', false, 'it', 'IT', '', "Buonasera, nel campo indirizzo ho inserito il numero civico 8 ma è 18. Via e CAP sono giusti. Riuscite a sistemarlo prima della spedizione? Grazie"],
  ['cancel_request_message', false, 'es', 'MX', '', 'Buenas noches, ya no ocupo la freidora que pedí hoy en la mañana, ¿me la pueden cancelar antes de que la manden? Gracias de antemano'],
  ['address_change', false, 'es', 'ES', '', 'Hola, soy Marta. He visto que en el pedido aparece mi dirección antigua de Valencia; ahora vivo en la calle Colón 12, 3.º B, también en Valencia. ¿Podéis cambiarla? Gracias'],
  ['address_change', true, 'es', 'MX', '', 'Hola, el pedido es para un cliente mío en Guatemala. ¿Lo pueden mandar directo a su dirección allá? Les pago el envío extra por depósito en OXXO.'],
  ['cancel_request_message', false, 'pt', 'BR', '', 'Oi, tudo bem? Comprei a cafeteira errada, era pra ser a de 220V. Vocês conseguem cancelar o pedido antes de enviar? Obrigado!'],
  ['address_change', true, 'pt', 'PT', '', 'Boa tarde, a encomenda é para o meu afilhado que vive em Luanda. Seria possível enviarem diretamente para Angola? Pago os portes adicionais por transferência.'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, chciałabym anulować zamówienie na czajnik, zamówiłam go dwa razy przez pomyłkę. Z góry dziękuję, Anna'],
  ['address_change', false, 'nl', 'BE', '', 'Dag, ik zie dat ik het busnummer vergeten ben bij mijn adres, het is bus 3. Kan dat nog toegevoegd worden voor de verzending? Dank u'],
  ['address_change', false, 'tr', 'TR', '', 'Merhaba, siparişte apartman adını yazmayı unutmuşum: Gül Apartmanı, kat 2. Kargoya vermeden ekleyebilir misiniz? Teşekkürler'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej, jag vill ångra min beställning av hörlurarna, jag hittade dem billigare i butik. Den har väl inte skickats än? Mvh Erik'],
  // known gap closed by the round-4 product.ts fix (kann man mit der … ?)
  ['product_question', false, 'de', 'DE', '', 'Hallo, kann man mit der Uhr auch Telegram-Nachrichten lesen oder werden nur SMS angezeigt? Danke im Voraus'],
  // ── batch 3
  ['cancel_request_message', false, 'ja', 'JP', '', 'お世話になります。本日注文したプリンターのインク、型番を確認したら対応していないものでした。お手数ですが、発送前であれば取消の手続きをしていただけないでしょうか。'],
  ['cancel_request_message', false, 'ja', 'JP', '鈴木 一郎様からのお問い合わせ（注文番号：250-8871023-1192837）', 'お世話になっております。先ほど注文確定ボタンを押してしまったのですが、まだ検討中でした。申し訳ありませんが、今回の注文はなかったことにしていただけますか。'],
  ['address_change', false, 'ja', 'JP', '', 'すみません、注文した際のお届け先が実家のままになっていました。今は一人暮らしで、住所は「東京都杉並区高円寺南3-5-2 コーポ青葉201」です。変更可能でしょうか。'],
  ['address_change', true, 'ja', 'JP', '', '購入したゲーム機を、アメリカの友人に送りたいので、届け先を友人の住所（ロサンゼルス）に変えていただけますか？送料はPayPalでお支払いします。'],
  ['delivery_status', false, 'ja', 'JP', '', 'キャンセルするつもりはないのですが、いつ頃届くか教えていただけますか？来週から出張で家を空けるので気になっています。'],
  ['address_change', false, 'en', 'US', 'Inquiry from Amazon customer Brenda Walsh (Order: 111-2290384-7718203)', "Hi, I noticed the recipient on my order is 'B Walsh', could you please put my full name, Brenda Walsh, on the package? Our building has two B. Walshes and packages get mixed up. Thanks!"],
  ['cancel_request_message', false, 'en', 'US', '', 'CANCEL THIS ORDER PLEASE. I ordered the wrong size filter, I need 20x25x1 not 20x20x1. Thanks'],
  ['cancel_request_message', false, 'en', 'PH', '', "Good day po! I would like to ask for the cancellation of my order, the rice cooker. I ordered it by mistake using my mother's account. Thank you and God bless."],
  ['address_change', true, 'en', 'UK', '', "Hiya, the trainers are for my son who's at uni in Dublin. Would you be able to post them to his halls there instead of my house? Happy to pay the difference."],
  ['product_question', false, 'en', 'US', '', "Hello, before I place an order: do you ship to Alaska, and roughly how long does it take? I need the heater before winter. Thanks!"],
  ['address_change', false, 'en', 'US', '', "Hello, I'm sending this to myself at my office this time. Could you change the delivery to 500 Market St, Suite 210, San Francisco? Same city as my home address. Thanks!"],
  ['damaged_or_defective', true, 'en', 'US', '', "The charger stopped charging after a week, but honestly I just want the money back and won't be sending it back. If I don't get a refund today I'm leaving a 1-star review."],
  ['cancel_request_message', false, 'de', 'DE', '', 'Sehr geehrtes Team, leider habe ich die Matratze in der falschen Größe bestellt (90x200 statt 100x200). Ich bitte Sie daher, den Auftrag zu stornieren. Mit freundlichen Grüßen, Petra Lange'],
  ['address_change', false, 'de', 'DE', '', 'Hallo, ich sehe gerade, dass auf dem Paket noch mein Mädchenname stehen würde. Bitte ändern Sie den Empfänger auf Julia Hartmann, die Adresse bleibt gleich. Danke!'],
  ['address_change', true, 'de', 'DE', '', 'Guten Tag, ich betreibe einen kleinen Onlineshop und mein Kunde in Dänemark wartet auf die Lampe. Könnten Sie direkt an ihn nach Kopenhagen liefern? Ich bezahle den Aufpreis.'],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, suite à une erreur de ma part j'ai commandé deux fois la même poêle. Merci de bien vouloir annuler l'une des deux commandes. Bonne journée"],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, le code d'accès de mon immeuble a changé, c'est maintenant 4521B. Pouvez-vous le mettre à jour sur ma commande pour que le livreur puisse entrer ? Merci"],
  ['product_question', true, 'fr', 'FR', '', "Bonjour, avez-vous ce modèle en noir ? Écrivez-moi plutôt sur WhatsApp au 06 12 34 56 78, je consulte rarement Amazon. Merci"],
  ['cancel_request_message', false, 'it', 'IT', '', "Salve, vi chiedo cortesemente di annullare il mio ordine dello zaino, ho sbagliato colore. Se è già partito lo rifiuterò alla consegna. Grazie"],
  ['address_change', false, 'it', 'IT', '', "Buongiorno, nell'ordine ho messo l'indirizzo dell'ufficio ma ad agosto è chiuso. Potete spedire a casa mia, in via Garibaldi 21 a Torino? Grazie"],
  ['address_change', true, 'it', 'IT', '', "Buongiorno, è un regalo per mia cugina che vive a Zurigo. Potreste inviarlo a lei in Svizzera invece che a me? Pago io la differenza"],
  ['cancel_request_message', false, 'es', 'ES', '', 'Buenos días, quería pedirles que cancelaran mi pedido de la mochila, me he equivocado de modelo. Muchas gracias y disculpen las molestias.'],
  ['address_change', false, 'es', 'CO', '', 'Hola, en la dirección me faltó poner el número de apartamento, es el 502 torre 2. ¿Lo pueden agregar antes de despachar? Mil gracias'],
  ['product_question', true, 'es', 'MX', '', 'Hola, ¿tienen 30 piezas de estos audífonos? Si me dan buen precio les compro todas por fuera de Amazon, mándenme su número.'],
  ['cancel_request_message', false, 'nl', 'NL', 'Vraag van Amazon-klant Pieter Bakker (Bestelling: 405-2218374-6650192)', 'Beste verkoper, ik zou graag mijn bestelling van de stofzuiger willen annuleren, ik heb hem elders goedkoper gevonden. Met vriendelijke groet, Pieter'],
  ['address_change', true, 'nl', 'NL', '', 'Hallo, kunt u het pakket naar mijn zus in Spanje sturen? Ze woont in Malaga en het is een cadeau. Ik betaal de extra kosten via Tikkie.'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, proszę o anulowanie mojego zamówienia, pomyliłem model odkurzacza. Pozdrawiam, Tomasz'],
  ['address_change', false, 'sv', 'SE', '', 'Hej, jag skrev fel gatunummer i adressen, det ska vara Storgatan 14 och inte 41. Kan ni ändra det innan ni skickar? Tack'],
  ['cancel_request_message', false, 'pt', 'BR', '', 'Olá, fiz o pedido do liquidificador por engano, queria cancelar se ainda não saiu para entrega. Obrigada pela atenção.'],
  ['address_change', true, 'tr', 'TR', '', 'Merhaba, bu saati Almanya’da yaşayan kuzenime hediye olarak aldım. Doğrudan ona, Berlin’e gönderebilir misiniz? Kargo farkını öderim.'],
  // once known gaps, fixed since
  ['other', true, 'en', 'US', '', "Hi, can you update the order status to shipped today? My card will be charged then and I need it on this month's statement. You can ship the actual item next week."],
];

export const PROBES_4 = fromRows(rows);

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [];

export const KNOWN_GAPS_4 = fromGapRows(gaps);
