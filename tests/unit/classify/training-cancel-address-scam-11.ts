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
  // ── batch 2
  ["cancel_request_message", false, "ja", "JP", "", "もう一回カートを確認したら同じ加湿器が2台入ってました😱 1台でいいので片方取り消しお願いします！"],
  ["cancel_request_message", false, "ja", "JP", "注文について", "お世話になっております。株式会社ミナト総務部の清水です。先週発注いたしましたコピー用紙A4 10箱の件、社内で予算が凍結となり購入を見送ることになりました。まだ出荷されていなければ、今回の注文は無しとさせてください。ご迷惑をおかけし申し訳ございません。"],
  ["cancel_request_message", false, "ja", "JP", "", "購入者側のキャンセルボタンを押したんですが、反映されてるか不安で…。念のためこちらにも連絡しました。発送しないでください"],
  ["address_change", false, "ja", "JP", "", "同じ区内で引っ越しました。新しい住所は世田谷区三軒茶屋2-14-8 コーポ若葉202です。まだ発送前ならこちらにお願いできますか"],
  ["address_change", true, "ja", "JP", "", "発送先を転送業者の倉庫（オレゴン州ポートランド）に変更していただけますか。そちらからアメリカの自宅へ送ってもらう予定です。"],
  ["product_question", false, "ja", "JP", "", "購入を考えています。沖縄の離島（宮古島）への配送は可能でしょうか？送料は別途かかりますか"],
  ["cancel_request_system", false, "en", "US", "Order cancellation request from Amazon customer Tyler Brooks (Order: 112-6639017-2284153)", "Dear Seller,\n\nAmazon customer Tyler Brooks has requested cancellation of one item in order 112-6639017-2284153.\n\nItem: Stanley Quencher H2.0 FlowState Tumbler 40 oz - Rose Quartz (ASIN: B0CJZMP7L1)\nQuantity requested for cancellation: 1 of 2\nReason: Ordered wrong color\n\nIf this item has not shipped, please cancel it in Manage Orders with the reason \"Buyer Canceled\". Ship the remaining quantity as usual.\n\nSincerely,\nAmazon Services"],
  ["cancel_request_message", false, "en", "UK", "Wrong kettle", "hiya, think i've ordered the 240v version meant for a caravan by mistake, we needed the normal one. can you scrap it if it's not gone yet ta"],
  ["cancel_request_message", false, "en", "IN", "", "Dear seller, due to a death in the family we will not be at home for the next 3 weeks. Kindly do not process this order. I will place it again later. Regards, Ramesh"],
  ["address_change", false, "en", "CA", "", "Hi, I put my old postal code by accident — should be M5V 3L9, not M5V 2T6. Still Toronto, same street. Thanks so much"],
  ["address_change", true, "en", "UK", "", "Hi, can you send this to my colleague in Birmingham instead, he's the one using it. I'll give you his address. Please confirm on Telegram @lukeh_trades, faster than here."],
  ["spam_or_suspicious", true, "en", "US", "Amazon Security: order hold", "Dear Seller, this is Amazon Seller Support. A buyer dispute has put your order on hold. To release it, log in through the secure link below and confirm your bank details within 12 hours: http://sellercentral-amazon-verify.info/login"],
  ["cancel_request_message", false, "de", "DE", "Bestellung", "Guten Abend, ich habe gerade gesehen, dass der Schreibtischstuhl beim Discounter um die Ecke 40 € günstiger ist. Könnten Sie meine Bestellung bitte zurückziehen, solange sie noch nicht unterwegs ist?"],
  ["address_change", false, "de", "AT", "", "Servus, bei der Hausnummer hab ich mich vertippt: Stiege 3, Tür 7 gehört noch dazu. Adresse sonst gleich, Wien 1100. Danke!"],
  ["damaged_or_defective", true, "de", "DE", "", "Das Tablett kam mit einem Kratzer an, das ist mir egal. Ich schicke nichts zurück. Entweder Sie erstatten mir sofort 50 %, oder ich eröffne eine A-bis-z-Garantie und gebe eine 1-Stern-Bewertung."],
  ["cancel_request_message", false, "fr", "FR", "", "bjr jai commandé le mauvais modèle d'aspirateur, c'était pas celui avec le sac. vous pouvez tout stopper svp"],
  ["address_change", true, "fr", "CA", "", "Bonjour, je voudrais faire livrer la commande à un ami à Dakar au Sénégal. Je vous rembourse la différence par Interac, écrivez-moi à ami.dakar@gmail.com"],
  ["address_change", false, "fr", "FR", "", "Bonjour, je déménage le 15 mais je reste à Lyon, dans le 7e. Nouvelle adresse : 12 rue de Marseille, 69007. Si le colis n'est pas encore parti, merci de l'y envoyer."],
  ["cancel_request_system", false, "it", "IT", "Richiesta di annullamento da parte del cliente Amazon Giulia Marchetti (Ordine: 405-3384091-7712258)", "Gentile venditore,\n\nla cliente Amazon Giulia Marchetti ha richiesto l'annullamento del seguente ordine.\n\nNumero ordine: 405-3384091-7712258\nArticolo: De'Longhi Dedica EC685.M\nQuantità: 1\nMotivo: Ho trovato un prezzo migliore\n\nSe l'ordine non è ancora stato spedito, annullalo da Gestisci ordini selezionando il motivo \"Annullato dall'acquirente\".\n\nCordiali saluti,\nAmazon.it"],
  ["address_change", true, "it", "IT", "", "Buongiorno, il trapano è per un cliente della mia ditta in Albania. Spedite direttamente a Tirana al suo indirizzo, pago le spese extra con ricarica Postepay."],
  ["other", true, "it", "IT", "", "Salve, potete già confermare la spedizione su Amazon? Il pagamento con bonifico lo faccio quando mi arriva lo stipendio, poi spedite."],
  ["cancel_request_message", false, "es", "AR", "", "Hola, che, me equivoqué de talle en las zapatillas, pedí 42 y soy 40. ¿Me lo pueden dar de baja así lo hago de nuevo? Gracias"],
  ["address_change", false, "es", "MX", "", "Buenas, en mi dirección falta la colonia, es Col. Del Valle, CP 03100. Todo lo demás está bien, gracias"],
  ["cancel_request_system", false, "es", "ES", "Solicitud de cancelación del pedido 403-5520917-3318846", "Hola:\n\nTu cliente Pablo Navarro ha solicitado cancelar el siguiente pedido desde Mis pedidos.\n\nPedido: 403-5520917-3318846\nProducto: Rowenta Plancha de vapor Focus Excel DW5322\nUnidades: 1\nMotivo indicado: Ya no lo necesito\n\nSi el pedido no se ha enviado, cancélalo desde Gestionar pedidos e indica el motivo \"Cancelado por el comprador\". Si ya se ha enviado, no es necesario hacer nada.\n\nUn saludo,\nAmazon.es"],
  ["address_change", true, "nl", "NL", "", "Hallo, kunt u het pakket naar mijn neef in Paramaribo sturen? Hij heeft het nodig voor zijn werk. Verzendkosten betaal ik via Tikkie, stuur mij een mail op neef.suri@hotmail.com"],
  ["cancel_request_system", false, "pl", "PL", "Prośba o anulowanie od klienta Amazon Katarzyna Wiśniewska (Zamówienie: 406-7713902-1184529)", "Szanowny Sprzedawco,\n\nKlientka Amazon Katarzyna Wiśniewska poprosiła o anulowanie następującego zamówienia.\n\nNumer zamówienia: 406-7713902-1184529\nProdukt: Xiaomi Robot Vacuum S10\nIlość: 1\nPowód: Zamówione przez pomyłkę\n\nJeśli zamówienie nie zostało jeszcze wysłane, anuluj je w Zarządzaj zamówieniami, wybierając powód „Anulowane przez kupującego”.\n\nZ poważaniem,\nAmazon.pl"],
  ["address_change", false, "sv", "SE", "", "Hej, jag glömde skriva c/o på adressen. Det ska stå c/o Lindqvist, Storgatan 4. Samma adress annars. Tack!"],
  ["cancel_request_message", false, "pt", "PT", "", "Bom dia, afinal já não preciso da mala de viagem, a viagem foi adiada. Se ainda não a enviaram, agradeço que anulem. Obrigada"],
  ["cancel_request_message", false, "tr", "TR", "", "Selam, aynı kulaklığı eşim de sipariş vermiş, bizde iki tane oldu. Benimkini göndermeyin lütfen, kargoya verilmediyse iptal olsun"],
  ["address_change", true, "tr", "DE", "", "Merhaba, bu telefonu İstanbul'daki kardeşime göndermenizi istiyorum. Kargo farkını IBAN'a havale yaparım, WhatsApp'tan yazın."],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_11: Example[] = fromRows(rows);
