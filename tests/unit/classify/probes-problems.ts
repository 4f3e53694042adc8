/**
 * Probe messages for the "problem" categories (damaged_or_defective, return_request, refund_request, delivery_status):
 * written for these tests the way other buyers write (never copied or paraphrased from the dev corpus), to check
 * that the phrase families generalise: keigo and casual Japanese, half-width kana, typos and no punctuation,
 * Amazon's inquiry wrapper, two concerns in one message (the taxonomy's priority order decides), negations,
 * near-misses of neighbouring categories, and scam flags both true and look-alikes that must stay false.
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── damaged_or_defective: English, native and not
  ['damaged_or_defective', false, 'en', 'US', '', 'hi got the stick vacuum yesterday and the handle snapped clean off the second time i used it. can you send a new one'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'The phone case has a big scratch right across the back, looks like it was used before. Not impressed.'],
  ['damaged_or_defective', false, 'en', 'US', 'Monitor issue', 'Hello, the monitor has three dead pixels in the middle and the screen flickers every few seconds. What are my options?'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Zipper came off after wearing the jacket twice. For $120 I expected better quality.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'You sent me the 64GB version instead of the 128GB one I paid for. Please fix this.'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'I am fairly sure the perfume I received is counterfeit, the batch code does not exist and it smells nothing like the original.'],
  ['damaged_or_defective', false, 'en', 'IN', 'Inquiry from Amazon customer Ravi Kumar (Order: 171-4829301-5520394)', 'Dear sir, product received is not working properly from first day itself. Kindly arrange replacement at the earliest. Regards'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The mug came chipped on the rim. Also, when does the second one in my order ship?'],
  ['damaged_or_defective', false, 'en', 'US', '', 'the box was soaking wet when it got here and the book inside is all warped and the pages are stuck together'],
  ['damaged_or_defective', false, 'en', 'AU', '', 'The charger gets really hot and smells like burning plastic after 5 min. Is this normal? Feels unsafe'],
  ['damaged_or_defective', true, 'en', 'US', '', 'Earbuds stopped working after a day. Just refund me on PayPal at mike.r.buys@gmail.com, faster than going through Amazon.'],
  ['damaged_or_defective', false, 'en', 'CA', 'Wrong item', 'Ordered the queen size sheet set and what arrived is a twin. Order 702-1183920-4410293.'],

  // ── damaged_or_defective: Japanese
  ['damaged_or_defective', false, 'ja', 'JP', 'ドライヤーについて', 'お世話になっております。先日購入したドライヤーですが、使用中に焦げ臭いにおいがして急に止まってしまいました。大変恐縮ですが、ご対応をお願いできますでしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届いた箱がびしょ濡れで、中の本も水濡れでふやけていました'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ﾘﾓｺﾝのﾎﾞﾀﾝを押しても全然効かないです'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'Mサイズを注文したのにLサイズが届きました。交換してもらえますか'],
  ['damaged_or_defective', false, 'ja', 'JP', '佐藤様からのお問い合わせ（注文番号：250-3381022-1928374）', '本日届いたモニターですが、液晶にドット抜けが2か所あります。初めから不良品だったのではないでしょうか。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ファスナーすぐ壊れたんだけど'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '組み立てようとしたらネジ穴の位置がずれていて取り付けできません'],

  // ── damaged_or_defective: EU and others
  ['damaged_or_defective', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Jörg Lange (Bestellung: 302-5512093-7781920)', 'Guten Tag, das Display des Tablets hat einen Riss und flackert ständig. Ich bitte um eine Lösung.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Statt der schwarzen Variante wurde mir die weiße geliefert.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonjour, la lampe clignote sans arrêt et s'éteint toute seule au bout de dix minutes."],
  ['damaged_or_defective', false, 'fr', 'FR', '', "J'ai reçu un pull taille S au lieu du M commandé."],
  ['damaged_or_defective', false, 'it', 'IT', '', "Il telefono si spegne da solo e la batteria si scarica in un'ora. È nuovo!"],
  ['damaged_or_defective', false, 'es', 'ES', '', 'La pantalla llegó con una grieta en la esquina, no se puede usar así.'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'me mandaron la talla M en vez de la L que pedi'],
  ['damaged_or_defective', false, 'pt', 'PT', '', 'Olá, a tela veio trincada. O que faço?'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Şarj aleti bozuk geldi, değişim istiyorum.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Er ontbreken twee schroeven in de doos, ik kan de kast niet in elkaar zetten.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Locket var sprucket när paketet kom.'],

  // ── return_request: English
  ['return_request', false, 'en', 'US', '', 'hey so the shoes fit fine but my wife hates the colour lol. any way i can send them back?'],
  ['return_request', false, 'en', 'UK', '', 'Would it be possible to exchange the medium for a large? Never worn, tags on.'],
  ['return_request', false, 'en', 'US', '', 'Bought this as a gift but they already have one. Is the return window still open?'],
  ['return_request', false, 'en', 'US', 'Inquiry from Amazon customer Lisa Moreno (Order: 113-5592011-2039481)', "Hi! The dress is lovely but too long for me, I'm 5'1. Could I swap it for the petite version? Thanks so much!"],
  ['return_request', false, 'en', 'US', '', "I don't want a refund, I just want to swap it for the blue one if you have it."],
  ['return_request', false, 'en', 'UK', '', "Nothing is wrong with it, I just found it cheaper elsewhere. I'd like to send it back please."],
  ['return_request', false, 'en', 'US', '', 'i accidentally ordered 2 of these. can i send one back, its still sealed'],

  // ── return_request: Japanese
  ['return_request', false, 'ja', 'JP', 'カーテンの返品について', 'お世話になっております。先日注文したカーテンですが、部屋の雰囲気に合わなかったため返品させていただきたく存じます。未開封のままです。'],
  ['return_request', false, 'ja', 'JP', '', 'いらなくなっちゃったので送り返してもいいですか？'],
  ['return_request', false, 'ja', 'JP', '', 'ﾍﾝﾋﾟﾝできますか'],
  ['return_request', false, 'ja', 'JP', '', 'イメージと違ったので返品したいのですが送料はどちらの負担になりますか'],
  ['return_request', false, 'ja', 'JP', '', '色がちょっと派手すぎたので、ベージュに取り替えていただけないでしょうか。まだ着ていません。'],

  // ── return_request: EU and others
  ['return_request', false, 'de', 'DE', '', 'Kann ich die Jacke noch zurückgeben? Sie gefällt mir leider doch nicht.'],
  ['return_request', false, 'de', 'AT', '', 'Ich würde den Pullover gerne gegen eine Nummer größer tauschen.'],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, j'ai changé d'avis, est-ce que je peux vous le retourner ?"],
  ['return_request', false, 'it', 'IT', '', 'Salve, posso fare il reso? Ho cambiato idea, è ancora sigillato.'],
  ['return_request', false, 'es', 'ES', '', '¿Se puede cambiar por una talla más grande? Me queda justo.'],
  ['return_request', false, 'es', 'MX', '', 'Hola, me arrepentí de la compra, ¿cómo la devuelvo?'],
  ['return_request', false, 'pt', 'BR', '', 'Quero devolver o produto, não gostei da cor.'],
  ['return_request', false, 'sv', 'SE', '', 'Kan jag byta tröjan mot en större storlek?'],
  ['return_request', false, 'pl', 'PL', '', 'Chcę zwrócić buty, są za małe.'],

  // ── refund_request
  ['refund_request', false, 'en', 'US', '', "It's been 3 weeks since you got my return and the money still isn't back on my card."],
  ['refund_request', false, 'en', 'US', '', 'The price went down by $20 the day after I bought it, any chance of getting the difference back?'],
  ['refund_request', false, 'en', 'UK', '', 'i returned it and the tracking says you got it on the 5th but i still dont see the credit on my account'],
  ['refund_request', false, 'en', 'US', '', 'Delivery took 3 weeks instead of 3 days and I missed the event. I would like some compensation for the delay.'],
  ['refund_request', false, 'en', 'US', '', 'I returned the damaged kettle two weeks ago and the refund still has not come through.'],
  ['refund_request', true, 'en', 'UK', '', 'Please send my refund straight to my PayPal, it is quicker than waiting for Amazon.'],
  ['refund_request', false, 'ja', 'JP', '', '返品した商品の返金はいつになりますか？'],
  ['refund_request', false, 'ja', 'JP', '', 'カードに2重で請求が来ています。確認してください'],
  ['refund_request', false, 'ja', 'JP', '配送遅延の件', '予定より10日遅れて届きました。送料分だけでも返していただけませんか。'],
  ['refund_request', false, 'ja', 'JP', '', 'お世話になっております。先月返品いたしました件につきまして、返金処理の状況を教えていただけますでしょうか。'],
  ['refund_request', false, 'de', 'DE', '', 'Ich habe den Artikel vor zwei Wochen zurückgesendet, das Geld ist aber immer noch nicht auf meinem Konto.'],
  ['refund_request', false, 'fr', 'FR', '', "Bonjour, j'ai été prélevée deux fois pour la même commande."],
  ['refund_request', false, 'it', 'IT', '', 'Ho restituito il pacco ma i soldi non sono ancora rientrati sulla carta.'],
  ['refund_request', false, 'es', 'MX', '', 'Me cobraron dos veces el mismo pedido, ¿me pueden regresar uno?'],
  ['refund_request', false, 'pl', 'PL', '', 'Zapłaciłem dwa razy za to samo zamówienie.'],

  // ── delivery_status: English
  ['delivery_status', false, 'en', 'US', '', 'any update on my order? its been 10 days'],
  ['delivery_status', false, 'en', 'UK', '', 'Has my parcel left yet? Need it before Saturday.'],
  ['delivery_status', false, 'en', 'UK', '', "Order still showing 'preparing for dispatch' after 5 days, is everything ok?"],
  ['delivery_status', false, 'en', 'US', '', 'Could you let me know the shipping status of order 113-2283910-5512093? Thanks a lot!'],
  ['delivery_status', false, 'en', 'IN', '', 'Sir my parcel not reach till now kindly do the needful'],
  ['delivery_status', false, 'en', 'US', '', 'Thanks for the quick reply earlier! One more thing, when will the second box arrive?'],
  ['delivery_status', false, 'en', 'US', '', "I don't want to cancel, just tell me when it ships."],
  ['delivery_status', false, 'en', 'US', '', "It hasn't come yet. If it isn't here by Friday I want a refund."],
  ['delivery_status', true, 'en', 'US', '', 'When do you ship? Message me on Telegram @fastbuyer22 with the tracking, I do not check Amazon.'],

  // ── delivery_status: Japanese
  ['delivery_status', false, 'ja', 'JP', '', 'お世話になっております。3日に注文した商品の発送予定を教えていただけますか。'],
  ['delivery_status', false, 'ja', 'JP', '', 'まだ発送されていないようですが、いつ頃になりますか'],
  ['delivery_status', false, 'ja', 'JP', '', '配達済みになってるけど受け取ってない'],
  ['delivery_status', false, 'ja', 'JP', '', 'ｲﾂﾄﾄﾞｷﾏｽｶ'],
  ['delivery_status', false, 'ja', 'JP', '発送について', '発送はまだでしょうか。'],

  // ── delivery_status: EU and others
  ['delivery_status', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Petra Vogel (Bestellung: 302-8810293-4410291)', 'Hallo, ist meine Bestellung schon unterwegs? Liebe Grüße'],
  ['delivery_status', false, 'fr', 'FR', '', "Bonjour, avez-vous expédié ma commande ? Je n'ai aucune nouvelle."],
  ['delivery_status', false, 'it', 'IT', '', 'Il pacco risulta consegnato ma io non ho ricevuto niente.'],
  ['delivery_status', false, 'es', 'ES', '', '¿Ya enviaron mi pedido? Lo necesito para el sábado.'],
  ['delivery_status', false, 'pt', 'BR', '', 'Meu pedido ainda não chegou, já faz duas semanas.'],
  ['delivery_status', false, 'tr', 'TR', '', 'Siparişim hâlâ gelmedi, ne zaman gelir?'],
  ['delivery_status', false, 'sv', 'SE', '', 'Hej, har ni skickat min beställning än?'],
  ['delivery_status', false, 'nl', 'NL', '', 'Is mijn pakket al verzonden?'],
  ['delivery_status', false, 'pl', 'PL', '', 'Kiedy wyślecie paczkę?'],

  // ── near-misses that belong elsewhere (the taxonomy's priority order or its settled cases)
  ['address_change', true, 'en', 'US', '', 'Has it shipped yet? If not, please send it to my cousin in Lagos instead, I will pay the extra.'],
  ['product_question', false, 'en', 'US', '', 'Before I buy: is the glass tempered? Mine broke last time with another brand.'],
  ['other', false, 'en', 'UK', '', 'Please deliver after 6pm, nobody is home before then.'],
  ['return_request', false, 'en', 'US', '', "Nothing is damaged, I just changed my mind. How do I return it?"],
  // ── second round, written after the first fixes (a fresh check, not tuned line by line)
  ['damaged_or_defective', false, 'en', 'US', '', 'Received today, the glass top is in pieces.'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'half the biscuits were crumbled to dust, the packaging was terrible'],
  ['damaged_or_defective', false, 'en', 'US', '', 'the item i got looks nothing like the photos online'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Battery swelled up after a week of use and the case is bulging.'],
  ['damaged_or_defective', false, 'en', 'CA', '', 'It was supposed to be a pack of 10 but there are only 8.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'the printer jams every single time i print, tried different paper'],
  ['damaged_or_defective', false, 'en', 'UK', '', "Came with the wrong plug, it's a US plug and I'm in the UK."],
  ['damaged_or_defective', false, 'ja', 'JP', '', '開封したら中身が粉々でした'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '電池を入れても無反応です。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '注文した数より1個少なかったです。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'パソコンに接続しても認識されません。ケーブルを替えてもダメでした。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '写真と全然違うものが来ました'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Das Ladegerät lädt das Handy überhaupt nicht.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Le produit reçu ne correspond pas du tout à la photo.'],
  ['damaged_or_defective', false, 'it', 'IT', '', "Mi è arrivato un modello diverso da quello che ho ordinato."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Los auriculares solo se escuchan por un lado.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Vino sin el cargador y sin las instrucciones.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Het apparaat doet het niet, ook niet na opladen.'],
  ['return_request', false, 'en', 'US', '', 'Is it ok if I return the unopened one? Bought the wrong model by mistake.'],
  ['return_request', false, 'en', 'UK', '', 'can this be exchanged for a bigger size'],
  ['return_request', false, 'ja', 'JP', '', 'やっぱりいらないので返したいです'],
  ['return_request', false, 'ja', 'JP', '', '未使用なので返品って可能ですか？'],
  ['return_request', false, 'de', 'DE', '', 'Ich möchte von meinem Rückgaberecht Gebrauch machen.'],
  ['return_request', false, 'de', 'DE', '', 'Wie funktioniert die Rücksendung bei Ihnen?'],
  ['return_request', false, 'fr', 'FR', '', "Je voudrais faire un échange contre une taille 40."],
  ['refund_request', false, 'en', 'US', '', 'you guys still owe me $24.99 from the return'],
  ['refund_request', false, 'en', 'US', '', 'Return was accepted on the 3rd, when is the refund coming?'],
  ['refund_request', false, 'ja', 'JP', '', '返品した分のお金がまだ戻ってきていません'],
  ['refund_request', false, 'de', 'DE', '', 'Wann bekomme ich mein Geld zurück? Die Rücksendung ist seit einer Woche bei Ihnen.'],
  ['refund_request', false, 'it', 'IT', '', 'Quando riceverò il rimborso? Il reso vi è arrivato lunedì.'],
  ['refund_request', false, 'es', 'ES', '', '¿Cuándo recibiré el reembolso? Ya os llegó la devolución.'],
  ['refund_request', false, 'es', 'MX', '', '¿Cuándo me devuelven el dinero?'],
  ['refund_request', true, 'en', 'US', '', 'I sent it back already. Please refund to my Venmo instead of the card, it is faster.'],
  ['delivery_status', false, 'en', 'US', '', 'Hello, is there any way to find out where my parcel is?'],
  ['delivery_status', false, 'en', 'US', '', 'ordered 2 weeks ago nothing yet'],
  ['delivery_status', false, 'en', 'UK', '', 'Can you check with the courier? My package seems stuck somewhere.'],
  ['delivery_status', false, 'ja', 'JP', '', 'もう発送されましたか？'],
  ['delivery_status', false, 'ja', 'JP', '', '荷物いまどこにありますか'],
  ['delivery_status', false, 'de', 'DE', '', 'Leider ist das Paket bis heute nicht bei mir angekommen.'],
  ['delivery_status', false, 'fr', 'FR', '', 'Mon colis est bloqué depuis une semaine au centre de tri.'],
  ['delivery_status', false, 'it', 'IT', '', 'A che punto è la spedizione del mio ordine?'],
  ['delivery_status', false, 'es', 'ES', '', 'Mi paquete sigue sin llegar.'],
  ['delivery_status', false, 'en', 'FR', '', "Tracking shows it went through Germany, is that normal? I'm in France."],
  // near-misses of the broader families above: a feature asked before buying, damage denied, a return already done
  ['product_question', false, 'en', 'US', '', 'Does the screen flicker at low brightness? Thinking of buying one.'],
  ['thanks', false, 'ja', 'JP', '', '届きました。丁寧な梱包で破損もなく安心しました。ありがとうございます。'],
  ['thanks', false, 'en', 'UK', '', 'I returned the wrong size already and got my refund, thanks for the quick service.'],
  ['thanks', false, 'en', 'US', '', 'Arrived today, nothing damaged, thank you for the careful packing!'],
  // purchase terms before buying: no order yet, so return and delivery words ask about terms (decide.ts)
  ['product_question', false, 'en', 'US', '', 'What is your return policy on opened items? Thinking of buying two.'],
  ['product_question', false, 'en', 'US', '', "Before I buy, can I return it if it doesn't fit?"],
  ['product_question', false, 'ja', 'JP', '', '購入を検討しています。サイズが合わなかった場合、返品できますか？'],
  ['return_request', false, 'en', 'US', '', "I bought these boots last week but they don't fit. Can I return them? What is your return policy?"],
  // short Portuguese on amazon.com.br: the marketplace settles the language
  ['return_request', false, 'pt', 'BR', '', 'Posso trocar por outro tamanho?'],
  // once known gaps, fixed in scam.ts: money wired to the buyer's bank, "keeping the item" under an A-to-z threat, a
  // country the tracking shows
  ['return_request', true, 'en', 'US', '', 'I want to return it but wire me the money back to my bank account first, then I will post it.'],
  ['refund_request', true, 'en', 'US', '', "I want my money back but I'm keeping the item. Do it by tonight or I file an A-to-z claim."],
  ['delivery_status', false, 'en', 'US', '', "The tracking says my package is in Indonesia?? I live in Ohio. What's going on?"],
];

/**
 * Probes these rules get right but the message as a whole does not, because of a part outside rules/damaged, return,
 * refund and delivery: each names the culprit. Run with it.fails, so a fix elsewhere makes the test fail and the row
 * moves up into `rows`.
 */
const gaps: GapRow[] = [];

export const PROBES = fromRows(rows);

export const KNOWN_GAPS = fromGapRows(gaps);
