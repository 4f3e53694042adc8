/**
 * Round-11 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data, never copied or paraphrased
 * from the dev corpus or the earlier probe and training files. New products, situations, openings, registers and
 * marketplaces; one-liners to long stories; the concern told without the category's obvious keyword; near-misses that
 * belong to other categories; the scam flag both true and false as TAXONOMY.md says. Every row carries its true
 * labels, whatever the classifier says today. Written in batches of about 30 (the commit log gives each batch's
 * failure counts, rules alone / full classifier).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['product_question', false, 'ja', 'JP', '', 'この圧力鍋、IHでも使えますか？うちのコンロ200Vのやつです'],
  ['invoice_request', false, 'ja', 'JP', '', '町内会の備品としてテントを買いました。会計報告に添付するので、宛名「桜台三丁目町内会」で発行したものをアップロードしていただけますか。'],
  ['product_question', false, 'ja', 'JP', 'Amazon.co.jp のお客様 高畑 様からのお問い合わせ', 'お世話になっております。御社のカーテンについて伺います。遮光1級とありますが、寝室を真っ暗にしたい場合、裏地を別途付ける必要はございますでしょうか。何卒よろしくお願い申し上げます。'],
  ['invoice_request', false, 'ja', 'JP', '', '経費で落としたいので、但し書きを「書籍代」にした受け取りの書類もらえますか？'],
  ['product_question', false, 'ja', 'JP', '', 'ランドセルカバー、反射材ついてますか'],
  ['delivery_status', false, 'ja', 'JP', '', '領収書はもう届いたんですが、肝心の品物がまだ来ていません。いつ頃になりそうでしょうか。'],
  ['product_question', false, 'en', 'US', '', "quick q - does the cast iron skillet come pre-seasoned or do i have to do that myself before cooking"],
  ['invoice_request', false, 'en', 'US', '', "Hi there, our church youth group bought the folding chairs and the treasurer needs something official showing what was paid and to whom. The order confirmation email isn't enough for her. Could you add the proper document to the order? God bless, Martha"],
  ['product_question', false, 'en', 'UK', '', 'Would this kettle be alright in a motorhome on a 1500W inverter or will it trip it?'],
  ['product_question', true, 'en', 'IN', '', 'Sir I want 40 pcs of this water bottle for my coaching centre students. Amazon price is high, share your UPI or bank details and I will pay you direct, you can courier it.'],
  ['invoice_request', false, 'en', 'CA', '', 'Hello, I need paperwork showing the GST/HST charged on the snow blower for my landscaping business books. Thanks in advance'],
  ['refund_request', false, 'en', 'US', '', "Looked at my receipt and I was charged full price, but the listing had a 20% coupon clipped when I checked out. Can you refund the difference?"],
  ['product_question', false, 'de', 'AT', '', 'Servus, passt die Schutzhülle auf den Weber Kugelgrill mit 57 cm oder ist die zu klein?'],
  ['invoice_request', false, 'de', 'DE', '', 'Guten Abend, könnten Sie mir für die Fahrradhalterung einen Zahlungsbeleg hinterlegen, auf dem die Umsatzsteuer getrennt steht? Ich reiche das beim Arbeitgeber ein. Gruß, T. Albrecht'],
  ['product_question', false, 'de', 'DE', '', 'Ist der Rucksack handgepäcktauglich bei Ryanair?'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, la robe existe-t-elle en taille 46 ? Je ne vois que jusqu'au 44 dans le menu"],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, je suis infirmière libérale et j'ai commandé l'oxymètre pour mon cabinet. Mon comptable me réclame un justificatif à mon nom professionnel avec la TVA. Pouvez-vous le déposer sur la commande ? Merci, C. Lemoine"],
  ['product_question', false, 'fr', 'CA', '', "Allo, est-ce que le manteau est assez chaud pour -30 à Québec? Merci!"],
  ['product_question', false, 'it', 'IT', '', 'Ciao, la friggitrice ha il cestello antiaderente senza PFOA? Grazie mille'],
  ['invoice_request', false, 'it', 'IT', '', 'Buongiorno, siamo uno studio di architettura e abbiamo acquistato il plotter. Ci serve la fattura elettronica con codice destinatario M5UXCR1, P.IVA 01234567890. Cordiali saluti'],
  ['product_question', false, 'it', 'IT', '', 'Il seggiolino auto è omologato i-Size? Mio figlio ha 9 mesi'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la plancha de pelo sirve para pelo rizado muy grueso o se queda corta de temperatura?'],
  ['invoice_request', false, 'es', 'MX', '', 'Buenas tardes, necesito mi CFDI para deducir la compra de la impresora. RFC GOMJ850712AB3, uso de CFDI G03. Gracias'],
  ['product_question', false, 'es', 'ES', '', 'Buenas, ¿tenéis el mismo sofá en gris antracita? El que sale es gris perla'],
  ['invoice_request', false, 'nl', 'NL', '', 'Goedemiddag, voor mijn zzp-administratie heb ik een aankoopbewijs nodig met het btw-bedrag apart vermeld. Kunt u dat aan de bestelling toevoegen?'],
  ['product_question', false, 'nl', 'BE', '', 'Hallo, past deze stofzuigerzak ook in een Miele Complete C3?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, czy mogę prosić o dokument sprzedaży na firmę? Kupiłem wiertarkę do warsztatu, NIP 9512345678.'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Är kaffekvarnen justerbar för espresso eller bara för bryggkaffe?'],
  ['invoice_request', false, 'pt', 'BR', '', 'Boa tarde, comprei pelo CNPJ da minha loja mas a nota veio no meu CPF. Tem como emitir certo? CNPJ 12.345.678/0001-90'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu termos çay için de uygun mu, kaç saat sıcak tutuyor?'],
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', '義母が右手に少し麻痺があって、片手で開けられる水筒を探しています。このボトルはワンタッチで蓋が開くタイプでしょうか？ロックを外すのに両手が必要だと難しいので、そこだけ教えてください。'],
  ['invoice_request', false, 'ja', 'JP', '', 'お世話になります。先月の注文分、請求書の形式でいただけませんか？うちは掛け払いの処理しかできない事務所でして…宛名は合同会社ミナトでお願いします'],
  ['product_question', false, 'ja', 'JP', '', 'すみません、これ何人分くらい炊けますか？5合炊きって書いてあるけど家族4人で足りるか不安で'],
  ['invoice_request', true, 'ja', 'JP', '', '領収書お願いします。アマゾンのだと会社がダメって言うので、そちらの手書きのものを郵送してください。住所は下に書きます。お代は別途振込でお支払いするので口座を教えてください。'],
  ['product_question', false, 'ja', 'JP', '', '届いたスマートウォッチ、LINEの通知が来ません。iPhoneの設定でどこをいじればいいですか'],
  ['return_request', false, 'ja', 'JP', '', '領収書も同封されていましたが、使わないまま箱ごとお返ししたいです。気が変わってしまって。送り先を教えてください'],
  ['product_question', false, 'en', 'UK', '', "Hi, my daughter's school says lunch boxes must be nut-free and BPA-free. Can you confirm both for this bento box? She starts Monday. Thanks, Lorna"],
  ['invoice_request', false, 'en', 'US', 'Inquiry from Amazon customer Derek Olsen (Order: 113-5520917-3381046)', "Our HOA reimburses board members for purchases but only with a document that has the seller name and an itemized total. Can you put that on the order for the snow shovels? Appreciate it"],
  ['product_question', false, 'en', 'AU', '', 'G day, does the esky keep ice for 3 days like it says or is that in a fridge lol. heading to fraser island'],
  ['invoice_request', false, 'en', 'IN', '', 'Dear Seller, kindly provide GST bill with our GSTIN 27AAACR5055K1ZV for the UPS inverter purchased for office. Company name Shree Traders. Regards'],
  ['other', false, 'en', 'US', '', "Just a suggestion, the manual only comes in Spanish and French. Might be worth adding English for the next batch."],
  ['product_question', false, 'en', 'US', '', 'Will the replacement band fit a Fitbit Charge 6 or only the 5'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, meine Frau und ich überlegen, die Matratze zu kaufen. Ich wiege 110 kg und liege auf der Seite, sie wiegt 55 kg. Ist der Härtegrad H3 da ein guter Kompromiss oder gibt es eine Variante mit zwei Zonen? Vielen Dank für Ihre Einschätzung.'],
  ['invoice_request', false, 'de', 'AT', '', 'Hallo, bitte um eine Rechnung mit UID-Nummer ATU12345678, Firma Gruber Elektro GmbH. Die automatische hat keine Firmenangaben.'],
  ['product_question', false, 'de', 'DE', '', 'hallo lässt sich der bürostuhl ohne werkzeug aufbauen oder brauch ich nen inbus'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonsoir, l'association sportive de mon club a payé les ballons, le trésorier doit justifier la dépense. Vous pouvez éditer un document au nom de l'AS Cormeilles ? Merci d'avance"],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, le parfum est-il un vrai ou une contrefaçon ? Le prix m'étonne un peu"],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, j'ai bien la facture dans mon espace mais le colis est bloqué à Roissy depuis une semaine. Vous avez des nouvelles ?"],
  ['product_question', false, 'it', 'IT', '', 'Salve, vorrei sapere se il trapano a batteria viene fornito con la valigetta e quante batterie ci sono nella confezione.'],
  ['invoice_request', false, 'it', 'IT', '', 'Ciao, sono un medico e ho comprato lo sfigmomanometro per lo studio. Mi serve il documento con partita IVA per il commercialista, potete caricarlo? grazie'],
  ['product_question', false, 'it', 'CH', '', 'Buongiorno, spedite anche in Ticino? E il prezzo include la dogana?'],
  ['invoice_request', false, 'es', 'ES', '', 'Hola, soy autónomo y compré la silla de oficina para mi despacho. ¿Me podéis emitir factura completa con mi NIF 12345678Z? La simplificada no me sirve para Hacienda.'],
  ['product_question', false, 'es', 'MX', '', 'Disculpe, el bloqueador es apto para arrecifes? Vamos a Cozumel'],
  ['product_question', false, 'es', 'ES', '', '¿Esto trae el cargador o solo el cable?'],
  ['invoice_request', false, 'nl', 'NL', '', 'Dag, mijn werkgever vergoedt de bureaustoel als ik een factuur op mijn naam inlever. Op de huidige staat alleen mijn partner. Kan die aangepast worden?'],
  ['product_question', false, 'pl', 'PL', '', 'Cześć, czy ta kurtka ma kaptur odpinany? I jak wypada rozmiarowo, biorę zwykle M'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, jag behöver ett kvitto med organisationsnummer för bokföringen, företaget heter Lindqvist Bygg AB. Tack'],
  ['product_question', false, 'pt', 'PT', '', 'Olá, a bicicleta de criança traz rodinhas? É para uma menina de 4 anos'],
  ['product_question', false, 'tr', 'TR', '', 'İyi günler, bu çocuk koltuğu isofix bağlantılı mı? Arabamız 2015 model Clio'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, vergi numaramı yazmayı unuttum, kurumsal fatura keser misiniz? VKN 1234567890, vergi dairesi Kadıköy'],
];

export const TRAINING_PRODUCT_INVOICE_11: Example[] = fromRows(rows);
