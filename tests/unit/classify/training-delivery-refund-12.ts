/**
 * Round-12 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data and never copied or
 * paraphrased from the dev corpus or the earlier probe and training files. Other situations than rounds 7-11:
 * university mailrooms and office receptions closed for the weekend, parcel lockers that never sent a code, carrier
 * strikes, live plants and perishables on the road, deadlines around festivals; refunds short by the return postage,
 * paid in the wrong currency, for import duties the listing said were included, for a parcel the carrier wrote off,
 * for a price drop a week after buying. Many tell the concern without the category's obvious keyword; some are
 * near-misses that TAXONOMY.md files elsewhere (delivery instructions are `other`; a refund that came is `thanks`; a
 * shipping question before buying is `product_question`; a spoilt item is `damaged_or_defective`; refund-without-
 * return threats and off-Amazon refunds carry the scam flag). Every row carries its true labels, whatever the
 * classifier says; written in batches of about 30, each measured before the next.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['delivery_status', false, 'ja', 'JP', '', '観葉植物のモンステラを注文しました。生き物なので箱の中で何日も置かれていないか心配です。いまどのあたりを移動中か分かりますか？'],
  ['delivery_status', false, 'ja', 'JP', '山本 彩花様からのお問い合わせ（注文番号：503-7720418-3391265）', 'いつもお世話になっております。会社宛てに注文した事務用チェアですが、配送業者の記録では土曜日に「不在持ち戻り」となっておりました。弊社は土日休業のため受け取れず申し訳ありません。再配達の手配は御社経由になりますでしょうか、それとも今どちらに保管されているかだけでもお教えください。'],
  ['refund_request', false, 'ja', 'JP', '', '返品した加湿器の返金、届いた金額が800円少ないです。送料を引いたのでしょうか？初期不良ではないので理由は気に入らなかっただけですが、返送料は自分で払って送っています。差額の確認お願いします。'],
  ['refund_request', false, 'ja', 'JP', '関税について', '「関税込み」と商品ページに書いてあったのに、配達のときに配達員さんに2,300円を払いました。領収の紙もあります。この分を戻していただけますか'],
  ['thanks', false, 'ja', 'JP', '', '差額の返金、確認できました。ご丁寧に対応いただきありがとうございました！'],
  ['other', false, 'ja', 'JP', '', '宅配ボックスがいっぱいになりがちなので、届けるときは管理人室に預けてもらえるよう伝票に書いていただけますか？'],
  ['delivery_status', false, 'en', 'US', '', 'tracking says delivered to the mailroom on friday but my dorm mailroom says they have nothing under my name. its a textbook i need for monday. can you check with the carrier which building it went to'],
  ['delivery_status', false, 'en', 'UK', 'Inquiry from Amazon customer Owen Pritchard (Order: 203-5512907-4418830)', 'Morning. With the postal strike on I assume my order is somewhere in a sorting centre - any idea if it has even left you yet? Not chasing, just want to know whether to buy one locally for the weekend.'],
  ['refund_request', false, 'en', 'CA', 'charged in USD?', 'Hi there, the refund for my returned boots came back as 89.00 USD converted, so I got less than the 129 CAD I paid. Can you check how the refund was issued? The store is amazon.ca so it should be CAD.'],
  ['refund_request', false, 'en', 'AU', '', 'Bought the air fryer on the 2nd for $189, it dropped to $139 on the 9th. Same listing, same seller. Would you be able to refund me the $50 difference instead of me returning it and buying it again?'],
  ['refund_request', true, 'en', 'US', '', 'Courier lost my parcel apparently. I want my money refunded to my Zelle at this number 415-555-0193, Amazon takes too long. do it today please'],
  ['product_question', false, 'en', 'IN', '', 'before i place order - do you deliver to pin 682001 Kochi and how many days it takes? need it before onam'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, die Packstation hat mir nie einen Abholcode geschickt, in der App steht aber "in Packstation eingelegt". Seit 6 Tagen. Wird das Paket jetzt zurückgeschickt?'],
  ['refund_request', false, 'de', 'AT', 'Rückerstattung Versandkosten', 'Grüß Gott, ich habe Expressversand bezahlt (9,90 €), das Paket wurde laut Sendungsverfolgung aber als Standardpaket verschickt und kam nach 5 Tagen. Die Differenz hätte ich gern zurück. Danke.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Die Pralinen waren nach 8 Tagen Lieferung völlig geschmolzen und weiß angelaufen, essen kann man die nicht mehr. Bitte um Erstattung.'],
  ['delivery_status', false, 'fr', 'FR', '', 'Bonjour, mon colis devait arriver au point relais Mondial Relay hier mais le commerçant dit qu’il n’a rien reçu. Le suivi est bloqué sur "pris en charge" depuis lundi. Pouvez-vous vérifier ?'],
  ['refund_request', false, 'fr', 'BE', '', 'Bonjour, j’ai été débitée deux fois par ma banque pour la même commande de filtres à café, une fois le 3 et une fois le 4. Je n’ai reçu qu’un seul colis. Merci de me rembourser le second prélèvement.'],
  ['thanks', false, 'fr', 'FR', 'Remboursement', 'C’est bon, j’ai bien vu le remboursement sur mon compte ce matin. Merci et bonne journée'],
  ['delivery_status', false, 'it', 'IT', '', 'ciao ho ordinato le luci per l’albero il 1 dicembre e ancora niente… arriveranno prima di natale o devo arrangiarmi?'],
  ['refund_request', false, 'it', 'IT', 'Richiesta di informazioni dal cliente Amazon Federica Galli (Ordine: 404-6623018-1187452)', 'Buongiorno, il corriere mi ha scritto che il pacco è andato smarrito e non verrà consegnato. Non voglio un nuovo invio, preferisco avere indietro i soldi. Come procediamo?'],
  ['other', false, 'it', 'IT', '', 'Salve, il pacco lasciatelo pure dal tabaccaio sotto casa se non mi trovate, lo conosco. Grazie'],
  ['delivery_status', false, 'es', 'ES', '', 'Hola! El seguimiento de Correos pone "en tránsito" desde hace 9 días y no avanza. Es para el cumpleaños de mi hija el sábado. Sabéis algo?'],
  ['refund_request', false, 'es', 'MX', '', 'Buenas, cancelaron mi pedido de la licuadora porque no había existencias pero el cargo sigue en mi tarjeta desde hace dos semanas. Cuándo me regresan el dinero?'],
  ['refund_request', true, 'es', 'ES', '', 'No voy a devolver las zapatillas, me quedo con ellas pero no me gustan. Quiero el dinero de vuelta ya o abro una reclamación de la garantía de la A a la Z y os pongo una estrella.'],
  ['delivery_status', false, 'nl', 'NL', '', 'Hoi, volgens PostNL ligt mijn pakket al 4 dagen in het sorteercentrum in Nieuwegein. Weten jullie waarom het niet verder komt?'],
  ['refund_request', false, 'nl', 'BE', '', 'Dag, ik heb de lamp op 12 maart teruggestuurd via bpost, het is volgens de tracking bij jullie afgeleverd, maar ik heb nog geen geld teruggekregen. Kunnen jullie dat nakijken?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, paczka miała być w paczkomacie w środę, a dalej mam status "przygotowana przez nadawcę". Kiedy faktycznie zostanie wysłana?'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej! Jag fick bara tillbaka 249 kr men betalade 299 kr inklusive frakt för tröjan jag returnerade. Varför drogs frakten av?'],
  ['delivery_status', false, 'pt', 'BR', '', 'Olá, comprei o fone dia 5 e o rastreio diz "objeto aguardando retirada" mas não recebi nenhum aviso dos Correios. Em qual agência ele está?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, siparişi iptal ettiniz ama ödeme kartımdan çekildi ve hâlâ iade edilmedi. Paramı ne zaman geri alırım?'],
  // ── batch 2
  ['delivery_status', false, 'ja', 'JP', '', '海外発送の商品と書いてありましたが、注文して3週間です。税関で止まっているのでしょうか。追跡番号を入れても「該当なし」と出ます'],
  ['delivery_status', false, 'ja', 'JP', '', 'お盆休みに入る前に受け取りたいのですが、13日までに着きそうですか？'],
  ['refund_request', false, 'ja', 'JP', '二重引き落としの件', 'お世話になります。同じ注文で、クレジットカードの明細に4,980円が2回載っています。1回分は取り消していただけますでしょうか。明細の画像が必要であればお送りします。'],
  ['refund_request', false, 'ja', 'JP', '', '配送業者から荷物が紛失したと連絡がありました。代わりの品はいらないので、お金のほうを返してください'],
  ['other', true, 'ja', 'JP', '', 'コンビニ払いの期限が明日までなんですが、お給料日が来週なので、先に発送だけしておいてもらえませんか？届いたら必ず払います'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '冷凍のカニが届いたのですが、発泡スチロールの中で完全に溶けていて、においもおかしいです。返金してください'],
  ['delivery_status', false, 'en', 'US', '', 'the estimated delivery keeps moving. first it was the 14th, then the 17th, now it says "delayed, new date pending". is it actually coming?'],
  ['delivery_status', false, 'en', 'SG', 'order not arrived', 'Hello seller, my condo guardhouse never received anything for unit 12-07. Ninja Van says delivered yesterday 3pm. Who signed for it?'],
  ['refund_request', false, 'en', 'UK', '', 'Hiya, I returned the kettle via the InPost locker on the 2nd and it shows as received by you on the 6th. Still no money back and it has been nearly three weeks now. Could you push it through please'],
  ['refund_request', false, 'en', 'US', 'tax exempt', 'Our school district is tax exempt and the certificate is on file with Amazon Business, but sales tax of $31.40 was added on PO 7781. Please reverse the tax portion.'],
  ['thanks', false, 'en', 'AU', '', 'Parcel turned up this arvo, all good. Cheers mate'],
  ['cancel_request_message', false, 'en', 'CA', '', 'It has been two weeks and still nothing shipped, please just cancel it, I found one at Canadian Tire.'],
  ['delivery_status', false, 'de', 'CH', '', 'Grüezi, ich warte seit 12 Tagen auf die Bestellung aus Deutschland. Hängt die beim Zoll fest? Die Post findet die Nummer nicht.'],
  ['refund_request', false, 'de', 'DE', '', 'hallo, ich hab den rucksack zurückgegeben weil er mir doch zu klein war, der rücksendeschein wurde am montag gescannt. wann bekomme ich mein geld'],
  ['other', false, 'de', 'DE', '', 'Bitte das Paket nicht vor dem 28. zustellen, ich bin bis dahin im Urlaub. Geht das?'],
  ['delivery_status', false, 'fr', 'CA', '', 'Allô, ma commande est partie de l’entrepôt il y a 10 jours et Postes Canada dit toujours « renseignements électroniques reçus ». C’est normal?'],
  ['refund_request', false, 'fr', 'FR', 'Frais de livraison', 'Bonjour, j’ai payé la livraison express 24h pour un cadeau et le colis est arrivé en 6 jours. Le cadeau, je l’ai offert en retard. Je garde l’article mais je souhaiterais le remboursement des frais d’envoi.'],
  ['delivery_status', false, 'fr', 'FR', '', 'coucou je suis toujours en attente de ma commande de bougies passée le 2, vous l’avez envoyée?'],
  ['delivery_status', false, 'it', 'IT', 'Spedizione', 'Buonasera, nella pagina dell’ordine c’è scritto "spedito" da cinque giorni ma non c’è nessun numero di tracciamento. Con quale corriere è partito?'],
  ['refund_request', false, 'it', 'IT', '', 'Salve, ho restituito il monopattino 3 settimane fa e mi avete rimborsato solo 180 euro su 249. Perché manca una parte? Non ho mai accettato trattenute.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'È arrivato il pacco ma dentro c’è un modello diverso da quello ordinato, io avevo preso il nero da 128 GB, è arrivato il bianco da 64. Vorrei il rimborso.'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas, vivo en Tenerife y el pedido lleva 15 días parado en aduanas de Canarias según SEUR. Me tenéis que mandar algún documento o algo?'],
  ['refund_request', false, 'es', 'MX', 'Reembolso pendiente', 'Hola, ya entregué la devolución en la paquetería hace 10 días, tengo la guía, pero en mi tarjeta todavía no se ve el reembolso. Me pueden ayudar por favor'],
  ['product_question', false, 'es', 'ES', '', 'Antes de comprar: enviáis a Ceuta? y cuánto tardaría?'],
  ['delivery_status', false, 'nl', 'BE', '', 'Goeiendag, mijn bestelling zou gisteren geleverd worden maar er is niemand langsgekomen en ik was de hele dag thuis. Waar is het pakje nu?'],
  ['refund_request', false, 'nl', 'NL', '', 'De prijs is twee dagen na mijn bestelling met 20 euro gezakt. Kan ik het verschil terugkrijgen zonder alles terug te sturen?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Witam, kurier DPD dwa razy próbował doręczyć, ale mnie nie było. Teraz śledzenie nic nie pokazuje. Gdzie jest moja paczka?'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej, jag har blivit debiterad två gånger för samma beställning av hörlurar. Kan ni återbetala den ena dragningen?'],
  ['refund_request', false, 'pt', 'BR', '', 'Boa tarde, devolvi o liquidificador pelos Correios faz 20 dias e o estorno ainda não apareceu na fatura do cartão. Podem verificar?'],
  ['delivery_status', false, 'tr', 'TR', '', 'Merhaba, kargom 5 gündür Aras Kargo transfer merkezinde bekliyor, hiç hareket yok. Ne zaman gelir?'],
];

export const TRAINING_DELIVERY_REFUND_12: Example[] = fromRows(rows);
