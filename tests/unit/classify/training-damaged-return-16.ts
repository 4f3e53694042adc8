/**
 * Round-16 training messages for the learned model (lib/classify/learned/) and the held-out estimate, areas
 * damaged_or_defective and return_request (including Amazon's return authorization notices and refund-without-return
 * threats, which carry the scam flag). Fresh labelled buyer messages written in the style of the evaluation data,
 * never copied or paraphrased from the dev corpus or earlier probe and training files: measured BEFORE the classifier
 * learns from them, as the best estimate of the hidden evaluation set. Every row carries its true labels (category,
 * scam, lang), whatever the classifier says today. Written in batches of about 30, each measured before the next
 * (counts in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', '昨日届いた電気ケトル、スイッチを入れても10秒くらいで勝手に切れてしまいます。お湯が沸きません。'],
  ['return_request', false, 'ja', 'JP', '', 'すみません、ワイヤレスキーボードを英字配列のつもりで買ったのですが日本語配列でした。私の見落としです。未開封のまま送り返してもいいですか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '田中 恵子様からのお問い合わせ（注文番号：250-3318902-7741265）', 'お世話になっております。本日受け取りました姿見ですが、段ボールの角が潰れており、鏡の下の方にヒビが入っておりました。写真をお送りしますので、ご対応をお願いいたします。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：503-6627180-2294431）', '出品者様\n\n購入者から次の商品の返品リクエストが届きました。\n\n注文番号：503-6627180-2294431\n商品名：撥水 レインポンチョ 男女兼用 カーキ\n返品理由：サイズが合わない\n購入者コメント：丈が長すぎて自転車に乗れませんでした。\n\n返品リクエストの管理から対応してください。'],
  ['damaged_or_defective', true, 'ja', 'JP', '', 'ドライヤーから焦げ臭いにおいがして怖くて使えません。着払いで送り返すのも嫌なので、このまま全額返金してください。明日までに返金がなければAmazonに通報して最低評価にします。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '注文したのはシルバーの腕時計なのに、箱の中身はゴールドでした'],
  ['refund_request', false, 'ja', 'JP', '', 'ブランケットの返品、先週ヤマトで出しました。追跡だと14日に受け取られてますが返金まだですか？'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Hey, the electric kettle lid won\'t stay shut anymore, the latch is broken and it keeps popping open while boiling. Kind of dangerous tbh'],
  ['return_request', false, 'en', 'US', 'Inquiry from Amazon customer Jordan Blake (Order: 113-4482019-6620573)', "Hello, my wife and I ended up buying a couch that came with throw pillows, so we don't need the set we ordered from you. They're still wrapped. How do I get them back to you?"],
  ['return_request', false, 'en', 'UK', 'Return authorization request for order # 204-7719302-5518847', 'Amazon customer Fiona Walsh has requested a return authorization for the following item:\n\nOrder ID: 204-7719302-5518847\nItem: Joseph Joseph Nest 9-Piece Food Storage Set\nQuantity: 1\nReturn reason: Item defective or doesn\'t work\nCustomer comments: Two of the lids don\'t seal.\n\nPlease respond to this request in Manage Returns.'],
  ['damaged_or_defective', false, 'en', 'AU', '', 'ordered the 4 pack of bike tubes, got 4 tubes but theyre 26 inch, I ordered 29er. wrong size sent'],
  ['damaged_or_defective', true, 'en', 'US', 'Refund now', "The heated blanket only warms one half. I'm keeping it since returning is a hassle. Issue a full refund by Friday or you'll get a 1-star review and an A to Z claim."],
  ['product_question', false, 'en', 'CA', '', 'Before I order the hiking boots: if they dont fit, is it ok to send them back for a different size? I am between a 10 and 10.5'],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Dear Seller, the pressure cooker whistle is not coming and steam is leaking from the sides of the lid. Gasket looks fine. Please advise on replacement.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, die Heizdecke wird nur noch am Fußteil warm, der Rest bleibt kalt. Ist gerade mal sechs Wochen alt. Was kann ich tun?'],
  ['return_request', false, 'de', 'DE', '', 'Guten Tag, ich habe den Bürostuhl bestellt, aber er ist für meinen Schreibtisch zu hoch. Noch im Karton. Wie läuft die Rückgabe?'],
  ['damaged_or_defective', false, 'de', 'CH', 'Beschädigte Lieferung', 'Grüezi, das Vogelhaus ist mit abgebrochenem Dachgiebel angekommen, die Splitter lagen lose im Paket.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, la lampe de chevet clignote dès qu'on l'allume, j'ai changé l'ampoule et c'est pareil. Pouvez-vous me la remplacer ?"],
  ['return_request', false, 'fr', 'FR', '', "Bonsoir, je souhaite retourner les rideaux occultants, finalement ils ne vont pas du tout avec la déco du salon. Ils n'ont pas été sortis du sachet."],
  ['damaged_or_defective', false, 'fr', 'CA', '', "Allo, j'ai reçu les bottes en 8 mais la boîte dit 8 et la botte gauche est un 7. C'est quoi l'affaire?"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, la macchinetta del caffè perde acqua da sotto appena la accendo, il tavolo si allaga. È nuova."],
  ['return_request', false, 'it', 'IT', '', "Ciao, mi hanno regalato lo stesso zaino per il compleanno, quindi vorrei rimandarvi il vostro. È ancora con l'etichetta."],
  ['damaged_or_defective', true, 'it', 'IT', '', "Il rasoio elettrico non si accende più dopo tre giorni. Non ho intenzione di rispedirlo, voglio il rimborso completo entro oggi altrimenti lascio una recensione negativa e apro un reclamo A-to-z."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el termo que pedí no mantiene nada caliente, a la hora el café está frío. En el anuncio dice 12 horas.'],
  ['return_request', false, 'es', 'ES', 'Solicitud de autorización de devolución del pedido n.º 406-2281730-5519024', 'La clienta de Amazon Marta Navarro ha solicitado la devolución del siguiente artículo:\n\nPedido: 406-2281730-5519024\nArtículo: Rowenta Plancha de vapor Focus Excel\nMotivo de la devolución: Ya no lo necesito\nComentarios del cliente: Me la he encontrado más barata.\n\nAutorice o cierre la solicitud en Gestionar devoluciones.'],
  ['return_request', false, 'es', 'MX', '', 'Buen día, ¿puedo cambiar la playera por una talla más chica? La M me quedó grandísima, ni la lavé.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Me ha llegado la caja del puzle de 1000 piezas abierta y faltan piezas, he contado 962.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Goedendag, de elektrische tandenborstel laadt niet op, het lampje gaat niet eens aan op de houder.'],
  ['return_request', false, 'nl', 'BE', '', 'Hallo, de regenjas is mooi maar de mouwen zijn te lang. Kan ik hem terugsturen? Label zit er nog aan.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, czajnik przecieka przy uchwycie, woda kapie na blat przy każdym gotowaniu.'],
  ['return_request', false, 'pl', 'PL', '', 'Witam, zamówiłam dwa razy ten sam kubek termiczny przez pomyłkę. Chcę jeden oddać, jest nieotwierany.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, hörlurarna kom med en trasig laddfodral, locket går inte att stänga.'],
  ['return_request', false, 'pt', 'BR', '', 'Olá, a mochila é menor do que eu imaginava, não cabe meu notebook. Gostaria de devolver, está sem uso.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, süpürgenin hortumu yırtık geldi, çekiş gücü hiç yok.'],
];

export const TRAINING_DAMAGED_RETURN_16: Example[] = fromRows(rows);
