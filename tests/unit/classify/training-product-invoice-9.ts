/**
 * Round-9 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data, never copied or paraphrased
 * from the dev corpus or the earlier probe files. New products, situations, openings and registers; one-liners to
 * long stories; the concern told without the category's obvious keyword; near-misses that belong to other categories;
 * the scam flag both true and false as TAXONOMY.md says. Every row carries its true labels, whatever the classifier
 * says today. Written in batches of about 30 (the commit log gives each batch's failure counts).
 */
import { fromRows, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['product_question', false, 'ja', 'JP', '', 'このキャンプ用の椅子って、耐荷重何キロまでですか？父が100キロ近くあるので心配で'],
  ['invoice_request', false, 'ja', 'JP', '', '先日購入したシュレッダーの件です。会社の備品として購入したため、経理から支払いの証明になるものを出してほしいと言われました。宛名は「有限会社タカハシ塗装」でお願いします。'],
  ['product_question', false, 'ja', 'JP', '', '保冷バッグ、500mlのペットボトル何本入りますか'],
  ['product_question', true, 'ja', 'JP', '', 'こちらの電動歯ブラシを店舗用にまとめて30本ほど仕入れたいです。アマゾンを通すと手数料が高いので、直接取引できませんか？LINE: hana_shop77 までご連絡ください。'],
  ['invoice_request', false, 'ja', 'JP', 'Amazon.co.jp のお客様 森田 様からのお問い合わせ', 'お世話になります。学校の備品購入のため、公費で支払います。見積書・納品書・請求書の3点セットを日付なしで作成いただくことは可能でしょうか。'],
  ['thanks', false, 'ja', 'JP', '', 'サイズの件、丁寧に教えていただきありがとうございました。おかげで無事に注文できました。'],
  ['product_question', false, 'en', 'US', '', 'does this air fryer have an auto shut off? my roommate always forgets stuff on'],
  ['invoice_request', false, 'en', 'US', '', "Hi, I'm filing an insurance claim after a break-in and they want proof of what I paid for the laptop stand and monitor. Is there a way to get an itemized document with the price and date? Thanks, Dana"],
  ['product_question', false, 'en', 'AU', '', "G'day, will this pool cover handle the UV up here in Queensland or does it go brittle after a summer?"],
  ['product_question', false, 'en', 'UK', '', 'Hiya, is the dog coat machine washable? Ours rolls in everything'],
  ['invoice_request', true, 'en', 'US', '', 'Need the receipt for order 114-2281930-5561820 for my accountant. Dont upload it on amazon, email it to taxdocs.bjenkins@outlook.com instead its faster'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The invoice says 4 shelves but the box only had 3 in it. Can you send the missing one?'],
  ['product_question', false, 'de', 'DE', '', 'Hallo, kann man bei dem Wasserkocher die Temperatur einstellen, z.B. 80 Grad für grünen Tee?'],
  ['invoice_request', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Petra Lindner (Bestellung: 304-6618220-7739104)', 'Guten Tag, auf dem Beleg fehlt leider unsere Firmenanschrift, das Finanzamt erkennt ihn so nicht an. Bitte korrigieren: Lindner Gartenbau, Am Mühlbach 3, 93047 Regensburg. Mit freundlichen Grüßen'],
  ['product_question', false, 'de', 'AT', '', 'Servus, passt der Fahrradhelm auf einen Kopfumfang von 61 cm? Die Größentabelle ist etwas unklar'],
  ['product_question', false, 'fr', 'FR', '', 'Bonsoir, la couette est-elle adaptée pour quelqu’un qui a très chaud la nuit ? Merci d’avance'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, notre mairie a commandé des bancs pour l'école. Le trésorier exige un document à l'ordre de la Commune de Saint-Pierre avec le SIRET. Pouvez-vous le déposer sur la commande ? Cordialement"],
  ['product_question', false, 'fr', 'BE', '', 'Bonjour, les piles sont-elles fournies avec le détecteur de fumée ?'],
  ['product_question', false, 'it', 'IT', '', 'Buongiorno, il seggiolino si può montare anche sulla Panda vecchio modello senza isofix?'],
  ['invoice_request', false, 'it', 'IT', '', 'Salve, mi servirebbe il documento fiscale dell’ordine per detrarre la spesa nel 730, a nome di Bianchi Giulia, CF BNCGLI85M41F205X. Grazie'],
  ['product_question', false, 'it', 'IT', '', 'ciao quanto è alto il comodino? devo metterlo sotto una finestra'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la mochila porta bebé se puede usar mirando hacia delante o solo hacia dentro?'],
  ['invoice_request', false, 'es', 'MX', '', 'Buen día, me pueden generar el CFDI de la compra del monitor? Mi RFC es GOMA850312KJ7, uso de CFDI G03. Gracias'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Buenas, he visto que la mesa mide 1,20 y no me cabe. Si no ha salido todavía no me la mandéis, por favor.'],
  ['product_question', false, 'nl', 'NL', '', 'Hallo, zit er een Nederlandse handleiding bij de naaimachine?'],
  ['invoice_request', false, 'nl', 'BE', '', 'Goedendag, mag ik een factuur met ons ondernemingsnummer BE0123.456.789? Dank u'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten fotelik da się zamontować tyłem do kierunku jazdy?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, går det att få underlag för momsen på beställningen? Vi köpte skrivbordet till kontoret. Mvh Anna'],
  ['product_question', false, 'pt', 'BR', '', 'Oi gente, essa cafeteira é 110 ou 220v? Moro em Brasília'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu mont su geçirmez mi yoksa sadece rüzgar mı kesiyor?'],
];

export const TRAINING_PRODUCT_INVOICE_9 = fromRows(rows);
