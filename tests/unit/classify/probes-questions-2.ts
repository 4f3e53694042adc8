/**
 * Second round of probes for product questions, invoices, thank-yous, spam, `other` and Amazon's cancellation and
 * return notices, in the styles the first round under-used: non-native English ("kindly do the needful", missing
 * articles, wrong tenses), all caps, one-liners, long rambling messages with the question in the middle; Japanese
 * タメ口 with emoji, elderly keigo, business buyers (弊社・御社), half-width kana, no punctuation; German du/Sie and
 * Austrian/Swiss greetings, informal French, Latin-American Spanish ("ocupo"), and six or more each in Portuguese,
 * Turkish, Polish, Dutch and Swedish; the inquiry wrapper in every language; notice bodies in other wordings.
 * Written for these tests; none is taken from or modelled on a dev-corpus line.
 */
import type { Example } from './examples';
import type { Category } from '@/lib/classify/taxonomy';

type Row = [Category, boolean, string, string, string, string];

const rows: Row[] = [
  // ── product_question: non-native and all-caps English, one-liners, a rambling message
  ['product_question', false, 'en', 'IN', '', 'sir kindly tell whether this mixer grinder is having copper motor or not'],
  ['product_question', false, 'en', 'NG', '', 'Good day, please is this phone original or refurbished? I want to be sure before I pay.'],
  ['product_question', false, 'en', 'US', '', 'DOES THIS COME WITH THE CHARGER OR DO I HAVE TO BUY IT SEPARATELY'],
  ['product_question', false, 'en', 'AE', '', 'Dear, this perfume is tester or full box? please reply fast'],
  ['product_question', false, 'en', 'US', '', 'how many watts is the heater'],
  ['product_question', false, 'en', 'UK', '', "Hi there, hope you're well. So I've been looking for a new kettle for ages because our old one finally gave up after ten years (RIP), and my wife wants something quieter because the baby sleeps in the next room. Is yours actually quiet when it boils? The reviews say different things. Anyway sorry for the long message, cheers"],
  ['product_question', false, 'en', 'IN', '', 'i am want to know the size of this bedsheet is king or queen'],
  ['product_question', false, 'en', 'CN', '', 'Hello, I want to ask this cable support fast charge 65W?'],
  ['product_question', false, 'en', 'SG', '', 'Hello, I want ask the size is fit for 5 years old kid?'],
  ['product_question', false, 'en', 'AE', '', 'Dear brother, this abaya is available in size 54? Reply me please'],
  ['product_question', false, 'en', 'PH', '', 'hi po, is the pink color still available? thank you po'],
  // ── product_question: Japanese
  ['product_question', false, 'ja', 'JP', '', 'これ電子レンジ使えるやつ？😊'],
  ['product_question', false, 'ja', 'JP', '', '弊社にて50台ほどまとめて購入を検討しております。法人向けのお見積りは可能でしょうか。ご担当者様よりご連絡いただけますと幸いです。'],
  ['product_question', false, 'ja', 'JP', '', 'ｻｲｽﾞは何cmですか'],
  ['product_question', false, 'ja', 'JP', '', 'こんにちは このスニーカーって普段26cmなんですけど何センチ買えばいいですか'],
  ['product_question', false, 'ja', 'JP', '', 'ご多用のところ恐れ入ります。私は今年で八十になる者でございますが、孫に贈る品を探しておりまして、こちらの玩具は何歳くらいから遊べるものでございましょうか。お手数をおかけいたしますが、ご教示くださいますようお願い申し上げます。'],
  ['product_question', false, 'ja', 'JP', '', 'iPad Pro 11インチ（第4世代）に対応してる？'],
  ['product_question', false, 'ja', 'JP', '', 'このバッテリーってPSEマーク付いてますか？'],
  ['product_question', false, 'ja', 'JP', '', 'ネイビーのMサイズってまだありますか〜？'],
  // ── product_question: German (du and Sie), Swiss, Austrian
  ['product_question', false, 'de', 'DE', '', 'Hey, passt die Hülle aufs Pixel 8a? Danke dir'],
  ['product_question', false, 'de', 'CH', '', 'Grüezi, ist das Velolicht auch in der Schweiz zugelassen? Freundliche Grüsse'],
  ['product_question', false, 'de', 'AT', '', 'Servus, hast du die Jacke noch in M? lg'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, aus welchem Holz ist der Tisch gefertigt und ist er geölt oder lackiert?'],
  // ── product_question: French, Italian, Spanish
  ['product_question', false, 'fr', 'FR', '', 'bjr c compatible iphone 13 ou pas'],
  ['product_question', false, 'fr', 'FR', '', 'Salut, tu sais si la lampe marche sur piles ou faut la brancher ? merci'],
  ['product_question', false, 'it', 'IT', '', 'Ciao, la borraccia mantiene il caldo per quante ore?'],
  ['product_question', false, 'es', 'MX', '', 'Buenas tardes, ¿ustedes tienen este modelo en color negro? Lo ocupo para el trabajo'],
  ['product_question', false, 'es', 'ES', '', 'Hola, la talla M de la chaqueta, ¿cuánto mide de largo?'],
  // ── product_question: Portuguese, Turkish, Polish, Dutch, Swedish
  ['product_question', false, 'pt', 'BR', '', 'Oi, essa panela pode ir no forno? Vlw'],
  ['product_question', false, 'pt', 'BR', '', 'Boa tarde, qual é o tamanho da mochila? Cabe um notebook de 15 polegadas?'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu ayakkabının kalıbı dar mı? 43 giyiyorum hangi numarayı almalıyım'],
  ['product_question', false, 'tr', 'TR', '', 'Bu kulaklığın pil ömrü kaç saat?'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, jaki jest wymiar tej szafki? I czy w zestawie są śruby?'],
  ['product_question', false, 'pl', 'PL', '', 'czy ta kurtka jest w rozmiarze XL'],
  ['product_question', false, 'nl', 'NL', '', 'Hoi, zit er een oplader bij de set of moet ik die los kopen?'],
  ['product_question', false, 'nl', 'BE', '', 'Hebben jullie deze ook in het groen?'],
  ['product_question', false, 'sv', 'SE', '', 'Hej, hur stor är väskan? Får en laptop plats i den?'],
  ['product_question', false, 'sv', 'SE', '', 'Finns tröjan i storlek L?'],

  // ── invoice_request
  ['invoice_request', false, 'en', 'IN', '', 'Dear seller kindly do the needful and share GST invoice for order 171-2291034-5518290 as my company is claiming ITC'],
  ['invoice_request', false, 'en', 'NG', '', 'Please I need the receipt of payment for this item, my office want to reimburse me'],
  ['invoice_request', false, 'en', 'US', '', 'I HAVE ASKED 3 TIMES FOR AN INVOICE. SEND IT NOW.'],
  ['invoice_request', false, 'en', 'IN', '', 'Thanks for fast delivery! Does it have warranty card inside? Also please send bill for my office.'],
  ['invoice_request', false, 'ja', 'JP', '', '御社にて購入いたしました件につき、弊社経理より適格請求書の発行を求められております。宛名は「株式会社ミドリ商事」、登録番号の記載をお願い申し上げます。ご担当者様によろしくお伝えください。'],
  ['invoice_request', false, 'ja', 'JP', '', '領収書ほしいんだけど、どっから出せる？🙏'],
  ['invoice_request', false, 'ja', 'JP', '', 'ｾｲｷｭｳｼｮ ﾊｯｺｳ ｵﾈｶﾞｲｼﾏｽ'],
  ['invoice_request', false, 'de', 'DE', '', 'Hey, kannst du mir ne Rechnung mit Firmenadresse schicken? Danke!'],
  ['invoice_request', false, 'de', 'AT', '', 'Grüß Gott, für die Steuer bräuchte ich einen Nachweis mit ausgewiesener MwSt.'],
  ['invoice_request', false, 'fr', 'FR', '', 'slt tu peux menvoyer la facture stp'],
  ['invoice_request', false, 'it', 'IT', '', 'Buonasera, avrei bisogno della fattura elettronica intestata alla mia ditta, vi mando i dati'],
  ['invoice_request', false, 'es', 'MX', '', 'Buen día, ocupo factura para deducir, mi RFC es XAXX010101000. Gracias'],
  ['invoice_request', false, 'pt', 'BR', '', 'Olá, vocês emitem NF? Preciso pra empresa'],
  ['invoice_request', false, 'pt', 'BR', '', 'Bom dia, podem enviar-me a fatura com o meu NIF? Obrigado'],
  ['invoice_request', false, 'tr', 'TR', '', 'Kurumsal fatura kesebilir misiniz? Vergi numaramı ileteyim.'],
  ['invoice_request', false, 'tr', 'TR', '', 'e-arşiv faturamı göremiyorum, gönderir misiniz'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, potrzebuję faktury VAT na firmę, dane podam w następnej wiadomości.'],
  ['invoice_request', false, 'nl', 'NL', '', 'Kan ik een factuur op bedrijfsnaam krijgen? Graag met BTW apart vermeld.'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej! Behöver en faktura med vårt organisationsnummer, går det?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Kan ni mejla kvittot?'],

  // ── thanks
  ['thanks', false, 'en', 'IN', '', 'Received the product in good condition. Thank you sir for the fast delivery.'],
  ['thanks', false, 'en', 'US', '', 'GOT IT TODAY THANK YOU SO MUCH!!!'],
  ['thanks', false, 'en', 'NG', '', 'I have received it. God bless you'],
  ['thanks', false, 'en', 'UK', '', 'all good now cheers'],
  ['thanks', false, 'en', 'AU', '', 'thx mate, works like a charm'],
  ['thanks', false, 'ja', 'JP', '', 'きたー！めっちゃかわいい🥰ありがと〜'],
  ['thanks', false, 'ja', 'JP', '', 'この度は大変結構なお品をお送りいただき、誠に有難く存じます。孫も大層喜んでおります。末筆ながら貴店のますますのご発展をお祈り申し上げます。'],
  ['thanks', false, 'ja', 'JP', '', '本日、御社より納品いただいた商品を確かに受領いたしました。迅速なご対応に感謝申し上げます。'],
  ['thanks', false, 'ja', 'JP', '', 'ﾄﾄﾞｷﾏｼﾀ ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ'],
  ['thanks', false, 'de', 'DE', '', 'Ist angekommen, passt perfekt. Danke dir!'],
  ['thanks', false, 'fr', 'FR', '', 'bien recu merci bcp'],
  ['thanks', false, 'it', 'IT', '', 'Tutto arrivato, grazie mille e buona giornata'],
  ['thanks', false, 'es', 'MX', '', 'Ya me llegó el pedido, muchas gracias, muy amables'],
  ['thanks', false, 'pt', 'BR', '', 'Chegou certinho, valeu!'],
  ['thanks', false, 'pt', 'BR', '', 'Encomenda recebida, muito obrigada pela rapidez.'],
  ['thanks', false, 'tr', 'TR', '', 'Siparişim ulaştı, çok teşekkür ederim.'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün sorunsuz geldi, eline sağlık'],
  ['thanks', false, 'pl', 'PL', '', 'Wszystko doszło, dzięki wielkie!'],
  ['thanks', false, 'pl', 'PL', '', 'Towar odebrany, wszystko gra, polecam!'],
  ['thanks', false, 'nl', 'NL', '', 'Pakketje is binnen, dank jullie wel!'],
  ['thanks', false, 'nl', 'NL', '', 'Netjes ontvangen, top service'],
  ['thanks', false, 'sv', 'SE', '', 'Paketet har kommit, stort tack!'],
  ['thanks', false, 'sv', 'SE', '', 'Fick varan idag, allt var bra'],

  // ── spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'US', '', 'Hello dear, I am a professional graphic designer. I will design attractive A+ content and infographics for your Amazon listings at very affordable price.'],
  ['spam_or_suspicious', false, 'en', 'NG', '', 'Greetings, I am Mr. Daniel from Lagos. I have a business proposal that will benefit both of us, kindly reply for details.'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'GET 1000+ ORGANIC SALES PER MONTH!!! REPLY YES FOR A FREE AUDIT'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', '突然のメール失礼致します。Amazon出品者様向けに商品ページの画像制作を承っております。料金表をお送りしてもよろしいでしょうか。'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Hallo, wir sind eine Fotoagentur aus Berlin und erstellen professionelle Produktbilder für Amazon-Händler. Interesse?'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, je suis freelance et je peux optimiser vos fiches produits Amazon pour plus de ventes.'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Salve, sviluppiamo gestionali su misura per venditori Amazon. Possiamo sentirci?'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola! Te ayudamos a posicionar tus productos en el top de Amazon. Escríbenos.'],
  ['spam_or_suspicious', false, 'nl', 'NL', '', 'Goedendag, wij helpen Amazon-verkopers aan meer omzet via advertenties.'],
  ['spam_or_suspicious', false, 'pt', 'BR', '', 'Olá! Somos uma agência de marketing digital e ajudamos vendedores da Amazon a vender mais.'],
  ['spam_or_suspicious', false, 'tr', 'TR', '', 'Merhaba, Amazon mağazanız için profesyonel ürün fotoğrafçılığı hizmeti sunuyoruz.'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Witam, zajmujemy się reklamą produktów na Amazon, czy byliby Państwo zainteresowani?'],
  ['spam_or_suspicious', false, 'sv', 'SE', '', 'Hej! Vi hjälper Amazon-säljare att öka försäljningen. Boka ett gratis möte.'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'asdasd qweqwe'],

  // ── other: delivery instructions, notes, reviews
  ['other', false, 'en', 'IN', '', 'Sir please deliver between 10 am to 6 pm only as office is closed after that'],
  ['other', false, 'en', 'US', '', 'PLEASE DO NOT RING THE BELL, BABY SLEEPING. JUST LEAVE IT AT THE DOOR.'],
  ['other', false, 'en', 'US', '', 'can u write "happy bday dad" on the gift note'],
  ['other', false, 'ja', 'JP', '', '日曜日の午前中に配達していただけると助かります。'],
  ['other', false, 'ja', 'JP', '', '置き配でよろしく〜玄関前に置いといて👍'],
  ['other', false, 'ja', 'JP', '', '弊社の受付は17時で閉まりますので、それ以前の時間帯での納品をお願いいたします。'],
  ['other', false, 'ja', 'JP', '', '星1つけちゃったけど間違いです！5にしたいんだけど直し方わかる？'],
  ['other', false, 'de', 'DE', '', 'Kannst du bitte einen kleinen Gruß beilegen? Ist ein Geschenk für meine Oma.'],
  ['other', false, 'fr', 'FR', '', 'Pouvez-vous laisser le colis à la gardienne svp, je rentre tard'],
  ['other', false, 'it', 'IT', '', "Potete consegnare dopo le 18? Di giorno non c'è nessuno."],
  ['other', false, 'pt', 'BR', '', 'Por favor, deixem a encomenda com o porteiro, obrigado.'],
  ['other', false, 'nl', 'NL', '', 'Wilt u het pakket bij de buren afgeven als ik niet thuis ben?'],
  ['other', false, 'sv', 'SE', '', 'Snälla skicka inte förrän efter den 10:e, jag är bortrest.'],
  ['other', false, 'tr', 'TR', '', 'Lütfen kargoyu kapıcıya bırakın, gündüz evde olmuyorum.'],
  ['other', false, 'pl', 'PL', '', 'Proszę zostawić paczkę u sąsiada, nie będzie mnie w domu.'],

  // ── cancel_request_system: Amazon's notice in other wordings and languages
  ['cancel_request_system', false, 'en', 'IN', 'Cancellation request from Amazon customer Priya Shah', 'Hello,\nThe customer requested cancellation of order 171-5520193-8812034 through Your Orders.\nReason: Need to change shipping address\nIf the order is not yet shipped, cancel it with the reason Buyer Canceled.'],
  ['cancel_request_system', false, 'ja', 'JP', 'キャンセル依頼（注文番号：503-1192038-4471920）', 'ご注文者様より本注文のキャンセル依頼が届きました。商品が未出荷の場合は、注文をキャンセルしてください。'],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage von Amazon-Kunde Lena Huber', 'Lena Huber möchte die folgende Bestellung stornieren: 302-7719203-1182930\nGrund für die Stornierung: Lieferzeit zu lang\nBitte stornieren Sie die Bestellung mit dem Grund "Vom Käufer storniert".'],
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation de la part d'un client Amazon", "Le client a sollicité l'annulation de sa commande 402-1102394-5581920.\nRaison de l'annulation : commande en double"],
  ['cancel_request_system', false, 'it', 'IT', "Richiesta di annullamento dell'ordine da parte del cliente", "Il cliente desidera annullare l'ordine 403-5512093-7781920. Motivo: non più necessario. Se l'ordine non è stato ancora spedito, annullalo con il motivo \"Annullato dall'acquirente\"."],
  ['cancel_request_system', false, 'es', 'MX', 'Solicitud de cancelación del cliente de Amazon', 'El comprador solicitó cancelar el pedido 701-2203948-1192038.\nRazón: Encontré un mejor precio'],
  ['cancel_request_system', false, 'pt', 'BR', 'Solicitação de cancelamento do pedido 701-4410293-8812093', 'O cliente solicitou que o pedido fosse cancelado. Motivo: não é mais necessário.'],
  ['cancel_request_system', false, 'tr', 'TR', 'Sipariş iptal talebi', 'Alıcı 407-1182930-5519203 numaralı siparişin iptal edilmesini talep etti.\nİptal nedeni: Yanlışlıkla sipariş verildi'],
  ['cancel_request_system', false, 'nl', 'NL', 'Annuleringsverzoek van Amazon-klant', 'De koper heeft verzocht om bestelling 408-2291038-4410293 te annuleren.\nReden van annulering: te lange levertijd'],
  ['cancel_request_system', false, 'pl', 'PL', 'Prośba o anulowanie zamówienia od klienta Amazon', 'Klient zażądał anulowania zamówienia 409-5519283-1102938.\nPowód anulowania: znalazłem taniej'],
  ['cancel_request_system', false, 'sv', 'SE', 'Begäran om avbeställning från Amazon-kund', 'Kunden har begärt att beställningen 410-7781920-2293810 ska avbeställas.\nOrsak: beställde fel storlek'],
  // Near-misses: the buyer's own words about a cancellation they requested, with or without the inquiry wrapper.
  ['cancel_request_message', false, 'en', 'US', '', 'I have requested cancellation on the app an hour ago but it still says pending, can you confirm it is cancelled?'],

  // ── return_request: Amazon's return notice, whatever reason it gives
  ['return_request', false, 'en', 'US', 'Return authorization request for order 114-3392018-7712093', "Buyer: Kevin O'Brien\nReason: Item defective or doesn't work\nBuyer comment: stopped charging after 2 days\nPlease authorize or close this request within 2 business days."],
  ['return_request', false, 'ja', 'JP', '返品リクエストのお知らせ', '購入者様より返品リクエストが届いております。\n返品理由：イメージと違った\n\n返品リクエストを承認してください。'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage: Bestellung 305-1192038-5520193', 'Der Käufer möchte den Artikel zurücksenden. Rücksendegrund: Artikel beschädigt. Bitte genehmigen Sie die Rücksendung oder lehnen Sie sie ab.'],
  ['return_request', false, 'fr', 'FR', 'Demande de retour du client Amazon Julie Martin', "Julie Martin souhaite retourner l'article.\nRaison du retour : arrivé cassé\nVeuillez autoriser ou refuser la demande."],
  ['return_request', false, 'es', 'MX', 'Solicitud de devolución del pedido 701-5512039-2203948', 'El cliente solicitó una devolución.\nRazón: llegó dañado\nAutoriza o cierra la solicitud en Administrar devoluciones.'],
  ['return_request', false, 'it', 'IT', "Richiesta di autorizzazione al reso per l'ordine 404-2203948-1182930", 'Motivo del reso: non funziona\nCommento del cliente: si spegne da solo'],
  ['return_request', false, 'pt', 'BR', 'Solicitação de devolução do pedido 701-6610293-3381920', 'O cliente solicitou a devolução do item.\nMotivo: produto com defeito\nAutorize ou feche a solicitação em Gerenciar devoluções.'],
  ['return_request', false, 'pt', 'BR', 'Pedido de devolução do pedido 701-7712039-5519203', 'O cliente pediu a devolução do produto.\nMotivo da devolução: chegou quebrado'],
  ['return_request', false, 'tr', 'TR', 'İade talebi - Sipariş 407-3381920-6610293', 'Alıcı ürünü iade etmek istiyor.\nİade nedeni: Ürün hasarlı geldi\nLütfen talebi onaylayın veya reddedin.'],
  ['return_request', false, 'pl', 'PL', 'Prośba o zwrot od klienta Amazon', 'Klient poprosił o zwrot produktu.\nPowód zwrotu: uszkodzony'],
  ['return_request', false, 'nl', 'NL', 'Retouraanvraag van Amazon-klant', 'De klant wil het artikel retourneren.\nReden voor retour: defect\nKeur de aanvraag goed of wijs deze af.'],

  // ── the inquiry wrapper in other languages: free text inside it is never a notice
  ['product_question', false, 'fr', 'FR', 'Demande de renseignements de client Amazon Paul Girard (Commande : 402-3381920-1102938)', "Bonjour, l'appareil est-il livré avec un adaptateur pour prise française ?"],
  ['invoice_request', false, 'it', 'IT', 'Richiesta da cliente Amazon Marco Bianchi (Ordine: 403-7781920-2291038)', 'Salve, mi servirebbe la fattura con partita IVA, grazie.'],
  ['thanks', false, 'nl', 'NL', 'Vraag van Amazon-klant Sanne de Vries (Bestelling: 408-5519203-7712039)', 'Alles goed ontvangen, bedankt!'],
  ['product_question', false, 'pl', 'PL', 'Zapytanie od klienta Amazon Piotr Nowak (Zamówienie: 409-1182930-3381920)', 'Dzień dobry, czy ten odkurzacz ma filtr HEPA?'],
  ['invoice_request', false, 'sv', 'SE', 'Förfrågan från Amazon-kund Erik Lund (Beställning: 410-2293810-5520193)', 'Hej, kan jag få en faktura till företaget?'],
  ['thanks', false, 'pt', 'BR', 'Pergunta de cliente da Amazon Ana Souza (Pedido: 701-1102938-7781920)', 'Recebi tudo certinho, obrigada!'],
  ['invoice_request', false, 'tr', 'TR', 'Amazon müşterisinden soru: Mehmet Yılmaz (Sipariş: 407-6610293-1192038)', 'Merhaba, şirket adına fatura rica ediyorum.'],
];

/**
 * Probes decided wrongly by a file outside this round's (the question, invoice, thank-you, spam and `other` rules,
 * the notices and gibberish): each names the culprit and the change it needs. Run with it.fails, so a fix there
 * makes the test fail and the row moves up to `rows`.
 */
const gaps: Array<[...Row, string]> = [
  ['cancel_request_message', false, 'ja', 'JP', 'キャンセルリクエストしました', 'さっきアプリでキャンセルリクエストしたので確認お願いします🙏', 'rules/cancel.ts: 「キャンセルリクエストしたので確認お願いします」 (already requested in the app, writes in) finds no cancel rule; the notice subject rule no longer takes a buyer\'s 「キャンセルリクエストしました」'],
  ['product_question', false, 'pt', 'BR', '', 'vcs tem esse tênis no 42?', 'language.ts: Brazilian chat Portuguese (vcs, tem, esse, tênis) is guessed French; pt stopwords need vc/vcs/tem/esse/essa/pra/cadê'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', '副業で月30万！スマホだけで簡単に稼げます→LINE追加してね', 'scam.ts: \'LINE追加\' / \'LINE登録\' is contact outside Amazon (only 友だち追加 and \'line id/で/に\' are known)'],
  ['other', false, 'es', 'ES', '', 'Por favor no lo envíen antes del lunes, estoy de viaje.', 'rules/cancel.ts: \'no lo envíen\' (stop the order) fires though \'antes del lunes\' follows: a not-before date is a delivery instruction (other)'],
  ['cancel_request_system', false, 'pt', 'BR', 'Pedido de cancelamento do cliente da Amazon', 'O comprador pediu o cancelamento do pedido 701-3381920-5512039.\nMotivo do cancelamento: prazo de entrega\nCancele o pedido com o motivo "Cancelado pelo comprador".', 'language.ts: a Portuguese notice body is guessed English; pt stopwords need do/da/pelo/pela/com/comprador/motivo'],
  ['cancel_request_message', false, 'es', 'ES', 'Consulta de cliente de Amazon Lucía Gómez (Pedido: 405-2203948-6610293)', 'Hola, he solicitado la cancelación del pedido desde la app, ¿me confirman que está anulado?', 'rules/cancel.ts: \'he solicitado la cancelación\' (the buyer already asked in the app) finds no cancel rule'],
  ['return_request', false, 'sv', 'SE', 'Returbegäran för order 410-1102938-5512093', 'Kunden vill returnera varan.\nReturorsak: fel storlek', 'language.ts: a Swedish notice body is guessed English; sv stopwords need vill/för/fel/kunden/varan/ska'],
];

export const PROBES_2: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));
export const KNOWN_GAPS_Q2: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
