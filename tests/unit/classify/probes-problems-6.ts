/**
 * Round-6 probe messages for the "problem" categories (damaged_or_defective, return_request, refund_request,
 * delivery_status), written for these tests in the style of the evaluation data: natural, medium length, one clear
 * concern plus context, polite openings and sign-offs, realistic order details, marketplaces matching the language,
 * Amazon's inquiry-wrapper subjects. Products and situations vary widely (strollers, cat trees, hair irons, car
 * parts, pet food, office chairs, phone cases, toys, gifts, konbini payment, Prime orders) and some messages hold two
 * concerns where the TAXONOMY priority order decides. Never copied or paraphrased from the dev corpus or from the
 * earlier probe files. Written in batches of about 30, each run before any fix (see the commit log for how many of
 * each batch failed first).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '佐々木 優子様からのお問い合わせ', 'お世話になっております。先日購入したベビーカーですが、組み立ての途中で右側の車輪の軸が曲がっていることに気づきました。このままでは使用できませんので、部品の交換をお願いできますでしょうか。よろしくお願いいたします。'],
  ['delivery_status', false, 'ja', 'JP', '', 'はじめまして。12月3日にコンビニ払いで注文し、当日中に支払いを済ませました。年末に帰省するので、それまでに届くか教えていただけますか。'],
  ['refund_request', false, 'ja', 'JP', '', '先月返品したスニーカーの件です。注文履歴では「返金済み」となっていますが、クレジットカードの明細にはまだ載っていません。ご確認をお願いします。'],
  ['return_request', false, 'ja', 'JP', '', 'キャットタワーを注文しましたが、うちの猫が全く興味を示さず…。組み立て前で箱も開けていない状態です。返送させていただくことはできますか？送料はこちらで負担します。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ヘアアイロンを購入しましたが、電源を入れても温度が上がらず、ランプが点滅したままです。初期不良だと思いますので対応をお願いします。'],
  ['delivery_status', false, 'ja', 'JP', '', '注文した車のフロアマットまだ来ないんだけど、いつ発送してくれるの？もう1週間たってるよ'],
  ['damaged_or_defective', false, 'en', 'US', '', "Hi, I ordered the 6-pack of stainless steel straws and the cleaning brush that's listed as included was not in the package. Could you send one out? Thanks, Beth"],
  ['delivery_status', false, 'en', 'US', 'Inquiry from Amazon customer Kevin Ortiz (Order: 112-5530917-2284406)', "Hello, I placed an order for two bags of cat litter on Sunday with 2-day shipping. It's Thursday and the order page still just says 'Shipping soon'. Has it gone out yet? Thanks, Kevin"],
  ['refund_request', false, 'en', 'US', '', "Hi, I returned the bluetooth speaker at a UPS drop-off on the 4th and the return shows as received, but the refund is still pending after 10 days. Can you please release it? Thanks"],
  ['return_request', false, 'en', 'UK', '', "Hello, I bought this desk lamp as a present for my mum but it turns out she already has the same one. It hasn't been taken out of the box. What's the process for sending it back? Regards, Nadia"],
  ['delivery_status', false, 'en', 'US', '', "Hello, my order of printer ink was supposed to arrive on Monday and it's still not here. If it doesn't show up by Friday I'd like a refund instead. Thanks, Alan"],
  ['damaged_or_defective', false, 'en', 'CA', '', "Hi, I need to return the hiking boots. The left sole started peeling away from the upper after two short walks. Please advise. Greg"],
  ['refund_request', false, 'en', 'IN', '', "Dear sir, the price of the air fryer is reduced by Rs 1200 just after 2 days of my purchase. Kindly refund the difference amount to my account. Regards, Suresh"],
  ['damaged_or_defective', true, 'en', 'US', '', "The blender jar cracked the first time I used it. I won't be sending anything back, just refund me today or I'm opening an A-to-z claim."],
  ['delivery_status', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Petra Weiß', 'Sehr geehrte Damen und Herren, meine Bestellung (Autositzbezüge, Bestellnr. 028-3319204-7781126) liegt laut Sendungsverfolgung seit Samstag im Paketzentrum Leipzig. Können Sie bitte nachhaken, ob es ein Problem gibt? MfG Petra Weiß'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, die Spielküche ist heute angekommen, aber im Karton lag die Anleitung für ein ganz anderes Modell und die Bohrungen passen nicht zu den Bildern. Können Sie uns die richtige Anleitung schicken? Gruß, Familie Brandt'],
  ['refund_request', false, 'de', 'AT', '', 'Guten Tag, ich habe die Handyhülle am 3. zurückgeschickt, laut DHL ist sie am 6. bei Ihnen eingegangen. Die Erstattung lässt aber weiter auf sich warten. Bitte prüfen Sie das. Freundliche Grüße, T. Kaya'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, die Laufschuhe fallen eine halbe Nummer zu klein aus. Ich würde sie gern gegen 43 tauschen, sie wurden nur einmal in der Wohnung anprobiert. Wie gehe ich da vor? LG Max'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai renvoyé le tapis de yoga il y a trois semaines (colis déposé en point relais le 2), et je n'ai toujours pas été remboursée. Pouvez-vous vérifier ? Merci d'avance, Camille"],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, le fauteuil de bureau est arrivé hier, mais le vérin ne tient pas : le siège redescend tout seul dès qu'on s'assoit. Je souhaiterais un remplacement de la pièce. Cordialement, M. Lefèvre"],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, commande passée le 18 pour un cadeau d'anniversaire (des Lego Technic). Le suivi indique « en cours d'acheminement » depuis six jours. Pourriez-vous me dire si le colis a un problème ? Merci, Nathalie"],
  ['delivery_status', false, 'it', 'IT', '', "Buongiorno, ho acquistato uno pneumatico per lo scooter il 5 maggio con consegna prevista il 9. Oggi è il 14 e dal corriere nessun avviso. Potete verificare? Grazie, Marco"],
  ['return_request', false, 'it', 'IT', '', "Salve, ho ordinato per errore due confezioni di crocchette invece di una. Una è ancora sigillata, posso rimandarvela e avere il rimborso di quella? Grazie, Chiara"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buonasera, la cover per iPhone 15 che mi è arrivata ha il foro della fotocamera spostato e copre metà dell'obiettivo. Evidentemente è per un altro modello. Mi potete mandare quella giusta? Saluti"],
  ['delivery_status', false, 'es', 'MX', '', 'Buenas tardes, hice un pedido de croquetas para mi perro hace 8 días y en la página sigue diciendo que está en camino. ¿Me podrían decir qué pasó? Gracias, Lupita'],
  ['refund_request', false, 'es', 'ES', '', 'Hola, devolví la freidora de aire y ya me confirmaron que la recibieron, pero el reembolso no aparece en mi tarjeta. ¿Cuánto suele tardar? Saludos, Andrés'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, me ha llegado la silla de escritorio pero falta uno de los reposabrazos, en la caja solo venía uno. ¿Me lo podéis enviar? Gracias, Marta'],
  ['return_request', false, 'nl', 'NL', '', 'Goedemiddag, ik heb de regenjas in maat L besteld maar hij valt erg ruim. Mag ik hem omruilen voor een M? Hij is niet gedragen. Met vriendelijke groet, Sanne'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, zamówiłem opony zimowe 10 dni temu i nadal nie dostałem informacji o wysyłce. Kiedy mogę spodziewać się paczki? Pozdrawiam, Tomasz'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, hundbädden vi fick har en stor reva i tyget på ena sidan och stoppningen tittar ut. Kan ni skicka en ny? Mvh Anna'],
  ['refund_request', false, 'pt', 'PT', '', 'Boa tarde, devolvi o aspirador há duas semanas e a Amazon confirmou a receção, mas o reembolso ainda não foi feito. Podem verificar, por favor? Cumprimentos, Rui'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, aldığım telefon şarj kablosu iki gün sonra çalışmayı bıraktı, telefonu şarj etmiyor. Değişim yapabilir misiniz? Teşekkürler'],
  // ── batch 2
  ['delivery_status', false, 'ja', 'JP', '', '株式会社ミナト総務部の田中です。弊社で注文いたしました事務用チェア10脚の件ですが、納期の目安をお知らせいただけますでしょうか。来週の搬入に間に合うか確認したく存じます。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '化粧水を注文したところ、キャップがゆるんでいて中身が半分ほど漏れ出していました。箱もびしょびしょです。新しいものを送っていただけますか。'],
  ['refund_request', false, 'ja', 'JP', '', 'コンビニ払いの支払いを間違えて二重に支払ってしまいました。1件分を返金してもらえますか。お手数をおかけします。'],
  ['return_request', false, 'ja', 'JP', '', '届いたワンピース、傷や汚れは全くないのですが、着てみたら丈が思ったより短かったので返品したいです。'],
  ['return_request', false, 'en', 'US', 'Inquiry from Amazon customer Diane Russo (Order: 114-2290476-5518327)', "Hi there, this was a gift order for my nephew, but his parents had already bought him the same scooter. Would you accept it back unopened? Happy to pay the return postage. Many thanks, Diane"],
  ['delivery_status', false, 'en', 'US', '', "hey just checking on my order of the dog harness, amazon said arriving tuesday and now it says delayed with no new date. any idea whats going on? thx"],
  ['refund_request', false, 'en', 'US', '', "Good afternoon, I was charged $18.99 for expedited shipping but the package came by standard post 9 days later. I'd appreciate having the shipping fee refunded. Best, Laura"],
  ['damaged_or_defective', false, 'en', 'UK', '', "Hi, only one of the two boxes for the wardrobe has arrived, and that one has a corner completely crushed with the panel inside split. When will the second box come?"],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, die bestellte Fahrradlampe leuchtet nur noch schwach und geht nach ein paar Minuten von selbst aus, obwohl der Akku voll ist. Können Sie mir ein Ersatzgerät schicken? Viele Grüße, Jan Peters'],
  ['delivery_status', false, 'de', 'DE', '', 'Hallo, ich warte noch auf meine Lieferung vom 2. März (Katzenfutter, 12 kg). Im Kundenkonto steht nur „Versand in Kürze“. Wann wird das Paket denn verschickt? Danke, Ines'],
  ['return_request', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, die bestellte Tischdecke passt farblich leider nicht zu unserem Esszimmer. Sie ist unbenutzt und originalverpackt. Ich möchte sie gerne zurückgeben. Mit freundlichen Grüßen, R. Vogel'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, ich habe den Staubsauger am Montag für 249 € gekauft, heute kostet er bei Ihnen nur noch 199 €. Ist eine Erstattung der Differenz möglich? Gruß, Stefan'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, le livre de recettes commandé est arrivé avec une trentaine de pages collées entre elles, impossibles à séparer sans les déchirer. Pourriez-vous m'en envoyer un autre exemplaire ? Bonne journée, Aurélie"],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, j'ai commandé deux tailles du même jean pour essayer. Le 38 me va, je voudrais renvoyer le 40 qui n'a pas été porté. Comment dois-je faire ? Merci, Inès"],
  ['delivery_status', false, 'fr', 'FR', '', "bjr, ma commande de croquettes pour chat devait arriver hier, toujours rien dans ma boite aux lettres ni en point relais. vous savez ou elle est ? merci"],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai annulé la commande de la table basse avant son expédition, l'annulation a été confirmée mais ma carte a quand même été débitée de 129 €. Merci de régulariser. Cordialement, Paul"],
  ['delivery_status', false, 'fr', 'BE', '', "Bonjour, le colis de la machine à café est indiqué livré depuis lundi mais je ne l'ai jamais eu, ni voisin ni gardien. Je souhaite être remboursé si vous ne le retrouvez pas. Cordialement, Hugo"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, il monopattino per bambini è arrivato ma una delle ruote anteriori gira a fatica e fa un rumore strano. Mia figlia non riesce a usarlo. Come possiamo risolvere? Grazie, Paola"],
  ['refund_request', false, 'it', 'IT', '', "Salve, ho reso il piumino due settimane fa, risulta consegnato al magazzino ma del rimborso ancora nessuna traccia. Potete controllare? Grazie, Davide"],
  ['delivery_status', false, 'it', 'IT', '', "Buonasera, vorrei sapere a che punto è il mio ordine del tavolino da giardino: è stato pagato il 3 e non ho ancora ricevuto la mail di spedizione. Grazie mille, Serena"],
  ['return_request', false, 'it', 'IT', '', "Ciao, ho preso un paio di ciabatte numero 41 ma mi vanno larghe. Si possono cambiare con il 40? Le ho provate solo in casa. Grazie, Luca"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, le barrette proteiche che ho ricevuto hanno la data di scadenza di due mesi fa. Non posso darle ai miei clienti in palestra. Chiedo la sostituzione. Cordiali saluti, Fabio"],
  ['delivery_status', false, 'es', 'MX', '', 'Hola buenas, mi orden de unas balatas para el carro ya tiene 5 días de retraso y el número de guía no muestra movimiento. ¿Me pueden apoyar? Gracias'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenos días, el patinete eléctrico llegó con la batería que no carga: la luz se queda en rojo y no pasa nada. ¿Qué hago? Un saludo, Sergio'],
  ['return_request', false, 'es', 'ES', '', 'Hola, me regalaron este robot de cocina por mi cumple pero ya tenía uno. Lo pidió mi hermana desde su cuenta. ¿Podría devolverse aunque no sea yo la compradora? Gracias'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas, ¿sabéis si el pedido de la lavadora saldrá esta semana? Tengo que organizar a alguien en casa para recibirla. Gracias, Pilar'],
  ['delivery_status', false, 'nl', 'NL', '', 'Hallo, mijn bestelling met de autostoel zou gisteren bezorgd worden, maar volgens de track & trace ligt hij nog in het depot. Weten jullie wanneer hij komt? Groet, Ruben'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, zamówiona lampka nocna nie świeci, a po podłączeniu ładowarki nic się nie dzieje. Proszę o wymianę na sprawną. Pozdrawiam, Ewa'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej, jag skickade tillbaka kaffebryggaren för tre veckor sedan och den är mottagen enligt spårningen, men jag har ännu inte fått tillbaka pengarna. Mvh Lars'],
  ['delivery_status', false, 'pt', 'BR', '', "Boa tarde, comprei uma ração para gato no dia 5 e até agora o pedido consta como 'em preparação'. Vocês conseguem me dizer quando vai ser enviado? Obrigado, Felipe"],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, aldığım ayakkabı bir numara büyük geldi. Bir küçük numarayla değiştirmek istiyorum, kutusu ve etiketi duruyor. Nasıl yapabilirim? Teşekkürler'],
  // once known gaps, fixed since
  ['refund_request', false, 'es', 'MX', '', 'Buenas tardes, cancelé mi pedido de la cuna a los 10 minutos y aun así me hicieron el cargo en mi tarjeta. ¿En cuánto tiempo me lo regresan? Saludos'],
];

export const PROBES_6 = fromRows(rows);

/**
 * Probes whose own rules (damaged, return, refund, delivery) are right but whose result is not, because of a file
 * outside them; each names the culprit and what should change there. Run with it.fails: when a fix elsewhere makes
 * one pass, its test fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [];

export const KNOWN_GAPS_6 = fromGapRows(gaps);
