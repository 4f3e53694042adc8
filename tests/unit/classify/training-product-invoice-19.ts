/**
 * Round-19 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/) and, before it learns from them, for the held-out estimate of the
 * hidden evaluation set. Written in the style of the evaluation data, never copied or paraphrased from the dev corpus
 * or the earlier probe and training files. About 70 % ordinary messages, 30 % harder ones (the concern without the
 * obvious keyword, two concerns where TAXONOMY.md's priority decides, near-misses of other categories, the scam flag
 * both true and false). Every row carries its true labels, whatever the classifier says today. Written in batches of
 * about 30 (the commit log gives each batch's failure counts, rules alone / full classifier).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['product_question', false, 'ja', 'JP', '', 'この水槽用ヒーター、60cm水槽でも水温26度まで上がりますか？冬は室温10度くらいになります'],
  ['product_question', false, 'ja', 'JP', 'ミシンについて', 'こんにちは。初心者なのですが、このミシンでデニムの裾上げはできますか？厚手の布が縫えるか心配です。'],
  ['invoice_request', false, 'ja', 'JP', '', '学校の備品として買ったので、宛名「〇〇市立北小学校PTA」で領収書を発行してもらえますか？'],
  ['product_question', false, 'ja', 'JP', '', 'ギターの弦って何ゲージですか？'],
  ['invoice_request', false, 'ja', 'JP', 'Amazon.co.jp のお客様 杉浦 様からのお問い合わせ', 'お世話になっております。先日はコーヒーミルを迅速に発送いただきありがとうございました。恐縮ですが、事務所の経費として計上したく、登録番号入りの適格請求書を発行していただけますと幸いです。注文番号は 249-3318702-5561048 です。'],
  ['product_question', false, 'ja', 'JP', '', 'ルーフボックスってプリウスのルーフレールに付けられる？'],
  ['product_question', true, 'ja', 'JP', '', 'この電動工具を工務店でまとめて20台ほしいです。アマゾン通すと高いので、直接振込で取引できませんか？電話090-4417-2290にかけてください'],
  ['product_question', false, 'en', 'US', '', 'Will the 67XL ink cartridges work in my HP Envy 6055e or do I need the 65 ones?'],
  ['product_question', false, 'en', 'US', 'Inquiry from Amazon customer Marcus Webb (Order: 112-6619034-2287415)', "Hey, the baby monitor came today. Can I view the camera on two phones at the same time, mine and my wife's? The manual only talks about one account. Thanks man"],
  ['invoice_request', false, 'en', 'UK', '', 'Hello, my insurer needs proof of purchase for the replacement boiler thermostat. Could you provide an itemised invoice please? Order 204-1178320-9946551. Kind regards, Patricia'],
  ['product_question', false, 'en', 'AU', '', 'is the sunscreen reef safe? going to the barrier reef in march'],
  ['invoice_request', false, 'en', 'US', '', 'hi can i get a receipt with my school district on it? teacher here, bought the classroom rug and want to get reimbursed'],
  ['refund_request', false, 'en', 'US', '', 'My invoice shows $89.99 but the listing said $69.99 when I ordered. Please refund the $20 difference.'],
  ['product_question', false, 'en', 'CA', '', "Are these tire chains the right fit for 225/65R17? I drive up to Whistler most weekends"],
  ['product_question', false, 'de', 'DE', '', 'Hallo, ist das Müsli glutenfrei oder nur "ohne Weizen"? Meine Tochter hat Zöliakie.'],
  ['invoice_request', false, 'de', 'DE', '', 'Guten Tag, für die Abrechnung mit der Berufsgenossenschaft brauche ich eine Rechnung über die Sicherheitsschuhe auf meinen Arbeitgeber, Schreinerei Lutz GmbH. Danke vorab'],
  ['product_question', false, 'de', 'AT', '', 'Servus, fallen die Skischuhe eher schmal aus? Ich hab einen breiten Vorfuß.'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, est-ce que le harnais convient à un berger australien de 22 kg ? Quelle taille me conseillez-vous ?"],
  ['invoice_request', false, 'fr', 'FR', 'Justificatif', "Bonjour, mon comité d'entreprise rembourse une partie de l'achat du vélo, il leur faut une facture acquittée à mon nom. Pouvez-vous la mettre à disposition ? Cordialement, Nadia Benali"],
  ['product_question', false, 'fr', 'CA', '', "allo, la platine vinyle a tu une sortie bluetooth pour mes haut-parleurs?"],
  ['product_question', false, 'it', 'IT', '', "Buongiorno, la liseuse legge anche i file epub o solo il formato proprietario? Grazie"],
  ['invoice_request', false, 'it', 'IT', '', "Salve, ho ordinato i pannelli solari per l'azienda agricola, mi serve fattura elettronica, codice destinatario KRRH6B9, P.IVA 01987650432. Cordiali saluti"],
  ['product_question', false, 'it', 'IT', '', 'scusate ma la lettiera è agglomerante? il mio gatto la sparge ovunque'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿el frigorífico cabe en un hueco de 60 cm de ancho? Las medidas de la ficha no me quedan claras. Gracias'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenas, soy autónomo y necesito la factura del taladro con mi NIF para la declaración trimestral. Pedido 404-7761290-3358812. Un saludo'],
  ['product_question', false, 'es', 'MX', '', 'disculpe el casco de moto esta certificado DOT? gracias'],
  ['product_question', false, 'nl', 'NL', '', 'Goedendag, werkt deze slimme thermostaat met een combiketel van Remeha? Alvast dank'],
  ['invoice_request', false, 'nl', 'BE', '', 'Hallo, mag ik een factuur met btw op naam van onze vzw? Ondernemingsnummer 0712.345.678. Groeten, Pieter'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy opony zimowe mają datę produkcji z tego roku?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Cześć, czy mogę dostać fakturę VAT na działalność? NIP 5213456789, zamówienie sprzed tygodnia.'],
  ['product_question', false, 'sv', 'SE', '', 'Hej, klarar tältet minusgrader? Vi ska fjällvandra i oktober.'],
  ['product_question', false, 'pt', 'BR', '', 'Olá, a panela de pressão elétrica tem função de fazer arroz? Obrigado'],
  ['invoice_request', false, 'pt', 'PT', '', 'Boa tarde, preciso de fatura com o meu NIF 234567890 para a compra da cadeira. É possível? Obrigada'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu bebek arabası uçağa kabin bagajı olarak alınabiliyor mu?'],
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', '届いたホットサンドメーカー、最初に使う前に空焼きって必要ですか？説明書に書いてなくて'],
  ['invoice_request', false, 'ja', 'JP', '', '領収書を2枚に分けてもらうことはできますか？半分ずつ別の部署で精算したいので…'],
  ['product_question', false, 'ja', 'JP', '', 'これ本物ですか？並行輸入品ってことは国内保証はつかないんでしょうか'],
  ['delivery_status', false, 'ja', 'JP', '', '領収書はダウンロードできたんですが、肝心の荷物がまだ届きません。いつ頃になりますか？'],
  ['invoice_request', true, 'ja', 'JP', '', '請求書はLINEで送ってもらえますか？ID: yamato_shoji です。アマゾンのメッセージはほとんど見ないので'],
  ['product_question', false, 'ja', 'JP', '', 'ベビーカーに付けるフック、耐荷重何キロまでいけますか'],
  ['product_question', false, 'ja', 'JP', '', '注文前の質問です。沖縄の離島ですが送料は追加でかかりますか？'],
  ['product_question', false, 'en', 'UK', '', "Does the heated clothes airer have a timer or do you have to remember to switch it off? Bit forgetful lol"],
  ['invoice_request', false, 'en', 'US', 'Inquiry from Amazon customer Deborah Kline (Order: 114-2290381-6675024)', "Good morning, I purchased the nebulizer for my mother and Medicare wants an itemized receipt with the product name and price. Could you upload one to the order? Much appreciated. Deborah"],
  ['product_question', false, 'en', 'IN', '', 'Hi, is this pressure cooker ISI marked? And can it be used on induction?'],
  ['damaged_or_defective', false, 'en', 'US', '', "The invoice says 'set of 6 glasses' but only 4 were in the box. Can you send the missing two?"],
  ['product_question', false, 'en', 'US', '', 'how many watts does the space heater pull on low? trying to run it off my inverter in the van'],
  ['invoice_request', false, 'en', 'AU', '', "Hi, I'm claiming the ergonomic keyboard on tax this year. The invoice I got doesn't have your ABN on it, can you reissue a proper tax invoice? Thanks heaps"],
  ['product_question', true, 'en', 'US', '', "Interested in buying 15 of the pressure washers for my rental business. Is there a better price if I pay you directly through Zelle? email me at brandon.rentals22@gmail.com"],
  ['product_question', false, 'de', 'DE', '', 'Guten Tag, ist der Kindersitz für ein Auto ohne Isofix geeignet, also nur mit Gurt? Danke für die Info.'],
  ['invoice_request', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Frank Ostermann (Bestellung: 028-5531907-2249180)', 'Hallo, ich brauche für meine Steuererklärung (Handwerkerleistungen/Arbeitsmittel) eine ordentliche Rechnung zur Bestellung. Im Konto wird keine angezeigt. MfG Frank Ostermann'],
  ['refund_request', false, 'de', 'DE', '', 'Hallo, laut Rechnung wurde mir der Versand doppelt berechnet. Bitte erstatten Sie die 4,99 € zurück.'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, le déshumidificateur fait-il beaucoup de bruit la nuit ? C'est pour une chambre de bébé."],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, il me faut une facture au nom de la mairie de Saint-Amand pour les tables pliantes, avec le numéro SIRET 21590541700018. Merci de votre retour"],
  ['product_question', false, 'fr', 'BE', '', "Bonjour, les piles sont-elles fournies avec la guirlande ou faut-il les acheter à part ?"],
  ['product_question', false, 'it', 'IT', 'Richiesta di informazioni dal cliente Amazon Stefano Greco (Ordine: 171-2204839-6658102)', "Buonasera, ho ricevuto la macchina per la pasta. Si può lavare sotto l'acqua o si rovina? Nel libretto non lo trovo. Grazie, Stefano"],
  ['invoice_request', false, 'it', 'IT', '', "Ciao! Mi servirebbe la ricevuta per la detrazione delle spese mediche, il misuratore di pressione. Codice fiscale RSSGLI82M55H501Z. Grazie"],
  ['product_question', false, 'it', 'IT', '', 'Salve, lo zaino porta bimbo è ergonomico? Va bene per un neonato di 2 mesi?'],
  ['product_question', false, 'es', 'ES', '', '¿La cafetera italiana sirve para vitrocerámica o solo gas?'],
  ['invoice_request', false, 'es', 'MX', 'Factura', 'Buenas tardes, compré la laptop para mi negocio, me pueden facturar a nombre de Papelería La Estrella SA de CV, RFC PLE140512AB3? Uso de CFDI: adquisición de mercancías. Gracias'],
  ['product_question', false, 'es', 'ES', '', 'buenas, el bañador de niña tiene protección UV?'],
  ['product_question', false, 'nl', 'NL', '', 'Hoi! Kan ik de hondenmand in de wasmachine doen of alleen het kussen?'],
  ['invoice_request', false, 'nl', 'NL', '', 'Beste verkoper, zou u de factuur kunnen uploaden? Ik zie bij mijn bestelling alleen een bestelbevestiging staan en die accepteert mijn werkgever niet.'],
  ['product_question', false, 'pl', 'PL', '', 'Hej, a ten grill elektryczny nadaje się na balkon w bloku? Nie dymi mocno?'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Går det att byta batteriet i den elektriska tandborsten själv?'],
  ['invoice_request', false, 'pt', 'BR', '', 'Bom dia, consegue emitir a nota fiscal no meu CPF 123.456.789-00? Preciso para o reembolso do convênio. Obrigado'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, faturayı kurumsal olarak alabilir miyim? Vergi no: 1234567890, Üsküdar VD. Teşekkürler'],
];

export const TRAINING_PRODUCT_INVOICE_19: Example[] = fromRows(rows);
