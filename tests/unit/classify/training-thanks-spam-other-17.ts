/**
 * Round-17 labelled messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious, phishing
 * with the scam flag) and the requests the taxonomy files under `other`, with near-misses of other categories labelled
 * with their true category. Fresh labelled messages written for the learned model's training (lib/classify/learned/)
 * and, before it learns from them, as a held-out estimate of the hidden evaluation set; never copied or paraphrased
 * from the dev corpus. Every row carries its true labels, whatever the classifier says. Written in batches of about
 * 30, each measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', 'ご連絡いただいた通りに再設定したら直りました。お騒がせしました、ありがとうございます。'],
  ['other', false, 'ja', 'JP', '', '発送は25日以降にしていただけると助かります。それまで出張で家を空けておりますので。'],
  ['other', false, 'ja', 'JP', '', 'Amazonを名乗るメールで「ご注文に問題があります」と届いたのですが、これは本物でしょうか？リンクはまだ押していません。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【重要】出金停止のお知らせ', 'Amazonセラーサポートです。お客様のアカウントで不正な出金申請を検知しました。解除するには本日中に 03-5846-2917 までお電話のうえ、SMSに届いた6桁の番号をお伝えください。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'ｊｊｊｊｊ　ｆｆｆ；；'],
  ['spam_or_suspicious', false, 'ja', 'JP', 'アンケートご協力のお願い', '突然のご連絡失礼いたします。大学でマーケティングを専攻している学生です。卒業研究のため、Amazon出品者様向けのアンケート（5分程度）にご協力いただけないでしょうか。'],
  ['thanks', false, 'ja', 'JP', 'Re: キャンセルについて', 'キャンセルの件、承知いたしました。迅速なご対応ありがとうございました。'],
  ['other', false, 'ja', 'JP', '', 'あの、商品ページの写真と説明文でサイズの表記が違っています（写真は30cm、説明は35cm）。届いたのは35cmで問題ないのですが、一応お知らせします。'],
  ['thanks', false, 'en', 'UK', 'Re: VAT invoice', 'Invoice came through fine, accounts are happy. Cheers!'],
  ['other', false, 'en', 'US', '', "Please hold off shipping until after the 28th, we're renovating and nobody's home to sign for it."],
  ['other', false, 'en', 'US', '', 'How do I leave seller feedback? I can only find the button for a product review.'],
  ['spam_or_suspicious', false, 'en', 'US', 'Job application', "Hello, I'm a recent graduate looking for a customer service position. I have 2 years of experience with Zendesk and Shopify. My resume is attached, hope you'll consider me."],
  ['spam_or_suspicious', true, 'en', 'US', 'Payout on hold', 'Amazon Seller Support: your payout of $3,412.88 is on hold. Call our verification desk at +1 (888) 402-7731 and read back the code we texted to your phone to release it.'],
  ['spam_or_suspicious', true, 'en', 'UK', '', 'We buy Amazon seller accounts, any age, any category. Top price paid within 24h. Telegram: @acc_buyer_uk'],
  ['other', false, 'en', 'US', '', "Heads up, the FedEx driver tossed the box over my fence. Everything inside is fine, but you may want to mention it to them."],
  ['thanks', false, 'en', 'SG', '', 'ok got it, tracking works now. thanks'],
  ['thanks', false, 'de', 'DE', '', 'Paket ist heute gekommen, der Bohrer passt perfekt. Besten Dank und schönes Wochenende!'],
  ['other', false, 'de', 'DE', '', "Bitte 'Vorsicht Glas' aufs Paket schreiben, unser Zusteller ist nicht gerade zimperlich."],
  ['spam_or_suspicious', false, 'de', 'DE', '', 'Guten Tag, ich bin kein Kunde, sondern suche einen Minijob im Versand. Haben Sie vielleicht etwas frei?'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Kontosperrung', 'Amazon Verkäuferservice: Ihr Konto wurde wegen verdächtiger Aktivität gesperrt. Rufen Sie uns unter 0800 724 1193 an und nennen Sie den Bestätigungscode aus der SMS.'],
  ['thanks', false, 'fr', 'FR', '', "Problème réglé, c'était la pile. Merci beaucoup pour votre patience."],
  ['other', false, 'fr', 'FR', '', "Bonjour, est-ce que vous vendez aussi sur Cdiscount ? Je ne trouve pas votre boutique là-bas."],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, nous rachetons vos invendus et retours clients par palettes entières, paiement comptant. Intéressé ?'],
  ['thanks', false, 'it', 'IT', '', 'Problema risolto, era il filtro montato al contrario. Grazie mille!'],
  ['other', false, 'it', 'IT', '', 'Salve, il corriere mi ha chiesto 5 euro in contanti per consegnarmi il pacco. È normale? Ve lo segnalo.'],
  ['spam_or_suspicious', true, 'it', 'IT', 'Pagamenti sospesi', 'Assistenza Amazon: per sbloccare i pagamenti chiami il numero 02 8734 1190 e comunichi il codice ricevuto via SMS.'],
  ['thanks', false, 'es', 'ES', '', 'Ya encontré la factura en mi cuenta, gracias de todas formas.'],
  ['other', false, 'es', 'ES', '', 'Hola, ¿me lo podéis mandar sin el manual en papel? Lo tengo en PDF y así ahorramos papel.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola, soy estudiante de ADE y hago una encuesta sobre vendedores online para mi TFG. ¿Podría responder 10 preguntas?'],
  ['thanks', false, 'nl', 'NL', '', 'Retourlabel werkte, pakket is vanochtend afgegeven bij het PostNL-punt. Dank!'],
  ['other', false, 'nl', 'NL', '', 'Hallo, verkopen jullie ook via Bol.com? Daar heb ik nog een cadeaubon liggen.'],
  ['spam_or_suspicious', false, 'pl', 'PL', '', 'Kupujemy palety ze zwrotami z Amazon, każda ilość, szybka płatność. Proszę o kontakt.'],
  ['other', false, 'sv', 'SE', '', "Hej, kan ni skriva 'ömtåligt' på paketet? Det är glas i."],
  ['thanks', false, 'pt', 'BR', '', 'Problema resolvido, obrigado pela ajuda!'],
  ['other', false, 'tr', 'TR', '', "Merhaba, kargoyu ayın 15'inden sonra gönderebilir misiniz? Tatildeyim, evde kimse yok."],
];

export const TRAINING_THANKS_SPAM_OTHER_17: Example[] = fromRows(rows);
