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
];

export const TRAINING_THANKS_SPAM_OTHER_16: Example[] = fromRows(rows);
