/**
 * Round-16 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/) and, before that,
 * scored as a held-out estimate of the hidden evaluation set. Written in the style of the evaluation data, never
 * copied or paraphrased from the dev corpus or earlier probe and training files. Ordinary cancellations, Amazon's
 * cancellation notices, own-address fixes (scam: false), new recipients abroad, resellers' clients, off-Amazon
 * contact or payment, "ship before payment" and "mark it shipped" requests (scam: true), and near-misses of other
 * categories. Every row carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_message", false, "ja", "JP", "", "昨日ポチった電子レンジ、やっぱりやめます。まだ出てなければ止めてください🙏"],
  ["cancel_request_message", false, "ja", "JP", "石井 浩二様からのお問い合わせ（注文番号：503-4419027-1183650）", "お世話になっております。先ほど注文した加湿空気清浄機ですが、型番を誤って選択しておりました。大変お手数ですが、発送前でしたらご注文を無効にしていただけますでしょうか。正しい型番で改めて購入いたします。"],
  ["cancel_request_system", false, "ja", "JP", "【重要】購入者によるキャンセルリクエスト（注文番号 250-8830174-2259013）", "出品者様\n\n購入者より次の注文のキャンセルがリクエストされました。\n\n注文番号：250-8830174-2259013\n商品名：パナソニック ドライヤー ナノケア EH-NA0J\n数量：1\n理由：注文内容を変更したい\n\n未出荷の場合はセラーセントラルの注文管理からキャンセル処理を行ってください。"],
  ["address_change", false, "ja", "JP", "", "アパート名が「メゾン桜」じゃなくて「メゾンさくら」でした。部屋番号は105で合ってます"],
  ["address_change", true, "ja", "JP", "", "お世話になります。注文したゲーム機を上海の友達に送ってあげたいので、中国の住所に発送先を変えてもらえませんか？追加料金は銀行振込でお支払いします"],
  ["other", true, "ja", "JP", "", "クレジットカードの審査が通るまで数日かかりそうです。その間に先に商品を送っていただけないでしょうか？支払いは必ずします"],
  ["other", false, "ja", "JP", "", "注文がキャンセルされましたというメールが来たんですが、私は何も操作していません。どういうことでしょうか？"],
  ["cancel_request_message", false, "en", "US", "", "hey can u cancel my order for the air fryer liners, ordered the wrong size (8in not 9in). ty"],
  ["cancel_request_message", false, "en", "US", "Inquiry from Amazon customer Rachel Kim (Order: 114-2290317-6658024)", "Hi there, our purchasing team already bought the same label printer through the business account, so this one is a duplicate. Please don't dispatch it. Appreciate it, Rachel"],
  ["cancel_request_system", false, "en", "US", "Order cancellation request from Amazon customer Marcus Reed (Order: 112-6610942-3387105)", "Dear Seller,\n\nAmazon customer Marcus Reed has asked to cancel the following order.\n\nOrder ID: 112-6610942-3387105\nItem: Ninja Foodi 8-in-1 Digital Air Fry Oven (ASIN: B08K3S7N4M)\nQuantity: 1\nReason: No longer needed\n\nIf the order has not shipped, please cancel it from Manage Orders using the reason Buyer Cancelled."],
  ["address_change", false, "en", "US", "", "Hi, the zip on my order is 30308 but should be 30309, same street in Atlanta. can you fix before it ships?"],
  ["address_change", true, "en", "US", "", "Hello dear, I need the 2 iPhones shipped to my fiance in Accra Ghana, she is waiting for them. I will pay the extra cost through Cash App. Kindly reply fast."],
  ["cancel_request_message", true, "en", "UK", "", "please cancel this one, I'd rather buy straight from you and skip Amazon's fees. send me your PayPal and I'll pay today"],
  ["address_change", false, "en", "AU", "", "Hi, any chance you can send it to my work instead? 120 Collins St, Melbourne – I'm never home during the day. Same name on it."],
  ["cancel_request_message", false, "de", "DE", "", "Guten Abend, ich habe den Fahrradanhänger doppelt bestellt, einmal über die App und einmal am Laptop. Bitte eine der beiden Bestellungen stornieren. Danke und schöne Grüße"],
  ["address_change", false, "de", "DE", "", "Hallo, beim Empfänger fehlt „c/o Schneider“, sonst kommt das Paket nicht an. Adresse sonst korrekt, Danke!"],
  ["address_change", true, "de", "DE", "Lieferadresse", "Guten Tag, bitte senden Sie das Handy nicht nach Köln, sondern zu meiner Tochter nach Lagos, Nigeria. Die zusätzlichen Versandkosten schicke ich Ihnen per PayPal Freunde."],
  ["cancel_request_message", false, "de", "AT", "", "Bitte schicken Sie die Gartenliege nicht, wir haben uns anders entschieden. Vielen Dank"],
  ["cancel_request_system", false, "fr", "FR", "Demande d'annulation de commande de la part du client Amazon Hugo Lefèvre (Commande : 402-7738190-5521064)", "Bonjour,\n\nLe client Amazon Hugo Lefèvre a demandé l'annulation de la commande suivante :\n\nNuméro de commande : 402-7738190-5521064\nArticle : Moulinex Easy Fry Grill XXL\nQuantité : 1\nMotif : Commandé par erreur\n\nSi la commande n'a pas encore été expédiée, veuillez l'annuler depuis Gérer les commandes."],
  ["cancel_request_message", false, "fr", "FR", "", "Bonsoir, je souhaiterais annuler ma commande de la machine à pain, je l'ai trouvée moins chère en magasin. Merci d'avance"],
  ["address_change", true, "fr", "FR", "", "Bonjour, l'ordinateur est pour mon associé à Douala au Cameroun, pouvez-vous le lui envoyer directement ? Écrivez-moi sur Telegram @paul_dla pour l'adresse."],
  ["address_change", false, "fr", "CA", "", "Bonjour, j'ai inscrit le mauvais numéro d'appartement, c'est le 5 et non le 3, même adresse à Québec. Merci beaucoup"],
  ["cancel_request_message", false, "it", "IT", "", "Salve, ho fatto l'ordine dell'aspirapolvere senza filo ma mia moglie l'aveva già comprato ieri. Potete fermare la spedizione? Grazie"],
  ["address_change", false, "it", "IT", "", "Buongiorno, il CAP corretto è 20135 non 20153, Milano. Via e numero giusti."],
  ["other", true, "it", "IT", "", "Buongiorno, il pagamento con bonifico arriverà la prossima settimana, potete intanto spedire la merce? Sono un cliente serio."],
  ["address_change", true, "it", "IT", "", "Ciao, puoi mandare il pacco a una mia amica a Kiev invece che a casa mia? Ti mando i dettagli su WhatsApp"],
  ["cancel_request_message", false, "es", "ES", "", "Buenas noches, me equivoqué de talla en las zapatillas de running. Cancelen el pedido por favor y hago otro. Saludos"],
  ["cancel_request_system", false, "es", "ES", "Solicitud de cancelación de pedido del cliente de Amazon Sergio Gil (Pedido: 405-3318207-9924416)", "Hola:\n\nEl cliente de Amazon Sergio Gil ha solicitado la cancelación del siguiente pedido.\n\nNúmero de pedido: 405-3318207-9924416\nArtículo: Cecotec Conga 2290 Ultra\nCantidad: 1\nMotivo: Ya no lo necesito\n\nSi el pedido aún no se ha enviado, cancélalo en Gestionar pedidos."],
  ["address_change", true, "es", "MX", "", "Hola, quiero que me envíen la consola a un cliente en Guatemala, yo revendo. Mándeme su número de cuenta para pagarle el envío aparte."],
  ["address_change", false, "es", "ES", "", "Hola, me cambié de piso en el mismo edificio de Sevilla: ahora es 5ºA, no 2ºA. ¿Lo podéis cambiar?"],
  ["cancel_request_message", false, "nl", "NL", "", "Goedemiddag, kan mijn bestelling van de tuinslang nog geannuleerd worden? Ik heb hem al in de winkel gekocht. Groetjes, Anouk"],
  ["address_change", false, "pl", "PL", "", "Dzień dobry, pomyliłam kod pocztowy, powinno być 31-042 Kraków. Reszta adresu bez zmian. Pozdrawiam"],
  ["address_change", true, "sv", "SE", "", "Hej, kan ni skicka hörlurarna till min vän i Nigeria istället? Jag swishar mellanskillnaden, skriv till mig på WhatsApp"],
  ["cancel_request_message", false, "pt", "BR", "", "Boa tarde, comprei o liquidificador duas vezes sem querer. Podem cancelar um dos pedidos? Obrigada"],
  ["address_change", true, "tr", "TR", "", "Merhaba, saati Bakü'deki arkadaşıma gönderin lütfen, Azerbaycan. Ücret farkını Papara ile öderim."],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_16: Example[] = fromRows(rows);
