/**
 * Round-9 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/), in the style of
 * the evaluation data but never copied or paraphrased from the dev corpus or earlier probe files. Amazon's
 * cancellation notices in many marketplaces and template wordings, requests to stop an order said without "cancel",
 * own-address fixes and same-city moves that stay scam: false, and new recipients abroad, forwarders and off-Amazon
 * payment that are scam: true. Every row carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['cancel_request_system', false, 'ja', 'JP', '注文キャンセルリクエスト（注文番号：503-1184729-6620381）', '出品者様\n\nお客様（森 拓海様）から以下の注文についてキャンセルのリクエストがありました。\n\n注文番号：503-1184729-6620381\n商品名：パナソニック ヘアードライヤー ナノケア EH-NA0J\n数量：1\nキャンセル理由：支払い方法を変更したい\n\nまだ出荷していない場合は、セラーセントラルの注文管理から「購入者によるキャンセル」を選んで注文をキャンセルしてください。\n\nAmazon.co.jp'],
  ['cancel_request_message', false, 'ja', 'JP', '', '先ほど注文したプロテイン、味を間違えました…チョコじゃなくてバニラが欲しかったので一旦なしにしてもらえますか？注文し直します'],
  ['cancel_request_message', false, 'ja', 'JP', '小林 真理子様からのお問い合わせ', 'いつもお世話になっております。昨日注文したベビーカーですが、義母が同じものを買ってくれていたことが判明しました。まだ発送準備前でしたら、注文を取り消していただきたくご連絡いたしました。どうぞよろしくお願いいたします。'],
  ['address_change', false, 'ja', 'JP', '', '番地の「3-12-5」が「3-21-5」になってました、すみません。正しくは3-12-5です。よろしくお願いします'],
  ['address_change', true, 'ja', 'JP', '', '台湾に住んでいる友人へのプレゼントなので、台北の住所に発送してもらえますか？送料はPayPayで別途お送りします。'],
  ['delivery_status', false, 'ja', 'JP', '', '置き配指定したんですけど、まだ発送されてないみたいです。いつ頃になりますか？'],
  ['cancel_request_system', false, 'en', 'US', 'Order cancellation request from Amazon customer Derek Holloway (Order: 113-7729104-3381652)', 'Dear Seller,\n\nAmazon customer Derek Holloway has requested that the following order be cancelled.\n\nOrder ID: 113-7729104-3381652\nItem: Coleman Sundome 4-Person Tent (ASIN: B004J2GUOU)\nQuantity: 1\nReason for cancellation: Shipping time too long\n\nIf you have not yet shipped this order, please cancel it in Manage Orders and select "Buyer Canceled" as the reason. If the order has already shipped, no further action is required.\n\nSincerely,\nAmazon Services'],
  ['cancel_request_message', false, 'en', 'US', '', 'ordered the ring light last night at 2am, not sure what I was thinking. please dont send it'],
  ['cancel_request_message', false, 'en', 'UK', 'Inquiry from Amazon customer Priya Shah (Order: 204-6619283-7712930)', "Hello, my manager has told me the office already has a label printer, so the one I ordered for the team is no longer required. Could you please stop the order before it goes out? I'd rather not go through a return. Many thanks, Priya"],
  ['address_change', false, 'en', 'US', '', 'hi, typo in my zip code, its 60614 not 60641. same street, same apt. thanks!'],
  ['address_change', true, 'en', 'US', '', 'Good day, I want the drone sent to my business partner in Dubai, he will receive it there. Please message me on my email for his address: tradeking.dxb@gmail.com'],
  ['product_question', false, 'en', 'CA', '', 'Do you ship to Yukon? Want to order two of the heated blankets but only if they can reach Whitehorse.'],
  ['cancel_request_system', false, 'de', 'DE', 'Stornierungsanfrage von Amazon-Kundin Jana Vogel (Bestellung: 028-3391842-6610257)', 'Sehr geehrter Verkäufer,\n\ndie Amazon-Kundin Jana Vogel hat die Stornierung der folgenden Bestellung beantragt:\n\nBestellnummer: 028-3391842-6610257\nArtikel: Tefal OptiGrill+ GC712D\nMenge: 1\nGrund der Stornierung: Günstigeren Preis gefunden\n\nFalls die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte unter „Bestellungen verwalten“.\n\nMit freundlichen Grüßen\nAmazon.de'],
  ['cancel_request_message', false, 'de', 'CH', '', 'Grüezi, ich habe die Velotasche doppelt bestellt. Eine davon bitte nicht verschicken, die zweite Bestellung kann weg. Merci'],
  ['address_change', false, 'de', 'DE', '', 'Hallo, bei der Adresse fehlt der Hinterhof: bitte "Hinterhaus, 3. OG" ergänzen, sonst findet der Bote uns nicht.'],
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation de commande du client Amazon Hugo Lefebvre (Commande : 171-5528193-0047362)", "Cher vendeur,\n\nLe client Amazon Hugo Lefebvre a demandé l'annulation de la commande ci-dessous.\n\nNuméro de commande : 171-5528193-0047362\nArticle : Rowenta Silence Force Cyclonic\nQuantité : 1\nMotif de l'annulation : Délai de livraison trop long\n\nSi vous n'avez pas encore expédié cette commande, annulez-la dans Gérer vos commandes en choisissant le motif « Annulé par l'acheteur ».\n\nCordialement,\nAmazon.fr"],
  ['cancel_request_message', false, 'fr', 'FR', '', "bjr, finalement je garde mon ancien aspirateur, il remarche. vous pouvez annuler svp ? merci"],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, pouvez-vous envoyer le colis à ma nièce à Abidjan plutôt que chez moi ? C'est pour son anniversaire. Je règle la différence par virement."],
  ['cancel_request_message', false, 'it', 'IT', '', "Buonasera, ho appena visto che lo stesso frullatore costa meno in negozio sotto casa. Se non l'avete ancora spedito preferirei annullare l'acquisto. Grazie mille"],
  ['address_change', false, 'it', 'IT', '', 'Salve, ho sbagliato il cognome sul campanello: è Russo e non Rossi. Via e numero sono giusti. Potete correggere? Grazie'],
  ['product_question', true, 'it', 'IT', '', 'Buongiorno, sono interessato a 50 pezzi per il mio negozio. Possiamo accordarci su WhatsApp al 347 118 2290? Pago con bonifico diretto.'],
  ['cancel_request_system', false, 'es', 'ES', 'Solicitud de cancelación del cliente de Amazon Marta Gil (Pedido: 405-2281930-7736104)', 'Estimado vendedor:\n\nLa clienta de Amazon Marta Gil ha solicitado la cancelación del siguiente pedido.\n\nNúmero de pedido: 405-2281930-7736104\nArtículo: Cecotec Conga 4090\nCantidad: 1\nMotivo de la cancelación: Pedido por error\n\nSi aún no ha enviado este pedido, cancélelo en Gestionar pedidos seleccionando el motivo «Cancelado por el comprador».\n\nAtentamente,\nAmazon.es'],
  ['cancel_request_message', false, 'es', 'MX', '', 'Buen día, me equivoqué de color en la funda, ya no la mande por favor. Gracias'],
  ['address_change', false, 'es', 'ES', '', 'Hola, en la dirección falta el piso y la letra: 3º B. El resto está bien. ¡Gracias!'],
  ['cancel_request_message', false, 'nl', 'BE', '', 'Dag, ik heb me vergist en de verkeerde lader besteld. Mag die bestelling geannuleerd worden zolang ze nog niet vertrokken is? Bedankt'],
  ['address_change', false, 'nl', 'NL', '', 'Hoi, het huisnummer klopt niet, het is 14A in plaats van 41A. Kunnen jullie dat aanpassen?'],
  ['cancel_request_system', false, 'pl', 'PL', 'Prośba o anulowanie od klienta Amazon Anna Kowalczyk (Zamówienie: 407-1192830-5529481)', 'Szanowny Sprzedawco,\n\nklientka Amazon Anna Kowalczyk poprosiła o anulowanie poniższego zamówienia.\n\nNumer zamówienia: 407-1192830-5529481\nProdukt: Philips Airfryer XL HD9270\nPowód anulowania: Zamówiono przez pomyłkę\n\nJeśli zamówienie nie zostało jeszcze wysłane, anuluj je w sekcji Zarządzaj zamówieniami.'],
  ['address_change', true, 'sv', 'SE', '', 'Hej! Kan ni skicka paketet till min kompis i Norge istället? Det är en present. Jag swishar mellanskillnaden.'],
  ['cancel_request_message', false, 'pt', 'BR', '', 'Oi, comprei por impulso e me arrependi kkk. Dá pra não enviar? obrigado'],
  ['other', true, 'tr', 'TR', '', 'Merhaba, ödemem bankada takıldı ama siz ürünü şimdiden kargolayın, parayı yarın hallederim.'],
  // ── batch 2
  ['cancel_request_system', false, 'ja', 'JP', 'Amazon.co.jp のお客様 石田 玲奈 様からの注文キャンセルリクエスト（注文番号: 250-8812930-4471106）', '購入者がこの注文のキャンセルをリクエストしました。\n\n注文番号：250-8812930-4471106\n商品：サーモス 真空断熱タンブラー 420ml 2個セット\nキャンセル理由：他の店舗でより安い価格を見つけた\n\n注文がまだ出荷されていない場合は、注文管理からキャンセルしてください。出荷済みの場合は対応不要です。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'キャンセルボタン押したんですけど、反映されてるか不安なので念のため連絡しました。発送しないでください🙇‍♀️'],
  ['cancel_request_message', false, 'ja', 'JP', '', '注文やめます'],
  ['address_change', false, 'ja', 'JP', '', '同じ市内で引っ越しました。新しい住所は札幌市北区北18条西4丁目2-7 ノースコート502です。まだ発送前でしたら変更をお願いできますでしょうか。'],
  ['address_change', true, 'ja', 'JP', '', '申し訳ないですが、届け先を知人の会社（大阪市中央区）に変えてください。受取人も知人の名前でお願いします。詳細はLINEで送ります。'],
  ['refund_request', false, 'ja', 'JP', '', 'キャンセルした注文の返金がまだクレジットカードに戻ってきていません。いつ頃になりますか？'],
  ['cancel_request_system', false, 'en', 'IN', 'Order cancellation request from Amazon customer Rahul Menon (Order: 402-5519204-8830217)', 'Dear Seller,\n\nYour buyer Rahul Menon has requested to cancel the following item(s) in order 402-5519204-8830217:\n\nBajaj Majesty DX-6 Dry Iron (ASIN: B00J5DYCCA) - Qty 2\n\nBuyer\'s reason: Expected delivery date has changed\n\nIf the item has not been dispatched, please cancel the order from Manage Orders using the reason \'Buyer Cancelled\'.\n\nRegards,\nAmazon.in Seller Services'],
  ['cancel_request_message', false, 'en', 'AU', '', "G'day, my partner beat me to it and bought the same BBQ cover at Bunnings. Any chance you can stop mine from going out? Cheers"],
  ['cancel_request_message', false, 'en', 'US', 'Inquiry from Amazon customer Marcus Bell (Order: 114-2281930-6619024)', "Hi. I placed this order for a replacement garage door opener remote, but the garage door guy came today and swapped the whole unit, so the remote won't work with the new one. I really don't need it anymore. If it hasn't been boxed up yet I'd appreciate it if you could call it off. Thanks, Marcus"],
  ['address_change', false, 'en', 'UK', '', "Sorry, could the parcel be addressed to my wife, Helen Carter, instead of me? Same house, I'm just away that week."],
  ['address_change', true, 'en', 'UK', '', 'Hello seller, i am now living in Accra, Ghana. Please post the phone to East Legon, Accra instead of the UK address, i will cover the cost through PayPal friends and family.'],
  ['delivery_status', false, 'en', 'US', '', "I don't want to cancel, I just want to know if it's still coming before the 15th. Tracking hasn't updated in 5 days."],
  ['cancel_request_system', false, 'de', 'AT', 'Stornierungsanfrage von Amazon-Kunde Florian Gruber (Bestellung: 303-8829104-1156370)', 'Sehr geehrter Verkäufer,\n\nIhr Käufer Florian Gruber hat die Stornierung folgender Artikel in Bestellung 303-8829104-1156370 beantragt:\n\nDe\'Longhi Magnifica S ECAM 22.110.B - Menge 1\n\nGrund des Käufers: Zahlungsmethode ändern\n\nWenn der Artikel noch nicht versandt wurde, stornieren Sie die Bestellung bitte mit dem Grund „Vom Käufer storniert“.'],
  ['cancel_request_message', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Sabine Krüger (Bestellung: 302-1192830-4471925)', 'Guten Tag, ich brauche den Rasentrimmer leider doch nicht, mein Nachbar leiht mir seinen. Falls die Bestellung noch nicht raus ist, ziehen Sie sie bitte zurück. Vielen Dank und schöne Grüße, S. Krüger'],
  ['address_change', true, 'de', 'DE', '', 'Hallo, bitte schicken Sie das Paket direkt an meinen Kunden in Zürich, ich habe einen kleinen Laden und verkaufe die Artikel weiter. Adresse kommt per E-Mail.'],
  ['cancel_request_system', false, 'fr', 'CA', "Demande d'annulation du client Amazon Émilie Tremblay (Commande : 702-6628193-4409152)", "Bonjour,\n\nLa cliente Amazon Émilie Tremblay a demandé l'annulation des articles suivants de la commande 702-6628193-4409152 :\n\nThermos isotherme Contigo 590 ml - Qté 2\n\nRaison de l'acheteur : Commande passée par erreur\n\nSi l'article n'a pas encore été expédié, veuillez annuler la commande avec le motif « Annulé par l'acheteur »."],
  ['cancel_request_message', false, 'fr', 'BE', '', "Bonjour, mon fils a commandé ce jeu sur mon compte sans me demander. Merci de ne pas l'envoyer, on n'en veut pas."],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, nous déménageons le 3 dans le même quartier de Lyon (7e). Nouvelle adresse : 18 rue de Marseille, 69007. Pouvez-vous modifier la livraison si possible ?"],
  ['cancel_request_system', false, 'it', 'IT', "Richiesta di annullamento dell'ordine dal cliente Amazon Paolo Greco (Ordine: 403-7718293-2205148)", "Gentile venditore,\n\nil cliente Amazon Paolo Greco ha richiesto l'annullamento del seguente ordine.\n\nNumero ordine: 403-7718293-2205148\nArticolo: De'Longhi Dedica EC685.M\nQuantità: 1\nMotivo dell'annullamento: Tempi di consegna troppo lunghi\n\nSe non hai ancora spedito questo ordine, annullalo in Gestisci ordini scegliendo il motivo \"Annullato dall'acquirente\"."],
  ['cancel_request_message', false, 'it', 'IT', '', 'ciao ho ordinato 2 volte la stessa cover per sbaglio, ne basta una. la seconda potete toglierla?'],
  ['address_change', true, 'it', 'IT', '', "Salve, il computer è per mio zio che abita a Tirana. Potete spedirlo in Albania invece che a Bari? Le invio i dati su WhatsApp."],
  ['cancel_request_message', false, 'es', 'ES', 'Consulta de un cliente de Amazon', 'Buenas, el pedido del soporte de TV ya no lo necesito porque el casero nos ha dejado uno. Si todavía no lo habéis preparado, no lo enviéis por favor. Un saludo'],
  ['address_change', true, 'es', 'ES', '', 'Hola, necesito que envíen la consola a mi sobrino en Bogotá, es su regalo de cumpleaños. Les pago la diferencia por Bizum.'],
  ['product_question', false, 'es', 'MX', '', '¿Hacen envíos a Mérida, Yucatán? Quiero comprar la hamaca pero no sé si llega'],
  ['cancel_request_system', false, 'nl', 'NL', 'Annuleringsverzoek van Amazon-klant Daan de Vries (Bestelling: 408-3381927-6650138)', 'Beste verkoper,\n\nAmazon-klant Daan de Vries heeft gevraagd de volgende bestelling te annuleren.\n\nBestelnummer: 408-3381927-6650138\nArtikel: Philips Sonicare ProtectiveClean 4300\nReden: Per ongeluk besteld\n\nAls u deze bestelling nog niet hebt verzonden, annuleer deze dan via Bestellingen beheren met de reden "Geannuleerd door koper".'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, rozmyśliłem się co do tego odkurzacza. Proszę go nie wysyłać, jeśli jeszcze nie wyszedł. Dziękuję'],
  ['address_change', false, 'pl', 'PL', '', 'Dzień dobry, w adresie brakuje numeru mieszkania – powinno być ul. Lipowa 8 m. 15. Z góry dziękuję.'],
  ['cancel_request_system', false, 'sv', 'SE', 'Begäran om annullering från Amazon-kunden Erik Lindqvist (Order: 409-2281930-1127456)', 'Hej,\n\nAmazon-kunden Erik Lindqvist har begärt att följande order annulleras.\n\nOrdernummer: 409-2281930-1127456\nArtikel: Bosch kaffebryggare TKA3A031\nOrsak: Beställd av misstag\n\nOm ordern inte har skickats ännu, annullera den i Hantera order med orsaken "Annullerad av köparen".'],
  ['address_change', true, 'pt', 'PT', '', 'Olá, pode enviar o telemóvel para a minha irmã em Luanda? É uma prenda. Pago os portes extra por MB Way.'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Merhaba, yanlışlıkla iki tane sipariş verdim. Birini iptal edebilir misiniz? Teşekkürler'],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_9 = fromRows(rows);
