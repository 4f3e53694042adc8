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
  // ── batch 2
  ['other', false, 'ja', 'JP', '', '商品はとても気に入っています。ただ、説明書が英語だけなのは少し残念でした。日本語版があると嬉しいです。'],
  ['thanks', false, 'ja', 'JP', 'Re: 発送のご連絡', '丁寧なご連絡恐れ入ります。到着を楽しみに待っております。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'ｱｱｱｱ ｓｄｆ あｋｊ'],
  ['other', false, 'ja', 'JP', '', '受け取りは来週の土曜日以降でお願いしたいです。それまで出張で家を空けておりますので、発送をその頃に合わせていただけると幸いです。'],
  ['delivery_status', false, 'ja', 'JP', '', 'ありがとうございます。ちなみに今どのあたりまで来ていますか？追跡番号を押しても何も出てきません。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'はじめまして、レビュー代行です。1件500円で★5レビューを投稿します。Amazonにバレない方法でやります。LINE:rev_pro55 までご連絡ください。'],
  ['other', false, 'en', 'US', 'Feedback', "Honestly the blender is a beast, crushes ice like nothing. Only gripe: the lid is a nightmare to get off with wet hands. Maybe pass that on to whoever designs these."],
  ['thanks', false, 'en', 'UK', '', 'Brilliant, ta very much'],
  ['spam_or_suspicious', true, 'en', 'US', 'Account Health Warning', 'Amazon Seller Performance: we have detected counterfeit complaints on 3 of your ASINs. Your account will be deactivated within 48 hours unless you submit your invoices through our appeal portal: http://seller-appeal-center.co/submit'],
  ['other', false, 'en', 'IN', '', 'Sir please deliver only after 6 pm, in daytime nobody is at home and watchman does not accept parcels.'],
  ['spam_or_suspicious', false, 'en', 'US', '', "hi, i'm a college student and i'm doing a survey about small online sellers for my marketing class. would you mind answering 10 quick questions? it takes 5 minutes"],
  ['other', false, 'en', 'CA', '', 'Are you folks a Canadian company or do you ship from the States? Trying to buy local where I can.'],
  ['thanks', false, 'de', 'DE', 'Bestellung erhalten', 'Moin, alles angekommen, alles top. Gerne wieder!'],
  ['other', false, 'de', 'DE', '', 'Hallo, bitte stellen Sie das Paket, falls niemand öffnet, in die Garage – das Tor ist tagsüber offen. Danke'],
  ['spam_or_suspicious', false, 'de', 'CH', '', 'Grüezi, wir sind ein Treuhandbüro in Zürich und übernehmen die Mehrwertsteuer-Abrechnung für ausländische Onlinehändler in der Schweiz. Gerne senden wir Ihnen unsere Konditionen.'],
  ['thanks', false, 'fr', 'BE', '', "Bonsoir, juste pour dire que tout est arrivé à temps pour l'anniversaire. Un grand merci !"],
  ['other', false, 'fr', 'FR', '', "Bonjour, les bougies sentent très bon, par contre l'odeur de vanille est un peu forte à mon goût. Une version plus légère serait top. Bonne continuation"],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'azertyuiop qsdfg'],
  ['other', false, 'it', 'IT', '', "Salve, il pacco è per mia nonna: vi chiedo di scrivere sul biglietto 'Buon ottantesimo compleanno, nonna Pina' e di non mettere lo scontrino."],
  ['thanks', false, 'it', 'IT', '', 'Perfetto, ricevuto. Buona serata'],
  ['spam_or_suspicious', true, 'it', 'IT', 'Verifica account venditore', "Gentile venditore, il suo account è stato limitato per attività sospetta. Per ripristinarlo acceda subito al seguente link e inserisca i dati della carta: https://amazon-it-verifica.xyz"],
  ['other', false, 'es', 'ES', '', 'Hola, como comentario: el producto genial pero la caja venía llena de bolitas de porexpán que se escapan por todo el salón. Si podéis usar papel mejor.'],
  ['thanks', false, 'es', 'MX', '', 'Recibido joven, todo bien, que Dios le bendiga'],
  ['spam_or_suspicious', false, 'es', 'ES', 'Colaboración', 'Hola, gestionamos cuentas de Amazon en España y Portugal: anuncios, fichas y atención al cliente. ¿Le puedo enviar una propuesta sin compromiso?'],
  ['other', false, 'nl', 'NL', '', 'Hoi, zouden jullie de volgende keer minder plastic kunnen gebruiken? Het product zelf is prima.'],
  ['spam_or_suspicious', false, 'nl', 'NL', '', 'Goedendag, wij verzorgen productfotografie voor webwinkels in heel Nederland. Mogen wij u een vrijblijvende offerte sturen?'],
  ['thanks', false, 'pl', 'PL', '', 'Dotarło, dziękuję bardzo. Pozdrawiam serdecznie'],
  ['other', false, 'sv', 'SE', '', 'Hej! Kan ni lämna paketet hos ICA-butiken på hörnet om jag inte är hemma? Tack'],
  ['spam_or_suspicious', true, 'pt', 'PT', '', 'Olá, somos especialistas em avaliações para vendedores Amazon. Garantimos 50 avaliações positivas por mês. Fale connosco pelo WhatsApp +351 912 448 203.'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün geldi, paketleme çok özenliydi. Teşekkürler, kolay gelsin.'],
];

export const TRAINING_THANKS_SPAM_OTHER_9: Example[] = fromRows(rows);
