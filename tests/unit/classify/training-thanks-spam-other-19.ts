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
];

export const TRAINING_THANKS_SPAM_OTHER_19: Example[] = fromRows(rows);
