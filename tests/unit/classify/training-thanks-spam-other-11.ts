/**
 * Round-11 training messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious) and the
 * requests the taxonomy files under `other` (delivery instructions, gift notes, packaging wishes, remarks and feedback,
 * questions about the shop), with near-misses of other categories labelled with their true category. Fresh labelled
 * messages written for the learned model's training (lib/classify/learned/), never copied or paraphrased from the dev
 * corpus; every row carries its true labels, whatever the classifier says today. Written in batches of about 30, each
 * measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', '置き配で受け取りました。雨の日でしたがビニールに包まれていて濡れていませんでした。お気遣い感謝します。'],
  ['other', false, 'ja', 'JP', '「木製 ままごとキッチン」について', '孫へのクリスマスプレゼントです。箱の外側にサンタのシールなど貼らず、無地のままで送っていただけますか。中身がばれてしまうので。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'はじめまして。越境EC支援の株式会社ブリッジと申します。御社の商品を台湾・香港のモールへ無料で出品代行いたします。ご興味あればお返事ください。'],
  ['thanks', false, 'ja', 'JP', 'Re: 発送のご連絡', '承知しました。ご丁寧にありがとうございます。'],
  ['other', false, 'ja', 'JP', '', 'いつも楽しく拝見しています。こちらのお店は楽天やYahooショッピングにも出店されていますか？ポイントの関係で向こうで買えると助かるのですが。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【Amazon】売上金の受け取りが保留されています', '出品者様の売上金のお支払いが一時停止されました。本人確認書類を再提出しないと、保留は解除されません。こちらから手続きしてください：https://sellercentral-amazon-jp.help/verify'],
  ['thanks', false, 'en', 'AU', '', 'Got the replacement cord today, all sweet now. Legend, cheers'],
  ['other', false, 'en', 'US', 'order for my grandma', "Hi! This is going to my grandmother who is 94 and hard of hearing. If the driver could wait an extra minute after knocking that would mean a lot, she takes a while to get to the door. Thank you so much"],
  ['spam_or_suspicious', false, 'en', 'US', 'collab?', "hey!! I'm a micro influencer (12k on TikTok, mostly home organisation content) and I'd love to feature your drawer dividers. Send me a free set and I'll post a review video within 2 weeks 💕"],
  ['other', false, 'en', 'UK', '', "Just some feedback really, the listing photos show the mug in a much deeper blue than the one I got. It's still nice and I'm keeping it, but you might want to update the pictures."],
  ['product_question', true, 'en', 'US', '', "hi i want to order 3 more of these but my card keeps getting declined on amazon. can i just send you the money on cashapp and you ship them? $cashapp is $mikeyb_44"],
  ['spam_or_suspicious', false, 'en', 'IN', '', 'Sir/Madam, we are offering 100% genuine Amazon product listing optimization and keyword ranking services at very low cost. Kindly revert for price list. Regards, Team DigiGrow'],
  ['thanks', false, 'de', 'AT', '', 'Servus, Paket ist heil angekommen, die Kinder sind schon fleißig am Bauen. Vielen Dank und schöne Feiertage!'],
  ['other', false, 'de', 'DE', '', 'Guten Tag, wir haben einen Hund, der bei Fremden an der Tür sehr laut wird. Bitte das Paket einfach in die Box neben dem Gartentor legen, nicht klingeln.'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Kontoüberprüfung erforderlich', 'Sehr geehrter Verkäufer, aufgrund neuer EU-Vorschriften müssen alle Händler ihre Steuerdaten bis Freitag bestätigen. Bitte melden Sie sich hier an: sellercentral-eu-steuer.de/login. Andernfalls wird Ihr Konto eingeschränkt.'],
  ['thanks', false, 'fr', 'BE', '', "Bonjour, c'est bien arrivé à Namur, rien à signaler. Merci à vous !"],
  ['other', false, 'fr', 'FR', '', "Bonjour, je voulais simplement vous dire que la notice est introuvable en français, seulement en anglais et en chinois. Ce serait bien de l'ajouter pour les prochains clients."],
  ['spam_or_suspicious', false, 'fr', 'CA', '', "Bonjour, notre entreprise de Montréal offre des services d'entreposage et de préparation de commandes pour les vendeurs Amazon. Tarifs compétitifs, premier mois gratuit. Intéressé?"],
  ['thanks', false, 'it', 'IT', '', 'Arrivato tutto ieri sera, confezione impeccabile. Grazie davvero, a presto!'],
  ['other', false, 'it', 'IT', '', 'Salve, nella scatola non mettete la fattura con il prezzo per favore, è un regalo per il mio capo. Grazie'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'asdasd prova prova 123'],
  ['other', false, 'es', 'MX', '', 'Qué onda, el pedido es para mi novia, ¿le pueden poner una tarjetita que diga "Feliz aniversario, flaca"? Sin precio porfa'],
  ['thanks', false, 'es', 'ES', '', 'Recibido el paquete, todo correcto. Un saludo y gracias por la rapidez'],
  ['product_question', true, 'es', 'ES', '', 'Hola vendedor, quiero comprar al por mayor pero solo hablo por WhatsApp, escríbeme al +34 611 20 98 77 y te pago por Bizum, así nos ahorramos la comisión de Amazon.'],
  ['thanks', false, 'nl', 'BE', '', 'Alles goed ontvangen, netjes verpakt. Merci en nog een fijne dag!'],
  ['spam_or_suspicious', false, 'nl', 'NL', '', 'Goedendag, wij verzorgen professionele productfotografie voor webshops. Vanaf €9 per foto, levering binnen 3 werkdagen. Mogen wij u een voorbeeld sturen?'],
  ['other', false, 'pl', 'PL', '', 'Dzień dobry, proszę nie zostawiać paczki u sąsiada spod 4, bo nigdy nie oddaje. Najlepiej paczkomat przy Biedronce. Dziękuję'],
  ['thanks', false, 'sv', 'SE', '', 'Hej! Paketet kom idag, allt ser bra ut. Tack ska ni ha!'],
  ['other', false, 'pt', 'BR', '', 'Boa tarde, o presente é surpresa pro meu marido. Consegue mandar numa caixa sem o nome da loja por fora? Valeu'],
  ['spam_or_suspicious', true, 'pt', 'PT', 'Aviso de segurança', 'Caro vendedor, detetámos um acesso suspeito à sua conta. Confirme a sua identidade no link abaixo em 24 horas para evitar o bloqueio: amazon-seguranca-conta.pt/verificar'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün sağlam geldi, paketleme çok özenliydi. Emeğinize sağlık, teşekkürler.'],
  // ── batch 2
  ['thanks', false, 'ja', 'JP', '', 'こんにちは。先日問い合わせた件、説明書の図を見直したら自分の勘違いでした。お騒がせしました、返信は大丈夫です。'],
  ['other', false, 'ja', 'JP', '', '配達の際、インターホンは押さずに宅配ボックスの2番に入れてください。暗証番号は玄関の貼り紙に書いてあります。'],
  ['other', false, 'ja', 'JP', 'お礼とご意見', '届いたお茶、とても美味しかったです。ただ、袋のチャックが固くて祖母には開けにくいようでした。改良していただけたら嬉しいです。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'ご担当者様　弊社はAmazon出品者様向けに商品画像の白抜き加工を1枚50円で承っております。まずは無料トライアル3枚からいかがでしょうか。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'amazonカスタマーサービスです。お客様の出品アカウントで不正なログインを確認しました。LINEでご本人確認をお願いします。ID：amz-support-jp'],
  ['thanks', false, 'ja', 'JP', '', 'ｺﾝﾋﾞﾆで受け取りました!ありがとうございます'],
  ['other', false, 'ja', 'JP', '', 'のし紙をお願いしたいです。表書きは「内祝」、名入れは「佐々木」でお願いします。'],
  ['thanks', false, 'en', 'CA', 'Re: tracking', "Ah perfect, it just showed up on the porch as I was reading your message. All good, thanks eh"],
  ['other', false, 'en', 'US', '', "Quick question not about the product, are you guys veteran owned? Saw a flag in one of the photos and was curious. Love supporting small businesses"],
  ['other', false, 'en', 'UK', '', "Please could the courier use the side gate, not the front. The front garden is being dug up for new drains this week and it's a bit of a mud bath."],
  ['spam_or_suspicious', false, 'en', 'US', 'Wrong person?', "Hey Jess, it's Tom from the gym, are we still on for Saturday? Text me back"],
  ['spam_or_suspicious', true, 'en', 'AU', 'Action required: listing removed', 'Dear Seller, one of your listings was removed for a policy violation. To reinstate it, please download and fill in the attached appeal form and log in with your seller credentials at sellercentral-appeals.net within 24 hours.'],
  ['thanks', false, 'en', 'SG', '', 'Dear seller, received the item in good order. Thank you for the prompt delivery. Regards'],
  ['other', true, 'en', 'US', '', 'My payment is still processing because I used a new debit card. Can you ship the item now anyway? I promise it will clear, I need it for Friday.'],
  ['thanks', false, 'de', 'CH', '', 'Grüezi, die Ware ist heute eingetroffen. Alles bestens, merci vielmal.'],
  ['other', false, 'de', 'DE', '', 'Hallo, nur als Hinweis: in der Artikelbeschreibung steht zweimal "Edelstahl" und einmal "Edelstal". Vielleicht wollen Sie das korrigieren. Schönen Tag noch'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Hallo, wir sind eine Agentur für Amazon-Vine-Alternativen und vermitteln Produkttester in ganz Deutschland. Bei Interesse schicken wir Ihnen gern unsere Mediadaten.'],
  ['other', false, 'fr', 'FR', '', "Bonjour, mon fils a un nom de famille différent du mien, c'est bien lui qui réceptionnera le colis à mon adresse, je préviens juste pour que le livreur ne soit pas surpris."],
  ['thanks', false, 'fr', 'FR', '', "Commande reçue ce midi, nickel. Merci !"],
  ['spam_or_suspicious', true, 'fr', 'FR', 'Votre paiement a échoué', "Bonjour, le virement de vos ventes n'a pas pu être effectué. Merci de mettre à jour vos coordonnées bancaires via ce lien sécurisé : amazon-paiements-vendeurs.fr avant 48h."],
  ['other', false, 'it', 'IT', '', 'Buonasera, potreste incartare i due libri separatamente? Uno è per mio nipote e l\'altro per mia nipote, non voglio che litighino 😅'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Salve, siamo un\'agenzia di traduzioni specializzata in schede prodotto Amazon. Traduciamo le vostre inserzioni in tedesco, francese e spagnolo a 0,05 € a parola.'],
  ['thanks', false, 'it', 'CH', '', 'Buongiorno, tutto giunto a Lugano senza problemi. Cordiali saluti e grazie'],
  ['thanks', false, 'es', 'MX', '', 'ya me llegó, muy bonito todo, mil gracias 🙏'],
  ['other', false, 'es', 'ES', '', 'Buenas tardes, solo comentarles que el olor del jabón es más fuerte de lo que esperaba. No es una queja, simplemente por si les sirve para la descripción.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola, somos una empresa de Shenzhen fabricante de fundas de móvil. Podemos producir con su marca, pedido mínimo 500 unidades. ¿Le envío el catálogo?'],
  ['other', false, 'nl', 'NL', '', 'Goedemiddag, kunnen jullie de bon eruit laten? Het is een cadeau voor mijn collega die met pensioen gaat.'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka odebrana z paczkomatu, wszystko w porządku. Dzięki wielkie!'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Witam, oferujemy pozycjonowanie sklepów internetowych i kampanie Google Ads. Pierwsza konsultacja gratis.'],
  ['other', false, 'sv', 'SE', '', 'Hej, kan ni skriva "Grattis på 40-årsdagen, Anna!" på ett kort i paketet? Tack på förhand'],
  ['thanks', false, 'pt', 'BR', '', 'Chegou certinho, antes do prazo até. Muito obrigado pela atenção!'],
  ['spam_or_suspicious', true, 'tr', 'TR', 'Hesabınız askıya alınacak', 'Sayın satıcı, hesabınızda olağandışı etkinlik tespit edildi. Askıya alınmaması için bilgilerinizi aşağıdaki bağlantıdan doğrulayın: amazon-satici-dogrulama.com'],
];

export const TRAINING_THANKS_SPAM_OTHER_11: Example[] = fromRows(rows);
