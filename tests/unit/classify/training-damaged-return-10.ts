/**
 * Round-10 training messages for the learned model (lib/classify/learned/), areas damaged_or_defective and
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
  ['damaged_or_defective', false, 'ja', 'JP', '', 'テント設営しようとしたらポールが一本途中で折れてました。キャンプ当日だったので本当に困りました'],
  ['return_request', false, 'ja', 'JP', '', 'ヨガマット、厚みが10mmだと膝は楽なんですがバランスがとりにくくて…６mmのほうに取り替えていただくことってできますか？一度だけ広げました'],
  ['damaged_or_defective', false, 'ja', 'JP', 'ベビーモニターの件', 'いつもお世話になっております。先週購入いたしましたベビーモニターでございますが、夜間になると親機の画面が数分おきに真っ暗になり、子どもの様子が確認できない状態です。説明書どおりにリセットも試しましたが変わりませんでした。大変恐縮ですが、交換をお願いできますでしょうか。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：250-4418207-9930164）', '出品者様\n\nAmazon.co.jpのお客様から返品リクエストが届きました。\n\n注文番号：250-4418207-9930164\n商品名：ニトリ 低反発クッション 45×45cm ベージュ\n数量：2\n返品理由：イメージと違った\n購入者コメント：思ったより硬めでした\n\n返品管理ページで承認または却下してください。'],
  ['damaged_or_defective', true, 'ja', 'JP', '', 'プリンター届いたけど黒インクが全然出ない。送り返す気はないから代金全部戻して。明日までに対応なかったらレビューに全部書くしAmazonにも通報します'],
  ['refund_request', false, 'ja', 'JP', '', '先月返送したダウンコートの件です。追跡では19日にそちらに着いていますが、まだカードに返金が反映されていません。'],
  ['damaged_or_defective', false, 'en', 'US', '', 'office chair keeps sinking. I pump it up in the morning and by lunch im basically sitting on the floor lol'],
  ['return_request', false, 'en', 'UK', '', "Morning! I ordered the grey duvet cover thinking it was a double but our bed's a king. Still sealed in the plastic. What's the easiest way to swap it over?"],
  ['damaged_or_defective', false, 'en', 'IN', 'Regarding dashcam', 'Dear sir/madam, the dash camera purchased by me is recording only 2 minutes and after that showing SD card error even with new card of 64GB. Kindly arrange replacement at the earliest.'],
  ['return_request', false, 'en', 'US', 'Return authorization request for order # 113-5529017-2284631', 'Amazon customer Brianna Keller has requested a return authorization for the following item:\n\nOrder ID: 113-5529017-2284631\nItem: Lodge 10.25 Inch Cast Iron Skillet\nQuantity: 1\nReturn reason: Item defective or doesn\'t work\nCustomer comments: "handle has a crack in the casting"\n\nPlease respond to this request in Manage Returns.'],
  ['product_question', false, 'en', 'AU', '', 'Before I buy - if the heater turns out too weak for my room, can I send it back? whats your return window?'],
  ['damaged_or_defective', false, 'en', 'CA', '', "Hey, the hockey stick I got has a totally different curve than the one in the pictures (P92 listed, this is a P28 according to the sticker). My son can't use it."],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Moin, der Rasensprenger dreht sich nicht mehr, das Wasser spritzt nur noch an einer Stelle raus. Hatte ihn gerade zwei Wochen im Garten.'],
  ['return_request', false, 'de', 'CH', '', 'Grüezi, die Wanderhose sitzt leider zu eng an den Oberschenkeln. Darf ich sie zurücksenden und die nächste Grösse bestellen? Etikett ist noch dran.'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung 028-3317740-6651902', 'Der Amazon-Kunde Jonas Petersen hat eine Rücksendung beantragt.\n\nBestellnummer: 028-3317740-6651902\nArtikel: WMF Küchenmesser-Set 5-teilig\nMenge: 1\nRücksendegrund: Nicht mehr benötigt\nKommentar des Kunden: Geschenk wurde doppelt gekauft\n\nBitte bearbeiten Sie die Anfrage unter „Rücksendungen verwalten".'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, la cafetière italienne fuit par le joint dès qu'elle chauffe, le café coule sur la plaque. Je l'ai reçue jeudi."],
  ['return_request', false, 'fr', 'FR', '', "Bonsoir, finalement je n'ai plus de place dans ma cuisine pour ce robot, il est encore emballé. Comment je fais pour vous le renvoyer ?"],
  ['damaged_or_defective', false, 'fr', 'BE', 'Pièce manquante', "Bonjour, dans le carton du lit superposé il manque l'échelle. Tout le reste est là mais sans échelle les enfants ne peuvent pas monter. Merci de me l'envoyer."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Ciao, il monopattino si spegne da solo in salita, anche con la batteria carica al 100%. Ce l\'ho da 20 giorni.'],
  ['return_request', false, 'it', 'IT', '', 'Buongiorno, vorrei restituire il piumino, la taglia va bene ma il colore dal vivo non mi piace proprio. Mai indossato, ha ancora il cartellino.'],
  ['damaged_or_defective', false, 'it', 'IT', 'Ordine arrivato', 'Salve, ho aperto il pacco e il servizio di piatti era in frantumi, almeno sei piatti rotti. La scatola esterna sembrava intatta.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el altavoz se oye con un zumbido constante aunque no haya nada sonando. Ya lo probé en dos enchufes distintos.'],
  ['return_request', false, 'es', 'MX', '', 'Qué tal, pedí la mochila escolar pero a mi hijo le pidieron una de ruedas en la escuela 🙃 no la ha usado, ¿cómo la regreso?'],
  ['return_request', false, 'es', 'ES', 'Solicitud de autorización de devolución del pedido n.º 402-7718320-1196547', 'El cliente de Amazon Sergio Molina ha solicitado la devolución del siguiente artículo:\n\nPedido: 402-7718320-1196547\nArtículo: Taurus Plancha de pelo Slimlook\nMotivo de la devolución: Llegó dañado\nComentarios del cliente: La carcasa viene rajada\n\nGestione la solicitud en Administrar devoluciones.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Goedemiddag, de stofzuigerrobot laadt niet meer op als hij in het station staat. Lampje blijft rood knipperen.'],
  ['return_request', false, 'nl', 'BE', '', 'Hallo, ik heb per ongeluk de verkeerde kleur gordijnen besteld. Nog in de verpakking. Mag ik ze terugsturen?'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, w czajniku od środka odpada farba, widać czarne płatki w wodzie. Nie da się z tego pić.'],
  ['return_request', false, 'sv', 'SE', '', 'Hej! Jackan var för stor, kan jag skicka tillbaka den och få en S istället? Lappen sitter kvar.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Boa tarde, o liquidificador chegou com o copo trincado embaixo, está vazando tudo. Preciso de outro.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, ayakkabı numaram 40 ama 41 gelmesi gerekiyordu, ben yanlış seçmişim. Değiştirebilir miyiz? Hiç giyilmedi.'],
];

export const TRAINING_DAMAGED_RETURN_10: Example[] = fromRows(rows);
