/**
 * Round-3 probe messages for the "problem" categories (damaged_or_defective, return_request, refund_request,
 * delivery_status), written for these tests in the style of the evaluation data: natural, medium length, one clear
 * concern plus context, polite openings and sign-offs, realistic order details, marketplaces matching the language,
 * Amazon's inquiry-wrapper subjects. New situations, products and wordings; never copied or paraphrased from the dev
 * corpus or from the earlier probe files. Written in batches of about 30, each run before any fix (see the commit log
 * for how many of each batch failed first).
 */
import type { Example } from './examples';
import type { Category } from '@/lib/classify/taxonomy';

type Row = [Category, boolean, string, string, string, string];

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'en', 'US', 'Inquiry from Amazon customer Daniel Brooks (Order: 113-5520918-3376241)', 'Hi, the cast iron dutch oven came today and the enamel on the inside of the lid is chipped in two places, right where it touches the food. I checked the box and it was packed fine so it must have left like that. Can you send a replacement lid or the whole pot? Thanks, Dan'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'Hello, I bought the 3-pack of LED bulbs last week. Two of them work but the third one only flashes on and off and never stays lit. I tried it in different lamps. Could you help please? Many thanks'],
  ['damaged_or_defective', false, 'en', 'CA', 'Missing piece', 'Good afternoon, we started putting the bunk bed together tonight and there is no ladder in any of the boxes. The manual lists it as part F. My kids are pretty disappointed. Can you ship it separately?'],
  ['return_request', false, 'en', 'US', '', "Hi there, I ordered the blue rain jacket in medium for my husband but he says the sleeves are a bit short for him. Tags are still on. Could I swap it for a large? If not I'll just send it back. Thank you!"],
  ['refund_request', false, 'en', 'US', 'Refund status', 'Hello, I mailed the air fryer back on the 2nd using the prepaid label and USPS shows it was delivered to you on the 6th. It has been almost two weeks and my card still shows nothing. Could you please check and process the refund? Order 112-4419203-8812037.'],
  ['delivery_status', false, 'en', 'AU', '', "G'day, just checking on my order for the camping chairs. It said it would be here by Friday but the tracking hasn't moved since it left Sydney on Tuesday. Any idea what's happening? Cheers, Mick"],
  ['delivery_status', false, 'en', 'IN', 'Order status', 'Dear Sir/Madam, I have ordered one pressure cooker on 12th and today is 20th, still I have not got any update about shipment. Please inform the status of my order at the earliest. Thank you.'],
  ['refund_request', false, 'en', 'US', '', 'Hi, I was charged $42.99 but the listing said $34.99 when I clicked buy, I have a screenshot. Can you refund me the $8 difference please? Thanks'],
  ['damaged_or_defective', false, 'ja', 'JP', '商品の不具合について', 'お世話になっております。先週こちらで購入した加湿器ですが、昨日から電源を入れても数分で勝手に止まってしまいます。水はきちんと入っております。交換か返金をご検討いただけますでしょうか。よろしくお願いいたします。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ご注文した本棚が届きましたが、側面の板に大きなへこみがありました。組み立てる前に気付いたのでそのままにしてあります。写真を送りますのでご確認ください。'],
  ['return_request', false, 'ja', 'JP', '返品のお願い', 'いつもお世話になっております。先日購入したワンピースですが、着てみたところ丈が長すぎて私には合いませんでした。タグは付けたままです。返品させていただくことは可能でしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', '11月2日に返送した商品について、ヤマトの追跡では4日に御社に届いていることになっていますが、まだ返金が確認できておりません。お手数ですがご確認をお願いいたします。'],
  ['delivery_status', false, 'ja', 'JP', '山田 花子様からのお問い合わせ', '注文番号 250-1187723-4419082 の件です。発送済みのメールが来てから5日たちますが、追跡番号で調べても「お問い合わせの情報はありません」と出ます。どうなっていますでしょうか。'],
  ['delivery_status', false, 'ja', 'JP', '', '今週末キャンプで使いたいので、土曜日までに届くか教えてもらえますか？'],
  ['damaged_or_defective', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Jonas Weber', 'Guten Tag, die Kaffeemühle mahlt seit dem zweiten Tag nur noch grob, egal welche Stufe ich einstelle. Es knackt auch beim Mahlen. Können Sie mir ein Ersatzgerät schicken? Viele Grüße, Jonas Weber'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, ich habe die Laufschuhe in 43 bestellt, sie sind mir aber vorne zu eng. Ich würde sie gerne gegen Größe 44 tauschen. Wie soll ich vorgehen? Danke!'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo zusammen, meine Bestellung (Gartenschlauch 30 m) sollte laut Amazon gestern kommen, ist aber noch nicht da und der Status steht immer noch auf "Versand vorbereitet". Könnt ihr mal nachschauen? Danke'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, j'ai bien reçu la bouilloire mais le couvercle ne ferme pas correctement, il se rouvre tout seul dès que l'eau chauffe. Pouvez-vous m'envoyer un autre modèle ? Cordialement, Claire"],
  ['return_request', false, 'fr', 'FR', 'Retour article', "Bonjour, je souhaiterais vous retourner le tapis de bain que j'ai commandé, la couleur ne va finalement pas du tout avec ma salle de bain. Il n'a pas été utilisé. Merci de m'indiquer la marche à suivre."],
  ['delivery_status', false, 'fr', 'BE', '', "Bonjour, j'ai commandé un cadeau pour l'anniversaire de ma fille le 14. Pouvez-vous me dire s'il sera livré à temps ? Le suivi indique seulement « expédié ». Merci beaucoup"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, le colis retour vous a été remis il y a trois semaines (numéro de suivi Colissimo 6A1234567890). Je n'ai toujours rien vu sur mon compte. Merci de faire le nécessaire."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Buongiorno, ho ricevuto la borraccia termica ma non tiene il caldo per niente, dopo un\'ora il tè è già freddo. Sul sito c\'è scritto 12 ore. Come possiamo fare? Grazie'],
  ['delivery_status', false, 'it', 'IT', 'Ordine 404-2231870-5519302', 'Salve, ho ordinato le tende da sole dieci giorni fa e non ho ancora ricevuto nessuna comunicazione sulla spedizione. Mi potete dire quando partono? Grazie mille'],
  ['return_request', false, 'it', 'IT', '', 'Buonasera, ho comprato due cuscini ma me ne serviva solo uno, ho sbagliato la quantità. Posso rimandarvene uno indietro? È ancora sigillato. Cordiali saluti'],
  ['damaged_or_defective', false, 'es', 'ES', 'Pedido incompleto', 'Hola, me ha llegado el set de sartenes pero falta la de 24 cm, solo vienen dos de las tres que aparecen en el anuncio. ¿Me la podéis enviar? Gracias'],
  ['delivery_status', false, 'es', 'MX', '', 'Buenas tardes, hice mi pedido hace 8 días y en la app sigue diciendo que está en preparación. ¿Me pueden decir para cuándo lo tendré? Lo necesito para el fin de semana. Saludos'],
  ['refund_request', false, 'es', 'ES', '', 'Buenos días, el pedido me llegó con cinco días de retraso y la fecha era importante para mí. No quiero devolverlo, pero creo que sería justo un pequeño reembolso por el retraso. Un saludo'],
  ['return_request', false, 'nl', 'NL', '', 'Goedemiddag, ik heb per ongeluk de verkeerde kleur hoes besteld voor mijn telefoon. Hij is nog niet uit de verpakking geweest. Kan ik hem omruilen voor de zwarte? Groetjes, Sanne'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, zamówiłam lampkę tydzień temu i nadal nie dostałam numeru do śledzenia. Czy przesyłka w ogóle została nadana? Pozdrawiam'],
  ['refund_request', false, 'pt', 'BR', '', 'Olá, cancelei o pedido no mesmo dia e recebi a confirmação, mas o valor continua na fatura do meu cartão. Podem verificar o estorno, por favor? Obrigada'],
  // ── batch 2
  ['damaged_or_defective', false, 'en', 'US', '', "Hello, the kids' scooter we got on Saturday wobbles badly at the front. The bolt that holds the handlebar won't tighten, it just keeps spinning. My son can't ride it like this. What do you suggest?"],
  ['damaged_or_defective', false, 'en', 'UK', 'Wrong size delivered', 'Hi, my order says duvet cover double but the one in the packet is a single, the label inside says single too. Can you send the double please? I need it for the guest room this weekend. Kind regards, Fiona'],
  ['return_request', false, 'en', 'US', '', "Hi! I got the standing desk mat but honestly it's too thick for my chair to roll over, which I didn't think about before ordering. It's in perfect condition. What's the best way to get it back to you?"],
  ['refund_request', false, 'en', 'CA', 'Promo code', 'Hello, I entered the code SPRING15 at checkout and it showed the discount, but my final charge was the full $89. Could you please refund the 15% that should have come off? Thank you, Priya'],
  ['delivery_status', false, 'en', 'SG', '', 'Hi, may I know if my order 503-2291830-1173920 has been sent out? I need the adapter for a trip on Thursday. Thanks'],
  ['delivery_status', false, 'en', 'US', '', "Hey, the tracking says delivered at 2:14pm but I was home all day and nobody came to the door. I checked with the front office and they don't have it either. Can you look into this?"],
  ['damaged_or_defective', false, 'ja', 'JP', 'お問い合わせ（注文番号：503-7712093-2281734）', 'お世話になります。本日炊飯器を受け取りましたが、内釜のコーティングに最初から剥がれがありました。このまま使うのは心配です。新しい内釜を送っていただくことはできますか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '注文したのはMサイズなのに届いたのはLサイズでした。Mサイズを送ってもらえますか？タグは切っていません'],
  ['return_request', false, 'ja', 'JP', '', 'すみません、間違えて同じ本を2冊注文してしまいました。1冊未開封なので返品したいのですが、どうすればよいでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '送料について', 'お世話になっております。商品ページには送料無料と書いてありましたが、注文確定後に送料550円が加算されていました。こちらの分を返金していただけないでしょうか。'],
  ['delivery_status', false, 'ja', 'JP', '', '昨日発送しましたとメールが来ましたが、追跡番号が書いてありませんでした。教えてもらえますか？'],
  ['delivery_status', false, 'ja', 'JP', '鈴木 一郎様からのお問い合わせ', 'お世話になっております。25日に引っ越しの予定があり、それまでに受け取りたいのですが、いつ頃到着予定か教えていただけますか。'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, beim Auspacken des Bilderrahmens habe ich gesehen, dass das Glas an der Ecke einen Sprung hat. Die Verpackung war außen unbeschädigt. Ich bitte um Ersatz. Mit freundlichen Grüßen, H. Krämer'],
  ['delivery_status', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Sabine Roth (Bestellung: 028-3318274-6612039)', 'Hallo, ich warte seit über einer Woche auf meine Bestellung. Laut DHL wurde das Paket nie an sie übergeben. Können Sie bitte prüfen, ob es überhaupt verschickt wurde?'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi, der Rucksack gefällt mir leider nicht so gut wie auf den Fotos, die Farbe ist mir zu grell. Kann ich ihn zurückgeben? Er ist unbenutzt. Freundliche Grüsse'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, zwei Tage nach meinem Kauf ist der Preis für die Luftmatratze um 20 Euro gefallen. Wäre es möglich, mir den Unterschied zu erstatten? Vielen Dank im Voraus'],
  ['damaged_or_defective', false, 'fr', 'FR', 'Demande du client Amazon Julien Martin', "Bonjour, la perceuse fonctionne mais la batterie ne tient que dix minutes alors qu'elle est annoncée pour une heure. Je l'ai chargée toute la nuit. Pouvez-vous me proposer une solution ? Merci"],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, ma commande est marquée comme expédiée depuis lundi mais le lien de suivi ne donne aucune information. Pouvez-vous vérifier auprès du transporteur s'il vous plaît ?"],
  ['return_request', false, 'fr', 'CA', '', "Bonjour, j'ai reçu les bottes d'hiver mais elles taillent petit, je ne peux pas les porter avec des chaussettes épaisses. Est-ce que je peux les échanger pour une pointure au-dessus ? Merci!"],
  ['refund_request', false, 'it', 'IT', 'Rimborso reso', "Buongiorno, avete ricevuto il mio reso il 10 marzo (ho la ricevuta del corriere) ma sul conto non vedo ancora nessun accredito. Potete controllare per favore? Grazie, Paolo"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Salve, la friggitrice ad aria è arrivata con il cestello ammaccato e non si chiude bene. L'imballo esterno era tutto schiacciato. Vorrei sapere come procedere. Grazie"],
  ['delivery_status', false, 'it', 'IT', '', 'Buongiorno, mi sapete dire se il pacco arriverà entro sabato? È un regalo per una comunione. Grazie mille'],
  ['return_request', false, 'es', 'ES', '', 'Hola, compré la mochila para mi hijo pero en el colegio le han pedido una de otro tamaño. Está sin estrenar, con la etiqueta. ¿Podría devolverla y que me reembolséis? Gracias'],
  ['refund_request', false, 'es', 'MX', 'Cargo doble', 'Buen día, revisando mi estado de cuenta veo dos cargos por la misma orden 701-5512093-3380012. Solo hice una compra. ¿Me pueden regresar uno de los cobros? Gracias'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenas, la freidora llegó con el cable pelado justo al lado del enchufe, me da miedo usarla así. ¿Me podéis mandar otra? Saludos'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, vattenkokaren läcker från botten så fort jag fyller den. Kan ni skicka en ny? Tack, Anna'],
  ['delivery_status', false, 'nl', 'BE', '', 'Dag, ik heb vorige week een boormachine besteld en de bezorging is al twee keer uitgesteld. Weten jullie wanneer hij nu eindelijk komt? Groeten, Pieter'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, odesłałem buty 5 marca, paczka została odebrana przez sklep, ale pieniądze jeszcze do mnie nie wróciły. Proszę o informację, kiedy otrzymam zwrot.'],
  ['return_request', false, 'pt', 'PT', '', 'Boa tarde, comprei um casaco que afinal não me fica bem nos ombros. Ainda tem as etiquetas. É possível devolvê-lo e receber o reembolso? Obrigada'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, gelen süpürgenin hortumu yırtık, emiş gücü hiç yok. Değişim yapabilir misiniz? Teşekkürler'],
  // ── batch 3
  ['damaged_or_defective', false, 'en', 'US', 'Inquiry from Amazon customer Rachel Kim (Order: 114-8830192-5520731)', "Hello, I received the 12-piece glass food container set today. The containers are fine but four of the lids don't snap shut, the clips on one side are too loose. I'd rather have replacement lids than return the whole set. Thank you, Rachel"],
  ['damaged_or_defective', false, 'en', 'AU', '', "Hi, the solar garden lights arrived last week. I left them in full sun for three days like the instructions say and only two out of eight light up at night. Is there something I'm missing or are they faulty?"],
  ['refund_request', false, 'en', 'UK', '', "Hi, I cancelled my order within an hour of placing it and Amazon confirmed the cancellation, but £64.99 has still gone out of my account. Could you please make sure this is returned to me? Thanks, Tom"],
  ['return_request', false, 'en', 'US', 'Return question', "Hello, I bought this as a gift but the person already has one. It hasn't been opened. Am I still able to return it even though it's been 25 days? Thanks"],
  ['delivery_status', false, 'en', 'CA', '', 'Hello, I ordered two weeks ago and the estimated delivery was last Monday. The tracking number you gave me shows "no information available" on Canada Post. Can you please check whether the parcel was actually handed over? Thanks, Louise'],
  ['delivery_status', false, 'en', 'IN', '', 'Hello team, my order is showing delayed and new date is after 10 days. Kindly tell me the reason for delay and confirm if it will come before Diwali. Thanks and regards'],
  ['return_request', false, 'en', 'UK', '', "Hi, I don't want a refund, I'd just like to exchange the trainers for a size 9 as the 8 are a bit tight. Is that possible? Cheers"],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'いつもお世話になっております。届いたお皿セットのうち、1枚に欠けがありました。縁の部分が少し欠けています。1枚だけ交換していただくことは可能でしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'スマホスタンド届いたけど角度調整のとこがゆるゆるで、スマホ乗せるとすぐ倒れちゃいます。不良品ですか？'],
  ['delivery_status', false, 'ja', 'JP', '', '注文してから10日たつけどまだ発送されてないみたいです。在庫ありになってたのに…いつ送ってもらえますか？'],
  ['return_request', false, 'ja', 'JP', '伊藤 真理様からのお問い合わせ', 'お世話になっております。購入したカーテンですが、窓の寸法を測り間違えて丈が足りませんでした。未使用ですので、長いサイズと交換していただくことはできますでしょうか。'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, bei dem Regal fehlen die kleinen Holzdübel komplett, in der Tüte waren nur Schrauben. Ohne die kann ich es nicht aufbauen. Könnten Sie mir welche nachschicken? Danke, Markus'],
  ['refund_request', false, 'de', 'DE', 'Rückerstattung', 'Guten Tag, die Rücksendung ist laut Hermes am 12. bei Ihnen eingegangen. Bis heute habe ich jedoch keine Gutschrift auf meinem Konto. Wann darf ich damit rechnen? Mit freundlichen Grüßen'],
  ['delivery_status', false, 'de', 'AT', '', 'Hallo, die Lieferung war für Dienstag angekündigt, heute ist Freitag und es ist nichts passiert. Die Sendungsverfolgung zeigt nur „in Zustellung“. Wissen Sie mehr? LG'],
  ['return_request', false, 'de', 'DE', '', 'Guten Abend, ich möchte die Bettwäsche gerne zurückgeben, sie ist nicht aus so weichem Stoff wie ich dachte. Sie ist noch originalverpackt. Schicken Sie mir bitte ein Rücksendeetikett?'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, j'ai commandé une housse de couette 240x220 et j'ai reçu une 200x200. L'étiquette sur le paquet indique pourtant la bonne taille. Pouvez-vous m'envoyer la bonne ? Merci, Nathalie"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai été débité deux fois pour la même commande, je vois deux prélèvements de 39,90 € sur mon relevé. Merci de me rembourser le second. Cordialement"],
  ['delivery_status', false, 'fr', 'CH', '', "Bonjour, mon colis est indiqué comme livré en point relais depuis hier mais le commerçant dit qu'il ne l'a pas. Que dois-je faire ? Merci"],
  ['damaged_or_defective', false, 'it', 'IT', 'Richiesta dal cliente Amazon Giulia Ferri', "Buongiorno, il materasso gonfiabile perde aria durante la notte, al mattino è completamente sgonfio. L'ho usato solo due volte. Potete sostituirlo? Grazie"],
  ['refund_request', false, 'it', 'IT', '', 'Salve, ho annullato l\'ordine subito dopo averlo fatto ma l\'importo mi è stato addebitato lo stesso sulla carta. Quando mi verrà restituito? Grazie'],
  ['return_request', false, 'it', 'IT', '', 'Buongiorno, ho ricevuto le scarpe ma il colore dal vivo è molto diverso da come me lo immaginavo, non mi convince. Vorrei fare il reso, come devo fare? Grazie'],
  ['delivery_status', false, 'es', 'ES', 'Consulta de un cliente de Amazon', 'Hola, el seguimiento dice que el paquete está en reparto desde hace tres días pero no llega. ¿Podéis contactar con la empresa de transporte? Gracias'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Hola buenas tardes, me llegó la licuadora pero el vaso viene estrellado de la base y tira agua. Quisiera saber si me pueden mandar otro vaso o cómo le hacemos. Gracias'],
  ['refund_request', false, 'es', 'ES', '', 'Buenas, devolví las zapatillas hace tres semanas por correo y Amazon me dice que ya las habéis recibido, pero el dinero no me ha entrado. ¿Me lo podéis revisar? Gracias'],
  ['return_request', false, 'es', 'MX', '', 'Buenas tardes, la silla está bien pero no combina con mi escritorio. ¿Se puede regresar? Todavía la tengo en su caja. Gracias'],
  ['delivery_status', false, 'pt', 'BR', '', 'Boa tarde, comprei o fone dia 5 e até agora o pedido consta como "aguardando envio". Quando vocês vão enviar? Obrigado'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, czajnik przecieka przy uchwycie, woda kapie na blat. Proszę o wymianę na nowy. Pozdrawiam'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, jag beställde en regnjacka för tio dagar sedan och har inte fått något spårningsnummer. Har den skickats? Mvh Lina'],
  ['refund_request', false, 'nl', 'NL', '', 'Goedendag, ik heb de jas drie weken geleden teruggestuurd, jullie hebben hem ontvangen volgens PostNL, maar ik heb mijn geld nog steeds niet terug. Kunnen jullie dit nakijken?'],
  ['delivery_status', false, 'tr', 'TR', '', 'Merhaba, siparişim 4 gündür "hazırlanıyor" görünüyor. Kargoya ne zaman verilecek acaba? Teşekkürler'],
];

/**
 * Probes these rules would get right but the message as a whole does not, because of a part outside rules/damaged,
 * return, refund and delivery: each names the culprit. Run with it.fails, so a fix elsewhere makes the test fail and
 * the row moves up into `rows`.
 */
const gaps: Array<[...Row, string]> = [
  ['refund_request', false, 'ja', 'JP', '返金のお願い', 'お世話になっております。注文後すぐにキャンセルの手続きをしましたが、クレジットカードに請求が来ております。返金の手続きをお願いできますでしょうか。', 'cancel.ts/decide.ts: 「キャンセルの手続きをしましたが、クレジットカードに請求が来ております。返金の手続きをお願い」 is a charge after a done cancellation (refund.ts finds it at strength 3), but cancel\'s \'already asked Amazon to cancel\' (also 3) wins on priority; when refund.ts\' charged-after-cancelling evidence is present the already-cancelled evidence should yield'],
  ['damaged_or_defective', true, 'en', 'US', '', "The drone you sent doesn't even turn on. I'm not going through the return hassle. Refund me in full today or I'll report you to Amazon and leave a 1-star review.", 'scam.ts: "I\'m not going through the return hassle" + "refund me in full … or I\'ll report you … 1-star review" is a refund without return under threat; the no-return family should include "not going through the return (hassle|process)"'],
  ['refund_request', true, 'en', 'US', '', "The blender works fine but I found it cheaper elsewhere. Refund me the full price now and I'll keep this one, otherwise I'm leaving 1 star and filing an A-to-z.", 'scam.ts: "I\'ll keep this one" with "refund me the full price" and a 1-star/A-to-z threat is a refund without return under threat; the keeping-the-item pattern should accept "keep this one / keep it" after a refund demand'],
  ['refund_request', false, 'de', 'AT', '', 'Grüß Gott, ich habe die Bestellung am Montag storniert und die Stornobestätigung bekommen, der Betrag wurde aber trotzdem von meiner Kreditkarte abgebucht. Bitte überweisen Sie das Geld zurück. Danke', 'scam.ts: "überweisen Sie das Geld zurück" asks to reverse a card charge, not for a bank transfer outside Amazon; "überweisen" should need an account/IBAN/Konto or a payee that is not the card'],
];

export const PROBES_3: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));

export const KNOWN_GAPS_3: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
