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
  // ── batch 2
  ["delivery_status", false, "ja", "JP", "出荷状況", "お世話になっております。11日に注文した電気毛布ですが、まだ出荷準備中のままです。いつ頃出荷される予定でしょうか。"],
  ["delivery_status", false, "ja", "JP", "", "ヤマトの追跡で「依頼主様へ返送」って出てるんですけど、なんで？受け取れるようにしてほしいです"],
  ["delivery_status", false, "ja", "JP", "", "宅配ボックスにも玄関にもありません。配達完了になってるのに荷物がどこにもないです。確認お願いします。"],
  ["refund_request", false, "ja", "JP", "返金額が違います", "お世話になります。返品したコーヒーメーカーですが、付属品も箱もすべて揃えて返送しました。それなのに返金が購入額の半分だけでした。残りの返金をお願いできますか。"],
  ["refund_request", false, "ja", "JP", "石原 恵様からのお問い合わせ（注文番号：503-7712094-2238816）", "同じ注文でカードから2回引き落としされています。1回分を取り消していただけますでしょうか。明細の画像も送れます。"],
  ["delivery_status", false, "ja", "JP", "", "2週間待っても届かないので、もう返金してください。"],
  ["refund_request", true, "ja", "JP", "", "届いたスニーカー、なんか安っぽいので返金お願いします。返送はしません。返金してくれないならアマゾンに詐欺業者だと報告します。"],
  ["delivery_status", false, "en", "UK", "", "Morning, just wondering if my order's been dispatched yet? Ordered the garden bench Tuesday. Ta"],
  ["delivery_status", false, "en", "US", "Inquiry from Amazon customer Derek Holt (Order: 113-2290471-5538816)", "USPS tracking says 'Return to Sender - Insufficient Address' but the address on the order is correct, I've gotten packages here for 8 years. Please reship it or tell me what to do."],
  ["delivery_status", false, "en", "IN", "", "Sir the courier boy says parcel is not there at the hub, hub says it was handed over for delivery. Nobody knows where it is. Please check and update."],
  ["refund_request", false, "en", "US", "", "Hello, I returned the whole set with all the accessories and the box, but the refund was only $38 of the $76 I paid. Could you please refund the rest?"],
  ["refund_request", false, "en", "CA", "", "You guys refunded me for one of the two chairs I sent back, not both. Tracking shows both were delivered to you on the 9th. Please fix."],
  ["refund_request", true, "en", "UK", "", "The jumper's not the right shade for me. Refund me in full today and I'll keep it or donate it, not wasting my time at the post office. Otherwise I'm disputing with my bank and leaving a 1 star review."],
  ["product_question", false, "en", "US", "", "if I order today will it ship before the weekend? need it for a trip on monday"],
  ["delivery_status", false, "de", "DE", "", "Moin, ist das Päckchen schon unterwegs oder noch bei euch im Lager?"],
  ["delivery_status", false, "de", "CH", "", "Grüezi, die Packstation sagt, es liege kein Paket für mich bereit, obwohl ich die Abholnachricht bekommen habe. Wo ist es denn jetzt?"],
  ["refund_request", false, "de", "DE", "", "Hallo, ich habe die Erstattung nur für einen der zwei zurückgesendeten Artikel bekommen. Bitte erstatten Sie auch den zweiten, beide sind laut DHL bei Ihnen angekommen."],
  ["delivery_status", false, "fr", "FR", "", "bonjour elle est ou ma commande?? ça fait 10 jours"],
  ["delivery_status", false, "fr", "CA", "", "Bonjour, le bureau de poste me dit qu'il n'arrive pas à trouver mon colis, pourtant j'ai l'avis de passage. Pouvez-vous vérifier avec le transporteur ? Merci"],
  ["refund_request", false, "fr", "FR", "Remboursement partiel ?", "Bonjour, le colis est arrivé avec une semaine de retard, après le départ en vacances. Je le garde, il est très bien, mais un geste commercial sur le prix serait apprécié."],
  ["refund_request", true, "fr", "FR", "", "Bonjour, le produit ne me plaît pas. Je veux être remboursée sans renvoyer l'article, sinon je laisse un avis négatif et j'ouvre une réclamation A à Z."],
  ["delivery_status", false, "it", "IT", "", "Buonasera, il corriere ha segnato il pacco come \"in restituzione al mittente\" ma io non ho mai ricevuto nessun avviso. Potete rispedirlo?"],
  ["refund_request", false, "it", "IT", "", "Salve, mi avete addebitato due volte lo stesso ordine del tosaerba. Potete stornare uno dei due addebiti? Grazie"],
  ["refund_request", false, "it", "IT", "Rimborso incompleto", "Buongiorno, ho restituito entrambe le lampade ma il rimborso copre solo una. Mi mancano 34,90 €. Potete controllare?"],
  ["delivery_status", false, "es", "ES", "", "Hola, el paquete pone \"devuelto al remitente\" en el seguimiento de Correos. Yo no he pedido ninguna devolución, ¿me lo podéis volver a enviar?"],
  ["delivery_status", false, "es", "MX", "", "oigan ya lo mandaron o todavía no? nomas quiero saber"],
  ["refund_request", false, "es", "ES", "", "Buenas, compré el robot de cocina y a los tres días bajó 40 euros. ¿Me podéis abonar la diferencia?"],
  ["delivery_status", false, "nl", "NL", "", "Goedemiddag, het pakket staat al 5 dagen op 'retour afzender' in de track & trace. Ik was gewoon thuis. Kunt u het opnieuw versturen?"],
  ["refund_request", false, "nl", "BE", "", "Dag, ik heb twee keer betaald voor dezelfde bestelling. Kunnen jullie één van de twee betalingen terugstorten?"],
  ["delivery_status", false, "sv", "SE", "", "Hej, ombudet säger att de inte hittar mitt paket trots att jag fått avisering. Kan ni kolla med PostNord?"],
  ["delivery_status", false, "tr", "TR", "", "Kargo şirketi paketin göndericiye iade edildiğini yazıyor ama ben evdeydim. Tekrar gönderebilir misiniz?"],
  ["refund_request", true, "tr", "TR", "", "Ürünü beğenmedim, parayı iade edin ama geri göndermeyeceğim. Yoksa kötü yorum yazarım."],
  ["delivery_status", false, "pl", "PL", "", "Dzień dobry, paczkomat pokazuje, że paczka została odebrana, a ja jej nie odbierałem. Gdzie jest moja przesyłka?"],
  ["refund_request", false, "pl", "PL", "", "Witam, zwrot dotarł do Państwa tydzień temu, a pieniędzy wciąż nie ma na koncie. Kiedy mogę spodziewać się zwrotu?"],
  ["refund_request", false, "pt", "PT", "", "Bom dia, fui cobrado duas vezes pela mesma encomenda. Podem devolver o valor cobrado a mais? Obrigado"],
];

export const TRAINING_DELIVERY_REFUND_17: Example[] = fromRows(rows);
