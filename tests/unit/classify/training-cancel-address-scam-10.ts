/**
 * Round-10 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/), in the style of
 * the evaluation data but never copied or paraphrased from the dev corpus or earlier probe and training files.
 * Amazon's cancellation notices in more marketplaces and template layouts, requests to stop an order told without
 * "cancel", partial cancellations, own-name and own-address fixes and same-city moves that stay scam: false, new
 * recipients elsewhere, forwarders, off-Amazon contact or payment that are scam: true, and near-misses that belong
 * to other categories. Every row carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['cancel_request_system', false, 'ja', 'JP', '【Amazon】購入者からのキャンセル依頼（注文番号 250-3918274-6650912）', 'セラー様\n\n以下のご注文について、購入者様よりキャンセルの依頼がありました。\n\n購入者：岡田 由紀子\n注文番号：250-3918274-6650912\n商品：ティファール 電気ケトル ジャスティン プラス 1.2L ×1\n依頼理由：お届け予定日に受け取れない\n\n商品が未出荷の場合は、注文管理より「購入者からのキャンセル」を理由として選択し、キャンセル処理を行ってください。\n\nAmazon.co.jp カスタマーサービス'],
  ['cancel_request_message', false, 'ja', 'JP', '', '祖母の見舞い用に頼んだパジャマですが、昨夜祖母が亡くなりました。不要になってしまったので、お手数ですが発送しないでいただけますか。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'すみません間違えて定期おトク便で申し込んじゃいました。今回の分いらないです'],
  ['address_change', false, 'ja', 'JP', '', '宛名の漢字が違っていました。「斉藤」ではなく「齋藤」です。住所はそのままで大丈夫です。'],
  ['address_change', true, 'ja', 'JP', '', '娘が福岡の大学に通っていて、この電子辞書は娘に使わせたいので、娘の下宿先に送り先を変えてもらえますか？住所はメールで送るのでアドレス教えてください'],
  ['delivery_status', false, 'ja', 'JP', '', 'コンビニ払いの支払い済ませました。発送はいつになりますか？'],
  ['cancel_request_system', false, 'en', 'UK', 'Action required: buyer cancellation request for order 203-5571920-8846213', "Hello,\n\nA customer has asked us to cancel part of order 203-5571920-8846213.\n\nItems to cancel:\n- Joseph Joseph Nest 9 Plus Bowl Set (ASIN: B00JB1TM3Q) x 1\n\nItems to keep:\n- Joseph Joseph Index Chopping Board (ASIN: B00E0V0MT0) x 1\n\nReason given by the customer: No longer needed\n\nIf these items have not been dispatched, please cancel them in Manage Orders and select 'Buyer Cancelled'. Do not cancel the items the customer is keeping.\n\nKind regards,\nAmazon.co.uk"],
  ['cancel_request_message', false, 'en', 'US', 'Purchase order withdrawn', 'Good afternoon. Our procurement office has withdrawn PO #55821 which covered this order (12 x Rubbermaid storage bins). Please do not fulfill it. We will reorder under the new PO once it is approved. Regards, Facilities Dept., Lakeview School District'],
  ['cancel_request_message', false, 'en', 'CA', '', 'hey so I lost my job on friday and I really cant afford this rn. if its still sitting there can you just not ship it please. sorry'],
  ['address_change', false, 'en', 'US', '', 'Hi there! I forgot to put the gate code on my address, the driver will need it: #4471. Also building C not B. Thanks a bunch'],
  ['address_change', true, 'en', 'AU', '', "Hello dear, this order is a surprise for my fiance in Manila. Kindly send the parcel there and i will add the extra postage on Western Union. God bless"],
  ['product_question', false, 'en', 'IN', '', 'Before I order, will this be delivered to Port Blair, Andaman? Many sellers do not ship to islands.'],
  ['cancel_request_system', false, 'de', 'AT', 'Ihre Bestellung: Stornierungswunsch des Käufers (303-6610274-9918345)', 'Guten Tag,\n\nein Käufer hat über sein Amazon-Konto die Stornierung folgender Artikel angefragt:\n\nBestellnummer: 303-6610274-9918345\nArtikel: WMF Lono Waffeleisen\nAnzahl: 1\nVom Käufer angegebener Grund: Lieferzeit zu lang\n\nWurde die Ware noch nicht verschickt, stornieren Sie die Bestellung bitte in „Bestellungen verwalten“ mit dem Grund „Vom Käufer storniert“.\n\nIhr Amazon.de Verkäuferteam'],
  ['cancel_request_message', false, 'de', 'DE', '', 'Hallo, mein Vermieter erlaubt leider doch keine Markise am Balkon. Könnten Sie die Bestellung noch abfangen, bevor sie rausgeht? LG'],
  ['address_change', false, 'de', 'DE', '', 'Guten Tag, wir ziehen nächste Woche innerhalb von Bremen um. Ab Montag bitte an Am Wall 88, 28195 Bremen liefern, falls das noch geht. Vielen Dank'],
  ['cancel_request_system', false, 'fr', 'FR', "Demande d'annulation – commande 407-8829163-2247150", "Bonjour,\n\nVotre acheteur a demandé l'annulation de l'article suivant depuis son compte :\n\nCommande : 407-8829163-2247150\nArticle : Moulinex Cookeo Touch Wifi\nQuantité : 1\nRaison indiquée : Commandé par erreur\n\nSi l'article n'a pas encore été expédié, merci d'annuler la commande depuis Gérer vos commandes avec le motif « Annulé par l'acheteur ». Aucune action n'est requise si la commande est déjà partie.\n\nL'équipe Amazon.fr"],
  ['cancel_request_message', false, 'fr', 'CA', '', "Allo, on a finalement trouvé le même siège d'auto chez Costco, à meilleur prix. Est-ce possible de ne pas expédier la mienne? Merci beaucoup"],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, la tablette est pour mon cousin qui vit à Casablanca. Merci de la lui envoyer directement, je vous donne son adresse sur WhatsApp +33 7 58 21 40 19."],
  ['cancel_request_message', false, 'it', 'IT', '', 'Buonasera, abbiamo rimandato il trasloco di sei mesi e gli scatoloni non ci servono più. Se possibile fermate la spedizione, grazie mille'],
  ['address_change', false, 'it', 'IT', '', "Ciao, sul citofono c'è il cognome di mia moglie, Ferraro. Potete aggiungerlo al nome del destinatario? Stesso indirizzo. Grazie"],
  ['other', true, 'it', 'IT', '', 'Salve, mi serve che segniate l\'ordine come spedito oggi, anche se partirà la settimana prossima. È per un rimborso aziendale. Grazie'],
  ['cancel_request_system', false, 'es', 'MX', 'Solicitud de cancelación del comprador – Pedido 701-2294817-5530628', 'Estimado vendedor:\n\nEl cliente de Amazon Jorge Ramírez solicitó la cancelación del siguiente pedido desde su cuenta.\n\nNúmero de pedido: 701-2294817-5530628\nProducto: Licuadora Oster Pro 1200\nCantidad: 1\nMotivo: Encontré un mejor precio\n\nSi aún no envía el pedido, cancélelo en Administrar pedidos con el motivo "Cancelado por el comprador".\n\nAtentamente,\nAmazon.com.mx'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Hola, mi hija ha pedido esto desde mi móvil jugando 🙈 no lo queremos, ¿lo podéis parar?'],
  ['address_change', false, 'es', 'ES', '', 'Buenos días, en la dirección puse Portal 2 pero es la Escalera 2, mismo número. Disculpen la molestia.'],
  ['cancel_request_system', false, 'pt', 'BR', 'Solicitação de cancelamento do cliente Amazon Ana Paula Souza (Pedido: 701-5528391-2204716)', 'Prezado vendedor,\n\nA cliente Amazon Ana Paula Souza solicitou o cancelamento do pedido abaixo.\n\nNúmero do pedido: 701-5528391-2204716\nItem: Fritadeira Elétrica Mondial Air Fryer 4L\nQuantidade: 1\nMotivo: Pedido feito por engano\n\nSe o pedido ainda não foi enviado, cancele-o em Gerenciar pedidos com o motivo "Cancelado pelo comprador".\n\nAtenciosamente,\nAmazon.com.br'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Hoi, laat maar zitten met die bestelling, m\'n broer had nog een boormachine over. Hoeft niet meer verstuurd te worden. Thx'],
  ['address_change', true, 'pl', 'PL', '', 'Dzień dobry, proszę wysłać telefon do mojego szwagra na Ukrainę, do Lwowa. Różnicę za wysyłkę przeleję na konto prywatne. Adres podam na Messengerze.'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej, jag råkade beställa två likadana lampor. Kan ni stryka den ena innan ni skickar? Mvh Karin'],
  ['address_change', false, 'tr', 'TR', '', 'Merhaba, siparişte kapı numarasını yazmayı unutmuşum: No: 12, Kat 3. Aynı adres, sadece bu eksik. Teşekkürler'],
  ['cancel_request_message', true, 'tr', 'TR', '', 'Merhaba, bu siparişi iptal edin, ben size direkt havale ile ödeyeyim daha ucuza. WhatsApp: 0532 418 77 20'],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_10: Example[] = fromRows(rows);
