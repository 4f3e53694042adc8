/**
 * Round-10 training messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious) and the
 * requests the taxonomy files under `other` (delivery instructions, gift notes, packaging wishes, remarks and feedback,
 * questions about the shop), with near-misses of other categories labelled with their true category. Fresh labelled
 * messages written for the learned model's training (lib/classify/learned/), never copied or paraphrased from the dev
 * corpus; every row carries its true labels, whatever the classifier says today. Written in batches of about 30, each
 * measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', 'Re: お問い合わせの件', 'ご回答ありがとうございます。おかげさまで疑問が解消しました。引き続きよろしくお願いいたします。'],
  ['other', false, 'ja', 'JP', '', '玄関のチャイムが壊れているので、配達の方にはドアをノックしてもらうようお伝えいただけますか。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【知的財産権侵害の通知】', 'お客様の出品商品が商標権を侵害しているとの申し立てがありました。48時間以内に下記フォームから異議申し立てを行わない場合、出品は削除されます。https://amzn-brand-claim.jp/form'],
  ['thanks', false, 'ja', 'JP', '', '🙇‍♀️🙇‍♀️ 受け取りました！'],
  ['other', true, 'ja', 'JP', '', '銀行振込を選びましたが、振込は月末になります。在庫がなくなると困るので、先に送っておいてください。'],
  ['other', false, 'ja', 'JP', '', 'こちらのショップで買うと毎回ダンボールが大きすぎてゴミ出しが大変です。もう少し小さい箱にしていただけると嬉しいです。商品自体は満足しています。'],
  ['invoice_request', false, 'ja', 'JP', '', '無事届きました、ありがとうございました。ところで領収書を宛名「株式会社ミナト」で発行していただけますか？'],
  ['thanks', false, 'en', 'US', 'Re: Your order has shipped', 'Cool, thanks for the heads up. Tracking number works fine.'],
  ['other', false, 'en', 'US', '', "Hey, our building has a parcel locker in the lobby but if the driver can't get in, please just leave it with the concierge desk. thanks"],
  ['spam_or_suspicious', false, 'en', 'US', '', "Good day, we are a Vietnamese furniture manufacturer looking for Amazon resellers in North America. Wholesale catalogue and factory prices available on request."],
  ['spam_or_suspicious', true, 'en', 'US', 'URGENT: chargeback filed', 'A buyer has filed a chargeback on one of your orders. Log in through the secure link below within 12 hours to submit evidence or the funds will be debited from your account: amzn-disputes-center.com/case'],
  ['other', false, 'en', 'UK', '', "Not sure who to tell this, but the box had a handwritten note from someone else's order inside, with their name and phone number on it. Thought you'd want to know for privacy reasons."],
  ['other', true, 'en', 'IN', '', "Can you please just mark it as dispatched now? Our company's system closes the PO only when it shows shipped. Actual dispatch can be next week, no issue."],
  ['thanks', false, 'en', 'CA', '', "no worries at all about the delay, it got here in the end and it's lovely. have a good weekend"],
  ['product_question', true, 'en', 'IN', '', 'Received with thanks. For my next order of 20 units, can we do bank transfer directly and skip the Amazon fees? my email is r.kapoor.trade@gmail.com'],
  ['thanks', false, 'de', 'DE', '', 'Hallo, danke für die Info zur Lieferverzögerung. Kein Problem, ich brauche es sowieso erst im Frühjahr.'],
  ['other', false, 'de', 'DE', '', 'Guten Tag, ich wohne im Hinterhaus. Bitte dem Fahrer sagen, dass er durch die Einfahrt links muss, sonst findet er die Klingel nicht.'],
  ['spam_or_suspicious', true, 'de', 'DE', '', 'Guten Tag, ich habe ein Problem mit dem Artikel. Die Fotos habe ich hochgeladen, bitte melden Sie sich mit Ihrem Amazon-Konto an, um sie anzusehen: drive-amazon-share.com/k7p'],
  ['thanks', false, 'fr', 'FR', '', 'Bonsoir, le remboursement partiel est bien apparu sur mon compte. Merci pour le geste commercial, inutile de répondre.'],
  ['other', false, 'fr', 'FR', '', "Bonjour, vous êtes une petite entreprise familiale ? Simple curiosité, vos produits sont vraiment soignés."],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, nous proposons des prêts professionnels rapides pour les vendeurs e-commerce, jusqu’à 50 000 €, réponse en 24 h. Voulez-vous une simulation gratuite ?'],
  ['other', false, 'it', 'IT', '', 'Buongiorno, sul citofono c\'è scritto "Studio Ferri" e non il mio cognome. Potete avvisare il corriere? Grazie'],
  ['thanks', false, 'it', 'IT', '', 'Grazie per la risposta così veloce, tutto chiaro. Buona domenica!'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Ciao, vendiamo follower e like Instagram per negozi online, pacchetti da 1000 a 50.000. Listino su richiesta.'],
  ['other', false, 'es', 'ES', '', 'Hola, el timbre no funciona. Que el repartidor llame al móvil que aparece en el pedido, por favor.'],
  ['thanks', false, 'es', 'ES', '', 'Muchísimas gracias por el detalle de los caramelos en la caja, a mis hijos les ha encantado 😄'],
  ['spam_or_suspicious', true, 'es', 'ES', '', 'Felicidades, ha sido seleccionado para recibir un bono de 300 € de Amazon Ads. Para activarlo, introduzca sus credenciales de Seller Central en el siguiente enlace: amazon-bono-ads.es'],
  ['other', false, 'nl', 'NL', '', 'Hoi, het pakketje mag gewoon in de schuur achter het huis, de deur zit niet op slot. Bedankt!'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Dzień dobry, oferujemy szybkie pożyczki dla firm sprzedających na Amazonie, bez BIK i bez zbędnych formalności. Zainteresowany?'],
  ['thanks', false, 'sv', 'SE', '', 'Tack för svaret, då vet jag. Ha en bra dag!'],
  ['other', false, 'pt', 'PT', '', 'Bom dia, gostei muito do produto, mas o manual em português tem muitos erros de tradução. Fica a sugestão.'],
  ['other', false, 'tr', 'TR', '', 'Merhaba, kapıcımız öğlen 12 ile 2 arası yok, kargocu o saatlerde gelmesin lütfen.'],
];

export const TRAINING_THANKS_SPAM_OTHER_10: Example[] = fromRows(rows);
