/**
 * Round-12 training messages for the learned model (lib/classify/learned/), areas damaged_or_defective and
 * return_request (including Amazon's return authorization notices). Fresh labelled buyer messages written for the
 * model's training in the style of the evaluation data, never copied or paraphrased from the dev corpus or earlier
 * probe and training files: one-liners to long stories, concerns told without the category's obvious keyword,
 * registers from keigo to emoji, non-native English and typos, marketplace habits, near-misses of other categories
 * and the scam flag true and false as TAXONOMY.md says. Every row carries its true labels, whatever the classifier
 * says today. Written in batches of about 30, each measured before the next (see the commit log for the counts).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', '体重計、乗るたびに表示が2kgくらい変わります。同じ服で30秒おきに測ってもバラバラです'],
  ['return_request', false, 'ja', 'JP', '', 'ベビーカー用のレインカバー、うちの機種には合わないことが分かりました。未開封なのでお送りしてもよろしいでしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '鈴木様からのお問い合わせ（注文番号：250-6618803-1192745）', 'いつもお世話になっております。本日届きました土鍋ですが、箱を開けたところ蓋の縁が欠けておりました。梱包材は十分入っていたので輸送中かどうかは分かりませんが、このままでは使えませんのでご対応をお願いいたします。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：249-3307718-5526194）', '出品者様\n\n購入者が次の商品の返品をリクエストしました。\n\n注文番号：249-3307718-5526194\n商品名：ワイヤレスマウス 静音 ブルー\n返品理由：商品が破損していた\n購入者コメント：ホイールが空回りします\n\nセラーセントラルの返品管理から対応してください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ﾘｭｯｸの肩ひもの付け根、2回背負っただけでﾌﾞﾁって糸が切れた'],
  ['thanks', false, 'ja', 'JP', '', '代わりの電池パック本日受け取りました。ちゃんと充電できています。お手数おかけしました。'],
  ['damaged_or_defective', false, 'en', 'US', '', 'the label maker prints everything upside down and cut off halfway. tried 3 different tape cartridges'],
  ['return_request', false, 'en', 'UK', '', "Morning, I've ordered the garden parasol twice by mistake, one from you and one from another shop. Could I post yours back? Still shrink-wrapped."],
  ['damaged_or_defective', false, 'en', 'AU', 'esky', 'Lid hinge on the cooler snapped clean off first trip to the beach, the pin was basically plastic. Not great for a $90 esky mate'],
  ['return_request', false, 'en', 'US', 'Return authorization request for order # 113-2290457-6638810', 'Amazon customer Dana Whitfield has requested a return authorization for the following item:\n\nOrder ID: 113-2290457-6638810\nItem: Lodge Cast Iron Griddle 10.5 in\nQuantity: 1\nReturn reason: Bought by mistake\nBuyer comments: meant to get the round one\n\nPlease review this request in Manage Returns.'],
  ['refund_request', false, 'en', 'IN', '', 'Hello, I returned the trimmer through pickup on 3rd itself, agent took it. Refund status still shows initiated only. Please release the amount.'],
  ['damaged_or_defective', true, 'en', 'CA', '', "Snow boots leak at the seam, my socks are soaked after 10 min. I'm keeping them because I need boots NOW. Send me $60 back or it's a 1-star review and an A-to-z today."],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, bei der Nähmaschine springt der Faden ständig aus, Stiche werden ausgelassen. Nadel schon gewechselt, Anleitung befolgt.'],
  ['return_request', false, 'de', 'AT', '', 'Grüß Gott, die Laufjacke passt leider nicht, die Ärmel sind viel zu kurz. Wie kann ich sie zurückgeben? Etikett hängt noch dran.'],
  ['damaged_or_defective', false, 'de', 'DE', 'Falsche Farbe', 'Bestellt: Fliesenfugenmörtel anthrazit. Gekommen: hellgrau. Steht sogar so auf dem Eimer. Die Fliesenleger kommen Montag!'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, le grille-pain ne remonte plus les tranches, il faut les sortir à la main et ça brûle. Il a trois semaines."],
  ['return_request', false, 'fr', 'CH', '', "Bonjour, je me suis trompée de pointure pour les bottes de pluie de ma fille. Est-il possible de les échanger contre du 31 ? Jamais portées dehors."],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, avant de commander : si le matelas ne convient pas à mon dos, est-ce que je peux le renvoyer même déballé ? Merci"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Ciao, le cuffie per bambini hanno il limitatore di volume che non funziona, si sente fortissimo anche al minimo. Pericoloso per mio figlio."],
  ['return_request', false, 'it', 'IT', '', "Buongiorno, il divano letto è bello ma non passa dalla porta del soggiorno, ho misurato male io. Possiamo organizzare il ritiro?"],
  ['damaged_or_defective', false, 'it', 'IT', 'Pezzi mancanti', "Salve, nel kit della libreria mancano le mensole numero 4 e 5, ci sono solo i supporti."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el secador de pelo echa chispas por la rejilla de atrás cuando lo pongo en caliente. Lo he dejado de usar.'],
  ['return_request', false, 'es', 'MX', '', 'Que tal, me equivoqué y pedí el cargador de 20W cuando mi lap necesita el de 65W. ¿Se los puedo regresar? Ni lo saqué de la bolsita.'],
  ['damaged_or_defective', false, 'es', 'ES', 'Pedido 171-4493028-7716350', 'Buenas tardes, los auriculares que me han llegado no son los de la foto: en el anuncio tienen estuche negro con tapa magnética y estos son blancos y sin tapa. Parecen otro modelo.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hallo, de airfryer geeft na twee minuten een E3 en stopt ermee. Stekker eruit en erin helpt niet.'],
  ['return_request', false, 'nl', 'BE', 'Retour', 'Dag, ik heb de bureaulamp gekregen maar het licht is me te fel voor de slaapkamer. Mag ik hem terugsturen? Alles zit nog in de doos.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, w komplecie garnków brakuje jednej pokrywki, a na największym garnku jest wgniecenie.'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, kan jag byta täcket mot ett svalare? Det här är för varmt för oss. Förpackningen är oöppnad.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Oi, a air fryer chegou com a cesta amassada e não encaixa direito, a gaveta não fecha.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, masa lambasını yanlışlıkla iki tane sipariş etmişim. Birini iade etmek istiyorum, kutusu açılmadı.'],
  // ── batch 2
  ['damaged_or_defective', false, 'ja', 'JP', '', '加湿器の水タンク、底のキャップを締めても床に水たまりができます。パッキンがよれてる気がします。'],
  ['return_request', false, 'ja', 'JP', '', 'こんばんは。息子用に買ったスパイクですが、部活で指定のメーカーがあるとのことで使えなくなってしまいました…。一度も履いていません。そちらへ戻すことはできますか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '注文はMサイズ3枚セットなのに、袋を開けたら2枚がLでした'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：503-9920137-4418826）', '購入者から返品リクエストがありました。\n\n注文番号：503-9920137-4418826\n商品：折りたたみ自転車 20インチ\n返品理由：不要になった\nコメント：引っ越し先に駐輪場がなかったため\n\n返品リクエストを確認し、承認してください。'],
  ['delivery_status', false, 'ja', 'JP', '', '交換品を送ってくださるとのことでしたが、まだ届いていません。いつ頃になりそうでしょうか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '電子レンジ', 'お世話になります。先月購入した電子レンジ、あたため開始後1分ほどでブーンという音が大きくなり、中のものがまったく温まっていません。保証で見ていただくことは可能でしょうか。'],
  ['damaged_or_defective', false, 'en', 'US', '', "so the 'stainless' trash can is already rusting around the pedal after two weeks in a dry kitchen. that's not stainless"],
  ['return_request', false, 'en', 'US', '', "hi! my kid picked out this lego set for his bday but grandma got him the exact same one lol. box is still sealed. how do i do the return?"],
  ['damaged_or_defective', false, 'en', 'UK', 'Order 026-7719384-2250461', "Hello, I'm writing about the oil radiator I ordered for my mum's flat. It arrived on Thursday, we set it up that evening and all seemed fine. By Sunday it was making a ticking noise, then the thermostat dial stopped doing anything at all, it's either full blast or cold. She's 84 and it's freezing up there. Could you please advise what we do next?"],
  ['return_request', false, 'en', 'SG', 'Return request for order # 503-2281947-6609318', 'Return request details\n\nOrder ID: 503-2281947-6609318\nItem: Philips Air Purifier 800 Series\nReturn reason: No longer needed\nBuyer comment: moving overseas next month\n\nAuthorise or close this request in Manage Returns.'],
  ['product_question', false, 'en', 'US', '', "Got the espresso machine and the steam wand works but the milk never gets foamy, just hot. Is there a trick to it or a setting I'm missing?"],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Dear seller i have received induction cooktop but glass top having crack line from corner. Box was ok only. Please arrange replacement at earliest'],
  ['damaged_or_defective', false, 'de', 'CH', '', 'Grüezi, das Velo-Rücklicht geht nach zehn Minuten Fahrt einfach aus, obwohl der Akku voll ist. Mehrmals probiert.'],
  ['return_request', false, 'de', 'DE', 'Anfrage zur Rücksendegenehmigung für Bestellung 304-5519283-0042716', 'Ihr Käufer hat eine Rücksendung für folgenden Artikel angefordert:\n\nBestellnummer: 304-5519283-0042716\nArtikel: Bosch Akku-Rasenmäher 36V\nGrund: Artikel defekt\nKommentar des Käufers: Messer dreht sich nicht\n\nBitte bearbeiten Sie die Anfrage unter Rücksendungen verwalten.'],
  ['return_request', false, 'de', 'DE', '', 'Moin, der Teppich ist schön, aber in unserem Flur wirkt er viel zu dunkel. Würde ihn gern wieder einpacken und zurückschicken, ist das ok?'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bjr, le puzzle 3D est arrivé mais la moitié des pièces en bois sont fendues, impossible de les détacher sans les casser"],
  ['return_request', false, 'fr', 'FR', "Demande d'autorisation de retour pour la commande n° 405-6632180-9914725", "Le client Amazon Julien Marchand a demandé à retourner l'article suivant :\n\nCommande : 405-6632180-9914725\nArticle : Rowenta Fer à repasser Focus Excel\nMotif : Ne convient plus\nCommentaire : cadeau en double\n\nVeuillez traiter cette demande dans Gérer les retours."],
  ['damaged_or_defective', true, 'fr', 'BE', '', "Le robot pâtissier a lâché au bout de 3 gâteaux. Je ne vais pas le renvoyer, trop lourd. Remboursez-moi directement ou je laisse un avis 1 étoile et je signale à Amazon."],
  ['damaged_or_defective', false, 'it', 'IT', '', "buonasera la borraccia termica non tiene niente, metto il tè bollente e dopo un'ora è tiepido. Nella descrizione c'era scritto 12 ore caldo"],
  ['return_request', false, 'it', 'IT', 'Richiesta di autorizzazione al reso per l\'ordine n. 406-1193820-3357142', "Il cliente Amazon Marco Bellini ha richiesto l'autorizzazione al reso per il seguente articolo:\n\nOrdine: 406-1193820-3357142\nArticolo: De'Longhi Bollitore Icona\nMotivo del reso: Acquisto non più necessario\n\nGestisci la richiesta da Gestisci resi."],
  ['refund_request', false, 'it', 'IT', '', "Salve, la felpa non mi piace granché ma non ho voglia di rispedirla. Potete farmi uno sconto sul prezzo e la tengo?"],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Buenas, la batidora de mano llegó sin el accesorio de varillas, en la caja dice que trae 3 piezas y solo vienen 2.'],
  ['return_request', false, 'es', 'ES', '', 'Hola!! me han regalado un patinete igual para mi cumple 🙈 el vuestro sigue precintado, ¿cómo lo devuelvo?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenos días, la cafetera gotea por el portafiltro y el café sale aguado aunque ponga la dosis. Tiene diez días.'],
  ['damaged_or_defective', false, 'nl', 'NL', 'Kapot aangekomen', 'Goedendag, de spiegel is gebarsten aangekomen, van linksboven tot het midden. Doos had een deuk.'],
  ['return_request', false, 'pl', 'PL', '', 'Witam, kurtka jest za duża w ramionach, chciałabym ją zwrócić albo wymienić na S. Metki są na miejscu.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, elvispen slutar snurra efter några sekunder och luktar bränt. Vad gör jag?'],
  ['return_request', false, 'pt', 'PT', '', 'Bom dia, comprei o aspirador mas afinal a minha sogra deu-nos um. Está selado. Como faço para o devolver?'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, tost makinesinin kapağı tam kapanmıyor, menteşesi eğri gelmiş. Ekmekler yanık çıkıyor bir taraftan.'],
  ['return_request', false, 'nl', 'NL', '', 'hoi, ik wil de koptelefoon graag retour doen, klinkt prima maar zit te strak op mijn hoofd'],
];

export const TRAINING_DAMAGED_RETURN_12: Example[] = fromRows(rows);
