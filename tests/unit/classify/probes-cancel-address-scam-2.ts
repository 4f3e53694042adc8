/**
 * Round-2 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * styles the first round (probes-cancel-address-scam.ts) under-used: non-native English (Indian, Nigerian, Filipino,
 * Chinese and Arabic speakers), all-caps anger, one-liners and long rambling messages with the request in the middle;
 * casual Japanese with emoji, elderly keigo, business buyers (弊社・御社・発注), half-width katakana, no punctuation,
 * English words inside Japanese; du/Sie and Austrian/Swiss German, informal French (bjr, stp, jvoudrais), Spain and
 * Latin-American Spanish (ocupo, la orden); and at least six each in Portuguese (Brazil and Portugal), Turkish, Polish,
 * Dutch and Swedish. Scam look-alikes that must stay false sit beside the true cases. Never copied or paraphrased from
 * the dev corpus.
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── cancel_request_message: non-native, angry, one-line and rambling English
  ['cancel_request_message', false, 'en', 'IN', '', 'Dear sir/madam kindly cancel my order no 171-2290311-5540012 as i am not require it anymore. Kindly do the needful at the earliest.'],
  ['cancel_request_message', false, 'en', 'IN', '', 'sir i am order wrong size by mistake please make cancel this order i will order again correct one'],
  ['cancel_request_message', false, 'en', 'US', '', 'Good day, I wish to cancel the order i made yesterday night, my brother already buy same one for me. Thanks and God bless'],
  ['cancel_request_message', false, 'en', 'US', '', 'CANCEL MY ORDER NOW!!! I HAVE ASKED 3 TIMES ALREADY AND NOBODY ANSWER'],
  ['cancel_request_message', false, 'en', 'US', '', 'hi po, can i ask for cancellation of my order? i change my mind na. thank you po'],
  ['cancel_request_message', false, 'en', 'US', '', 'i need cancel this order sir'],
  ['cancel_request_message', false, 'en', 'UK', 'blender', "Hi there, so I ordered this blender last night around midnight after watching a load of reviews and honestly I was well excited, but this morning my mum told me she already got us one for Christmas (she can never keep a secret lol) so I won't be needing it after all, would it be possible to cancel before it goes out? Sorry for the hassle, I know it's annoying. Anyway hope you have a lovely day and thanks in advance!"],
  ['cancel_request_message', false, 'en', 'AE', 'Inquiry from Amazon customer Omar K. (Order: 402-7719920-1183341)', 'Dear, I am not want this order anymore, please do cancellation for it. Thanks dear'],
  ['cancel_request_message', false, 'en', 'US', '', 'Hello, this order please cancel. I find more cheap in other shop. Thank you very much.'],
  ['cancel_request_message', false, 'en', 'US', '', "I clicked 'Cancel items' yesterday but the status still shows Not yet shipped. Did you get my request?"],
  ['delivery_status', false, 'en', 'IN', '', 'I am not wanting to cancel the order, only tell me the delivery date please'],

  // ── cancel_request_message: Japanese (casual with emoji, elderly keigo, business, half-width, no punctuation, mixed)
  ['cancel_request_message', false, 'ja', 'JP', '', 'やっぱキャンセルで😢 まちがえてポチった'],
  ['cancel_request_message', false, 'ja', 'JP', '', '拝啓　時下ますますご清栄のこととお慶び申し上げます。さて、先日貴店にて注文いたしました品につきまして、誠に勝手ながら取り下げさせていただきたく、ご連絡申し上げました。何卒よろしくお願い申し上げます。敬具'],
  ['cancel_request_message', false, 'ja', 'JP', '株式会社ミナト様からのお問い合わせ', '御社ご担当者様\n弊社にて発注いたしました下記商品につきまして、社内手配の重複が判明いたしましたため、発注の取消をお願いしたく存じます。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'ﾁｭｳﾓﾝ ｷｬﾝｾﾙ ｼﾀｲﾃﾞｽ'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'すみません昨日注文した充電器ですがキャンセルしたいのですが可能でしょうか'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'お世話になります。先ほど order した iPhone case ですが、cancel お願いできますか？色を間違えました'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'アプリでキャンセルボタン押したんですけどまだ「未発送」のままです。ちゃんと取り消されてますか？'],
  ['cancel_request_message', false, 'ja', 'JP', '', '注文やめたいです！まだ発送してないですよね？'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'sumimasen, kinou chuumon shita mono wo kyanseru shitai desu. onegaishimasu'],

  // ── cancel_request_message: German (du/Sie, Austria, Switzerland), French, Italian, Spanish
  ['cancel_request_message', false, 'de', 'DE', '', 'Hey, kannst du meine Bestellung bitte stornieren? Hab mich vertan. LG Tom'],
  ['cancel_request_message', false, 'de', 'CH', '', 'Grüezi mitenand, ich würde die Bestellung gerne annullieren, sie ist doppelt. Merci vielmal'],
  ['cancel_request_message', false, 'de', 'AT', '', 'Servus, bitte die Bestellung canceln, brauch ich nimmer. Danke dir'],
  ['cancel_request_message', false, 'de', 'DE', 'Widerruf Bestellung 302-4410293-1120938', 'Sehr geehrte Damen und Herren, hiermit widerrufe ich meine Bestellung, die noch nicht versandt wurde. Ich bitte um eine kurze Bestätigung.'],
  ['cancel_request_message', false, 'de', 'DE', '', 'Ich habe schon auf "Artikel stornieren" geklickt, aber die Bestellung wird noch als offen angezeigt.'],
  ['cancel_request_message', false, 'fr', 'FR', '', 'bjr jvoudrais annuler ma cmd svp merci'],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, serait-il possible d'annuler ? J'ai commandé deux fois. Merci"],
  ['cancel_request_message', false, 'fr', 'FR', '', "J'ai déjà cliqué sur annuler dans mes commandes mais rien ne se passe, vous pouvez regarder ?"],
  ['cancel_request_message', false, 'it', 'IT', '', 'Buongiorno, vorrei disdire il mio ordine, grazie mille'],
  ['cancel_request_message', false, 'it', 'IT', '', "Ciao, si può annullare? L'ho preso per sbaglio"],
  ['cancel_request_message', false, 'es', 'MX', '', 'Buenas tardes, ocupo cancelar la orden porque me equivoqué de modelo, gracias'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Hola, ya no quiero el pedido, anúlenlo por favor'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Ya le di a cancelar en Mis pedidos pero sigue apareciendo como pendiente de envío, ¿lo podéis mirar?'],

  // ── cancel_request_message: the thin languages
  ['cancel_request_message', false, 'pt', 'BR', '', 'Oi, quero cancelar meu pedido, comprei errado'],
  ['cancel_request_message', false, 'pt', 'PT', '', 'Bom dia, gostaria de anular a encomenda, enganei-me no tamanho. Obrigada'],
  ['cancel_request_message', false, 'pt', 'BR', '', 'Boa tarde, vocês conseguem desistir da compra pra mim? Não preciso mais do produto'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Merhaba, siparişimi iptal eder misiniz? Yanlış ürünü seçtim.'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Sipariş iptali rica ediyorum, teşekkürler'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Selam, siparişi iptal ettim ama hala hazırlanıyor görünüyor, kontrol eder misiniz?'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, chciałbym zrezygnować z zamówienia. Proszę go nie wysyłać.'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Proszę anulować zamówienie, pomyliłam rozmiar. Dziękuję'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Graag de bestelling stopzetten, ik heb hem niet meer nodig'],
  ['cancel_request_message', false, 'nl', 'BE', '', 'Dag, mag ik mijn bestelling nog annuleren aub? Ik heb me vergist van model.'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej, kan ni avbryta min beställning? Jag beställde fel storlek.'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej jag vill ångra mitt köp, den har väl inte skickats än?'],

  // ── address_change, the buyer's own fix or move (not a scam)
  ['address_change', false, 'en', 'IN', '', 'sir my address is wrong in order, kindly change house no 12 to 21, near hanuman temple'],
  ['address_change', false, 'en', 'IN', '', 'i am not at home this week pls deliver to my office address, same city only'],
  ['address_change', false, 'en', 'US', '', 'PLEASE DO NOT SEND TO MY OLD ADDRESS!!! I MOVED. NEW ONE IS 22 OAK ST APT 3'],
  ['address_change', false, 'en', 'UK', '', "Hello, hope you're well. I bought this for my daughter's school project, she's really excited about it, we've been waiting ages for it to come back in stock. Anyway the reason I'm writing is that I realised I put our old postcode on the order, we moved in the summer (same town, just the other side of the park) and the new one is BN3 5QT. Sorry, my fault completely. Also does it come with batteries? Thanks so much, Karen"],
  ['address_change', false, 'ja', 'JP', '', '弊社の住所表記に誤りがございました。正しくは「3F」ではなく「5F」でございます。ご修正のほどお願い申し上げます。'],
  ['address_change', false, 'ja', 'JP', '', 'ごめん部屋番号ぬけてた💦 302です'],
  ['address_change', false, 'ja', 'JP', '', 'Sumimasen, jyuusho wo machigaemashita. Heya bangou wa 305 desu.'],
  ['address_change', false, 'de', 'DE', '', 'Hi, ich hab die falsche Adresse eingegeben, bitte an meine neue Adresse shippen: Lindenstr. 5, 10115 Berlin. Thx!'],
  ['address_change', false, 'fr', 'FR', '', "slt jme suis trompé dans l'adresse c'est au 14 pas au 41 tu peux changer stp"],
  ['address_change', false, 'es', 'MX', '', 'Buen día, puse mal la colonia en la dirección, es Del Valle no Del Valle Centro. ¿Lo pueden corregir?'],
  ['address_change', false, 'pt', 'PT', '', 'Olá, enganei-me na morada, o número da porta é 12 e não 21. Podem corrigir?'],
  ['address_change', false, 'pt', 'BR', '', 'esqueci de colocar o complemento do endereço, é apto 302 bloco B'],
  ['address_change', false, 'tr', 'TR', '', 'Merhaba, adresimi yanlış yazdım, daire numarası 5 olacak. Düzeltebilir misiniz?'],
  ['address_change', false, 'pl', 'PL', '', 'Witam, podałem zły numer mieszkania, powinno być 14 a nie 41'],
  ['address_change', false, 'nl', 'NL', '', 'Ik ben verhuisd, kan het pakket naar mijn nieuwe adres in Utrecht?'],
  ['address_change', false, 'nl', 'BE', '', 'Dag, ik heb me vergist in de postcode, het moet 2000 zijn ipv 2600. Alvast bedankt'],
  ['address_change', false, 'sv', 'SE', '', 'Hej, jag har flyttat, kan ni skicka till min nya adress istället? Samma stad.'],

  // ── address_change + scam: a third person or a destination abroad
  ['address_change', true, 'en', 'UK', '', 'Please help me send the item to my brother in Abuja, he will pick it there, I am currently in UK'],
  ['address_change', true, 'en', 'US', '', 'Hi po, can you ship it to my tita in Cebu instead? its her bday po. thank you'],
  ['address_change', true, 'en', 'US', '', 'Hello, I want change the receive address to my company, is in Shenzhen, China. Thank you'],
  ['address_change', true, 'en', 'AE', '', 'Dear, please I need you to send the order to my cousin in Riyadh, I will pay extra for shipping. Thanks dear'],
  ['address_change', true, 'ja', 'JP', '', 'これ韓国の友達にプレゼントしたいから直接送ってくれない？住所あとで送るね🙏'],
  ['address_change', true, 'ja', 'JP', '', '恐れ入りますが、お届け先を娘の家に変更していただくことは叶いますでしょうか。娘は同じ市内に住んでおります。'],
  ['address_change', true, 'ja', 'JP', '', '弊社シンガポール支社へ直接納品いただくことは可能でしょうか。担当者：田中'],
  ['address_change', true, 'pt', 'BR', '', 'Vocês conseguem mandar o pedido para minha tia que mora em Portugal? É presente de aniversário'],
  ['address_change', true, 'tr', 'TR', '', "Kargoyu Almanya'daki kuzenime gönderebilir misiniz? Doğum günü hediyesi."],
  ['address_change', true, 'pl', 'PL', '', 'Czy możecie wysłać to do mojej siostry w Niemczech? Ma urodziny'],
  ['address_change', true, 'nl', 'NL', '', 'Kunnen jullie het naar mijn zus in België sturen? Zij woont in Antwerpen.'],
  ['address_change', true, 'sv', 'SE', '', 'Kan ni skicka paketet till min kusin i Norge istället? Han fyller år.'],

  // ── scam: contact, payment or deal outside Amazon
  ['product_question', true, 'de', 'DE', '', 'Hast du noch mehr davon? Schreib mir auf Telegram @kaufmax'],
  ['product_question', true, 'fr', 'FR', '', "slt t'as encore ce modèle en bleu? écris moi à lucas.m77@hotmail.fr"],
  ['product_question', true, 'pt', 'BR', '', 'Posso pagar por pix direto com você? Fica mais barato pra nós dois. Tem em estoque?'],
  ['product_question', true, 'nl', 'NL', '', 'Stuur me even een appje op 06-12345678, dan regelen we het buiten Amazon'],
  ['product_question', true, 'pl', 'PL', '', 'Mogę zapłacić BLIKIEM bezpośrednio na telefon? Ile sztuk macie?'],
  ['product_question', true, 'sv', 'SE', '', 'Jag kan swisha dig direkt om du säljer billigare, har ni fler i lager?'],
  ['refund_request', true, 'en', 'US', '', 'Kindly send the refund directly to my bank account, my account number is 0123456789 GTBank. Thank you'],

  // ── scam: mark shipped before shipping
  ['other', true, 'it', 'IT', '', "Potete segnare l'ordine come spedito oggi? Mi serve per la nota spese, la merce può partire anche la settimana prossima"],
  ['other', true, 'ja', 'JP', '', '発送済みにだけしといてもらえる？実際の発送は来週でいいから'],

  // ── scam: refund without return under threat
  ['refund_request', true, 'en', 'US', '', 'I AM KEEPING IT AND I WANT FULL REFUND OR I WILL REPORT YOU TO AMAZON'],
  ['refund_request', true, 'fr', 'FR', '', 'Remboursez-moi intégralement, je garde le produit, sinon avis négatif'],
  ['refund_request', true, 'de', 'DE', '', "Ich will mein Geld zurück, das Teil behalte ich, sonst gibt's eine 1-Sterne-Bewertung"],
  ['damaged_or_defective', true, 'tr', 'TR', '', 'Ürün bozuk çıktı, geri göndermeyeceğim, paramı iade edin yoksa olumsuz yorum yazarım'],

  // ── scam: phishing and prize lures
  ['spam_or_suspicious', true, 'en', 'US', 'CONGRATULATIONS', 'CONGRATULATIONS!!! You are our lucky seller of the month, click the link to receive your reward https://tinyurl.com/lucky-reward-2024'],
  ['spam_or_suspicious', true, 'en', 'US', '', 'Dear friend you has been selected to receive $1000 bonus, kindly claim it at www.bonus-center.net before 48 hours'],
  ['spam_or_suspicious', true, 'tr', 'TR', '', 'Satıcı hesabınız askıya alınacak. Bilgilerinizi doğrulamak için bağlantıya tıklayın: http://amaz0n-seller-tr.com'],
  ['spam_or_suspicious', true, 'sv', 'SE', '', 'Ditt säljarkonto kommer att stängas av. Verifiera dina uppgifter här: http://amazon-se-verify.com'],

  // ── look-alikes that must stay false
  ['refund_request', false, 'en', 'IN', '', 'my refund still not come in my bank account, its been 10 days since you receive the return'],
  ['delivery_status', false, 'en', 'UK', '', 'Tracking shows my parcel is stuck in China for 2 weeks, when will it reach me?'],
  ['product_question', false, 'en', 'US', '', 'Can I pay with my Amazon gift card balance for this? Is it in stock?'],
  ['thanks', false, 'en', 'US', '', 'Thank you for the little gift card you put in the package, my son loved it!'],
  ['product_question', false, 'ja', 'JP', '', '海外に住む家族へのプレゼントに考えていますが、海外発送は対応していますか？'],
  ['product_question', false, 'de', 'AT', '', 'Liefert ihr auch in die Schweiz? Würde gern zwei bestellen.'],

  // ── a fresh batch written after the fixes above, to check that they generalise (not tuned one by one)
  ['cancel_request_message', false, 'en', 'US', '', 'PLS CANCEL. WRONG ITEM ORDERED. THX'],
  ['cancel_request_message', false, 'en', 'IN', 'Inquiry from Amazon customer Ravi S. (Order: 405-1120934-7781120)', 'Hello sir, by mistake two quantity is ordered, kindly cancel one quantity and send only one piece. Thanking you'],
  ['cancel_request_message', false, 'en', 'US', '', "ok so i literally just ordered this like 5 min ago and then my roommate walks in with the exact same one lol so yeah can you cancel it before it ships?? sorry!!"],
  ['cancel_request_message', false, 'ja', 'JP', '', '注文ミスったのでキャンセルしてもらっていいですか🙇‍♂️'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'いつも大変お世話になっております。先日ご注文申し上げた件でございますが、家族が既に同じ品を購入しておりましたので、誠に恐縮ながら注文を取り消させていただけますと幸いでございます。'],
  ['cancel_request_message', false, 'de', 'CH', '', 'Grüessech, chönd Sie d Bestellig bitte stornieren? Merci'],
  ['cancel_request_message', false, 'fr', 'FR', '', "bsr, c'est possible d'annuler ma commande ? jme suis trompé de couleur"],
  ['cancel_request_message', false, 'es', 'MX', '', 'Hola buenas, quisiera cancelar mi orden, ya no la ocupo. Gracias'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Cześć, da się jeszcze anulować zamówienie? Kupiłem nie ten model.'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Hallo, wil mijn order annuleren, heb het dubbel besteld. Mvg'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Siparişimi iptal etmenizi rica ederim, yanlışlıkla iki tane almışım.'],
  ['address_change', false, 'en', 'US', '', 'hi i wrote wrong house number its 221 not 212 pls update'],
  ['address_change', false, 'ja', 'JP', '', 'マンション名入れ忘れてました！サンハイツ201です'],
  ['address_change', false, 'it', 'IT', '', 'Ciao, ho scritto male il CAP, è 20121. Potete cambiarlo?'],
  ['address_change', false, 'sv', 'SE', '', 'Hej, jag glömde lägenhetsnumret i adressen, det är 1102. Tack!'],
  ['address_change', true, 'en', 'UK', '', 'Kindly post the parcel to my niece at her university in Dublin, Ireland, I will pay any difference.'],
  ['address_change', true, 'de', 'DE', '', 'Kannst du das Paket bitte an meinen Bruder in Wien schicken? Der hat nächste Woche Geburtstag.'],
  ['address_change', true, 'pt', 'PT', '', 'Boa tarde, consegue enviar a encomenda para o meu irmão em Angola? Pago a diferença.'],
  ['product_question', true, 'en', 'US', '', 'Do you have 200 pcs? I prefer we do the payment through Zelle and you ship direct, pls reply fast'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Herzlichen Glückwunsch', 'Sie wurden als Verkäufer des Monats ausgewählt! Klicken Sie hier, um Ihre Prämie zu erhalten: https://bit.ly/praemie-jetzt'],
  ['refund_request', true, 'en', 'US', '', "I'm keeping the headphones and I want half my money back, or I open an A-to-z claim today."],
  ['delivery_status', false, 'en', 'UK', '', 'Royal Mail tracking says the parcel is held in Germany at customs, any idea when it will get here?'],
  // look-alikes tried while checking the new lure, tracking and recipient phrases
  ['address_change', true, 'en', 'UK', '', 'the package is for my cousin in Lagos, please send it there'],
  ['address_change', true, 'en', 'UK', '', "It's for my daughter at uni, can you send it to her directly? 14 Park Lane, Leeds"],
  ['other', false, 'en', 'US', '', 'Did I get the free gift with this order? Photo of the box: http://imgur.com/a/x7Yq2'],
  ['delivery_status', false, 'en', 'UK', '', "The parcel went to Ireland by mistake according to the tracking, I'm in Manchester"],

  // ── a third hold-out batch (8 of 30 failed first): the thin languages again, imperatives and passives
  ['cancel_request_message', false, 'pt', 'BR', '', 'Oi, dá pra cancelar? Pedi o modelo errado'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Sipariş vermekten vazgeçtim, iptal edebilir misiniz?'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Proszę o anulację zamówienia, dziękuję'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Kan de bestelling nog geannuleerd worden? Alvast dank'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej! Går det att avbeställa ordern? Tack på förhand'],
  ['cancel_request_message', false, 'it', 'IT', '', 'salve vorrei annullare lordine grazie'],
  ['cancel_request_message', false, 'en', 'US', '', 'Kindly cancel the order, I ordered twice by mistake. Regards'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'キャンセルお願いできますでしょうか。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'ごめんなさい、さっきの注文取り消せますか？'],
  ['cancel_request_message', false, 'de', 'DE', '', 'Moin, bitte Auftrag stornieren, danke'],
  ['address_change', false, 'pt', 'BR', '', 'Oi, o CEP está errado, o correto é 01310-100'],
  ['address_change', false, 'tr', 'TR', '', 'Posta kodunu hatalı girmişim, 34710 olacak'],
  ['address_change', false, 'pl', 'PL', '', 'Zmieniłem adres, proszę wysłać na ul. Długa 5/3, Kraków'],
  ['address_change', false, 'nl', 'NL', '', 'Mijn huisnummer klopt niet, het is 14B'],
  ['address_change', false, 'sv', 'SE', '', 'Kan ni ändra adressen till Storgatan 12? Jag har flyttat inom stan.'],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, je me suis trompé de code postal, c'est 69003 et pas 69006"],
  ['address_change', true, 'tr', 'TR', '', 'Ürünü Hollanda\'daki arkadaşıma gönderebilir misiniz? Adresini yazacağım.'],
  ['address_change', true, 'pl', 'PL', '', 'Proszę wysłać paczkę do mojego kolegi w Anglii, zapłacę za przesyłkę'],
  ['address_change', true, 'sv', 'SE', '', 'Kan ni skicka det till min syster i Finland istället?'],
  ['address_change', true, 'nl', 'NL', '', 'Graag naar mijn neef in Marokko sturen, ik betaal extra'],
  ['address_change', true, 'pt', 'BR', '', 'Manda pro meu primo nos Estados Unidos, por favor, é presente'],
  ['address_change', true, 'en', 'US', '', 'pls ship to my freight forwarder in Miami, they will send it to Nigeria'],
  ['other', true, 'es', 'ES', '', '¿Podéis marcarlo como enviado ya? Lo necesito para justificar el gasto, el envío puede ser después'],
  ['refund_request', true, 'pt', 'BR', '', 'Quero meu dinheiro de volta e não vou devolver nada, senão dou uma estrela'],
  ['spam_or_suspicious', true, 'fr', 'FR', '', 'Félicitations ! Vous avez été sélectionné pour recevoir une carte cadeau de 300€. Cliquez ici : https://cutt.ly/cadeau'],
  ['spam_or_suspicious', true, 'es', 'ES', '', '¡Enhorabuena! Has ganado un premio de 500€, reclámalo aquí: https://bit.ly/premio-vendedor'],
  ['address_change', false, 'en', 'US', '', 'i just moved to a new apartment in the same building, its unit 4C now'],
  ['delivery_status', false, 'en', 'US', '', 'tracking says my package is sitting in Canada since monday, I am in Seattle. where is it going?'],
  // once known gaps: short Portuguese (language.ts stopwords)
  ['cancel_request_message', false, 'pt', 'PT', '', 'Boa tarde, queria anular o pedido que fiz ontem. Cumprimentos'],
  // once known gaps, fixed since
  ['product_question', true, 'tr', 'TR', '', 'Bu üründen toplu almak istiyorum, WhatsApp numaranızı verir misiniz?'],
  ['return_request', true, 'en', 'US', '', 'Please transfer the money to my account first then i will return the item back to you'],
  ['refund_request', true, 'es', 'ES', '', 'Quiero mi dinero de vuelta y me quedo con el producto, si no dejo una reseña negativa'],
  ['refund_request', false, 'en', 'US', '', 'I already sent it back last week, tracking attached. If the refund does not come I will have to open an A-to-z claim.'],
  ['delivery_status', false, 'en', 'US', '', "I'm visiting my parents in Spain next month, will the parcel arrive before I leave on the 5th?"],
];

export const PROBES_2 = fromRows(rows);

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: GapRow[] = [];

export const KNOWN_GAPS_2 = fromGapRows(gaps);
