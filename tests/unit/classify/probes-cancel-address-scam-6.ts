/**
 * Round-6 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * style of the evaluation data (natural, medium length, one clear concern plus context, polite openings and sign-offs,
 * realistic order details, the marketplace of the language, Amazon's inquiry-wrapper subjects). This round varies the
 * products and situations widely (large appliances, baby and pet supplies, car parts, cosmetics and food with dates,
 * books, furniture, business purchase orders, konbini payment, gifts abroad) and mixes in look-alikes that must stay
 * false. Never copied or paraphrased from the dev corpus or the earlier probe files. Written in batches; each batch was
 * run before any fix (the figures are in the commit messages).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_message", false, "ja", "JP", "田中 誠様からのお問い合わせ（注文番号：503-2284719-6610382）", "いつもお世話になっております。先日注文したドラム式洗濯機ですが、設置スペースを測り直したところ防水パンに収まらないことが分かりました。誠に勝手ながら、発送前であればご注文を取り消していただけないでしょうか。何卒よろしくお願いいたします。"],
  ["cancel_request_message", false, "ja", "JP", "", "ごめんなさい、さっき頼んだ猫のおやつ、同じのがまだ家に3袋あった…キャンセルってまだ間に合いますか？"],
  ["cancel_request_message", false, "ja", "JP", "", "コンビニ決済を選んで注文しましたが、支払期限までに払い込みできそうにありません。お手数ですが、この注文はなかったことにしていただけますか。申し訳ありません。"],
  ["address_change", false, "ja", "JP", "お届け先住所の誤りについて", "お世話になっております。本日注文した日本酒ギフトセットの件です。番地を「3-12-5」と入力すべきところ「3-21-5」と入力してしまいました。発送前に修正をお願いできますでしょうか。"],
  ["address_change", true, "ja", "JP", "", "お世話になります。購入した炊飯器ですが、実はベトナムに住む兄へのお土産です。ホーチミンの兄の家まで送っていただけませんか。追加料金は銀行振込でお支払いします。"],
  ["address_change", false, "ja", "JP", "", "注文時に受取人を主人の名前にしてしまいましたが、平日は私しか家にいないので、受取人を私（鈴木 花子）に変更していただけますか。住所はそのままで大丈夫です。"],
  ["cancel_request_message", false, "en", "US", "Inquiry from Amazon customer Rachel Owens (Order: 113-5520918-3374216)", "Hello, I ordered the wooden dollhouse as a Christmas gift for my niece but my sister just told me the grandparents are already getting her one. Is there any way to stop this order before it goes out? Many thanks, Rachel"],
  ["cancel_request_message", false, "en", "IN", "", "Hello seller, i have order the screen protector for Samsung A54 but my phone is A34 model. please i want to cancel it, sorry for inconvenience."],
  ["cancel_request_message", false, "en", "US", "Duplicate PO", "Good afternoon, our purchasing department placed a duplicate order for 20 boxes of nitrile gloves (order 112-7730192-4418265). Please void the second order; we only need the one shipment. Regards, Facilities Team, Brightwell Dental"],
  ["address_change", false, "en", "US", "", "Hi, I just noticed the zip code on my order for the protein bars is 30307 but it should be 30308. Same neighborhood, I just typed it wrong. Could you update it before shipping? Thank you!"],
  ["address_change", true, "en", "US", "", "Hello, I need this car stereo sent to my freight forwarder in Miami instead, they consolidate my packages and ship them on to Jamaica. I will send you the suite number. Please confirm."],
  ["address_change", true, "en", "US", "", "hey so the hoverboard is actually a bday present for my buddy in Phoenix, could u ship it to his place instead of mine? ill send u his address. thx"],
  ["damaged_or_defective", true, "en", "UK", "", "The face cream I received is out of date, the best before was last month. I'm not sending it back, that's your problem. Refund me today or I'm opening an A-to-z claim and leaving one star."],
  ["refund_request", false, "en", "US", "", "The dog bed is a bit smaller than I thought but my dog loves it so I'm keeping it. Could you refund the extra I paid for express shipping though? It came 4 days late."],
  ["product_question", true, "en", "US", "", "Hi, I'd like to buy 50 units of these phone chargers for my shop. Can we do this over WhatsApp? +234 803 555 0192. Better price for both of us."],
  ["address_change", false, "en", "UK", "", "Hi there, we're moving house this weekend (staying in Leeds, just a different street). The sofa bed is due on Monday so could it go to 14 Harehills Lane, LS8 5BJ instead? Thank you!"],
  ["product_question", false, "en", "UK", "", "Do you deliver to Northern Ireland? I want to order the tumble dryer but some sellers don't. Thanks"],
  ["cancel_request_message", false, "de", "DE", "Anfrage von Amazon-Kunde Anna Weber (Bestellung: 304-1187265-9902831)", "Guten Tag, ich habe gestern die Kinderschuhe in Größe 28 bestellt, mein Sohn braucht aber doch 29. Ich würde die Bestellung gern zurückziehen und neu bestellen. Geht das noch? Viele Grüße, Anna Weber"],
  ["address_change", false, "de", "DE", "", "Hallo, ich habe bei meiner Bestellung (Hundefutter, 12 kg) die Postleitzahl falsch eingegeben: richtig ist 50667, nicht 50676. Köln stimmt. Könnten Sie das bitte korrigieren? Danke!"],
  ["address_change", true, "de", "DE", "", "Sehr geehrte Damen und Herren, die bestellte Kaffeemaschine ist ein Geschenk für meine Schwester in Spanien. Bitte liefern Sie direkt zu ihr nach Valencia. Ihre Adresse schicke ich Ihnen per E-Mail."],
  ["cancel_request_message", false, "de", "DE", "", "Können Sie meinen Auftrag über 3 Autofußmatten bitte stornieren? Die passen laut Hersteller doch nicht in meinen Golf 7. Danke"],
  ["cancel_request_message", false, "fr", "FR", "", "Bonjour, j'ai passé commande d'un lave-vaisselle hier mais notre propriétaire vient de nous en installer un neuf. Est-ce que vous pourriez annuler l'envoi ? Merci et bonne journée, Camille"],
  ["address_change", false, "fr", "FR", "", "Bonjour, j'ai oublié de préciser le bâtiment et l'étage pour la livraison du canapé : bâtiment C, 4e étage. Pouvez-vous l'ajouter à l'adresse ? Cordialement"],
  ["address_change", true, "fr", "FR", "", "Bonjour, ce coffret de maquillage est pour ma nièce qui vit en Côte d'Ivoire. Pouvez-vous l'envoyer à Abidjan ? Je vous règle les frais en plus par virement."],
  ["cancel_request_message", false, "it", "IT", "", "Buonasera, ho acquistato il seggiolino auto ma mia suocera ce ne ha regalato uno identico. Sarebbe possibile annullare l'ordine? Grazie in anticipo, Francesca"],
  ["address_change", false, "it", "IT", "", "Salve, ho appena notato che nell'indirizzo ho scritto Via Garibaldi 18 ma il numero giusto è 81. Potete correggere prima della spedizione? Grazie"],
  ["cancel_request_message", false, "es", "ES", "", "Hola, buenas. Pedí unas zapatillas de running en talla 42 pero ya las encontré en la tienda de mi barrio. ¿Sería posible cancelar la compra? Un saludo"],
  ["address_change", true, "es", "ES", "", "Hola, necesito que el pedido de la batidora se envíe a la casa de mi madre en Caracas, Venezuela, porque es un regalo. ¿Pueden hacerlo? Gracias"],
  ["address_change", false, "es", "ES", "", "Buenas tardes, en el pedido del colchón puse el piso 3 pero es el 5º B. ¿Pueden corregirlo antes del envío? Gracias"],
  ["cancel_request_message", false, "nl", "NL", "", "Goedemiddag, ik heb gisteren een kattenkrabpaal besteld maar die is te groot voor onze woonkamer. Zou u de bestelling willen annuleren? Met vriendelijke groet"],
  ["cancel_request_message", false, "pl", "PL", "", "Dzień dobry, chciałbym anulować zamówienie na dywaniki samochodowe, pomyliłem model auta. Z góry dziękuję"],
  ["address_change", false, "sv", "SE", "", "Hej! Jag skrev fel lägenhetsnummer i min beställning av bokhyllan. Det ska vara lgh 1102, inte 1012. Kan ni ändra det? Tack"],
  ["address_change", false, "pt", "PT", "", "Olá, enganei-me no código postal da encomenda das botas: é 4050-123 e não 4050-132. Conseguem corrigir antes do envio? Obrigada"],
  ["cancel_request_message", false, "tr", "TR", "", "Merhaba, dün sipariş ettiğim köpek mamasını yanlışlıkla iki kez almışım. Birini iptal edebilir misiniz? Teşekkürler"],
  // ── batch 2
  ["cancel_request_message", false, "ja", "JP", "", "お世話になっております。先ほど注文した電気ケトルですが、住所を旧住所のまま注文してしまいました。新しい住所で注文し直しますので、こちらの注文はキャンセルをお願いいたします。"],
  ["address_change", false, "ja", "JP", "", "来週、同じ市内で引っ越します。注文したカーテンの配送先を新しい住所（横浜市港北区日吉2-4-8）に変えていただけますか。よろしくお願いします。"],
  ["address_change", false, "ja", "JP", "", "住所の部屋番号まちがえた！303じゃなくて330です🙏 なおせますか？"],
  ["other", true, "ja", "JP", "", "セールのポイント還元が出荷日基準らしいので、今日中に出荷済みにだけしてもらえませんか。品物は来月の入荷後で構いません。"],
  ["damaged_or_defective", true, "ja", "JP", "", "届いたフライパン、初日からコーティングが剥がれてきました。返品はしませんので全額返金してください。対応いただけない場合は低評価をつけます。"],
  ["other", false, "en", "US", "", "Hi, I don't want to cancel anything, I just wondered if I can add a second pair of the same sneakers to my order so they ship together? Thanks"],
  ["cancel_request_message", false, "en", "US", "Inquiry from Amazon customer Kevin Liu (Order: 114-9902217-5538104)", "Hello, I accidentally ordered the 12-pack of oat milk with Subscribe & Save instead of a one-time purchase. Could you please cancel this one so I can reorder properly? Thank you"],
  ["cancel_request_message", false, "en", "US", "", "ordered the wrong phone case lol, its for iphone 14 not 15. can u cancel it b4 it ships"],
  ["address_change", true, "en", "UK", "", "Good day, kindly change the delivery address to my sister in Accra, Ghana. She will receive the laptop on my behalf. Reply me on my email for her details."],
  ["address_change", false, "en", "US", "", "Hello, my husband ordered the perfume as a surprise for me but put his own name on it. Could you change the recipient to my name, Laura Brooks? Same house, same address. Thanks"],
  ["delivery_status", false, "en", "US", "Order 112-4418290-7763021", "Hi, I see the item ships from China. Will it arrive before my trip to Mexico on the 20th? I ordered it last Monday. Thanks"],
  ["damaged_or_defective", false, "en", "US", "", "The blender stopped working after a week, it just clicks and won't spin. I want a refund or a replacement, otherwise I'll have to leave a bad review."],
  ["spam_or_suspicious", true, "en", "US", "Seller Notice", "Your listing has been flagged for a policy violation. Verify your account within 24 hours at http://amzn-seller-verify.co to avoid suspension."],
  ["address_change", false, "de", "DE", "", "Hallo, ich bin innerhalb von Hamburg umgezogen und habe vergessen, die Adresse im Konto zu ändern. Könnten Sie den Staubsauger an Eppendorfer Weg 12, 20259 Hamburg schicken? Danke"],
  ["cancel_request_message", false, "de", "DE", "", "Hi, kannst du meine Bestellung vom Handyhalter noch canceln? Hab mich vertan. Danke dir!"],
  ["damaged_or_defective", true, "de", "DE", "", "Der Akku des Staubsaugers hält nur 5 Minuten. Ich schicke das Ding nicht zurück, erstatten Sie mir den Kaufpreis, sonst gibt es eine negative Bewertung."],
  ["cancel_request_message", false, "fr", "FR", "", "slt, j'ai commandé deux fois la même coque par erreur, tu peux annuler une des deux stp ? merci"],
  ["address_change", false, "fr", "FR", "", "Bonjour, je déménage la semaine prochaine, toujours à Lyon (3e arrondissement). Pourriez-vous livrer le micro-ondes à ma nouvelle adresse : 14 rue Paul Bert ? Merci"],
  ["other", true, "fr", "FR", "", "Bonjour, pouvez-vous marquer ma commande comme expédiée maintenant ? Je suis en déplacement, l'envoi réel peut attendre mon retour le 15."],
  ["cancel_request_message", false, "it", "IT", "", "Buongiorno, il passeggino che ho ordinato ieri arriverebbe troppo tardi per noi, partiamo sabato. Vorrei disdire l'ordine se possibile. Cordiali saluti"],
  ["product_question", true, "it", "IT", "", "Salve, sono un rivenditore e vorrei acquistare 40 lampade da tavolo. Possiamo trattare direttamente fuori da Amazon? Il mio numero è 347 118 2290."],
  ["address_change", true, "it", "IT", "", "Ciao, il regalo è per mio fratello a Torino, potete spedirlo a lui invece che a me? Vi scrivo subito l'indirizzo."],
  ["cancel_request_message", false, "es", "MX", "", "Buenas noches, ocupo cancelar la orden de las llantas, me equivoqué de medida. ¿Me pueden ayudar? Gracias"],
  ["address_change", false, "es", "ES", "", "Hola, me acabo de dar cuenta de que en la dirección de envío falta la letra del número de casa (es 24B). ¿Podrían añadirla? Gracias"],
  ["address_change", false, "nl", "NL", "", "Hallo, ik heb het huisnummer verkeerd ingevuld bij mijn bestelling van de koffiemolen. Het moet 27a zijn in plaats van 72. Kunt u dat aanpassen?"],
  ["cancel_request_message", false, "pl", "PL", "", "Witam, proszę o anulowanie zamówienia nr 405-2290118-6673024, kupiłam przez pomyłkę zły rozmiar kurtki. Pozdrawiam"],
  ["cancel_request_message", false, "sv", "SE", "", "Hej, jag vill avbeställa mina vinterdäck, jag har hittat dem billigare i en butik. Tack på förhand"],
  ["address_change", true, "pt", "BR", "", "Oi, quero que vocês enviem o fone pro meu primo que mora em Portugal, é presente de aniversário. Dá pra mandar direto pra ele?"],
  ["address_change", false, "tr", "TR", "", "Merhaba, siparişimdeki daire numarası eksik, 7 numara olacak. Kargo gelmeden ekleyebilir misiniz?"],
  ["address_change", true, "tr", "TR", "", "Merhaba, ürünü yurt dışındaki kuzenime göndermenizi istiyorum, adresi WhatsApp'tan atarım."],
  // once known gaps, fixed since
  ["product_question",true,"en","US","","Hi, my card keeps getting declined on Amazon. Can I pay you through Zelle instead and you ship the grill to me? Let me know."],
  ["product_question", true, "ja", "JP", "", "この加湿器を事務所用にまとめて20台購入したいのですが、Amazonを通さずに直接取引できませんか？お見積りをいただけると助かります。"],
  ["product_question", true, "de", "DE", "", "Guten Tag, ich möchte 30 Stück von den Kinderrucksäcken für meinen Laden kaufen. Können wir das per WhatsApp besprechen? +49 176 22018834"],
  ["product_question", true, "es", "ES", "", "Hola, vi su producto y quiero comprar 10 unidades. ¿Les puedo pagar por Bizum y me lo mandan? Gracias"],
];

export const PROBES_6 = fromRows(rows);

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [];

export const KNOWN_GAPS_6 = fromGapRows(gaps);
