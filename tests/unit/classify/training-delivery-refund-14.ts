/**
 * Round-14 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/) and, measured before any training on them, for the held-out
 * estimate of the hidden evaluation set. Written in the format of the evaluation data and never copied or paraphrased
 * from the dev corpus or the earlier probe and training files. About 70 % ordinary messages (where is my order, when
 * does it arrive, refund not yet received, charged twice, price dropped, partial refund for lateness) and about 30 %
 * harder ones: the concern without the category's keyword, two concerns where TAXONOMY.md's priority decides,
 * near-misses filed elsewhere (delivery instructions are `other`, a refund that arrived is `thanks`, a shipping
 * question before buying is `product_question`, a broken item is `damaged_or_defective`), and the scam flag on
 * refund-without-return threats and off-Amazon contact or payment. Every row carries its true labels, whatever the
 * classifier says; written in batches of about 35, each measured before the next.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["delivery_status", false, "ja", "JP", "", "先週の金曜に注文したプリンターのインクがまだ届きません。発送済みになってから4日経っています。追跡番号を教えていただけますか。"],
  ["delivery_status", false, "ja", "JP", "鈴木 真由美様からのお問い合わせ（注文番号：250-4471903-8826150）", "お世話になります。お届け予定日が昨日だったのですが、配送状況が「出荷準備中」のまま変わりません。娘の入学式に使うので、いつ頃届くか分かれば教えてください。よろしくお願いいたします。"],
  ["delivery_status", false, "ja", "JP", "", "まだ？"],
  ["refund_request", false, "ja", "JP", "返金について", "10日前に返品した電気ケトルの返金がまだされていません。返送の追跡では御社に配達済みになっています。ご確認をお願いします。"],
  ["refund_request", false, "ja", "JP", "", "同じ商品の代金が2回クレジットカードから引き落とされていました。注文は1回しかしていないので、1回分を戻してください。"],
  ["refund_request", false, "ja", "JP", "", "コンビニ払いで支払ったあとにキャンセルになった分のお金、どうやって戻ってくるんでしょうか？まだ何の連絡もないです"],
  ["other", false, "ja", "JP", "", "届く日が平日の場合は置き配で玄関前にお願いします。インターホンは鳴らさなくて大丈夫です。"],
  ["delivery_status", false, "en", "US", "", "hey where is my order?? 112-6602917-3384015 it said arriving tuesday and now its thursday"],
  ["delivery_status", false, "en", "UK", "Inquiry from Amazon customer Harriet Cole (Order: 202-8830174-5519263)", "Hello, the Royal Mail tracking for my garden hose reel hasn't updated since it was handed over on the 3rd. Could you tell me whether it's been lost or is just delayed? Many thanks, Harriet"],
  ["refund_request", false, "en", "US", "refund still pending", "I sent back the bluetooth speaker two weeks ago and UPS shows it was delivered to your warehouse on the 11th. My account still says refund pending. When will I get my money?"],
  ["refund_request", false, "en", "CA", "", "My card was billed twice for order 702-3391047-6628105, both $64.99 on the same day. Please reverse one of them."],
  ["refund_request", false, "en", "IN", "Delay compensation", "Dear seller, my order was promised for 5th but delivered on 14th, I missed using it for my brother's function. Kindly give partial refund for the late delivery. Regards, Suresh"],
  ["refund_request", true, "en", "US", "", "package never came. refund me today or im opening an A-to-z claim and leaving 1 star. im not waiting for any investigation"],
  ["damaged_or_defective", false, "en", "AU", "", "the lamp finally showed up after two weeks but the glass shade is cracked in three places. i want a refund please"],
  ["delivery_status", false, "de", "DE", "", "Guten Tag, meine Bestellung 304-5528190-7713046 sollte laut Amazon gestern kommen, im Tracking steht aber seit Montag nur \"Sendung wurde elektronisch angekündigt\". Wurde das Paket überhaupt schon verschickt?"],
  ["delivery_status", false, "de", "AT", "Lieferung", "Servus, wann kommt denn mein Rasentrimmer? Hab vor 8 Tagen bestellt und noch keine Versandbestätigung. LG Florian"],
  ["refund_request", false, "de", "DE", "Erstattung fehlt", "Sehr geehrte Damen und Herren, die zurückgeschickte Jacke ist laut DHL seit dem 2. bei Ihnen angekommen. Die Erstattung von 79,90 € ist bis heute nicht auf meinem Konto. Bitte prüfen Sie das. Mit freundlichen Grüßen, Anke Vogt"],
  ["refund_request", false, "de", "CH", "", "Grüezi, ich habe für die Kaffeemühle 20 Franken mehr bezahlt als jetzt angezeigt wird, eine Woche nach dem Kauf. Könnten Sie mir die Differenz zurückerstatten?"],
  ["delivery_status", false, "fr", "FR", "", "Bonjour, mon colis est indiqué livré en point relais depuis samedi mais le relais me dit qu'il n'a rien reçu. Pouvez-vous vérifier où il se trouve ? Merci d'avance"],
  ["refund_request", false, "fr", "BE", "Remboursement", "Bonjour, j'ai renvoyé les chaussures il y a trois semaines, le retour est bien arrivé chez vous mais je n'ai toujours pas été remboursé. Cordialement, Julien Maes"],
  ["other", false, "fr", "FR", "", "Bonjour, je serai absent du 10 au 20 août, pourriez-vous attendre mon retour pour expédier la commande ? Merci beaucoup"],
  ["delivery_status", false, "it", "IT", "", "Buonasera, avevo ordinato la friggitrice ad aria dieci giorni fa e ancora non si vede niente. Il corriere BRT non mi ha mai contattato. Sapete dirmi qualcosa?"],
  ["refund_request", false, "it", "IT", "Addebito doppio", "Salve, sulla carta mi risultano due addebiti da 34,50 € per lo stesso ordine 171-2290418-5503712. Potete stornarne uno? Grazie"],
  ["thanks", false, "it", "IT", "", "Rimborso ricevuto stamattina, tutto a posto. Grazie per la disponibilità!"],
  ["delivery_status", false, "es", "ES", "", "Hola, ¿me podéis decir por dónde va mi pedido? En Correos pone \"en tránsito\" desde hace una semana y no avanza."],
  ["delivery_status", false, "es", "MX", "Pedido no llega", "Buen día, compré unos tenis el día 3 y la fecha estimada era el 9. Ya es 15 y nada. ¿Me pueden dar la guía de rastreo por favor?"],
  ["refund_request", false, "es", "ES", "", "Buenas, devolví la chaqueta hace 20 días y me habéis devuelto solo 35 € de los 49,99 que pagué. ¿Por qué falta el resto?"],
  ["refund_request", true, "es", "MX", "", "El paquete nunca llegó. Quiero mi reembolso por transferencia a mi cuenta CLABE 012180015678912345, no por Amazon porque tarda mucho. Contesten rápido."],
  ["delivery_status", false, "nl", "NL", "", "Hoi, mijn bestelling staat al vier dagen op \"in sorteercentrum\". Weten jullie wanneer PostNL het komt bezorgen? Groetjes, Sanne"],
  ["refund_request", false, "nl", "BE", "Terugbetaling", "Goedendag, de retour van de stofzuiger is volgens bpost op 5 mei bij jullie afgeleverd. Ik wacht nog steeds op mijn geld. Kunnen jullie dit nakijken?"],
  ["delivery_status", false, "pl", "PL", "", "Dzień dobry, zamówienie miało być wczoraj, a w śledzeniu InPost dalej nic. Kiedy mogę się spodziewać paczki?"],
  ["refund_request", false, "pl", "PL", "Zwrot pieniędzy", "Witam, odesłałem buty 2 tygodnie temu i nadal nie dostałem zwrotu pieniędzy. Proszę o informację, kiedy środki wrócą na konto."],
  ["delivery_status", false, "sv", "SE", "", "Hej! Mitt paket har stått som \"på väg\" hos PostNord sedan förra veckan. Vet ni när det kommer fram? Tack"],
  ["refund_request", false, "pt", "BR", "", "Olá, fui cobrada duas vezes pelo mesmo pedido no cartão. Podem estornar uma das cobranças? Obrigada"],
  ["delivery_status", false, "tr", "TR", "", "Merhaba, siparişim 6 gündür kargoda görünüyor ama hala gelmedi. Ne zaman teslim edilir acaba?"],
  // ── batch 2
  ["delivery_status", false, "ja", "JP", "", "昨日の夜に「本日お届け予定」と通知が来たのに、結局来ませんでした。ヤマトの追跡ページを見ても配達中のままです。今日は来ますか？"],
  ["delivery_status", false, "ja", "JP", "お届けについて", "ご担当者様\n\n1月8日に注文した加湿器フィルター（3枚入り）ですが、まだ発送のご連絡をいただいておりません。在庫切れでしたら発送見込みだけでもお知らせいただけますと助かります。\n\n田村"],
  ["delivery_status", true, "ja", "JP", "", "発送したら追跡番号をLINEで送ってください。アマゾンのメッセージは見れないことが多いので。LINE ID: haru_mama0412"],
  ["refund_request", false, "ja", "JP", "", "注文してすぐ値下がりしていて悲しいです…3日で1,500円も安くなってます。差額だけ返してもらうことってできますか？"],
  ["refund_request", false, "ja", "JP", "小林 浩二様からのお問い合わせ（注文番号：503-2209184-6671530）", "返品の受付完了メールは2週間前に届いておりますが、カードへの返金がまだ反映されておりません。いつ頃になりますでしょうか。"],
  ["thanks", false, "ja", "JP", "", "返金の件、本日カード明細で確認できました。お手数をおかけしました。"],
  ["product_question", false, "ja", "JP", "", "購入を検討しています。沖縄の離島（宮古島）にも配送してもらえますか？何日くらいかかりますか？"],
  ["delivery_status", false, "en", "UK", "", "Evening, my order says dispatched but Evri have had it as 'we're getting ready to deliver your parcel' for 5 days. Is there anything you can do to chase them?"],
  ["delivery_status", false, "en", "AU", "Inquiry from Amazon customer Declan Murphy (Order: 250-3318720-9904165)", "G'day, just wondering if the camping chairs have gone out yet. We head off on the 20th and I'd rather know now if they won't make it. Cheers"],
  ["delivery_status", false, "en", "IN", "", "Sir, order placed on 2nd, status showing shipped but no courier details given. Please share AWB number and expected date."],
  ["refund_request", false, "en", "US", "", "Hi, I returned the wrong-size hiking boots (they were fine, just too big) and got the exchange pair, but I was also charged again for the second pair. Can you refund that second charge?"],
  ["refund_request", false, "en", "SG", "", "ordered 3 phone cases but you only had stock for 2 and shipped 2. still charged for 3. pls refund the one you didnt send"],
  ["cancel_request_message", false, "en", "US", "", "Its been 10 days and my order still hasnt shipped. I dont need it anymore, please cancel it instead of sending it."],
  ["other", true, "en", "US", "", "Please mark my order as shipped today so my delivery date doesnt change, you can send the actual package next week when you have it, no problem."],
  ["delivery_status", false, "de", "DE", "Wo bleibt mein Paket?", "Hallo zusammen, ich warte seit fast zwei Wochen auf die Gartenschere. Hermes zeigt \"Die Sendung ist im Zustellbezirk angekommen\" und danach nichts mehr. Was ist da los?"],
  ["refund_request", false, "de", "DE", "", "Guten Tag, für die Bestellung 028-6617203-4419285 wurde mir der Betrag zweimal per PayPal abgebucht. Bitte erstatten Sie den doppelten Betrag zurück. Danke"],
  ["other", false, "de", "DE", "", "Hallo, bitte das Paket beim Nachbarn in der Hausnummer 12 abgeben, falls ich nicht da bin. Danke!"],
  ["delivery_status", false, "fr", "CA", "Commande en retard", "Bonjour, ma commande devait arriver vendredi et Postes Canada n'a toujours aucune trace du colis. Pouvez-vous me donner des nouvelles? Merci"],
  ["refund_request", false, "fr", "FR", "", "Bonjour, le robot est arrivé avec 12 jours de retard, j'avais pris l'option livraison rapide payante. Pourriez-vous me rembourser au moins les frais de port ? Bonne journée"],
  ["refund_request", true, "fr", "FR", "", "Je n'ai jamais reçu le colis. Remboursez-moi directement par virement sur mon IBAN FR76 3000 6000 0112 3456 7890 189, je ne veux pas passer par Amazon."],
  ["damaged_or_defective", false, "fr", "FR", "", "Bonjour, le colis est enfin arrivé mais la lampe ne s'allume pas du tout. Je souhaite être remboursé."],
  ["delivery_status", false, "it", "IT", "", "ciao ma il pacco quando arriva? è fermo a bologna da giovedì"],
  ["delivery_status", false, "it", "IT", "Richiesta informazioni ordine 403-7710294-2285316", "Gentile venditore, vorrei sapere se l'ordine è già stato spedito e con quale corriere. Non ho ricevuto nessuna email di spedizione. Cordiali saluti, Marco Ferri"],
  ["refund_request", false, "it", "IT", "", "Buongiorno, ho reso le scarpe da trekking il 3 marzo tramite punto di ritiro, ma il rimborso non mi è ancora arrivato. Quanto tempo ci vuole?"],
  ["product_question", false, "it", "IT", "", "Salve, prima di ordinare: spedite anche in Sardegna? E in quanti giorni arriva di solito?"],
  ["delivery_status", false, "es", "ES", "Mi pedido", "Hola buenas, el seguimiento dice entregado pero yo no he recibido nada y el buzón estaba vacío. ¿Quién lo ha firmado?"],
  ["refund_request", false, "es", "ES", "", "Hola, el altavoz bajó de 79 a 59 euros al día siguiente de comprarlo. ¿Me podéis abonar la diferencia? Un saludo"],
  ["cancel_request_message", false, "es", "MX", "", "Si todavía no lo envían, mejor cancélenlo por favor, ya tardó demasiado y lo conseguí en otro lado."],
  ["delivery_status", false, "nl", "NL", "Bestelling 402-6613908-1127745", "Goedemiddag, ik heb nog geen track & trace ontvangen. Is mijn bestelling al verzonden? Met vriendelijke groet, Pieter de Vries"],
  ["refund_request", false, "nl", "NL", "", "Hallo, ik ben twee keer afgeschreven voor dezelfde bestelling via iDEAL. Kunnen jullie één bedrag terugstorten?"],
  ["refund_request", false, "pl", "PL", "", "Dzień dobry, cena spadła o 60 zł dzień po moim zakupie. Czy mogę dostać zwrot różnicy?"],
  ["refund_request", false, "sv", "SE", "Återbetalning", "Hej, jag skickade tillbaka jackan för tre veckor sedan men har fortfarande inte fått pengarna tillbaka. Kan ni kolla? /Johan"],
  ["delivery_status", false, "pt", "BR", "", "Boa tarde, meu pedido está parado em \"objeto em trânsito\" nos Correios há 8 dias. Vocês conseguem verificar o que aconteceu?"],
  ["refund_request", false, "pt", "PT", "", "Bom dia, devolvi o casaco há duas semanas e o reembolso ainda não caiu na minha conta. Podem verificar, por favor?"],
  ["refund_request", false, "tr", "TR", "", "Merhaba, iade ettiğim ayakkabının parası hala hesabıma yatmadı. İade kargoya 10 gün önce verildi. Kontrol edebilir misiniz?"],
];

export const TRAINING_DELIVERY_REFUND_14: Example[] = fromRows(rows);
