/**
 * Round-15 probes for three systematic scam-flag errors, each next to the near-misses that must keep their label:
 * - a refund without returning the item, under a threat (bad review, one star, a report to Amazon), worded without
 *   the usual phrases ("it stays here", 「手元に置いておきます」, "Zurückschicken werde ich ihn nicht", "ansonsten
 *   schreibe ich eine Bewertung"); near-misses: a buyer who offers to send it back, who mentions a review without a
 *   threat, whom the seller told to keep the item;
 * - phishing: an expiry, verification or suspension deadline with a link to a host that is not Amazon's, in several
 *   languages; near-misses: a buyer pasting an Amazon link, a deadline of the buyer's own (points, a trial), a buyer
 *   whose own Amazon account was locked;
 * - a supplier's city in a sales pitch ("I am Kevin from Shenzhen … Co.") is where the sender is, not a destination
 *   abroad; near-misses: a buyer who asks to send the order to a city abroad stays a scam.
 * Written for these tests, never copied from the dev corpus or the training files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── refund without return under threat
  ['refund_request', true, 'en', 'US', '', "I changed my mind about the speaker. Refund me in full, it stays here, I'm not paying postage. If the money isn't back by Friday you're getting 1 star."],
  ['refund_request', true, 'en', 'UK', '', "Honestly can't be bothered with the post office queue to send it back. Just refund the £30 or I'll be writing a review about how this shop treats people."],
  ['refund_request', true, 'en', 'CA', '', "Either you refund me and I hold on to the kettle, or it's a one star rating from me. Your choice."],
  ['refund_request', true, 'en', 'IN', '', 'Sir please do full refund, I will not be returning the product. If not done I will give 1 star and complain to Amazon.'],
  ['refund_request', true, 'en', 'AU', '', "mate just refund it, not sending the thing back. do it today or I'll rate you one star"],
  ['damaged_or_defective', true, 'ja', 'JP', '', '届いた加湿器、電源が入りません。送り返すのは手間なのでそのまま返金してください。返金してもらえない場合はレビューに書かせていただきます。'],
  ['refund_request', true, 'ja', 'JP', '', 'イメージと違ったので全額返金をお願いします。商品は手元に置いておきます。対応していただけなければ星1をつけます。'],
  ['refund_request', true, 'ja', 'JP', '', '返品はしませんが返金してください、さもないと悪い評価をつけます'],
  ['refund_request', true, 'de', 'DE', '', 'Ich schicke nichts zurück, der Versand kostet mehr als der Artikel. Erstatten Sie mir den vollen Betrag, sonst gibt es eine negative Bewertung.'],
  ['damaged_or_defective', true, 'de', 'DE', '', 'Der Mixer ist nach zwei Tagen kaputt. Zurückschicken werde ich ihn nicht. Ich will mein Geld, ansonsten schreibe ich eine entsprechende Bewertung.'],
  ['refund_request', true, 'de', 'AT', '', 'Der Artikel bleibt bei mir, erstatten Sie mir das Geld, andernfalls bewerte ich Sie mit einem Stern.'],
  ['refund_request', true, 'de', 'CH', '', 'Eine Rücksendung kommt für mich nicht in Frage. Geld zurück, oder ich melde Sie bei Amazon.'],
  ['refund_request', true, 'fr', 'FR', '', 'Je ne vais pas le renvoyer, remboursez-moi intégralement sinon je laisse un avis négatif.'],
  ['damaged_or_defective', true, 'fr', 'FR', '', "L'aspirateur ne s'allume plus. Pas question de le renvoyer à mes frais, remboursez-moi ou je mets une étoile et je vous signale à Amazon."],
  ['damaged_or_defective', true, 'it', 'IT', '', 'La lampada è arrivata che non si accende. Il prodotto resta a me, voglio il rimborso completo o vi do una stella.'],
  ['damaged_or_defective', true, 'es', 'MX', '', 'La licuadora ya no prende. Devolverla no, el envío sale carísimo. Quiero mi dinero completo o dejo una mala reseña.'],
  ['refund_request', true, 'es', 'ES', '', 'Me quedo el producto y quiero el reembolso, si no, os dejo una valoración de una estrella.'],
  ['refund_request', true, 'pl', 'PL', '', 'Nie będę tego odsyłać. Proszę o pełny zwrot pieniędzy, inaczej wystawię negatywną opinię.'],
  ['refund_request', true, 'pt', 'BR', '', 'Não vou mandar de volta. Quero o reembolso total, senão deixo uma avaliação negativa.'],
  ['refund_request', true, 'sv', 'SE', '', 'Jag tänker inte skicka tillbaka den. Pengarna tillbaka, annars blir det en dålig recension.'],
  ['refund_request', true, 'tr', 'TR', '', 'Ürünü geri yollamam, paramı iade edin yoksa olumsuz yorum yazarım.'],
  // near-misses: the item goes back, the review is no threat, the seller said to keep it
  ['refund_request', false, 'en', 'UK', '', "Your colleague Sam said I could keep the toaster and you'd refund me, but nothing has come through yet. Can you check?"],
  ['refund_request', false, 'ja', 'JP', '', '販売者様から返品不要とのご連絡をいただきましたので、商品は手元にあります。返金はいつ頃になりますでしょうか。'],
  ['return_request', false, 'de', 'DE', '', 'Ich schicke die Jacke gerne zurück, bitte senden Sie mir ein Rücksendeetikett. Eine Bewertung schreibe ich danach.'],
  ['refund_request', false, 'it', 'IT', '', 'Il vostro servizio clienti mi ha detto di tenere il prodotto e che mi avreste rimborsato. Quando arriva il rimborso?'],
  ['refund_request', false, 'es', 'ES', '', 'El vendedor me dijo que me lo quedara y que me devolvería el dinero. ¿Cuándo llega el reembolso?'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'La tostadora llegó con la rejilla rota. La devuelvo sin problema, pero si no me contestáis tendré que dejar una mala reseña.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'De waterkoker lekt. Ik stuur hem graag terug als jullie een label sturen, anders geef ik een slechte review.'],

  // ── phishing: a deadline and a link to a host that is not Amazon's
  ['spam_or_suspicious', true, 'en', 'US', 'Action required: Brand Registry', 'Dear Brand Owner, your Brand Registry enrollment expires in 48 hours. To keep your trademark protection active, renew here: https://brand-protect-renewal.com/login'],
  ['spam_or_suspicious', true, 'en', 'UK', '', 'Dear seller, we could not confirm your business details. Your listings will be removed within 24 hours unless you complete verification here: http://bit.ly/3kP9xQw'],
  ['spam_or_suspicious', true, 'en', 'US', 'Account under review', 'Your seller account is under review. Submit your documents within 72 hours to keep selling: https://docs-review-center.net/upload'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【重要】アカウント確認のお願い', 'いつもご利用ありがとうございます。お客様のセラーアカウントの情報確認が完了していません。24時間以内に以下より手続きを行ってください。https://jp-account-check.com/verify'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'ブランド登録の有効期限が近づいています。期限切れになると保護が無効になります。今すぐ更新：http://brand-renew-center.net'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Ihre Markenregistrierung läuft in 48 Stunden ab. Verlängern Sie jetzt, um Ihren Markenschutz zu behalten: https://marken-verlaengerung.com'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Sehr geehrter Verkäufer, Ihr Verkäuferkonto muss erneut verifiziert werden. Bitte schließen Sie die Prüfung innerhalb von 24 Stunden unter folgendem Link ab: http://verkaeufer-pruefung.de'],
  ['spam_or_suspicious', true, 'fr', 'FR', '', 'Votre compte vendeur doit être vérifié sous 48 heures, faute de quoi vos offres seront désactivées. Vérification : https://verif-vendeurs.fr/connexion'],
  ['spam_or_suspicious', true, 'it', 'IT', '', 'Gentile venditore, il tuo Brand Registry scadrà tra 24 ore. Rinnova ora per non perdere la protezione del marchio: http://rinnovo-marchio.it'],
  ['spam_or_suspicious', true, 'es', 'ES', '', 'Estimado vendedor, su cuenta necesita una verificación. Complete el proceso en un plazo de 24 horas aquí: https://verificacion-vendedores.es o sus productos dejarán de mostrarse.'],
  ['spam_or_suspicious', true, 'pt', 'BR', '', 'Prezado vendedor, sua conta de vendedor será suspensa em 24 horas. Confirme seus dados aqui: http://confirmacao-conta.com.br'],
  ['spam_or_suspicious', true, 'tr', 'TR', '', 'Sayın satıcı, hesabınız 24 saat içinde askıya alınacaktır. Bilgilerinizi doğrulamak için tıklayın: http://satici-dogrulama.com'],
  ['spam_or_suspicious', true, 'nl', 'NL', '', 'Beste verkoper, uw merkregistratie verloopt binnen 24 uur. Verleng nu via https://merk-verlengen.nl'],
  ['spam_or_suspicious', true, 'pl', 'PL', '', 'Szanowny sprzedawco, Twoje konto wymaga weryfikacji w ciągu 24 godzin. Zweryfikuj dane tutaj: http://weryfikacja-sprzedawcy.pl'],
  // near-misses: Amazon's own links, a deadline of the buyer's, a warranty page, a buyer's own account
  ['other', false, 'de', 'DE', '', 'Mein Amazon-Konto wurde gesperrt, deshalb konnte ich nicht antworten. Bitte halten Sie die Bestellung bis Montag zurück.'],

  // ── a supplier's city is where the sender is, not where an order goes
  ['spam_or_suspicious', false, 'en', 'US', '', 'Hi friend, this is Lily from Guangzhou Meiya Printing Co., Ltd. We print custom boxes and labels for Amazon sellers, free design, fast shipping. Can I send you a quote?'],
  ['spam_or_suspicious', false, 'en', 'UK', '', 'Dear Sir/Madam, I am Tony, sales manager of a factory in Shenzhen producing phone cases. We can ship samples to you within 3 days. Interested?'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Hallo, ich bin Anna von einer Verpackungsfabrik in Shenzhen. Wir liefern Versandkartons mit Ihrem Logo ab 500 Stück. Darf ich Ihnen unseren Katalog schicken?'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', '突然のご連絡失礼いたします。深圳の梱包資材メーカー、華信包装の王と申します。御社のロゴ入り段ボールを低価格でお届けします。'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', "Bonjour, je suis Linda, d'une usine de Shenzhen spécialisée dans les emballages. Nous pouvons vous envoyer des échantillons gratuits."],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola, soy Kevin de una fábrica en Guangzhou, fabricamos bolsas con su logo. ¿Le puedo enviar nuestro catálogo?'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Salve, sono Wendy di Shenzhen Topwin Electronics, produciamo power bank con il vostro marchio. Posso inviarvi il listino?'],
  // near-misses: the order itself is to go to that city
  ['address_change', true, 'en', 'US', '', "Hi, I'm Kevin, I moved to Shenzhen for work. Please send my order to my new address there, I'll give you the details."],
  ['address_change', true, 'en', 'UK', '', 'Could you ship it to our office in Shenzhen instead? Our company is based there now.'],
  ['damaged_or_defective', true, 'en', 'US', '', "the zipper on the backpack broke on day one. refund me the full 59.99, i'm keeping the bag since shipping costs more than it's worth. otherwise my review will say it all"],
  ['refund_request', true, 'ja', 'JP', '', '返すつもりないです。お金だけ返して。じゃないと評価最悪にします'],
  ['refund_request', true, 'fr', 'BE', '', "Je n'ai pas l'intention de vous le retourner. Remboursement complet, sinon je vous laisse une évaluation à la hauteur."],
  ['refund_request', true, 'it', 'IT', '', 'Non ho intenzione di rispedirlo, rimborsatemi tutto altrimenti lascio una recensione negativa.'],
  ['refund_request', true, 'it', 'IT', '', 'Non lo rimando indietro, rimborso totale o vi segnalo ad Amazon e scrivo una recensione.'],
  ['refund_request', true, 'es', 'ES', '', 'No pienso mandarlo de vuelta. Reembólsenme todo o les pongo una estrella.'],
  ['refund_request', true, 'nl', 'NL', '', 'Terugsturen doe ik niet. Geld terug of ik geef één ster.'],
  ['refund_request', false, 'en', 'US', '', "Got the refund for the lamp, thank you, but only $20 of the $35. Could you send the rest? I'll update my review once it's sorted."],
];

export const PROBES_15 = fromRows(rows);

/** Rows the scam rules cannot settle: the culprit is another file. */
const gaps: GapRow[] = [
  ['damaged_or_defective', true, 'ja', 'JP', '', 'お世話になっております。先日購入した電気ケトルですが、お湯が沸きません。返送はいたしかねますので、ご返金のみお願いいたします。ご対応いただけない場合、評価にその旨記載いたします。', 'rules/damaged.ts: 「お湯が沸きません」 (the kettle does not boil) is a defect the does-not-work family misses; refund.ts misses 「ご返金のみお願いいたします」 too (the scam flag is right: 「返送はいたしかね」 + 「ない場合、評価」)'],
  ['return_request', false, 'en', 'US', '', "The blanket looks nicer in the photos than in person. I'd like a refund, happy to send it back if you give me a label. If nobody answers I'll have to leave a bad review.", 'rules/return.ts: "happy to send it back if you give me a label" offers to send the item back (return_request, first in priority), but return.ts reads no \'happy to send it back\' / \'give me a label\'; refund.ts\'s "like a refund" wins alone'],
  ['return_request', false, 'ja', 'JP', '', 'サイズが合わなかったので返品して返金してほしいです。返送先を教えてください。評価はそのあとで書きますね。', 'rules/return.ts: 「返品して返金してほしい」「返送先を教えてください」 is a wish to send the item back (return_request) but no return phrase reads 返品して…ほしい or 返送先を教えて; refund.ts\'s 「返金して」 wins alone'],
  ['refund_request', false, 'de', 'DE', '', 'Ihr Kollege hat mir gesagt, ich könne den Artikel behalten und bekomme das Geld zurück. Bisher ist aber nichts gekommen.', 'rules/delivery.ts: "Bisher ist aber nichts gekommen" is about the refund the seller promised (Geld zurück), not a parcel; delivery\'s not-received phrase should give way when Geld/Erstattung is the subject; refund.ts reads nothing in \'bekomme das Geld zurück … nichts gekommen\''],
  ['return_request', false, 'fr', 'FR', '', "Je vous renvoie volontiers l'article, envoyez-moi l'étiquette. Je laisserai un avis une fois remboursé.", 'rules/return.ts (fr): "je vous renvoie volontiers l\'article, envoyez-moi l\'étiquette" is a return (first person present renvoie + étiquette), but return.ts reads no \'je vous renvoie\'; other.ts takes "avis"'],
  ['refund_request', false, 'pt', 'BR', '', 'A vendedora disse que eu podia ficar com o produto e que faria o reembolso. Ainda não recebi, podem verificar?', 'rules/delivery.ts (pt): "Ainda não recebi" is the refund not received (faria o reembolso), not the parcel; delivery\'s phrase should give way when reembolso is the subject; refund.ts reads nothing in \'faria o reembolso. Ainda não recebi\''],
  ['product_question', false, 'ja', 'JP', '', 'こちらの商品（https://www.amazon.co.jp/dp/B0C1234567）と同じものでしょうか？ポイントの有効期限が明日切れるので今日中に買いたいです。', 'rules/product.ts: 「こちらの商品（link）と同じものでしょうか？」 asks whether the item is the same as another listing (product_question), but no product phrase reads 〜と同じものでしょうか; the learned model also raises scam (a link + 有効期限) although the link is Amazon\'s'],
  ['product_question', false, 'en', 'US', '', 'Is this the same charger as https://www.amazon.com/dp/B09XYZ1234 ? My Prime trial expires in 24 hours so I want to order today.', 'rules/product.ts: "Is this the same charger as <amazon link>?" is a product question that no product phrase reads (\'is this the same X as\'); the learned model also raises scam (a link + \'expires in 24 hours\') although the link is Amazon\'s'],
  ['product_question', false, 'en', 'US', '', "The warranty card says to register within 30 days at http://register-mywarranty.com but the page doesn't load. Is there another way to register the drill?", 'rules/product.ts: "Is there another way to register the drill?" (warranty registration page does not load) is a product question no product phrase reads; the scam flag is rightly false (no account deadline)'],
  ['product_question', false, 'fr', 'FR', '', 'Bonjour, ce modèle est-il le même que https://www.amazon.fr/dp/B08ABC1234 ? Ma carte cadeau expire dans 24 heures.', 'rules/product.ts (fr): "ce modèle est-il le même que <amazon link> ?" is a product question no product phrase reads; other.ts takes "carte cadeau" as a delivery instruction'],
];

export const KNOWN_GAPS_15 = fromGapRows(gaps);
