/**
 * Round-17 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/) and for the held-out estimate of the hidden evaluation set, round
 * 17. Written in the format of the evaluation data, never copied or paraphrased from the dev corpus or the earlier
 * probe and training files. About half are ordinary messages (where is my order, when does it arrive, refund not yet
 * received, charged twice, price dropped, partial refund for lateness); the other half are the kinds the classifier
 * still missed in round 16: "has it left the warehouse yet", a parcel going back to the sender, a pickup point that
 * cannot find it, refunds told with words that belong to other categories (accessories, "incomplete", cancelling one
 * of two charges, a credit note asked for a refund that never came), and refunds demanded without sending the item
 * back (scam). Every row carries its true labels, whatever the classifier says. A parcel that never came with a demand
 * for the money is `delivery_status` (TAXONOMY.md's order; the dev corpus files 「届かないなら返金してください」 so).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["delivery_status", false, "ja", "JP", "", "先週の金曜日に注文したキャンプ用のランタンですが、もう倉庫から出ましたか？週末に使いたいので気になっています。"],
  ["delivery_status", false, "ja", "JP", "小西 拓也様からのお問い合わせ（注文番号：250-3318406-9912734）", "お世話になっております。追跡を見ると「差出人に返送中」となっているのですが、住所は合っているはずです。どうして戻されているのか、再送していただけるのか教えてください。"],
  ["delivery_status", false, "ja", "JP", "", "ローソン受け取りにしたのですが、店員さんに聞いても荷物が見当たらないと言われました。どこにあるんでしょうか"],
  ["damaged_or_defective", false, "ja", "JP", "付属品の代金について", "商品ページに付属品として記載されていた収納ケースは別売りだったと後で分かりました。ケース代が含まれた価格で購入したので、その分の差額を返金していただけないでしょうか。"],
  ["refund_request", false, "ja", "JP", "", "返品した加湿器、3週間前にそちらに到着済みなのにまだ返金が反映されていません。いつ頃になりますか。"],
  ["refund_request", true, "ja", "JP", "", "思っていた色と違ったので返金してください。送り返すのは面倒なのでこのまま使います。対応してもらえないなら評価は星1にします。"],
  ["delivery_status", false, "ja", "JP", "", "まだ発送されてない感じですか？？"],
  ["delivery_status", false, "en", "US", "", "hey has my order left the warehouse yet? tracking still says label created and its been 4 days"],
  ["delivery_status", false, "en", "UK", "Inquiry from Amazon customer Fiona Clarke (Order: 202-5519380-4471602)", "Hi there, the Evri tracking for my kettle now says 'returning to sender'. I was home all day and nobody knocked. Can you tell me what's going on and whether it'll be sent out again? Thanks, Fiona"],
  ["refund_request", false, "en", "US", "charged twice", "Hi, my credit card shows two identical charges of $42.18 for the same order of dog food. I only placed one order. Please reverse one of them. Thank you."],
  ["refund_request", true, "en", "US", "", "the shoes are just uncomfortable. i want a full refund but im not sending them back, shipping costs too much. do it or i file an a-to-z claim today"],
  ["delivery_status", false, "en", "CA", "", "Canada Post says my parcel is waiting at the post office but when I went they said they cant find it. Do you have another tracking number or can you look into it?"],
  ["delivery_status", false, "en", "AU", "", "its been 3 weeks, never arrived. either send it or give me my money back"],
  ["delivery_status", false, "de", "DE", "", "Hallo, ist meine Bestellung schon raus? Ich sehe seit Montag keine Bewegung in der Sendungsverfolgung."],
  ["delivery_status", false, "de", "DE", "Paket geht zurück", "Guten Tag, laut Hermes geht das Paket mit der Kaffeemühle an den Absender zurück, angeblich Adresse unvollständig. Die Adresse stimmt aber. Schicken Sie es bitte erneut? Viele Grüße, J. Wolf"],
  ["refund_request", false, "de", "DE", "", "Sehr geehrte Damen und Herren, die Rücksendung ist seit dem 12. bei Ihnen, eine Erstattung habe ich bis heute nicht gesehen. Ich bitte nun um eine Gutschrift des Betrags auf mein Konto. MfG"],
  ["refund_request", false, "de", "AT", "", "Hallo, der Preis für die Bohrmaschine ist zwei Tage nach meinem Kauf um 30 € gefallen. Könnt ihr mir die Differenz zurückgeben?"],
  ["delivery_status", false, "fr", "FR", "", "Bonjour, ma commande est-elle déjà partie ? Je n'ai reçu aucun mail d'expédition depuis jeudi. Merci"],
  ["delivery_status", false, "fr", "FR", "Colis retourné", "Bonjour, le suivi Colissimo indique « retour à l'expéditeur » alors que personne n'est passé. Pouvez-vous me dire ce qui se passe et renvoyer le colis ? Cordialement, Nathalie"],
  ["refund_request", false, "fr", "BE", "", "Bonjour, j'ai été débitée deux fois pour la même commande de cartouches. Pouvez-vous annuler l'un des deux prélèvements svp ? Merci d'avance"],
  ["delivery_status", false, "it", "IT", "", "Salve, il pacco è già uscito dal magazzino? Sul tracking non si muove niente da venerdì."],
  ["damaged_or_defective", false, "it", "IT", "Ordine incompleto", "Buongiorno, ho ordinato 3 confezioni di capsule ma nel pacco ce n'erano solo 2, e il resto va bene. Non mi serve la terza, mi basta il rimborso della confezione mancante. Grazie"],
  ["refund_request", false, "it", "IT", "", "ciao il reso è arrivato da voi il 3 ma i soldi non li ho ancora visti, quando arriva il rimborso?"],
  ["delivery_status", false, "es", "ES", "", "Hola, ¿ya salió del almacén mi pedido? Lo necesito para el viernes y no veo ningún movimiento."],
  ["delivery_status", false, "es", "MX", "", "Buenas, fui al punto de recogida y me dicen que no encuentran mi paquete aunque el rastreo dice que está ahí. ¿Qué hago?"],
  ["damaged_or_defective", false, "es", "ES", "", "Hola, el pedido llegó incompleto: faltaba una de las dos fundas que pagué. No quiero que me la mandéis, solo que me devolváis lo de esa funda. Gracias"],
  ["delivery_status", false, "nl", "NL", "", "Hoi, is mijn bestelling al verstuurd? Ik heb nog geen track & trace ontvangen."],
  ["delivery_status", false, "nl", "BE", "", "waar is het nu? volgens postnl was het gisteren al bij het sorteercentrum en daarna niks meer"],
  ["refund_request", false, "sv", "SE", "", "Hej, jag skickade tillbaka hörlurarna för två veckor sedan men har inte fått pengarna tillbaka än. När kommer återbetalningen?"],
  ["delivery_status", false, "sv", "SE", "", "Hej! Har paketet lämnat lagret än? Spårningen har stått still sedan i tisdags."],
  ["delivery_status", false, "tr", "TR", "", "Merhaba, siparişim depodan çıktı mı? Kargo takip numarası hâlâ gelmedi."],
  ["refund_request", false, "tr", "TR", "", "Merhaba, aynı sipariş için kartımdan iki kez ödeme çekildi. Fazla çekilen tutarı iade eder misiniz?"],
  ["delivery_status", false, "pl", "PL", "", "Dzień dobry, czy paczka została już wysłana? Zamówienie złożyłem w poniedziałek i nadal nie mam numeru przesyłki."],
  ["refund_request", false, "pt", "BR", "", "Olá, devolvi o produto há 15 dias e o reembolso ainda não caiu no meu cartão. Podem verificar?"],
];

export const TRAINING_DELIVERY_REFUND_17: Example[] = fromRows(rows);
