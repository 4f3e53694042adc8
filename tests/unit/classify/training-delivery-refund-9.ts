/**
 * Round-9 training messages for delivery_status and refund_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data and never copied or
 * paraphrased from the dev corpus or the earlier probe files. Other products, situations, openings, registers and
 * marketplaces than rounds 7 and 8: parcels stuck at customs or a locker, carriers that swapped mid-route, orders
 * split in two shipments, refunds that went to a closed card, coupons that did not apply, subscriptions charged after
 * cancelling. Many tell the concern without the category's obvious keyword; some are near-misses that TAXONOMY.md
 * files elsewhere (delivery instructions are `other`; a refund that came is `thanks`; a shipping question before
 * buying is `product_question`; ship-before-payment or off-Amazon payment carries the scam flag). Every row carries
 * its true labels, whatever the classifier says; written in batches of about 30, each measured before the next.
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['delivery_status', false, 'ja', 'JP', '', '電動歯ブラシの替えブラシ、注文から10日経つんですがまだ発送のお知らせがありません。在庫切れとかでしょうか？'],
  ['delivery_status', false, 'ja', 'JP', '山本 和也様からのお問い合わせ（注文番号：249-7713920-4458812）', 'いつもお世話になっております。追跡番号で確認したところ「持戻り」となっておりました。不在票は入っておらず、当日は終日在宅しておりました。現在どちらに荷物があるのか、再配達の手配が可能かご教示いただけますと幸いです。'],
  ['refund_request', false, 'ja', 'JP', '', 'クーポン使ったはずなのに、明細見たら割引されてない金額で引き落とされてました。差額分お願いできますか？'],
  ['refund_request', false, 'ja', 'JP', '返送した商品について', '先月末に着払いで送り返したプリンターインクですが、そちらに着いたと追跡で出ているのにまだお金が戻ってきていません。いつ頃になりますでしょうか。'],
  ['thanks', false, 'ja', 'JP', '', '本日無事に受け取りました。丁寧な梱包ありがとうございました！'],
  ['other', false, 'ja', 'JP', '', '平日は不在がちなので、配達は土曜の午前中にしてもらえると助かります。'],
  ['delivery_status', false, 'en', 'US', '', 'ordered two lamps, one showed up tuesday. the second one? tracking for it just says label created'],
  ['delivery_status', false, 'en', 'UK', 'Order 203-5581920-6673014', "Hiya, Evri have had my parcel 'at the local depot' for six days now. I've tried their chatbot three times, it's useless. Could you chase it from your end please? Ta, Siobhan"],
  ['refund_request', false, 'en', 'US', '', "Hi, I cancelled my order within an hour of placing it and you confirmed the cancellation, but my debit card was still charged $64.99 and it's been 9 days. Can you please look into it?"],
  ['refund_request', false, 'en', 'CA', '', "The Visa I paid with was closed last month (card was compromised). Where does the refund for my return go now? Amazon says it was issued Friday but I can't see it anywhere."],
  ['product_question', false, 'en', 'AU', '', "Before I buy, do you ship to Tasmania and roughly how long does it take to get to Hobart?"],
  ['refund_request', false, 'en', 'IN', '', 'Sir, I ordered the pressure cooker with COD and paid ₹2,350 cash to delivery boy. Later I returned it because not needed, pickup done on 14th. How will I get my cash back, I have not received any link for bank details.'],
  ['delivery_status', false, 'de', 'DE', '', 'Moin, die Sendungsverfolgung hängt seit Montag bei „Sendung wurde an Hermes übergeben“. Kommt da noch was?'],
  ['refund_request', false, 'de', 'AT', '', 'Grüß Gott, ich habe den Heizlüfter am 3. zurückgeschickt, Sie haben den Eingang bestätigt. Auf meinem Konto ist bis heute kein Betrag eingegangen. Bitte um Überprüfung. MfG'],
  ['other', false, 'de', 'DE', '', 'Bitte nicht vor dem 15. verschicken, wir sind bis dahin im Urlaub und niemand kann das Paket annehmen.'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonsoir, mon colis est indiqué « en attente de dédouanement » depuis une semaine. Je dois faire quelque chose de mon côté ?"],
  ['refund_request', false, 'fr', 'BE', '', "Bonjour, j'ai été débité deux fois pour la même bouilloire, une seule commande apparaît dans mon compte. Merci de me rembourser le doublon."],
  ['delivery_status', false, 'fr', 'CA', '', 'allo, Postes Canada dit que le colis est rendu au comptoir du dépanneur mais ils le trouvent pas. vous pouvez vérifier?'],
  ['delivery_status', false, 'it', 'IT', '', 'Buonasera, il pacco risulta in giacenza presso il centro BRT di Bologna da martedì. Come faccio a farmelo consegnare?'],
  ['refund_request', false, 'it', 'IT', '', "Salve, avevo pagato 9,90 di spedizione express ma il materasso è arrivato dopo 8 giorni come una spedizione normale. Chiedo il rimborso della differenza."],
  ['thanks', false, 'it', 'IT', '', 'Visto adesso il riaccredito sulla carta, tutto a posto. Grazie!'],
  ['delivery_status', false, 'es', 'ES', '', 'Hola, ¿sabéis algo del pedido? Correos Express pone "en reparto" desde el viernes y hoy es miércoles.'],
  ['refund_request', false, 'es', 'MX', '', 'Buen día, pagué en OXXO pero el pedido se canceló solo porque según ustedes no se registró el pago. Ya tengo el ticket, ¿cómo recupero mis $780?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Me llegó el pedido pero la caja venía abierta y falta una de las dos sartenes.'],
  ['delivery_status', false, 'nl', 'NL', '', 'Hoi, volgens PostNL ligt mijn pakket bij een pakketpunt maar ik heb geen idee welke. Kunnen jullie dat nagaan?'],
  ['refund_request', false, 'nl', 'BE', '', 'Dag, het retourpakket is vorige week door jullie ontvangen maar het bedrag staat nog altijd niet op mijn rekening. Wanneer mag ik het verwachten?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Dzień dobry, paczka miała być w paczkomacie wczoraj, a dalej jest w sortowni. Co się dzieje?'],
  ['refund_request', false, 'sv', 'SE', '', 'Hej! Jag avbeställde ordern innan den skickades men har fortfarande inte fått tillbaka pengarna på kortet. Kan ni kolla?'],
  ['delivery_status', false, 'pt', 'BR', '', 'Oi, o rastreio tá parado em "objeto em trânsito" desde o dia 2. Vocês conseguem ver o que houve?'],
  ['refund_request', false, 'tr', 'TR', '', 'Merhaba, siparişi iptal ettim ama kartımdan çekilen 1.249 TL hâlâ iade edilmedi. Yardımcı olur musunuz?'],
  // ── batch 2
  ['delivery_status', false, 'ja', 'JP', '', '荷物どこ'],
  ['delivery_status', false, 'ja', 'JP', '', 'お世話になります。先週金曜に注文した加湿器ですが、配送状況が「輸送中」のまま5日間動いておりません。寒くなってきたので早めに使いたく、おおよその到着日だけでも教えていただけますか。'],
  ['refund_request', false, 'ja', 'JP', '', '注文をキャンセルしたのにクレジットカードの請求に載ってました。取り消しになってるか確認お願いします。'],
  ['refund_request', false, 'ja', 'JP', '', '同じ商品が翌日セールで3割引きになってました…。購入してまだ2日なので、差額を返していただくことはできませんか？返品するのも手間なので。'],
  ['delivery_status', true, 'ja', 'JP', '', '発送はいつ頃になりますか？急ぎなので、日程が決まったらこちらのメールに直接連絡ください。kenta.m0412@gmail.com'],
  ['product_question', false, 'ja', 'JP', '', '北海道の離島ですが、こちらの商品は配送対象ですか？注文前に確認したいです。'],
  ['delivery_status', false, 'en', 'US', '', 'my tracking went from Memphis to Oakland and now back to Memphis?? is it lost'],
  ['refund_request', false, 'en', 'US', 'charged after cancelling', "Hello, I turned off Subscribe & Save for the coffee pods back in August but I was charged again on Sept 12 and Oct 12 for shipments I never asked for. I'd like both charges reversed please."],
  ['refund_request', true, 'en', 'US', '', 'The blender went on sale for $40 less two days after I bought it. Refund me the difference today or I am leaving a 1 star review and filing an A to z. Not sending anything back.'],
  ['other', true, 'en', 'UK', '', "Please post it out today and mark it as dispatched, my bank transfer will clear on Monday, you have my word."],
  ['thanks', false, 'en', 'AU', '', 'refund landed this morning, all sorted. cheers for being quick about it'],
  ['delivery_status', false, 'en', 'IN', '', 'Hello seller, it is showing "out for delivery" since morning 7 AM and now it is 9 PM, still not came. Will it come today or tomorrow? Please inform.'],
  ['delivery_status', false, 'de', 'CH', '', 'Grüezi, das Päckli steckt offenbar beim Zoll in Basel fest. Muss ich da etwas einreichen oder erledigen Sie das?'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, bei der Bestellung wurde mir Versand berechnet obwohl ich Prime habe. Die 4,99 hätte ich gern zurück.'],
  ['delivery_status', false, 'de', 'DE', '', 'Wann kommt das Zeug endlich??'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, vous m'aviez proposé un geste commercial de 15 € suite au retard de livraison, je n'ai toujours rien reçu sur ma carte. Pouvez-vous vérifier ? Bien à vous, Mme Lefort"],
  ['delivery_status', false, 'fr', 'FR', '', "Salut, le suivi Colissimo affiche « votre colis a été remis à un autre transporteur » et plus rien depuis. C'est qui l'autre transporteur ?"],
  ['other', false, 'fr', 'FR', '', "Si possible, merci de ne pas mettre de facture dans le colis, c'est un cadeau."],
  ['refund_request', false, 'it', 'IT', '', "Ciao, ho annullato l'ordine il giorno stesso ma mi hanno addebitato lo stesso 32 euro su PayPal. Quando rientrano?"],
  ['delivery_status', false, 'it', 'CH', '', 'Buongiorno, il collo è fermo alla dogana di Chiasso da quattro giorni. Sapete dirmi i tempi?'],
  ['cancel_request_message', false, 'it', 'IT', '', 'Se non è ancora partito lasciate perdere, non mi serve più. Grazie'],
  ['delivery_status', false, 'es', 'ES', '', 'Buenas, me pone que el paquete está en un Punto Pack pero no me dice cuál ni me ha llegado el SMS con el código. ¿Me ayudáis?'],
  ['refund_request', false, 'es', 'ES', '', 'Hola. Os devolví las zapatillas porque me quedaban pequeñas, pero me habéis reembolsado 41,90 en lugar de 59,90. Faltan 18 euros.'],
  ['delivery_status', false, 'es', 'MX', '', 'oigan ya van 3 semanas y nada del pedido, ni guía ni nada'],
  ['delivery_status', false, 'nl', 'NL', '', 'Goedemiddag, ik heb nog steeds geen track & trace ontvangen voor mijn bestelling van vorige week. Is hij al verzonden?'],
  ['refund_request', false, 'pl', 'PL', '', 'Dzień dobry, zwrot został odebrany przez kuriera 10 dni temu, a pieniądze nadal nie wróciły na konto. Proszę o informację.'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, paketet skulle komma till ombudet i fredags men det har inte dykt upp. Vet ni var det är?'],
  ['refund_request', false, 'pt', 'PT', '', 'Olá, fui cobrado duas vezes pela mesma encomenda no MB Way. Podem devolver um dos pagamentos?'],
  ['delivery_status', false, 'tr', 'TR', '', 'Merhaba, kargom 4 gündür aktarma merkezinde bekliyor. Ne zaman teslim edilir?'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka dotarła, wszystko w porządku. Dziękuję!'],
];

export const TRAINING_DELIVERY_REFUND_9: Example[] = fromRows(rows);
