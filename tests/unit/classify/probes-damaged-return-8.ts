/**
 * Round-8 probe messages for damaged_or_defective and return_request, written for these tests in the style of the
 * evaluation data: one-liners, medium and long messages with a story around the request; concerns told without the
 * category's obvious keyword ("the strap gave up on the second walk", "could you have it picked up again"); registers
 * from keigo to emoji, business buyers, non-native English, missing accents and typos; marketplace habits (konbini
 * payment and 置き配, UK/IE, CA/AU/IN English, AT/CH German, BE/CA French, MX Spanish, BR Portuguese); Amazon's return
 * notices whatever reason they give; and near-misses that belong to another category (TAXONOMY.md "Settled borderline
 * cases"). Never copied or paraphrased from the dev corpus or earlier probe files. Written in batches of about 30,
 * each measured before any fix (see the commit log for the counts).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', '電動歯ブラシ、充電器に置いてもランプが点滅するだけで一向に充電が始まりません。初期不良でしょうか？'],
  ['return_request', false, 'ja', 'JP', '中村 由紀様からのお問い合わせ', 'お世話になっております。先日こちらでランドセルカバーを購入した中村です。子供が学校指定のものを使うことになり、使う機会がなくなってしまいました。袋も開けておりませんので、お引き取りいただけないでしょうか。お手数をおかけします。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '本日届いたお米５kg、袋の底が破けていて、箱の中にお米が散らばっていました…'],
  ['return_request', false, 'ja', 'JP', '', '置き配で受け取りました。サイズ感がちょっと想像と違ったので、Mに替えてもらうことってできますか？まだ着てません'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'お世話になります。コンビニ払いで購入したデジタル体重計ですが、同じタイミングで何度乗っても表示が２〜３kgずつ変わってしまい、正しく量れていないようです。ご対応をお願いできますでしょうか。'],
  ['thanks', false, 'ja', 'JP', '', '交換品、無事に届きました！今度はちゃんと動いています。迅速なご対応ありがとうございました😊'],
  ['damaged_or_defective', false, 'en', 'US', 'Inquiry from Amazon customer Tasha Greene (Order: 113-4820913-7765402)', "Hi, I bought the 12-cup coffee maker two weeks ago. Since yesterday it leaves about half the water in the tank and the coffee comes out weak and only half a pot. I've descaled it already. What can be done? Tasha"],
  ['return_request', false, 'en', 'US', '', 'i got 2 of the same lamp by accident, can i send one back?'],
  ['damaged_or_defective', false, 'en', 'UK', '', "Morning. The garden hose arrived today and the connector at the tap end is split down one side, so it sprays everywhere the moment you turn the water on. Not ideal. Regards, Pete"],
  ['return_request', false, 'en', 'CA', '', "Hi there, my partner surprised me with the same stand mixer for my birthday the day after mine arrived 🙈 Mine's still sealed in the box. Would you accept it back? Thanks so much, Priya"],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Hello seller, pressure cooker received yesterday. Whistle is coming but steam is coming from the sides of the lid also, gasket seems not proper. Please arrange replacement at the earliest.'],
  ['damaged_or_defective', false, 'en', 'AU', '', "the dog harness strap gave way on our second walk, buckle just let go. lucky she didn't bolt onto the road"],
  ['refund_request', false, 'en', 'US', '', "I sent the vacuum back through UPS on the 3rd, tracking shows it was delivered to you on the 7th. Still no refund on my card. Can you check?"],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, die Kinder-Fahrradhelm hat innen am Polster einen Kleberest und die Schnalle rastet nicht ein, man kann sie einfach wieder rausziehen. So kann mein Sohn den nicht tragen. Gruß, S. Wolf'],
  ['return_request', false, 'de', 'AT', '', 'Servus! Die Vorhänge sind in echt viel dunkler als ich mir das vorgestellt hab, passen nicht ins Wohnzimmer. Kann ich die retour schicken? Sind noch original verpackt. Danke, Gerti'],
  ['damaged_or_defective', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Thomas Brenner', 'Sehr geehrte Damen und Herren, die gelieferte Kaffeemühle mahlt ungleichmäßig, ein Teil der Bohnen bleibt ganz. Das Mahlwerk klingt außerdem, als würde etwas schleifen. Ich bitte um Austausch. Mit freundlichen Grüßen, T. Brenner'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi, ich habe aus Versehen zweimal den gleichen Wanderrucksack bestellt. Kann ich einen davon zurückgeben? Beide sind unbenutzt.'],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, j'ai commandé un fauteuil pour le bureau mais il est trop imposant pour la pièce, je ne l'avais pas imaginé si large. Est-ce que vous pouvez venir le récupérer ? Je l'ai remis dans son carton. Bonne journée, Sylvie"],
  ['damaged_or_defective', false, 'fr', 'BE', '', "Bonjour, la lampe frontale s'est arrêtée en pleine randonnée après à peine une heure, alors que les piles étaient neuves. Je suis assez déçu. Pouvez-vous m'en envoyer une autre ? Merci, Luc"],
  ['damaged_or_defective', false, 'fr', 'CA', '', "Bonjour, le bol du robot culinaire est arrivé avec une fissure sur le côté, ça coule quand on met du liquide."],
  ['return_request', false, 'fr', 'FR', 'Demande de retour pour la commande n° 171-9930218-5547760', "Le client Amazon Julien Marchand a demandé l'autorisation de retourner l'article suivant :\n\nCommande : 171-9930218-5547760\nArticle : Sac de couchage momie -5°C\nMotif du retour : Article plus nécessaire\nCommentaire du client : Randonnée annulée."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, il ferro da stiro dopo dieci minuti lascia macchie marroni sui vestiti, ho rovinato una camicia bianca. Come procediamo? Grazie, Paola"],
  ['return_request', false, 'it', 'IT', '', 'Salve, il passeggino è perfetto ma troppo ingombrante per la nostra macchina, non entra nel bagagliaio. Posso restituirlo? Non è mai stato usato.'],
  ['damaged_or_defective', false, 'it', 'IT', '', "ciao ho ricevuto il cuscino ma è di un colore completamente diverso da quello in foto, ho preso il verde salvia e mi è arrivato un verde acido"],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Buenas tardes, el ventilador de pie hace un ruido como de algo rozando y las aspas tiemblan, se siente que va a salir volando. Me pueden ayudar? Gracias'],
  ['return_request', false, 'es', 'ES', '', 'Hola! El abrigo me encanta pero mi marido dice que ya tengo demasiados 😂 ¿Os lo puedo devolver aunque haya abierto la bolsa? Tiene todas las etiquetas.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenos días, la sartén ha perdido el antiadherente en dos semanas, se pega todo. Solo la he lavado a mano.'],
  ['return_request', false, 'nl', 'BE', '', 'Dag, de fietstassen zijn mooi maar passen niet op mijn bagagedrager. Kan ik ze terugsturen? Ze zijn niet gebruikt.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, czajnik od pierwszego dnia wyłącza się zanim woda się zagotuje. Proszę o informację co dalej.'],
  ['return_request', false, 'sv', 'SE', '', 'Hej! Jackan var tyvärr för stor. Kan jag få byta till en S? Lappen sitter kvar.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Boa tarde, o liquidificador chegou com a jarra trincada no fundo, vaza tudo quando coloco água.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, elbiseyi denedim ama rengi bana hiç yakışmadı. Geri gönderebilir miyim? Etiketi üzerinde.'],
  // ── batch 2
  ['damaged_or_defective', false, 'ja', 'JP', '', '加湿器から水がポタポタ垂れてきて、床がびしょびしょになってました。タンクの下あたりからみたいです。'],
  ['return_request', false, 'ja', 'JP', '', 'すみません、色違いで２つ注文してしまいました。グレーの方だけ送り返したいのですが、どうすればいいでしょうか。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：503-2281764-9013357）', '出品者様\n\nお客様から以下の商品の返品リクエストが届きました。\n\n注文番号：503-2281764-9013357\n商品名：木製ハンガー 20本セット ナチュラル\n返品理由：間違って注文した\n購入者コメント：本数を間違えました。未開封です。\n\n返品の管理から承認または却下してください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'お世話になっております。先月購入したワイヤレスマウスですが、最近クリックしても２回に１回しか反応しなくなりました。電池も替えましたが同じです。保証の対象になりますでしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '犬用のケージ届いたけど扉の留め金がゆるゆるで、ちょっと押すだけで開いちゃいます😭 これじゃ使えない'],
  ['damaged_or_defective', false, 'en', 'US', '', "Hello, the 6 piece knife set only had 5 knives in the block, the bread knife slot was empty. Could you send the missing one? Thanks, Rob"],
  ['return_request', false, 'en', 'UK', '', "Hi, the rug is lovely but it clashes horribly with our sofa now that it's down. It's only been on the floor a day. Can I box it back up and get a refund? Ta, Helen"],
  ['damaged_or_defective', false, 'en', 'US', '', "yo the controller drifts to the left on its own, cant even play"],
  ['return_request', false, 'en', 'AU', 'Return authorisation request for order # 249-5518830-2071946', 'Return request details\n\nOrder ID: 249-5518830-2071946\nBuyer: Liam Kowalski\nItem: Stanley Quencher 40oz Tumbler - Rose Quartz\nReason for return: Item arrived damaged\nBuyer comment: "dent on the base"\n\nReview this request in Manage Returns.'],
  ['product_question', false, 'en', 'CA', '', "Quick question before I buy the rain jacket: if the sleeves end up too short, would you swap it for a tall size?"],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Respected sir, I purchased water purifier last month. Now the water is coming with bad taste and the TDS meter is showing 400 even after purification. Kindly send technician.'],
  ['return_request', false, 'de', 'DE', '', 'Guten Abend, die Bettwäsche fühlt sich leider ganz anders an als erwartet, eher rau. Ich würde sie gern zurückgeben, sie ist noch eingeschweißt. Wie läuft das ab? VG Nina'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, die Powerbank lädt mein Handy nur bis ca. 30 %, dann ist sie leer, obwohl sie voll geladen war. 20000 mAh sind das sicher nicht.'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung # 028-4419372-6650811', 'Der Amazon-Kunde Lukas Hartmann hat eine Rücksendegenehmigung für folgenden Artikel angefordert:\n\nBestellnummer: 028-4419372-6650811\nArtikel: Thermoskanne 1L Edelstahl\nRücksendegrund: Gefällt mir nicht mehr\nKommentar des Kunden: Farbe ist anders als gedacht.'],
  ['damaged_or_defective', false, 'de', 'AT', '', 'Hallo, an der Laufschuhsohle löst sich nach drei Wochen vorne schon der Gummi ab. Kann man da was machen?'],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, mon fils a grandi plus vite que prévu 😅 le pyjama est trop juste. Serait-il possible d'avoir le 8 ans à la place du 6 ans ? Il n'a pas été porté. Merci"],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, la poêle a gondolé dès la première utilisation, le fond n'est plus plat et elle tourne sur la plaque à induction."],
  ['damaged_or_defective', false, 'fr', 'BE', '', "bjr le thermometre affiche 34 degres quand j ai 37 de fievre, pas fiable du tout"],
  ['return_request', false, 'it', 'IT', '', "Buonasera, ho acquistato un tappeto per la cameretta ma mia figlia vuole quello rosa invece che azzurro. Posso cambiarlo con l'altro colore? È ancora arrotolato nel suo cellophane."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Salve, la bilancia da cucina segna pesi diversi ogni volta che metto lo stesso oggetto. Non è affidabile.'],
  ['return_request', false, 'it', 'IT', 'Richiesta di reso per l\'ordine n. 405-7730128-3391645', "Il cliente Amazon Marco Bellini ha richiesto l'autorizzazione al reso per il seguente articolo:\n\nOrdine: 405-7730128-3391645\nArticolo: Zaino da trekking 30L blu\nMotivo del reso: Non più necessario\nCommento del cliente: Ne ho già uno."],
  ['damaged_or_defective', false, 'it', 'IT', '', "ciao, il trolley ha una ruota che non gira, si trascina e fa un rumore tremendo. l'ho usato una volta sola"],
  ['return_request', false, 'es', 'MX', '', 'Buen día, compré la licuadora pero mi suegra nos regaló una igualita 🙃 la mía ni la saqué de la caja. ¿Se las puedo regresar?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el colchón inflable pierde aire durante la noche, por la mañana estamos en el suelo. Lo hemos probado dos noches.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenas, el pack era de 4 vasos y en la caja solo venían 3.'],
  ['return_request', false, 'es', 'MX', '', 'Hola, la funda me quedó floja para mi cel, creo que pedí el modelo equivocado. ¿La puedo cambiar por la del Galaxy A54?'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hallo, de waterkoker geeft een plastic smaak aan het water, ook na vijf keer uitkoken. Dat kan toch niet de bedoeling zijn?'],
  ['return_request', false, 'pl', 'PL', '', 'Dzień dobry, zamówiłam dwie pary butów, żeby dobrać rozmiar. Te w rozmiarze 39 chciałabym odesłać. Jak to zrobić?'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, stolen knarrar och ena benet är kortare än de andra så den vickar hela tiden.'],
  ['return_request', false, 'pt', 'BR', '', 'Olá, comprei o tênis pra minha mãe mas ficou apertado nela. Dá pra trocar por um número maior? Ela só experimentou em casa.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, blender ilk kullanımda yanık kokusu yaptı ve durdu. Ne yapmam gerekiyor?'],
  ['refund_request', false, 'fr', 'CA', '', "Bonjour, je vous ai retourné le casque il y a deux semaines, Postes Canada indique qu'il a été livré. Je n'ai toujours pas vu le crédit sur ma carte."],
  // ── batch 3
  ['damaged_or_defective', false, 'ja', 'JP', '', '返品はしなくていいので、欠けていたパーツだけ送ってもらえませんか？棚板を留める金具が２つ足りません。'],
  ['return_request', false, 'ja', 'JP', '', '注文したものと同じ商品を夫も買ってしまっていました💦 一つは開けてもいないので、お返しできたら嬉しいです。'],
  ['product_question', false, 'ja', 'JP', '', '購入を検討しています。サイズが合わなかった場合、交換は可能でしょうか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ご担当者様　本日納品されたLED電球50個のうち、8個が点灯後すぐにチカチカと点滅を繰り返します。残りは問題ございません。8個分の代替品をお送りいただけますでしょうか。'],
  ['damaged_or_defective', false, 'en', 'US', '', "I don't want to send the whole chair back, it's just that one of the armrests wobbles and the screw hole is stripped. Can you send a new armrest?"],
  ['return_request', false, 'en', 'UK', '', "Afternoon, bought the wrong size bulbs for our fittings, my mistake entirely (B22 not E27). Could I return them unopened for the right ones?"],
  ['damaged_or_defective', true, 'en', 'US', '', "The speaker crackles at any volume. I want my money back today and I'm NOT shipping it back, or I'm filing an A-to-z claim and leaving 1 star."],
  ['return_request', false, 'en', 'US', '', "hey so turns out my kid hates the color lol. its still in the plastic. return?"],
  ['product_question', false, 'en', 'UK', '', "Hiya, if I buy the boots now as a Christmas present, will the returns window still be open in January in case they don't fit?"],
  ['damaged_or_defective', false, 'en', 'CA', '', "Hi, the box said the puzzle has 1000 pieces, we finished it last night and there are 7 holes. We counted everything twice. Pretty disappointing for a family activity."],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, das Aquarium verliert an der unteren Silikonnaht Wasser, nach einer Nacht stand eine Pfütze auf dem Schrank. Bitte melden Sie sich zeitnah.'],
  ['return_request', false, 'de', 'DE', '', 'Hi, ich hab mir den Mantel in Beige bestellt, hätte aber doch lieber das Grau. Kann ich tauschen? Ist ungetragen, Etikett dran.'],
  ['thanks', false, 'de', 'CH', '', 'Grüezi, der Ersatz ist heute angekommen und funktioniert einwandfrei. Herzlichen Dank für die unkomplizierte Abwicklung!'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, bei der Lieferung fehlte die Fernbedienung für den Deckenventilator. Ohne die kann ich ihn nicht einschalten.'],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, je me suis trompée de modèle de filtre pour mon aspirateur, celui-ci ne correspond pas à ma référence. Je peux vous le renvoyer pour recevoir le bon ? Merci beaucoup"],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, le tapis de course s'arrête tout seul au bout de 5 minutes avec un code erreur E03. J'ai débranché, rebranché, rien n'y fait."],
  ['return_request', false, 'fr', 'BE', 'Demande d\'autorisation de retour pour la commande n° 402-1187723-6650149', "Le client Amazon Thomas Dubois a demandé l'autorisation de retourner l'article suivant :\n\nCommande : 402-1187723-6650149\nArticle : Casque audio sans fil noir\nMotif du retour : Produit défectueux\nCommentaire du client : Le côté droit grésille."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, la macchinetta del caffè perde acqua da sotto ogni volta che la uso, il piano della cucina è sempre bagnato. È in garanzia?"],
  ['return_request', false, 'it', 'IT', '', "Ciao! Il vestito mi piace tantissimo ma non mi entra 😩 Posso rimandarlo e prendere la L?"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Salve, il libro che mi avete mandato ha le pagine dalla 80 alla 112 stampate al contrario. Era un regalo per mio padre."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el robot aspirador se queda dando vueltas en el mismo sitio y no vuelve a la base. Lo he reiniciado varias veces.'],
  ['return_request', false, 'es', 'MX', '', 'Buenas noches, pedí el juego de sábanas matrimonial pero mi cama es queen. ¿Me las cambian? No las he sacado del empaque.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenos días, las botas destiñen, me han dejado los calcetines y los pies negros. Es normal?'],
  ['return_request', false, 'nl', 'NL', 'Retourverzoek voor bestelling # 404-6621873-1109824', 'Amazon-klant Sanne de Vries heeft een retourautorisatie aangevraagd voor het volgende artikel:\n\nBestelnummer: 404-6621873-1109824\nArtikel: Bureaustoel ergonomisch zwart\nReden: Niet meer nodig\nOpmerking klant: Toch een andere gekocht.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, spodnie po pierwszym praniu puściły kolor i zafarbowały resztę prania na niebiesko.'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, jag beställde två storlekar för att prova. Hur skickar jag tillbaka den som inte passade?'],
  ['damaged_or_defective', false, 'pt', 'PT', '', 'Bom dia, a máquina de café deita água por baixo e faz um barulho esquisito. Está dentro da garantia.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, yanlışlıkla iki tane sipariş verdim, birini iade etmek istiyorum. Kutusu açılmadı.'],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Hi, mixer grinder jar lid is not locking properly and while running the powder is flying out. Very dangerous. Need replacement jar.'],
];

export const PROBES_DR8 = fromRows(rows);

/**
 * Probes whose own rules (damaged, return) are right but whose result is not, because of a file outside them; each
 * names the culprit and what should change there. Run with it.fails: when a fix elsewhere makes one pass, its test
 * fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [
  ['damaged_or_defective', true, 'ja', 'JP', '', 'ブレンダーの刃が最初から錆びてました。返送とか面倒なので全額返金してください。対応してくれないなら評価に書きます。', 'scam.ts: 「返送とか面倒なので全額返金してください。対応してくれないなら評価に書きます」 refuses to send the item back and threatens a review unless refunded (refund without return + feedback threat); damaged.ts rightly files the rusted blade, but the scam phrase reads no 「返送(とか|は)?面倒」 as a refusal to return, nor 「評価に書きます」 as the threat'],
];

export const KNOWN_GAPS_DR8 = fromGapRows(gaps);
