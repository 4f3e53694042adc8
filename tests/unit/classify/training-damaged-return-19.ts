/**
 * Round-19 training messages for the learned model (lib/classify/learned/) and the held-out estimate, areas
 * damaged_or_defective and return_request (including Amazon's return authorization notices, exchange wishes and
 * refund-without-return threats, which carry the scam flag, beside look-alikes that stay false). Fresh labelled buyer
 * messages written in the style of the evaluation data, never copied or paraphrased from the dev corpus or earlier
 * probe and training files. Every row carries its true labels (category, scam, lang), whatever the classifier says
 * today. Written in batches of about 30, each measured before the next (counts in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', '本日受け取った土鍋ですが、蓋にヒビが入っていました。箱の角も潰れていたので配送中かと思います。'],
  ['damaged_or_defective', false, 'ja', 'JP', '体重計について', 'お世話になっております。体重計に乗っても「Err」と表示されて計れません。電池は新しいものに入れ替えました。'],
  ['return_request', false, 'ja', 'JP', '', 'ラグを注文しましたが、実物を見ると部屋の雰囲気に合いませんでした。未使用なのでお返ししたいのですが、送料はどうなりますか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '黒を頼んだのにネイビーのパーカーが届きました。'],
  ['damaged_or_defective', true, 'ja', 'JP', '', 'ミキサーの刃が回りません。送り返すのは手間なのでこのまま返金してください。明日までに返事がなければAmazonに評価1で投稿します。'],
  ['return_request', false, 'ja', 'JP', '', 'すみません、プリンターのインクを型番違いで買ってしまいました😭 未開封です。返品できますか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '高橋 由紀様からのお問い合わせ（注文番号：250-7731925-0048816）', 'いつもお世話になっております。購入したスーツケースのキャスターが一つ最初から回らず、引くとガタガタします。旅行が来週なので早めにご対応いただけると助かります。'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The air fryer basket came with the nonstick coating already peeling off in two spots.'],
  ['return_request', false, 'en', 'US', 'Inquiry from Amazon customer Marcus Reyes (Order: 113-6620417-8893120)', "Hi, I bought the 12-cup muffin pan but I actually needed the 24-cup one. It's still in the plastic. Can I send it back and order the right one?"],
  ['damaged_or_defective', false, 'en', 'UK', '', "Evening, the cordless drill battery won't hold a charge longer than ten minutes. It's brand new."],
  ['damaged_or_defective', true, 'en', 'US', '', "Your robot vacuum gets stuck spinning in circles. I'm NOT shipping it back. Refund me in full today or I file an A-to-z claim and leave 1 star."],
  ['damaged_or_defective', false, 'en', 'US', '', "Hi, the lamp works fine but it's not what I ordered. I ordered brushed brass and got matte black."],
  ['return_request', false, 'en', 'CA', '', "hey, ended up getting the same puzzle as a gift from my aunt so I don't need this one. still sealed. how do returns work with you guys?"],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Dear seller, the pressure cooker whistle is leaking steam from the side and the lid is not locking properly. Kindly do the needful.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, der Akku-Staubsauger geht nach zwei Minuten einfach aus, obwohl er voll geladen ist.'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, ich möchte die Bettwäsche zurückgeben, die Farbe passt leider nicht zu unserem Schlafzimmer. Sie ist noch originalverpackt.'],
  ['damaged_or_defective', false, 'de', 'DE', 'Reklamation', 'Sehr geehrte Damen und Herren, bei dem gelieferten Geschirrset sind zwei Teller gesprungen. Ich bitte um Ersatz.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, la poêle est arrivée avec le manche qui bouge, la vis est foirée. Pas très rassurant pour cuisiner."],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, je souhaiterais retourner le sac à dos, il est plus petit que ce que j'imaginais. Il n'a pas servi."],
  ['damaged_or_defective', true, 'fr', 'FR', '', "L'aspirateur ne s'allume plus. Je ne vais pas payer un renvoi pour ça. Remboursez-moi intégralement sans retour, sinon je laisse un avis négatif partout."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Salve, il frullatore a immersione perde olio dal fondo appena lo accendo."],
  ['return_request', false, 'it', 'IT', '', "Buongiorno, vorrei restituire il tappetino yoga, ho trovato che è troppo sottile per me. Non è difettoso, solo non fa per me."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Ciao, nel pacco c'era una cover per iPhone 14 ma io avevo ordinato quella per il 15."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, la freidora no calienta, solo sale aire frío aunque la ponga a 200 grados.'],
  ['return_request', false, 'es', 'MX', '', 'Buenas tardes, compré la mochila para mi hijo pero ya le compraron otra en la escuela. ¿Cómo la puedo devolver? Está nueva con etiquetas.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenas, el juego de sábanas es de 135 y en el anuncio ponía 150. No cabe en la cama.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hallo, de waterkoker lekt bij de naad onderaan. Na één keer gebruiken stond er een plas op het aanrecht.'],
  ['return_request', false, 'nl', 'NL', '', 'Goedendag, ik wil graag de bureaulamp retourneren, ik heb toch een andere gekocht. Nog in de doos.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, blender przyszedł z pękniętym dzbankiem. Proszę o wymianę.'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, jag vill returnera gardinerna, de var för korta för våra fönster. Oöppnade.'],
  ['damaged_or_defective', false, 'pt', 'PT', '', 'Olá, a torradeira só aquece de um lado e cheira a queimado.'],
  ['damaged_or_defective', true, 'tr', 'TR', '', 'Blender ilk gün bozuldu. Geri göndermem, parayı hemen iade edin yoksa 1 yıldız veririm ve şikayet ederim.'],
  // ── batch 2
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：503-4418206-9925134）', '出品者様\n\nお客様から以下の商品の返品リクエストが届きました。\n\n注文番号：503-4418206-9925134\n商品名：木製 ブックエンド 2個セット ナチュラル\n返品理由：不要になった\n購入者コメント：引っ越しで使わなくなりました。\n\n返品リクエストの管理から承認または却下してください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ドライヤー使ってると焦げ臭いにおいがしてきて怖いです。まだ3回しか使ってない'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '説明書の通りに組み立てようとしたら、ネジ穴の位置がずれていて棚板が取り付けられません。不良品ではないでしょうか。'],
  ['return_request', false, 'ja', 'JP', '', '先週届いたワンピース、着てみたら丈が思ったより短くて…。試着だけなので返品させてください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '保証書が入っていなかったのですが、電源が入らなくなったので修理をお願いしたいです。購入から4か月です。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'お皿6枚組のうち1枚だけ柄が違うものが入ってました。交換できますか'],
  ['return_request', false, 'en', 'US', 'Return request for order # 114-2093317-6650841', "Your buyer has requested to return an item.\n\nOrder: 114-2093317-6650841\nItem: Lodge Cast Iron Skillet 10.25 inch\nReturn reason: Item defective or doesn't work\nBuyer comment: pan has a crack along the rim\n\nPlease review this request in Manage Returns."],
  ['damaged_or_defective', false, 'en', 'US', '', 'my new earbuds keep disconnecting from my phone every 30 seconds or so. tried resetting them like the manual says, no luck'],
  ['damaged_or_defective', false, 'en', 'UK', 'Missing parts', "Hello, the trampoline arrived but there are only 5 of the 6 legs in the box and no safety net poles at all."],
  ['return_request', false, 'en', 'US', '', "I'd like to return the office chair. Nothing wrong with it, it's just too tall for my desk. I'll pay the return shipping if needed."],
  ['damaged_or_defective', false, 'en', 'AU', '', "The toaster oven door glass shattered the first time I used it. Glass all over the bench. Not happy."],
  ['damaged_or_defective', false, 'en', 'US', '', "The listing says the blanket is 60x80 but I measured it and it's 50x60. That's a throw, not a blanket."],
  ['damaged_or_defective', false, 'en', 'US', '', "The phone case cracked at the corner within a week of normal use. I'll send it back if you want, but I'd like a replacement. If this isn't sorted I'll have to leave an honest review."],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Moin, die LED-Lichterkette leuchtet nur zur Hälfte, ab der Mitte bleibt alles dunkel.'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung 305-8829014-2273561', 'Der Käufer hat eine Rücksendung angefordert.\n\nBestellnummer: 305-8829014-2273561\nArtikel: Tefal Ingenio Pfannenset 3-teilig\nRücksendegrund: Artikel nicht mehr benötigt\n\nBitte prüfen Sie die Anfrage unter Rücksendungen verwalten.'],
  ['damaged_or_defective', true, 'de', 'DE', '', 'Der Mixer läuft nicht. Ich schicke nichts zurück, das Porto zahle ich nicht. Überweisen Sie mir das Geld zurück oder ich eröffne einen A-bis-z-Antrag.'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi, die Wanderhose ist an sich gut, aber mir gefällt der Schnitt nicht. Kann ich sie retournieren? Ungetragen.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, j'ai reçu un chargeur 20W alors que la fiche produit indique 45W. Mon ordinateur ne charge pas avec."],
  ['return_request', false, 'fr', 'BE', '', "Bonjour, est-ce que je peux encore renvoyer la veste ? Je l'ai reçue il y a 10 jours, elle me va mais je ne la mets pas, je préfère me faire rembourser."],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Salut, la perceuse fait un bruit de crécelle et s'arrête toute seule. Elle est sous garantie ?"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buonasera, il monitor ha tre pixel bruciati proprio al centro dello schermo."],
  ['return_request', false, 'it', 'IT', "Richiesta di autorizzazione al reso per l'ordine n. 403-7712098-3345106", "Il cliente Amazon Paolo Ferri ha richiesto un'autorizzazione al reso.\n\nOrdine: 403-7712098-3345106\nArticolo: Bialetti Moka Express 6 tazze\nMotivo del reso: Acquisto non più necessario\n\nGestisci la richiesta da Gestione resi."],
  ['damaged_or_defective', true, 'it', 'IT', '', "Le cuffie non si ricaricano. Non le rimando indietro, rimborsatemi e basta, altrimenti vi lascio una recensione da una stella."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el cargador inalámbrico se calienta muchísimo y el móvil no carga. Lo he probado con dos móviles.'],
  ['return_request', false, 'es', 'ES', '', 'Hola! Me he equivocado de talla con el bañador, ¿puedo cambiarlo por una M? No lo he usado.'],
  ['damaged_or_defective', false, 'es', 'MX', 'Consulta del cliente de Amazon Alejandro Torres (Pedido: 701-5520914-8863027)', 'Buen día, la licuadora trae el vaso rayado y con una mancha por dentro, parece usada. Me pueden enviar una nueva?'],
  ['damaged_or_defective', false, 'nl', 'BE', '', 'Dag, de koptelefoon kraakt aan de linkerkant bij elk geluid. Kan ik een vervangend exemplaar krijgen?'],
  ['return_request', false, 'pl', 'PL', '', 'Dzień dobry, chciałabym zwrócić sukienkę, kolor jest inny niż się spodziewałam. Metki są na miejscu.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej! Dammsugaren tappar sugkraften efter fem minuter och börjar lukta bränt.'],
  ['return_request', false, 'pt', 'BR', '', 'Boa tarde, quero devolver a panela, comprei no impulso e não vou usar. Está lacrada.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, ütü su sızdırıyor ve buhar çıkmıyor. Değişim yapabilir misiniz?'],
];

export const TRAINING_DAMAGED_RETURN_19: Example[] = fromRows(rows);
