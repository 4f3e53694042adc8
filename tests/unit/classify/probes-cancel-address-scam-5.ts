/**
 * Round-5 probe messages for cancel_request_message, address_change and the scam flag, written for these tests in the
 * style of the evaluation data (natural, medium length, one clear concern plus context, polite openings and sign-offs,
 * realistic order details, the marketplace of the language, Amazon's inquiry-wrapper subjects). This round varies the
 * products and situations (shoes, cosmetics, pet food, car parts, furniture, toys, konbini payment, business buyers,
 * gifts) and mixes in look-alikes that must stay false. Never copied or paraphrased from the dev corpus or the earlier
 * probe files. Written in batches; each batch was run before any fix (the figures are in the commit messages).
 */
import type { Category } from '@/lib/classify/taxonomy';
import type { Example } from './examples';

type Row = [Category, boolean, string, string, string, string];

const rows: Row[] = [
  // ── batch 1
  ["cancel_request_message", false, "ja", "JP", "山本 美香様からのお問い合わせ（注文番号：250-6618392-1047733）", "お世話になっております。本日午前中にベビーカーを注文した者です。家族と相談したところ、実家から譲ってもらえることになりましたので、大変申し訳ございませんが今回の注文は取り消しをお願いしたく存じます。お手数をおかけいたしますが、よろしくお願いいたします。"],
  ["cancel_request_message", false, "ja", "JP", "", "コンビニ払いで注文したプロテインですが、味を間違えて選んでしまいました。支払い前なのでこのまま払わなければ自動でキャンセルになりますか？できればそちらでキャンセル処理していただけると助かります。"],
  ["address_change", false, "ja", "JP", "お届け先について", "いつもありがとうございます。先ほど注文した猫砂の件ですが、マンション名の後ろの部屋番号「502」が抜けておりました。「グランドハイツ中野502号室」でお届けいただけますでしょうか。お手数ですがよろしくお願いします。"],
  ["address_change", true, "ja", "JP", "", "はじめまして。購入した化粧水セットですが、台湾に住んでいる姉へのプレゼントです。台北の姉の住所へ直接発送していただくことは可能でしょうか？送料の差額はお支払いします。"],
  ["other", false, "ja", "JP", "", "注文したソファですが、組み立てサービスを頼むか迷っています。来週の土曜日以降に届くようにしてもらえますか？平日は家にいません。"],
  ["cancel_request_message", false, "en", "US", "Inquiry from Amazon customer Derek Simmons (Order: 114-2271093-8856412)", "Hi, I ordered the brake pads for my 2016 Civic this morning but my mechanic just told me he already has a set in the shop. If it hasn't shipped yet could you please cancel the order? Sorry for the trouble. Derek"],
  ["address_change", false, "en", "US", "", "Hello! I accidentally used my work address for the dog food subscription order. Could you change it to my home address, 418 Maple Ave, Columbus OH 43215? Same city, I just picked the wrong saved address. Thanks so much"],
  ["address_change", true, "en", "UK", "Order 026-4410938-2281730", "Hi, this Lego set is for my nephew's birthday, he lives in Dublin. Could you send it directly to his address in Ireland rather than mine? I can pay any extra postage through PayPal if easier. Cheers, Gary"],
  ["cancel_request_message", false, "en", "CA", "", "Hi there, I no longer need the winter tires I ordered yesterday, the dealership threw in a set with the car. Please cancel before it ships. Thank you"],
  ["product_question", false, "en", "US", "", "Hi, before I order, do you ship to Puerto Rico? And is the expiry date on the vitamins at least a year out? Thanks"],
  ["other", true, "en", "US", "", "hi, i paid with gift card but amazon shows pending. can you just mark the order as shipped so the payment goes through? ill be patient for the actual delivery"],
  ["cancel_request_message", false, "en", "IN", "", "Dear sir, I have placed order for mobile back cover by mistake two times. Kindly cancel one order and do the needful. Thanking you"],
  ["address_change", false, "en", "AU", "", "Hi, just realised I wrote Smith St instead of Smyth St in the address for the air fryer. Postcode is right. Can you fix that on your end before posting? Cheers"],
  ["cancel_request_message", false, "de", "DE", "Anfrage von Amazon-Kunde Sabine Krüger (Bestellung: 302-5519034-7728116)", "Guten Tag, ich habe versehentlich das Kinderbuch in der falschen Sprache bestellt (Englisch statt Deutsch). Bitte stornieren Sie die Bestellung, ich bestelle dann die richtige Ausgabe neu. Vielen Dank und freundliche Grüße"],
  ["address_change", false, "de", "DE", "", "Hallo, bei der Lieferadresse für die Matratze fehlt der Zusatz \"3. OG links\". Der Fahrer kommt sonst nicht hoch. Können Sie das bitte noch ergänzen? Danke"],
  ["address_change", true, "de", "DE", "", "Guten Tag, ich betreibe einen kleinen Onlineshop und mein Kunde in Polen hat die Autositzbezüge bestellt. Bitte schicken Sie die Ware direkt an meinen Kunden nach Warschau, die Adresse schicke ich Ihnen gleich."],
  ["cancel_request_message", false, "de", "CH", "", "Grüezi, ich möchte meine Bestellung vom Montag (Kaffeekapseln, 10 Packungen) gerne stornieren, wir haben die Maschine zurückgegeben. Merci vielmals"],
  ["cancel_request_message", false, "fr", "FR", "Demande de renseignements de la part du client Amazon Julien Moreau", "Bonjour, j'ai commandé hier soir une paire de baskets en 43 mais je viens de voir que la même paire est en promo ailleurs. Pourriez-vous annuler ma commande si elle n'est pas encore partie ? Merci d'avance, Julien"],
  ["address_change", false, "fr", "FR", "", "Bonjour, je me suis trompée dans le numéro de rue pour ma commande de croquettes : c'est le 27 et non le 72 rue Victor Hugo. Est-il possible de corriger avant l'envoi ? Bonne journée"],
  ["address_change", true, "fr", "BE", "", "Bonjour, j'ai acheté ce parfum pour l'anniversaire de ma cousine qui habite au Maroc. Serait-il possible de l'expédier directement chez elle à Casablanca ? Je paierai les frais en plus. Merci"],
  ["cancel_request_message", false, "it", "IT", "Richiesta da un cliente Amazon", "Buongiorno, ho ordinato per errore due confezioni di crocchette per gatti invece di una. Potete annullare uno dei due ordini? Grazie mille, Chiara"],
  ["address_change", false, "it", "IT", "", "Salve, nell'ordine del tavolino da assemblare ho dimenticato di inserire la scala e l'interno: è scala B, interno 9. Riuscite ad aggiungerli all'indirizzo? Grazie"],
  ["address_change", true, "it", "IT", "", "Ciao, questo set di pentole è per mia figlia che studia a Barcellona. Potreste spedirlo direttamente a lei in Spagna? Vi mando l'indirizzo su WhatsApp."],
  ["cancel_request_message", false, "es", "ES", "Consulta de un cliente de Amazon (Pedido: 404-3381920-5516203)", "Hola, buenas tardes. Hice un pedido de una funda para el móvil pero me he dado cuenta de que es para otro modelo. ¿Me podéis anular el pedido, por favor? Gracias"],
  ["address_change", false, "es", "MX", "", "Buen día, en mi pedido de la licuadora puse mal el código postal, es 06700 y no 06070. ¿Lo pueden corregir antes de que salga? Saludos"],
  ["address_change", true, "es", "ES", "", "Hola, compré este patinete para mi sobrino que vive en Bogotá. ¿Sería posible enviarlo directamente a Colombia? Os pago la diferencia por transferencia."],
  ["cancel_request_message", false, "nl", "NL", "", "Hoi, ik heb per ongeluk de verkeerde maat hondenmand besteld. Kunnen jullie de bestelling nog tegenhouden? Dan bestel ik de goede opnieuw. Groetjes"],
  ["address_change", false, "pl", "PL", "", "Dzień dobry, w zamówieniu na buty podałam zły numer mieszkania, powinno być 14 a nie 41. Czy mogą Państwo to poprawić przed wysyłką? Dziękuję"],
  ["cancel_request_message", false, "pt", "BR", "", "Boa tarde, comprei a cadeira gamer ontem mas meu marido já tinha comprado uma igual. Vocês conseguem cancelar o pedido antes de enviar? Obrigado"],
  ["address_change", false, "tr", "TR", "", "Merhaba, siparişimde kapı numarasını yanlış yazmışım, 12 değil 21 olacak. Kargoya vermeden önce düzeltebilir misiniz? Teşekkürler"],
  // ── batch 2
  ["cancel_request_message", false, "ja", "JP", "", "お世話になります。昨日注文した電動歯ブラシの替えブラシですが、本体の型番に合わないことに気づきました。まだ発送されていないようでしたら、購入を取りやめさせてください。よろしくお願いいたします。"],
  ["cancel_request_message", false, "ja", "JP", "株式会社ミナト商事　購買部", "御社にて事務用チェアを10脚発注いたしましたが、社内稟議が差し戻しとなりました。誠に恐縮ですが、本発注はキャンセル扱いとしていただけますでしょうか。ご対応のほどよろしくお願い申し上げます。"],
  ["address_change", false, "ja", "JP", "", "すみません、注文した絵本の宛名を旧姓で登録したままでした。表札は「佐藤」になっているので、受取人名を佐藤に直していただけますか？住所は同じです。"],
  ["address_change", true, "ja", "JP", "", "こんばんは。アマゾンで買ったiPhoneケースを10個、シンガポールにいる友人の店に直接送ってほしいです。友人が店で売る予定なので、インボイスも店名でお願いします。"],
  ["address_change", false, "ja", "JP", "", "来週同じ区内で引っ越しをします。届くのが引っ越し後になりそうなので、お届け先を新住所の「世田谷区桜新町1-8-3 コーポ桜201」に変更できますか？"],
  ["cancel_request_message", false, "en", "US", "Inquiry from Amazon customer Melissa Grant (Order: 111-6628304-9917243)", "Good morning, my daughter placed this order for the unicorn slime kit on my account without asking. Could you cancel it please? I'm really sorry for the mix-up. Melissa"],
  ["cancel_request_message", false, "en", "UK", "", "Hi, I ordered the paperback but then noticed the Kindle version is half price. Can I still cancel the paperback before it's dispatched? Thanks a lot, Priya"],
  ["address_change", false, "en", "US", "", "Hey, the name on the order is my roommate's because I used her laptop. Can you put my name, Tasha Green, as the recipient? Same apartment, same address. Thx"],
  ["address_change", true, "en", "US", "", "Hello, my customer in Nigeria ordered 6 of these car phone mounts from me. Please ship them to my agent's warehouse in Lagos and I will handle the customs. Send me the invoice to my email dave.ik88@gmail.com"],
  ["other", true, "en", "UK", "", "Hi mate, I'll be paying once my wages come in on Friday but could you ship the speaker today? I'll sort the payment then, promise."],
  ["address_change", false, "en", "CA", "", "Hi, I'm moving across the hall in the same building next week, from unit 304 to unit 312. Can the TV wall mount go to 312 instead? Thanks!"],
  ["cancel_request_message", false, "en", "US", "", "I DONT WANT THIS ANYMORE. I ordered the wrong size cat tree and it says it ships tomorrow. CANCEL IT NOW PLEASE"],
  ["cancel_request_message", false, "de", "DE", "", "Hallo zusammen, ich hab die Winterjacke doppelt bestellt, einmal in M und einmal in L. Könnt ihr die Bestellung in L bitte stornieren? Die M behalte ich. LG Jana"],
  ["address_change", false, "de", "AT", "Anfrage von Amazon-Kunde Markus Huber (Bestellung: 303-2218840-6610723)", "Sehr geehrte Damen und Herren, ich habe bei der Bestellung der Sommerreifen versehentlich meine alte Adresse in Linz ausgewählt. Ich wohne jetzt in Linz-Urfahr, Hauptstraße 45. Bitte ändern Sie die Lieferadresse entsprechend. Mit freundlichen Grüßen"],
  ["product_question", false, "de", "DE", "", "Hallo, bevor ich bestelle: liefern Sie auch nach Österreich? Ich würde die Hundebox gerne zu meiner Wohnung in Salzburg bestellen. Danke"],
  ["cancel_request_message", false, "fr", "FR", "", "Bonsoir, je souhaiterais annuler la commande du canapé d'angle, le livreur ne pourra pas le monter au 5e sans ascenseur. Merci de votre compréhension."],
  ["address_change", true, "fr", "FR", "", "Bonjour, mon client au Sénégal attend ces pneus. Merci de les envoyer à mon transitaire à Roissy qui fera suivre à Dakar. Cordialement"],
  ["address_change", false, "fr", "CA", "", "Allo, j'ai oublié d'indiquer mon numéro d'appartement (app. 6) dans l'adresse pour les bottes d'hiver. Pouvez-vous l'ajouter? Merci beaucoup"],
  ["cancel_request_message", false, "it", "IT", "", "Salve, ho appena comprato il seggiolino auto ma mia suocera ce ne ha regalato uno identico. Vorrei annullarlo, se non è ancora stato spedito. Grazie e buona giornata"],
  ["address_change", false, "it", "IT", "", "Buonasera, per il mio ordine del materasso ho scritto via Garibaldi 12 ma il numero giusto è 21. Potete correggere l'indirizzo? Grazie mille"],
  ["address_change", true, "it", "IT", "", "Salve, mi serve che questo frullatore arrivi a mio fratello in Albania per il suo matrimonio. Potete mandarlo a lui a Tirana? Pago io la spedizione extra con bonifico."],
  ["cancel_request_message", false, "es", "MX", "", "Buenas tardes, ocupo cancelar mi orden del juego de sábanas porque se me pasó la medida, era matrimonial y no individual. Gracias de antemano"],
  ["address_change", false, "es", "ES", "", "Buenos días, me he dado cuenta de que en la dirección del pedido de la freidora falta el piso y la letra: es 3º B. ¿Podríais añadirlo? Muchas gracias"],
  ["address_change", true, "es", "US", "", "Hola, el taladro es para mi primo en Honduras, ¿me lo pueden mandar directo a Tegucigalpa? Les pago el envío aparte. Gracias"],
  ["cancel_request_message", false, "sv", "SE", "", "Hej! Jag beställde fel storlek på löparskorna. Kan ni avbryta ordern så beställer jag om? Tack på förhand"],
  ["address_change", false, "nl", "NL", "", "Goedemiddag, ik heb een verkeerd huisnummer ingevuld bij mijn bestelling van de kattenbak. Het moet 18 zijn in plaats van 81. Kunt u dat nog aanpassen? Groet, Sanne"],
  ["address_change", true, "pl", "PL", "", "Dzień dobry, kupiłem ten zegarek dla kolegi, który mieszka w Niemczech. Czy mogą Państwo wysłać go bezpośrednio do niego do Berlina? Dopłacę różnicę."],
  ["cancel_request_message", false, "pt", "PT", "", "Bom dia, gostaria de cancelar a encomenda do aspirador, encontrei mais barato numa loja física. Ainda não foi enviado. Obrigada"],
  ["address_change", false, "pt", "BR", "", "Oi, pessoal! No pedido da cafeteira esqueci de colocar o complemento, é apto 1203 bloco B. Dá pra incluir? Valeu"],
  ["cancel_request_message", false, "tr", "TR", "", "İyi günler, yanlışlıkla iki tane kedi maması sipariş ettim. Birini iptal edebilir misiniz? Teşekkür ederim."],
  // ── batch 3
  ["cancel_request_message", false, "ja", "JP", "", "先日注文した車のワイパーですが、適合表を見直したら自分の車種には付かないタイプでした😢 発送前ならキャンセルお願いできますか？もし発送済みなら返品の方法を教えてください。"],
  ["cancel_request_message", false, "ja", "JP", "木村 浩二様からのお問い合わせ", "注文履歴からキャンセルボタンを押したのですが、「キャンセルできませんでした」と表示されます。まだ発送前のはずなので、キャンセルの手続きをお願いできますでしょうか。"],
  ["address_change", false, "ja", "JP", "", "お世話になっております。注文時に郵便番号を「160-0023」と入れてしまいましたが、正しくは「160-0022」です。住所の他の部分は合っていますので、郵便番号だけ訂正をお願いいたします。"],
  ["address_change", true, "ja", "JP", "", "はじめまして、転送業者の住所で注文しています。届いたら韓国に送ってもらうので、箱は小さめで梱包していただけると助かります。あと、インボイスの金額は低めに書いてもらえますか？"],
  ["product_question", false, "ja", "JP", "", "こちらのキャットフードの賞味期限はどのくらい残っていますか？まとめて5袋買おうと思っているので、半年以上あれば購入します。"],
  ["cancel_request_message", false, "en", "US", "", "Hi, I ordered the 65\" TV last night but my wife found the same one at Costco for $150 less. I know it says preparing for shipment but can you please stop the order? I haven't got a tracking number yet. Thanks, Brian"],
  ["address_change", false, "en", "UK", "", "Morning, just a quick one. The delivery address for my order of the bike rack is missing the house name, \"Rose Cottage\". The postman struggles without it out here. Could you add it please? Many thanks, Sue"],
  ["address_change", true, "en", "AE", "", "Dear team, the perfume order is a gift for my sister in Riyadh. Please deliver it to her there and not to Dubai. I'll pay extra shipping to your account directly. Regards, Omar"],
  ["product_question", false, "en", "US", "", "Hi! I'm buying this as a gift and it'll ship straight to my mom's house, which is in the order already. Is there a way to include a gift note without the price on the packing slip?"],
  ["address_change", false, "en", "US", "Inquiry from Amazon customer Kevin Liu (Order: 113-7746102-3318850)", "Hello, my building's front desk changed and packages now need to say \"c/o Concierge\" in the address line. Could you add that to my order for the standing desk? It's a 70 lb box and they won't accept it otherwise. Thanks"],
  ["cancel_request_message", false, "en", "IN", "", "Respected sir/madam, i am ordered the shoes size 9 but my son size is 8 only. I dont want this order. Please cancel it and i will order again. Thank you"],
  ["other", false, "en", "US", "", "Hi, I don't want to cancel or change anything, just please don't leave the car battery on the porch, it's heavy and it gets stolen around here. Ring the bell. Thanks"],
  ["cancel_request_message", false, "de", "DE", "", "Moin, ich hab vorhin die Zahnbürste bestellt, aber aus Versehen die falsche Farbe gewählt. Kann man das noch rückgängig machen? Dann bestell ich neu. Danke dir!"],
  ["address_change", false, "de", "DE", "", "Hallo, ich ziehe Ende der Woche innerhalb Münchens um. Könnten Sie das Bücherregal bitte an meine neue Adresse in der Leopoldstraße 80 liefern statt an die alte? Vielen Dank"],
  ["spam_or_suspicious", true, "de", "DE", "", "Sehr geehrter Verkäufer, Ihr Verkäuferkonto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden unter http://amazon-seller-verifizierung.de/login, sonst wird Ihr Konto gesperrt. Ihr Amazon Team"],
  ["cancel_request_message", false, "fr", "FR", "", "Bonjour, j'ai commandé une crème de jour mais je viens de voir qu'elle contient un ingrédient auquel je suis allergique. Est-ce possible d'annuler avant l'expédition ? Merci beaucoup"],
  ["address_change", false, "fr", "FR", "Demande de renseignements de la part du client Amazon Claire Petit", "Bonjour, pour la commande du lit parapluie, le nom sur le colis est celui de mon mari mais c'est moi qui serai là pour réceptionner. Pouvez-vous mettre mon nom comme destinataire ? Même adresse. Merci"],
  ["cancel_request_message", false, "it", "IT", "", "Buongiorno, volevo chiedervi di annullare l'ordine delle tende oscuranti, le misure non vanno bene per le mie finestre. Grazie in anticipo"],
  ["address_change", false, "it", "IT", "", "Ciao, sto traslocando nello stesso quartiere la prossima settimana. Si può cambiare l'indirizzo di consegna del divano con quello nuovo, via dei Mille 7? Grazie"],
  ["product_question", true, "it", "IT", "", "Salve, sono interessato a 50 pezzi di questo caricatore per il mio negozio. Se mi fate un prezzo migliore possiamo fare l'ordine fuori da Amazon, pago con bonifico. Mi scriva a marco.negozio@libero.it"],
  ["cancel_request_message", false, "es", "ES", "", "Hola, buenas. Por favor, anulen el pedido del cepillo alisador, me lo han regalado por mi cumpleaños. Gracias"],
  ["address_change", false, "es", "AR", "", "Hola, ¿qué tal? Me equivoqué en la calle: puse Av. Rivadavia 3200 y es Av. Rivadavia 3020. ¿Lo pueden cambiar antes de despacharlo? Mil gracias"],
  ["address_change", true, "es", "ES", "", "Buenas, es una sorpresa para mi novia que está de Erasmus en Italia. ¿Podéis enviar el pedido a su residencia en Bolonia en vez de a mi casa? Gracias"],
  ["cancel_request_message", false, "nl", "BE", "", "Goedendag, mijn bestelling van de kinderfiets is dubbel doorgekomen. Wilt u één van de twee annuleren? Alvast bedankt"],
  ["address_change", false, "sv", "SE", "", "Hej, jag har flyttat till en ny lägenhet i samma stad och glömde uppdatera adressen innan jag beställde kaffebryggaren. Kan ni ändra till Vasagatan 9? Tack"],
  ["address_change", true, "pt", "BR", "", "Olá, comprei esse tênis para meu primo que mora em Portugal. Vocês conseguem enviar direto para Lisboa? Pago a diferença por Pix."],
  ["cancel_request_message", false, "pl", "PL", "", "Witam, chciałbym zrezygnować z zamówienia na oponę, kupiłem już u mechanika. Paczka jeszcze nie została wysłana. Pozdrawiam"],
  ["address_change", false, "tr", "TR", "", "Merhaba, aynı mahallede yeni bir daireye taşındım. Kahve makinesini yeni adresime gönderebilir misiniz? Adres: Bağdat Caddesi No:45 D:6"],
  ["cancel_request_message", false, "tr", "TR", "Amazon müşterisinden soru", "İyi akşamlar, köpek tasmasını yanlış renkte sipariş ettim. Siparişi iptal etmenizi rica ediyorum, doğru rengi yeniden alacağım."],
  ["cancel_request_message", true, "en", "US", "", "Hi, please cancel my order for the graphics card. Also, I can give you a better deal if you sell it to me directly, text me at 555-210-4488 and I'll pay through Zelle."],
  // ── batch 4
  ["address_change", true, "ja", "JP", "", "注文した電気ケトル、インドネシアの友達の誕生日プレゼントなので、ジャカルタに直接送ってもらえませんか？送料はPayPalで払います。"],
  ["address_change", false, "ja", "JP", "", "すみません、お届け先の建物名を書き忘れました。「メゾン青葉 203」を追加してもらえますか。同じ住所で名前を足すだけです。"],
  ["product_question", false, "ja", "JP", "", "購入前の質問です。こちらのスーツケースは海外旅行用に買う予定ですが、TSAロックは付いていますか？来月ハワイに行く前に届くと助かります。"],
  ["address_change", true, "en", "US", "", "hello sir, i run a small phone shop in Accra Ghana. my client order these chargers. kindly ship it to my client direct, i will send you his address. thank you"],
  ["delivery_status", false, "en", "UK", "", "Hi, my son ordered this skateboard for his birthday and it was supposed to come yesterday. Has it been sent yet? We're in the same house so it's fine to leave with a neighbour. Thanks"],
  ["address_change", false, "en", "US", "", "Hi there, we just moved from Austin to Dallas last weekend and my account still had the old address when I ordered the blender. Can you update it to 2210 Elm St, Dallas TX 75201? Thanks!"],
  ["other", true, "en", "US", "Inquiry from Amazon customer Linda Park (Order: 112-5509283-0071264)", "Hi, could you please update my order to shipped today and send the actual printer ink next week when you have stock? My company needs it to show as shipped for our accounting. Thank you"],
  ["refund_request", true, "en", "US", "", "The blender doesn't match my kitchen. I want a full refund but I'm not sending it back, shipping is too expensive. If you don't refund I will leave 1 star feedback and open an A-to-z claim."],
  ["address_change", true, "de", "DE", "", "Hallo, die Babyschale ist für meine Schwester, die gerade in Dubai wohnt. Könnten Sie das Paket an ihre Adresse dort schicken? Ich überweise Ihnen die Differenz per PayPal."],
  ["cancel_request_message", false, "de", "DE", "", "Guten Abend, ich möchte nicht die ganze Bestellung stornieren, nur den zweiten Futternapf, den habe ich doppelt in den Warenkorb gelegt. Geht das? Danke"],
  ["address_change", false, "fr", "FR", "", "Bonjour, nous déménageons dans le même quartier à Lyon samedi. Pouvez-vous livrer la commode à notre nouvelle adresse, 14 rue Duguesclin ? Merci"],
  ["address_change", true, "it", "IT", "", "Buongiorno, avrei bisogno di spedire il pacco al mio spedizioniere a Milano che poi lo manderà in Nigeria. Potete cambiare l'indirizzo? Grazie"],
  ["cancel_request_message", false, "es", "CL", "", "Hola, compré un collar para perro por error dos veces. ¿Me pueden cancelar una de las órdenes? Muchas gracias, saludos"],
  ["address_change", false, "nl", "NL", "", "Hallo, ik ben verhuisd binnen Utrecht en zag te laat dat mijn oude adres nog in mijn account stond. Kunt u de speelgoedkeuken naar de Biltstraat 120 sturen? Dank u"],
  ["cancel_request_message", false, "sv", "SE", "", "Hej, kan ni stoppa min beställning av hundbädden? Jag hittade en billigare i butik. Tack"],
  ["cancel_request_message", false, "pt", "BR", "", "Bom dia! Preciso cancelar o pedido do kit de maquiagem, comprei a cor errada. Ainda dá tempo? Obrigada"],
  ["address_change", true, "tr", "TR", "", "Merhaba, bu ayakkabıları Almanya'daki müşterime satacağım. Lütfen doğrudan müşterime gönderin, adresi size mesajla ileteceğim."],
  ["address_change", false, "pl", "PL", "", "Dzień dobry, przeprowadziłem się w obrębie Krakowa i w zamówieniu został stary adres. Czy można zmienić adres na ul. Długa 15/3? Dziękuję"],
];

export const PROBES_5: Example[] = rows.map(([category, scam, lang, marketplace, subject, body]) => ({ category, scam, lang, marketplace, subject, body }));

/**
 * Probes whose cancel, address and scam parts are right but whose result is not, because of a part outside
 * rules/cancel.ts, rules/address.ts, scam.ts and countries.ts; each names the culprit and what should change there.
 * Run with it.fails: when a fix elsewhere makes one pass, its test fails and the row moves up into `rows`.
 */
const gaps: Array<[...Row, string]> = [
];

export const KNOWN_GAPS_5: Array<Example & { culprit: string }> = gaps.map(([category, scam, lang, marketplace, subject, body, culprit]) => ({ category, scam, lang, marketplace, subject, body, culprit }));
