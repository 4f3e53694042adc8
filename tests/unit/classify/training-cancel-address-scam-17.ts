/**
 * Round-17 training messages for cancel_request_system, cancel_request_message, address_change and the scam flag:
 * fresh labelled buyer messages written for the learned model's training (lib/classify/learned/) and, before that,
 * scored as a held-out estimate of the hidden evaluation set. Written in the style of the evaluation data, never
 * copied or paraphrased from the dev corpus or earlier probe and training files. Focus of this round: "mark it
 * shipped / ship before the payment clears" (other + scam), cancellations without a cancel word, new recipients in
 * the same country (scam), address changes paid off Amazon (scam), and address fixes that never say "address" and
 * end with a thank-you. Every row carries its true labels, whatever the classifier says today.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["other", true, "ja", "JP", "", "お世話になります。カードの引き落としが月末になるので、それまでに先にステータスを発送済みにしておいてもらえますか？品物は来月でいいです"],
  ["cancel_request_message", false, "ja", "JP", "", "昨夜注文した電動歯ブラシ、やっぱり要らなくなりました。発送前なら止めていただけると嬉しいです。"],
  ["address_change", true, "ja", "JP", "", "このお米10kgは実家の母に食べてもらいたいので、うちじゃなくて母の家（新潟県長岡市）に届けてもらえませんか？送料の差額はPayPayで送ります"],
  ["address_change", false, "ja", "JP", "", "建物名の「グランコート」の後ろに302号室を入れ忘れてました。すみません、よろしくお願いします！ありがとうございます"],
  ["cancel_request_system", false, "ja", "JP", "注文キャンセルリクエスト 注文番号：249-3371820-6619042", "Amazon.co.jp の購入者 藤田 真理子 様から、次の注文のキャンセルリクエストがありました。\n\n注文番号：249-3371820-6619042\n商品：タイガー 魔法瓶 真空断熱ボトル 500ml ×2\nキャンセル理由：配送が遅すぎる\n\n出荷前であれば、注文管理画面からキャンセル処理をお願いいたします。"],
  ["address_change", false, "ja", "JP", "", "宛名を「山本様方 佐藤」にしてください。居候中なので表札が山本なんです。よろしくお願いします。"],
  ["cancel_request_message", false, "en", "US", "", "hey so my landlord said no pets so I won't be needing the cat tree after all lol. can you just not send it? thx"],
  ["other", true, "en", "US", "", "Hi, can you change the order to shipped today? My card payment clears on Friday, you can actually send it after that. I need it to show shipped for my records."],
  ["address_change", true, "en", "US", "Inquiry from Amazon customer Tasha Greene (Order: 113-5528019-4470263)", "Hi! This recliner is a surprise for my mom, could you deliver it to her house in Tucson instead of mine in Phoenix? I'll message you her street once you confirm. Thank you!"],
  ["address_change", false, "en", "UK", "", "Hiya, the postcode should be LS6 2QT not LS6 2TQ, I swapped the letters. Everything else is right. Cheers!"],
  ["cancel_request_system", false, "en", "CA", "Order cancellation request from Amazon customer Owen Tremblay (Order: 702-1184529-3306618)", "Dear Seller,\n\nAmazon customer Owen Tremblay has requested to cancel the following order.\n\nOrder ID: 702-1184529-3306618\nItem: Coleman Sundome 4-Person Tent (ASIN: B004J2GUOU)\nQuantity: 1\nReason: Found a better price\n\nIf this order hasn't shipped yet, please cancel it in Manage Orders with the reason Buyer Cancelled."],
  ["address_change", true, "en", "US", "", "hello, i need you to ship the macbook to my uncle in Manila Philippines, I will pay the extra shipping with Amazon gift cards, i send you the codes. please reply asap"],
  ["cancel_request_message", false, "en", "AU", "", "Hey mate, ordered the swag by accident, meant to add it to my wishlist. If you haven't posted it yet I'd rather you didn't. Ta"],
  ["other", false, "en", "US", "", "Could you hold the shipment until next Monday? We're away for the long weekend and don't want it sitting on the porch."],
  ["other", true, "de", "DE", "", "Hallo, bitte setzen Sie den Status schon auf versendet. Die Überweisung ist unterwegs, spätestens Mittwoch ist das Geld da, dann können Sie verschicken."],
  ["cancel_request_message", false, "de", "DE", "", "Guten Morgen, der Akkuschrauber wird doch nicht gebraucht, mein Nachbar leiht mir seinen. Könnten Sie das Paket bitte gar nicht erst losschicken? Danke"],
  ["address_change", true, "de", "DE", "", "Hallo, die Kaffeemaschine soll direkt zu meiner Mutter nach Freiburg, nicht zu mir nach Hamburg. Adresse schicke ich gleich. Danke!"],
  ["address_change", false, "de", "CH", "", "Grüezi, bei mir fehlt noch die Postleitzahl 8004 vor Zürich. Merci vielmal"],
  ["other", true, "fr", "FR", "", "Bonjour, merci de passer ma commande en « expédiée » dès maintenant, mon virement part demain et vous pourrez envoyer le colis ensuite."],
  ["cancel_request_message", false, "fr", "BE", "", "Bonjour, finalement on va laisser tomber la commande du parasol, le jardin n'est pas prêt. Vous pouvez ne pas l'envoyer ? Merci bien"],
  ["address_change", false, "fr", "FR", "", "Bonjour, sur le colis il faudrait ajouter « chez M. et Mme Robert », c'est là que je loge en ce moment. Merci !"],
  ["address_change", true, "fr", "FR", "", "Bonjour, je voudrais faire livrer la console à ma sœur à Abidjan, je règle le supplément par cartes cadeaux Amazon. Merci de me répondre vite."],
  ["other", true, "it", "IT", "", "Buongiorno, potete segnare l'ordine come spedito già oggi? La ricarica della carta arriva la settimana prossima, poi spedite pure con calma."],
  ["cancel_request_message", false, "it", "IT", "", "Salve, il seggiolone non ci serve più, ce l'hanno regalato i nonni. Se non è ancora partito lasciate stare, grazie."],
  ["address_change", true, "it", "IT", "", "Ciao, vorrei che il frullatore arrivasse a mia zia a Palermo invece che da me a Torino. Vi giro l'indirizzo per email. Grazie"],
  ["address_change", false, "it", "IT", "", "Buonasera, manca la scala: Scala C, interno 9. Per il resto va bene. Grazie mille"],
  ["other", true, "es", "ES", "", "Hola, ¿me podéis poner el pedido como enviado ya? El pago de la tarjeta se hace efectivo el lunes y luego lo mandáis. Gracias"],
  ["cancel_request_message", false, "es", "MX", "", "Buenas tardes, siempre no voy a ocupar la licuadora, ya me prestaron una. Si todavía no sale, no me la manden por favor. Gracias"],
  ["address_change", false, "es", "ES", "", "Hola, me faltó poner la escalera izquierda, 2º 1ª. Muchas gracias"],
  ["address_change", true, "es", "MX", "", "Hola, quiero que la tele llegue a casa de mi hermano en Houston, Texas. Le pago el envío extra por Western Union. Gracias"],
  ["cancel_request_message", false, "nl", "NL", "", "Hoi, ik heb de luchtbevochtiger toch niet meer nodig. Willen jullie hem niet versturen? Alvast bedankt"],
  ["other", true, "pl", "PL", "", "Dzień dobry, proszę oznaczyć zamówienie jako wysłane, płatność BLIK przejdzie dopiero jutro, a wysłać możecie później. Dziękuję"],
  ["address_change", true, "sv", "SE", "", "Hej! Kan ni skicka dammsugaren till min mamma i Umeå istället för till mig i Malmö? Jag betalar mellanskillnaden via Swish direkt till er."],
  ["address_change", false, "pt", "BR", "", "Boa tarde, faltou o CEP certo: 04567-010, mesmo endereço em São Paulo. Obrigado!"],
  ["cancel_request_message", false, "tr", "TR", "", "Merhaba, blenderi artık istemiyorum, henüz kargolanmadıysa lütfen göndermeyin. Teşekkürler"],
];

export const TRAINING_CANCEL_ADDRESS_SCAM_17: Example[] = fromRows(rows);
