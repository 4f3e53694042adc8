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
];

export const TRAINING_DELIVERY_REFUND_10: Example[] = fromRows(rows);
