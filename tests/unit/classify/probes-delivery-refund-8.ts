/**
 * Round-8 probe messages for delivery_status and refund_request, written for these tests in the style of the
 * evaluation data and never copied or paraphrased from the dev corpus or the earlier probe files. Other products,
 * situations, openings and sign-offs than round 7: wrong-house photos of 置き配, partial refunds that came short,
 * gift-card halves of a payment, RTO and re-delivery in India, bpost and Canada Post, konbini payments made twice,
 * fees the buyer paid for nothing. Many tell the concern without the category's obvious keyword, and some are
 * near-misses that TAXONOMY.md files elsewhere (delivery instructions are `other`; ship-before-payment is `other` with
 * scam; a refund that came is `thanks`; a spoilt item is `damaged_or_defective`; a shipping question before buying is
 * `product_question`). Written in batches of about 30, each measured before any fix (see the commit log and the
 * round report).
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['delivery_status', false, 'ja', 'JP', '中村 美咲様からのお問い合わせ（注文番号：250-3318047-6621590）', 'お世話になっております。12日に注文したベビーカーの件です。本日着の予定でしたが、夕方になっても届く気配がなく、配送業者のページも「配達準備中」から変わっておりません。明日から帰省するため、状況をお知らせいただけますでしょうか。'],
  ['delivery_status', false, 'ja', 'JP', '', '猫砂まだ？🐈 もう残りわずかなんだけど'],
  ['delivery_status', false, 'ja', 'JP', '', '置き配の完了メールに写真が付いていましたが、写っている玄関がうちではありません。別のお宅に置かれてしまったのではないでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', '昨日買ったばかりのシャンプーセット、今日見たら800円も安くなってて悲しいです…なんとかなりませんか'],
  ['refund_request', false, 'ja', 'JP', '', 'ファミマで支払ったあと、間違えてもう一度同じ番号で払ってしまいました。1回分を戻していただけますか。'],
  ['other', false, 'ja', 'JP', '', '来週は出張で家を空けますので、発送は20日以降にしていただけると助かります。'],
  ['thanks', false, 'ja', 'JP', '', '返金の件、本日口座への入金を確認いたしました。ご丁寧にありがとうございました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いたけど雨で箱がびしょ濡れ、中の本もふやけて読めません'],
  ['delivery_status', false, 'en', 'US', '', "hi, order says delivered at 2:14pm but i was home all afternoon working at my kitchen table and nobody knocked. ring camera shows nothing either. can you check with the driver?"],
  ['delivery_status', false, 'en', 'UK', '', "Hello, I ordered the hose reel a fortnight ago and the order still shows as 'dispatching soon'. Is there a problem with stock? Kind regards, Gillian"],
  ['delivery_status', false, 'en', 'US', '', 'any news on the dog bed? 🐶'],
  ['delivery_status', false, 'en', 'IN', 'Inquiry from Amazon customer Karthik S (Order: 406-1182734-5520917)', 'Dear seller, courier boy called and said address not found and now it is showing RTO. Kindly arrange re-delivery, I am available full day at home. Thanks'],
  ['refund_request', false, 'en', 'CA', '', 'Hi there, the protein powder I returned was dropped at Canada Post on Oct 3. Amazon says the return was received but I only got back $31 of the $46 I paid. Can you tell me what happened to the rest?'],
  ['refund_request', false, 'en', 'US', '', "hey so I paid with a gift card plus my visa and after you cancelled the order only the gift card part came back. visa still shows the $22.18"],
  ['refund_request', false, 'en', 'AU', '', "G'day, we paid for Express Post because it was a birthday present and it came the normal way, took 6 days. Could we at least get the difference back? Cheers, Bronwyn"],
  ['product_question', false, 'en', 'US', '', 'Do you deliver to PO boxes in Alaska? Thinking about ordering two.'],
  ['delivery_status', false, 'de', 'DE', '', 'Guten Tag, die Sendung liegt laut DPD seit Donnerstag im Depot Hamburg. Könnten Sie bitte nachhaken? Mit freundlichen Grüßen, J. Brandt'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, der Bote hat eine Karte eingeworfen, das Paket sei in einer Filiale abholbereit, aber es steht nicht drauf welche. Wissen Sie mehr?'],
  ['refund_request', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, am 14. wurden mir 59,99 € für die Bestellung abgebucht, die Sie am selben Tag storniert haben, weil der Artikel nicht mehr lieferbar war. Bitte überweisen Sie mir den Betrag zurück.'],
  ['refund_request', false, 'de', 'AT', '', 'Servus, hab grad gesehen, dass der Rasenmäher jetzt 40 Euro weniger kostet. Hab ihn vor 3 Tagen gekauft. Geht da was?'],
  ['other', false, 'de', 'DE', '', 'Bitte das Paket einfach in die Garage stellen, das Tor ist tagsüber offen.'],
  ['delivery_status', false, 'fr', 'BE', '', "Bonjour, bpost indique que le colis a été déposé dans un point Poste mais je ne sais pas lequel et je n'ai rien trouvé dans ma boîte aux lettres. Pouvez-vous m'aider ? Bien à vous"],
  ['delivery_status', false, 'fr', 'CA', '', "Allo, ça fait 3 semaines que j'ai commandé les pneus d'hiver, je commence à être inquiet là. Est-ce que c'est parti?"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai renvoyé les bottines (trop petites) il y a 15 jours, le retour a bien été réceptionné mais je n'ai rien vu revenir sur ma carte. Merci de faire le nécessaire."],
  ['refund_request', false, 'fr', 'FR', '', 'Bonjour, la commande est arrivée avec 9 jours de retard alors que j\'avais payé la livraison express 7,99 €. Serait-il possible de récupérer ces frais ?'],
  ['delivery_status', false, 'it', 'IT', '', "Buonasera, ho ordinato il seggiolino auto il 3 e il tracking di GLS dice 'in attesa di ritiro' da sei giorni. È normale?"],
  ['refund_request', false, 'it', 'IT', '', 'Salve, ho reso il cappotto con Poste Italiane il 10 novembre, vedo che vi è stato consegnato ma dei soldi ancora niente. Grazie'],
  ['refund_request', false, 'it', 'IT', '', "Buongiorno, mi avete fatto pagare 4,90 € di spedizione ma l'ordine superava i 29 €, quindi doveva essere gratuita. Potete restituirmeli?"],
  ['delivery_status', false, 'es', 'MX', '', 'Hola buenas tardes, compré unos tenis para mi hijo y la paquetería dice que ya se entregó pero aquí no llegó nada, ya pregunté con los vecinos. ¿Me pueden apoyar?'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas, ¿sabéis algo de la cafetera? Pedido del día 2 y sigo sin noticias.'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, me habéis devuelto 20 € en vez de los 45 € que pagué por las zapatillas devueltas. ¿Podéis revisarlo?'],
  ['refund_request', false, 'nl', 'NL', '', 'Goedemiddag, de retour is volgens DHL op 5 november bij jullie afgeleverd maar het bedrag staat nog steeds niet op mijn rekening. Groet, Pieter'],
  ['delivery_status', false, 'pl', 'PL', '', "Witam, zamówienie opłacone 5 dni temu a status ciągle 'oczekuje na wysyłkę'. Kiedy wyślecie?"],
  ['delivery_status', false, 'sv', 'SE', '', "Hej, när kan jag räkna med paketet? Det står bara 'behandlas' sedan i fredags."],
  ['delivery_status', false, 'pt', 'BR', '', 'Olá, comprei o fone no dia 10 e até agora nada, o código de rastreio não mostra nada no site dos Correios. Vocês podem verificar?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, iade ettiğim ayakkabının parası 2 haftadır hesabıma geçmedi.'],
  ['refund_request', false, 'ja', 'JP', '', 'キャンセルして1週間たちますが、ギフト券で払った分がアカウントの残高に戻っていません。確認してもらえますか。'],
  ['other', true, 'en', 'US', '', "Can you please send it out today even though my payment says pending? My bank said it clears Monday, I'm good for it."],
  // ── batch 2
  ['delivery_status', false, 'ja', 'JP', '', '発送のご連絡をいただいてから一週間経ちますが、追跡しても「お問い合わせ番号が見つかりません」と出ます。番号に誤りがないかご確認ください。'],
  ['delivery_status', false, 'ja', 'JP', '', 'ねえ、昨日発送するって言ってたのにまだ出荷準備中のままなんだけど？'],
  ['refund_request', false, 'ja', 'JP', '', '返品のとき着払いで送ってくださいと言われたのに、返金額から送料が引かれていました。この分を返してもらえますか。'],
  ['refund_request', false, 'ja', 'JP', '', 'いつもお世話になっております。有限会社ミドリ商会の経理でございます。先日の注文は未着のためキャンセル処理済みと伺いましたが、クレジットカードの請求が確定しておりました。お取り扱いについてご教示ください。'],
  ['delivery_status', false, 'en', 'UK', '', "Morning, the Parcelforce app has said 'we're sorry, your item is delayed' for 4 days now. Is it actually coming? It's a replacement part for our boiler so a bit urgent. Thanks, Steve"],
  ['delivery_status', false, 'en', 'AU', '', "hey mate, paid for this on the 3rd, it's now the 19th. starting to think it's not coming lol"],
  ['delivery_status', false, 'en', 'US', 'PO 4471 - label rolls', 'Hello, we placed an order for 40 rolls of thermal labels last Tuesday (order 112-7730918-4452106). Our receiving dock has no record of it. Please confirm the carrier and the PRO number.'],
  ['refund_request', false, 'en', 'US', '', "hi I returned the boots and got an email saying refund issued, but it went back to a card I cancelled last month. how do I get the money now?"],
  ['refund_request', false, 'en', 'IN', '', 'Sir, I cancelled the order on same day but Rs 2,499 is debited from my SBI account. Kindly reverse the amount at the earliest.'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'The parcel came two weeks late and the chocolates inside had melted into one big lump.'],
  ['other', false, 'en', 'US', '', 'My building has a parcel locker, code 4471, please have the driver use it.'],
  ['delivery_status', false, 'de', 'DE', '', "Hallo, seit Montag heißt es bei DHL 'Die Sendung wird zum Paketzentrum transportiert'. Heute ist Freitag. Ist das normal?"],
  ['refund_request', false, 'de', 'DE', '', "Guten Abend, ich habe die Jacke fristgerecht zurückgeschickt, bekomme aber nur 70 % zurück wegen angeblicher 'Gebrauchsspuren'. Die Jacke war ungetragen. Bitte zahlen Sie den vollen Betrag aus."],
  ['refund_request', false, 'de', 'DE', '', 'Hi, hab aus Versehen zweimal auf Kaufen gedrückt. Eine Bestellung hab ich storniert, aber das Geld dafür ist trotzdem weg vom Konto.'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonsoir, Mondial Relay m'a envoyé un SMS disant que le colis était disponible, mais au relais ils ne le trouvent pas. Que dois-je faire ?"],
  ['delivery_status', false, 'fr', 'FR', '', 'coucou, toujours rien dans ma boîte, c normal ?? commandé le 28'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai vu que le robot pâtissier est passé de 299 € à 249 € deux jours après mon achat. Est-ce que vous faites des ajustements de prix ?"],
  ['delivery_status', false, 'it', 'IT', '', 'Ciao! Il corriere mi ha chiamato dicendo che non trova il civico, poi più niente. Il pacco adesso dove sta?'],
  ['delivery_status', false, 'it', 'IT', '', "Buongiorno, sono passate tre settimane dall'ordine del materasso e sul sito c'è ancora scritto 'spedizione in preparazione'."],
  ['refund_request', false, 'it', 'IT', '', 'Salve, mi avete rimborsato solo il prezzo dell\'articolo e non le spese di spedizione di 6,99 €, anche se il reso era gratuito. Potete verificare?'],
  ['refund_request', false, 'it', 'IT', '', "Buonasera, ho pagato con la carta prepagata, poi l'ordine è stato annullato da voi perché non era disponibile, ma i 38 euro non li vedo ancora tornare. Quando me li ridate?"],
  ['other', false, 'it', 'IT', '', 'Per favore se non ci sono lasciate il pacco al tabaccaio sotto casa, mi conosce.'],
  ['delivery_status', false, 'es', 'MX', '', "buenas, la guía de Estafeta dice 'en tránsito' desde hace 8 días, ¿me pueden decir si se perdió?"],
  ['refund_request', false, 'es', 'MX', '', 'Hola, devolví la licuadora hace tres semanas en una tienda OXXO y sigo sin ver mi dinero. ¿Qué pasó?'],
  ['refund_request', false, 'es', 'ES', '', 'Buenos días, me han cobrado 12,95 € de gastos de envío pero soy Prime. Solicito que me lo devolváis.'],
  ['thanks', false, 'es', 'ES', '', 'Ya me llegó el reembolso, muchas gracias por todo.'],
  ['delivery_status', false, 'nl', 'NL', '', 'Hallo, ik heb vorige week besteld en het pakket zou dinsdag komen. Het is nu zaterdag. Kunnen jullie even kijken?'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, zwrot dotarł do Państwa 10 dni temu, a pieniędzy nadal brak. Proszę o sprawdzenie.'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej! Jag returnerade skorna för tre veckor sedan, när får jag pengarna?'],
  ['delivery_status', false, 'pt', 'PT', '', 'Bom dia, a encomenda diz entregue mas deixaram-na num cacifo e eu não sei qual é. Podem ajudar?'],
  ['refund_request', false, 'pt', 'BR', '', 'Olá, o produto baixou de R$ 399 para R$ 329 uma semana depois que comprei. Tem como receber a diferença?'],
  ['delivery_status', false, 'tr', 'TR', '', "Merhaba, siparişim 'dağıtıma çıktı' yazıyor ama iki gündür gelen giden yok."],
  ['delivery_status', false, 'es', 'ES', '', 'Hola, ¿el pedido sale hoy? Lo necesito para el sábado sin falta.'],
  // ── batch 3
  ['delivery_status', false, 'ja', 'JP', '', 'Amazonの注文履歴では「配達中」になってるのに、ヤマトのサイトだと「荷物受付」のまま3日経ってます。どっちが正しいんでしょう？'],
  ['refund_request', false, 'ja', 'JP', '', 'お急ぎ便にしたのに普通に3日かかりました。お急ぎ便の代金って返してもらえるんですか？'],
  ['other', false, 'ja', 'JP', '', '宅配ボックスがいっぱいの時は、管理人室に預けてもらって大丈夫です。'],
  ['delivery_status', false, 'ja', 'JP', '', '沖縄なんですが、船便になるならだいたい何日くらいかかりますか？もう注文済みです。'],
  ['delivery_status', false, 'en', 'US', '', "Hello. My order was supposed to be here for my son's graduation on Saturday. The tracking now says 'delivery exception'. What does that mean and what do we do now? Thank you, Patricia"],
  ['other', false, 'en', 'US', '', 'Hey, Amazon refunded me for the lost package but then the package showed up yesterday. How do I pay you back?'],
  ['refund_request', false, 'en', 'UK', '', "hi the courier left a card saying customs charges of £18.40 are due before they deliver. i thought the price included everything? can you refund those?"],
  ['delivery_status', false, 'en', 'CA', '', "Good afternoon, Purolator shows my parcel at the depot in Mississauga 'awaiting customer pickup' but I never got a notice card. How long do they keep it?"],
  ['delivery_status', false, 'en', 'IN', '', 'order showing delivered but OTP was never asked and parcel not received. delivery boy marked it delivered fake. pls help'],
  ['delivery_status', false, 'de', 'DE', '', 'Moin, laut Tracking wurde das Paket beim Nachbarn abgegeben – den Namen kenne ich aber nicht, das Haus hat 24 Parteien. Steht bei Ihnen vielleicht, bei wem?'],
  ['refund_request', false, 'de', 'DE', '', 'Guten Tag, bei der Erstattung wurden die Versandkosten der Hinsendung nicht berücksichtigt. Laut Widerrufsrecht stehen mir diese ebenfalls zu. Mit freundlichen Grüßen, Dr. M. Koch'],
  ['refund_request', false, 'de', 'DE', '', 'Hi, ich hab die Matratze wie abgesprochen behalten und ihr wolltet mir 50 € Nachlass geben. Davon sehe ich bisher nichts.'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, j'habite en Martinique, est-ce normal que le colis soit toujours à Roissy depuis 10 jours ? Cordialement"],
  ['refund_request', false, 'fr', 'FR', '', "Re-bonjour, vous m'aviez promis un geste de 10 € pour le retard, je n'ai toujours rien eu."],
  ['thanks', false, 'fr', 'FR', '', "Bien reçu le remboursement de la différence, c'est très sympa de votre part."],
  ['delivery_status', false, 'it', 'IT', '', 'Buongiorno, volevo sapere se il mio ordine riesce ad arrivare entro venerdì, è un regalo di compleanno.'],
  ['refund_request', false, 'it', 'IT', '', "Ciao, ho visto che adesso c'è un coupon del 20% sullo stesso aspirapolvere che ho preso lunedì. Si può avere lo sconto anche per me?"],
  ['refund_request', false, 'it', 'IT', '', "Il reso me l'avete accettato ma mi avete trattenuto 8 euro di 'costi di gestione'. Non era scritto da nessuna parte."],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas noches, el repartidor de MRW me llamó para decir que no encontraba el portal y se fue. ¿Me lo van a volver a traer o tengo que ir a buscarlo?'],
  ['refund_request', false, 'es', 'MX', '', 'Qué tal, me llegó la notificación de reembolso por $1,250 pero mi banco dice que no tiene nada pendiente. ¿Me pueden mandar el número de referencia del reembolso?'],
  ['refund_request', false, 'es', 'ES', '', '¿Me podéis abonar los gastos de envío? El paquete llegó una semana tarde y pagué el envío urgente.'],
  ['refund_request', false, 'nl', 'NL', '', 'Goedendag, ik heb mijn bestelling geannuleerd maar er is toch €42,50 van mijn rekening afgeschreven. Wanneer krijg ik dat terug?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Cześć, kurier DPD napisał, że paczka jest w punkcie, ale w punkcie mówią, że nic nie mają. Co robić?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, spårningen säger levererat till brevlådan men den är tom. Kan ni kolla med PostNord?'],
  ['delivery_status', false, 'pt', 'BR', '', "Bom dia, paguei o boleto há 4 dias e o pedido continua como 'aguardando pagamento'. Já podem enviar?"],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, ürünü iade ettim ama kargo ücreti benden kesildi. Bu ücretin iadesini rica ediyorum.'],
  ['refund_request', false, 'ja', 'JP', '山下 恭子様からのお問い合わせ', '突然のご連絡失礼いたします。先月購入いたしましたコーヒーメーカーの件でございます。開封前に返品させていただき、返品受付完了のメールも頂戴しておりますが、本日時点でカード会社からの返金の連絡がございません。恐れ入りますが、処理状況をお調べいただけますでしょうか。'],
  ['refund_request', false, 'en', 'US', '', 'Is there any way to get a refund on the gift wrap? The item came without any wrapping and went straight to my niece like that.'],
  ['thanks', false, 'ja', 'JP', '', '配送状況確認できました！明日届くみたいなので大丈夫です。お騒がせしました。'],
  ['refund_request', false, 'fr', 'BE', '', "Bonjour, suite à l'annulation de ma commande, la somme est toujours bloquée sur ma carte Visa. Pourriez-vous la débloquer ? Merci d'avance"],
];

export const PROBES_8 = fromRows(rows);

/**
 * Probes whose own rules (delivery, refund) are right but whose result is not, because of a file outside them; each
 * names the culprit and what should change there. Run with it.fails: when a fix elsewhere makes one pass, its test
 * fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [
  ['delivery_status', false, 'de', 'CH', '', 'Grüezi, laut Post ist das Paket wegen unvollständiger Adresse an Sie zurückgegangen. Schicken Sie es nochmals? Die Adresse im Konto stimmt.', 'rules/address.ts: "laut Post ist das Paket wegen unvollständiger Adresse an Sie zurückgegangen. Schicken Sie es nochmals? Die Adresse im Konto stimmt." tells why the parcel went back to the seller and asks to send it again (delivery_status, which delivery.ts now reads); the address rule takes "unvollständiger Adresse" as a correction, though no new address is given and the buyer says it is right'],
];

export const KNOWN_GAPS_8 = fromGapRows(gaps);
