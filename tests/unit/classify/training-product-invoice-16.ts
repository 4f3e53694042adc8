/**
 * Round-16 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/) and, before it learns from them, for the held-out estimate of the
 * hidden evaluation set. Written in the style of the evaluation data, never copied or paraphrased from the dev corpus
 * or the earlier probe and training files. About 70 % ordinary messages, 30 % harder ones (the concern without the
 * obvious keyword, two concerns where TAXONOMY.md's priority decides, near-misses of other categories, the scam flag
 * both true and false). Every row carries its true labels, whatever the classifier says today. Written in batches of
 * about 30 (the commit log gives each batch's failure counts, rules alone / full classifier).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['product_question', false, 'ja', 'JP', '', 'この土鍋、直火じゃなくてIHでも使えますか？'],
  ['product_question', false, 'ja', 'JP', 'サイズについて', 'はじめまして。小学3年生の息子（身長132cm）に着せたいのですが、140と130のどちらが良いでしょうか。肩幅が広めです。'],
  ['invoice_request', false, 'ja', 'JP', '', 'すみません、注文番号 503-6620194-1187325 の領収書、宛名を「合同会社ハルモニア」にして再発行してもらえますか。最初に個人名で出してしまいました。'],
  ['invoice_request', false, 'ja', 'JP', 'Amazon.co.jp のお客様 小野寺 様からのお問い合わせ', 'いつもお世話になっております。町内会で購入したテント2張について、会計報告に添付する書類が必要になりました。お支払い金額の分かる領収書をご用意いただけますでしょうか。何卒よろしくお願い申し上げます。'],
  ['product_question', false, 'ja', 'JP', '', 'ワイヤレス充電器買いました。スマホケースつけたままでも充電できますか？手帳型です'],
  ['product_question', false, 'ja', 'JP', '', '賞味期限どれくらいですか'],
  ['product_question', true, 'ja', 'JP', '', '保育園を運営している者です。このお昼寝マットを30枚まとめて購入したいと考えています。Amazonだと手数料がかかるので、直接お振込みで安くしていただけませんか？ご連絡はメール（hoiku.sakura@gmail.com）にお願いします。'],
  ['product_question', false, 'en', 'US', '', "quick question - is the ice maker loud? it'd be on the counter right next to where i work from home"],
  ['product_question', false, 'en', 'UK', 'Inquiry from Amazon customer Fiona Grant (Order: 205-8830174-6612093)', "Hi there, the lawn mower arrived yesterday and looks great. Do I need to put oil in it before the first use or does it come pre-filled? Don't want to wreck the engine. Many thanks, Fiona"],
  ['invoice_request', false, 'en', 'US', '', 'Hello, I need a receipt for the wheelchair cushion for my FSA claim. It has to show the item description and date. Thank you!'],
  ['invoice_request', false, 'en', 'AU', 'tax invoice pls', 'Hey mate, bought the welding helmet for the business. Any chance of a proper tax invoice with the GST broken out? Cheers, Dave'],
  ['product_question', false, 'en', 'IN', '', 'Hello, this water purifier is suitable for borewell water? TDS here is around 900. Kindly reply'],
  ['product_question', false, 'en', 'CA', '', "Does the snow blower come assembled or will I need to put the chute and handles on myself? I'm not very handy lol"],
  ['delivery_status', false, 'en', 'US', '', "I got the receipt emailed to me on the 2nd but the stroller still hasn't shown up. Can you check where it is?"],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, hat der Staubsauger einen HEPA-Filter? Mein Sohn ist Allergiker. Danke!'],
  ['invoice_request', false, 'de', 'DE', 'Rechnung', 'Hallo zusammen, ich habe den Drucker für mein Büro gekauft und finde in meinem Konto keine Rechnung. Könnten Sie bitte eine hochladen? Viele Grüße, Jana Köhler'],
  ['product_question', false, 'de', 'CH', '', 'Grüezi mitenand, funktioniert die Wetterstation auch ohne WLAN, also nur mit dem Aussensensor?'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, la poussette passe-t-elle dans un coffre de Clio ? Quelles sont les dimensions pliée ? Merci"],
  ['invoice_request', false, 'fr', 'BE', 'Facture TVA', "Bonjour, nous sommes une ASBL à Namur. Pourriez-vous établir la facture à notre nom avec notre numéro d'entreprise BE0456789123 ? Bien à vous"],
  ['product_question', false, 'fr', 'FR', '', "coucou est ce que le fer a lisser marche sur cheveux tres epais et frises ?"],
  ['product_question', false, 'it', 'IT', '', "Buongiorno, il deumidificatore ha lo scarico continuo con tubo? Lo vorrei mettere in cantina"],
  ['invoice_request', false, 'it', 'IT', 'Fattura', "Salve, avrei bisogno della fattura intestata alla mia ditta individuale, P.IVA 03456789012, codice univoco SUBM70N. Grazie e buona giornata"],
  ['product_question', false, 'it', 'IT', '', 'ciao le racchette da padel sono adatte a un principiante o sono troppo rigide?'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿el colchón de cuna es desenfundable y la funda se puede lavar a 60 grados?'],
  ['invoice_request', false, 'es', 'MX', '', 'Buen día, me pueden facturar la compra? Mi RFC es MELR900215QX3, uso CFDI gastos en general. Gracias'],
  ['product_question', false, 'es', 'ES', '', 'buenas! la tienda de campaña aguanta lluvia fuerte? vamos al norte en agosto'],
  ['product_question', false, 'nl', 'NL', '', 'Hallo, kan de airfryer ook in de vaatwasser of alleen het mandje? Groetjes'],
  ['invoice_request', false, 'nl', 'NL', '', 'Goedemorgen, graag ontvang ik een factuur op naam van Bakkerij Visser met ons btw-nummer NL812345678B01. Dank u wel'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten fotelik rowerowy pasuje do bagażnika z tyłu czy tylko na ramę?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Witam, potrzebuję faktury na firmę do zamówienia, NIP 8971234567. Z góry dziękuję.'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Passar laddaren till en Volvo XC40 Recharge? Tack på förhand'],
  ['product_question', false, 'pt', 'BR', '', 'Oi, esse liquidificador é bivolt? Aqui em casa é 127v'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, faturayı şahıs adıma değil şirketimize kesebilir misiniz? Vergi numarası 9876543210.'],
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', 'このプロテイン、牛乳じゃなくて豆乳で割っても溶けますか？ダマになりやすいとレビューで見たので'],
  ['invoice_request', false, 'ja', 'JP', '', '経費精算用に購入証明みたいなのが欲しいです。注文履歴の画面だとダメって言われました'],
  ['product_question', false, 'ja', 'JP', '', '届いた加湿空気清浄機ですが、加湿だけ止めて空気清浄だけで動かすことってできますか？冬以外はそうしたいので。'],
  ['invoice_request', false, 'ja', 'JP', '領収書宛名変更のお願い', '恐れ入ります。先ほどダウンロードした領収書の宛名が旧姓のままでした。「森本」に直したものを発行していただくことは可能でしょうか。'],
  ['product_question', false, 'ja', 'JP', '', 'こちらの商品は日本製でしょうか？パッケージに中国語が書いてあったので気になりました'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '取扱説明書どおりに組み立てたのに、棚板が1枚足りません。ネジ穴も合いません。どうしたらいいですか'],
  ['product_question', false, 'en', 'US', 'question', 'Hi, will the queen size sheets fit a 16 inch deep mattress? Thanks in advance'],
  ['invoice_request', false, 'en', 'UK', '', "Morning! My accountant's chasing me for paperwork on the laptop stand, order 026-4471930-5528104. Could you sort an invoice with VAT shown? Ta very much"],
  ['product_question', false, 'en', 'SG', '', 'hi is the charger UK plug or US plug? staying in Singapore'],
  ['product_question', false, 'en', 'US', '', "I ordered the electric toothbrush for my dad. He has a pacemaker - is it safe for him to use? Couldn't find any info in the box."],
  ['invoice_request', true, 'en', 'US', '', "Hi, I need an invoice for the generator for my company. Please don't upload it on Amazon, just send it to accounts.hollowayco@outlook.com and I'll pay the next order by Zelle to save us both fees."],
  ['product_question', false, 'en', 'AU', '', 'Whats the warranty on the pool pump and is it handled by you or the manufacturer?'],
  ['product_question', false, 'de', 'DE', '', 'Hi, kann ich die Matratze auf einen Lattenrost mit Motor legen, also ist die biegsam genug?'],
  ['invoice_request', false, 'de', 'AT', '', 'Grüß Gott, ich bitte um eine Rechnung mit UID-Nummer unserer Firma ATU12345678 für die Bestellung 304-5510928-6613740. Mit freundlichen Grüßen, Huber'],
  ['other', false, 'de', 'DE', '', 'Hallo, die Rechnung ist angekommen, alles korrekt. Ich wollte nur anmerken, dass Ihre Versandbestätigung jedes Mal im Spam landet, vielleicht prüfen Sie das mal.'],
  ['product_question', false, 'fr', 'FR', 'Question avant achat', "Bonjour, le purificateur d'air est-il efficace contre les odeurs de cigarette ? Pièce de 25 m². Merci d'avance"],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, pour mon remboursement CPAM j'ai besoin d'une facture détaillée pour le tensiomètre. Vous pouvez l'ajouter sur la commande ? Merci"],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, finalement la couleur de la nappe ne va pas du tout avec ma salle à manger. Elle est encore pliée dans son emballage, je peux vous la renvoyer ?"],
  ['product_question', false, 'it', 'IT', '', "Buonasera, la bilancia pesapersone misura anche la massa grassa e si collega al telefono?"],
  ['invoice_request', false, 'it', 'IT', '', "salve mi servirebbe la fattura per detrarre il condizionatore, codice fiscale BNCLRA75C41F205X, intestata a me. grazie"],
  ['product_question', false, 'it', 'IT', '', "Buongiorno, il trapano è venduto con la valigetta e le punte o solo il corpo macchina?"],
  ['product_question', false, 'es', 'ES', '', "Hola, una pregunta: ¿las botas son impermeables de verdad? Camino mucho por el monte con barro."],
  ['invoice_request', false, 'es', 'ES', 'Factura', "Buenas tardes. Somos una asociación cultural y hemos comprado el proyector. ¿Nos podéis emitir factura con CIF G98765432? Muchas gracias."],
  ['product_question', true, 'es', 'MX', '', "Hola, tengo una tienda en Guadalajara y quiero 60 piezas de las bocinas. Por Amazon sale muy caro, mándame tu número de WhatsApp y te pago por transferencia directa."],
  ['product_question', false, 'nl', 'BE', '', 'Dag, is de kinderfiets geschikt voor een jongen van 5 jaar van 1m10? Alvast bedankt'],
  ['invoice_request', false, 'nl', 'NL', 'factuur', 'Hoi, kunnen jullie de factuur nog even aanpassen naar mijn bedrijfsnaam? Het is Studio Janssen. Top, dank!'],
  ['product_question', false, 'pl', 'PL', '', 'Czy ten czajnik ma filtr kamienia i czy da się go wyjąć do mycia?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, jag köpte kontorsstolen via jobbet. Kan ni skicka en faktura med företagsnamnet Nordgren AB? Mvh Linnea'],
  ['product_question', false, 'pt', 'PT', '', 'Bom dia, a bicicleta vem montada ou é preciso montar as rodas e o guiador? Obrigado'],
  ['invoice_request', false, 'pt', 'BR', '', 'Boa tarde, vocês emitem nota fiscal? Preciso pra prestar contas na empresa.'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu kahve makinesi öğütülmüş kahve ile de çalışıyor mu yoksa sadece kapsül mü?'],
  ['invoice_request', false, 'tr', 'TR', '', 'İyi akşamlar, faturayı e-arşiv olarak mail adresime değil Amazon hesabıma yükler misiniz? Teşekkürler'],
];

export const TRAINING_PRODUCT_INVOICE_16: Example[] = fromRows(rows);
