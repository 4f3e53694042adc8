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
];

export const TRAINING_PRODUCT_INVOICE_19: Example[] = fromRows(rows);
