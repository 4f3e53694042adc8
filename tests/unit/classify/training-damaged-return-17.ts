/**
 * Round-17 training messages for the learned model (lib/classify/learned/) and the held-out estimate, areas
 * damaged_or_defective and return_request (including Amazon's return authorization notices, exchange wishes and
 * refund-without-return threats, which carry the scam flag). Fresh labelled buyer messages written in the style of the
 * evaluation data, never copied or paraphrased from the dev corpus or earlier probe and training files. Every row
 * carries its true labels (category, scam, lang), whatever the classifier says today. Written in batches of about 30,
 * each measured before the next (counts in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', true, 'ja', 'JP', '', '届いた加湿器、タンクの底から水が漏れて床がびしょびしょです。返送はしません。今日中に全額返金してくれないと最低評価を付けます。'],
  ['damaged_or_defective', true, 'ja', 'JP', '', 'コーヒーメーカーが一度も動きませんでした。着払いで送り返すのも嫌なので返金だけお願いします。対応がなければAmazonに通報します。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '本日届いたハンガーラック、キャスターが一つ折れた状態で入っていました。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '電気毛布ですが、左半分しか温かくなりません。設定は「強」にしています。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'お世話になります。ガスコンロ用の五徳を注文しましたが、同梱の説明書が中国語のみで、日本語の説明書が入っていませんでした。商品ページには日本語説明書付きとあります。'],
  ['return_request', false, 'ja', 'JP', '', 'サンダルのサイズ交換はできますか？24cmを買いましたが少し大きかったので23.5cmにしたいです。室内で試しただけです。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：250-1128834-6607712）', '出品者様\n\n購入者から次の商品の返品リクエストが届きました。\n\n注文番号：250-1128834-6607712\n商品名：ステンレス 水筒 500ml マットブラック\n返品理由：イメージと違った\n購入者コメント：思ったより重かったです。\n\n返品リクエストの管理から対応してください。'],
  ['damaged_or_defective', false, 'en', 'US', '', "Heads up, the standing fan arrived with one of the blades bent. It wobbles and clicks every rotation."],
  ['damaged_or_defective', false, 'en', 'UK', '', "Hiya, the desk came but the box was missing the instruction manual and the allen key. Can't put it together without them."],
  ['damaged_or_defective', false, 'en', 'US', '', 'The bluetooth speaker makes a hissing noise the whole time it is on, even with nothing playing.'],
  ['damaged_or_defective', true, 'en', 'US', 'coffee grinder', "Grinder died after a week. I'm keeping it, not worth the trip to UPS. Just send the refund to my PayPal jess.m.harlow@gmail.com."],
  ['damaged_or_defective', false, 'en', 'CA', '', "The laptop I got has a French Canadian keyboard, the listing said US English layout. I type blind so this is a real problem."],
  ['return_request', false, 'en', 'US', 'Inquiry from Amazon customer Dana Whitfield (Order: 112-3390172-5581046)', "Hi there, the toddler shoes are cute but my son's feet grew faster than expected. Any chance I can swap for the next size up? They've only been tried on."],
  ['return_request', false, 'en', 'AU', '', 'g\'day, changed my mind about the camping chairs, bought some locally. unopened. whats the process to send them back?'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Hallo, der Wasserkocher zischt beim Aufheizen laut und am Boden bilden sich Tropfen. Ist das normal? Ich glaube eher nicht.'],
  ['damaged_or_defective', true, 'de', 'DE', '', 'Die Powerbank lädt nicht. Ich behalte sie, zurückschicken lohnt sich nicht. Erstatten Sie mir den Betrag per PayPal an kai.brandt84@web.de, sonst gibt es eine schlechte Bewertung.'],
  ['return_request', false, 'de', 'AT', '', 'Grüß Gott, kann ich die Winterstiefel gegen Größe 40 umtauschen? Die 39 drückt vorne. Nur in der Wohnung probiert.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, le sèche-serviettes ne chauffe qu'en haut, le bas reste froid. Il est branché depuis deux heures."],
  ['damaged_or_defective', true, 'fr', 'BE', '', "La montre s'est arrêtée au bout de trois jours. Je la garde, remboursez-moi sur mon PayPal, sinon je mets une très mauvaise note."],
  ['return_request', false, 'fr', 'FR', '', "Coucou, les baskets sont trop petites pour ma fille. Est-ce qu'on peut les échanger contre du 34 ? Jamais portées dehors."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, il tostapane tosta solo da un lato, l'altro lato del pane esce bianco."],
  ['return_request', false, 'it', 'IT', '', "Ciao, ho preso i pantaloni in 46 ma mi stanno stretti. Si possono cambiare con una 48? Etichetta ancora attaccata."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Salve, il caricabatterie è arrivato con la spina inglese, io l'avevo ordinato per l'Italia. Non lo posso usare."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, la lámpara llegó con una de las patas doblada y no se sostiene recta.'],
  ['damaged_or_defective', true, 'es', 'MX', '', 'Las bocinas no suenan. No voy a regresarlas, mándeme el reembolso hoy o les dejo una calificación de una estrella y abro reclamo.'],
  ['return_request', false, 'es', 'ES', '', 'Buenas, ¿se puede cambiar la sudadera por otro color? Me gusta más la gris. Está sin usar.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hallo, in de doos van de kinderstoel zat geen handleiding en er ontbreken twee bouten. Graag nasturen.'],
  ['return_request', false, 'nl', 'BE', '', 'Dag, mag ik de trui terugsturen? Kleur valt tegen in het echt. Nog met kaartje.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, żelazko syczy i wypuszcza wodę zamiast pary. Używane dwa razy.'],
  ['return_request', false, 'pl', 'PL', '', 'Cześć, czy mogę wymienić kurtkę na rozmiar L? M jest za ciasna. Nie noszona.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, ayakkabılar dar geldi, 42 numara ile değiştirebilir miyiz? Kutusu duruyor.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, tangentbordet har tysk layout men annonsen sa svensk. Kan jag få rätt modell?'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Oi, a camiseta diz 100% algodão no anúncio mas na etiqueta está 50% poliéster.'],
];

export const TRAINING_DAMAGED_RETURN_17: Example[] = fromRows(rows);
