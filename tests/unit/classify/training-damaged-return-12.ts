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
];

export const TRAINING_DAMAGED_RETURN_12: Example[] = fromRows(rows);
