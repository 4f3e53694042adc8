/**
 * Round-16 labelled messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious, phishing
 * with the scam flag) and the requests the taxonomy files under `other`, with near-misses of other categories labelled
 * with their true category. Fresh labelled messages written for the learned model's training (lib/classify/learned/)
 * and, before it learns from them, as a held-out estimate of the hidden evaluation set; never copied or paraphrased
 * from the dev corpus. Every row carries its true labels, whatever the classifier says. Written in batches of about
 * 30, each measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', 'ご注文の品、本日受け取りました。子どもが早速遊んでいます。迅速な発送に感謝いたします。'],
  ['thanks', false, 'ja', 'JP', 'Re: 交換のご案内', 'ご返信ありがとうございます。内容、了解しました。引き続きよろしくお願いいたします。'],
  ['other', false, 'ja', 'JP', '', '発送の際、伝票の品名を「日用品」と書いていただけますか？家族に中身を知られたくないので。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '物流コスト削減セミナーのご案内', '【お知らせ】Amazon出品者様向け 物流コスト削減セミナー（オンライン・参加無料）を12月5日に開催します。お申し込みは本メッセージへの返信で受け付けております。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【Amazon】本人確認書類の再提出のお願い', 'セラーアカウントの本人確認が完了していません。72時間以内に以下のリンクから運転免許証の画像をアップロードしてください。期限を過ぎると売上金のお支払いが停止されます。 http://amzn-seller-verify.jp-net.com/'],
  ['other', true, 'ja', 'JP', '', 'すみません、学校の備品として注文しました。公費の支払いが翌月になるので、それまで「発送済み」にしておいていただけますか？実際の発送はその後で構いません。'],
  ['thanks', false, 'ja', 'JP', '', 'きたー！思ってた色よりずっと可愛い💕 ありがとうございました'],
  ['thanks', false, 'en', 'US', '', 'Arrived safe and sound. Much appreciated!'],
  ['thanks', false, 'en', 'UK', 'Re: Missing screws', "Lovely, the screws turned up in today's post. All assembled now. Thanks ever so much."],
  ['other', false, 'en', 'US', '', "FYI the listing title says 'pack of 6' but the main picture shows 4. I got 6 so no complaint, it might just confuse people."],
  ['spam_or_suspicious', false, 'en', 'US', '', 'Hi there, my name is Kevin and I run a 3PL warehouse in Reno, NV. We offer same-day prep and FBA inbound for $0.45/unit. Would you be open to a 10-minute call this week?'],
  ['spam_or_suspicious', true, 'en', 'US', 'Amazon Seller Performance - Notice of Trademark Complaint', 'We have received a trademark infringement complaint regarding your listing. Your account will be deactivated unless you submit a response form within 24 hours: https://amazon-sellerperformance-case.com/respond . Do not reply to this message.'],
  ['other', true, 'en', 'US', '', "My card got declined on the order but I get paid Friday. Can you send it out today anyway and I'll sort the payment then? Promise."],
  ['product_question', false, 'en', 'IN', '', 'Thank you for the quick delivery. Sir, is there any spare blade available for this mixer? Please tell the part number.'],
  ['thanks', false, 'de', 'DE', '', 'Päckchen ist da, die Kinder freuen sich riesig. Dankeschön!'],
  ['other', false, 'de', 'DE', '', 'Hallo, die Lieferung kam in drei einzelnen Paketen an drei verschiedenen Tagen. Wäre schön, wenn man das künftig zusammen verschicken könnte. Ansonsten alles top.'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Hallo! Verdiene 500 € pro Woche mit Produkttests von zu Hause aus, keine Vorkenntnisse nötig. Einfach bei Telegram melden: @jobs_produkttest_de'],
  ['thanks', false, 'de', 'AT', 'Re: Ersatzteil', 'Passt, Ersatzteil ist montiert und hält. Danke vielmals, gerne wieder.'],
  ['thanks', false, 'fr', 'FR', '', "Reçu aujourd'hui, conforme à la description. Merci !"],
  ['other', false, 'fr', 'FR', '', "Bonjour, pourriez-vous m'envoyer l'article sans la notice papier ? J'essaie de limiter les déchets, la version PDF me suffit."],
  ['spam_or_suspicious', false, 'fr', 'FR', '', "Bonjour, nous sommes une start-up lyonnaise qui propose un logiciel de repricing automatique pour Amazon. Essai gratuit de 14 jours, sans engagement. Puis-je vous envoyer une démo ?"],
  ['spam_or_suspicious', true, 'fr', 'FR', 'Remboursement de frais FBA', 'Amazon Seller Central : un trop-perçu de 287,40 € vous est dû. Pour le recevoir, renseignez vos coordonnées bancaires sur amazon-fr-remboursement.com sous 48 h.'],
  ['thanks', false, 'it', 'IT', '', 'Tutto arrivato stamattina, imballo impeccabile. Grazie e alla prossima!'],
  ['other', false, 'it', 'IT', '', 'Buonasera, se possibile preferirei che il pacco partisse dopo il 20, fino ad allora sono ricoverata e a casa non c\'è nessuno. Grazie della comprensione.'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Salve, sono Marco di una tipografia di Bergamo: stampiamo biglietti di ringraziamento e inserti per i pacchi a prezzi bassissimi. Le interessa un campione gratuito?'],
  ['thanks', false, 'es', 'ES', '', '¡Recibido! Mi hija está encantada con la mochila. Gracias por todo.'],
  ['other', false, 'es', 'MX', '', 'Hola, solo comentarles que en otra tienda el mismo juguete viene con pilas incluidas. Podrían considerarlo. El producto está muy bien.'],
  ['spam_or_suspicious', true, 'es', 'ES', 'Verificación de cuenta', 'Amazon Seller Central: su método de cobro ha sido rechazado. Verifique su identidad en https://sellercentral-amazon.es-verificar.com en un plazo de 24 horas o su cuenta quedará suspendida.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Buenas tardes, ¿les interesaría aparecer en nuestra guía de regalos navideños (120k seguidores)? El coste es de 150 € por publicación.'],
  ['thanks', false, 'nl', 'NL', '', 'Vandaag binnengekomen, werkt prima. Top service, dank jullie wel!'],
  ['other', false, 'pl', 'PL', '', 'Dzień dobry, czy mogliby Państwo nie wkładać ulotek reklamowych do paczki? Dziękuję.'],
  ['spam_or_suspicious', true, 'sv', 'SE', '', 'Hej säljare! Vi köper ert Amazon-konto för 20 000 kr kontant. Kontakta oss på WhatsApp +46 70 123 45 67.'],
  ['thanks', false, 'pt', 'PT', '', 'Chegou hoje, tudo certinho. Obrigada pela rapidez!'],
  ['other', false, 'tr', 'TR', '', 'Merhaba, paketin üzerine "kırılacak eşya" yazabilir misiniz? Geçen sefer kargocu kutuyu fırlattı.'],
  // ── batch 2
  ['thanks', false, 'ja', 'JP', 'Re: 返金のご連絡', '返金の件、カード明細で確認できました。迅速にご対応いただき恐縮です。'],
  ['product_question', false, 'ja', 'JP', '', '毎月同じものを3箱ずつ注文しているのですが、まとめて12箱買う場合は少し安くしていただくことはできますか？'],
  ['spam_or_suspicious', false, 'ja', 'JP', '商品紹介動画制作のご提案', 'はじめまして、動画制作会社の者です。Amazon商品ページ用の紹介動画を1本9,800円で制作いたします。サンプル動画をお送りしてもよろしいでしょうか。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'Amazonカスタマーサービスです。お客様の出品アカウントに第三者によるアクセスが確認されました。至急、下記の番号までお電話いただき、SMSで届いた認証コードをお伝えください。050-3188-4271'],
  ['other', false, 'ja', 'JP', '', 'いつも愛用しています。個人のインスタで御社の商品を紹介させていただいてもよろしいでしょうか？お礼などは不要です。'],
  ['thanks', false, 'ja', 'JP', '', 'お手数おかけしました。届いた代替品、問題なく使えております。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'あああああああ　ｍ'],
  ['thanks', false, 'en', 'AU', '', 'Got the replacement charger yesterday, all working. Cheers legends'],
  ['other', false, 'en', 'US', '', "Hey, the box came with a card offering a $10 gift card for a 5-star review. Just so you know that's against Amazon's rules, I'd hate for you to get in trouble over it."],
  ['spam_or_suspicious', true, 'en', 'US', 'Re: your listing', "Hi, I'm from the Amazon Brand Registry team. Your brand will be removed from the catalog today. To keep it, contact our agent on WhatsApp +1 (415) 555-0187 immediately."],
  ['spam_or_suspicious', false, 'en', 'CA', '', 'Good afternoon, I am a journalist writing a piece on Canadian small businesses selling on Amazon over the holidays. Would you be willing to answer a few questions by phone?'],
  ['other', true, 'en', 'UK', '', "Hi, I need the order to show as dispatched by tonight because of a deadline on my end. Just mark it as shipped and post it whenever, I won't complain."],
  ['thanks', false, 'en', 'IN', '', 'Thank you for the information sir. I will wait.'],
  ['delivery_status', false, 'en', 'SG', '', 'thanks for the reply! any update on the tracking though? still showing in transit since monday'],
  ['thanks', false, 'de', 'CH', '', 'Grüezi, alles bestens angekommen. Merci vielmal für die speditive Lieferung!'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Sehr geehrte Damen und Herren, wir kaufen Restposten und Retourenware in großen Mengen an, auch beschädigte Ware. Haben Sie Interesse an einem Angebot?'],
  ['other', false, 'de', 'DE', '', 'Hallo, darf ich Ihre Produktfotos für meinen Handarbeitsblog verwenden? Natürlich mit Link zu Ihrem Shop.'],
  ['thanks', false, 'fr', 'BE', '', 'Le colis est bien là, rien à redire. Encore merci et belle soirée.'],
  ['spam_or_suspicious', true, 'fr', 'FR', '', 'Félicitations ! Votre boutique a été sélectionnée pour le programme Amazon Vendeur Premium. Activez-le gratuitement en vous connectant ici : amazon-premium-vendeur.fr/activation'],
  ['other', false, 'fr', 'FR', '', "Bonjour, j'ai mis 2 étoiles trop vite, avant de comprendre comment marchait l'appareil. En fait il est très bien. Comment je peux modifier mon avis ?"],
  ['thanks', false, 'it', 'IT', '', 'Ok, ricevuto il codice di tracciamento. Grazie, gentilissimi.'],
  ['other', false, 'it', 'IT', '', 'Ciao, posso passare a ritirarlo di persona invece della spedizione? Abito anche io a Torino.'],
  ['spam_or_suspicious', true, 'it', 'IT', 'Controllo fiscale account', 'Gentile venditore, il suo account è stato selezionato per un controllo fiscale. Scarichi il modulo da questo link e lo compili entro oggi per evitare la sospensione: bit.ly/amz-modulo-it'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'buongiorno vendiamo pallet di resi a peso, prezzi da ingrosso, chiedi il listino'],
  ['thanks', false, 'es', 'MX', '', 'Ya me llegó, muy bien empacado. Mil gracias, saludos desde Monterrey.'],
  ['other', false, 'es', 'ES', '', 'Buenas, si no os importa, enviadlo después del puente de diciembre, que estaremos fuera del 5 al 9.'],
  ['spam_or_suspicious', true, 'es', 'MX', '', '¡Hola! Soy reclutadora de una agencia. Buscamos personas para calificar productos en Amazon desde casa, pago diario de $1,500 MXN. Mándame mensaje al WhatsApp 55 4120 9987.'],
  ['spam_or_suspicious', false, 'nl', 'NL', '', 'Goedemiddag, wij zijn een fulfilmentcentrum in Venlo en ontzorgen Amazon-verkopers volledig. Zullen we eens vrijblijvend kennismaken?'],
  ['thanks', false, 'pl', 'PL', '', 'Wszystko dotarło w jednym kawałku, dziękuję i pozdrawiam serdecznie.'],
  ['other', false, 'sv', 'SE', '', 'Hej! Går det att få paketet utan plastpåse runt kartongen? Vi försöker undvika plast hemma.'],
  ['spam_or_suspicious', true, 'pt', 'BR', '', 'Parabéns! Você ganhou um vale-presente Amazon de R$ 1.000. Para resgatar, confirme seu CPF e o número do cartão no link amazon-premios-br.com'],
  ['thanks', false, 'tr', 'TR', '', 'Sorun çözüldü, yardımınız için sağ olun.'],
];

export const TRAINING_THANKS_SPAM_OTHER_16: Example[] = fromRows(rows);
