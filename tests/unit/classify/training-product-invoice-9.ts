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
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', 'はじめて利用します。実家の母（80代）にプレゼントしようと思っているのですが、このラジオはボタンが大きくて操作が簡単なタイプでしょうか。目が悪くなってきていて、スマホも使えないので、電源を入れて回すだけで聞けるものを探しています。乾電池でも動くと助かります。'],
  ['invoice_request', false, 'ja', 'JP', '', '購入明細書だと会社で受け付けてもらえないので、ハンコ付きのものをお願いできませんか'],
  ['product_question', false, 'ja', 'JP', '', 'ﾏｲﾅｽﾄﾞﾗｲﾊﾞｰも付属してますか？'],
  ['invoice_request', false, 'ja', 'JP', '', '注文番号 250-7720193-4418820 です。宛名を個人名から「さくら保育園」に変更したものを再発行していただけますか。園の会計処理に必要です。'],
  ['other', false, 'ja', 'JP', '', 'お歳暮で先方に直接届くので、納品書や金額がわかるものは同梱しないでいただけますか。'],
  ['product_question', false, 'ja', 'JP', '', '今注文したら年内に届きますか？あと、のし対応ってしてもらえますか'],
  ['product_question', false, 'en', 'IN', '', 'Sir, this pressure cooker is suitable for induction as well as gas stove? Also tell whistle count for rice. Waiting reply.'],
  ['invoice_request', false, 'en', 'US', 'Inquiry from Amazon customer Westbrook Elementary PTA (Order: 112-4409182-2270319)', "Hello! Our PTA bought the folding tables for the spring fair. Our treasurer needs something official showing we paid and that no sales tax was charged, made out to Westbrook Elementary PTA. We're a 501(c)(3). Thank you so much!"],
  ['product_question', false, 'en', 'CA', '', 'hey is the kayak paddle one piece or does it come apart? need it to fit in my hatchback'],
  ['product_question', true, 'en', 'US', 'wholesale', 'Hello I own 3 phone repair shops in Houston and want 200 units of these screen protectors. Can you give me a better price if I pay you by Zelle directly? Text me 713-555-0148.'],
  ['return_request', false, 'en', 'UK', '', "Bought the rug thinking the grey would match the sofa but it's much more blue in real life. Can I send it back? It's still rolled up."],
  ['product_question', false, 'en', 'US', '', 'Is the stroller FAA approved to gate check, and how much does it weigh folded?'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, ich überlege, die Kaffeemühle zu bestellen. Wie fein kann man damit mahlen, reicht das für Espresso aus einer Siebträgermaschine? Und wie laut ist sie ungefähr? Wir haben ein Baby im Haus. Beste Grüße, Tobias'],
  ['invoice_request', false, 'de', 'DE', '', 'Moin, brauch die Quittung bitte auf meinen Namen statt auf den meiner Frau, ist für die Steuererklärung. Danke!'],
  ['delivery_status', false, 'de', 'CH', '', 'Grüezi, die Lieferung war für gestern angekündigt, in der Sendungsverfolgung steht seit drei Tagen "beim Zoll". Wissen Sie, wie lange das noch dauert?'],
  ['product_question', false, 'fr', 'FR', '', "slt, c'est compatible avec la switch oled la manette ?"],
  ['invoice_request', false, 'fr', 'CA', '', 'Bonjour, pourriez-vous me faire parvenir un reçu indiquant la TPS et la TVQ pour la souffleuse à neige? C’est pour mes dépenses de travailleur autonome. Merci!'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, je cherche un cadeau pour mon neveu de 10 ans qui adore l'astronomie. Ce télescope est-il assez simple pour un enfant, ou faut-il des connaissances pour le régler ? Merci beaucoup"],
  ['invoice_request', false, 'it', 'IT', '', 'Buonasera, per favore inviatemi la fattura elettronica sul codice SDI M5UXCR1, la mia azienda è Ferramenta Colombo snc. Senza quella non posso registrare l’acquisto.'],
  ['product_question', false, 'it', 'IT', '', 'Salve, il materasso è sfoderabile? Soffro di allergia agli acari e devo lavare spesso'],
  ['other', false, 'it', 'IT', '', 'Buongiorno, ho lasciato una recensione ma vedo che è stata rimossa, sapete perché?'],
  ['product_question', false, 'es', 'MX', '', 'Qué onda, la funda aguanta caídas? Es para mi hijo que tira todo jaja'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenas tardes, compré la silla ergonómica con la tarjeta de la empresa y necesito el documento con los datos fiscales: Reformas Ortega S.L., B87654321. Gracias de antemano'],
  ['product_question', false, 'es', 'ES', '', '¿Se puede pedir sin la caja original? Es para regalo y me da igual el embalaje, solo quiero saber si sale más barato.'],
  ['product_question', false, 'nl', 'NL', '', 'Hoi, past deze hoes ook om een Kindle Paperwhite van de 11e generatie?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Witam, potrzebuję faktury do zamówienia, dane firmy: Nowak Transport, NIP 7811234567. Pozdrawiam'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Hur många liter rymmer kylboxen? Ska ha den i bilen till fjällen'],
  ['invoice_request', false, 'pt', 'PT', '', 'Olá, preciso da fatura com contribuinte para a empresa, NIF 509876543. Podem enviar pela Amazon? Obrigada'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba bu blender ile buz kırılabilir mi, bıçakları çelik mi?'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, kurumsal alım yaptık, faturayı şirket unvanıyla düzenleyebilir misiniz? Unvan: Demir Yapı Ltd. Şti.'],
];

export const TRAINING_PRODUCT_INVOICE_9 = fromRows(rows);
