/**
 * Round-14 labelled messages for thank-yous and confirmations (thanks), spam of every kind (spam_or_suspicious, phishing
 * with the scam flag) and the requests the taxonomy files under `other`, with near-misses of other categories labelled
 * with their true category. Fresh labelled messages written for the learned model's training (lib/classify/learned/)
 * and, before it learns from them, as a held-out estimate of the hidden evaluation set; never copied or paraphrased
 * from the dev corpus. Every row carries its true labels, whatever the classifier says. Written in batches of about
 * 30, each measured before the next (the counts are in the commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['thanks', false, 'ja', 'JP', '', '本日無事に受け取りました。梱包もとても丁寧で、安心しました。ありがとうございます。'],
  ['thanks', false, 'ja', 'JP', 'Re: 交換品の発送について', '承知いたしました。交換品の到着をお待ちしております。ご丁寧にありがとうございます。'],
  ['other', false, 'ja', 'JP', '', '子供の誕生日プレゼントなので、金額のわかる納品書は同梱しないでいただけますか？'],
  ['other', false, 'ja', 'JP', '', '日中は仕事で不在にしているので、玄関前に置き配でお願いします。インターホンは押さなくて大丈夫です。'],
  ['spam_or_suspicious', false, 'ja', 'JP', 'ショップ運営代行のご案内', 'はじめまして。弊社はAmazon出品者様向けに、商品ページの作成・広告運用・在庫管理をまとめて代行しております。初月無料キャンペーン中です。資料をお送りしてもよろしいでしょうか。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '【Amazon】お支払い情報の確認が必要です', 'Amazonセラーセントラルをご利用いただきありがとうございます。お客様の売上金の振込が保留されています。24時間以内に下記URLからログインし、口座情報を再確認してください。 https://sellercentral-jp.amazon-kakunin.net/login'],
  ['other', false, 'ja', 'JP', '', 'レビューを書こうと思ったのですが、星の数を押し間違えて★2になってしまいました。後から修正できますか？商品には満足しています。'],
  ['thanks', false, 'en', 'US', '', 'Package came today, everything looks great. Thank you!'],
  ['thanks', false, 'en', 'UK', 'Re: Order 204-5518820-3391047', "Brilliant, that's all sorted then. Thanks for getting back to me so quickly."],
  ['other', false, 'en', 'US', '', "Hi, could you please not put any Amazon or store branding on the outside of the box? It's a surprise for my husband and he always grabs the mail first."],
  ['spam_or_suspicious', true, 'en', 'US', 'Action required: listing policy violation', 'Dear Seller, your listing ASIN B09KX71QPL has been flagged for a policy violation and will be removed within 48 hours. To submit an appeal, verify your seller account at http://seller-appeals-amazon.support/verify'],
  ['spam_or_suspicious', false, 'en', 'US', 'Quick question about your brand', "Hi, I noticed your kitchen gadgets on Amazon and I think your main images could convert way better. We're a small design studio, happy to do one free mockup so you can see. Interested?"],
  ['other', false, 'en', 'CA', '', 'Just wanted to let you know the instructions in the box are only in Chinese and the English PDF link on the card is broken. Product works fine, just thought you should know.'],
  ['thanks', false, 'en', 'IN', '', 'Received the product in good condition. Thanks a lot for timely delivery sir.'],
  ['thanks', false, 'de', 'DE', '', 'Ware ist heute angekommen, alles bestens. Vielen Dank und schönes Wochenende!'],
  ['other', false, 'de', 'DE', 'Lieferung', 'Hallo, bitte die Sendung nicht vor dem 12. losschicken, wir sind bis dahin im Urlaub und niemand kann das Paket annehmen.'],
  ['spam_or_suspicious', false, 'de', 'DE', 'Ihr Amazon-Konto optimieren', 'Sehr geehrte Damen und Herren, als zertifizierte Amazon-Agentur steigern wir Ihre Umsätze durch PPC-Optimierung um durchschnittlich 35 %. Dürfen wir Ihnen eine kostenlose Analyse Ihres Kontos erstellen?'],
  ['thanks', false, 'fr', 'FR', '', 'Bonjour, colis reçu ce matin, tout est parfait. Merci beaucoup et bonne journée !'],
  ['other', false, 'fr', 'FR', '', "Bonjour, serait-il possible d'emballer le coffret dans du papier cadeau ? C'est pour Noël. Je peux payer un supplément s'il le faut."],
  ['spam_or_suspicious', true, 'fr', 'FR', 'Alerte sécurité compte vendeur', "Amazon Services : une connexion suspecte a été détectée sur votre compte vendeur. Afin d'éviter la suspension, confirmez votre identité ici : https://amazon-securite-vendeur.fr/connexion"],
  ['thanks', false, 'it', 'IT', '', 'Arrivato oggi, confezione perfetta. Grazie mille, molto gentili!'],
  ['other', false, 'it', 'IT', '', "Buongiorno, il pacco lo potete lasciare in portineria? Il portiere c'è dalle 8 alle 19. Grazie"],
  ['spam_or_suspicious', false, 'it', 'IT', 'Proposta di collaborazione', "Buongiorno, siamo un'azienda di Prato che produce borse in pelle per conto terzi. Possiamo realizzare la vostra linea con il vostro marchio. Vi allego il catalogo."],
  ['thanks', false, 'es', 'ES', '', 'Ya me ha llegado el pedido, todo perfecto. ¡Muchas gracias!'],
  ['other', false, 'es', 'ES', '', 'Hola, ¿podéis dejar el paquete en el bar de abajo si no estoy? El dueño es amigo y me lo guarda. Gracias'],
  ['spam_or_suspicious', true, 'es', 'ES', '', 'Hola vendedor, trabajo desde casa y gana 200€ al día solo dando me gusta a productos. Sin experiencia. Escríbeme por Telegram @trabajo_facil_es'],
  ['thanks', false, 'nl', 'NL', '', 'Pakketje netjes ontvangen, alles in orde. Bedankt!'],
  ['other', false, 'nl', 'NL', '', 'Hoi, kunnen jullie het pakket bij de buren op nummer 14 afgeven als ik niet thuis ben? Alvast bedankt.'],
  ['spam_or_suspicious', false, 'pl', 'PL', 'Współpraca', 'Dzień dobry, jesteśmy agencją marketingową specjalizującą się w reklamach Amazon. Chętnie przygotujemy bezpłatny audyt Państwa konta. Czy możemy się skontaktować?'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka dotarła, wszystko w porządku. Dziękuję bardzo!'],
  ['thanks', false, 'sv', 'SE', '', 'Fick paketet idag, allt ser bra ut. Tack så mycket!'],
  ['other', false, 'pt', 'BR', '', 'Olá, se eu não estiver em casa, podem deixar com o porteiro do prédio? Obrigada'],
  ['spam_or_suspicious', true, 'pt', 'BR', 'Sua conta de vendedor', 'Prezado vendedor, detectamos irregularidades na sua conta Amazon. Para evitar o bloqueio, atualize seus dados bancários pelo link: http://amazon-vendedor-atualizacao.com.br'],
  ['thanks', false, 'tr', 'TR', '', 'Ürün bugün elime ulaştı, her şey yolunda. Çok teşekkür ederim!'],
  // ── batch 2
  ['thanks', false, 'ja', 'JP', '', '昨日「まだ届かない」と連絡した者です。夕方ポストに入っていました。お騒がせしてすみません、ご返信は不要です。'],
  ['thanks', false, 'ja', 'JP', '', 'とどいた！かわいい！ありがと〜😆'],
  ['other', false, 'ja', 'JP', '', '商品はとても気に入っていますが、箱が大きすぎて緩衝材が大量に入っていました。もう少し小さい箱にしていただけるとゴミが減って助かります。'],
  ['other', true, 'ja', 'JP', '', 'カードの限度額の関係で決済が月末になりそうです。先に商品だけ送っていただくことはできますか？必ず払いますので。'],
  ['spam_or_suspicious', true, 'ja', 'JP', '', 'Amazonギフト券10万円分が当選しました🎉 受け取りはこちらのLINEアカウントを友だち追加して、お名前と口座番号を送ってください。'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'ｔｅｓｔ　テスト送信です'],
  ['other', false, 'ja', 'JP', 'ショップについて', 'こちらのショップは実店舗もありますか？近くなら直接見てみたいと思いまして。'],
  ['thanks', false, 'en', 'US', 'Re: replacement', "Replacement showed up this afternoon and it works like a charm. No need to reply, just wanted to close the loop. Thanks again!"],
  ['other', false, 'en', 'US', '', "Love the candles, but the lavender one smells nothing like lavender to me, more like soap. Not asking for anything, just feedback for your next batch."],
  ['other', true, 'en', 'US', '', "hi can you mark my order as shipped today? i need it to show shipped for my company reimbursement, you can actually send it next week no problem"],
  ['spam_or_suspicious', true, 'en', 'UK', 'Your payout is on hold', 'Amazon Seller Support: We were unable to process your latest disbursement. Reply to this message with your full bank details and the last 4 digits of your card, or call +44 20 3807 1123 to avoid account deactivation.'],
  ['spam_or_suspicious', false, 'en', 'US', '', "I'm not a buyer, I'm a student doing a survey on small online sellers for my thesis. Would you mind answering 5 quick questions? It would help me a lot!"],
  ['spam_or_suspicious', false, 'en', 'US', '', 'kjdfh skdjfh sdkjfh qwe'],
  ['product_question', false, 'en', 'AU', '', "Thanks mate, the first one's been great. Do you sell the same bike rack in a version that fits a tow bar? Keen to get a second one."],
  ['thanks', false, 'de', 'AT', 'Re: Rückerstattung', 'Geld ist am Konto, passt alles. Danke für die unkomplizierte Abwicklung!'],
  ['other', false, 'de', 'DE', '', 'Hallo, die Ware ist super, aber Ihre Verpackung hatte leider gar keine Polsterung. Diesmal ist nichts passiert, aber beim nächsten Mal wäre mehr Schutz gut.'],
  ['spam_or_suspicious', true, 'de', 'DE', 'Amazon Verkäuferkonto gesperrt', 'Ihr Verkäuferkonto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie Ihre Identität innerhalb von 24 Stunden über folgenden Link, sonst werden Ihre Auszahlungen eingefroren: amazon-de-haendler-verifizierung.com'],
  ['thanks', false, 'fr', 'CA', '', "Merci! J'ai bien reçu le remboursement pour la tasse ébréchée. Service impeccable."],
  ['other', false, 'fr', 'FR', '', "Bonjour, la qualité est top mais votre notice mériterait d'être traduite correctement en français, certaines phrases sont incompréhensibles. Juste une remarque."],
  ['spam_or_suspicious', true, 'fr', 'FR', '', "Salut ! Je suis micro-influenceuse beauté (35k sur TikTok). Envoyez-moi le sérum gratuitement et je fais une vidéo. On en parle sur Insta ? @clara.glowup"],
  ['thanks', false, 'it', 'IT', 'Re: spedizione', "Ok perfetto, allora aspetto giovedì. Grazie dell'informazione!"],
  ['other', false, 'it', 'IT', '', "Salve, potreste spedire il tutto in un unico pacco invece di tre? Abito in campagna e il corriere passa raramente."],
  ['spam_or_suspicious', false, 'it', 'IT', '', 'Gentile venditore, offriamo servizi di consulenza per aprire una società in Estonia e pagare meno tasse sulle vendite Amazon. Prima consulenza gratuita.'],
  ['thanks', false, 'es', 'MX', '', 'Muchas gracias por todo, ya lo recibí y a mi mamá le encantó 🙏'],
  ['other', false, 'es', 'ES', '', 'Buenas, ¿podríais mandarlo sin la factura dentro? Es un regalo de cumpleaños y prefiero que no se vea el precio.'],
  ['spam_or_suspicious', true, 'es', 'ES', 'Aviso de Amazon', 'Estimado vendedor, detectamos un inicio de sesión no autorizado en su cuenta de vendedor. Restablezca su contraseña inmediatamente en http://amazon-es-seguridad-cuenta.com para evitar la suspensión.'],
  ['thanks', false, 'nl', 'BE', '', 'Alles goed ontvangen, mooi ingepakt ook. Merci en nog een fijne dag!'],
  ['spam_or_suspicious', true, 'nl', 'NL', '', 'Beste verkoper, wij bieden echte 5-sterren reviews van Nederlandse accounts. Veilig en snel. Neem contact op via WhatsApp +31 6 4418 2290.'],
  ['other', false, 'pl', 'PL', '', 'Dzień dobry, proszę zostawić paczkę u sąsiada pod 7, jeśli nikogo nie będzie w domu. Dziękuję.'],
  ['thanks', false, 'sv', 'SE', 'Sv: retur', 'Okej, då skickar jag tillbaka den på måndag. Tack för hjälpen!'],
  ['spam_or_suspicious', false, 'sv', 'SE', '', 'Hej! Vi är en svensk lagerfirma och erbjuder lagring och packning för Amazon-säljare till bra priser. Vill ni ha en offert?'],
  ['thanks', false, 'pt', 'PT', '', 'Recebi hoje a encomenda, está tudo em ordem. Muito obrigado!'],
  ['other', false, 'tr', 'TR', '', 'Merhaba, kargoyu evde olmazsam apartman görevlisine bırakabilir misiniz? Teşekkürler.'],
  ['spam_or_suspicious', true, 'tr', 'TR', '', 'Tebrikler! Amazon çekilişinde 5.000 TL hediye çeki kazandınız. Ödülünüzü almak için bu linke tıklayıp giriş yapın: amazon-tr-odul.net'],
];

export const TRAINING_THANKS_SPAM_OTHER_14: Example[] = fromRows(rows);
