/**
 * Round-12 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
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
  ['product_question', false, 'ja', 'JP', '', 'このメダカ用の水槽ヒーター、30cm水槽に2本入れても大丈夫ですか'],
  ['invoice_request', false, 'ja', 'JP', '', '学童保育の運営委員をしています。購入した折り紙セットの代金を保護者会費から精算するため、支払いを証明できるものを「ひまわり学童クラブ」宛てで出していただけないでしょうか。'],
  ['product_question', false, 'ja', 'JP', 'Amazon.co.jp のお客様 村瀬 様からのお問い合わせ', 'いつもお世話になっております。登山用のガスカートリッジについてお伺いいたします。標高3000m付近でも火力は落ちずに使用できますでしょうか。寒冷地仕様かどうかも併せてご教示いただけますと幸いです。'],
  ['invoice_request', false, 'ja', 'JP', '', 'インボイス制度の登録番号が載ったものが必要です。個人事業なので。'],
  ['product_question', false, 'ja', 'JP', '', 'ｺﾚ 猫が噛んでも安全な素材ですか？'],
  ['other', false, 'ja', 'JP', '', '領収書の件は解決しました。それとは別に、次回から梱包を簡易包装にしてもらうことはできますか？ゴミが多くて…'],
  ['product_question', false, 'en', 'US', '', "does the dog ramp fold flat enough to slide under a bed? my apartment is tiny"],
  ['invoice_request', false, 'en', 'UK', '', "Afternoon. I'm a sole trader (plumbing) and bought the pipe freezing kit through your shop. HMRC are picky so I need a proper VAT document with your VAT number on it rather than the order page. Cheers, Dave"],
  ['product_question', false, 'en', 'IN', '', 'Hello sir, is this mixer grinder having copper motor or aluminium? Also warranty is from brand or from seller side?'],
  ['product_question', true, 'en', 'AU', '', "Hi mate, I run a small surf shop on the Gold Coast and want 25 of these wetsuits. Rather not pay Amazon's cut, flick me an email at surfco.gc@gmail.com and we'll sort a price and pay by bank transfer."],
  ['damaged_or_defective', false, 'en', 'US', '', "The receipt says 'stainless steel' but the mug has rust spots after two washes. That's not what was advertised. Want a refund please."],
  ['invoice_request', false, 'en', 'CA', '', 'need a receipt w/ the business name for tax purposes pls. order 702-3349910-2280011'],
  ['product_question', false, 'de', 'DE', '', 'Hallo, kann man bei der Wanduhr das Ticken abstellen oder ist das ein lautloses Uhrwerk? Im Schlafzimmer stört mich jedes Geräusch.'],
  ['invoice_request', false, 'de', 'CH', '', 'Grüezi, für die Buchhaltung unseres Vereins bräuchte ich eine Rechnung auf den "Turnverein Wil" lautend. Die Bestellung ist bereits bezahlt. Merci vielmal'],
  ['product_question', false, 'de', 'DE', '', 'Sind die Laufschuhe eher schmal geschnitten? Hab nen breiten Fuß'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, le tapis de yoga sent-il le caoutchouc à l'ouverture ? J'ai eu une mauvaise expérience avec une autre marque."],
  ['invoice_request', false, 'fr', 'BE', '', "Bonjour, je dois rentrer une note de frais pour le casque audio acheté pour le télétravail. Mon employeur exige un document avec le numéro de TVA du vendeur. Pourriez-vous l'ajouter à la commande ? Bien à vous"],
  ['product_question', false, 'fr', 'CA', '', 'Allo, est-ce que le manteau est assez chaud pour -30 à Québec ?'],
  ['product_question', false, 'it', 'IT', '', "Buongiorno, il seggiolino auto è omologato i-Size? Mia figlia ha 9 mesi e pesa 10 kg."],
  ['invoice_request', false, 'it', 'IT', '', 'salve mi serve il documento fiscale per la detrazione, il mio codice fiscale è RSSMRA80A01H501U grazie'],
  ['product_question', false, 'it', 'IT', '', 'La lampada si può dimmerare con un interruttore normale?'],
  ['product_question', false, 'es', 'MX', '', 'Hola buen día, ¿el termo mantiene el café caliente todo el turno? Trabajo 12 horas en obra.'],
  ['invoice_request', false, 'es', 'MX', '', 'Buenas tardes, necesito CFDI con mi RFC para deducir la compra, uso de CFDI G03. ¿Me lo pueden generar? Gracias.'],
  ['product_question', false, 'es', 'ES', '', '¿El cargador trae el enchufe europeo o el inglés?'],
  ['product_question', false, 'nl', 'BE', '', 'Dag, is de babyfoon ook te gebruiken zonder wifi? We hebben thuis geen internet op de zolderkamer.'],
  ['invoice_request', false, 'nl', 'NL', '', 'Goedemiddag, ik heb de bureaustoel zakelijk besteld. Kunt u een factuur op naam van mijn bv met KvK-nummer uploaden?'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten odkurzacz da radę z sierścią psa z długim włosem?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Poproszę o fakturę VAT na firmę, NIP 5213456789. Zamówienie już opłacone.'],
  ['product_question', false, 'sv', 'SE', '', 'Går det att köra robotgräsklipparen i sluttning, vi har en rätt brant tomt?'],
  ['product_question', false, 'pt', 'BR', '', 'Boa noite! O fone tem cancelamento de ruído de verdade ou só isola? Vou usar no ônibus.'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, şirketimiz adına kurumsal fatura kesebilir misiniz? Vergi dairesi ve numarasını mesajla iletebilirim.'],
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', '電子ピアノの件。ヘッドホン端子は標準プラグですか、ミニプラグですか？夜しか練習できないので。'],
  ['invoice_request', false, 'ja', 'JP', '注文番号 503-2291847-6610293', 'お世話になります。先月分の購入履歴から発行される書類が個人名義になっておりました。法人名「株式会社ミドリ設計」に修正のうえ再発行いただくことは可能でしょうか。'],
  ['product_question', false, 'ja', 'JP', '', 'これってメルカリとかで売ってる並行輸入品じゃなくて正規品ですよね？'],
  ['product_question', false, 'ja', 'JP', '', '注文前の質問です。名入れはひらがなでもできますか？孫の入学祝いにしたいです'],
  ['invoice_request', false, 'ja', 'JP', '', 'りょうしゅうしょください'],
  ['delivery_status', false, 'ja', 'JP', '', '納品書が入っていると思ったら箱ごとまだ届いていません。追跡番号を教えてください。'],
  ['product_question', false, 'en', 'US', 'question before ordering', "My 8yo has a nickel allergy - are the earrings posts surgical steel or titanium? Description just says 'hypoallergenic' which could mean anything"],
  ['invoice_request', false, 'en', 'US', '', "Can you attach an itemized bill to the order? My HSA administrator rejected the card statement for the blood pressure monitor and wants the item and amount spelled out."],
  ['product_question', false, 'en', 'SG', '', 'Is the air purifier able to handle haze season? Room about 20 sqm. CADR figure pls'],
  ['refund_request', false, 'en', 'UK', '', "Hi, my invoice shows I paid £34.99 but the same listing is £24.99 today, three days later. Could you refund the difference?"],
  ['product_question', false, 'en', 'US', '', 'will it fit a 2019 tacoma'],
  ['invoice_request', false, 'en', 'IN', '', 'Dear seller, kindly provide GST invoice with our GSTIN 27AAACR5055K1ZK for the UPS battery purchased. Company name: Shree Traders. Regards'],
  ['product_question', false, 'de', 'DE', '', 'Moin, der Akkuschrauber – ist da schon ein Akku dabei oder ist das nur das nackte Gerät? Steht nirgends so richtig.'],
  ['invoice_request', false, 'de', 'AT', '', 'Bitte um Ausstellung eines Belegs mit UID-Nummer, wir sind ein Betrieb in Linz.'],
  ['product_question', false, 'de', 'DE', '', 'Ich überlege, die Kaffeemühle für Espresso zu nehmen. Mahlt die fein genug für einen Siebträger oder eher nur für French Press?'],
  ['product_question', false, 'fr', 'FR', '', "bjr la trottinette supporte un adulte de 110 kg ?"],
  ['invoice_request', false, 'fr', 'FR', '', "Bonsoir, ma mutuelle rembourse une partie des semelles orthopédiques si je fournis un justificatif d'achat détaillé. Pouvez-vous m'en fournir un ? Merci beaucoup"],
  ['product_question', false, 'fr', 'CH', '', "Bonjour, le four est-il livré avec les grilles et une plaque, ou faut-il les commander à part ? Meilleures salutations"],
  ['product_question', false, 'it', 'IT', '', "Ciao, sto arredando la cameretta e volevo sapere se la vernice del lettino è atossica, il bimbo ci morde sopra sempre"],
  ['invoice_request', false, 'it', 'IT', 'Richiesta di informazioni dal cliente Amazon Paolo Greco (Ordine: 171-2283746-5590123)', 'Buongiorno, sono un libero professionista in regime forfettario, potete emettere la fattura con la mia partita IVA 09876543210? Grazie'],
  ['product_question', true, 'it', 'IT', '', "Salve, gestisco un negozio a Bari e prenderei 50 pezzi del frullatore. Mi scrive su whatsapp al 347 1122334 così facciamo il prezzo e pago con bonifico direttamente?"],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la freidora se puede meter en el lavavajillas o solo la cubeta?'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenos días, soy autónoma y necesito factura completa con mi NIF para la declaración trimestral. La simplificada no me sirve. Un saludo'],
  ['product_question', false, 'es', 'AR', '', 'che, viene con garantía oficial o es importado?'],
  ['product_question', false, 'nl', 'NL', '', 'Hoi, kan de tent tegen flink wat wind? We gaan naar de Zeeuwse kust.'],
  ['invoice_request', false, 'nl', 'BE', '', 'Goeiedag, graag een factuur met ons ondernemingsnummer BE0123456789, het gaat om een aankoop voor de zaak.'],
  ['product_question', false, 'pl', 'PL', '', 'Czy ta kurtka jest ocieplana puchem czy syntetykiem?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej! Kan ni skicka en faktura på företaget? Vi behöver momsen specificerad.'],
  ['product_question', false, 'pt', 'PT', '', 'Olá, esta mochila cabe um portátil de 17 polegadas?'],
  ['product_question', false, 'tr', 'TR', '', 'Bu ayakkabı kalıbı dar mı? Normalde 42 giyiyorum, 43 mü almalıyım?'],
];

export const TRAINING_PRODUCT_INVOICE_12: Example[] = fromRows(rows);
