/**
 * Round-4 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * style of the evaluation data (natural, medium length, one clear concern plus context, polite openings and sign-offs,
 * realistic order details, the marketplace of the language, Amazon's inquiry-wrapper subjects). New situations,
 * products and wordings: never copied or paraphrased from the dev corpus or the earlier probe files. Written in
 * batches; each batch was run before any fix (the figures are in the commit messages).
 */
import type { Category } from '@/lib/classify/taxonomy';
import type { Example } from './examples';

type Row = [Category, boolean, string, string, string, string];

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
];

export const PROBES_4: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: Array<[...Row, string]> = [];

export const KNOWN_GAPS_4: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
