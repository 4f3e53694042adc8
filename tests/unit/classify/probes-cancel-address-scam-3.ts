/**
 * Round-3 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * style of the evaluation data (natural, medium length, one clear concern plus context, polite openings and sign-offs,
 * realistic order details, the marketplace of the language, Amazon's inquiry-wrapper subjects). New situations,
 * products and wordings: never copied or paraphrased from the dev corpus or the earlier probe files. Written in
 * batches; each batch was run before any fix (the figures are in the commit messages).
 */
import type { Category } from '@/lib/classify/taxonomy';
import type { Example } from './examples';

type Row = [Category, boolean, string, string, string, string];

const rows: Row[] = [
  // ── batch 1
  ['cancel_request_message', false, 'ja', 'JP', '山田 花子様からのお問い合わせ（注文番号：250-3381920-4471032）', 'お世話になっております。本日午前に注文した象印の電気ケトルの件ですが、家族が同じものを買ってきてしまいました。お手数ですが、今回の注文は取り消しをお願いできますでしょうか。よろしくお願いいたします。'],
  ['cancel_request_message', false, 'ja', 'JP', '', '昨日注文したスニーカー、サイズをよく確認せずに買ってしまいました。まだ発送前でしたらキャンセル希望です。お手数おかけします。'],
  ['cancel_request_message', false, 'ja', 'JP', '注文の取消について', '先ほどアプリからキャンセルの手続きをしたのですが、ステータスが変わらないので念のためご連絡しました。処理のほどよろしくお願いいたします。'],
  ['address_change', false, 'ja', 'JP', '', 'お世話になります。注文時にマンション名が抜けていました。「パークハイツ桜台 305」を追加していただけますか。よろしくお願いします。'],
  ['address_change', true, 'ja', 'JP', '', '購入した腕時計ですが、台湾に住んでいる姉への誕生日プレゼントなので、姉の住所に直接送っていただけないでしょうか。送料の差額はお支払いします。'],
  ['address_change', false, 'ja', 'JP', '佐藤様からのお問い合わせ', '届け先の郵便番号を一桁間違えて入力していました。正しくは160-0023です。発送前に直していただけると助かります。'],
  ['cancel_request_message', false, 'en', 'US', 'Inquiry from Amazon customer Derek Mills (Order: 111-4429017-3318840)', 'Hi, I ordered the Anker power bank on Sunday but my company just issued me one, so I no longer need it. If it hasn\'t shipped yet, could you cancel the order for me? Thanks, Derek'],
  ['cancel_request_message', false, 'en', 'US', '', 'Hello, is it too late to stop this order? I found the same desk lamp at a store near me. Thank you.'],
  ['cancel_request_message', false, 'en', 'UK', 'Order 204-5517730-2289014', 'Hi, I submitted a cancellation request through my account about an hour ago, just wanted to check you received it before the order is dispatched. Thanks, Priya'],
  ['address_change', false, 'en', 'US', '', 'Hi, I just noticed the order is going to my old address on Elm Street. I moved last month. Could you update it to 42 Birch Lane, Apt 3, Columbus OH 43215? Thank you'],
  ['address_change', false, 'en', 'UK', '', 'Good morning, the flat number on my order is missing. It should be Flat 12B, Harbour View Court. Everything else is correct. Cheers, Tom'],
  ['address_change', true, 'en', 'US', 'Inquiry from Amazon customer Kwame Mensah (Order: 114-8820193-5521706)', 'Hello seller, I bought 3 pieces of the Bosch drill. Please I want you to ship them to my business partner in Accra, Ghana, he will receive on my behalf. I will pay the extra shipping through Western Union. Thanks'],
  ['address_change', false, 'en', 'US', '', 'Hi! The recipient name on my order should be Maria Lopez, not Mario Lopez, it was a typo. The address is the same. Thanks!'],
  ['cancel_request_message', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Sabine Krüger (Bestellung: 302-5518273-9901245)', 'Guten Tag, ich habe heute Morgen einen Wasserkocher bestellt, den ich jetzt doch nicht mehr benötige. Könnten Sie die Bestellung bitte stornieren, falls sie noch nicht verschickt wurde? Vielen Dank und freundliche Grüße'],
  ['address_change', false, 'de', 'DE', 'Lieferanschrift', 'Hallo, ich habe beim Bestellen eine veraltete Adresse angegeben. Die richtige lautet: Bergstraße 7, 01069 Dresden. Können Sie das noch anpassen? Danke!'],
  ['address_change', true, 'de', 'DE', '', 'Hallo, die Bestellung ist ein Geschenk für meinen Cousin in Polen. Könnten Sie das Paket direkt zu ihm nach Krakau schicken? Die Adresse gebe ich Ihnen per WhatsApp.'],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, j'ai passé commande hier soir d'une lampe de bureau mais je me suis trompé de couleur. Serait-il possible d'annuler la commande avant l'expédition ? Je repasserai commande. Merci d'avance, Julien"],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, je viens de m'apercevoir qu'il manque le numéro de l'appartement dans mon adresse : c'est le 24, 3e étage. Pourriez-vous l'ajouter sur le colis ? Merci beaucoup"],
  ['address_change', true, 'fr', 'FR', '', "Bonjour, pouvez-vous envoyer ma commande chez ma sœur au Maroc ? C'est pour son anniversaire, je vous paierai les frais de port en plus."],
  ['cancel_request_message', false, 'it', 'IT', '', 'Buongiorno, ho ordinato per errore due confezioni di capsule invece di una. È possibile annullarne una? Grazie mille, Laura'],
  ['address_change', false, 'it', 'IT', 'Indirizzo', "Salve, nell'indirizzo ho dimenticato di indicare la scala e l'interno: Scala B, interno 7. Riuscite ad aggiungerlo? Grazie"],
  ['cancel_request_message', false, 'es', 'ES', '', 'Hola, buenos días. Hice un pedido de unas zapatillas ayer pero me he dado cuenta de que la talla no es la correcta. ¿Podrían cancelarlo antes de que salga? Muchas gracias.'],
  ['address_change', true, 'es', 'MX', '', 'Buenas tardes, quisiera que el pedido lo envíen a casa de mi cuñado en Guatemala, él lo va a recoger ahí. Yo pago lo que falte de envío. Gracias'],
  ['address_change', false, 'es', 'ES', '', 'Hola, me equivoqué al poner el número del portal, es el 15 y no el 51. La calle y el código postal están bien. Gracias'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Goedemiddag, ik heb per ongeluk de verkeerde kleur besteld. Kunt u de bestelling annuleren? Alvast bedankt.'],
  ['address_change', false, 'pl', 'PL', '', 'Dzień dobry, w adresie brakuje numeru mieszkania, powinno być m. 14. Czy można to jeszcze dopisać? Pozdrawiam'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej, jag beställde fel storlek av misstag. Kan ni stoppa ordern innan den skickas? Tack!'],
  ['address_change', true, 'pt', 'BR', '', 'Olá, boa tarde. Comprei o fone de ouvido para a minha sobrinha que mora em Angola, vocês conseguem enviar direto para ela? Pago o frete à parte.'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Merhaba, siparişimi yanlışlıkla iki kez vermişim. Birini iptal edebilir misiniz? Teşekkürler.'],
  // once a known gap: rules/delivery.ts now reads 'will it arrive before Saturday'
  ['delivery_status', false, 'en', 'US', '', "I don't want to cancel, I just want to know if it will arrive before Saturday. It's for my son's party. Thanks"],
  // ── batch 2
  ['product_question', true, 'ja', 'JP', '', 'このバッグ、A4サイズの書類は入りますか？Amazonのメッセージはあまり開かないので、LINE追加してくれたらそっちで話しましょう。ID：mika_0315'],
  ['delivery_status', true, 'ja', 'JP', '', '発送日はいつ頃になりますか？LINE登録してもらえればすぐ返事できます。よろしくです'],
  ['other', false, 'es', 'ES', '', 'Hola, por favor no me lo manden antes del día 12, estaré de viaje y no habrá nadie en casa para recogerlo. Gracias'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Buenas, ya pedí la cancelación desde la aplicación hace un rato. ¿Me pueden confirmar que no se va a enviar? Gracias'],
  ['cancel_request_message', false, 'ja', 'JP', '', '先程、注文履歴からキャンセル依頼を出しました。まだ発送されていないか確認していただけますか。'],
  ['return_request', false, 'en', 'UK', '', "Hi, I bought these hiking boots for a trip that got cancelled. They're unworn and still in the box, can I still send them back?"],
  ['cancel_request_message', false, 'en', 'UK', 'Inquiry from Amazon customer Margaret Hughes (Order: 026-1184920-7731058)', 'Good afternoon, I placed an order for the Philips air fryer this morning but have since found out my sister is giving me one for my birthday. Would you be able to cancel it please? Kind regards, Margaret'],
  ['cancel_request_message', false, 'en', 'US', '', 'Hello. Please can my order for the garden hose be cancelled? I ordered the 15m one but I need the 30m. Thanks'],
  ['address_change', true, 'en', 'US', '', "Hi, I ordered the baby monitor as a gift. Could you please deliver it to my daughter's home in Dubai instead? I can give you her address. Thanks a lot"],
  ['address_change', false, 'en', 'UK', '', 'hi i put the wrong postcode on my order its meant to be LS6 2QT not LS6 2TQ sorry'],
  ['address_change', false, 'en', 'IN', '', 'Dear seller, please note the landmark for my delivery address is near Shiv Mandir, behind Reliance Fresh. Kindly update in the order so delivery boy can find the house.'],
  ['other', true, 'en', 'US', '', 'Please mark the order as shipped today, my company needs the shipping confirmation for our records. You can send the actual item next week.'],
  ['damaged_or_defective', true, 'en', 'US', '', "The lamp came with a deep scratch on the base. I want a full refund and I'm keeping it, otherwise I will file an A-to-z claim."],
  ['cancel_request_message', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, ich möchte meine Bestellung vom 3. März (Kaffeemühle) widerrufen, da ich das Gerät inzwischen im Laden gekauft habe. Bitte bestätigen Sie mir die Stornierung. Mit freundlichen Grüßen'],
  ['address_change', false, 'de', 'DE', '', "Guten Tag, bei meiner Bestellung fehlt im Adressfeld der Zusatz 'c/o Meier'. Ohne den Namen am Briefkasten kommt das Paket nicht an. Könnten Sie das ergänzen?"],
  ['address_change', true, 'de', 'DE', '', 'Hallo, ich habe zwei Jacken bestellt. Bitte schicken Sie die Sendung an meine Schwester nach Wien, sie hat nächste Woche Geburtstag. Danke!'],
  ['address_change', false, 'de', 'DE', 'Neue Adresse', 'Hallo, ich bin innerhalb von Hamburg umgezogen, die neue Adresse ist Eppendorfer Weg 55, 20259 Hamburg. Können Sie die Lieferung dorthin schicken?'],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, suite à une erreur de ma part, j'ai commandé deux fois le même tapis. Merci de bien vouloir annuler la seconde commande. Cordialement, Nathalie"],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, j'ai inversé deux chiffres dans le code postal : c'est 31400 et non 31040. Le reste de l'adresse est correct. Bonne journée"],
  ['address_change', true, 'fr', 'FR', '', 'Bonjour, je suis revendeur au Sénégal. Pouvez-vous envoyer le colis directement à mon client à Dakar ? Je paie la différence par virement.'],
  ['cancel_request_message', false, 'it', 'IT', '', "Buonasera, ho effettuato l'ordine stamattina ma ho visto che il prezzo è sceso. Vorrei annullarlo e rifarlo, è possibile? Grazie"],
  ['address_change', false, 'it', 'IT', '', "Ciao, ho notato che nel nome del destinatario c'è un errore: è Rossi, non Russo. L'indirizzo va bene. Potete correggerlo? Grazie"],
  ['address_change', true, 'it', 'IT', '', "Salve, l'ordine è un regalo per mia cugina che vive in Svizzera. Potete spedirlo direttamente a lei a Lugano? Pago io la differenza."],
  ['cancel_request_message', false, 'es', 'MX', '', 'Buen día, hice una orden por error, ¿me la pueden cancelar por favor? Gracias'],
  ['address_change', false, 'es', 'MX', '', 'Hola, en la dirección me faltó poner el número de departamento, es el 302. ¿Lo pueden agregar? Saludos'],
  ['cancel_request_message', false, 'pt', 'PT', '', 'Bom dia, encomendei por engano o tamanho errado. Seria possível cancelar a encomenda? Obrigada'],
  ['address_change', false, 'pt', 'BR', '', 'Oi, esqueci de colocar o número do apartamento no endereço, é apto 84 bloco B. Dá pra incluir? Obrigado'],
  ['address_change', true, 'tr', 'TR', '', "Merhaba, siparişi Almanya'daki kuzenime göndermenizi rica ediyorum, adresini mesajla ileteceğim."],
  ['address_change', false, 'nl', 'NL', '', 'Hallo, ik zie dat mijn straatnaam verkeerd gespeld is, het moet Kerkstraat zijn in plaats van Kerstraat. Kunt u dit aanpassen?'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Dzień dobry, proszę o anulowanie zamówienia, kupiłem ten sam produkt w sklepie stacjonarnym. Pozdrawiam'],
  ['address_change', false, 'sv', 'SE', '', 'Hej! Jag skrev fel portkod i adressen, den ska vara 4512. Kan ni ändra det? Tack'],
  // ── batch 3
  ['cancel_request_message', false, 'ja', 'JP', 'ご注文の件', '突然のご連絡失礼いたします。先日、御社で出品されているコーヒーメーカーを注文した者です。家族と相談した結果、今回は購入を見送ることになりました。お手数をおかけして大変恐縮ですが、ご対応いただけますと幸いです。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'ごめんなさい、間違えてポチっちゃったのでキャンセルしてもらえますか🙏'],
  ['cancel_request_message', false, 'ja', 'JP', '', '住所を間違えて入力してしまったので、一度キャンセルして注文し直そうと思います。キャンセルをお願いします。'],
  ['address_change', false, 'ja', 'JP', '', '同じ市内で引っ越しました。新しい住所は札幌市北区北十二条西3-5-8です。こちらに送っていただけますか。'],
  ['address_change', true, 'ja', 'JP', '株式会社サンライズ様からのお問い合わせ', '弊社の香港支社へ直接納品していただくことは可能でしょうか。住所は別途メールでお送りします。'],
  ['product_question', true, 'ja', 'JP', '', 'まとめて10個購入したいのですが、銀行振込で直接お取引できませんか？'],
  ['cancel_request_message', false, 'en', 'US', '', 'Hey, just ordered the wrong model of printer ink (I need the 252XL not the 252). Can you scrap the order so I can reorder? Thanks!'],
  ['cancel_request_message', false, 'en', 'IN', '', 'Sir, by mistake I have placed this order twice. Please cancel one quantity. Thank you'],
  ['cancel_request_message', false, 'en', 'US', '', 'I requested to cancel this through Amazon but it says the seller has to approve it. Can you please approve the cancellation? thanks'],
  ['address_change', false, 'en', 'UK', '', 'Hi, my surname is spelt wrong on the order, it should be Kowalczyk. Address is fine. Thanks'],
  ['address_change', false, 'en', 'UK', '', "Hello, could you please add 'Unit 5' to the first line of my address? The courier couldn't find us last time. Many thanks"],
  ['address_change', true, 'en', 'US', '', "Hello, I'm the buyer. Please change the delivery to my cargo agent in Miami: 8240 NW 30th Ter, Doral FL. They ship to my country every week."],
  ['address_change', true, 'en', 'AU', '', "Hi seller, my nephew lives in Jakarta and his birthday is on the 20th. Can you post the speaker to him there? I'll cover the postage. Thank you"],
  ['address_change', false, 'en', 'US', '', 'My wife will be home to receive it, please put her name Anna Berg as the recipient, same address. Thank you'],
  ['spam_or_suspicious', true, 'en', 'US', 'Amazon Seller Notice', 'Your payout has been put on hold due to incomplete tax information. Update your details within 48 hours at http://sellercentral-payout-review.com to avoid account closure.'],
  ['refund_request', true, 'en', 'UK', '', "Item is not what I wanted. Refund me now, I'm not sending it back. If I don't get my money today I'll leave 1 star and report you."],
  ['damaged_or_defective', false, 'en', 'US', '', "The charger stopped working after a week. I'm happy to send it back, just let me know how. Otherwise I'll have to leave a negative review."],
  ['cancel_request_message', false, 'de', 'DE', '', 'Hallo zusammen, ich hab mich vertan und zwei Stück bestellt statt einem. Könnt ihr eins davon streichen? Danke euch!'],
  ['address_change', false, 'de', 'DE', '', 'Guten Abend, meine Hausnummer ist nicht 12 sondern 21, ich habe mich da wohl vertippt. Bitte korrigieren, danke.'],
  ['invoice_request', true, 'de', 'DE', '', 'Sehr geehrter Verkäufer, können Sie mir die Rechnung an meine private E-Mail schicken? hans.meyer1960@web.de Danke'],
  ['cancel_request_message', false, 'fr', 'FR', '', 'slt jai commandé par erreur, tu peux annuler stp'],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, le nom sur l'étiquette doit être « Claire Dubois » et non « Claire Dubrois », merci de corriger avant l'envoi."],
  ['cancel_request_message', true, 'fr', 'FR', '', 'Bonjour, je voudrais annuler ma commande et vous la racheter directement, sans passer par Amazon. Appelez-moi au 06 12 34 56 78.'],
  ['cancel_request_message', false, 'it', 'IT', '', 'Salve, per un errore ho acquistato due volte lo stesso articolo. Vi chiedo cortesemente di annullare uno dei due ordini. Cordiali saluti'],
  ['cancel_request_message', false, 'es', 'ES', '', 'Hola, he comprado sin querer dos unidades. ¿Me podéis anular una de ellas? Un saludo'],
  ['address_change', false, 'es', 'ES', '', 'Buenas, al hacer el pedido se me olvidó indicar la escalera y la puerta: Escalera 2, 4ºB. ¿Podéis añadirlo? Gracias'],
  ['address_change', true, 'nl', 'NL', '', 'Hoi, kunnen jullie het pakket rechtstreeks naar mijn zus in België sturen? Ze is jarig volgende week.'],
  ['cancel_request_message', false, 'pl', 'PL', '', 'Witam, chciałbym anulować zamówienie, bo zamówiłem zły rozmiar. Dziękuję'],
  ['address_change', false, 'sv', 'SE', '', 'Hej, jag har glömt att skriva lägenhetsnumret, det är 1102. Kan ni lägga till det på paketet?'],
  ['cancel_request_message', false, 'tr', 'TR', '', 'Merhaba, siparişimi iptal etmek istiyorum, yanlış ürünü seçmişim. İyi çalışmalar.'],
  ['address_change', false, 'pt', 'BR', '', 'Olá! Na hora da compra coloquei o CEP antigo, o novo é 04567-020. Conseguem alterar?'],
  // ── batch 4
  ['address_change', false, 'ja', 'JP', '', '注文時に番地の後ろの「-301」が抜けていました。同じマンションの301号室です。お手数ですが追記をお願いします。'],
  ['address_change', false, 'ja', 'JP', '', '来週から出張で大阪のホテルに泊まるので、届け先をホテルに変更できますか？ホテル名と住所は下記のとおりです。'],
  ['address_change', true, 'ja', 'JP', '', '注文した部品をベトナムの工場に送ってもらえませんか。税関の書類には金額を低めに書いてください。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'すんません、注文まちごうたんでキャンセルしといてください'],
  ['cancel_request_message', false, 'ja', 'JP', '', '誠に恐れ入りますが、本注文を取り消していただきたく存じます。何卒よろしくお願い申し上げます。'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'Amazonのほうでキャンセル手続き済みです。念のためご連絡いたしました。発送されないようお願いします。'],
  ['address_change', true, 'en', 'IN', '', 'Hello, kindly ship the order to my office in Abu Dhabi instead of my home address in Mumbai. I will pay the difference. Regards'],
  ['address_change', false, 'en', 'US', '', "Hi, can you deliver to my office instead? It's on the same street, 220 King St, 3rd floor reception. I'm never home during the day."],
  ['delivery_status', true, 'en', 'US', '', "Hi, when will it ship? Please send the tracking to my telegram @andyk_shop, I'm not on the amazon app much"],
  ['other', true, 'en', 'US', '', 'I need the item urgently, can you ship it today? My bank says the payment has not cleared yet but I can send you a screenshot of the transfer.'],
  ['cancel_request_message', true, 'en', 'UK', '', 'Please cancel, I found it cheaper elsewhere. Btw I could buy 20 pcs directly from you if you give me your email.'],
  ['delivery_status', false, 'en', 'US', '', "My address is correct, but the courier left a note saying they couldn't find the house. Where is my parcel now?"],
  ['product_question', false, 'de', 'DE', '', 'Servus, ich wohne in Wien und würde gern auf amazon.de bestellen. Ich wollte nur fragen, ob Sie auch nach Österreich versenden.'],
  ['cancel_request_message', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Petra Lang (Bestellung: 302-7781920-5512783)', 'Guten Tag, leider habe ich mich im Modell geirrt. Ich bitte um Stornierung meiner Bestellung. Mit freundlichen Grüßen'],
  ['address_change', true, 'de', 'DE', '', 'Hallo, könnten Sie die Lieferung an die Firma meines Bruders umleiten? Adresse: Hauptstraße 3, 8001 Zürich.'],
  ['address_change', false, 'fr', 'FR', '', "Bonjour, j'ai déménagé dans le même quartier la semaine dernière, pouvez-vous livrer au 8 rue des Lilas au lieu du 14 ?"],
  ['cancel_request_message', false, 'fr', 'FR', '', "Bonjour, est-il encore temps d'annuler ma commande ? Je me suis trompée de taille. Merci"],
  ['address_change', true, 'fr', 'FR', '', 'Bonjour, mon neveu habite à Abidjan, pourriez-vous lui expédier directement la commande ? Je vous réglerai le supplément.'],
  ['address_change', false, 'it', 'IT', '', 'Buongiorno, abito sempre a Bologna ma ho cambiato casa: il nuovo indirizzo è Via Saragozza 120. Potete aggiornarlo? Grazie'],
  ['cancel_request_message', false, 'it', 'IT', '', "Ciao, posso ancora annullare l'ordine? Ho sbagliato colore."],
  ['address_change', true, 'es', 'ES', '', 'Hola, soy revendedor en Colombia. ¿Me pueden enviar los 6 cascos a mi bodega en Bogotá? Pago por Western Union.'],
  ['cancel_request_message', false, 'es', 'MX', '', 'Oigan, ya no ocupo el pedido, me lo cancelan porfa'],
  ['cancel_request_message', false, 'nl', 'NL', '', 'Beste, graag mijn bestelling annuleren, ik heb hem al ergens anders gekocht. Groet, Pieter'],
  ['address_change', false, 'nl', 'NL', '', 'Goedendag, ik ben vergeten de toevoeging A achter mijn huisnummer te zetten. Het is 23A. Kan dat nog mee?'],
  ['address_change', true, 'pl', 'PL', '', 'Dzień dobry, proszę wysłać paczkę do mojej córki do Niemiec, tam mieszka. Dopłacę za wysyłkę.'],
  ['cancel_request_message', false, 'sv', 'SE', '', 'Hej! Jag vill gärna avbeställa min order, den blev dubbelbeställd. Mvh Karin'],
  ['address_change', true, 'pt', 'PT', '', 'Olá, podem enviar a encomenda para a morada da minha filha em Paris? Ela vive lá. Obrigado'],
  ['address_change', false, 'tr', 'TR', '', 'Merhaba, adresimde daire numarasını yazmayı unutmuşum, daire 7. Ekleyebilir misiniz?'],
  ['address_change', true, 'tr', 'TR', '', "Siparişimi Almanya'da yaşayan abime gönderir misiniz? Ekstra kargo ücretini öderim."],
  ['other', false, 'en', 'US', '', "Hi, I ordered this as a gift for my brother but it's coming to my place, that's fine. Could you just leave the price tag off? Thanks"],
  // ── known gaps closed by the round-4 delivery.ts (ship date) and return.ts (… but I'll keep it) fixes
  ['delivery_status', true, 'en', 'US', '', "Hi, can you confirm the ship date? Reply to me at sandra.k.home@outlook.com please, I don't check Amazon messages often."],
  ['other', false, 'en', 'US', '', "No need to cancel anything, I just wanted to let you know I ordered the wrong colour but I'll keep it anyway. Have a good day"],
  // ── known gaps closed by the round-4 product.ts fixes (do you ship this to …, I'd like to order two if …, se ne prendo cinque)
  ['product_question', false, 'en', 'US', '', 'Do you ship this to Canada? I would like to order two if the shipping is not too high. Thanks'],
  ['product_question', true, 'it', 'IT', '', "Buongiorno, se ne prendo cinque posso pagare con bonifico direttamente a voi per avere uno sconto? Mi mandate l'IBAN?"],
];

export const PROBES_3: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: Array<[...Row, string]> = [
];

export const KNOWN_GAPS_3: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
