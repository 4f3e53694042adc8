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
];

export const TRAINING_CANCEL_ADDRESS_SCAM_9 = fromRows(rows);
