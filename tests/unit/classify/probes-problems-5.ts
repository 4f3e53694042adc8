/**
 * Round-5 probe messages for the "problem" categories (damaged_or_defective, return_request, refund_request,
 * delivery_status), written for these tests in the style of the evaluation data: natural, medium length, one clear
 * concern plus context, polite openings and sign-offs, realistic order details, marketplaces matching the language,
 * Amazon's inquiry-wrapper subjects. This round varies the products and situations (clothing, cosmetics and food with
 * expiry dates, books, furniture to assemble, toys, car parts, pet supplies, phone accessories, large appliances,
 * gifts, business buyers, Prime/FBA, konbini payment) and combines two concerns where the TAXONOMY priority order
 * decides. Never copied or paraphrased from the dev corpus or from the earlier probe files. Written in batches of
 * about 30, each run before any fix (see the commit log for how many of each batch failed first).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'en', 'US', 'Inquiry from Amazon customer Dana Whitfield (Order: 113-4482019-6637281)', "Hello, the bookshelf arrived yesterday and I started putting it together tonight. The left side panel has the pre-drilled holes on the wrong face, so the shelves can't be attached the way the instructions show. Could you send a correct side panel? Everything else is fine. Thank you, Dana"],
  ['damaged_or_defective', false, 'en', 'UK', '', "Hi, I ordered the vitamin C serum and the box says best before 03/2024, which is already past. The liquid has also turned a darker orange. I'd rather not put it on my face. Can you replace it with a fresh batch? Thanks, Priya"],
  ['refund_request', false, 'en', 'US', '', "Hi there, I was charged twice for the same order of dog food (two identical charges of $54.99 on my card on the 9th) but only one bag was ordered and delivered. Could you please refund the duplicate charge? Thanks, Marcus"],
  ['delivery_status', false, 'en', 'CA', 'Inquiry from Amazon customer Olivia Chen', "Good morning, I bought the winter tires set as a Prime order last Monday and the tracking hasn't moved from 'label created' for five days. I have an appointment at the garage on Friday to get them mounted. Could you tell me when they'll actually ship? Thanks, Olivia"],
  ['return_request', false, 'en', 'US', '', "Hi, my daughter got this LEGO set for her birthday from two different relatives, so we have a duplicate. The box is still sealed. Is it possible to return this one? We don't have the gift receipt but it was ordered from this account. Thanks!"],
  ['damaged_or_defective', false, 'en', 'AU', '', "Hi, the phone case I bought for my Pixel 8 doesn't fit at all, the camera cutout is in the wrong spot and it covers the lens. The listing clearly says Pixel 8. I think you sent the case for a different model. Cheers, Tom"],
  ['refund_request', false, 'en', 'UK', '', "Hello, I sent the jumper back over three weeks ago with the prepaid label and the tracking shows it was delivered to your warehouse on the 2nd. I still haven't seen the £34 on my account. Could you look into it please? Kind regards, Helen"],
  ['delivery_status', false, 'en', 'IN', '', "Dear Seller, I ordered one mixer jar set on 12th, it was showing delivery by 16th. Today is 19th and still it is showing in transit only. Please update me when I will get it. Thanking you, Ramesh"],
  ['damaged_or_defective', false, 'ja', 'JP', '山本 恵子様からのお問い合わせ', 'いつもお世話になっております。先日こちらで購入したドッグフードですが、袋の底の部分に穴があいており、中身が箱の中にこぼれておりました。衛生面が心配ですので、新しいものと交換していただくことは可能でしょうか。よろしくお願いいたします。'],
  ['delivery_status', false, 'ja', 'JP', '', 'お世話になります。コンビニ払いで注文し、3日前にローソンで支払いを済ませたのですが、ステータスがまだ「未発送」のままです。いつ頃発送していただけますでしょうか。'],
  ['return_request', false, 'ja', 'JP', '', 'こんにちは。孫へのプレゼントにと思いおもちゃを購入しましたが、同じものを娘がすでに買っていたことが分かりました。未開封のままですので返品させていただきたいのですが、どのようにすればよろしいでしょうか。'],
  ['refund_request', false, 'ja', 'JP', '', 'お世話になっております。返品した冷蔵庫の件ですが、集荷から2週間経ってもまだ返金されておりません。返金の状況を確認していただけますか。よろしくお願いします。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '車のワイパーを注文したのですが、届いたものが長さ400mmで、注文したのは450mmです。取り付けできないので正しいものを送ってください。'],
  ['damaged_or_defective', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Sabine Krüger (Bestellung: 302-7719204-5582013)', 'Guten Tag, beim Aufbau des Kleiderschranks habe ich festgestellt, dass zwei der Scharniere fehlen und eine Tür eine tiefe Macke an der Kante hat. Bitte schicken Sie mir die fehlenden Teile und eine neue Tür. Mit freundlichen Grüßen, Sabine Krüger'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, ich habe die Winterjacke in M bestellt, sie ist mir aber an den Ärmeln zu kurz. Kann ich sie gegen eine L umtauschen? Sie ist ungetragen und noch mit Etikett. Viele Grüße, Jonas'],
  ['delivery_status', false, 'de', 'CH', '', 'Grüezi, ich habe vor zehn Tagen ein Katzenkratzbaum bestellt und bis jetzt keine Versandbestätigung bekommen. Können Sie mir sagen, wann er versendet wird? Freundliche Grüsse, Ursula'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, ich hatte Premium-Versand bezahlt, das Paket kam aber erst nach einer Woche an. Ich bitte um Erstattung der Versandkosten von 5,99 €. Danke und Gruß'],
  ['damaged_or_defective', false, 'fr', 'FR', 'Demande de renseignements de la part du client Amazon Julien Moreau', "Bonjour, la perceuse que j'ai reçue ne fonctionne que quelques secondes puis s'arrête, même avec la batterie chargée à fond. J'ai essayé avec la deuxième batterie, même chose. Merci de me dire comment procéder pour un échange. Julien"],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, j'ai commandé un lave-vaisselle il y a deux semaines et je n'ai eu aucune nouvelle pour la livraison. Le transporteur devait m'appeler pour prendre rendez-vous. Pouvez-vous me dire où en est ma commande ? Merci, Sylvie"],
  ['return_request', false, 'fr', 'BE', '', "Bonjour, j'ai acheté ce roman en anglais par erreur, je pensais que c'était la traduction française. Il n'a pas été ouvert. Puis-je vous le renvoyer ? Bien à vous, Claire"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, ho ricevuto il set di pentole ma il coperchio grande ha il vetro incrinato e una maniglia si muove. Vorrei sapere se potete mandarmi un coperchio nuovo. Cordiali saluti, Francesca"],
  ['delivery_status', false, 'it', 'IT', 'Richiesta da un cliente Amazon', "Salve, ho ordinato un seggiolino auto per mio figlio una settimana fa e il tracciamento è fermo a 'in transito' da giovedì. Ci serve per sabato. Sapete dirmi quando arriverà? Grazie mille"],
  ['return_request', false, 'it', 'IT', '', "Ciao, ho comprato due paia di sneakers di numeri diversi per provarle, il 39 mi va bene. Vorrei restituire il 40, ancora nella scatola. Come devo fare? Grazie, Giulia"],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, me ha llegado el cargador inalámbrico pero el móvil no carga cuando lo pongo encima, la luz parpadea en azul y nada. He probado con dos móviles distintos. ¿Me lo podéis cambiar? Gracias, Pablo'],
  ['refund_request', false, 'es', 'MX', '', 'Buenas tardes, devolví la licuadora hace tres semanas por el servicio de paquetería y en el estatus ya sale como recibida, pero todavía no veo el reembolso en mi tarjeta. ¿Me pueden apoyar? Gracias'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenos días, el pedido de las sábanas sale como enviado desde el lunes pero el número de seguimiento no funciona en la web de la agencia. ¿Me podéis decir con qué transportista va y cuándo llega? Un saludo'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hallo, de stofzuiger die ik vorige week heb ontvangen laadt niet meer op. Het lampje blijft rood knipperen. Kunnen jullie een nieuwe sturen of moet ik hem terugsturen? Groeten, Sanne'],
  ['return_request', false, 'pl', 'PL', '', 'Dzień dobry, kupiłam sukienkę w rozmiarze 38, ale jest za mała. Chciałabym ją zwrócić, metki są nadal przyczepione. Jak mam to zrobić? Pozdrawiam, Anna'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, jag beställde en barnvagn för två veckor sedan och har fortfarande inte fått något spårningsnummer. När kommer den att skickas? Tack, Karin'],
  ['refund_request', false, 'pt', 'BR', '', 'Olá, cancelei o pedido do tênis antes do envio e recebi o e-mail confirmando, mas o valor foi cobrado no meu cartão. Quando vou receber o reembolso? Obrigado, Rafael'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, aldığım telefon şarj kablosu iki gün sonra çalışmamaya başladı, telefonu hiç şarj etmiyor. Değişim yapabilir misiniz? Teşekkürler'],
  // ── batch 2
  ['damaged_or_defective', false, 'en', 'US', '', "Hi, I ordered the hardcover edition of the cookbook as a gift and when I flipped through it, pages 112 to 144 are printed twice and pages 145 to 176 are missing entirely. Seems like a binding error at the printer. Can I get a good copy sent out? Thank you, Beth"],
  ['return_request', false, 'en', 'UK', 'Inquiry from Amazon customer Gareth Evans (Order: 204-1192837-5561920)', "Hello, I ordered the cat tree for our kitten but the landlord has now said no to pets, so we're rehoming her with my parents who already have one. It hasn't been assembled and all the parts are still in the bags. Could I return it for a refund please? Many thanks, Gareth"],
  ['delivery_status', false, 'en', 'US', '', "Hey, quick question about my order of the brake pads (front set, Honda Civic 2017). Amazon says it shipped Tuesday but USPS has had no scans since then. My car is sitting in the driveway waiting for them. Any idea where it is? Thanks, Luis"],
  ['refund_request', false, 'en', 'US', '', "Hi, the listing showed a 20% off coupon for the protein powder and I clipped it before checking out, but the full price was charged. Could you refund the $9 the coupon should have taken off? Thanks, Amber"],
  ['delivery_status', false, 'en', 'CA', '', "Hello, I'm writing about order 702-8811920-4457120, the fridge water filters. I also need an invoice for my landlord, but first of all, the package hasn't arrived yet and it's a week past the delivery date. Can you check what happened? Thanks, Nadia"],
  ['damaged_or_defective', false, 'en', 'AU', '', "Hi there, the kids' ride-on car came without the charger in the box. The manual says it should be included and the listing photo shows it. We can't use it without one. Could you post one out? Thanks, Jess"],
  ['refund_request', false, 'en', 'IN', '', "Hello sir, I have returned the shoes through pickup on 3rd and the courier boy has taken it. Still refund not credited in my account. It is already 10 days. Please do the needful. Regards, Anil"],
  ['damaged_or_defective', false, 'ja', 'JP', 'お問い合わせ（注文番号: 250-7719204-3381920）', 'お世話になっております。こちらで購入したアイシャドウパレットですが、開封したところ12色のうち3色が粉々に割れており、ケースの中が粉だらけになっていました。プレゼント用に購入したものなので大変残念です。交換をお願いできますでしょうか。'],
  ['delivery_status', false, 'ja', 'JP', '', '株式会社タナカ工業の総務担当です。先週御社にコピー用紙50箱を発注いたしましたが、まだ出荷のご連絡をいただいておりません。在庫が少なくなっておりますので、出荷予定日をご連絡いただけますと幸いです。'],
  ['refund_request', false, 'ja', 'JP', '', 'プライム会員でお急ぎ便の料金も払ったのに、届いたのが予定より3日遅れでした。お急ぎ便の代金分を返金していただけないでしょうか。'],
  ['return_request', false, 'ja', 'JP', '', 'すみません、ソファカバーを買ったんですが、色が部屋に合わなかったので返品したいです。一度だけ被せてみましたが、すぐ外してたたんであります。大丈夫でしょうか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'キャットフードの袋を開けたら、中身が湿気ていて一部カビのようなものが付いていました。賞味期限はまだ先です。返金か交換をお願いします。'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, die Waschmaschine wurde gestern geliefert. Beim Auspacken habe ich gesehen, dass die Bullaugentür eine Delle hat und das Bedienfeld gesprungen ist. Die Spedition ist schon weg. Wie gehen wir jetzt vor? Mit freundlichen Grüßen, Herr Becker'],
  ['return_request', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Lena Schulz', 'Hallo, ich habe das Buch doppelt bestellt, weil ich nicht gesehen habe, dass es schon im Warenkorb war. Ein Exemplar würde ich gern zurückschicken, es ist noch eingeschweißt. Danke und viele Grüße'],
  ['refund_request', false, 'de', 'AT', '', 'Grüß Gott, mir wurde die Bestellung für das Hundebett zweimal von der Kreditkarte abgebucht, bestellt habe ich aber nur eines. Bitte überweisen Sie mir den doppelten Betrag zurück. Danke, Maria Huber'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, das Paket mit der Handyhülle ist laut DHL seit drei Tagen in der Filiale zur Abholung, aber ich habe keine Benachrichtigung bekommen und in meiner Filiale wissen sie von nichts. Können Sie nachschauen, wo es genau liegt? Danke'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, le kit de freinage reçu n'est pas le bon : les plaquettes ne correspondent pas aux étriers de ma Clio 4, alors que j'avais bien vérifié la compatibilité sur la fiche. Pourriez-vous m'envoyer la bonne référence ? Merci, Karim"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai renvoyé les bottes il y a un mois, le retour est bien indiqué comme reçu sur mon compte, mais toujours aucun remboursement sur ma carte bancaire. Merci de faire le nécessaire. Sophie"],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, j'ai offert ce parfum à ma mère mais elle ne le trouve pas à son goût. Le flacon n'a pas été ouvert, il est encore sous blister. Comment puis-je procéder pour le retourner ? Merci"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buonasera, il tiragraffi per gatti è arrivato ma mancano le viti per montare il ripiano superiore e la base ha una crepa. Potete inviarmi i pezzi mancanti? Grazie, Elena"],
  ['return_request', false, 'it', 'IT', '', "Buongiorno, ho acquistato una friggitrice ad aria ma mia moglie ne aveva già presa una al supermercato. È ancora imballata, vorrei renderla. Come posso fare il reso? Cordiali saluti"],
  ['refund_request', false, 'it', 'IT', '', "Salve, ho comprato il materasso a 289 € e la settimana dopo lo vedo a 229 €. Sarebbe possibile avere la differenza? Grazie mille, Paolo"],
  ['delivery_status', false, 'es', 'ES', 'Consulta de un cliente de Amazon', 'Buenas tardes, hice un pedido de pienso para perros hace ya diez días y en la web pone que está en reparto desde el martes, pero aquí no ha venido nadie. ¿Podéis mirar qué pasa con el envío? Gracias, Carmen'],
  ['return_request', false, 'es', 'MX', '', 'Hola buenas tardes, compré unos tenis para correr pero me quedaron chicos, necesito medio número más. ¿Puedo cambiarlos por un 27? No los he usado, solo me los probé en la casa. Gracias'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el puzzle de 1000 piezas que compré para mi padre tiene piezas repetidas y al terminarlo faltan unas quince. Es un regalo y nos ha dado mucha pena. ¿Podéis hacer algo? Un saludo'],
  ['refund_request', false, 'nl', 'NL', '', 'Goedemiddag, ik heb de koptelefoon drie weken geleden teruggestuurd en volgens de track & trace is hij ontvangen, maar ik heb het bedrag nog niet teruggekregen. Kunt u dit nakijken? Met vriendelijke groet, Daan'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, zamówiłem opony zimowe tydzień temu i nadal nie dostałem informacji o wysyłce. Kiedy mniej więcej zostaną wysłane? Pozdrawiam, Tomasz'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, mobilskalet jag fick passar inte min telefon, hålet för kameran sitter på fel ställe. Det står iPhone 15 på förpackningen men det är nog fel modell. Kan ni skicka rätt? Mvh Lisa'],
  ['return_request', false, 'pt', 'PT', '', 'Boa tarde, comprei um casaco para o meu filho mas ficou-lhe grande. Gostaria de o devolver, ainda tem as etiquetas. Podem indicar-me como fazer? Obrigada, Ana'],
  ['delivery_status', false, 'tr', 'TR', '', 'Merhaba, kedi maması siparişimi 5 gün önce verdim ama hâlâ kargoya verilmedi görünüyor. Ne zaman gönderilecek? Teşekkürler'],
  // ── batch 3
  ['delivery_status', false, 'en', 'US', '', "Hi, the first box of my patio furniture set came on Monday. The outer carton was a bit dented but the chairs inside are fine. The second box with the table still hasn't shown up and the tracking just says 'shipment information received'. Do you know when it will go out? Thanks, Greg"],
  ['refund_request', false, 'en', 'UK', '', "Hello, I bought the birthday banner and balloons for my son's party on Saturday and paid extra for next day delivery. They turned up on Tuesday, three days after the party. I don't need to send them back, but I'd appreciate a refund of the delivery charge at least. Regards, Sarah"],
  ['return_request', false, 'en', 'US', '', "Hi, I ordered the foundation in shade 220 and it's just too dark for my skin. I only swatched it on my hand once. Are you able to accept it back, or is makeup final sale? Thanks, Kayla"],
  ['damaged_or_defective', false, 'en', 'US', '', "hello my order of the dog harness came today but the buckle snaps open as soon as my dog pulls even a little bit. this is dangerous near a road. please advise thanks"],
  ['delivery_status', false, 'en', 'IN', 'Inquiry from Amazon customer Kavya Reddy', "Hello, I have ordered the induction cooktop as a gift for my mother and she is travelling on 25th. Kindly confirm it will be delivered before that date, otherwise I will have to make other arrangements. Thank you"],
  ['damaged_or_defective', false, 'en', 'UK', '', "Hi, the chocolate hamper I sent to my aunt arrived with all the truffles melted into one lump and the box smelled stale. Not great for a gift. Could you sort out a replacement or a refund? Thanks, Oliver"],
  ['return_request', false, 'ja', 'JP', '', 'お世話になっております。先日購入した組み立て式のデスクですが、届いてから部屋の寸法を測り直したところ、置くスペースが足りないことが分かりました。未組立・未開封の状態ですので、返品をお願いできますでしょうか。'],
  ['delivery_status', false, 'ja', 'JP', '', 'コンビニ決済で昨日支払いました。入金確認はできてますか？発送日が決まったら教えてほしいです。よろしくお願いします。'],
  ['refund_request', false, 'ja', 'JP', '', 'いつもありがとうございます。購入した翌日にセール価格になっていて、2,000円も安くなっていました。差額分を返金していただくことはできますでしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'スマホの充電ケーブルを買いましたが、端子部分がグラグラしていて、少し角度を変えると充電が止まってしまいます。まだ1週間しか使っていません。交換してもらえますか。'],
  ['delivery_status', false, 'ja', 'JP', 'Amazon.co.jp のお客様 中村 様からのお問い合わせ', 'FBAの商品を注文したのですが、配送業者が置き配にしたと表示されているのに、玄関にもメーターボックスにも見当たりません。どこに置かれたのか確認できますでしょうか。'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, ich habe die Druckerpatronen vor drei Wochen retourniert, Amazon hat den Eingang bestätigt. Das Geld ist aber immer noch nicht auf meinem Konto. Wann kann ich damit rechnen? Gruß, Frank'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, das Kinderfahrrad ist gestern angekommen. Leider lässt sich der Sattel nicht festziehen, die Schraube dreht einfach durch. So kann mein Sohn nicht fahren. Ich bitte um Ersatz des Teils. Mit freundlichen Grüßen'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi, die Bettwäsche gefällt mir leider nicht, die Farbe wirkt ganz anders als auf dem Bild, eher grau statt blau. Darf ich sie zurückgeben? Sie ist noch originalverpackt. Freundliche Grüsse'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, ich habe am Montag eine Matratze bestellt, Lieferung war für Donnerstag angekündigt. Heute ist Samstag und es ist noch keine Spedition gekommen, auch kein Anruf. Können Sie mir sagen, wann geliefert wird? Danke, Petra'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, je voulais savoir si mon colis pour le cadeau de ma fille arrivera bien avant samedi, c'est son anniversaire. Le suivi indique toujours « en préparation ». Merci d'avance, Isabelle"],
  ['damaged_or_defective', false, 'fr', 'BE', '', "Bonjour, le crème solaire commandée est arrivée avec le bouchon ouvert et la moitié du produit s'est répandue dans le colis. Le tube est poisseux et à moitié vide. Pouvez-vous m'en renvoyer un ? Merci"],
  ['return_request', false, 'fr', 'FR', 'Demande de renseignements de la part du client Amazon Paul Girard', "Bonjour, j'ai reçu la console de jeux mais mon fils en a finalement eu une par ses grands-parents. Je n'en ai plus l'utilité. Le carton n'a pas été ouvert. Je souhaiterais effectuer un retour. Merci de votre aide"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai payé 3,99 € de frais de livraison pour les écouteurs alors que je suis abonné Prime et que la livraison aurait dû être gratuite. Pourriez-vous me rembourser ces frais ? Merci"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Salve, ho ricevuto la crema viso ma la confezione è stata chiaramente aperta, il sigillo è rotto e il vasetto è mezzo vuoto. Non posso usarla così. Chiedo la sostituzione o il rimborso. Grazie"],
  ['delivery_status', false, 'it', 'IT', '', "Buongiorno, ordine del 2 marzo per una cuccia per cani. Il corriere ha scritto che ha tentato la consegna ma io ero in casa e nessuno ha suonato. Sapete quando ripasserà? Grazie, Roberto"],
  ['refund_request', false, 'it', 'IT', '', "Buonasera, ho annullato l'ordine delle tende il giorno stesso e mi è arrivata la conferma, ma sulla carta vedo ancora l'addebito di 64 €. Quando verranno restituiti? Grazie, Lucia"],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Buen día, el juguete de mi hijo llegó sin las pilas que dice la descripción que incluye, y aun poniéndole pilas nuevas no prende, solo hace un ruido raro. ¿Me lo pueden cambiar por otro? Gracias'],
  ['return_request', false, 'es', 'ES', '', 'Hola, compré una mochila para el cole pero a mi hija no le ha gustado el diseño. Está sin estrenar y con la etiqueta puesta. ¿Cómo hago para devolverla? Muchas gracias, Elena'],
  ['refund_request', false, 'es', 'ES', '', 'Buenos días, me habéis cobrado dos veces el mismo pedido de la cafetera, aparecen dos cargos de 79,90 € en mi tarjeta. Por favor, devolvedme uno de los cargos. Gracias, Javier'],
  ['damaged_or_defective', false, 'nl', 'BE', '', 'Dag, de kinderstoel die ik kreeg wiebelt heel erg, een van de poten is krom. Ik durf mijn dochter er niet in te zetten. Kunnen jullie een nieuwe sturen? Groetjes, Lotte'],
  ['delivery_status', false, 'nl', 'NL', '', 'Hoi, ik heb vorige week een kattenbak besteld maar heb nog geen verzendbevestiging gehad. Wanneer wordt hij verstuurd? Groet, Mark'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, odesłałam buty dwa tygodnie temu, paczka została odebrana przez sklep, ale pieniądze nadal nie wróciły na moje konto. Proszę o sprawdzenie. Pozdrawiam, Kasia'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, jag köpte en vinterjacka till min son men den var för liten. Kan jag returnera den och få pengarna tillbaka? Den är oanvänd. Tack, Erik'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Olá, a fritadeira chegou com a tampa quebrada e a cesta arranhada por dentro. Gostaria de trocar por uma nova. Aguardo retorno, obrigada, Juliana'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, ürünü iade ettim ve mağazaya ulaştığı görünüyor ama param hâlâ hesabıma yatmadı. Ne zaman iade edilecek? İyi çalışmalar'],
  // once known gaps, fixed since
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai annulé ma commande de croquettes le jour même et j'ai reçu la confirmation d'annulation, mais le montant de 42 € a quand même été débité. Pourriez-vous procéder au remboursement ? Cordialement"],
  // once a known gap, closed in round 6 (cancel/address/scam)
  ['damaged_or_defective', true, 'en', 'US', '', "The car seat cover you sent has a big tear along the seam. I'm not going to waste my time shipping it back. Refund me the full amount today or I'll leave a 1 star review and file an A-to-z claim."],
];

export const PROBES_5 = fromRows(rows);

/**
 * Probes whose own rules (damaged, return, refund, delivery) are right but whose result is not, because of a file
 * outside them; each names the culprit and what should change there. Run with it.fails: when a fix elsewhere makes
 * one pass, its test fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [
];

export const KNOWN_GAPS_5 = fromGapRows(gaps);
