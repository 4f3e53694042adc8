/**
 * Round-12 training messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious) and the
 * requests the taxonomy files under `other` (delivery instructions, gift notes, packaging wishes, remarks and feedback,
 * questions about the shop), with near-misses of other categories labelled with their true category. Fresh labelled
 * messages written for the learned model's training (lib/classify/learned/), never copied or paraphrased from the dev
 * corpus; every row carries its true labels, whatever the classifier says today. Written in batches of about 30, each
 * measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', 'お騒がせしました。荷物、物置の裏に置いてありました。前のメッセージは無視してください🙇'],
  ['other', false, 'ja', 'JP', '', '注文を2つに分けてしまったのですが、同じ住所なので一つの箱にまとめて送ってもらうことはできますか？段ボールが増えると捨てるのが大変で…'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', '在宅ワーク募集中✨ 商品レビューを書くだけで1件500円！Amazonの購入代金は全額キャッシュバック。興味ある方はテレグラム @review_job_jp までご連絡を'],
  ['thanks', false, 'ja', 'JP', 'Re: 領収書の件', '領収書、注文履歴からダウンロードできました。経理にも提出済みです。ご案内ありがとうございました。'],
  ['other', false, 'ja', 'JP', '', '先週買った水筒、すごく気に入りました。ただ、商品名に「500ml」とあるのに説明文では「480ml」になっていて、どちらが正しいのか少し気になりました。直しておいた方がいいと思います。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'おせわになります。わたしは中国の工場です。シリコン製品OEMできます。MOQ 500個、サンプル無料。カタログお送りしますか'],
  ['thanks', false, 'en', 'US', 'never mind!', "Scratch my last message, the blender wasn't broken, the lid just wasn't clicked in all the way 🤦‍♀️ works perfectly now. Sorry for the bother!"],
  ['other', false, 'en', 'US', 'Order 112-7730215-4418890', 'Hi there, this is a work order. Our receiving dock only accepts deliveries Mon-Thu 7am-2pm and the PO number (PO-44817) has to be written on the outside of the box or they refuse it. Thanks.'],
  ['spam_or_suspicious', false, 'en', 'UK', 'acquisition enquiry', 'Dear founder, we are a UK-based aggregator acquiring profitable Amazon brands with £500k+ annual revenue. If you have ever considered an exit, we would welcome a confidential 20-minute call.'],
  ['spam_or_suspicious', true, 'en', 'US', 'Buyer sent you photos', 'Hi, I sent photos of the problem with my order but your system says you can\'t see them. Please open them here and sign in with your seller login so you can view: http://amzn-buyer-attachments.co/view?id=88213'],
  ['other', false, 'en', 'CA', '', "just a suggestion eh, you guys should really sell the replacement filters on their own. I had to buy a whole second unit just to get a new filter lol"],
  ['thanks', false, 'en', 'IN', '', 'Dear sir, refund amount credited to my account today. Thank you for your kind co-operation.'],
  ['thanks', false, 'de', 'DE', '', 'Hallo, wollte nur Bescheid geben: Ich habe die Bewertung jetzt auf 5 Sterne geändert, nachdem Sie so schnell Ersatz geschickt haben. Danke!'],
  ['other', false, 'de', 'AT', '', 'Grüß Gott, wir sind ab 2. bis 16. August auf Urlaub. Bitte erst danach versenden, sonst liegt das Packerl zwei Wochen bei der Post.'],
  ['spam_or_suspicious', false, 'de', 'DE', 'Initiativbewerbung', 'Sehr geehrte Damen und Herren, hiermit bewerbe ich mich als Lagerhelfer bzw. Packer in Ihrem Versand. Ich bin zuverlässig und ab sofort verfügbar. Lebenslauf anbei.'],
  ['thanks', false, 'fr', 'FR', 'Re: étiquette retour', "Étiquette bien reçue, je dépose le colis demain au point relais. Merci pour votre réactivité."],
  ['other', false, 'fr', 'CA', '', "Bonjour, vous êtes une entreprise québécoise ou vous expédiez de l'étranger? J'aime bien encourager l'achat local."],
  ['spam_or_suspicious', true, 'fr', 'FR', '', 'Bonjour cher vendeur, gagnez 3000€ par semaine grâce au trading crypto automatisé, résultats garantis. Contactez notre conseiller sur WhatsApp au +33 7 56 11 90 24.'],
  ['thanks', false, 'it', 'IT', '', 'tutto ok, il tecnico ha montato la cappa stamattina e va benissimo. grazie per i consigli'],
  ['other', false, 'it', 'IT', '', 'Buonasera, vi segnalo che il corriere ha lasciato il pacco aperto sul pianerottolo senza suonare. Il contenuto è a posto, ma forse è meglio cambiare corriere.'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'ciao ciao ciao prova prova 123'],
  ['thanks', false, 'es', 'ES', '', 'Buenas, ya os he devuelto la consola por Correos y me ha llegado el reembolso hoy mismo. Todo correcto, gracias por la rapidez.'],
  ['other', false, 'es', 'MX', '', 'Hola, ¿podrían poner en la guía mi número de celular 55 3187 2204? El repartidor nunca encuentra la privada y así me puede marcar.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola, somos el AMPA del colegio San Fermín y estamos organizando una rifa solidaria. ¿Nos donaríais algún producto de vuestra tienda? Os pondríamos en el cartel de patrocinadores.'],
  ['thanks', false, 'nl', 'NL', '', 'Top, de retourlabel werkt. Pakket staat al bij het PostNL punt. Dank!'],
  ['other', false, 'nl', 'BE', '', 'Dag, mag de factuurnaam op de doos weggelaten worden? Het is een verrassing voor mijn vrouw en zij opent meestal de pakjes.'],
  ['spam_or_suspicious', true, 'pl', 'PL', 'Weryfikacja konta sprzedawcy', 'Szanowny Sprzedawco, Twoje konto zostanie zawieszone z powodu niezweryfikowanych danych podatkowych. Zaloguj się w ciągu 24 godzin: https://sellercentral-pl-weryfikacja.com'],
  ['thanks', false, 'sv', 'SE', '', 'Tack för snabbt svar, då förstår jag hur laddaren ska sitta. Allt funkar nu!'],
  ['other', false, 'pt', 'BR', '', 'Oi! Vocês são uma loja familiar? Vi que o nome da loja é o mesmo de uma marca de bolos da minha cidade, fiquei curiosa kkk'],
  ['delivery_status', false, 'tr', 'TR', '', 'Teşekkürler, bilgi için sağ olun. Peki kargo ne zaman elime ulaşır acaba, takip numarası hâlâ çalışmıyor.'],
  // ── batch 2
  ['thanks', false, 'ja', 'JP', '', '手書きのメッセージカードまで入っていて感激しました。大事に使わせていただきます。'],
  ['other', false, 'ja', 'JP', '受け取りについて', 'いつもお世話になっております。マンションの宅配ボックスが小さく、この大きさの箱は入らないと思います。不在の場合は再配達ではなく、管理人室に預けていただくよう伝票に書いていただけないでしょうか。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【Amazon出品サービス】ブランド登録の更新期限について', 'ブランド登録（Brand Registry）の商標情報の有効期限が近づいております。期限を過ぎますと出品中の全ASINが非表示となります。以下のリンクから出品用アカウントでサインインし、更新手続きを行ってください。 hxxps://brandregistry-amazon.co-jp.info/renew'],
  ['thanks', false, 'ja', 'JP', '', 'ありがとうございました〜また買います'],
  ['other', false, 'ja', 'JP', '', '御社の商品、いつも職場でまとめて購入しています。次回から納品書に部署名「総務課」を入れていただくことは可能でしょうか？なくても大丈夫です。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'あいうえおかきくけこ'],
  ['thanks', false, 'en', 'UK', '', "Cheers for sorting the swap so quickly. Right size this time, daughter's chuffed."],
  ['other', false, 'en', 'US', 'review', "Hey, I tried to leave a review for the camping lantern but Amazon keeps saying I'm not eligible. I bought it from you 3 weeks ago. Is there something on your end?"],
  ['spam_or_suspicious', false, 'en', 'AU', '', 'G\'day, I run a small podcast for Aussie e-commerce founders and would love to have you on as a guest. 30 min chat, no cost. Let me know if you\'re keen!'],
  ['other', true, 'en', 'US', '', "hey so amazon is holding my payment for a security check, could you just ship now and ill make sure it goes through by tomorrow? its for my wifes surgery recovery"],
  ['thanks', false, 'en', 'SG', '', 'Ok noted with thanks. Will wait for the restock then.'],
  ['product_question', false, 'en', 'US', '', "Thanks for the fast shipping, the kids are obsessed. Quick question, do the magnetic tiles work with the Magna-Tiles brand ones we already have?"],
  ['thanks', false, 'de', 'CH', 'Re: Lieferverzögerung', 'Kein Problem, danke fürs Bescheid geben. Ich warte gern noch die paar Tage.'],
  ['other', false, 'de', 'DE', '', 'Moin, kleiner Hinweis: Auf Ihrer Produktseite steht beim Akku oben in der Überschrift 5000 mAh, weiter unten in den Details aber 4500 mAh. Vielleicht mal vereinheitlichen, nur damit Sie es wissen.'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Hallo, ich bin Käuferin und habe Ihnen wegen einer Reklamation eine Datei geschickt. Amazon blockiert sie, bitte laden Sie sie hier herunter und entpacken Sie sie: dropfile-share.net/rekl_2291.zip'],
  ['thanks', false, 'fr', 'BE', '', 'Bien reçu la facture, c\'est parfait pour ma comptabilité. Merci et bonne continuation.'],
  ['other', false, 'fr', 'FR', '', "Bonjour, je viens de voir que vous m'avez envoyé trois mails pour me demander un avis alors que le colis n'est même pas encore arrivé. Un peu tôt, non ?"],
  ['spam_or_suspicious', false, 'fr', 'FR', 'Partenariat', "Bonjour, je suis étudiante en école de commerce et je réalise un mémoire sur les vendeurs Amazon. Accepteriez-vous de répondre à un questionnaire de 15 minutes ?"],
  ['thanks', false, 'it', 'IT', 'Re: reso', 'Perfetto, ricevuto il rimborso. Siete stati correttissimi, grazie ancora.'],
  ['other', false, 'it', 'IT', '', "Buongiorno, è un regalo di laurea per mia figlia, potreste mettere un biglietto con scritto 'Brava dottoressa! Mamma e papà'? Grazie mille"],
  ['spam_or_suspicious', true, 'it', 'IT', 'Notifica di rimborso Amazon', 'Gentile venditore, Amazon le deve un rimborso di commissioni di 412,60 €. Per riceverlo inserisca i dati della carta al link: amazon-rimborsi-venditori.it/modulo'],
  ['thanks', false, 'es', 'MX', '', 'ya quedó, mi hijo lo armó solito siguiendo el video. gracias por la paciencia'],
  ['other', false, 'es', 'ES', '', 'Hola, solo comentaros que la caja venía con mucho plástico de burbujas para algo tan pequeño. El producto genial, pero estaría bien reducir embalaje.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Buenos días, ¿le interesaría un préstamo para financiar su stock de Amazon? Aprobación en 24h, sin avales. Responda a este mensaje para más información.'],
  ['thanks', false, 'pl', 'PL', 'Re: zwrot', 'Pieniądze już wróciły na konto, dziękuję za sprawną obsługę i pozdrawiam.'],
  ['other', false, 'pl', 'PL', '', 'Dzień dobry, czy mogą Państwo nadać paczkę dopiero w poniedziałek? W weekend nie będzie mnie w domu, a paczkomat przy bloku jest zepsuty.'],
  ['spam_or_suspicious', false, 'pt', 'PT', '', 'Olá, somos uma empresa de Braga que faz embalagens personalizadas com o seu logótipo. Envie-nos as medidas das suas caixas e fazemos orçamento sem compromisso.'],
  ['other', false, 'sv', 'SE', '', 'Hej, jag gillar verkligen era produkter. Har ni funderat på att sälja via en egen webbshop? Jag handlar helst inte på Amazon.'],
  ['thanks', false, 'tr', 'TR', '', 'Değişim ürünü bugün geldi, bu sefer sorunsuz. İlginiz için çok teşekkürler.'],
  ['invoice_request', false, 'nl', 'NL', '', 'Bedankt voor de snelle levering! Kunnen jullie nog een factuur op naam van mijn bedrijf sturen, met BTW-nummer NL8539.22.110.B01?'],
];

export const TRAINING_THANKS_SPAM_OTHER_12: Example[] = fromRows(rows);
