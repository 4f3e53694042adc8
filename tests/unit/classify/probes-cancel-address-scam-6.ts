/**
 * Round-6 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * style of the evaluation data (natural, medium length, one clear concern plus context, polite openings and sign-offs,
 * realistic order details, the marketplace of the language, Amazon's inquiry-wrapper subjects). This round varies the
 * products and situations widely (large appliances, baby and pet supplies, car parts, cosmetics and food with dates,
 * books, furniture, business purchase orders, konbini payment, gifts abroad) and mixes in look-alikes that must stay
 * false. Never copied or paraphrased from the dev corpus or the earlier probe files. Written in batches; each batch was
 * run before any fix (the figures are in the commit messages).
 */
import type { Category } from '@/lib/classify/taxonomy';
import type { Example } from './examples';

type Row = [Category, boolean, string, string, string, string];

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
];

export const PROBES_6: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: Array<[...Row, string]> = [
];

export const KNOWN_GAPS_6: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
