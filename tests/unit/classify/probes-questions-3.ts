/**
 * Third round of probes for product questions, invoices, thank-yous, spam, `other` and Amazon's cancellation and
 * return notices, written to look like the messages the classifier is scored on: natural, medium length, one clear
 * concern with some context, polite openings and sign-offs, order numbers and product names, marketplaces matching
 * the language, the inquiry wrapper as subject. New situations and wordings, written for these tests; none is taken
 * from or modelled on a dev-corpus line.
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'お世話になります。こちらの電気ケトルには空焚き防止機能は付いていますでしょうか。高齢の母が使う予定ですので、安全面が気になっております。よろしくお願いいたします。'],
  ['product_question', false, 'ja', 'JP', '山本 健太様からのお問い合わせ（注文番号：250-3318274-6620193）', '先日購入したBluetoothスピーカーですが、2台をペアリングしてステレオで鳴らすことはできますか？説明書には書いていないようでしたので質問させていただきました。'],
  ['product_question', false, 'en', 'US', 'Question about the tent', 'Hi, we are planning a camping trip in October. Is this tent rated for 3 seasons, and can two adults sleep in it comfortably with a small dog? Thanks in advance.'],
  ['product_question', false, 'en', 'UK', '', 'Hello, do the replacement filters for this purifier come in a multipack, or do I have to order them one at a time? Cheers, Mark'],
  ['product_question', false, 'en', 'IN', 'Inquiry from Amazon customer Arjun Mehta (Order: 407-2281930-5561027)', 'Hello sir, I have received the induction cooktop but not used it yet. Before using I want to know which vessels are suitable, aluminium pressure cooker will work or only steel? Please guide.'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, ich interessiere mich für den Rasentrimmer. Ist der Akku bei dem Gerät dabei oder muss man ihn separat kaufen? Mit freundlichen Grüßen'],
  ['product_question', false, 'de', 'DE', 'Frage zum Artikel', 'Hallo, kann man die Pfanne auch im Backofen verwenden, und bis wie viel Grad? Danke im Voraus.'],
  ['product_question', false, 'it', 'IT', '', "Buongiorno, vorrei sapere se il seggiolino è omologato per l'uso in aereo. Grazie mille"],
  ['product_question', false, 'es', 'ES', '', '¿Los tornillos para colgarlo en la pared vienen incluidos o hay que comprarlos aparte? Gracias'],
  ['product_question', false, 'es', 'MX', 'Pregunta sobre el producto', 'Buenas tardes, ¿la licuadora aguanta hielo? La quiero para hacer frappés. Saludos'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu ürünün garantisi ne kadar süre? Teşekkürler'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Hur länge räcker batteriet på en laddning? Mvh Erik'],
  ['product_question', false, 'nl', 'NL', '', 'Goedemiddag, is deze stofzuiger ook geschikt voor huisdierhaar? Met vriendelijke groet'],
  ['product_question', false, 'pt', 'BR', '', 'Olá, essa air fryer é 110v ou 220v? Moro em Recife.'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', 'お世話になっております。株式会社ミナトの経理担当でございます。先月購入した事務用チェア3脚分について、宛名を会社名にした領収書の発行をお願いできますでしょうか。'],
  ['invoice_request', false, 'en', 'US', 'Receipt for reimbursement', 'Hi there, my employer reimburses work equipment but they need an itemized receipt showing the price and tax. The one in my account only shows the total. Could you help?'],
  ['invoice_request', false, 'de', 'AT', '', 'Servus, ich bräuchte für die Bestellung 302-4410928-3381920 eine Rechnung auf meine Firma (Huber KG, UID ATU12345678). Danke!'],
  ['invoice_request', false, 'fr', 'FR', 'Facture', 'Bonjour, pouvez-vous me faire parvenir une facture avec la TVA détaillée pour ma commande 171-5529301-4481920 ? Je suis auto-entrepreneur. Cordialement'],
  ['invoice_request', false, 'it', 'IT', '', 'Salve, avrei bisogno della fattura elettronica intestata alla mia ditta, vi lascio la partita IVA: 01234567890. Grazie'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', '本日商品を受け取りました。思っていたよりもしっかりした作りで、家族も喜んでおります。この度はありがとうございました。'],
  ['thanks', false, 'en', 'US', '', 'Just wanted to say the lamp arrived in perfect shape, really well packed. Thanks a lot!'],
  ['thanks', false, 'es', 'ES', '', 'Ya me ha llegado el pedido, todo correcto. ¡Muchas gracias y un saludo!'],
  ['thanks', false, 'fr', 'FR', '', 'Reçu ce matin, rien à redire. Merci et bonne continuation !'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'US', 'Partnership for your brand', 'Hi, I came across your store and love your products. I run a TikTok Shop affiliate agency with 200+ creators. We can get your products in front of millions of viewers. Can we schedule a 15-minute call this week?'],
  ['spam_or_suspicious', false, 'ja', 'JP', '【無料】商品画像の改善', '突然のご連絡失礼いたします。Amazon出品者様向けに商品画像の制作を行っております。今なら初回1枚無料で作成いたします。ご検討のほどよろしくお願いいたします。'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Ihr Amazon-Konto', 'Sehr geehrter Verkäufer, Ihr Konto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Identität innerhalb von 24 Stunden über den folgenden Link: http://sellercentral-amazon-de.verify-konto.com'],
  // other
  ['other', false, 'en', 'US', '', 'Hi, the package is a gift for my dad. Could you please leave out the packing slip so he does not see the price? Thanks'],
  ['other', false, 'de', 'DE', '', 'Hallo, ich bin vom 10. bis 18. im Urlaub. Könnten Sie mit dem Versand bitte bis zum 19. warten? Danke'],
  ['other', false, 'ja', 'JP', 'レビューについて', '先日レビューを書かせていただいたのですが、写真を付け忘れてしまいました。後から追加することはできますでしょうか。'],
  // Amazon's notices, and a free-text request that only quotes their words
  ['cancel_request_system', false, 'en', 'US', 'Order cancellation request from Amazon customer Marcus Reid (Order: 112-7734021-9920384)', 'Dear Seller,\n\nAmazon customer Marcus Reid would like to cancel the following order.\n\nOrder ID: 112-7734021-9920384\nItem: Ninja Professional Blender BL610 (ASIN: B00NGV4506)\nQuantity: 1\nReason: No longer needed\n\nIf the order has not shipped, cancel it in Manage Orders using the reason "Buyer Cancelled".'],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage von Amazon-Kunde Lena Hoffmann (Bestellung: 302-6618293-1120485)', 'Sehr geehrter Verkäufer,\n\ndie Amazon-Kundin Lena Hoffmann möchte die folgende Bestellung stornieren.\n\nBestellnummer: 302-6618293-1120485\nArtikel: WMF Wasserkocher Lono 1,7 l\nGrund: Lieferzeit zu lang\n\nFalls die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte unter „Bestellungen verwalten“ mit dem Grund „Vom Käufer storniert“.'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：503-2281937-4410293）', 'お客様から返品リクエストが届いております。\n注文番号：503-2281937-4410293\n商品：象印 ステンレスマグ 480ml ホワイト\n返品の理由：イメージと違った\nお客様のコメント：色が写真より暗く感じました。'],
  ['return_request', false, 'en', 'UK', 'Return authorisation request for order # 205-3319284-7720193', 'Amazon customer Priya Shah has asked to return the following item:\n\nOrder ID: 205-3319284-7720193\nItem: Joseph Joseph Nest 9 Plus Bowls\nReason: No longer needed\nBuyer comment: "Bought two by mistake"\n\nPlease review and respond to this request.'],
  ['cancel_request_message', false, 'en', 'UK', 'Inquiry from Amazon customer Tom Baker (Order: 203-8812093-5510293)', 'Hi, reason for cancellation: I found the same kettle cheaper in a local shop. Please cancel the order if it has not gone out yet, thank you.'],
  // ── batch 2 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'はじめまして。こちらの加湿器を寝室で使いたいと考えているのですが、運転音はどのくらいでしょうか。音に敏感なもので、気になっております。'],
  ['product_question', false, 'ja', 'JP', 'ベビーカーについて', 'こんにちは。購入を迷っています。このベビーカーは新生児から使えますか？あとリクライニングは何段階ですか？'],
  ['product_question', false, 'en', 'AU', '', "G'day, quick one - does the esky keep ice for a full weekend? Heading to Fraser Island next month. Cheers"],
  ['product_question', false, 'en', 'CA', 'Inquiry from Amazon customer Sarah Lavoie (Order: 701-4419203-3381027)', 'Hi! The winter boots arrived and they look great. My daughter usually wears a size 4 in kids, should I keep the 4 or are they meant to be worn with thick socks? Thanks!'],
  ['product_question', false, 'en', 'US', '', 'Hi, is the cast iron pan pre-seasoned or do I need to season it before first use?'],
  ['product_question', false, 'de', 'DE', '', 'Moin, ich hab die Kaffeemühle bekommen. Welchen Mahlgrad nehme ich am besten für French Press? Gruß Jan'],
  ['product_question', false, 'de', 'CH', 'Frage', 'Grüezi, lässt sich der Tisch in der Höhe verstellen? Ich bin 1.92 m gross. Besten Dank'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, le matelas est-il livré roulé sous vide ? Je dois le monter au 4e sans ascenseur. Merci'],
  ['product_question', false, 'fr', 'CA', '', 'Allo, est-ce que la tuque est doublée en polar ? Mon garçon a froid aux oreilles facilement. Merci!'],
  ['product_question', false, 'it', 'IT', '', 'Salve, la friggitrice ha il cestello che si può lavare in lavastoviglie? Grazie, Marco'],
  ['product_question', false, 'it', 'IT', 'Domanda', 'Ciao, il materasso per bambini è sfoderabile? E che densità ha la schiuma?'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la mochila entra como equipaje de mano en Ryanair? Necesito saber las medidas exactas. Un saludo'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten czajnik ma filtr kamienia? Pozdrawiam'],
  ['product_question', false, 'nl', 'BE', '', 'Dag, werkt deze thermostaat met een Vaillant ketel? Alvast bedankt.'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '個人事業主なのですが、インボイス制度に対応した適格請求書を発行していただくことは可能でしょうか。登録番号の記載があるものをお願いします。'],
  ['invoice_request', false, 'en', 'UK', 'Invoice needed', 'Morning, I bought the office chair for my limited company - could you pop a VAT invoice over with the company name Brightside Design Ltd on it? Many thanks'],
  ['invoice_request', false, 'es', 'MX', '', 'Buen día, necesito que me facturen la compra del pedido 701-2281930-4410293, les paso mis datos fiscales: RFC GOME850101AB1, uso CFDI G03. Saludos'],
  ['invoice_request', false, 'de', 'DE', '', 'Guten Tag, für die Steuererklärung brauche ich einen Nachweis über den Kauf mit Datum und Preis. Können Sie mir das zukommen lassen?'],
  ['invoice_request', false, 'nl', 'NL', '', 'Hallo, kunnen jullie een factuur sturen met ons KvK-nummer erop? Bestelling 405-3319204-5510923.'],
  ['invoice_request', false, 'pt', 'PT', '', 'Boa tarde, preciso de uma fatura com o NIF da empresa para a encomenda que recebi ontem. Obrigada'],
  // thanks
  ['thanks', false, 'de', 'DE', 'Danke', 'Hallo, die Lampe ist heute gut angekommen und sieht super aus. Vielen Dank und schöne Grüße aus Köln!'],
  ['thanks', false, 'it', 'IT', '', 'Pacco arrivato integro e nei tempi previsti. Grazie ancora, venditore consigliatissimo!'],
  ['thanks', false, 'ja', 'JP', 'Re: 発送のご連絡', 'ご連絡ありがとうございます。到着を楽しみに待っております。'],
  ['thanks', false, 'en', 'IN', '', 'Received the saree today, colour is exactly as shown. Thank you so much for the quick delivery and nice packing.'],
  ['thanks', false, 'sv', 'SE', '', 'Hej! Skorna kom fram igår och passar perfekt. Tack så mycket!'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'fr', 'FR', 'Proposition', 'Bonjour, notre société accompagne les vendeurs sur Amazon dans la gestion de leurs campagnes publicitaires. Seriez-vous disponible pour un rendez-vous de 20 minutes cette semaine ?'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'Amazonアカウント管理チームです。お客様のアカウント情報に不備があるため、以下のリンクから48時間以内に再登録を行ってください。http://amzn-jp-account.info/login'],
  // other
  ['other', false, 'en', 'UK', '', "Hi, I left a review yesterday saying the lid was missing, but I found it at the bottom of the box afterwards. Sorry about that, I've updated it to 5 stars."],
  ['other', false, 'ja', 'JP', '', '贈り物なので、差出人の名前を私の名前にして発送していただけますか。'],
  // Amazon's notices, and a free-text request that only quotes their words
  ['cancel_request_system', false, 'it', 'IT', 'Richiesta di cancellazione da parte del cliente Amazon Paolo Bianchi (Ordine: 404-5529103-2281937)', "Gentile venditore,\n\nil cliente Paolo Bianchi desidera annullare il seguente ordine:\n\nNumero ordine: 404-5529103-2281937\nArticolo: De'Longhi Dedica EC685\nMotivo: Ho trovato un prezzo migliore\n\nSe non hai ancora spedito l'ordine, annullalo da Gestisci ordini con il motivo \"Annullato dall'acquirente\"."],
  ['cancel_request_system', false, 'ja', 'JP', '注文キャンセルリクエスト 250-7719283-1120394', '購入者様が以下のご注文のキャンセルを希望されています。\n商品名：タイガー 真空断熱ボトル 0.5L\n数量：1\n理由：注文内容を変更したい\n未発送の場合は「購入者都合によるキャンセル」を選択してキャンセル処理を行ってください。'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung # 304-7729103-5518264', 'Der Käufer Jonas Klein möchte folgenden Artikel zurücksenden:\n\nBestellnummer: 304-7729103-5518264\nArtikel: Tefal Optigrill+\nRücksendegrund: Artikel wird nicht mehr benötigt\nKommentar des Käufers: Doppelt bestellt'],
  ['return_request', false, 'fr', 'FR', 'Demande de retour pour la commande n° 402-1182930-5561029', "L'acheteuse Emma Petit souhaite retourner l'article suivant :\nArticle : Moulinex Easy Fry\nRaison : Ne convient pas\nCommentaire : Trop encombrant pour ma cuisine"],
  ['cancel_request_message', false, 'ja', 'JP', '高橋 美咲様からのお問い合わせ（注文番号：503-1129384-7720193）', 'キャンセル理由：注文を間違えました。お手数ですがキャンセルをお願いいたします。'],
  // ── batch 3 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'お世話になっております。こちらのプリンターはMacでも使用できますでしょうか。OSはSonomaです。ご回答のほどよろしくお願いいたします。'],
  ['product_question', false, 'ja', 'JP', '木村 陽子様からのお問い合わせ（注文番号：249-6610293-1182037）', '昨日届いた電動歯ブラシですが、替えブラシはどちらで購入できますでしょうか。純正品の型番を教えていただけると助かります。'],
  ['product_question', false, 'ja', 'JP', '', 'このリュック、A4のファイルが入る大きさですか？通勤用に考えてます'],
  ['product_question', false, 'ja', 'JP', '', '質問です。このフライパンはIHでも使えますか？'],
  ['product_question', false, 'en', 'US', 'Question before ordering', 'Hello, my son is 6 ft 2 and about 200 lbs. Would the large be too tight across the shoulders or should I go with the XL? He likes a relaxed fit. Thanks'],
  ['product_question', false, 'en', 'UK', '', 'Hi, does the kettle switch off automatically when it boils dry? My dad has dementia and sometimes forgets it on. Thanks, Claire'],
  ['product_question', false, 'en', 'IN', '', 'Dear seller, whether this mixer grinder can be used for wet grinding of idli batter? Kindly confirm.'],
  ['product_question', false, 'de', 'DE', '', 'Hallo zusammen, reicht der Saugroboter für eine Wohnung mit 90 qm oder muss er zwischendurch laden? Vielen Dank vorab'],
  ['product_question', false, 'fr', 'FR', 'Question', "Bonjour, la poussette rentre-t-elle dans le coffre d'une Clio 4 une fois pliée ? Merci de votre retour."],
  ['product_question', false, 'it', 'IT', '', 'Buonasera, le scarpe sono adatte anche a un piede largo? Di solito porto il 41. Grazie'],
  ['product_question', false, 'es', 'ES', '', 'Buenas, ¿la cafetera sirve para cápsulas Dolce Gusto o solo Nespresso? Gracias de antemano'],
  ['product_question', false, 'pt', 'BR', '', 'Oi, boa noite! Esse liquidificador tritura gelo? Quero fazer sucos e vitaminas. Obrigada'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, jaka jest maksymalna waga użytkownika dla tego krzesła? Z góry dziękuję.'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu matkap ile beton delinebilir mi? Kolay gelsin'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '領収書の宛名について', 'いつもお世話になっております。注文番号503-4410293-2281930の領収書ですが、宛名を「有限会社さくら企画」としたものをご用意いただけますでしょうか。'],
  ['invoice_request', false, 'en', 'AU', '', 'Hi there, could I please get a tax invoice showing the ABN for the order I placed on the 14th? Need it for work expenses. Thanks!'],
  ['invoice_request', false, 'fr', 'BE', '', "Bonjour, j'aurais besoin d'une facture au nom de mon entreprise avec notre numéro de TVA BE0123456789. Merci d'avance"],
  ['invoice_request', false, 'it', 'IT', 'Fattura', 'Buongiorno, non trovo la fattura nella sezione ordini. Potreste caricarla? Serve al mio commercialista. Cordiali saluti'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, proszę o wystawienie faktury VAT na firmę. Dane: Kowalski Sp. z o.o., NIP 5260000000. Pozdrawiam'],
  // thanks
  ['thanks', false, 'en', 'US', '', "Package came today, the grandkids are thrilled. You've been great to deal with, thank you!"],
  ['thanks', false, 'ja', 'JP', '', 'お世話になっております。先ほど無事に受け取りました。丁寧に対応していただき、感謝しております。'],
  ['thanks', false, 'fr', 'FR', 'Re: votre commande', "D'accord, c'est noté. Merci pour votre réponse rapide !"],
  ['thanks', false, 'pl', 'PL', '', 'Paczka dotarła w idealnym stanie, dziękuję za szybką wysyłkę!'],
  ['thanks', false, 'nl', 'NL', '', 'Bedankt voor de snelle levering, alles is in orde.'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'UK', 'Re: your listing', 'Dear seller, we are a Shenzhen-based factory producing similar items at 40% lower cost. OEM and private label available, MOQ 500 pcs. Please reply for catalog.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola, soy Laura de una agencia de marketing digital. Hemos analizado su tienda en Amazon y podemos triplicar sus ventas en 90 días. ¿Le interesa una llamada?'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'jkjkjkjk lol'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Wichtige Mitteilung zu Ihrem Verkäuferkonto', 'Sehr geehrte Verkäuferin, sehr geehrter Verkäufer, aufgrund ungewöhnlicher Aktivitäten wurde Ihr Konto gesperrt. Melden Sie sich hier an, um die Sperre aufzuheben: https://amazon-seller-de-support.com Ihr Amazon Team'],
  // other
  ['other', false, 'en', 'US', '', 'Hi, just so you know, the delivery driver was really rude when he dropped it off. The item itself is fine. Not sure if you can pass that on.'],
  ['other', false, 'ja', 'JP', '', 'レビューを投稿しようとしたのですが、なぜか投稿できません。何か制限があるのでしょうか。'],
  ['other', false, 'it', 'IT', '', 'Buongiorno, potreste non inserire la fattura nel pacco? È un regalo per mia sorella. Grazie'],
  ['other', false, 'de', 'DE', '', 'Hallo, bitte keine Rechnung ins Paket legen, das ist ein Geschenk für meine Mutter. Danke!'],
  // Amazon's notices, and a free-text request that only quotes their words
  ['cancel_request_system', false, 'en', 'IN', 'Order cancellation request from Amazon customer Rohit Verma (Order: 406-1129304-8821930)', 'Dear Seller,\n\nThe customer Rohit Verma wants to cancel the item(s) below from order 406-1129304-8821930.\n\nItem: boAt Airdopes 141 (ASIN: B09N3ZNHTY) - Qty 1\nCustomer comment: Ordered by mistake\n\nIf not yet dispatched, please cancel the order from Manage Orders with the reason "Buyer cancelled".'],
  ['cancel_request_system', false, 'es', 'ES', 'Solicitud de cancelación del cliente de Amazon Marta Ruiz (Pedido: 403-2291837-5510293)', 'Estimado vendedor:\n\nLa clienta Marta Ruiz quiere cancelar el siguiente pedido.\n\nNúmero de pedido: 403-2291837-5510293\nProducto: Rowenta Plancha de vapor\nMotivo: Ya no lo necesito\n\nSi todavía no lo ha enviado, cancele el pedido en Gestionar pedidos con el motivo "Cancelado por el comprador".'],
  ['return_request', false, 'es', 'MX', 'Solicitud de autorización de devolución del pedido n.º 701-1182930-4410293', 'El cliente Jorge Salinas desea devolver el siguiente artículo:\nPedido: 701-1182930-4410293\nArtículo: Xiaomi Redmi Buds 4\nMotivo de la devolución: Ya no lo quiero'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト 注文番号：249-5520193-7710293', '以下の商品について購入者から返品の申請がありました。\n商品名：無印良品 綿パジャマ M\n理由：サイズが小さかった\nコメント：洗濯はしていません。'],
  ['cancel_request_message', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Anna Berger (Bestellung: 305-1129384-6620193)', 'Hallo, Grund der Stornierung: ich habe mich im Modell vertan. Könnten Sie die Bestellung bitte stornieren? Danke, Anna'],
  // ── batch 4 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'はじめて利用させていただきます。こちらの商品は日本の100V電源でそのまま使えますか？変圧器が必要でしょうか。'],
  ['product_question', false, 'ja', 'JP', '', 'すみません、この水筒って食洗機OKですか？'],
  ['product_question', false, 'ja', 'JP', '', 'お世話になっております。弊社で社員用に30個ほど購入を考えております。名入れは対応可能でしょうか。'],
  ['product_question', false, 'en', 'US', '', 'Hey, I ordered the 10ft cable yesterday. Quick question, will it support 4K at 120Hz with a PS5? thanks'],
  ['product_question', false, 'en', 'PH', '', 'Hi po, may I ask if the rice cooker has a non-stick inner pot? Thank you po'],
  ['product_question', false, 'en', 'US', 'Re: Inquiry from Amazon customer Dana Whitfield', 'Thanks for getting back to me. One more thing - is the mattress topper okay for a memory foam mattress, or will it slide around?'],
  ['product_question', false, 'de', 'DE', '', 'Servus, ist der Grill auch für den Balkon geeignet, also ohne viel Rauch? Grüße aus München'],
  ['product_question', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Peter Lang (Bestellung: 302-5591823-7720193)', 'Guten Tag, ich habe den Drucker gestern erhalten. Wo finde ich den WLAN-Schlüssel bzw. wie richte ich ihn am Router ein? Danke'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, je viens de recevoir l'aspirateur. Faut-il charger la batterie complètement avant la première utilisation ? Merci"],
  ['product_question', false, 'it', 'IT', '', 'Ciao, il monopattino si può portare in treno, cioè si piega? Grazie'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿qué diferencia hay entre la versión de 128 GB y la de 256 GB aparte del almacenamiento? Gracias'],
  ['product_question', false, 'es', 'MX', '', 'Buenas noches, ¿el ventilador hace mucho ruido? Es para el cuarto del bebé.'],
  ['product_question', false, 'nl', 'NL', '', 'Hoi, hoeveel watt verbruikt deze kachel ongeveer per uur?'],
  ['product_question', false, 'sv', 'SE', '', 'Hej, fungerar laddaren med iPhone 15? Tack på förhand'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '先日購入した商品の領収書が注文履歴から出力できません。お手数ですが発行していただけますか。'],
  ['invoice_request', false, 'en', 'IN', 'Need GST bill', 'Hi, I purchased the office printer for our firm. Please provide GST invoice with our company name and GSTIN, it is required for input credit. Thanks'],
  ['invoice_request', false, 'de', 'CH', '', 'Grüezi, könnten Sie mir für die Bestellung vom 3. Mai eine Quittung mit MwSt-Ausweis zustellen? Merci vielmal'],
  ['invoice_request', false, 'es', 'ES', '', 'Hola, ¿podrían enviarme la factura a nombre de mi empresa? CIF B87654321. Muchas gracias'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, jag behöver en faktura med vårt organisationsnummer för beställningen. Tack!'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', '商品届きました〜！想像以上に可愛くて娘が大喜びです😊 ありがとうございました！'],
  ['thanks', false, 'en', 'AU', '', 'Arrived safe and sound, cheers mate!'],
  ['thanks', false, 'de', 'AT', '', 'Hallo, Paket ist gestern gekommen, alles passt. Danke und liebe Grüße'],
  ['thanks', false, 'es', 'MX', '', 'Ya recibí mi pedido, muy buena calidad. ¡Gracias!'],
  ['thanks', false, 'pt', 'BR', '', 'Recebi hoje, tudo certinho. Muito obrigado pela atenção!'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Buongiorno, siamo una società specializzata in fotografia di prodotto per e-commerce. Possiamo migliorare le immagini dei vostri prodotti su Amazon. Vi inviamo il listino?'],
  ['spam_or_suspicious', true, 'en', 'US', '', 'Your Amazon account has been flagged for unusual activity. Please confirm your login details at amazon-security-check.net within 12 hours or your funds will be frozen.'],
  // other
  ['other', false, 'en', 'US', '', "Could you ship it in a plain box without any branding? It's a surprise for my wife and she sees all the packages."],
  ['other', false, 'ja', 'JP', '', '日中は仕事で不在のため、夜間の時間帯指定でお届けいただけますか。'],
  ['other', false, 'es', 'ES', '', 'Hola, dejé una valoración de 2 estrellas por error, quería poner 5. ¿Cómo la cambio? Perdón'],
  // Amazon's notices, and a free-text request that only quotes their words
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation de la part du client Amazon Hugo Lefèvre (Commande : 171-2281930-5561029)", "Bonjour,\n\nLe client Amazon Hugo Lefèvre souhaite annuler la commande suivante :\n\nNuméro de commande : 171-2281930-5561029\nArticle : Philips Airfryer XXL\nMotif : Commandé par erreur\n\nSi la commande n'a pas encore été expédiée, veuillez l'annuler dans Gérer les commandes avec le motif « Annulé par l'acheteur »."],
  ['cancel_request_system', false, 'pl', 'PL', 'Prośba o anulowanie od klienta Amazon Anna Nowak (Zamówienie: 405-1129304-7720193)', 'Szanowny Sprzedawco,\n\nklientka Amazon Anna Nowak chce anulować następujące zamówienie:\n\nNumer zamówienia: 405-1129304-7720193\nProdukt: Bosch Czajnik TWK3A011\nPowód: Zamówione przez pomyłkę\n\nJeśli zamówienie nie zostało jeszcze wysłane, anuluj je w sekcji Zarządzaj zamówieniami, wybierając powód „Anulowane przez kupującego”.'],
  ['return_request', false, 'it', 'IT', "Richiesta di autorizzazione al reso per l'ordine n. 171-5520193-4410293", 'Il cliente Amazon Luca Ferri desidera restituire il seguente articolo:\n\nOrdine: 171-5520193-4410293\nArticolo: Philips Sonicare ProtectiveClean 4300\nMotivo: Non più necessario\nCommento del cliente: "Regalo doppio"'],
  ['return_request', false, 'en', 'US', 'Return authorization request for order # 113-2281930-4410293', 'You have received a return request.\n\nOrder ID: 113-2281930-4410293\nItem: Lodge Cast Iron Skillet 12 in\nReason: Item arrived damaged\nBuyer comment: "Handle cracked in transit"\n\nApprove or close this request in Manage Returns within 2 business days.'],
  ['cancel_request_message', false, 'fr', 'FR', 'Question du client Amazon Julie Moreau (Commande : 171-6619283-1120394)', "Bonjour, j'ai vu qu'on pouvait faire une demande d'annulation, mais je ne trouve pas le bouton. Pourriez-vous annuler ma commande s'il vous plaît ? Merci"],
  // ── batch 5 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'こんばんは。このダウンジャケット、身長170cmで普段Mサイズなのですが、どちらのサイズがおすすめですか？'],
  ['product_question', false, 'ja', 'JP', '', '購入前の質問です。こちらのソファは組み立てが必要でしょうか？女性一人でも組み立てられますか？'],
  ['product_question', false, 'ja', 'JP', '', 'お世話になります。昨日届いた炊飯器ですが、玄米モードはどのボタンを押せばよろしいでしょうか。'],
  ['product_question', false, 'en', 'CA', '', "Hi there! Does the humidifier have an auto shut-off when the tank runs empty? Thinking of getting two for the kids' rooms."],
  ['product_question', false, 'en', 'NG', '', 'Good afternoon, please which size of the gas regulator will fit a 12.5kg cylinder? I want to buy today.'],
  ['product_question', false, 'de', 'DE', '', 'Guten Abend, ist bei der Bohrmaschine ein Koffer dabei? LG Tobias'],
  ['product_question', false, 'it', 'IT', '', "Salve, che differenza c'è tra il modello da 1200W e quello da 1500W? Grazie mille"],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿cuánto pesa la bici plegada? Tengo que subirla a un tercer piso sin ascensor.'],
  ['product_question', false, 'tr', 'TR', '', 'İyi günler, bu saat su geçirmez mi, denizde kullanılabilir mi?'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '会社の経費精算で必要なため、インボイス番号入りの領収書をいただけますでしょうか。宛名は株式会社ヤマトでお願いします。'],
  ['invoice_request', false, 'en', 'US', '', 'Hello, our school district requires a W-9 and an itemized invoice before we can process reimbursement for this purchase. Could you send both?'],
  ['invoice_request', false, 'de', 'DE', 'Rechnung fehlt', 'Hallo, in meinem Konto kann ich keine Rechnung herunterladen. Könnten Sie diese bitte hochladen? Danke'],
  // thanks
  ['thanks', false, 'en', 'UK', '', "Brilliant, that's sorted then. Thanks for your help!"],
  ['thanks', false, 'ja', 'JP', 'Re: 商品について', 'ご回答いただきありがとうございます。よく分かりました。'],
  ['thanks', false, 'it', 'IT', '', 'Ok perfetto, grazie della risposta. Buona serata!'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün bugün elime ulaştı, her şey için teşekkürler.'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'IN', '', 'Dear Sir/Madam, we are offering Amazon account management, listing creation and A+ content at very affordable price. Kindly reply to get our portfolio.'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'ｱﾏｿﾞﾝ出品者様限定！レビュー100件保証プラン、今なら半額です。詳細はこちら→ http://review-up.jp'],
  ['spam_or_suspicious', false, 'nl', 'NL', 'Samenwerking', 'Hallo, wij zijn een bureau gespecialiseerd in Amazon advertenties. Zullen we eens vrijblijvend kennismaken?'],
  // other
  ['other', false, 'de', 'DE', '', 'Hallo, könnten Sie das Paket bitte neutral verpacken, ohne Aufdruck des Inhalts? Es ist ein Geschenk. Danke'],
  ['other', false, 'en', 'US', '', "Hi, I accidentally clicked 1 star when rating the seller. Please ignore it, I'm happy with the order. I'll fix it tonight."],
  // Amazon's notices, and a free-text request that only quotes their words
  ['cancel_request_system', false, 'sv', 'SE', 'Avbeställningsbegäran från Amazon-kund Erik Lund (Beställning: 402-1182930-2281937)', 'Hej,\n\nAmazon-kunden Erik Lund har begärt att följande beställning ska avbeställas:\n\nBeställningsnummer: 402-1182930-2281937\nArtikel: Fiskars Yxa X7\nOrsak: Beställd av misstag\n\nOm beställningen inte har skickats, avbryt den under Hantera beställningar med orsaken ”Avbeställd av köparen”.'],
  ['cancel_request_system', false, 'tr', 'TR', 'Amazon müşterisinden sipariş iptal talebi (Sipariş: 406-2291830-5510293)', 'Sayın Satıcı,\n\nAmazon müşterisi Mehmet Yılmaz aşağıdaki siparişin iptal edilmesini istedi.\n\nSipariş numarası: 406-2291830-5510293\nÜrün: Arzum Okka Türk Kahvesi Makinesi\nİptal nedeni: Yanlışlıkla sipariş verildi\n\nSipariş henüz gönderilmediyse, Siparişleri Yönet bölümünden "Alıcı tarafından iptal edildi" nedeniyle iptal edin.'],
  ['return_request', false, 'pt', 'BR', 'Solicitação de devolução do pedido 701-4410293-2281930', 'O cliente da Amazon Rafael Souza deseja devolver o seguinte item:\nPedido: 701-4410293-2281930\nItem: Fone JBL Tune 510BT\nMotivo da devolução: Não preciso mais\nComentário do cliente: "Ganhei um de presente"'],
  ['return_request', false, 'nl', 'NL', 'Retourverzoek voor bestelling 405-6619283-3381920', 'De Amazon-klant Daan Visser wil het volgende artikel retourneren:\nBestelling: 405-6619283-3381920\nArtikel: Philips Sonicare tandenborstel\nReden: Niet meer nodig'],
  ['cancel_request_message', false, 'ja', 'JP', 'お問い合わせ', '注文キャンセルリクエストの方法が分からないので、こちらでキャンセルしていただけますか。注文番号は250-1129384-6620193です。'],
  // Known gaps of this round that a fix in another file has closed since
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, je n'ai pas reçu de facture avec mon colis. Est-il possible de l'obtenir par la messagerie Amazon ? Merci"],
  ['product_question', false, 'fr', 'CH', '', "Bonjour, est-ce que la cafetière s'arrête toute seule après un moment ? J'oublie souvent de l'éteindre. Merci"],
  ['spam_or_suspicious', false, 'ja', 'JP', '【ご提案】Amazon広告運用', 'はじめまして。株式会社ネクストECの佐藤と申します。貴社のAmazonストアを拝見し、広告費用を抑えつつ売上を伸ばす施策をご提案できればと思いご連絡いたしました。15分ほどオンラインでお話しできませんでしょうか。'],
  // once known gaps, fixed since
  ['product_question', false, 'nl', 'NL', '', 'Goedendag, is de jas waterafstotend of echt waterdicht? Groetjes, Fenna'],
  ['product_question', false, 'pt', 'PT', '', 'Bom dia, este aspirador serve para pelos de animais? Tenho dois gatos. Cumprimentos'],
  // ── known gaps closed by the round-4 damaged.ts fixes (fear of breakage before shipping; a listing missing search terms)
  ['other', false, 'fr', 'FR', '', 'Bonjour, pourriez-vous indiquer « Fragile » sur le colis ? Il s’agit d’un cadeau et je crains la casse. Merci.'],
  ['spam_or_suspicious', false, 'en', 'US', '', "Hello, I'm Kevin, a freelance Amazon listing copywriter. I noticed your bullet points are missing key search terms. I can rewrite 5 listings for $49. Interested?"],
  // once a known gap: scam.ts now reads WhatsApp as the item's feature (its notifications), not a contact
  ['product_question', false, 'fr', 'FR', '', "Bonjour, je voudrais savoir si cette montre connectée affiche les notifications WhatsApp sur un téléphone Android. Merci d'avance pour votre réponse."],
];

/**
 * Probes decided wrongly by a file outside this round's (the question, invoice, thank-you, spam and `other` rules,
 * the notices and gibberish): each names the culprit and the change it needs. Run with it.fails, so a fix there
 * makes the test fail and the row moves up to `rows`.
 */
const gaps: GapRow[] = [
];

export const PROBES_3 = fromRows(rows);
export const KNOWN_GAPS_Q3 = fromGapRows(gaps);
