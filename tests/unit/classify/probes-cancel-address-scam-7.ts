/**
 * Round-7 probe messages for cancel_request_system, cancel_request_message, address_change and the scam flag, written
 * for these tests in the style of the evaluation data. This round varies length (one-liners to long stories), says the
 * concern without the category's obvious keyword ("please don't send it", 「なかったことに」), and mixes registers and
 * marketplaces. Amazon's cancellation notices come in several template shapes per marketplace (subject with or without
 * the buyer's name, third-person bodies worded differently). Scam cases: new destinations abroad or with a third person
 * ("my friend's birthday", "I run a shop"), forwarders, off-Amazon contact or payment, mark-as-shipped, refund without
 * return under threat, phishing; plus look-alikes that stay false (own typo fixes, moves in the same city, "do you
 * ship to …?" before buying). Never copied or paraphrased from the dev corpus or from earlier probe files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['cancel_request_system', false, 'ja', 'JP', 'キャンセルリクエストのお知らせ（注文番号 503-7712904-2281937）', '出品者様\n\nお客様より、下記のご注文についてキャンセルのご依頼をいただきました。\n注文番号：503-7712904-2281937\n商品：低反発クッション グレー ×1\n理由：注文を間違えた\n\nまだ出荷されていない場合は、セラーセントラルの注文管理からキャンセル処理を行ってください。'],
  ['cancel_request_message', false, 'ja', 'JP', '山本 恵理様からのお問い合わせ', 'お世話になります。昨日注文した電気ケトルですが、家族が同じものを買ってきてしまいました。まだ発送前でしたら、なかったことにしていただけると助かります。'],
  ['address_change', true, 'ja', 'JP', '', '注文した炊飯器、インドネシアにいる友達の誕生日プレゼントなので、ジャカルタの住所に送ってもらえますか？送料の差額は払います。'],
  ['address_change', false, 'ja', 'JP', '', 'すみません、住所の「3丁目」が「8丁目」になってました😅 発送前なら直してもらえますか'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'やっぱりいらないです。送らないでください'],
  ['other', true, 'ja', 'JP', '', '発送済みにだけ先にしておいてもらえませんか？実際の発送は来週で構いません。'],
  ['product_question', false, 'ja', 'JP', '', '購入前の質問です。ハワイへの発送は対応していますか？'],
  ['cancel_request_system', false, 'en', 'US', 'Cancellation request for order 113-4409281-6620173', 'Hello,\n\nThe customer has asked to cancel order 113-4409281-6620173.\nItem: Hydro Flask 32 oz Wide Mouth – Pacific\nCancellation reason given: No longer needed\n\nIf the order has not shipped, cancel it in Manage Orders and select the reason "Buyer Cancelled".'],
  ['cancel_request_system', false, 'en', 'UK', 'Order cancellation request from Amazon customer Fiona Hughes (Order: 026-1129384-5501726)', 'A buyer wants to cancel an order that has not yet been dispatched.\n\nOrder number: 026-1129384-5501726\nProduct: Joseph Joseph Nest 9 Plus mixing bowls\nReason: Ordered the wrong colour\n\nReview the request in Seller Central before you confirm dispatch.'],
  ['cancel_request_message', false, 'en', 'CA', 'Inquiry from Amazon customer Raj Patel (Order: 702-8814420-1937716)', 'hi, bought the winter tire set by mistake, wrong rim size. I no longer need them, please dont send them out. thank you'],
  ['cancel_request_message', false, 'en', 'AU', '', "G'day, found the same esky cheaper at Bunnings this arvo. Any chance you can pull my order before it goes out? Cheers, Mick"],
  ['address_change', true, 'en', 'US', '', 'Hello seller, I run a small phone accessories shop in Medan. The cases I ordered are for my customer, please ship them to my shop address in Indonesia, I will send the address. Thank you'],
  ['address_change', false, 'en', 'IN', '', 'Sir, in my address the pincode is wrongly mentioned as 560037, correct one is 560076 (Marathahalli, Bangalore). Kindly correct before dispatch.'],
  ['refund_request', true, 'en', 'US', '', "I'm keeping the headphones. Refund me the full amount today or I leave 1 star and file an A-to-z."],
  ['spam_or_suspicious', true, 'en', 'US', 'Amazon Seller Notice', 'Your seller account has been flagged for unusual activity. Verify your identity within 24 hours at http://sellercentral-verify-account.com to avoid suspension.'],
  ['address_change', false, 'en', 'US', '', 'Hey, we moved two blocks over last weekend, new place is 418 Maple Ave instead of 212 Birch St, both in Dayton. Can you update the shipping address on the order?'],
  ['product_question', false, 'en', 'US', '', 'Do you ship to Puerto Rico? Thinking about ordering two of these for my mom who lives there.'],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage für Bestellung 028-5519203-4470916', 'Hallo,\n\nein Kunde möchte die folgende Bestellung stornieren:\nBestellnummer: 028-5519203-4470916\nArtikel: Kaffeevollautomat Esperto Caffè\nGrund: Versehentlich bestellt\n\nFalls die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte unter „Bestellungen verwalten“ mit dem Grund „Vom Käufer storniert“.'],
  ['cancel_request_system', false, 'de', 'AT', 'Stornierungsanfrage von Amazon-Kunde Johanna Gruber (Bestellung: 304-8812093-1174520)', 'Der Käufer hat die Stornierung dieser Bestellung beantragt.\nStornierungsgrund: Preis woanders günstiger\nArtikel: 1 x Fahrradhelm Uvex active, Größe M'],
  ['cancel_request_message', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Dieter Kraus (Bestellung: 302-6621049-8837125)', 'Guten Tag, ich habe gestern aus Versehen zwei Packungen Staubsaugerbeutel bestellt, eine reicht mir völlig. Die zweite brauche ich nicht mehr, bitte nicht mitschicken. Danke, D. Kraus'],
  ['address_change', true, 'de', 'DE', '', 'Hallo, mein Neffe in der Türkei hat nächste Woche Geburtstag. Könnten Sie das Paket direkt zu ihm nach Izmir schicken statt zu mir? Die Adresse schicke ich Ihnen.'],
  ['address_change', false, 'de', 'CH', '', 'Grüezi, bei meiner Lieferadresse fehlt der Zusatz «c/o Meier», sonst kommt das Paket nicht an. Könnten Sie das noch ergänzen? Merci, Lea'],
  ['other', true, 'de', 'DE', '', 'Können Sie die Sendung schon als versandt markieren? Ich brauche die Bestätigung für meine Buchhaltung, verschicken können Sie später.'],
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation – commande 171-4429810-3318274", "L'acheteur a demandé à annuler un ou plusieurs articles de cette commande.\nRaison : Délai de livraison trop long\nArticle(s) : 1 x Coussin chauffant Beurer HK 25\nMerci de traiter cette demande avant de confirmer l'expédition."],
  ['cancel_request_message', false, 'fr', 'BE', "Demande de renseignements d'un client Amazon", "Bonjour, j'ai commandé les rideaux occultants hier soir mais ma femme les a trouvés moins chers ailleurs. Est-ce que c'est encore possible de ne pas les envoyer ? Merci bien, Luc"],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, c'est pour l'anniversaire de ma filleule qui habite au Sénégal. Vous pourriez envoyer le colis directement à Dakar ? Je vous paierai la différence par virement."],
  ['address_change', false, 'fr', 'CA', '', "Bonjour, j'ai inversé deux chiffres dans mon code postal : c'est H2J 3K7 et non H2J 3K1. Merci de corriger avant l'envoi."],
  ['cancel_request_system', false, 'it', 'IT', "Richiesta di cancellazione per l'ordine 405-2209183-7719460", "Il cliente vuole annullare questo ordine.\nMotivo: Ordinato per errore\nProdotto: De'Longhi Dedica EC685\nSe l'ordine non è stato ancora spedito, annullalo da Gestione ordini."],
  ['cancel_request_message', false, 'it', 'IT', '', 'ciao, ho sbagliato colore delle scarpe, non mandatemele per favore, ne ordino un altro paio 🙏'],
  ['address_change', true, 'it', 'IT', '', 'Buongiorno, gestisco un piccolo negozio a Tirana. Potete spedire i caricabatterie direttamente al mio cliente in Albania? Pago io il supplemento con PayPal.'],
  ['cancel_request_system', false, 'es', 'ES', 'Solicitud de cancelación – pedido 404-6619027-3382915', 'El comprador quiere cancelar este pedido.\nMotivo: Ya no lo necesito\nArtículo: Robot aspirador Conga 2090\nSi aún no lo has enviado, cancélalo en Gestionar pedidos indicando «Cancelado por el comprador».'],
  ['cancel_request_message', false, 'es', 'MX', '', 'Hola buenas, ya no voy a ocupar la licuadora, me regalaron una. Si todavía no sale me hacen el favor de no enviarla. Gracias'],
  ['address_change', false, 'es', 'ES', '', 'Hola, vivo en el 4º izquierda, no en el 4º derecha como puse. ¿Lo podéis cambiar? Gracias'],
  ['cancel_request_system', false, 'nl', 'BE', 'Annuleringsverzoek – bestelling 405-3318204-6627391', 'De klant wil deze bestelling annuleren.\nReden: Te lange levertijd\nArtikel: Philips Airfryer XL\nAls de bestelling nog niet verzonden is, annuleer deze dan via Bestellingen beheren.'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, jednak nie potrzebuję już tej kurtki, proszę jej nie wysyłać. Pozdrawiam'],
  ['address_change', true, 'sv', 'SE', '', 'Hej! Kan ni skicka paketet till min kompis i Norge istället? Han fyller år på lördag.'],
  ['cancel_request_system', false, 'pt', 'BR', 'Solicitação de cancelamento do cliente Amazon Ana Souza (Pedido: 701-4419920-3381746)', 'O cliente Amazon Ana Souza solicitou o cancelamento do pedido abaixo.\nMotivo: Comprei por engano\nProduto: Fone JBL Wave Buds'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Merhaba, siparişi yanlışlıkla verdim, kargoya vermeyin lütfen.'],
  // ── batch 2
  ['cancel_request_system', false, 'ja', 'JP', '購入者によるキャンセルリクエスト：注文番号 250-3391827-6610492', 'ご注文のキャンセルが購入者から要求されました。\n\n注文番号: 250-3391827-6610492\n商品名: 真空断熱ケータイマグ 500ml\n数量: 1\n\n未出荷の場合は、キャンセル理由「購入者によるキャンセル」を選択して注文をキャンセルしてください。'],
  ['cancel_request_message', false, 'ja', 'JP', '田村 幸子様からのお問い合わせ（注文番号：503-1182739-4409125）', 'いつもお世話になっております。先日こちらで加湿器を注文いたしましたが、主人が職場の福引で同じ型のものを当ててまいりまして、二台も必要なくなってしまいました。大変恐縮ではございますが、今回の注文は取り消しとさせていただけますでしょうか。ご迷惑をおかけいたします。'],
  ['address_change', false, 'ja', 'JP', '', '平日は私が不在なので、宛名を主人の名前にしてもらえますか？住所は同じです。'],
  ['address_change', true, 'ja', 'JP', '', '台湾に住んでいる姪っ子にあげたいので、届け先を転送サービスの住所に変更してください。'],
  ['cancel_request_message', true, 'ja', 'JP', '', 'この注文いったんキャンセルしてもらって、PayPayで直接払うので少し安くしてもらえませんか？'],
  ['delivery_status', false, 'ja', 'JP', '', '来週からシンガポールに出張なので、それまでに届きますか？'],
  ['cancel_request_system', false, 'en', 'IN', 'Cancellation Request - Order 408-2291038-5571624', 'Hello Seller,\nBuyer Ankit Sharma requested cancellation of this order on 14 Mar 2025.\nReason: Expected delivery date is too late\nItem: boAt Airdopes 141 (Black)\nIf you have not shipped it yet, please cancel the order. Cancellations requested by the buyer do not affect your Order Defect Rate.'],
  ['cancel_request_system', false, 'en', 'AU', "Order cancellation request from Amazon customer Liam O'Connor (Order: 250-7719204-3318862)", "Liam O'Connor has requested to cancel order 250-7719204-3318862.\n\nItems: 1 x Weber Q Premium Cover\nBuyer's note: Purchased twice by accident\n\nIf this order has not yet been dispatched, please cancel it."],
  ['cancel_request_message', false, 'en', 'US', '', "Changed my mind on the standing desk, I'd rather not go ahead with the purchase. It hasn't shipped yet I think?"],
  ['cancel_request_message', false, 'en', 'US', 'Inquiry from Amazon customer Nguyen Thi Lan (Order: 111-6620391-8827713)', 'Hello seller, i order 2 pieces but i need only 1 piece. Please remove one piece from my order before shipping. Thank you so much'],
  ['address_change', true, 'en', 'SG', '', 'hello dear, this laptop bag is gift for my friend birthday in Jakarta, so please kindly send to her address there, i will give you the address on whatsapp +62 812 4471 9022'],
  ['address_change', false, 'en', 'UK', '', "Hiya, could the parcel go to my work instead? It's just round the corner: Unit 4, Riverside Business Park, Leeds LS10 1AB. I'm never home in the day."],
  ['address_change', false, 'en', 'CA', '', "Hi, I'll be at our cottage in Muskoka all of August, could you ship it there instead of my Toronto address? Same name, I'm the one picking it up."],
  ['other', true, 'en', 'US', '', "Hi, my payment is still processing at the bank, can you send the parcel now anyway and I'll settle up by Friday?"],
  ['spam_or_suspicious', true, 'en', 'US', '', 'Dear seller, Amazon Payments team here. A disbursement of $2,418.55 is on hold. Please confirm your bank details via the secure form to release funds: bit.ly/amz-release'],
  ['product_question', false, 'en', 'US', '', "Does this smartwatch show WhatsApp messages and Telegram notifications? My old one couldn't."],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage zu Ihrer Bestellung 303-1182047-9925168', 'Guten Tag,\nfür die unten genannte Bestellung liegt eine Stornierungsanfrage des Käufers vor.\nArtikel: WMF Küchenminis Toaster\nMenge: 1\nGrund des Käufers: Lieferung dauert zu lange\nBitte stornieren Sie die Bestellung, sofern sie noch nicht versendet wurde.'],
  ['cancel_request_message', false, 'de', 'DE', '', 'Hey, hab mich vertan und die Hülle fürs falsche Handy bestellt 🙈 kannst du die Bestellung noch zurücknehmen?'],
  ['cancel_request_message', false, 'de', 'AT', '', 'Sehr geehrte Damen und Herren, aufgrund eines Todesfalls in der Familie benötigen wir den bestellten Partypavillon leider nicht mehr. Wir ersuchen Sie höflich, von der Lieferung abzusehen. Mit freundlichen Grüßen, Familie Huber'],
  ['address_change', true, 'de', 'DE', '', 'Guten Tag, ich betreibe einen kleinen Onlineshop und verkaufe nach Polen. Bitte liefern Sie die Ware direkt an meinen Kunden in Warschau, die Adresse schicke ich Ihnen.'],
  ['address_change', false, 'de', 'DE', '', 'Hallo, ich bin innerhalb von Köln umgezogen, neue Adresse: Zülpicher Str. 12, 50674 Köln. Können Sie das noch ändern?'],
  ['other', true, 'de', 'DE', '', 'Hallo, ich habe noch Fragen zum Versand, schreiben Sie mir bitte direkt an meine private Mail: k.berger84@web.de'],
  ['cancel_request_system', false, 'fr', 'CA', "Demande d'annulation de la part du client Amazon Étienne Gagnon (Commande : 702-4418203-9917265)", "Étienne Gagnon a demandé l'annulation de cette commande sur Amazon.ca.\nMotif : Délai de livraison trop long\nArticle : Thermos isotherme 1 L\nSi la commande n'a pas encore été expédiée, veuillez l'annuler."],
  ['cancel_request_message', false, 'fr', 'FR', '', 'bjr jai commander 2 fois le meme chargeur par erreur, vous pouvez en supprimer un svp? merci'],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, je suis revendeur, merci d'expédier la marchandise à mon transitaire à Abidjan, je vous envoie l'adresse par WhatsApp."],
  ['address_change', false, 'fr', 'FR', '', 'Bonjour, le colis doit être au nom de mon mari, M. Dubois, nous habitons à la même adresse. Pouvez-vous changer le destinataire ? Merci'],
  ['refund_request', true, 'fr', 'FR', '', "Je garde le produit et je veux être remboursé intégralement, sinon j'ouvre une réclamation A-à-z et je laisse un avis négatif."],
  ['cancel_request_system', false, 'it', 'IT', "Richiesta di annullamento – ordine 171-5520918-3364127", "L'acquirente ha chiesto l'annullamento dell'ordine indicato di seguito.\nMotivo dell'annullamento: Ho trovato un prezzo migliore\nArticolo: Tostapane Smeg TSF01\nSe l'ordine non è ancora stato spedito, annullalo in Gestisci ordini."],
  ['cancel_request_message', false, 'it', 'IT', '', "Salve, riguardo all'ordine 405-8813204-1176530: preferirei non procedere più con l'acquisto, ho trovato lo stesso articolo in negozio. Grazie mille"],
  ['address_change', false, 'it', 'IT', '', "Buongiorno, il citofono è intestato a mia moglie, Rossi, non a me. Potete aggiungere il suo cognome sull'etichetta? Stesso indirizzo."],
  ['address_change', true, 'it', 'IT', '', 'Ciao! Il regalo è per il compleanno di mia nipote che vive in Svizzera, a Lugano. Potreste spedirlo lì direttamente? Grazie!!'],
  ['product_question', false, 'it', 'IT', '', 'Spedite anche in Svizzera? Vorrei ordinare due confezioni.'],
  ['cancel_request_system', false, 'es', 'MX', 'Solicitud de cancelación de pedido 701-2290184-5561739', 'Hola,\nTu cliente Daniela Ruiz pidió cancelar el pedido 701-2290184-5561739.\nRazón: Encontré un mejor precio\nProducto: Termo Stanley 1.4 L\nSi todavía no lo envías, cancélalo desde Administrar pedidos.'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Buenas, me equivoqué de talla en las zapatillas, ¿podrían dejar sin efecto el pedido? Gracias'],
  ['damaged_or_defective', true, 'es', 'ES', '', 'La batería no carga desde el primer día. No pienso devolverla, quiero el reembolso ya o abro una reclamación de la garantía de la A a la z.'],
  ['address_change', false, 'es', 'MX', '', 'Buen día, me cambié de departamento en el mismo edificio, ahora es el 502 en vez del 305. ¿Lo pueden corregir?'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Hoi, ik heb per ongeluk twee keer besteld. Kunnen jullie de tweede bestelling laten vervallen? Groetjes'],
  ['address_change', true, 'nl', 'NL', '', 'Goedendag, kunt u het pakket naar mijn neef in Suriname sturen? Hij is volgende week jarig.'],
  ['cancel_request_system', false, 'pl', 'PL', 'Prośba o anulowanie zamówienia 405-3381920-7726154', 'Kupujący poprosił o anulowanie tego zamówienia.\nPowód anulowania: Zamówione przez pomyłkę\nProdukt: Czajnik elektryczny Bosch'],
  ['cancel_request_system', false, 'sv', 'SE', 'Begäran om avbeställning från Amazon-kunden Erik Lund (Beställning: 405-6628013-2219470)', 'Amazon-kunden Erik Lund vill avbeställa följande beställning:\nBeställningsnummer: 405-6628013-2219470\nArtikel: Fiskars yxa X7\nOrsak: Hittade ett bättre pris\n\nOm beställningen inte har skickats ännu, avbryt den i Hantera order.'],
  ['cancel_request_message', false, 'pt', 'BR', '', 'Oi, comprei errado, não precisa mais mandar o pedido, pode cancelar? obg'],
  ['cancel_request_system', false, 'tr', 'TR', 'İptal talebi – sipariş 406-1129837-5520913', 'Alıcı bu siparişin iptal edilmesini talep etti.\nİptal nedeni: Yanlışlıkla sipariş verildi\nÜrün: Arzum Okka kahve makinesi'],
  ['address_change', false, 'tr', 'TR', '', 'Merhaba, aynı sokakta başka bir apartmana taşındım, yeni kapı numarası 14. Güncelleyebilir misiniz?'],
];

export const PROBES_7 = fromRows(rows);

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts, countries.ts and system-notices.ts; each names the culprit and what
 * should change there. Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up.
 */
const gaps: GapRow[] = [];

export const KNOWN_GAPS_7 = fromGapRows(gaps);
