/**
 * Round-10 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data and never copied or
 * paraphrased from the dev corpus or the earlier probe and training files. Other situations than rounds 7-9:
 * pre-orders past their release date, multi-box furniture that came one box at a time, estimated dates that jumped,
 * driver photos of someone else's door, business buyers planning a delivery dock; refunds of gift-wrap fees, of sales
 * tax a tax-exempt buyer was charged, of postage paid twice for orders shipped in one box, of a restocking fee nobody
 * agreed to, of a refund that went to the gift-card balance instead of the card. Many tell the concern without the
 * category's obvious keyword; some are near-misses that TAXONOMY.md files elsewhere (delivery instructions are
 * `other`; a refund that came is `thanks`; a shipping question before buying is `product_question`; ship-before-
 * payment, off-Amazon contact or refund-without-return threats carry the scam flag). Every row carries its true
 * labels, whatever the classifier says; written in batches of about 30, each measured before the next.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['delivery_status', false, 'ja', 'JP', '', '予約して買ったゲームソフト、発売日の金曜日を過ぎたのにまだ「発送準備中」です。発売日に届く予定だったはずなんですが…'],
  ['delivery_status', false, 'ja', 'JP', '配達日時について', 'お世話になっております。日時指定で本日19時〜21時を指定しておりましたが、21時半を過ぎても届いておりません。追跡を見ても「配達中」のままです。本日中に届くのでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', 'ギフト包装（330円）をお願いしたのですが、普通の段ボールのまま届きました。プレゼントなのでちょっと困りましたが、包装代だけでも返してもらえますか。'],
  ['refund_request', false, 'ja', 'JP', '送料について', '同じ日に2回に分けて注文したものが1つの箱でまとめて届きました。送料がそれぞれ600円かかっているので、1回分は不要だったのではと思います。ご確認をお願いいたします。'],
  ['other', false, 'ja', 'JP', '', '来週月曜から出張で家をあけるので、発送は木曜以降にしていただけると助かります。'],
  ['thanks', false, 'ja', 'JP', '', '送料の差額、戻ってきてました。わざわざすみません、ありがとうございます。'],
  ['delivery_status', false, 'en', 'US', '', 'got box 1 of 3 for the bunk bed on monday. boxes 2 and 3 are nowhere, tracking only has one number. kids are sleeping on a mattress on the floor lol when do the rest come'],
  ['delivery_status', false, 'en', 'US', 'Delivery photo', "Hi, the delivery photo on my order shows a blue door with a wreath. My door is white and there's no wreath. So I guess it went to someone else's house? Can you find out where it actually ended up?"],
  ['refund_request', false, 'en', 'US', 'Tax exempt order 112-6620931-4471825', "Good afternoon, our school district is tax exempt and the exemption certificate is on file with Amazon Business, yet sales tax of $41.38 was added to this order. Please refund the tax portion. Regards, Accounts Payable, Lincoln USD"],
  ['refund_request', false, 'en', 'UK', '', "Hi, I sent the kettle back unopened as agreed and you refunded £38 of the £47.99. There was no mention of a restocking fee anywhere on the listing, so I'd like the remaining £9.99 please."],
  ['product_question', false, 'en', 'CA', '', 'hey do you guys ship to Yukon? and if so is it like 2 weeks or more, need it by the end of the month'],
  ['delivery_status', false, 'en', 'IN', '', 'Respected sir, the estimated date was showing 5th and suddenly today it changed to 19th. What is the reason for this delay? Kindly update.'],
  ['delivery_status', false, 'de', 'DE', '', 'Guten Tag, wir haben als Firma 20 Bürostühle bestellt und müssen die Anlieferung an unserer Rampe einplanen. Können Sie uns sagen, an welchem Tag die Spedition kommt? Mit freundlichen Grüßen, Einkauf'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, ich habe die Rückerstattung für den Staubsauger bekommen, aber als Amazon-Gutschein statt auf meine Kreditkarte. Ich möchte das Geld bitte auf die Karte zurück.'],
  ['other', true, 'de', 'DE', '', 'Können Sie die Bestellung schon als versendet markieren? Ich schicke sie dann Ende der Woche los, sobald die Überweisung da ist.'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, j'avais choisi un point relais Mondial Relay mais le suivi indique une livraison dans un autre relais à 30 km de chez moi. C'est une erreur ? Où est réellement mon colis ?"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, le prix affiché sur la fiche était de 24,90 € et j'ai été prélevé de 29,90 €. Je n'ai rien ajouté au panier. Merci de me rendre les 5 € de différence."],
  ['damaged_or_defective', false, 'fr', 'BE', '', "Le colis est enfin arrivé après trois semaines, mais la lampe ne s'allume pas du tout."],
  ['delivery_status', false, 'it', 'IT', '', 'Ciao, avevo scelto la consegna in un locker Amazon ma non mi è arrivato nessun codice di ritiro. Il pacco è lì o no?'],
  ['refund_request', false, 'it', 'IT', '', "Buongiorno, ho rifiutato il pacco alla consegna perché nel frattempo avevo chiesto l'annullamento. Il corriere lo ha riportato indietro, aspetto quindi il rimborso dei 64 euro."],
  ['thanks', false, 'it', 'IT', '', 'Arrivato oggi, tutto perfetto. Grazie e buona giornata'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas, el pedido pone "entregado" desde ayer pero en el buzón no hay nada y el portero tampoco tiene nada. ¿Podéis reclamar a la agencia?'],
  ['refund_request', false, 'es', 'MX', '', 'Hola, pagué con tarjeta a 6 meses sin intereses y en el estado de cuenta me aparecen intereses de la compra. Les pido que me regresen ese cobro extra por favor.'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Lleva una semana sin salir del almacén, ya no me hace falta. No lo enviéis, gracias.'],
  ['delivery_status', false, 'nl', 'NL', '', 'Goedemorgen, in de app staat al drie dagen "bezorger is onderweg" maar er komt niemand. Weten jullie meer?'],
  ['refund_request', false, 'nl', 'BE', '', 'Hallo, ik had cadeauverpakking betaald maar het pakket kwam gewoon in een doos aan. Kan ik de 3,99 euro terugkrijgen?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Hej, zamówienie przedpremierowe, premiera była w czwartek, a u mnie nadal "oczekuje na wysyłkę". Kiedy to wyjdzie?'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej, ni tog betalt för expressfrakt men paketet kom med vanlig post efter en vecka. Jag vill ha mellanskillnaden tillbaka.'],
  ['delivery_status', false, 'pt', 'BR', '', 'Boa noite, o app mostra que o entregador tentou entregar mas ninguém tocou a campainha aqui. Vai ter nova tentativa? Quando?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, sepette indirimli fiyat 899 TL görünüyordu ama kartımdan 1.099 TL çekildi. Aradaki 200 TL\'yi iade eder misiniz?'],
  // ── batch 2
  ['delivery_status', false, 'ja', 'JP', '', 'ヤマトの営業所止めで注文したんですが、営業所に電話したら「まだ届いてない」と言われました。発送済みになってるのに、荷物は今どこにあるんでしょうか？'],
  ['delivery_status', false, 'ja', 'JP', '納品時期のご確認', '株式会社ミナト総務部の田村でございます。平素より大変お世話になっております。11月30日開催の社内イベントで使用する紙コップ2,000個を注文いたしましたが、現時点で出荷のご連絡をいただいておりません。イベント前日までに納品いただけるかどうか、恐れ入りますがご回答をお願い申し上げます。'],
  ['refund_request', false, 'ja', 'JP', '', 'イメージと違ったので返品しましたが、返金額から800円引かれていました。返送料はこちらで払って送っています。引かれた分はどういう理由でしょうか？戻していただけますか。'],
  ['refund_request', false, 'ja', 'JP', '', 'PayPayで払って、発送前にキャンセルしてもらったやつ、まだ残高に戻ってないです〜。もう10日くらい経つんだけど'],
  ['product_question', false, 'ja', 'JP', '', '年末年始も発送されてますか？12月30日に注文したら年内に届くか知りたいです。'],
  ['delivery_status', false, 'ja', 'JP', '', '海外からの発送の商品みたいですが、追跡番号を入れると中国語のサイトに飛んで「待航班」のまま１０日動いてません。これって大丈夫ですか'],
  ['delivery_status', false, 'en', 'AU', '', "Hi there, tracking has said 'Sydney facility - processing delayed' since last Thursday. I know there's been flooding up north but any idea when it'll actually move? Cheers, Dave"],
  ['refund_request', false, 'en', 'CA', '', 'Hello, the refund for my return came back in USD to my card and after the conversion I got $12.40 CAD less than I paid. Could you please make up the difference? I paid in Canadian dollars.'],
  ['delivery_status', false, 'en', 'UK', '', 'Hello, my parcel status say "held at depot - address query" but my address is correct and full, flat 3 is included. What they need from me? When it will be deliver?'],
  ['refund_request', true, 'en', 'US', '', "Hey, my card got closed after the fraud thing so just send my refund for the return to my Cash App $jaydn22 instead, it's quicker for both of us"],
  ['thanks', false, 'en', 'US', '', 'ok tracking finally updated, its in my city now. thanks for chasing it up!'],
  ['delivery_status', false, 'en', 'SG', 'Order 407-2281934-5510238', 'eta?'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, DPD schreibt „Zustellung nicht möglich – Empfänger verzogen“. Ich wohne seit zwölf Jahren hier und bin nirgendwohin gezogen! Was passiert jetzt mit meinem Paket?'],
  ['refund_request', false, 'de', 'DE', '', 'Guten Tag, beim Kauf der Waschmaschine habe ich 20 € für die Mitnahme des Altgeräts bezahlt. Die Fahrer haben das alte Gerät aber stehen lassen. Bitte erstatten Sie mir diesen Betrag.'],
  ['refund_request', false, 'de', 'AT', '', 'Servus, ich habe zwei Pakete aus derselben Bestellung zurückgeschickt. Für das eine ist das Geld längst da, für das andere (die Jacke) bis heute nichts. Können Sie nachsehen?'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, ma commande est marquée expédiée depuis lundi mais le site de Colissimo indique toujours « en attente de remise du colis par l'expéditeur ». Le colis est-il vraiment parti ?"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, vous avez annulé ma commande faute de stock. J'avais payé une partie avec une carte cadeau et ce montant n'a pas été recrédité sur mon compte. Pouvez-vous régulariser ?"],
  ['other', false, 'fr', 'FR', '', "Bonjour, merci de faire livrer après 18 h si c'est possible, il n'y a personne à la maison en journée."],
  ['delivery_status', false, 'it', 'IT', '', 'Salve, il tracking dice "in consegna" ma a Caserta, io abito a Cosenza! Il pacco sta andando nel posto sbagliato?'],
  ['refund_request', false, 'it', 'IT', '', "Buonasera, il corriere mi ha fatto pagare 7 euro di contrassegno ma l'ordine l'avevo già pagato con la carta. Chi mi ridà questi soldi?"],
  ['product_question', false, 'it', 'IT', '', 'Buongiorno, spedite anche a Livigno? È zona extradoganale e alcuni venditori non ci arrivano. Vorrei saperlo prima di ordinare.'],
  ['delivery_status', false, 'es', 'MX', '', 'Oigan, DHL dice que mi paquete está "en espera de instrucciones del remitente". ¿Qué instrucciones? Díganles lo que sea para que ya me lo traigan'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, compré tres botes de proteína con la promoción 3x2 y me habéis cobrado los tres. ¿Me devolvéis uno, por favor?'],
  ['delivery_status', false, 'es', 'ES', '', '¿Seguro que lo habéis mandado? Porque en GLS me dicen que no tienen ningún envío con ese número.'],
  ['refund_request', false, 'nl', 'NL', '', 'Hallo, ik kreeg maar 20 euro van de 45 terug omdat de verpakking beschadigd zou zijn. Ik heb alles netjes in de originele doos teruggestuurd. Graag het resterende bedrag.'],
  ['delivery_status', false, 'pl', 'PL', '', 'Kurier DPD już trzeci dzień z rzędu przekłada doręczenie "z przyczyn niezależnych". Kiedy w końcu ta paczka do mnie dotrze?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej! Hinner min beställning komma fram före midsommar? Den står fortfarande som "ej skickad".'],
  ['refund_request', false, 'pt', 'PT', '', 'Bom dia, paguei 4,99 € de portes mas fui eu levantar a encomenda ao ponto de recolha, que devia ser grátis. Podem devolver os portes?'],
  ['delivery_status', true, 'pt', 'BR', '', 'Qual a previsão de entrega? Me chama no zap (11) 98877-1234 que é mais fácil pra mim'],
  ['delivery_status', false, 'tr', 'TR', '', 'Kargo takipte teslim edildi yazıyor ama Ankara görünüyor, ben İzmir\'deyim. Paketim nerede?'],
];

export const TRAINING_DELIVERY_REFUND_10: Example[] = fromRows(rows);
