/**
 * Probe messages for product questions, invoices, thank-yous, spam, `other` and Amazon's cancellation/return
 * notices, written for these tests the way buyers (and spammers, and Amazon) write: keigo and casual Japanese,
 * half-width kana, all lower case, no punctuation, typos, the inquiry wrapper, two concerns in one message, a
 * "thanks" after a request, and near-misses of other categories. They check that the phrase families generalise;
 * none is taken from the dev corpus.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── product_question: specification, compatibility, care, stock, authenticity, how to use, terms before buying
  ['product_question', false, 'en', 'US', '', 'hi does the 64gb version have a micro sd slot or not'],
  ['product_question', false, 'en', 'UK', 'Quick question', 'What are the measurements of the pushchair when folded? Need to know if it goes in the boot of a Fiat 500.'],
  ['product_question', false, 'en', 'IN', '', 'Hello sir, this watch is water proof for swimming? Kindly tell me before i buy.'],
  ['product_question', false, 'en', 'CA', '', 'Is the pillow cover removable and can it go in the washing machine?'],
  ['product_question', false, 'en', 'US', '', 'is this the 2023 model or the older one'],
  ['product_question', false, 'en', 'US', 'Colour', 'Do you have it in navy, size medium? The listing only shows black and grey.'],
  ['product_question', false, 'en', 'AU', '', 'How long does the battery last on one charge, roughly?'],
  ['product_question', false, 'en', 'US', '', 'Can this be used with 110V outlets in the US? Thanks in advance!'],
  ['product_question', false, 'en', 'CA', '', "Do you ship to Canada? I'd like to order two of them."],
  ['product_question', true, 'en', 'US', 'Bulk order', 'I want to buy 200 pcs for my store. What is your best price? Email me at bulkbuyer22@gmail.com so we can deal directly.'],
  ['product_question', false, 'en', 'SG', 'Inquiry from Amazon customer Raj Patel (Order: 113-4410297-5582013)', 'Hello, the blender I bought has 3 speed buttons but the booklet is only in Chinese. Which setting is for crushing ice?'],
  ['product_question', false, 'ja', 'JP', '', 'お世話になっております。こちらの商品は食洗機に対応しておりますでしょうか。ご回答よろしくお願いいたします。'],
  ['product_question', false, 'ja', 'JP', '', 'これってiPhone15でも使える？'],
  ['product_question', false, 'ja', 'JP', '', 'ＬＥＤの色温度は何ケルビンでしょうか'],
  ['product_question', false, 'ja', 'JP', 'スーツケースの鍵', '注文したスーツケースの鍵の開け方がわかりません。初期の番号は何番ですか？'],
  ['product_question', false, 'ja', 'JP', '', 'ブラックの在庫はもうないのでしょうか。入荷予定があれば教えてください'],
  ['product_question', false, 'ja', 'JP', '', 'このケースはＧａｌａｘｙ Ｓ２４にピッタリ合いますか'],
  ['product_question', false, 'ja', 'JP', '佐藤様からのお問い合わせ（注文番号：250-7719024-3318890）', 'Bluetoothの接続方法を教えていただけますか。説明書に記載がありませんでした。'],
  ['product_question', false, 'de', 'DE', '', 'Hallo, ist die Matratze auch für Allergiker geeignet? Gruß'],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, wie lange hält der Akku ungefähr? MfG'],
  ['product_question', false, 'de', 'AT', '', 'Gibt es das Set auch in Schwarz?'],
  ['product_question', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Jonas Keller (Bestellung: 302-1188204-7736519)', 'Hallo, das Gerät ist gut angekommen, danke. Wie stelle ich die Uhrzeit ein?'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, est-ce que la housse passe en machine ? Merci d'avance"],
  ['product_question', false, 'fr', 'BE', '', "salut c'est livré avec les piles ou pas"],
  ['product_question', false, 'it', 'IT', '', 'Buongiorno, la lampada funziona anche con lampadine LED da 9W? grazie'],
  ['product_question', false, 'it', 'IT', '', 'Salve, avete ancora disponibile la taglia 42?'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la batería es de litio? ¿Cuántas horas dura?'],
  ['product_question', false, 'es', 'MX', '', 'buenas de que material es la funda'],
  ['product_question', false, 'nl', 'NL', '', 'Hallo, kan deze pan ook op inductie gebruikt worden?'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten czajnik ma filtr kamienia?'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Går det att tvätta överdraget i maskin?'],
  ['product_question', false, 'pt', 'BR', '', 'Olá, este fone tem cancelamento de ruído?'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu şarj aleti iPhone 14 ile uyumlu mu?'],

  // ── invoice_request
  ['invoice_request', false, 'en', 'US', '', 'hi can i get an invoice with my company name on it? its for expenses'],
  ['invoice_request', false, 'en', 'UK', '', 'Please issue a proper VAT invoice for order 204-5519023-6612408, our accounts department needs it. Thank you.'],
  ['invoice_request', false, 'en', 'IN', '', 'Sir please send the bill of this order for my office claim.'],
  ['invoice_request', false, 'en', 'US', '', 'I got the refund for the one I sent back, thanks. Could you send me a receipt for the item I kept?'],
  ['invoice_request', true, 'en', 'AE', '', 'send the invoice on my whatsapp +971 50 123 4567 please, cannot open amazon messages'],
  ['invoice_request', false, 'ja', 'JP', '領収書について', 'お世話になっております。経理処理のため、本注文の領収書をPDFでいただくことは可能でしょうか。'],
  ['invoice_request', false, 'ja', 'JP', '', 'りょうしゅうしょ発行できますか？'],
  ['invoice_request', false, 'ja', 'JP', '', 'ﾘｮｳｼｭｳｼｮお願いします'],
  ['invoice_request', false, 'ja', 'JP', '', '宛名を「株式会社サクラ」にした請求書をお願いします'],
  ['invoice_request', false, 'de', 'DE', '', 'Hallo, ich benötige für meine Firma einen Beleg mit ausgewiesener Umsatzsteuer.'],
  ['invoice_request', false, 'de', 'DE', '', 'Bitte schicken Sie mir die Rechnung als PDF, danke'],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, pourriez-vous m’envoyer une facture au nom de ma société ? Merci"],
  ['invoice_request', false, 'it', 'IT', '', 'Ciao, mi serve la fattura per la detrazione, codice fiscale RSSMRA80A01H501U'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenos días, ¿me pueden enviar el comprobante de compra? Lo necesito para la garantía.'],
  ['invoice_request', false, 'nl', 'NL', '', 'Goedemiddag, kunt u mij een factuur sturen met ons btw-nummer erop?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Poproszę o fakturę na firmę, NIP 1234567890.'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, kan jag få ett kvitto på köpet? Behöver det till jobbet.'],
  ['invoice_request', false, 'pt', 'BR', '', 'Bom dia, preciso da nota fiscal do pedido.'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, siparişim için fatura alabilir miyim?'],

  // ── thanks: a thank-you or confirmation only
  ['thanks', false, 'en', 'US', '', 'arrived today kids love it thanks a lot'],
  ['thanks', false, 'en', 'UK', '', 'Everything came fine. Appreciate the fast shipping!'],
  ['thanks', false, 'en', 'US', '', 'Thank you for the quick reply, that solved it.'],
  ['thanks', false, 'en', 'US', '', "ok no problem, I'll wait. thank you"],
  ['thanks', false, 'en', 'UK', 'Inquiry from Amazon customer Dan Hughes (Order: 202-6610293-1184450)', 'Thanks for sending the replacement so quickly, much appreciated.'],
  ['thanks', false, 'en', 'US', '', 'Sorry my bad, found the package at my neighbour. All good, no need to reply.'],
  ['thanks', false, 'ja', 'JP', '', 'ご丁寧にご連絡いただきありがとうございます。承知いたしました。'],
  ['thanks', false, 'ja', 'JP', '', 'とどいたよー ありがとう！'],
  ['thanks', false, 'ja', 'JP', '', '商品無事に受け取りました。またよろしくお願いします。'],
  ['thanks', false, 'de', 'DE', '', 'Super, hat alles geklappt. Danke!'],
  ['thanks', false, 'de', 'DE', '', 'Paket heute erhalten, alles bestens.'],
  ['thanks', false, 'fr', 'FR', '', 'Reçu ce matin, nickel. Merci et bonne continuation'],
  ['thanks', false, 'it', 'IT', '', 'Arrivato oggi, perfetto. Grazie mille!'],
  ['thanks', false, 'es', 'ES', '', 'Ya me llegó, muy contento con la compra. ¡Gracias!'],
  ['thanks', false, 'nl', 'NL', '', 'Alles in goede orde ontvangen, top!'],
  ['thanks', false, 'pt', 'PT', '', 'Recebi hoje, muito obrigado!'],
  ['thanks', false, 'sv', 'SE', '', 'Tack, paketet kom idag!'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün elime ulaştı, teşekkürler.'],

  // ── spam_or_suspicious: offers, phishing, non-buyers, gibberish
  ['spam_or_suspicious', false, 'en', 'US', '', 'Hello Seller, are you looking for a reliable 3PL warehouse in the US? We handle FBA prep, labelling and storage at competitive rates.'],
  ['spam_or_suspicious', false, 'en', 'US', 'Product descriptions', 'Dear Amazon seller, I can write SEO optimized product descriptions for your store. Have a look at my portfolio and let me know.'],
  ['spam_or_suspicious', true, 'en', 'UK', 'Seller Support notice', 'Amazon Seller Support: one of your listings has been flagged. Log in through this link within 48 hours to keep it active: http://seller-amazon-review.co/signin'],
  ['spam_or_suspicious', false, 'en', 'US', 'Survey', 'Hi, I am a student writing my thesis on e-commerce. Could you fill in a short survey about your business? It takes 5 minutes.'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', '突然のご連絡失礼いたします。Amazon広告の運用を代行しております株式会社エスアールです。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '商品撮影のご案内', 'ストアの商品写真を無料で撮影いたします。まずはお気軽にご相談ください。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【最終警告】お支払い情報の更新', 'お支払い情報の有効期限が切れています。24時間以内にこちらのURLから更新してください。 http://amazon-jp-payment.info/update'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Sehr geehrter Händler, wir helfen Ihnen, mehr Bewertungen zu bekommen. Jetzt kostenlos testen!'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, nous aidons les vendeurs Amazon à booster leur visibilité. Puis-je vous présenter notre offre ?'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Gentile venditore, la nostra azienda realizza servizi fotografici per prodotti Amazon. Contattaci per un preventivo.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola vendedor, ¿quieres más reseñas? Te conseguimos reseñas reales de compradores verificados.'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Dzień dobry, oferujemy kompleksowe prowadzenie kont sprzedawców Amazon.'],
  ['spam_or_suspicious', false, 'nl', 'NL', '', 'Beste verkoper, wij bieden professionele productfotografie aan tegen een scherpe prijs.'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'sdfsdf sdfsdfsdf jjjjjj'],

  // ── other: delivery instructions, notes, remarks, reviews, mark shipped
  ['other', false, 'en', 'US', '', 'Please deliver after 6pm, nobody is home during the day.'],
  ['other', false, 'en', 'UK', '', "I'm on holiday until the 15th, could you hold off sending it until then?"],
  ['other', false, 'en', 'US', '', 'Can you put a note in the box saying "Happy birthday Anna, love Mum"?'],
  ['other', false, 'en', 'US', '', 'Nice lamp, thank you. Just a suggestion: the cable could be longer, it barely reaches the socket.'],
  ['other', false, 'en', 'UK', '', 'I accidentally left a 1 star review, I meant to give 5. How do I change it?'],
  ['other', true, 'en', 'US', '', 'Can you mark it as dispatched today? My company only pays once the order shows shipped.'],
  ['other', false, 'ja', 'JP', '', '平日は不在なので、土曜日の午前中に届くようにしてもらえますか'],
  ['other', false, 'ja', 'JP', '', '宅配ボックスがあるのでそちらに入れておいてください'],
  ['other', false, 'ja', 'JP', '', 'ありがとうございました。ただ、梱包がもう少し丁寧だと嬉しかったです。'],
  ['other', false, 'de', 'DE', '', 'Bitte beim Nachbarn abgeben, falls ich nicht da bin.'],
  ['other', false, 'fr', 'FR', '', "Merci de ne pas expédier avant lundi, je suis absent jusqu'à dimanche."],
  ['other', false, 'it', 'IT', '', 'Per favore lasciate il pacco al portiere, grazie.'],
  ['other', false, 'es', 'ES', '', 'Por favor, dejen el paquete en conserjería, trabajo hasta tarde.'],
  ['other', false, 'sv', 'SE', '', 'Kan ni lämna paketet hos grannen om ingen är hemma?'],

  // ── cancel_request_system: Amazon's cancellation notice, other wordings and layouts
  ['cancel_request_system', false, 'en', 'AU', 'Order cancellation request from Amazon customer Chloe Nguyen (Order: 250-4471902-1180336)', 'Chloe Nguyen has asked to cancel order 250-4471902-1180336.\nReason: Ordered wrong size\nIf the order has not shipped, cancel it from Manage Orders and choose the reason "Buyer Canceled".'],
  ['cancel_request_system', false, 'en', 'US', 'Cancellation request for order 114-2290187-6650021', 'A buyer has requested cancellation of order 114-2290187-6650021.\nCancellation reason: Found cheaper elsewhere'],
  ['cancel_request_system', false, 'ja', 'JP', 'キャンセルリクエストのお知らせ（注文番号 249-1102938-4475610）', 'お客様が注文番号249-1102938-4475610のキャンセルを依頼しました。\n理由：配送予定日が遅い\n未発送の場合はキャンセル処理をお願いします。'],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage für Bestellung 303-5561092-7719283', 'Der Käufer hat eine Stornierung der Bestellung 303-5561092-7719283 angefordert.\nGrund: Versehentlich bestellt'],
  ['cancel_request_system', false, 'fr', 'FR', 'Demande d’annulation de commande 402-7781290-3345120', "L’acheteur a demandé à annuler la commande 402-7781290-3345120.\nMotif : délai de livraison trop long"],
  ['cancel_request_system', false, 'it', 'IT', 'Richiesta di cancellazione ordine 404-2283190-5561928', "L'acquirente ha chiesto di annullare l'ordine 404-2283190-5561928.\nMotivo della cancellazione: acquistato per errore"],
  ['cancel_request_system', false, 'es', 'ES', 'Solicitud de cancelación de pedido 405-6619283-1120394', 'El cliente ha pedido cancelar el pedido 405-6619283-1120394.\nMotivo: ya no lo necesita'],
  ['cancel_request_system', false, 'pl', 'PL', 'Prośba o anulowanie zamówienia 406-1192837-5560192', 'Kupujący poprosił o anulowanie zamówienia 406-1192837-5560192. Powód: zamówione przez pomyłkę.'],
  ['cancel_request_system', false, 'pt', 'BR', 'Solicitação de cancelamento do pedido 701-5519283-2230194', 'O cliente solicitou o cancelamento do pedido 701-5519283-2230194. Motivo: comprou por engano.'],
  // Near-misses: the buyer's own words, even with a notice-like subject or in the inquiry wrapper.
  ['cancel_request_message', false, 'en', 'US', 'Inquiry from Amazon customer Kim Park (Order: 112-7781920-3349102)', 'Order cancellation request - please cancel my order, I ordered it twice by mistake.'],
  ['cancel_request_message', false, 'en', 'US', 'Cancellation request', 'pls cancel my order i clicked buy by mistake'],

  // ── return_request: Amazon's return notice, whatever reason it gives
  ['return_request', false, 'en', 'UK', 'Return request from Amazon customer Sam Reid (Order: 202-3381920-1172839)', 'Sam Reid would like to return the item below.\nReturn reason: Ordered wrong size\nComments from buyer: too small around the waist'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：250-6610293-8847201）', '購入者から返品のリクエストがありました。\n理由：サイズが合わない\n返品リクエストを承認するか、クローズしてください。'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage zu Bestellung 304-1120394-8812093', 'Der Kunde hat eine Rücksendung beantragt.\nGrund: Artikel gefällt nicht'],
  ['return_request', false, 'fr', 'FR', "Demande d'autorisation de retour pour la commande 403-2239184-6610293", "Le client a demandé le retour de l'article.\nMotif : ne correspond pas à la taille"],
  ['return_request', false, 'it', 'IT', 'Richiesta di reso per ordine 404-8812039-4410293', 'Il cliente ha richiesto un reso.\nMotivo del reso: articolo difettoso'],
  ['return_request', false, 'es', 'ES', 'Solicitud de devolución del pedido 405-1102938-7712093', 'El cliente ha solicitado una devolución.\nMotivo: producto defectuoso'],
  ['return_request', false, 'nl', 'NL', 'Retourverzoek voor bestelling 405-2210394-5581920', 'De klant heeft een retour aangevraagd.\nReden van retour: past niet'],
  // Near-miss: a buyer's "return request" in the inquiry wrapper because the item broke.
  ['damaged_or_defective', false, 'en', 'US', 'Inquiry from Amazon customer Lee Wong (Order: 113-5512093-7781029)', 'Return request: the toaster I bought last week stopped working, please help.'],

  // ── second round: casual forms, units and garment sizes, instructions not to include papers, foreign spam
  ['product_question', false, 'en', 'US', '', 'can i use this on a gas stove or only electric'],
  ['product_question', false, 'en', 'UK', '', "Hello, what's the difference between the Pro and the Plus version?"],
  ['product_question', false, 'en', 'US', '', 'Are the earrings real silver or just plated?'],
  ['product_question', false, 'ja', 'JP', '', 'Lサイズの着丈と身幅を教えてください。'],
  ['product_question', false, 'ja', 'JP', '', '色違いってありますか？'],
  ['product_question', false, 'ja', 'JP', '', 'このシャンプーは詰め替え用もありますか'],
  ['product_question', false, 'de', 'CH', '', 'Kann man den Bezug in der Maschine waschen?'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, quelle est la différence avec le modèle précédent ?'],
  ['product_question', false, 'fr', 'CA', '', 'Est-ce que ça marche avec une Xbox Series X ?'],
  ['product_question', false, 'it', 'IT', '', 'Si può lavare in lavatrice a 40 gradi?'],
  ['product_question', false, 'es', 'MX', '', '¿Se puede lavar en lavadora?'],
  ['product_question', false, 'nl', 'BE', '', 'Is er ook een grotere maat beschikbaar?'],
  ['product_question', false, 'pl', 'PL', '', 'Czy można prać w pralce?'],
  ['invoice_request', false, 'en', 'US', '', 'Where can I download the invoice for my order? I need it for my employer.'],
  ['invoice_request', false, 'ja', 'JP', '', '会社の経費で落とすので、購入明細を送っていただけますか。'],
  ['invoice_request', false, 'fr', 'FR', '', "J'ai besoin d'un justificatif d'achat pour mon employeur, c'est possible ?"],
  ['invoice_request', false, 'it', 'IT', '', 'Mi potete mandare lo scontrino? Serve per la garanzia.'],
  ['thanks', false, 'en', 'US', '', 'Package received, all in order.'],
  ['thanks', false, 'en', 'UK', '', 'no worries, all sorted now'],
  ['thanks', false, 'ja', 'JP', '', '了解しました。お手数おかけしました。'],
  ['thanks', false, 'de', 'DE', '', 'Alles klar, vielen Dank für die schnelle Antwort!'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka doszła, wszystko w porządku.'],
  ['spam_or_suspicious', false, 'en', 'US', 'Quick question', "Hi! I'm Jessica from BrandBoost. We help Amazon sellers get more 5 star reviews fast. Interested?"],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'Amazonで売上を伸ばすノウハウを無料でお教えします。詳しくは返信ください。'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Wir sind ein Team aus Amazon-Experten und übernehmen Ihr komplettes PPC-Management.'],
  ['spam_or_suspicious', true, 'ru', 'DE', '', 'Здравствуйте! Продвижение товаров на Amazon, отзывы и реклама. Пишите в Telegram @promo_amz'],
  ['spam_or_suspicious', false, 'en', 'US', '', 'hjkl hjkl hjkl'],
  ['other', false, 'en', 'US', '', "pls don't put the invoice in the box, it's a gift"],
  ['other', false, 'ja', 'JP', '', 'プレゼントなので、金額の分かる納品書は入れないでください。'],
  ['other', false, 'en', 'AU', '', 'Could you use plain packaging without the brand on the box? It is a surprise for my husband.'],

  // ── third round: near-misses of the broader families
  ['invoice_request', false, 'en', 'US', '', 'We are a small family business and I ordered this for our office, can you send an invoice?'],
  ['product_question', false, 'en', 'UK', '', 'I wish it came in blue. Do you have other colours?'],
  ['product_question', false, 'en', 'US', '', 'Received it, but how do I charge it? There is no cable in the box.'],
  ['invoice_request', false, 'en', 'US', '', 'Our company would like to order 50 units. Can you provide a quote and an invoice with our tax ID?'],
  ['thanks', false, 'de', 'DE', '', 'Danke für die Rechnung, ist angekommen!'],
  ['thanks', false, 'en', 'UK', '', 'Got the invoice, thanks a lot.'],
  ['thanks', false, 'ja', 'JP', '', '領収書、確かに受け取りました。ありがとうございました。'],
  ['other', false, 'en', 'US', '', "I'll be away, please do not deliver before Monday."],
  ['damaged_or_defective', false, 'ja', 'JP', '', '受け取りました。ただ、説明書が入っていませんでした。'],
  // once open rows, fixed in the rules that decide them (decide.ts before buying, damaged.ts, delivery.ts)
  ['product_question', false, 'en', 'UK', 'Returns', "Before I buy - what's your return policy if the shoes don't fit? Can I send them back for free?"],
  ['damaged_or_defective', false, 'en', 'US', '', 'The one I received is the older model, not the 2024 version shown in the listing.'],
  ['invoice_request', false, 'en', 'UK', '', "I still haven't received the VAT invoice."],
  // once open, fixed in scam.ts: a prize "for you" with a link to follow is phishing
  ['spam_or_suspicious', true, 'en', 'US', 'Congratulations!', 'You have been selected for the Prime Seller Rewards program. Claim your $500 gift card now: http://bit.ly/prime-seller-gift'],
];

/**
 * Probes that still fail because of a rule outside lib/classify/rules/{product,invoice,thanks,spam,other}.ts and
 * system-notices.ts; each says which rule decides it and what should change there. The test expects them to fail,
 * so a fix makes it fail: then move the row up to `rows`.
 */
const gaps: GapRow[] = [];

export const OPEN_PROBES = fromGapRows(gaps);

export const PROBES = fromRows(rows);
