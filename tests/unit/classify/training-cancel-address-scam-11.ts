/**
 * Round-11 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/), in the style of
 * the evaluation data but never copied or paraphrased from the dev corpus or earlier probe and training files.
 * Amazon's cancellation notices in more marketplaces and layouts, wishes to stop an order told without "cancel",
 * own-address and own-name fixes and same-city moves that stay scam: false, new recipients elsewhere, forwarders,
 * off-Amazon contact or payment that are scam: true, and near-misses that belong to other categories. Every row
 * carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_system", false, "ja", "JP", "キャンセルリクエストのお知らせ：注文 503-2291874-6630917", "出品者様\n\n購入者様がAmazon.co.jpの「注文履歴」から、以下の商品のキャンセルを依頼しました。\n\n注文番号：503-2291874-6630917\n商品：パナソニック 衣類スチーマー NI-FS790 ×1\nキャンセル理由：支払い方法を変更したい\n\n出荷前の場合は「注文管理」画面でキャンセル理由に「購入者によるキャンセル」を選び、手続きを完了してください。出荷済みの場合は対応不要です。\n\nどうぞよろしくお願いいたします。\nAmazon.co.jp"],
  ["cancel_request_message", false, "ja", "JP", "", "お疲れ様です。先日の園芸用の土20L×3袋の件ですが、マンションの管理規約でベランダ菜園が禁止と分かりました…発送まだでしたら止めてください"],
  ["cancel_request_message", false, "ja", "JP", "森田 拓海様からのお問い合わせ", "夜分に失礼いたします。本日注文いたしましたプリンターインクにつきまして、型番を取り違えておりました（正しくはBCI-381）。誠に恐縮ではございますが、本注文は取り消していただけますでしょうか。改めて正しいものを注文いたします。"],
  ["address_change", false, "ja", "JP", "", "郵便番号が一桁ずれてました。〒152-0035 じゃなくて 〒152-0034 です。ほかは合ってます"],
  ["address_change", true, "ja", "JP", "", "この化粧水セット、韓国・釜山に住む姉に送ってほしいです。住所はカカオトークでお伝えするのでIDを教えてください。"],
  ["other", false, "ja", "JP", "", "平日は不在が多いので、土曜の午前中に届くように発送してもらえると助かります。置き配はしないでください"],
  ["cancel_request_system", false, "en", "CA", "Cancellation requested by buyer — Order 702-8810394-5527136", "Hello from Amazon.ca,\n\nThe buyer below has used the Cancel items option for an order that is still pending shipment.\n\nBuyer name: Chloe Tremblay\nOrder: 702-8810394-5527136\nItem(s): Lodge 10.25 Inch Cast Iron Skillet x 2\nCancellation reason given: Shipping cost too high\n\nPlease cancel this order in Manage Orders and choose \"Buyer Cancelled\" as the reason. If you have already shipped it, you can disregard this message.\n\nThank you for selling on Amazon."],
  ["cancel_request_message", false, "en", "UK", "", "Morning, the school has just told us the uniform is changing colour from September so the grey blazer I ordered is no use. Could you pull it before it goes in the post? Cheers, Dawn"],
  ["cancel_request_message", false, "en", "US", "", "nvm on the phone case, found out my phone is the Pro Max not the Pro. please dont send it"],
  ["address_change", false, "en", "AU", "", "G'day, Apt number is missing from my order — it's Unit 14, 55 Beach Rd, Coogee. Same building, sorry about that"],
  ["address_change", true, "en", "US", "Gift", "Hello sir, the headphones I bought are gift for my brother who is living in Accra Ghana. Please kindly ship it to him direct, I will pay any additional cost through Zelle or Cash App. Reply me on my email kwame.biz77@yahoo.com"],
  ["delivery_status", false, "en", "IN", "", "Sir I am shifting house on 28th. Will the order reach before that? Kindly confirm dispatch date."],
  ["cancel_request_system", false, "de", "DE", "Käuferstornierung angefordert – Bestellung 028-4417290-3358816", "Hallo,\n\nder Käufer Jonas Weber hat über „Meine Bestellungen“ die Stornierung eines Artikels angefordert.\n\nBestellnummer: 028-4417290-3358816\nArtikel: Tchibo Kaffeevollautomat Esperto Caffè\nMenge: 1\nGrund: Günstigeren Preis gefunden\n\nBitte stornieren Sie den Artikel in der Bestellverwaltung mit dem Grund „Vom Käufer storniert“, sofern er noch nicht versandt wurde.\n\nFreundliche Grüße\nIhr Amazon Seller Support"],
  ["cancel_request_message", false, "de", "CH", "", "Grüessech, mein Mann hat die gleichen Wanderstöcke gestern im Laden gekauft. Falls unsere Bestellung noch nicht raus ist, brauchen wir sie nicht mehr. Danke vielmal"],
  ["address_change", true, "de", "DE", "", "Hallo, bitte das Paket nicht an meine Adresse, sondern an meinen Paketweiterleiter in Delaware schicken (MyUS, Suite 8842). Ich zahle die Differenz gern per PayPal Freunde."],
  ["cancel_request_system", false, "fr", "BE", "Demande d'annulation de la part d'un client Amazon (Commande : 403-7728105-6614392)", "Bonjour,\n\nLe client Amazon Maxime Dubois a demandé l'annulation de la commande suivante :\n\nNuméro de commande : 403-7728105-6614392\nArticle : Philips Sonicare ProtectiveClean 4300\nQuantité : 1\nMotif de l'annulation : Délai de livraison trop long\n\nSi la commande n'a pas encore été expédiée, annulez-la dans Gérer les commandes en sélectionnant « Annulation par l'acheteur ».\n\nCordialement,\nAmazon.com.be"],
  ["cancel_request_message", false, "fr", "FR", "", "Bonsoir, finalement je ne pars plus en camping cet été, la tente ne me sert plus à rien. Vous pouvez garder le colis chez vous ? Merci d'avance"],
  ["address_change", false, "fr", "FR", "", "Bonjour, il manque le code de la porte et l'étage dans mon adresse : bâtiment B, code 4512A, 3e étage. Même adresse sinon. Bonne journée"],
  ["cancel_request_message", false, "it", "IT", "", "salve ho sbagliato colore della cover, volevo quella nera. potete non mandarla? la riordino subito giusta"],
  ["address_change", false, "it", "CH", "", "Buongiorno, ci siamo trasferiti a Lugano, da via Cattedrale a via Nassa 21, sempre 6900 Lugano. Potete spedire al nuovo indirizzo? Grazie"],
  ["product_question", true, "it", "IT", "", "Buongiorno, vendete anche all'ingrosso? Mi servirebbero 40 pezzi per il mio negozio. Se facciamo bonifico diretto fuori da Amazon possiamo risparmiare entrambi, mi scriva a negozio.barbieri@libero.it"],
  ["cancel_request_message", false, "es", "MX", "", "Buenas tardes, ya no voy a necesitar el ventilador, se arregló el aire acondicionado. ¿Me lo pueden anular antes de que salga? Gracias"],
  ["address_change", false, "es", "ES", "", "Hola! me he dado cuenta de que puse mi apellido mal en el pedido, es Gómez con z, no Gomes. El resto de datos bien 😊"],
  ["address_change", true, "es", "ES", "", "Hola, quiero que me mandéis el pedido a Caracas, Venezuela, es para mi madre. Yo os pago el envío por Bizum a mi número 644 21 87 39, escribidme por WhatsApp."],
  ["cancel_request_system", false, "nl", "NL", "Annuleringsverzoek van Amazon-klant Sanne de Vries (Bestelling: 404-2219387-7740615)", "Beste verkoper,\n\nAmazon-klant Sanne de Vries heeft verzocht de volgende bestelling te annuleren.\n\nBestelnummer: 404-2219387-7740615\nArtikel: Philips Airfryer XXL HD9650\nAantal: 1\nReden: Per ongeluk besteld\n\nAls de bestelling nog niet is verzonden, annuleer deze dan via Bestellingen beheren met de reden 'Geannuleerd door koper'.\n\nMet vriendelijke groet,\nAmazon.nl"],
  ["address_change", false, "nl", "BE", "", "Dag, in mijn adres staat bus 2 maar het moet bus 12 zijn. Zelfde straat en huisnummer. Bedankt!"],
  ["cancel_request_message", false, "pl", "PL", "", "Dzień dobry, rezygnuję z zamówienia fotelika, teściowa już nam kupiła. Proszę nie wysyłać, pozdrawiam"],
  ["cancel_request_message", false, "sv", "SE", "", "Hej! Jag beställde fel storlek på regnjackan. Kan ni stoppa ordern innan den skickas? Tack på förhand"],
  ["address_change", true, "pt", "BR", "", "Olá, preciso que o tênis seja entregue para meu primo em Lisboa, Portugal. Pago o frete extra por Pix, me chama no zap (11) 98844-2210."],
  ["address_change", false, "tr", "TR", "", "Merhaba, adresimde daire numarasını yanlış yazmışım, 5 değil 15 olacak. Sokak ve bina aynı. Teşekkürler"],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_11: Example[] = fromRows(rows);
