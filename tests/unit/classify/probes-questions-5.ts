/**
 * Fifth round of probes for product questions, invoices, thank-yous, spam, `other` and Amazon's cancellation and
 * return notices, written in the format of the messages the classifier is scored on: natural, medium length, one
 * clear concern with context, polite openings and sign-offs, realistic order details, marketplaces matching the
 * language, the inquiry wrapper as subject. This round varies the products (food and cosmetics with expiry dates,
 * furniture to assemble, car parts, pet supplies, toys, appliances, gift and business orders, konbini payment) and
 * mixes two concerns where the taxonomy's priority order decides. Written for these tests; none is taken from or
 * modelled on a dev-corpus line.
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'お世話になっております。こちらのベビーフードですが、届く商品の賞味期限はどのくらい残っているものでしょうか。まとめ買いを考えているので、半年以上あると助かります。'],
  ['product_question', false, 'ja', 'JP', '山本 大輔様からのお問い合わせ（注文番号：503-2281947-6618203）', '先日購入したカラーボックスですが、組み立てに必要な工具は付属していますか？ドライバー1本で組み立てられるのか知りたいです。'],
  ['product_question', false, 'en', 'US', '', "Hi, I'm looking at the car seat covers. Will they fit a 2019 Toyota RAV4 with side airbags in the seats? I don't want to block the airbags. Thanks, Kevin"],
  ['product_question', false, 'en', 'US', 'Inquiry from Amazon customer Laura Mitchell (Order: 112-6628193-4471920)', 'Hello, the bookshelf arrived today. The instructions show 4 wall anchors but I have plaster walls - what kind of anchors would you recommend instead? Thank you'],
  ['product_question', false, 'en', 'US', '', 'Thank you for the quick delivery last time! One question before I reorder though: can the lid of this lunch box go in the dishwasher?'],
  ['product_question', true, 'en', 'AE', 'Bulk order', 'Hello, I need 200 units of these phone cases for my shop in Dubai. What is your best price? We can discuss on WhatsApp +971 50 123 4567.'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, ich interessiere mich für die Schneeketten. Passen die auf 205/55 R16? Im Fahrzeugschein steht auch 225/45 R17 als Alternative. Vielen Dank, Thomas Becker'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, ce tapis de course se plie-t-il pour le ranger sous un lit ? Et quelle est la vitesse maximale ? Cordialement, Nathalie'],
  ['product_question', false, 'it', 'IT', '', 'Buongiorno, la crema viso è adatta anche a pelli sensibili? Che scadenza ha il prodotto che spedite? Grazie mille, Chiara'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿esta freidora de aire tiene la cubeta antiadherente sin PFOA? Tengo un bebé en casa y me preocupa. Gracias'],
  ['product_question', false, 'nl', 'NL', '', 'Hallo, is deze kattenbak ook geschikt voor een grote Maine Coon? Hoe hoog is de instap? Groetjes, Sanne'],
  ['product_question', false, 'pt', 'BR', '', 'Olá, essa ração serve para filhotes de porte pequeno ou só para cães adultos? Obrigado'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu telefon kılıfı iPhone 15 Pro ile uyumlu mu? Teşekkürler'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '会社の備品としてオフィスチェアを3脚購入しました。インボイス制度に対応した請求書を発行していただくことは可能でしょうか。宛名は「合同会社サクラデザイン」でお願いします。'],
  ['invoice_request', false, 'en', 'UK', '', 'Good morning, we ordered 20 boxes of printer paper for our clinic last week. Our finance team needs an itemised invoice showing the VAT. Could you add it to the order? Kind regards, Sarah Hughes, Practice Manager'],
  ['invoice_request', false, 'en', 'US', '', 'Hi, two quick things: could you send me an invoice for order 113-2291048-5561029, and does the blender jar fit the older base as well? Thanks'],
  ['invoice_request', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Sabine Krüger (Bestellung: 304-7718293-5520194)', 'Guten Tag, für meine Steuererklärung benötige ich eine Rechnung für den Schreibtischstuhl, den ich fürs Homeoffice gekauft habe. Können Sie mir die bitte hochladen? Danke und freundliche Grüße'],
  ['invoice_request', false, 'it', 'IT', '', 'Salve, ho acquistato il seggiolino auto con partita IVA. Mi potreste emettere fattura elettronica? Il codice SDI è M5UXCR1. Cordiali saluti'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenas tardes, soy autónomo y necesito que me hagáis una factura con mi NIF por la compra del taladro. ¿Me la podéis mandar? Saludos'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, kupiłem opony dla firmy. Czy mogą Państwo wystawić fakturę na dane: Transbud Sp. z o.o., NIP 5213456789? Dziękuję'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', 'ドッグフード本日受け取りました。賞味期限も長く安心しました。迅速なご対応ありがとうございました。'],
  ['thanks', false, 'en', 'US', '', "Just wanted to say the dog bed arrived and our lab hasn't left it since. Thank you!"],
  ['thanks', false, 'de', 'DE', '', 'Moin, Paket ist heute gekommen, alles heil und vollständig. Top, danke!'],
  ['thanks', false, 'fr', 'FR', '', 'Bonsoir, bien reçu les livres pour ma fille, tout est impeccable. Merci et bonne soirée !'],
  ['thanks', false, 'sv', 'SE', '', 'Hej! Paketet kom idag och barnen älskar legot. Tack så mycket!'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'US', '', "Hi there! I came across your store and love your kitchen products. I'm a UGC creator and make short videos for brands on TikTok and Instagram. Would you be open to sending a product in exchange for a video? Best, Mia"],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, wir sind ein Logistikdienstleister aus Leipzig und übernehmen Lagerung, Verpackung und Versand für Online-Händler. Gerne sende ich Ihnen unsere Konditionen.'],
  ['spam_or_suspicious', false, 'es', 'MX', '', 'Hola vendedor, manejamos campañas de publicidad en Amazon para marcas mexicanas y podemos duplicar tus ventas en 60 días. ¿Te interesa una llamada?'],
  // other
  ['other', false, 'en', 'US', '', "Hi, the fan I ordered is a surprise for my dad. Could you please make sure the outside of the box doesn't show what's inside? Thanks"],
  ['other', false, 'it', 'IT', '', 'Buongiorno, ho lasciato una recensione a 2 stelle per errore, volevo metterne 5. Come posso correggerla? Scusate'],
  // Amazon's notices
  ['cancel_request_system', false, 'it', 'IT', "Richiesta di annullamento dal cliente Amazon Luca Ferri (Ordine: 405-6612093-2281947)", "Gentile venditore,\n\nil cliente Amazon Luca Ferri ha richiesto l'annullamento del seguente ordine:\n\nOrdine: 405-6612093-2281947\nArticolo: Lego Technic Ferrari Daytona SP3\nQuantità: 1\nMotivo dell'annullamento: Ordinato per errore\n\nSe l'ordine non è ancora stato spedito, annullalo in Gestisci ordini con il motivo «Annullato dall'acquirente»."],
  // ── batch 2 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', '初めて利用します。こちらの猫用トイレの砂は、トイレに流せるタイプでしょうか？マンションなので詰まりが心配です。'],
  ['product_question', false, 'ja', 'JP', '', 'このスニーカーって普段25cmなんだけど25.5にした方がいい？幅広めの足です'],
  ['product_question', false, 'en', 'US', '', 'hello do these brake pads come with the wear sensor or do i need to buy that separate? car is a 2016 bmw 320d'],
  ['product_question', false, 'en', 'IN', '', 'Dear seller, kindly tell me this pressure cooker is suitable for induction stove or not. I want to buy today itself.'],
  ['product_question', false, 'en', 'UK', '', 'Thanks, the coffee beans arrived fine. Are they the same roast as last time? The bag looks different.'],
  ['product_question', false, 'en', 'US', '', "I don't need a refund or anything, I just want to know if the replacement filter for this purifier is the HEPA H13 one."],
  ['product_question', false, 'de', 'DE', '', 'Hi, ist das Katzenfutter auch für Katzen mit Nierenproblemen geeignet? Unser Kater ist 14. LG Jana'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, ce mascara est-il waterproof ? Et quelle est la date de péremption des produits que vous envoyez ? Merci'],
  ['product_question', false, 'it', 'IT', '', 'Salve, le scarpe da trekking hanno la membrana Gore-Tex o sono solo idrorepellenti? Grazie, Davide'],
  ['product_question', false, 'es', 'ES', '', '¿Los tornillos para montar el armario vienen incluidos o hay que comprarlos aparte? Gracias'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten fotelik rowerowy pasuje do roweru z bagażnikiem? Pozdrawiam'],
  ['product_question', false, 'sv', 'SE', '', 'Hej, hur länge håller solkrämen efter att den öppnats? Mvh Lina'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '佐藤 恵様からのお問い合わせ（注文番号：250-3381920-1192837）', 'コンビニで支払いを済ませました。経理に提出するため、支払い済みの領収書をPDFでいただけますか。'],
  ['invoice_request', false, 'en', 'AU', '', 'Hi there, I bought the standing desk through my company and need a tax invoice with your ABN on it for our records. Could you please upload one? Cheers, Ben'],
  ['invoice_request', false, 'de', 'AT', '', 'Grüß Gott, könnten Sie mir bitte eine Rechnung mit meiner UID-Nummer ATU12345678 ausstellen? Ich habe den Rasenmäher für meinen Betrieb gekauft. Mit freundlichen Grüßen'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, j'ai été facturée 89 € pour le siège auto, pourriez-vous m'envoyer une facture détaillée pour ma mutuelle ? Merci"],
  ['invoice_request', false, 'fr', 'FR', '', 'Bonjour, pourriez-vous me facturer la commande au nom de ma société, SARL Dupont Menuiserie ? Merci'],
  ['invoice_request', false, 'es', 'MX', '', 'Buen día, ocupo factura con mi RFC para deducir la compra de la impresora. ¿Me la pueden enviar por este medio?'],
  ['invoice_request', false, 'nl', 'NL', '', 'Goedemiddag, kunt u een factuur op naam van mijn bedrijf sturen? Bedrijfsnaam: Bakker Installatie BV. Alvast bedankt'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', '拝啓 このたびは孫への誕生日プレゼントとして注文した積み木が無事に届きました。大変喜んでおります。心より御礼申し上げます。敬具'],
  ['thanks', false, 'en', 'CA', '', 'Hi! The puzzle arrived in perfect condition and my son finished it already, ha. Thanks again for including the extra pieces bag. Have a great weekend'],
  ['thanks', false, 'fr', 'FR', '', 'slt, bien recu la coque, nickel, merci bcp'],
  ['thanks', false, 'it', 'IT', '', 'Buongiorno, il divano è arrivato e il montaggio è stato semplicissimo. Grazie davvero per la disponibilità!'],
  ['thanks', false, 'pt', 'PT', '', 'Bom dia, a encomenda chegou hoje, tudo em perfeitas condições. Muito obrigada!'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün bugün elime ulaştı, paketleme çok özenliydi. Teşekkür ederim, iyi çalışmalar.'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'はじめまして。Amazon出品者様向けに商品ページの画像制作を行っております株式会社ピクセルワークスです。現在モニター価格でご提供しておりますので、ご検討いただけますと幸いです。'],
  ['spam_or_suspicious', true, 'en', 'US', 'Your seller account has been flagged', 'Dear Seller, we detected unusual activity on your account. To avoid suspension of your listings, verify your identity within 24 hours here: http://sellercentral-verify-login.com. Amazon Seller Performance Team'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, je gère une agence de traduction spécialisée en fiches produits Amazon (allemand, italien, espagnol). Je serais ravi de vous envoyer un devis.'],
  // other
  ['other', false, 'ja', 'JP', '', 'お世話になります。こちらは母の日のプレゼントなので、配送伝票の品名を「雑貨」にしていただくことは可能でしょうか。'],
  ['other', false, 'de', 'DE', '', 'Hallo, die Bestellung ist ein Geschenk für meine Schwester. Könnten Sie bitte eine kleine Karte mit "Alles Gute zum 30." beilegen? Danke!'],
  ['other', false, 'it', 'IT', '', "Ciao, il pacco è per il compleanno di mio figlio, potete consegnarlo dopo il 12? Prima non c'è nessuno a casa."],
  ['other', false, 'es', 'ES', '', 'Hola, es un regalo sorpresa: ¿podríais no poner el nombre de la tienda en el paquete? Gracias'],
  // Amazon's notices
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung 302-5518293-7719204', 'Der Amazon-Kunde Jonas Weber hat eine Rücksendung für folgenden Artikel angefordert:\n\nBestellung: 302-5518293-7719204\nArtikel: Tchibo Daunenkissen 80x80\nRücksendegrund: Artikel wird nicht mehr benötigt\nKommentar des Kunden: Doppelt bestellt.\n\nBitte genehmigen oder schließen Sie die Anfrage unter Rücksendungen verwalten.'],
  // ── batch 3 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', '弊社にて業務用として検討しております。こちらの電気ケトルを20台まとめて購入した場合、納期はどのくらいになりますでしょうか。また請求書払いは可能でしょうか。'],
  ['product_question', false, 'ja', 'JP', '', '昨日届いた加湿器、アロマオイルを入れても大丈夫なタイプですか？説明書に記載がなかったので。'],
  ['product_question', false, 'en', 'US', '', "Hi, this is a Prime item so I guess Amazon ships it, but I wanted to ask you directly: is the yoga mat latex free? I have a latex allergy."],
  ['product_question', false, 'en', 'US', '', "Hey, any chance you'll restock the navy blue in size 10? It has said unavailable for weeks."],
  ['product_question', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, ist das Hundegeschirr auch für einen Dackel mit 38 cm Brustumfang geeignet, oder fällt Größe S zu groß aus? Viele Grüße'],
  ['product_question', false, 'de', 'CH', '', 'Grüezi, funktioniert die Ladestation auch mit dem Schweizer Stecker Typ J, oder braucht es einen Adapter? Merci vielmal'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, est-ce que cette tente convient pour du camping en montagne en octobre ? Elle tient le vent ? Merci'],
  ['product_question', false, 'it', 'IT', '', 'Buonasera, il cibo per gatti è senza cereali? Il mio gatto è intollerante. Grazie'],
  ['product_question', false, 'es', 'ES', '', 'Buenas, ¿el colchón viene enrollado al vacío? ¿Cuánto tarda en recuperar su forma? Gracias'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '領収書ってどこからダウンロードできますか？会社に出さないといけなくて'],
  ['invoice_request', false, 'en', 'IN', '', 'Sir, please provide GST invoice for order 402-8817263-1192038, company GSTIN 29ABCDE1234F1Z5. Required for reimbursement.'],
  ['invoice_request', false, 'en', 'UK', '', 'Everything arrived, thank you. Could you also send a receipt with my company name on it? Northway Plumbing Ltd.'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, je suis auto-entrepreneur, pouvez-vous établir la facture au nom de mon entreprise avec mon numéro SIRET ? Cordialement"],
  ['invoice_request', false, 'it', 'IT', '', 'Buongiorno, avrei bisogno della fattura intestata alla mia ditta per le gomme acquistate. Vi mando partita IVA e indirizzo in un secondo messaggio. Grazie'],
  ['invoice_request', false, 'pt', 'BR', '', 'Boa tarde, preciso da nota fiscal da compra do notebook para acionar a garantia. Podem me enviar? Obrigado'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, kan ni skicka en faktura med vårt organisationsnummer 556677-8899? Köpet gjordes för företaget. Tack'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, şirketim adına kurumsal fatura kesebilir misiniz? Vergi numaramı iletebilirim.'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', 'ご丁寧なお手紙まで添えていただきありがとうございました。子供も大喜びです。'],
  ['thanks', false, 'en', 'UK', '', 'Parcel arrived this morning, well packed and exactly as described. Many thanks, Pauline'],
  ['thanks', false, 'de', 'DE', '', 'Vielen Dank für die schnelle Lieferung, die Winterreifen sind gut angekommen und schon montiert. Gerne wieder!'],
  ['thanks', false, 'es', 'MX', '', 'Ya me llegó el juego de sábanas, todo perfecto, muchas gracias por el detalle de la tarjetita.'],
  ['thanks', false, 'nl', 'NL', '', 'Hoi, alles goed ontvangen, mooi verpakt ook. Bedankt en fijne dag!'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka dotarła dzisiaj, wszystko w porządku. Dziękuję i polecam!'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'Amazon物販で月収100万円を目指す無料セミナーを開催しています。ご興味がございましたらご返信ください。'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'Hello, I am reaching out from a Chinese packaging factory. We make custom printed mailer boxes with your logo, MOQ 300 pcs. Can I send you our catalogue?'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Hallo, ich bin Influencerin mit 80.000 Followern auf Instagram und würde eure Babyprodukte gerne vorstellen. Im Gegenzug bräuchte ich zwei Produkte kostenlos.'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Ciao! Gestisco una pagina Instagram di cucina con 120k follower e mi piacerebbe collaborare con voi per promuovere le vostre padelle.'],
  ['spam_or_suspicious', false, 'pt', 'BR', '', 'Olá, somos uma agência de marketing digital e ajudamos vendedores da Amazon a vender mais. Posso te mostrar como?'],
  // other
  ['other', false, 'ja', 'JP', '', '先ほど星1つの評価をつけてしまいましたが、操作ミスです。星5に直しておきました。失礼しました。'],
  ['other', false, 'en', 'US', '', 'Hello, please do not ring the doorbell when delivering, my baby will be asleep in the afternoons. Just knock. Thank you'],
  ['other', false, 'de', 'DE', '', 'Guten Tag, bitte liefern Sie das Paket erst nach dem 15. aus, wir sind bis dahin im Urlaub. Danke'],
  ['other', false, 'fr', 'FR', '', "Bonjour, c'est un cadeau, pouvez-vous glisser un petit mot « Joyeux anniversaire Léa » dans le colis ? Merci beaucoup"],
  // Amazon's notices
  ['cancel_request_system', false, 'en', 'UK', 'Order cancellation request from Amazon customer Tom Fletcher (Order: 026-8819203-4471829)', 'Tom Fletcher has requested to cancel this order through Amazon.co.uk.\n\nReason given by buyer: Found a better price\nItem(s): Tefal Jamie Oliver Frying Pan 28cm x1\n\nIf you have not yet dispatched the order, please cancel it in Manage Orders.'],
  // ── batch 4 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', 'いつもお世話になっております。以前こちらでベビーカーを購入した者です。今回は同じシリーズのレインカバーを検討しているのですが、2021年モデルの本体にも取り付けできますでしょうか。お手数ですがご確認のほどよろしくお願いいたします。'],
  ['product_question', false, 'ja', 'JP', '', 'このリード、大型犬(30kg)でも切れない？😅 引っ張り癖すごいんです'],
  ['product_question', false, 'ja', 'JP', 'ヨシダ マサル様からのお問い合わせ', 'カーナビの取り付けキットについてです。トヨタのアクア（2020年式）に適合しますか？'],
  ['product_question', false, 'en', 'US', '', "Hi, I want to buy this watch as a gift for my husband. His wrist is about 7.5 inches, will the strap be long enough or can you add links?"],
  ['product_question', false, 'en', 'IN', '', 'Hello sir this led bulb is dimmable or not? my switch is dimmer type. reply fast please'],
  ['product_question', true, 'en', 'US', '', 'Hi, I love this lamp and want 3 more in different colours. Can I pay you through PayPal directly and you ship them? Cheaper for both of us.'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, ich suche ein Geschenk für meinen Neffen (6 Jahre). Ab welchem Alter ist das Experimentierset empfohlen? Danke im Voraus'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, à partir de quel âge ce jeu de construction est-il adapté ? C'est pour un enfant de 4 ans. Merci"],
  ['product_question', false, 'it', 'IT', '', "Buongiorno, i pneumatici sono di produzione recente? Vorrei sapere la settimana e l'anno (DOT) prima di ordinarli. Grazie"],
  ['product_question', false, 'es', 'MX', '', '¿Qué tal? ¿Este juguete usa pilas o se carga con USB? Es para mi sobrina de 3 años.'],
  ['product_question', false, 'nl', 'BE', '', 'Goedendag, kan de wasmachine ook op een houten vloer staan zonder dat hij gaat wandelen? Groet, Pieter'],
  ['product_question', false, 'pt', 'BR', '', 'Boa noite! Esse tênis é forma pequena? Calço 40 normalmente. Obrigado'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu mama yavru kediler için uygun mu? Kedim 4 aylık.'],
  // invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '株式会社ハヤシ物流 経理課の小林です。9月分の注文（3件）について、まとめて請求書を発行いただくことは可能でしょうか。'],
  ['invoice_request', false, 'en', 'UK', '', "Hi, I don't need a refund, the blender is fine. I just need a proper invoice with the VAT breakdown for my expense claim. Thanks"],
  ['invoice_request', false, 'de', 'DE', '', 'Hallo zusammen, könnt ihr mir die Rechnung bitte nochmal als PDF schicken? Die alte ist irgendwie verschwunden. Danke!'],
  ['invoice_request', false, 'fr', 'BE', '', "Bonjour, pour notre ASBL il nous faudrait une facture avec notre numéro d'entreprise. Est-ce possible ? Bien à vous"],
  ['invoice_request', false, 'es', 'ES', '', 'Buenas, necesito la factura del pedido del aire acondicionado para solicitar la subvención. ¿Dónde la puedo descargar? Gracias'],
  // thanks
  ['thanks', false, 'ja', 'JP', '', '注文した化粧水、さっき届きました！思ったより早くてびっくりです、ありがとうございます🙏'],
  ['thanks', false, 'en', 'AU', '', 'All good, the replacement charger came today and works. No need to reply, just wanted to let you know. Cheers'],
  ['thanks', false, 'fr', 'FR', '', 'Bonjour, colis reçu ce matin, le produit correspond parfaitement. Merci pour le petit cadeau glissé dans le paquet !'],
  ['thanks', false, 'it', 'IT', '', 'Salve, volevo ringraziarvi: la lampada è arrivata prima del previsto ed è bellissima. Complimenti!'],
  ['thanks', false, 'sv', 'SE', '', 'Hej, tack för snabb leverans, hundsängen är redan i bruk. Mvh Karin'],
  // spam_or_suspicious
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'Amazonのレビュー評価を上げたい出品者様へ。弊社では実購入者によるレビュー獲得をサポートしています。詳細はLINEにてご案内します。'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'Dear Amazon Seller, we noticed your brand is not registered in Amazon Brand Registry. Our trademark attorneys can file for you in 48 hours for a flat fee of $399. Reply to get started.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Buenas tardes, somos fabricantes de envases de cartón personalizados en Valencia. ¿Les puedo enviar nuestro catálogo sin compromiso?'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Dzień dobry, jesteśmy agencją marketingową i pomagamy sprzedawcom Amazon zwiększyć sprzedaż. Czy byliby Państwo zainteresowani bezpłatną konsultacją?'],
  // other
  ['other', false, 'ja', 'JP', '', 'プレゼント用なので、商品の値札は外して発送していただけますか。'],
  ['other', false, 'en', 'US', '', 'Hello, could you please put the order in a plain box without the product picture? It is a present for my wife.'],
  ['other', false, 'de', 'DE', '', 'Guten Tag, bitte stellen Sie das Paket bei Nichtantreffen in die Garage, das Tor ist offen. Vielen Dank'],
  ['other', false, 'it', 'IT', '', 'Buongiorno, potreste lasciare il pacco dal tabaccaio sotto casa se non mi trovate? Grazie'],
  // Amazon's notices
  ['return_request', false, 'fr', 'FR', "Demande d'autorisation de retour pour la commande n° 171-8829301-2281930", "Le client Amazon Hugo Lambert a demandé un retour pour l'article suivant :\n\nCommande : 171-8829301-2281930\nArticle : Moulinex Cookeo Mini\nMotif du retour : Article plus nécessaire\nCommentaires du client : Offert en double pour mon anniversaire.\n\nVeuillez autoriser ou clôturer cette demande dans Gérer les retours."],
  // ── batch 5 ──────────────────────────────────────────────────────────────────────────────────────────────────────
  // product_question
  ['product_question', false, 'ja', 'JP', '', '突然のメール失礼いたします。七十を過ぎた母のために電気毛布を購入しようと思っておりますが、タイマーで自動的に切れる機能はございますでしょうか。'],
  ['product_question', false, 'en', 'UK', '', "Hi there, sorry to bother you, I know you probably get a lot of messages. My daughter is starting university in September and we're getting her room ready, and I've been going back and forth between a few different desk lamps. Yours looks the nicest but I need to know whether the arm can be clamped to a desk that is 4cm thick, because her desk has no space for a base. Many thanks in advance, Helen"],
  ['product_question', false, 'de', 'DE', '', 'Hey, kann man die Hülle auch mit MagSafe-Ladegerät benutzen oder stört die? Danke dir'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, les croquettes conviennent-elles à un chat stérilisé de 10 ans ? Merci de votre réponse'],
  ['product_question', false, 'it', 'IT', '', 'Buongiorno, questo set di pentole va bene anche sul piano a induzione? Grazie'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la funda nórdica es de 150 o de 135? En el título pone una cosa y en la foto otra. Gracias'],
  // invoice_request
  ['invoice_request', false, 'it', 'IT', '', 'Ciao, mi serve lo scontrino o la fattura per la garanzia della lavatrice, dove lo trovo?'],
  ['invoice_request', false, 'pt', 'PT', '', 'Boa tarde, podiam enviar-me a fatura com o meu NIF 234567890? Esqueci-me de o colocar na encomenda. Obrigado'],
  // thanks
  ['thanks', false, 'de', 'DE', '', 'Hallo! Der Adventskalender ist pünktlich angekommen, meine Kinder freuen sich riesig. Herzlichen Dank und frohe Feiertage!'],
  ['thanks', false, 'es', 'ES', '', 'Hola! Recibí el pedido hoy, muy bien embalado. Mil gracias, volveré a comprar.'],
  ['thanks', false, 'en', 'UK', '', 'Confirming I received both parcels, the second one came this afternoon. Thanks for sorting it out so quickly.'],
  ['thanks', false, 'en', 'US', 'Inquiry from Amazon customer Grace Lee (Order: 114-5518290-3381920)', 'Received the rug today, it looks even better than the photos. Thank you!'],
  // spam_or_suspicious
  ['spam_or_suspicious', false, 'en', 'US', '', 'qwerty qwerty 123'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Sehr geehrter Händler, Ihr Amazon-Konto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Identität unter http://amazon-de-verifizierung.net, sonst wird Ihr Konto gesperrt.'],
  ['spam_or_suspicious', false, 'sv', 'SE', '', 'Hej! Vi är en byrå som hjälper Amazon-säljare att öka sin försäljning i Norden. Kan vi boka ett kort möte nästa vecka?'],
  ['spam_or_suspicious', false, 'tr', 'TR', '', 'Merhaba, Amazon mağazanız için profesyonel ürün fotoğrafçılığı hizmeti sunuyoruz. Fiyat listemizi gönderebilir miyim?'],
  // other
  ['other', false, 'ja', 'JP', '', '商品はとても気に入っています。ただ、箱がかなり大きくて処分に困りました。もう少し小さい梱包だと嬉しいです。'],
  ['other', false, 'en', 'UK', '', 'The mug is lovely and arrived safely, thank you. Only thing - the gift box would look nicer with a ribbon. Just a thought for the future!'],
  ['other', false, 'fr', 'FR', '', "Bonjour, j'ai mis 3 étoiles par erreur, je voulais mettre 5. Désolée ! Je vais corriger."],
  ['other', false, 'pt', 'BR', '', 'Oi, é presente, vocês podem mandar sem a nota com o valor dentro da caixa? Obrigada'],
  // Amazon's notices
  ['cancel_request_system', false, 'nl', 'NL', 'Annuleringsverzoek van Amazon-klant Daan de Vries (Bestelling: 408-2291038-5561920)', 'Beste verkoper,\n\nAmazon-klant Daan de Vries heeft verzocht de volgende bestelling te annuleren:\n\nBestelling: 408-2291038-5561920\nArtikel: Philips Airfryer XL HD9270\nAantal: 1\nReden van annulering: Per ongeluk besteld\n\nAls de bestelling nog niet is verzonden, annuleer deze dan in Bestellingen beheren.'],
  ['return_request', false, 'pl', 'PL', 'Prośba o autoryzację zwrotu dla zamówienia nr 405-1192837-6618290', 'Klient Amazon Anna Kowalska poprosił o zwrot następującego produktu:\n\nZamówienie: 405-1192837-6618290\nProdukt: Tefal Optigrill+ GC712D\nPowód zwrotu: Produkt niepotrzebny\nKomentarz klienta: Dostałam taki sam w prezencie.'],
  ['cancel_request_system', false, 'ja', 'JP', '注文キャンセルリクエスト：注文番号 249-8817203-3391827', 'お客様（中村 翔太 様）から以下の注文についてキャンセルのリクエストがありました。\n\n注文番号：249-8817203-3391827\n商品名：タイガー 魔法瓶 水筒 500ml\n数量：1\nキャンセル理由：注文内容を変更したい\n\n未出荷の場合は、セラーセントラルの注文管理からキャンセル処理を行ってください。'],
  // once known gaps of the damaged, return and delivery rules, fixed since
  ['other', false, 'es', 'ES', '', 'Hola, dejé una valoración de una estrella sin querer, quería poner cinco. ¿Cómo la puedo cambiar?'],
  ['other', false, 'en', 'US', '', 'Hello, I left a 3 star review by accident on the wrong product, it was meant for a different seller. I have deleted it now, sorry for the trouble.'],
  ['other', false, 'ja', 'JP', '', 'コンビニ払いで注文したのですが、支払い番号のお知らせメールが届いていません。どこで確認すればよいでしょうか。'],
  // once a known gap, closed in round 6 (cancel/address/scam)
  ['invoice_request', false, 'en', 'UK', '', "We are ordering through Amazon Business for our school. Could you please make sure the invoice is addressed to St Mary's Primary School rather than to me personally? Thank you, Mrs K. Owens"],
];

/**
 * Probes decided wrongly by a file outside this round's (the question, invoice, thank-you, spam and `other` rules,
 * the notices and gibberish): each names the culprit and the change it needs. Run with it.fails, so a fix there
 * makes the test fail and the row moves up to `rows`.
 */
const gaps: GapRow[] = [
];

export const PROBES_5 = fromRows(rows);
export const KNOWN_GAPS_Q5 = fromGapRows(gaps);
