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
];

export const TRAINING_THANKS_SPAM_OTHER_11: Example[] = fromRows(rows);
