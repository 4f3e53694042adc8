/**
 * Round-12 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/), in the style of
 * the evaluation data but never copied or paraphrased from the dev corpus or earlier probe and training files.
 * Amazon's cancellation notices in more marketplaces and wordings, wishes to stop an order told without "cancel",
 * own-address fixes and same-city moves that stay scam: false, new recipients, forwarders, off-Amazon contact or
 * payment and ship-before-payment requests that are scam: true, and near-misses that belong to other categories.
 * Every row carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_system", false, "ja", "JP", "【Amazon】購入者様によるキャンセル申請（注文番号 249-5512038-7716402）", "出品者様\n\nいつもAmazon.co.jpをご利用いただきありがとうございます。\n以下の注文について、購入者様からキャンセルの申請がありました。\n\n注文番号：249-5512038-7716402\n購入者名：小野寺 美咲\n商品名：象印 ステンレスマグ SM-ZA48 ×2\n理由：注文内容を間違えた\n\n未出荷の場合は、セラーセントラルの注文管理から「購入者都合によるキャンセル」を選択してキャンセル処理を行ってください。"],
  ["cancel_request_message", false, "ja", "JP", "", "すみません、さっき頼んだ加湿器やっぱり要らなくなりました。実家から古いのもらえることになったので…まだ送ってなければナシでお願いします🙏"],
  ["cancel_request_message", false, "ja", "JP", "林 真一様からのお問い合わせ", "お世話になります。昨晩注文した折りたたみ自転車の件でございます。家族と相談した結果、今回は見送ることになりました。Amazonのキャンセルボタンも押しましたが念のためご連絡いたします。お手数ですがご対応のほどよろしくお願いいたします。"],
  ["address_change", false, "ja", "JP", "届け先の部屋番号", "部屋番号を書き忘れてました！ 302号室です。建物名はコーポ若葉です"],
  ["address_change", true, "ja", "JP", "", "購入した腕時計ですが、台湾の取引先に直接送っていただけますか。送料の差額は銀行振込でお支払いします。詳細はLINE（ID: tk_trade88）でやり取りしましょう"],
  ["other", true, "ja", "JP", "", "コンビニ払いにしたんですが、支払いは来週になります。先に発送だけしてもらえませんか？必ず払いますので"],
  ["cancel_request_system", false, "en", "UK", "Order cancellation request from Amazon customer Oliver Bennett (Order: 026-3381047-9925518)", "Dear Seller,\n\nAmazon customer Oliver Bennett has asked to cancel the following order through Your Orders on Amazon.co.uk:\n\nOrder ID: 026-3381047-9925518\nProduct: Dualit Classic 2 Slice Toaster - Polished (ASIN: B0002ZU8AG)\nQuantity: 1\nReason: Bought it elsewhere\n\nIf the order has not shipped, please cancel it using Manage Orders and select Buyer Cancelled. Cancellations made for this reason do not affect your performance metrics.\n\nRegards,\nAmazon Services Europe"],
  ["cancel_request_message", false, "en", "US", "order question", "hey so my landlord just said no grills on the balcony lol. any way to stop the weber from shipping? sorry!!"],
  ["cancel_request_message", false, "en", "IN", "", "Respected Sir, I have placed order for 2 kg protein powder by mistake, my intention was 1 kg. Kindly do the needful and stop this order, I will place again. Regards, Suresh"],
  ["address_change", false, "en", "CA", "", "Hi there, just realized I put my old postal code. Should be M4K 2P7 not M4K 2P1, the street is correct. Thanks a bunch"],
  ["address_change", true, "en", "US", "", "Good day, I purchased 3 iPads for my business partner. Please change shipping to our warehouse in Lagos, I will send you the address on WhatsApp +234 803 551 2290. Extra fee is no problem"],
  ["refund_request", false, "en", "UK", "", "I cancelled the order on Monday and got the email from Amazon saying it was cancelled, but the money is still showing as taken from my card. When will it go back?"],
  ["cancel_request_system", false, "de", "AT", "Stornierungsanfrage von Amazon-Kundin Katharina Gruber (Bestellung: 303-8820174-6639105)", "Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,\n\ndie Amazon-Kundin Katharina Gruber hat die Stornierung der folgenden Bestellung beantragt:\n\nBestellnummer: 303-8820174-6639105\nArtikel: WMF Perfect Plus Schnellkochtopf 6,5 l\nMenge: 1\nGrund: Lieferzeit zu lang\n\nFalls die Bestellung noch nicht versandt wurde, stornieren Sie sie bitte unter „Bestellungen verwalten“ mit dem Grund „Vom Käufer storniert“.\n\nMit freundlichen Grüßen\nAmazon.de"],
  ["cancel_request_message", false, "de", "DE", "", "Moin, hab beim Laufschuh die falsche Größe erwischt (44 statt 43). Bitte nicht losschicken, bestell dann neu. Danke!"],
  ["address_change", false, "de", "DE", "Hausnummer", "Guten Tag, bei meiner Adresse fehlt der Zusatz „a“ – es ist die Lindenallee 17a, nicht 17. Der Bote findet uns sonst nicht. Vielen Dank"],
  ["cancel_request_system", false, "fr", "FR", "Demande d'annulation de commande – client Amazon Julien Moreau (Commande : 405-1193827-4471026)", "Bonjour,\n\nVotre client Julien Moreau a demandé, depuis Vos commandes, l'annulation de l'article suivant :\n\nCommande : 405-1193827-4471026\nArticle : Moulinex Cookeo Touch Wifi CE902800\nQuantité : 1\nMotif : Commandé par erreur\n\nSi l'article n'a pas été expédié, merci d'annuler la commande dans Gérer vos commandes avec le motif « Annulé par l'acheteur ».\n\nCordialement,\nL'équipe Amazon.fr"],
  ["cancel_request_message", false, "fr", "CA", "", "Allo, mon chum a deja acheté la meme chaise de bureau hier soir. Est-ce que vous pouvez arrêter l'envoi de la mienne? Merci ben"],
  ["address_change", true, "fr", "FR", "", "Bonjour, je voudrais que vous expédiez mon colis à mon cousin à Abidjan en Côte d'Ivoire, c'est pour son anniversaire. Je vous rembourse les frais par virement, contactez-moi sur Telegram @serge_abj"],
  ["cancel_request_message", false, "it", "IT", "Ordine sbagliato", "Buonasera, ho ordinato due volte lo stesso set di pentole per errore, mi è partito il doppio click. Me ne serve uno solo, il secondo ordine potete annullarlo? Grazie mille"],
  ["address_change", false, "it", "IT", "", "salve nel mio indirizzo manca la scala e l'interno: scala C interno 9. via e civico sono giusti"],
  ["address_change", true, "it", "IT", "", "Buongiorno, il frullatore è un regalo per mia zia che vive in Albania, a Tirana. Potete mandarlo direttamente a lei? Vi pago la differenza con Postepay, scrivetemi su WhatsApp 351 774 2290"],
  ["cancel_request_system", false, "es", "ES", "Solicitud de cancelación de pedido del cliente de Amazon Pablo Ruiz (Pedido: 171-4428190-3375614)", "Hola:\n\nEl cliente de Amazon Pablo Ruiz ha solicitado la cancelación del siguiente pedido:\n\nNúmero de pedido: 171-4428190-3375614\nArtículo: Rowenta Plancha de vapor Focus Excel DW5320\nCantidad: 1\nMotivo: Ya no lo necesito\n\nSi el pedido aún no se ha enviado, cancélalo desde Gestionar pedidos con el motivo «Cancelado por el comprador».\n\nUn saludo,\nAmazon.es"],
  ["cancel_request_message", false, "es", "MX", "", "oiga ya no quiero la licuadora, mi suegra nos regalo una igualita jaja. no la manden porfa"],
  ["address_change", false, "es", "ES", "", "Buenas, nos mudamos dentro de Valencia, de la calle Colón a la avenida del Puerto 112, 4ºB, mismo código postal casi (46023). ¿Lo podéis mandar allí? Gracias"],
  ["cancel_request_message", false, "nl", "NL", "", "Hoi, ik heb per ongeluk de verkeerde maat fietshelm besteld. Kunnen jullie de bestelling tegenhouden? Dan bestel ik de M opnieuw. Groetjes"],
  ["address_change", true, "nl", "BE", "", "Goedendag, kunt u het pakket naar mijn neef in Suriname sturen, Paramaribo? Ik betaal het verschil via bankoverschrijving, mail me op rdj.handel@outlook.com"],
  ["cancel_request_message", false, "pl", "PL", "", "Dzień dobry, zamówiłem niechcący dwa razy ten sam odkurzacz. Proszę jedno zamówienie anulować, dziękuję. Marek"],
  ["address_change", false, "pl", "PL", "Zmiana adresu", "Dzień dobry, przeprowadzam się w obrębie Krakowa, z ul. Długiej na ul. Karmelicką 40/6. Czy mogą Państwo wysłać na nowy adres? Pozdrawiam"],
  ["cancel_request_message", false, "sv", "SE", "", "Hej! Jag ångrar köpet av robotgräsklipparen, vi ska sälja huset. Kan ni stoppa ordern innan den skickas? Tack /Anna"],
  ["address_change", true, "pt", "BR", "", "Boa tarde, quero mudar o endereço de entrega para Luanda, Angola, é para o meu sócio. Pago o frete a mais por Pix, me chama no WhatsApp (11) 98877-4412"],
  // ── batch 2
  ["cancel_request_system", false, "ja", "JP", "注文キャンセルリクエスト：Amazon.co.jp のお客様 中川 翔太 様（注文番号 250-7719302-4481165）", "出品者様\n\nお客様が注文履歴からキャンセルをリクエストしました。下記の内容をご確認ください。\n\n・注文番号：250-7719302-4481165\n・商品：ブラザー ラベルライター ピータッチ PT-P300BT\n・数量：1\n・キャンセル理由：配送料が高い\n\n商品が未発送の場合は、キャンセル理由「購入者からのキャンセル」を選択して注文をキャンセルしてください。このキャンセルは出品者のキャンセル率には含まれません。"],
  ["cancel_request_message", false, "ja", "JP", "", "注文取消希望です。同じ本を図書館で借りられたので。"],
  ["cancel_request_message", false, "ja", "JP", "注文の件", "お世話になっております。株式会社サンライズ物流の岡田でございます。先ほど発注いたしましたトナーカートリッジ10本につきまして、社内稟議が差し戻しとなりました。大変恐縮ですが、出荷前でございましたら本件はなかったことにしていただけますと幸いです。"],
  ["address_change", false, "ja", "JP", "", "引っ越しの関係で、届け先を同じ札幌市内の新居（中央区南3条西8丁目 5-12 サンパレス502）に変更できますか？旧住所だと受け取れないです"],
  ["address_change", true, "ja", "JP", "送り先について", "はじめまして。こちらの炊飯器をベトナムの友人へのプレゼントにしたいので、ホーチミンの住所へ直送してください。追加送料はPayPayで送ります。"],
  ["return_request", false, "ja", "JP", "", "昨日受け取ったスニーカー、履いてみたら思ったより幅が狭くて…。未使用なので送り返して返金してもらうことできますか？"],
  ["cancel_request_message", false, "en", "AU", "", "Hey mate can you kill that order for the roof racks, turns out they don't fit a 2019 Outback. cheers"],
  ["cancel_request_message", false, "en", "US", "Order 113-4471920-8830716", "Hello, I tried to cancel through the app but it says the item is already being prepared. My daughter's wedding was called off and I don't need the 60 table runners anymore. Please stop it if you still can, I'd be so grateful. Linda"],
  ["address_change", false, "en", "UK", "wrong flat", "Sorry, I typed flat 4 but it's flat 14, same building on Kingsland Road. Please correct before you post it"],
  ["address_change", true, "en", "SG", "", "Hi seller, please send the camera lens to my friend in Jakarta instead of my Singapore address. He will pay you the shipping directly via bank transfer. Contact his Telegram @budi_lens for details"],
  ["product_question", false, "en", "US", "", "Before I order: do you ship to Canada, and if so roughly how long does it take? Want it before the 15th"],
  ["spam_or_suspicious", true, "en", "US", "Action required: cancellation dispute on your account", "Dear Seller, a buyer has raised a cancellation dispute against your account. To avoid suspension of your listings you must confirm your identity within 24 hours: https://sellercentral-amazon-disputes.help/verify . Amazon Seller Performance Team"],
  ["cancel_request_system", false, "de", "DE", "Stornierungsanfrage von Amazon-Kunde Felix Schuster (Bestellung: 306-2210938-7754190)", "Hallo,\n\nIhr Kunde Felix Schuster möchte folgende Artikel aus Bestellung 306-2210938-7754190 stornieren:\n\n1 x Leifheit Wäscheständer Pegasus 200 Solid Slim\n\nVom Käufer angegebener Grund: Versehentlich bestellt\n\nBitte prüfen Sie die Anfrage, bevor Sie den Versand bestätigen. Stornierungen mit dem Grund „Vom Käufer storniert“ wirken sich nicht auf Ihre Stornierungsrate aus.\n\nAmazon.de"],
  ["cancel_request_message", false, "de", "DE", "", "Sehr geehrte Damen und Herren, ich möchte vom Kauf des Akku-Rasenmähers zurücktreten, da wir den Garten nun doch nicht übernehmen. Bitte versenden Sie die Ware nicht. Mit freundlichen Grüßen, R. Vogel"],
  ["address_change", true, "de", "DE", "", "Hallo, können Sie die Kaffeemaschine bitte direkt an meinen Kunden in Zürich liefern? Ich betreibe einen kleinen Onlineshop. Bezahlung der Zusatzkosten per Überweisung, Kontakt bitte über info.kaffee-handel@gmx.de"],
  ["cancel_request_message", false, "fr", "FR", "", "Bonjour, je me suis trompée de modèle de filtre pour ma carafe Brita. Pourriez-vous ne pas expédier et annuler ? Je repasse commande avec la bonne référence. Merci, Sophie"],
  ["address_change", false, "fr", "BE", "Adresse", "Bonjour, erreur de ma part : j'ai écrit rue de la Loi 52 au lieu de 25, 1040 Bruxelles. Pourriez-vous corriger ? Merci bien"],
  ["other", false, "fr", "FR", "", "Bonjour, je serai absent du 3 au 12 août. Pouvez-vous attendre le 13 pour envoyer le colis ? Merci"],
  ["cancel_request_message", false, "it", "IT", "", "Ciao! Mio fratello mi ha appena regalato la stessa friggitrice ad aria 😅 quindi non mi serve più, se non è ancora partita potete fermarla?"],
  ["address_change", false, "it", "IT", "Cognome sbagliato", "Buongiorno, sul pacco risulterebbe Rossi Marco ma il cognome sul citofono è Rossi-Bianchi. Potete aggiungerlo? L'indirizzo è giusto"],
  ["damaged_or_defective", true, "it", "IT", "", "Il tostapane è arrivato con la spina rotta. Non lo rispedisco, voglio subito il rimborso completo, altrimenti apro una richiesta A-to-z e lascio una recensione da una stella."],
  ["cancel_request_message", false, "es", "ES", "", "Hola, al final mi hermana me presta su silla de bebé, así que no necesito la que pedí esta mañana. ¿Podéis no enviarla? Mil gracias"],
  ["address_change", true, "es", "MX", "Envío", "Buenas, necesito que el pedido vaya a Miami con mi primo, no a mi casa en Puebla. Le pago la diferencia por transferencia, escríbame a ventasjrm@hotmail.com"],
  ["delivery_status", false, "es", "ES", "", "Hola, cambié la dirección antes de que saliera y ahora el seguimiento sigue mostrando la antigua. ¿Me confirmáis a dónde va?"],
  ["cancel_request_message", false, "tr", "TR", "", "Merhaba, siparişi yanlışlıkla iki kere verdim. Birini iptal edebilir misiniz? Teşekkürler"],
  ["address_change", false, "tr", "TR", "Adres düzeltme", "Merhaba, adresimde daire numarası eksik kalmış: Daire 7. Aynı apartman, Kadıköy. Teşekkür ederim"],
  ["cancel_request_message", false, "sv", "SE", "", "Hej, jag behöver inte längre vinterdäcken, vi har sålt bilen. Skicka dem inte är ni snälla. Mvh Johan"],
  ["cancel_request_message", false, "pt", "BR", "", "Olá, desisti da compra da cafeteira, achei mais barata numa loja aqui perto. Por favor não enviem. Obrigada"],
  ["address_change", false, "pt", "PT", "", "Bom dia, enganei-me no código postal: é 4050-123 e não 4050-132, no Porto. O resto está correto. Obrigado"],
  ["address_change", true, "nl", "NL", "", "Hallo, graag de laptop naar mijn zakenpartner in Dubai sturen in plaats van mijn adres. Ik maak het extra bedrag over via Tikkie, stuur mij een bericht op WhatsApp +31 6 4418 2290"],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_12: Example[] = fromRows(rows);
