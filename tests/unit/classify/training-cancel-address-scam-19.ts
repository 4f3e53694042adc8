/**
 * Round-19 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag
 * (destination abroad, forwarders, new recipients, off-Amazon contact or payment, "mark as shipped"): fresh labelled
 * buyer messages written for the learned model's training (lib/classify/learned/) and, before that, scored as a
 * held-out estimate of the hidden evaluation set. Written in the style of the evaluation data, never copied or
 * paraphrased from the dev corpus or earlier probe and training files. Every row carries its true labels
 * (TAXONOMY.md), whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_message", false, "ja", "JP", "", "お世話になっております。先ほど注文番号 250-4471839-2205716 で加湿器を購入しましたが、家族が同じものを買っていたことが分かりました。大変恐縮ですが、キャンセルをお願いできますでしょうか。"],
  ["cancel_request_system", false, "ja", "JP", "注文キャンセルリクエスト（注文番号：503-7718204-3360921）", "購入者 中村 翔太 様から次の注文のキャンセルリクエストを受け付けました。\n\n注文番号：503-7718204-3360921\n商品名：パナソニック ヘアードライヤー ナノケア EH-NA0J\n数量：1\nキャンセル理由：注文内容を変更したい\n\n未出荷の場合は、注文管理からキャンセル処理を行ってください。"],
  ["address_change", false, "ja", "JP", "", "すみません、住所の丁目を間違えて入力してました。3丁目じゃなくて4丁目です。よろしくお願いします"],
  ["address_change", true, "ja", "JP", "お届け先の変更", "このワインセット、ハワイに住んでいる叔母に送ってもらえますか？私の住所の代わりにお願いしたいです。送料の差額はあとで振り込みます"],
  ["cancel_request_message", false, "ja", "JP", "", "ごめんなさい、子どもが勝手にポチってしまったみたいです…。発送しないでいただけますか？"],
  ["other", true, "ja", "JP", "", "会社の経費の締めが今日なので、発送通知だけ先に出してもらえませんか？商品は後日で構いません"],
  ["address_change", false, "ja", "JP", "", "来週、同じ区内で引っ越すことになりました。まだ発送前でしたら新しい住所（東京都世田谷区桜新町1-22-5 サクラハイツ203）に送っていただけると助かります。"],
  ["cancel_request_message", false, "en", "US", "Inquiry from Amazon customer Jordan Pike (Order: 111-2290473-8816520)", "Hello, I ordered the Ninja blender yesterday but my roommate already has one we can share. Please cancel it if it hasn't gone out. Thanks so much"],
  ["cancel_request_system", false, "en", "UK", "Order cancellation request from Amazon customer Fiona Walsh (Order: 205-8830162-4471925)", "Dear Seller,\n\nAmazon customer Fiona Walsh has requested cancellation of the following order:\n\nOrder ID: 205-8830162-4471925\nItem: Dualit 4-Slice Classic Toaster, Polished (ASIN: B0009F3QPI)\nQuantity: 1\nReason for cancellation: Ordered by mistake\n\nIf the order has not been dispatched, please cancel it from Manage Orders."],
  ["address_change", false, "en", "CA", "", "Hi, I wrote Apt 12 but it's actually Apt 21. Same building on Maple Ave in Toronto. Sorry about that!"],
  ["address_change", true, "en", "US", "", "hello sir plz change shipping to my freight forwarder in Miami: Global Express Cargo, 8400 NW 25th St suite 300. they will send it to me in Venezuela. thanks"],
  ["cancel_request_message", true, "en", "UK", "", "cancel this order pls, I found you cheaper on whatsapp. message me on +44 7700 912334 and we sort the payment there"],
  ["other", true, "en", "US", "", "Please confirm shipment in the system today, my payment only goes through on Monday. You can send the actual box after that, I just need it to show as shipped."],
  ["product_question", false, "en", "CA", "", "Do you ship to Canada? I'm in Vancouver and would like to order two of these if so."],
  ["cancel_request_message", false, "de", "DE", "", "Guten Tag, ich möchte meine Bestellung 302-5518273-9910462 (Philips Airfryer) stornieren, da ich ihn im Laden günstiger bekommen habe. Vielen Dank im Voraus."],
  ["cancel_request_system", false, "de", "DE", "Stornierungsanfrage von Amazon-Kunde Jana Weber (Bestellung: 304-2281946-6673015)", "Sehr geehrter Verkäufer,\n\ndie Amazon-Kundin Jana Weber hat die Stornierung folgender Bestellung beantragt:\n\nBestellnummer: 304-2281946-6673015\nArtikel: WMF Lono Kontaktgrill (ASIN: B07D7ZK1BS)\nMenge: 1\nGrund: Lieferzeit zu lang\n\nBitte stornieren Sie die Bestellung, falls sie noch nicht versandt wurde."],
  ["address_change", false, "de", "DE", "", "Hallo, in der Adresse fehlt noch „Hinterhaus, 3. OG“. Straße und Hausnummer stimmen. Danke!"],
  ["cancel_request_message", false, "fr", "FR", "", "Bonjour, je me suis trompée de modèle pour l'aspirateur, merci d'annuler ma commande. Cordialement, Sophie"],
  ["address_change", true, "fr", "FR", "", "Bonjour, pourriez-vous envoyer le colis à mon cousin à Casablanca au Maroc plutôt qu'à Lyon ? Je vous règle la différence par virement."],
  ["address_change", false, "fr", "BE", "", "Bonjour, j'ai oublié la boîte : c'est le n° 23 boîte 4, rue des Croisiers à Liège. Merci"],
  ["cancel_request_message", false, "it", "IT", "", "Buongiorno, vorrei annullare l'ordine del materasso, ho sbagliato misura (ho preso 160 invece di 140). Grazie mille"],
  ["address_change", false, "it", "IT", "", "Ciao, nell'indirizzo ho dimenticato l'interno 6, via Garibaldi 12, Torino. Grazie!"],
  ["other", true, "it", "IT", "", "Salve, potreste confermare la spedizione subito? Il pagamento risulta in sospeso ma si sblocca lunedì, la merce potete mandarla dopo."],
  ["cancel_request_system", false, "es", "ES", "Solicitud de cancelación del cliente de Amazon Pablo Ruiz (Pedido: 406-7729104-3318852)", "Estimado vendedor:\n\nEl cliente de Amazon Pablo Ruiz ha solicitado la cancelación del siguiente pedido:\n\nNúmero de pedido: 406-7729104-3318852\nArtículo: Rowenta Plancha de vapor Focus Excel (ASIN: B01N0YQF4L)\nCantidad: 1\nMotivo: Ya no lo necesito\n\nSi el pedido aún no se ha enviado, cancélelo desde Gestionar pedidos."],
  ["cancel_request_message", false, "es", "ES", "", "Hola, ¿podéis cancelar mi pedido de la freidora? Me la han regalado por mi cumple jaja. Gracias"],
  ["address_change", true, "es", "MX", "", "Hola, quiero que el envío vaya para mi primo en Los Ángeles, Estados Unidos, es un regalo. La diferencia se la pago por depósito en OXXO."],
  ["cancel_request_message", false, "nl", "NL", "", "Hallo, ik wil graag mijn bestelling annuleren, de stofzuiger is te groot voor ons appartement. Groeten, Daan"],
  ["address_change", false, "nl", "NL", "", "Hoi, het huisnummer moet 27-II zijn, niet 27. Zelfde straat in Amsterdam. Dank je"],
  ["address_change", true, "pl", "PL", "", "Dzień dobry, proszę wysłać laptopa do mojego kuzyna na Ukrainę, do Lwowa. Za przesyłkę zapłacę przelewem na Pana konto."],
  ["cancel_request_message", false, "sv", "SE", "", "Hej, jag vill avbeställa ordern på löparskorna, fel storlek. Tack!"],
  ["cancel_request_message", false, "pt", "BR", "", "Oi, comprei a fritadeira sem querer, dá pra cancelar antes de enviar? Obrigada"],
  ["address_change", false, "tr", "TR", "", "Merhaba, adreste kapı numarasını yanlış yazmışım, 12 değil 21 olacak. Aynı sokak, Kadıköy. Teşekkürler"],
  ["other", true, "pt", "BR", "", "Bom dia, podem colocar o pedido como enviado? O boleto só compensa na segunda, aí vocês mandam."],
  // ── batch 2
  ["cancel_request_message", false, "ja", "JP", "", "コンビニ払いの番号が届きましたが、支払う前にやっぱりキャンセルしたいです。このまま払わなければ自動でキャンセルになりますか？"],
  ["cancel_request_message", false, "ja", "JP", "", "注文履歴からキャンセルボタンを押しました。ちゃんと反映されているか確認していただけますか？よろしくお願いいたします。"],
  ["address_change", true, "ja", "JP", "", "海外在住のため、送り先を転送サービス（Tenso）の倉庫住所に変更してください。そこから私の国に届けてもらいます。"],
  ["address_change", true, "ja", "JP", "納品先について", "お世話になります。こちらの商品は取引先の事務所に直接届けていただけますか。大阪市北区の丸山商事様宛です。請求は私宛のままで結構です。"],
  ["address_change", false, "ja", "JP", "", "宛名の漢字が違っていました。「斉藤」ではなく「齋藤」です。お手数ですが修正をお願いします。"],
  ["cancel_request_message", true, "ja", "JP", "", "注文をキャンセルしたいです。Amazonのメッセージは見づらいので、返信はこちらのメール（k.tanaka88@gmail.com）にお願いします。"],
  ["cancel_request_message", false, "ja", "JP", "", "住所を旧住所のまま注文してしまったので、いったんキャンセルして注文し直します。お手数ですがよろしくお願いします。"],
  ["address_change", true, "en", "US", "", "Hi there, the LEGO Friends set is my daughter's birthday present, could it go straight to her dad's place? He lives in Dallas, I'm in Austin. Thanks!"],
  ["address_change", false, "en", "US", "", "Oops, I typed Sprngfield instead of Springfield in my address. Everything else is correct."],
  ["cancel_request_message", false, "en", "IN", "", "Dear sir, kindly cancel my order no. 408-3319027-5561048, I placed it twice by mistake. Regards, Anil"],
  ["cancel_request_message", false, "en", "US", "", "Changed my mind about the standing desk, don't want it anymore. It says not shipped yet so hopefully you can stop it."],
  ["other", true, "en", "US", "", "can u mark it shipped now so amazon releases my promo credit? you can ship whenever"],
  ["delivery_status", false, "en", "UK", "", "I'm moving house at the end of the month, will the parcel arrive before the 15th?"],
  ["address_change", true, "en", "US", "", "I'd like this shipped to my cousin's address in Kingston, Jamaica instead. I can send you extra for the postage via PayPal, just give me your email."],
  ["address_change", true, "de", "AT", "", "Hallo, ich bin Wiederverkäufer, bitte direkt an meinen Kunden in Wien liefern, Lieferschein ohne Preise. Die Adresse schicke ich nach."],
  ["cancel_request_message", false, "de", "AT", "", "Servus, können Sie die Bestellung noch zurückziehen? Hab die Kamera doch woanders gekauft."],
  ["other", true, "de", "DE", "", "Bitte markieren Sie die Sendung jetzt schon als versandt, ich brauche die Versandbestätigung für meine Versicherung. Verschicken können Sie später."],
  ["cancel_request_message", false, "fr", "CA", "", "Bonjour, j'aimerais annuler ma commande svp, je l'ai passée en double. Merci beaucoup, bonne journée"],
  ["cancel_request_system", false, "fr", "FR", "Demande d'annulation de la part du client Amazon Hugo Lefèvre (Commande : 171-5520873-4419236)", "Bonjour,\n\nLe client Amazon Hugo Lefèvre a demandé l'annulation de la commande suivante :\n\nNuméro de commande : 171-5520873-4419236\nArticle : Moulinex Cookeo Multicuiseur (ASIN : B07L3NB1WR)\nQuantité : 1\nMotif : Délai de livraison trop long\n\nSi la commande n'a pas encore été expédiée, veuillez l'annuler dans Gérer les commandes."],
  ["address_change", false, "fr", "FR", "", "Bonjour, petite erreur dans mon code postal, c'est 69007 et pas 69070. Merci d'avance"],
  ["address_change", true, "fr", "FR", "", "Bonjour, je voudrais que la commande soit livrée à ma nièce à Dakar. Contactez-moi sur WhatsApp au +221 77 512 34 56 pour l'adresse."],
  ["cancel_request_message", false, "it", "IT", "", "Ciao! Ho ordinato per sbaglio due confezioni di capsule, me ne serve solo una. Potete toglierne una? Grazie"],
  ["address_change", true, "it", "IT", "", "Buonasera, il regalo è per un'amica in Svizzera, a Lugano. Me lo spedite lì? Pago la differenza con PayPal."],
  ["address_change", false, "it", "IT", "", "Salve, ci siamo trasferiti qui a Bologna, nuovo indirizzo via Saragozza 88. Se non è ancora partito potete cambiarlo? Grazie"],
  ["cancel_request_message", false, "es", "MX", "", "buenas, ya no quiero las bocinas, me urgían para el sábado y no llegan a tiempo. cancélenlo porfa"],
  ["address_change", false, "es", "ES", "", "Hola, me equivoqué en el número de la calle, es el 45 no el 54. Calle Alcalá, Madrid. Gracias"],
  ["other", true, "es", "ES", "", "¿Me podéis enviar el producto ya? La transferencia la hago cuando me llegue, palabra."],
  ["address_change", true, "nl", "NL", "", "Kunt u het pakket naar mijn zus in Suriname sturen? Ik betaal de extra verzendkosten via een Tikkie."],
  ["cancel_request_message", false, "nl", "BE", "", "Mag de bestelling van de speelgoedkeuken nog geannuleerd worden? Ze hebben er al een op de crèche."],
  ["cancel_request_message", false, "pl", "PL", "", "Witam, chciałbym zrezygnować z zamówienia, znalazłem taniej. Proszę nie wysyłać. Pozdrawiam"],
  ["address_change", false, "sv", "SE", "", "Hej! Jag skrev fel lägenhetsnummer, det ska vara lgh 1104. Tack"],
  ["cancel_request_message", false, "pt", "PT", "", "Olá, por favor cancelem a encomenda do aspirador, enganei-me no modelo. Obrigado"],
  ["address_change", true, "tr", "TR", "", "Merhaba, telefonu Almanya'daki kardeşime gönderebilir misiniz? Kargo farkını IBAN'a yatırırım."],
  ["cancel_request_message", false, "tr", "TR", "", "Merhaba, siparişi iptal etmek istiyorum, yanlış renk seçtim."],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_19: Example[] = fromRows(rows);
