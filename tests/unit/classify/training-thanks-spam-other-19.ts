/**
 * Round-19 labelled messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious, phishing
 * with the scam flag) and the requests the taxonomy files under `other`, with near-misses of other categories labelled
 * with their true category. Fresh labelled messages written for the learned model's training (lib/classify/learned/)
 * and, before it learns from them, as a held-out estimate of the hidden evaluation set; never copied or paraphrased
 * from the dev corpus. Every row carries its true labels, whatever the classifier says. Written in batches of about
 * 30, each measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', '本日、無事に受け取りました。加湿器、音も静かで気に入りました。ありがとうございました。'],
  ['thanks', false, 'ja', 'JP', 'Re: 発送のご連絡', 'ご丁寧にありがとうございます。到着を楽しみに待っております。'],
  ['other', false, 'ja', 'JP', '', '領収書は不要なので、納品書も同梱しないでいただけますか？プレゼントで直接相手に届くので。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '【無料診断】商品ページ改善', 'お世話になります。Amazon専門の運用代行をしております株式会社リンクスの田中と申します。現在、無料でストア診断を実施しております。ご希望の際は本メッセージにご返信ください。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【緊急】出品制限のお知らせ', 'Amazonセラーセントラルからのお知らせです。お客様の出品情報に規約違反の疑いがあります。48時間以内に下記URLからログインし、本人確認を完了してください。https://sellercentral-amazon-jp.verify-login.net'],
  ['other', false, 'ja', 'JP', '', '商品とは関係ないのですが、ショップの評価を書いたら間違えて星2にしてしまいました。直し方わかりますか？'],
  ['product_question', false, 'ja', 'JP', '', '届きました、ありがとうございます！ところでこのフライパンはIHでも使えますか？'],
  ['thanks', false, 'en', 'US', '', 'Package showed up today, way ahead of schedule. Appreciate it!'],
  ['thanks', false, 'en', 'AU', 'Re: your question', 'No worries at all, it turned up at the post office. All sorted, ta.'],
  ['other', false, 'en', 'US', '', "Could you please not put the seller flyer asking for 5 stars in the box? It's a gift and I don't want the recipient to see it."],
  ['spam_or_suspicious', true, 'en', 'US', 'Listing removed - action required', 'Dear Seller, your ASIN B09XK2L7QP has been flagged for a safety violation and will be removed from the catalog. To appeal, sign in through the secure link below within 24 hours: http://sellercentral-appeals-amazon.co/login'],
  ['spam_or_suspicious', false, 'en', 'UK', '', "Hiya, we're a small agency doing Amazon PPC management for home & garden brands. Happy to do a free audit of your ad account, just reply YES."],
  ['spam_or_suspicious', false, 'en', 'US', '', 'asdf test test 123'],
  ['delivery_status', false, 'en', 'CA', '', 'Thanks for the tracking number! It still says pre-shipment though, is it actually on its way?'],
  ['thanks', false, 'de', 'DE', '', 'Moin, die Wanduhr ist heil angekommen und hängt schon. Vielen Dank!'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Wichtige Mitteilung', 'Sehr geehrter Verkäufer, Ihre Auszahlungen wurden vorübergehend eingefroren. Bitte bestätigen Sie Ihre Bankverbindung über folgenden Link: http://amazon-verkaeufer-konto.de/bestaetigen. Ihr Amazon Team'],
  ['other', false, 'de', 'AT', '', 'Servus, wäre es möglich, das Paket nicht in die Packstation zu schicken? Ich komme dort erst nächste Woche hin.'],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Hallo, wir sind ein Übersetzungsbüro und übersetzen Ihre Listings in 5 Sprachen zum Festpreis. Interesse?'],
  ['thanks', false, 'fr', 'FR', '', "Bien reçu le remboursement, merci pour votre honnêteté. Bonne continuation !"],
  ['other', false, 'fr', 'BE', '', "Bonjour, pourriez-vous indiquer le numéro de commande sur l'étiquette ? Nous sommes plusieurs au même bureau à commander."],
  ['spam_or_suspicious', true, 'fr', 'FR', 'Vérification obligatoire', "Service Vendeurs Amazon : votre compte sera suspendu sous 48 h si vous ne confirmez pas vos informations fiscales. Cliquez ici : http://amazon-vendeur-verif.fr"],
  ['thanks', false, 'it', 'IT', '', 'Arrivato tutto, anche prima del previsto. Grazie di cuore!'],
  ['other', false, 'it', 'IT', '', "Buongiorno, ho visto che il vostro negozio ha cambiato nome. Siete sempre voi? Volevo solo esserne sicuro prima del prossimo ordine."],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Salve, siamo una web agency di Padova: realizziamo video prodotto per Amazon a partire da 99 euro. Le invio il portfolio?'],
  ['thanks', false, 'es', 'ES', '', 'Todo perfecto, llegó ayer por la tarde. Muchas gracias y un saludo.'],
  ['spam_or_suspicious', true, 'es', 'MX', '', 'Hola vendedor, soy influencer de cocina con 60 mil seguidores en TikTok. Mándame el producto gratis y te hago un video. Escríbeme al WhatsApp +52 55 3187 2290.'],
  ['other', false, 'es', 'ES', '', 'Buenas, ¿podríais no poner el precio en el paquete? Es un regalo para mi suegra.'],
  ['thanks', false, 'nl', 'NL', '', 'Pakketje is binnen, alles heel. Dank je wel!'],
  ['spam_or_suspicious', false, 'nl', 'BE', '', 'Dag verkoper, wij bieden goedkope verzendlabels voor heel Europa aan. Zal ik u een offerte sturen?'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka odebrana z paczkomatu, wszystko się zgadza. Dziękuję!'],
  ['address_change', false, 'pl', 'PL', '', 'Dzień dobry, czy mogą Państwo dopisać na paczce numer mieszkania? Kurier zawsze ma problem, adres w zamówieniu jest dobry.'],
  ['spam_or_suspicious', true, 'sv', 'SE', 'Ditt konto är spärrat', 'Amazon Säljarsupport: ditt konto har spärrats på grund av misstänkt aktivitet. Logga in via länken nedan inom 24 timmar för att undvika stängning: http://amazon-saljare-se.com'],
  ['thanks', false, 'pt', 'BR', '', 'Recebi hoje, tudo certo com o pedido. Valeu!'],
  ['address_change', false, 'tr', 'TR', '', 'Merhaba, siparişi iş yerime değil de akşam evde teslim alabilir miyim? Kargo saatini ayarlayabiliyor musunuz?'],
  // ── batch 2
  ['thanks', false, 'ja', 'JP', '', 'とどいた！はやい！'],
  ['thanks', false, 'ja', 'JP', 'Re: 交換品について', 'お世話になっております。交換品、昨日の夕方に受け取りました。今度は問題なく動いております。この度はお手数をおかけいたしました。'],
  ['other', false, 'ja', 'JP', '', '梱包についてですが、緩衝材が多すぎてゴミ出しが大変でした。次回からもう少し減らしていただけると嬉しいです。商品自体はとても良かったです。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', '初めまして。商品レビューを書いてくれる方を募集しています。購入代金は全額PayPalで返金、さらに謝礼1000円。詳しくはLINE ID: rev_job77 まで。'],
  ['spam_or_suspicious', false, 'ja', 'JP', 'OEM製造のご案内', '中国・深センの工場です。御社のブランドでシリコン製品のOEM生産を承ります。小ロット300個から対応可能です。カタログをお送りしてもよろしいでしょうか。'],
  ['other', true, 'ja', 'JP', '', '支払いは来週の給料日になるのですが、先に発送だけしてもらえませんか？必ず払いますので。'],
  ['other', false, 'ja', 'JP', '', '前回注文したときについていたおまけのステッカー、子どもがとても喜んでいました。今回は入っていなかったので、もしまだあれば入れていただけませんか？'],
  ['thanks', false, 'en', 'UK', '', 'Just a quick note to say the kettle arrived and it is lovely. Thank you kindly.'],
  ['thanks', false, 'en', 'IN', 'Re: Order 408-2291736-5548120', 'Noted sir, received the replacement. Issue is resolved now. Thanking you.'],
  ['other', false, 'en', 'US', '', "Love the candles, but the scent label on the lavender one says 'vanilla'. Not a big deal, just thought you'd want to fix your labels."],
  ['spam_or_suspicious', true, 'en', 'US', 'Brand Registry notice', "This is Amazon Brand Registry. A competitor has filed an IP complaint against your brand. To keep your listings active, verify brand ownership at amazon-brandregistry-support.com within 12 hours."],
  ['spam_or_suspicious', false, 'en', 'US', '', "Hey! I'm raising money for my daughter's softball team. Any chance you could donate a couple of items for our raffle? We'd put your logo on the flyer!"],
  ['product_question', true, 'en', 'US', '', "Interested in 200 units of the yoga mats for my studio chain. Amazon fees are too high for both of us, text me at 415-662-0193 and I'll pay you direct by Zelle."],
  ['other', false, 'en', 'AU', '', "Do you guys have a physical shop in Melbourne? Would love to pop in and see the rest of the range."],
  ['thanks', false, 'de', 'CH', '', 'Alles angekommen, funktioniert tipptopp. Merci und en schöne Tag!'],
  ['spam_or_suspicious', false, 'de', 'DE', 'Ihre Amazon-Bewertungen', 'Guten Tag, mit unserer Software erhalten Sie automatisch mehr Bewertungen. Jetzt 30 Tage kostenlos testen unter www.review-booster.de'],
  ['other', false, 'de', 'DE', '', 'Hallo, ich möchte nur anmerken, dass auf der Rechnung meine alte Firmenanschrift steht. Das ist aber mein Fehler im Konto, also kein Handlungsbedarf, nur zur Info. Nein, warten Sie: eine Frage habe ich doch – sind Sie eigentlich ein deutscher Händler?'],
  ['thanks', false, 'fr', 'CA', '', "Reçu ce matin, tout est beau. Merci ben gros!"],
  ['thanks', false, 'fr', 'FR', 'Re: Votre question', "Parfait, c'est exactement ce qu'il me fallait savoir. Merci pour la réponse rapide."],
  ['spam_or_suspicious', false, 'fr', 'FR', '', "Bonjour, vous vendez sur Amazon ? Lancez-vous aussi sur Leboncoin et Vinted grâce à notre outil de multi-diffusion. Démo gratuite, répondez à ce message."],
  ['other', false, 'fr', 'FR', '', "Bonjour, j'ai laissé un avis 1 étoile par erreur, je voulais cliquer sur 5. Désolé, je vais essayer de le modifier."],
  ['thanks', false, 'it', 'IT', '', 'Ok perfetto, allora aspetto il corriere. Grazie mille per la risposta.'],
  ['spam_or_suspicious', true, 'it', 'IT', 'Verifica identità', 'Amazon Seller Central: abbiamo rilevato un accesso anomalo al suo account. Per evitare la sospensione confermi le sue credenziali al link: http://amazon-it-sicurezza.net'],
  ['other', false, 'it', 'IT', '', 'Salve, il prodotto va benissimo, ma nella scatola c’era un volantino che offriva un buono Amazon in cambio di una recensione a 5 stelle. Non mi sembra corretto, ve lo segnalo.'],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'xxxxxxx prova prova'],
  ['thanks', false, 'es', 'MX', '', 'Ya quedó, era cuestión de cargarlo toda la noche. Gracias por la paciencia!'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Buenos días, somos una gestoría online especializada en vendedores de Amazon: IVA, OSS y modelo 349. Primera consulta gratuita.'],
  ['other', false, 'es', 'ES', '', 'Hola, ¿el paquete puede ir sin el logo de la tienda por fuera? Es para una sorpresa.'],
  ['thanks', false, 'nl', 'BE', '', 'Alles goed ontvangen, netjes verpakt. Merci!'],
  ['spam_or_suspicious', true, 'pl', 'PL', 'Weryfikacja konta', 'Amazon Seller Central: Twoje konto zostanie zawieszone. Zaloguj się przez link http://amazon-pl-weryfikacja.com i potwierdź dane karty w ciągu 24 godzin.'],
  ['thanks', false, 'sv', 'SE', '', 'Tack för snabb leverans, allt funkar som det ska!'],
  ['other', false, 'sv', 'SE', '', 'Hej! Kan ni skicka med en extra påse med skruvar om det finns? Inget fel på leveransen, jag vill bara ha några i reserv.'],
  ['spam_or_suspicious', false, 'pt', 'BR', '', 'Olá! Somos uma agência de marketing digital e aumentamos suas vendas na Amazon em até 300%. Posso te mandar uma proposta?'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün elime ulaştı, çok teşekkür ederim. Kolay gelsin.'],

];

export const TRAINING_THANKS_SPAM_OTHER_19: Example[] = fromRows(rows);
