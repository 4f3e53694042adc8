/**
 * Round-19 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/) and, scored before any training on them, for the held-out estimate
 * of the hidden evaluation set. Written in the format of the evaluation data and never copied or paraphrased from the
 * dev corpus or the earlier probe and training files. About 70 % ordinary messages (where is my order, when does it
 * arrive, refund not yet received, charged twice, price dropped, partial refund for lateness) and about 30 % harder
 * ones: the concern without the category's keyword, two concerns where TAXONOMY.md's priority decides, near-misses
 * filed elsewhere, and the scam flag on refund-without-return threats and off-Amazon contact or payment. Every row
 * carries its true labels, whatever the classifier says; written in batches of about 30, each measured before the
 * next. A parcel that never came with a demand for the money is `delivery_status` (TAXONOMY.md's order).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["delivery_status", false, "ja", "JP", "", "こんにちは。先週の金曜に注文した加湿器のフィルター、まだ発送済みになりません。いつ頃届きそうか教えてもらえますか？"],
  ["delivery_status", false, "ja", "JP", "小林 直樹様からのお問い合わせ（注文番号：249-3385017-6620914）", "お世話になります。お届け予定日が昨日となっておりましたが、本日になっても商品が届いておりません。ヤマト運輸の追跡番号をお知らせいただけますでしょうか。よろしくお願いいたします。"],
  ["delivery_status", false, "ja", "JP", "", "配達完了ってなってるけど、ポストにも宅配ボックスにも無いです。どこに置いたんですか？"],
  ["refund_request", false, "ja", "JP", "返金の件", "先月返品したコーヒーミルの返金がまだ確認できません。返送の追跡では10日に到着済みになっています。ご確認お願いします。"],
  ["refund_request", false, "ja", "JP", "", "コンビニ払いで支払ったのに、同じ注文の払込票がもう一枚来て、うっかり両方払ってしまいました。1回分を返していただけますか。"],
  ["refund_request", false, "ja", "JP", "", "買った次の日にタイムセールで2,000円も安くなってました…差額分だけでも返金してもらえませんか"],
  ["thanks", false, "ja", "JP", "", "返金の確認ができました。迅速なご対応ありがとうございました。"],
  ["delivery_status", false, "en", "US", "", "where is my order?? its been 2 weeks"],
  ["delivery_status", false, "en", "UK", "Inquiry from Amazon customer Fiona Walsh (Order: 206-4418203-9917725)", "Hi, I ordered the garden hose reel on the 3rd and Royal Mail tracking hasn't updated since it left the depot on Monday. Is there any chance it's been lost? I'd appreciate an update. Many thanks, Fiona"],
  ["delivery_status", false, "en", "CA", "", "Hello, could you tell me roughly when my snow brush will ship? The order page still says 'not yet shipped' and it's been 4 days."],
  ["refund_request", false, "en", "US", "Refund still missing", "Hi there, UPS delivered my return of the air fryer to your warehouse on Oct 2. It's now the 20th and I still haven't got my $89.99 back. Can you please process it?"],
  ["refund_request", false, "en", "US", "", "I was charged twice for order 113-5529047-8813362, same amount, same day. Please refund the duplicate charge."],
  ["refund_request", true, "en", "UK", "", "The jacket just isn't my style. I'm not sending it back, the postage is a rip off. Give me a full refund today or I'm opening an A-to-z claim and leaving you negative feedback."],
  ["damaged_or_defective", false, "en", "US", "", "The drone battery won't hold a charge at all, dies after 2 minutes. I'd like a refund please."],
  ["delivery_status", false, "de", "DE", "", "Hallo, mein Paket mit der Kaffeemühle hängt laut Hermes seit fünf Tagen im Verteilzentrum. Wann kommt das denn endlich an?"],
  ["delivery_status", false, "de", "CH", "Bestellung 304-2271856-4409318", "Grüezi, die Bestellung ist seit über einer Woche unterwegs und die Post findet die Sendungsnummer nicht. Können Sie bitte prüfen, ob die Nummer stimmt? Freundliche Grüsse, Reto"],
  ["refund_request", false, "de", "DE", "Preisdifferenz", "Guten Tag, ich habe die Bluetooth-Box für 79 € gekauft und drei Tage später kostet sie 59 €. Wäre es möglich, mir die Differenz zu erstatten? Vielen Dank"],
  ["refund_request", false, "de", "DE", "", "Hallo, die Rücksendung der Jeans ist laut Tracking seit 12 Tagen bei Ihnen angekommen. Wann bekomme ich mein Geld zurück?"],
  ["delivery_status", false, "fr", "FR", "", "Bonjour, mon colis devait arriver mardi et toujours rien. Le suivi Colissimo n'a pas bougé depuis samedi. Pouvez-vous vérifier ? Merci d'avance"],
  ["refund_request", false, "fr", "FR", "Remboursement", "Bonjour, j'ai renvoyé le robot pâtissier il y a trois semaines et je n'ai toujours pas été remboursée. Pouvez-vous me dire où en est le dossier ? Cordialement, Nathalie"],
  ["delivery_status", false, "fr", "CA", "", "Allô, j'ai commandé des bottes d'hiver il y a dix jours et ça dit encore « en préparation ». Est-ce que vous les avez en stock pour vrai? Quand vont-elles partir?"],
  ["delivery_status", false, "it", "IT", "", "Salve, il mio ordine risulta consegnato da BRT ma io non ho ricevuto niente. Nessuno ha suonato al citofono. Potete verificare?"],
  ["refund_request", false, "it", "IT", "Rimborso differenza", "Buongiorno, ho comprato la friggitrice ad aria a 119 euro e ora la vendete a 89. Sarebbe possibile avere il rimborso della differenza? Grazie mille"],
  ["refund_request", false, "it", "IT", "", "ciao ho restituito le scarpe da running due settimane fa, il corriere le ha consegnate ma il rimborso non è ancora arrivato. quando arriva?"],
  ["delivery_status", false, "es", "ES", "", "Hola, ¿cuándo me llega el pedido? Pone que se entregaba ayer y no ha venido nadie. Gracias"],
  ["delivery_status", false, "es", "MX", "Consulta de Amazon de parte de Jorge Ramírez (Pedido: 701-3390218-5561047)", "Buenas tardes, compré una licuadora hace 12 días y la guía de Estafeta no muestra movimiento. ¿Me pueden decir dónde está mi paquete? Saludos"],
  ["refund_request", false, "es", "ES", "Cobro duplicado", "Buenos días, me han cobrado dos veces el mismo pedido de la mochila, 34,95 € cada uno. ¿Podéis devolverme uno de los cargos? Un saludo"],
  ["refund_request", false, "es", "ES", "", "Hola, el paquete llegó con cinco días de retraso y el envío era urgente, lo pagué aparte. ¿Me podéis devolver al menos los gastos de envío?"],
  ["delivery_status", false, "nl", "NL", "", "Hoi, mijn bestelling zou gisteren bezorgd worden maar PostNL zegt nu 'vertraagd'. Weten jullie wanneer het wel komt? Groetjes"],
  ["refund_request", false, "nl", "BE", "", "Goedemiddag, ik heb het tapijt twee weken geleden teruggestuurd maar nog geen terugbetaling ontvangen. Kunt u dit nakijken? Met vriendelijke groet"],
  ["delivery_status", false, "pl", "PL", "", "Dzień dobry, zamówiłem ekspres do kawy tydzień temu i nadal nie dostałem numeru przesyłki. Kiedy zostanie wysłany?"],
  ["refund_request", false, "sv", "SE", "", "Hej! Jag skickade tillbaka vattenkokaren för två veckor sedan men har fortfarande inte fått pengarna tillbaka. Kan ni kolla? Tack"],
  ["delivery_status", false, "pt", "BR", "", "Olá, meu pedido está parado em Curitiba há uma semana segundo o rastreio dos Correios. Quando vai chegar?"],
  ["refund_request", false, "tr", "TR", "", "Merhaba, aynı sipariş için kartımdan iki kez ödeme çekildi. Fazla çekilen tutarın iadesini rica ediyorum."],
  // ── batch 2
  ["delivery_status", false, "ja", "JP", "", "まだですか？"],
  ["delivery_status", false, "ja", "JP", "発送について", "お世話になっております。出張前に受け取りたいので、水曜日までに着くかどうかだけ確認させてください。まだ出荷準備中の表示のままです。"],
  ["delivery_status", false, "ja", "JP", "", "置き配指定にしたのに、配達済みの写真が知らない家の玄関でした。うちには届いてません。調べてください"],
  ["delivery_status", true, "ja", "JP", "", "3週間待っても届きません。もう要らないので代金返してください。Amazonだと手続き遅いので、こちらの口座に振り込んでください。三井住友銀行 渋谷支店 普通 4471209"],
  ["refund_request", false, "ja", "JP", "", "Amazonでは返品受領済みになっているのに、クレジットの明細にまだ返金が反映されていません。いつ頃になりますか。"],
  ["refund_request", false, "ja", "JP", "クーポンが適用されていない", "商品ページに表示されていた10%オフのクーポンにチェックを入れたのですが、請求額が割引前のままでした。割引分を返金していただけないでしょうか。"],
  ["other", false, "ja", "JP", "", "明日は一日留守にしますので、配達は土曜日の午前中にしてもらえると助かります。"],
  ["delivery_status", false, "en", "AU", "", "G'day, parcel's been sitting at the Sydney facility for a week now according to StarTrack. Any idea what's holding it up?"],
  ["delivery_status", false, "en", "IN", "Inquiry from Amazon customer Anil Kumar (Order: 408-1127734-6650293)", "Respected Sir, I have paid and order is confirmed 6 days back but still showing not dispatched. Kindly dispatch fast and share the tracking id. Thanking you."],
  ["refund_request", false, "en", "US", "", "hey so i returned the headphones like 3 weeks ago and still nothing back on my card, whats going on"],
  ["refund_request", false, "en", "UK", "Delivery charge", "Hello, I paid £4.99 for guaranteed next-day delivery and the mattress topper came four days later. Could you refund the delivery fee please? Thanks, Graham"],
  ["refund_request", false, "en", "US", "", "I just noticed the exact same vitamins are $8 cheaper on your listing today than what I paid yesterday. Would you be willing to credit the difference?"],
  ["delivery_status", true, "en", "US", "", "My package never arrived, I want my money. Don't bother with Amazon, just send it to my Cash App $jaylen2244 and we're good."],
  ["return_request", false, "en", "CA", "", "Hi, the hiking boots fit fine but I changed my mind about the colour. Can I send them back for a refund?"],
  ["delivery_status", false, "de", "DE", "Wo bleibt meine Bestellung?", "Sehr geehrte Damen und Herren, am 14. bestellt, Lieferung angekündigt für den 18., heute ist der 24. Keine Sendungsverfolgung, keine Nachricht. Ich bitte um Auskunft. Mit freundlichen Grüßen, H. Becker"],
  ["refund_request", false, "de", "DE", "", "Hallo, Amazon hat mir bestätigt, dass die Rücksendung bei Ihnen eingegangen ist, aber auf meinem Konto ist noch nichts. Bitte die Rückerstattung veranlassen. Danke!"],
  ["damaged_or_defective", false, "de", "AT", "", "Grüß Gott, die Lieferung kam endlich, aber der Akkuschrauber geht überhaupt nicht an. Ich möchte mein Geld zurück."],
  ["delivery_status", false, "fr", "FR", "", "coucou, ma commande de coques de téléphone, toujours pas reçue 😩 vous savez où elle en est ?"],
  ["refund_request", false, "fr", "FR", "Baisse de prix", "Bonjour, le casque que j'ai acheté 149 € est passé à 119 € le lendemain. Est-il possible de me rembourser la différence de 30 € ? Merci"],
  ["delivery_status", false, "fr", "BE", "Demande d'un client Amazon : Lucas Peeters (Commande : 171-2280394-6671028)", "Bonjour, le transporteur indique « adresse introuvable » alors que mon adresse est correcte et que je reçois d'autres colis sans souci. Où se trouve le colis maintenant ? Merci de me tenir au courant."],
  ["thanks", false, "fr", "FR", "", "Bonjour, j'ai bien reçu le remboursement ce matin. Merci pour votre réactivité !"],
  ["delivery_status", false, "it", "IT", "", "Buonasera, il tracking di Poste dice \"in giacenza\" ma nessuno mi ha lasciato un avviso. Dove devo andare a ritirarlo?"],
  ["refund_request", false, "it", "IT", "Addebito doppio", "Salve, sulla carta vedo due addebiti da 45,90 € per lo stesso ordine del trapano. Potete stornarne uno? Cordiali saluti"],
  ["refund_request", true, "it", "IT", "", "Il materasso non mi piace, è troppo rigido. Non lo rispedisco perché costa troppo. Rimborsatemi tutto altrimenti apro una contestazione dalla garanzia dalla A alla Z e lascio una recensione negativa."],
  ["delivery_status", false, "es", "ES", "", "Buenas, el seguimiento de SEUR dice \"incidencia en la entrega\" desde el lunes. ¿Qué ha pasado con mi pedido?"],
  ["refund_request", false, "es", "MX", "", "Hola, ya me llegó la confirmación de que recibieron mi devolución del ventilador, pero el reembolso no se ve en mi tarjeta. ¿Cuánto tarda?"],
  ["refund_request", false, "es", "ES", "", "Compré el cepillo eléctrico con la oferta del Black Friday pero me lo cobraron a precio normal. ¿Me podéis devolver la diferencia?"],
  ["delivery_status", false, "nl", "BE", "Bestelling 403-5590127-3381406", "Goedendag, volgens de track & trace van bpost is mijn pakket al vier dagen 'in behandeling'. Is er een probleem? Alvast bedankt"],
  ["delivery_status", false, "pl", "PL", "", "Hej, paczka miała być wczoraj, a InPost pokazuje, że dalej jest w sortowni. Co się dzieje?"],
  ["refund_request", false, "pl", "PL", "Zwrot pieniędzy", "Dzień dobry, odesłałam sukienkę 3 tygodnie temu, zwrot został dostarczony, ale pieniądze nadal nie wróciły na konto. Proszę o sprawdzenie."],
  ["delivery_status", false, "sv", "SE", "", "Hej, PostNord säger att paketet är levererat till ett ombud men jag har inte fått någon avi. Vilket ombud är det?"],
  ["refund_request", false, "pt", "BR", "", "Boa tarde, fui cobrado duas vezes pelo mesmo pedido do liquidificador. Podem estornar uma das cobranças? Obrigado"],
  ["delivery_status", false, "pt", "PT", "", "Olá, a minha encomenda devia ter chegado na sexta e até agora nada. Os CTT dizem que está em trânsito. Podem verificar?"],
  ["delivery_status", false, "tr", "TR", "", "Merhaba, siparişim 8 gündür kargoda görünüyor ama hâlâ elime ulaşmadı. Ne zaman teslim edilir?"],
];

export const TRAINING_DELIVERY_REFUND_19: Example[] = fromRows(rows);
