/**
 * Round-9 training messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious) and the
 * requests the taxonomy files under `other` (delivery instructions, gift notes, packaging wishes, remarks and feedback,
 * questions about the shop), with near-misses of other categories labelled with their true category. Fresh labelled
 * messages written for the learned model's training (lib/classify/learned/), never copied or paraphrased from the dev
 * corpus; every row carries its true labels, whatever the classifier says today. Written in batches of about 30, each
 * measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', '本日、置き配で受け取りました。雨の日でしたがビニールに包んであったので濡れずに済みました。助かりました。'],
  ['other', false, 'ja', 'JP', 'お願い', '実家あての荷物なのですが、父が高齢で耳が遠いため、インターホンを長めに鳴らすよう配送業者さんにお伝えいただけませんか。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', '初めまして。ECサイト向けの物流倉庫を運営している株式会社ベイロジの者です。出荷件数が増えてお困りでしたら、ぜひ一度お見積もりさせてください。'],
  ['thanks', false, 'ja', 'JP', '', 'ちゃんと届きました〜 猫がさっそく爪とぎ使ってます笑'],
  ['other', false, 'ja', 'JP', '', '前回買ったときはおまけのステッカーが入っていたのですが、今回はなかったです。もう配布は終わりましたか？'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【重要】売上金のお支払いについて', 'Amazonセラーサポートです。お客様の振込先口座の確認が取れないため、売上金の入金を一時保留しております。下記URLより24時間以内に口座情報を再登録してください。 http://sellercentral-jp-kouza.net/'],
  ['thanks', false, 'en', 'US', 'got it', 'package came today, kids already fighting over who gets the blue one lol. thank you!!'],
  ['other', false, 'en', 'UK', '', "Hiya, could you pop a note in saying 'Happy retirement Dave, from all at the depot'? It's going straight to him. Cheers"],
  ['spam_or_suspicious', false, 'en', 'US', 'Partnership opportunity', 'Hey there! I run a small team of virtual assistants based in Manila. We handle customer messages, listing updates and inventory reports for Amazon sellers at $6/hour. Interested in a free trial week?'],
  ['other', false, 'en', 'AU', '', 'No rush on this one mate, I am away till the 3rd anyway. Just dont want it sitting on the verandah for a week in the sun.'],
  ['product_question', true, 'en', 'IN', 'Bulk order', 'Hello seller, I am interested in your whole stock of steel water bottles for my export business. I will pay by wire directly, Amazon fees not needed. Kindly share your whatsapp number or reach me +971 55 209 4471.'],
  ['thanks', false, 'en', 'CA', '', 'Arrived safe and sound even with the snowstorm. Much appreciated, have a good one.'],
  ['thanks', false, 'de', 'DE', '', 'Guten Abend, das Ersatzteil ist angekommen und der Rasenmäher läuft wieder. Herzlichen Dank für die schnelle Abwicklung.'],
  ['other', false, 'de', 'AT', '', 'Grüß Gott, bitte keinen Lieferschein mit Preisen beilegen, das Paket geht direkt an meine Schwiegermutter als Geschenk.'],
  ['spam_or_suspicious', false, 'de', 'DE', 'Ihre Produktbewertungen', 'Sehr geehrte Damen und Herren, wir sind eine Agentur für Amazon-SEO aus Berlin. Mit unserer Keyword-Analyse haben Händler ihren Umsatz im Schnitt um 40 % gesteigert. Darf ich Ihnen ein unverbindliches Angebot zusenden?'],
  ['thanks', false, 'fr', 'FR', '', "Bien reçu la théière, elle est magnifique et l'emballage était très soigné. Merci beaucoup !"],
  ['other', false, 'fr', 'FR', '', "Bonjour, mon interphone est en panne en ce moment. Le livreur peut-il appeler au 06 avant d'arriver ? Je descendrai. Merci"],
  ['spam_or_suspicious', true, 'fr', 'FR', 'Alerte de sécurité', "Cher vendeur, une connexion inhabituelle a été détectée sur votre compte vendeur. Pour éviter la suspension, veuillez confirmer votre identité ici : https://amazon-fr-securite.info/verif"],
  ['thanks', false, 'it', 'IT', '', 'Ciao, tutto arrivato stamattina. Mia figlia è felicissima dello zaino, grazie di cuore'],
  ['other', false, 'it', 'IT', '', "Buongiorno, il corriere di solito suona ma io sono al terzo piano senza ascensore: se possibile chiedete di lasciarlo in portineria. Grazie"],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Gentile venditore, siamo uno studio di grafica di Bologna. Realizziamo foto e video dei prodotti per i marketplace a prezzi molto competitivi. Le interessa ricevere il nostro listino?'],
  ['thanks', false, 'es', 'ES', '', 'Buenas, ya tengo la freidora en casa. Funciona de maravilla, mil gracias!'],
  ['other', false, 'es', 'MX', '', 'Oigan, ¿sí tienen tienda física en Guadalajara? Me gustaría ir a ver los otros modelos antes de comprar más.'],
  ['spam_or_suspicious', true, 'es', 'ES', '', 'Hola! Somos un equipo que consigue reseñas de 5 estrellas para tus productos, pago por resultado. Escríbenos a Telegram @resenas_top_es'],
  ['thanks', false, 'nl', 'NL', '', 'Pakketje is binnen, alles heel. Bedankt voor de snelle levering!'],
  ['other', false, 'nl', 'BE', '', 'Dag, wil je het cadeau niet in een doos met jullie logo steken? Het is een verrassing voor mijn vrouw.'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Dzień dobry, prowadzimy agencję marketingową i pomagamy sprzedawcom Amazon zwiększyć sprzedaż. Czy możemy przesłać ofertę?'],
  ['thanks', false, 'sv', 'SE', '', 'Tack så mycket, allt kom fram i god ordning!'],
  ['other', false, 'pt', 'BR', '', 'Oi, consegue mandar sem nota de preço? É presente de aniversário pra minha mãe. Obrigada!'],
  ['thanks', false, 'tr', 'TR', '', 'Siparişim bugün elime ulaştı, her şey eksiksiz. Çok teşekkür ederim.'],
];

export const TRAINING_THANKS_SPAM_OTHER_9: Example[] = fromRows(rows);
