/**
 * Sixth round of probes for product questions, invoices, thank-yous, spam, `other` and Amazon's cancellation and
 * return notices, written in the format of the messages the classifier is scored on: natural, medium length, one
 * clear concern with context, polite openings and sign-offs, realistic order details, marketplaces matching the
 * language, the inquiry wrapper as subject. Products and situations vary widely (shoes, cosmetics and food with expiry
 * dates, books and media, furniture, toys, car parts, pet supplies, phone accessories, large appliances, gifts,
 * business buyers, konbini payment), and some messages carry two concerns that the taxonomy's priority order decides.
 * Written for these tests; none is taken from or modelled on a dev-corpus line.
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'こんにちは。こちらのランニングシューズ、普段25.5cmを履いているのですが幅広の足でも26cmで大丈夫でしょうか。甲高なのでいつも迷います。'],
  ['product_question', false, 'ja', 'JP', '佐々木 美穂様からのお問い合わせ', 'お世話になります。この化粧水はアルコールフリーでしょうか？敏感肌なので成分を確認してから購入したいと思っています。よろしくお願いいたします。'],
  ['product_question', false, 'en', 'UK', '', 'Hello, does the 2nd edition of this textbook include the access code for the online exercises, or is that sold separately? My course requires it. Many thanks, Priya'],
  ['product_question', false, 'en', 'US', 'Inquiry from Amazon customer Daniel Ortiz (Order: 113-5520918-3307742)', 'Hi there, the dog crate came yesterday. My lab is about 32 inches tall at the shoulder, is the divider panel supposed to go in the front or the back slot? The leaflet is not clear. Thanks'],
  ['product_question', false, 'de', 'DE', 'Frage zum Kleiderschrank', 'Hallo, wie schwer ist der Schrank ungefähr im aufgebauten Zustand und kann man ihn an der Wand befestigen? Wir haben kleine Kinder. Viele Grüße, Sandra'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, je souhaiterais savoir si ces plaquettes de frein sont compatibles avec une Peugeot 308 de 2017 (1.6 BlueHDi). Merci d'avance pour votre réponse."],
  ['product_question', false, 'it', 'IT', '', 'Buongiorno, il puzzle da 1000 pezzi ha anche il poster di riferimento dentro la scatola? Vorrei regalarlo a mia madre. Grazie, Chiara'],
  ['product_question', false, 'es', 'ES', 'Consulta de Amazon cliente Javier Romero', 'Hola, ¿la funda vale también para el iPhone 15 Pro o solo para el 15 normal? Las cámaras son distintas y no quiero equivocarme. Un saludo'],
  ['product_question', false, 'nl', 'NL', '', 'Goedendag, is dit kattenvoer ook geschikt voor een kitten van vier maanden of alleen voor volwassen katten? Alvast bedankt!'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '適格請求書について（注文番号：250-7718203-5546120）', 'いつもお世話になっております。合同会社サクラ企画の山田です。先日購入したプリンター用トナーについて、登録番号の記載された請求書をいただけないでしょうか。経理から求められておりまして。お手数ですがよろしくお願いいたします。'],
  ['invoice_request', false, 'en', 'UK', '', 'Good afternoon, our accounts team needs a VAT receipt for order 026-4418273-9910284 (the office chairs) showing our company name, Harbour Lane Dental Ltd. Could you upload it to the order? Kind regards, Fiona'],
  ['invoice_request', false, 'de', 'AT', '', 'Grüß Gott, könnten Sie mir für die Bestellung der Winterreifen bitte eine Rechnung auf meine Firma ausstellen? Ich brauche sie für die Buchhaltung. Danke und schöne Grüße'],
  ['invoice_request', false, 'it', 'IT', 'Richiesta fattura', 'Salve, ho acquistato due materassi per il mio B&B. Avrei bisogno della fattura elettronica intestata alla mia ditta, vi mando la partita IVA: 01234567890. Cordiali saluti'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, proszę o wystawienie faktury VAT na firmę do zamówienia z 3 marca (odkurzacz). NIP podam w wiadomości zwrotnej. Pozdrawiam'],
  // negated or gift receipts are not requests for an invoice
  ['return_request', false, 'en', 'US', '', "Hi, my nephew got these sneakers as a birthday gift and they're a size too small. We don't have the gift receipt but he would like to exchange them for a 6. Is that possible?"],
  ['product_question', false, 'en', 'US', '', 'Hi, there was no receipt in the package, that is fine, but I wanted to ask whether the blender jar is BPA free? Thanks'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', 'ご丁寧な対応をありがとうございました。交換品のフライパン、本日無事に受け取りました。大切に使わせていただきます。'],
  ['thanks', false, 'en', 'CA', 'Re: your order', 'Parcel showed up this morning, the kids already love the lego set. Thanks a lot for the fast shipping!'],
  ['thanks', false, 'fr', 'FR', '', "Bonjour, juste un petit mot pour vous dire que le canapé est bien arrivé et qu'il est superbe. Merci pour le suivi !"],
  ['thanks', false, 'es', 'MX', '', 'Buenas tardes, ya me llegaron las croquetas para mi perro, todo en orden. Muchas gracias por la atención, saludos.'],
  ['thanks', false, 'sv', 'SE', '', 'Hej! Paketet kom fram idag och allt var välpackat. Tack så mycket!'],
  // spam_or_suspicious
  ['spam_or_suspicious', true, 'en', 'US', 'Account notice', 'Dear Seller, your listing has been flagged for policy violation. To avoid suspension of your account please verify your seller information within 24 hours at http://sellercentral-verify-login.com. Amazon Seller Performance Team'],
  ['spam_or_suspicious', false, 'de', 'DE', 'Zusammenarbeit', 'Hallo, wir sind eine Agentur für Produktfotografie und würden gerne Ihre Amazon-Listings mit professionellen Bildern aufwerten. Haben Sie Interesse an einem kostenlosen Probeshooting? Beste Grüße, Studio Lichtblick'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', '突然のご連絡失礼いたします。弊社はECサイト向けの物流代行サービスを提供しております。出荷コストを最大30%削減できますので、ぜひ一度オンラインでお打ち合わせの機会をいただけませんか。'],
  // other
  ['other', false, 'en', 'US', '', 'Hi, the jacket is a gift for my dad. Could you please leave out the packing slip with the price on it? Thanks'],
  ['other', false, 'it', 'IT', '', 'Buongiorno, ho lasciato per sbaglio una recensione negativa su un altro venditore pensando che fosse il vostro. Volevo solo scusarmi, la vostra spedizione è stata perfetta ma la custodia potrebbe avere colori più vivaci.'],
  ['other', false, 'ja', 'JP', '', 'コンビニ払いを選んだのですが、支払い番号のメールが見当たりません。どこで確認できますか？'],
  // Amazon's notices
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation de commande de la part du client Amazon Hélène Marchand (Commande : 171-2293817-6640218)", "Bonjour,\n\nLa cliente Amazon Hélène Marchand a demandé l'annulation de la commande suivante :\n\nCommande : 171-2293817-6640218\nArticle : Philips Sonicare brosse à dents électrique (ASIN : B09XYZ1234)\nQuantité : 1\nMotif : Commandé par erreur\n\nSi la commande n'a pas encore été expédiée, veuillez l'annuler dans Gérer vos commandes."],
  ['return_request', false, 'it', 'IT', "Richiesta di autorizzazione al reso per l'ordine n. 403-6617281-2290183", "Il cliente Amazon Marco Ferri ha richiesto il reso del seguente articolo:\n\nOrdine: 403-6617281-2290183\nArticolo: De'Longhi Macchina per caffè espresso\nMotivo del reso: Non più necessario\nCommenti del cliente: Ho ricevuto lo stesso modello in regalo.\n\nAutorizza o rifiuta la richiesta in Gestisci resi."],
  ['cancel_request_system', false, 'ja', 'JP', '注文キャンセルリクエスト（注文番号：503-9910283-4471826）', 'Amazonのお客様 中村 健一 様が、次の注文のキャンセルをリクエストしました。\n\n注文番号：503-9910283-4471826\n商品名：象印 電気ケトル 1.0L\n数量：1\n理由：支払い方法を変更したい\n\n出荷前の場合は、注文の管理からキャンセルしてください。'],
  // ── batch 2 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'すみません、このキャットフードって子猫にもあげて大丈夫ですか？生後5ヶ月です。'],
  ['product_question', false, 'ja', 'JP', '商品について', 'お世話になっております。こちらの折りたたみベッドは、マットレスを付けたまま畳めますか？ワンルームなので昼間は片付けたいと考えております。'],
  ['product_question', false, 'en', 'IN', '', 'Dear seller, kindly let me know this refrigerator is having inverter compressor or normal one. Also the warranty is for 10 years on compressor? Planning to buy this week.'],
  ['product_question', false, 'en', 'AU', '', "G'day, does this roof rack need separate fitting kit for a 2021 Subaru Forester or is everything in the box? Cheers"],
  ['product_question', false, 'de', 'CH', '', 'Grüezi, ist das Hundegeschirr auch für einen Welpen mit 35 cm Brustumfang geeignet oder eher zu gross? Merci vielmal'],
  ['product_question', false, 'it', 'IT', '', "Ciao, il seggiolino auto si monta con Isofix o solo con la cintura? La mia macchina è una Fiat Panda del 2015. Grazie mille"],
  ['product_question', false, 'es', 'MX', 'Pregunta', 'Buen día, ¿el refrigerador cabe por una puerta de 70 cm o hay que quitarle las puertas? Saludos'],
  ['product_question', false, 'pt', 'BR', '', 'Olá, esse tênis é de couro mesmo ou sintético? E a forma é pequena? Costumo usar 40. Obrigado!'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu telefon kılıfı iPhone 14 ile uyumlu mu? Kamera kısmı tam oturuyor mu? Teşekkürler'],
  ['product_question', false, 'sv', 'SE', '', 'Hej, finns den här boken även på engelska eller bara på svenska? Vänliga hälsningar, Anna'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '領収書の宛名を「上様」ではなく会社名にしていただくことは可能でしょうか。注文番号は 249-1182736-5591028 です。'],
  ['invoice_request', false, 'en', 'US', 'Inquiry from Amazon customer Greenfield Elementary (Order: 114-9928171-2038846)', 'Hello, we are a public school and purchased 30 headphones for our computer lab. Our district office requires an itemized invoice with the school name on it before they can close the purchase order. Can you help?'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, pourriez-vous m'envoyer une facture au nom de mon entreprise pour l'achat des étagères ? Numéro de TVA : FR12345678901. Cordialement"],
  ['invoice_request', false, 'es', 'ES', '', 'Buenos días, necesito la factura con mi NIF para la compra de la aspiradora, es para mi negocio. Gracias de antemano.'],
  ['invoice_request', false, 'pt', 'PT', '', 'Bom dia, podem enviar-me a fatura com o meu NIF? Comprei uma cadeira de escritório na semana passada. Obrigado'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, siparişimin faturasını şirket adına kesebilir misiniz? Vergi numaramı iletebilirim. İyi çalışmalar'],
  // thanks
  ['thanks', false, 'de', 'DE', '', 'Hallo, die Ersatzteile für den Rasenmäher sind heute angekommen und passen perfekt. Herzlichen Dank für die schnelle Hilfe!'],
  ['thanks', false, 'it', 'IT', 'Ricevuto', 'Buonasera, il libro è arrivato oggi in perfette condizioni. Grazie ancora per la gentilezza.'],
  ['thanks', false, 'pl', 'PL', '', 'Dzień dobry, paczka doszła dzisiaj, wszystko w porządku. Dziękuję bardzo i pozdrawiam!'],
  ['thanks', false, 'nl', 'NL', '', 'Hallo, de kinderfiets is vandaag geleverd en mijn dochter is er heel blij mee. Bedankt voor de snelle levering!'],
  ['thanks', false, 'ja', 'JP', '', '先ほど商品届きました〜！すごく可愛いです、ありがとうございました😊'],
  // spam_or_suspicious
  ['spam_or_suspicious', true, 'en', 'US', 'Partnership', 'Hi, I manage review campaigns for Amazon sellers. We send real buyers who purchase your product and leave a 5-star review, you refund them via PayPal. Interested? Reply with your email.'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', "Bonjour, nous sommes une agence de traduction spécialisée dans les fiches produits Amazon. Nous pouvons traduire vos annonces en 5 langues à prix réduit. Souhaitez-vous recevoir notre devis ?"],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'asdkj qwe qwe ppp lllkkk 555'],
  // other
  ['other', false, 'de', 'DE', '', 'Hallo, die Bestellung ist ein Geschenk. Bitte legen Sie keine Rechnung bei und wenn möglich eine Karte mit „Alles Gute, Oma“. Danke!'],
  ['other', false, 'en', 'UK', '', "Hi, I'm going on holiday from the 10th to the 18th. Could you hold the dispatch of the garden furniture until I'm back? Thank you"],
  ['other', false, 'fr', 'FR', '', "Bonjour, j'ai payé en espèces au point relais mais je ne vois pas encore le paiement validé sur mon compte. Est-ce normal ?"],
  // Amazon's notices
  ['return_request', false, 'de', 'DE', 'Rücksendeanforderung für Bestellung 302-1192837-6650192', 'Die Amazon-Kundin Petra Wagner möchte folgenden Artikel zurücksenden:\n\nBestellung: 302-1192837-6650192\nArtikel: Tefal Ingenio Pfannenset 13-teilig\nRücksendegrund: Artikel beschädigt\nKommentar der Kundin: Eine Pfanne hat eine Delle.\n\nBitte genehmigen oder lehnen Sie die Anfrage unter „Rücksendungen verwalten“ ab.'],
  ['cancel_request_system', false, 'es', 'ES', 'Solicitud de cancelación de pedido del cliente de Amazon Andrés Molina (Pedido: 408-7716250-3392817)', 'Hola:\n\nEl cliente de Amazon Andrés Molina ha solicitado la cancelación del siguiente pedido:\n\nPedido: 408-7716250-3392817\nArtículo: Xiaomi Redmi Buds 4 (ASIN: B0B1234XYZ)\nCantidad: 1\nMotivo: Encontré un precio mejor\n\nSi aún no se ha enviado, cancélalo en Gestionar pedidos.'],
  // once a known gap, fixed since (damaged.ts: a worry about expiry is not an expired item)
  ['product_question', false, 'fr', 'BE', '', "Bonjour, la crème solaire a-t-elle une date de péremption ? J'aimerais en commander trois pour l'été prochain et je ne voudrais pas qu'elles soient périmées."],
];

// Decided by files outside these rules: [category, scam, lang, marketplace, subject, body, culprit].
const gaps: GapRow[] = [
];

export const PROBES_6 = fromRows(rows);

/**
 * Rows decided by files outside the question, invoice, thanks, spam and other rules (language detection, decide.ts,
 * other categories' rules): each names the culprit and the change it needs. Run with it.fails, so a fix there
 * shows up as a failing test and the row moves up.
 */
export const KNOWN_GAPS_Q6 = fromGapRows(gaps);
