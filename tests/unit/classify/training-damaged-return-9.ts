/**
 * Round-9 training messages for the learned model (lib/classify/learned/), areas damaged_or_defective and
 * return_request (including Amazon's return authorization notices). Fresh labelled buyer messages written for the
 * model's training in the style of the evaluation data, never copied or paraphrased from the dev corpus or earlier
 * probe files: one-liners to long stories, concerns told without the category's obvious keyword, registers from
 * keigo to emoji, non-native English and typos, marketplace habits, near-misses of other categories and the scam
 * flag true and false as TAXONOMY.md says. Every row carries its true labels, whatever the classifier says today.
 * Written in batches of about 30, each measured before the next (see the commit log for the counts).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', 'スーツケースのキャスターが１個、最初の旅行で取れてしまいました。空港で引きずって帰ってきました…'],
  ['return_request', false, 'ja', 'JP', '', '母の日用に買ったエプロン、母がもう同じようなのを持ってたみたいで😅 タグ付きのままなんですが、引き取ってもらえたりしますか？'],
  ['damaged_or_defective', false, 'ja', 'JP', '商品について', 'お世話になっております。昨日受け取りました電気ケトルですが、お湯を沸かすたびにプラスチックの焦げたような臭いがいたします。３回ほど煮沸いたしましたが改善されません。このまま使用してよいものか不安ですので、ご対応をご検討いただけますと幸いです。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト 注文番号 249-7730182-4419265', '購入者から返品リクエストが届いています。\n\n注文番号：249-7730182-4419265\n商品：珪藻土バスマット ライトグレー 60×39cm\n数量：1\n返品理由：サイズが合わない\n購入者のコメント：洗面所に置いたら大きすぎました\n\nセラーセントラルの「返品管理」で承認してください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ゆうパケットで届いたスマホケース、iPhone15用を頼んだのに中身は15Pro用でした。カメラの穴の位置が合いません'],
  ['delivery_status', false, 'ja', 'JP', '', '交換品を送ってくださるとのことでしたが、まだ届いていません。いつごろ発送になりますか？'],
  ['damaged_or_defective', false, 'en', 'US', '', 'The blender lid cracked the first time I made a smoothie. like a clean line right across. only used it once'],
  ['return_request', false, 'en', 'UK', 'Inquiry from Amazon customer Fiona Blake (Order: 026-3318274-9902351)', "Hello, I ordered the oak-effect bedside table thinking it was the taller version, it's actually lower than my mattress, so it's no good for us. It's flat-packed still, never assembled. What's the best way to get it back to you? Kind regards, Fiona"],
  ['damaged_or_defective', true, 'en', 'US', '', "Your massage gun died after 4 days. I'm not paying to ship it back. Refund me in full today or I'm leaving 1 star and filing a claim with Amazon."],
  ['return_request', false, 'en', 'CA', 'Return authorization request for order # 702-5519340-8817264', 'Amazon customer Owen Tremblay has requested a return authorization for the following item:\n\nOrder ID: 702-5519340-8817264\nItem: Coleman 4-Person Dome Tent\nQuantity: 1\nReturn reason: Defective - does not work properly\nCustomer comments: Zipper on the door broke on the first night.\n\nPlease authorize or close this request in Manage Returns.'],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Sir, mixer jar blade is wobbling and making sound like tak tak tak. Just 10 days use. Please do needful.'],
  ['product_question', false, 'en', 'AU', '', "Do you take back opened items? Thinking about the air fryer but not sure it'll fit on my bench"],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, beim Akkuschrauber fehlt der zweite Akku, obwohl im Angebot ausdrücklich "inkl. 2 Akkus" steht. Im Koffer ist nur eine leere Aussparung. Bitte um Nachlieferung. MfG K. Lorenz'],
  ['return_request', false, 'de', 'DE', '', 'Hi, hab mir die Sneaker in 43 bestellt, fallen aber riesig aus. Würde sie gern gegen 42 tauschen, geht das?'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung 304-6628103-5520147', 'Der Amazon-Kunde Markus Vogel hat eine Rücksendung für folgenden Artikel angefordert:\n\nBestellnummer: 304-6628103-5520147\nArtikel: WMF Küchenmesser-Set 4-teilig\nRücksendegrund: Artikel beschädigt angekommen\nKommentar des Kunden: Klinge verbogen\n\nBitte genehmigen oder schließen Sie die Anfrage unter „Rücksendungen verwalten“.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonsoir, le tapis de yoga dégage une odeur de caoutchouc vraiment insupportable et surtout il se déchire déjà sur les bords après trois séances. Ce n'est pas normal pour ce prix. Cdlt"],
  ['return_request', false, 'fr', 'FR', '', "Coucou, finalement je ne garde pas la robe, la coupe ne me va pas du tout. Je vous la renvoie comment ?"],
  ['damaged_or_defective', false, 'fr', 'CA', '', "Bonjour, il manque la télécommande dans la boîte du climatiseur portatif. Sur la fiche c'était écrit qu'elle était incluse."],
  ['return_request', false, 'it', 'IT', 'Richiesta di autorizzazione al reso per l\'ordine n. 408-2291734-6610358', 'Il cliente Amazon Davide Colombo ha richiesto l\'autorizzazione al reso per il seguente articolo:\n\nOrdine: 408-2291734-6610358\nArticolo: Moka Bialetti Venus 6 tazze\nMotivo del reso: Non più necessario\nCommenti del cliente: Me ne hanno regalata una.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Salve, lo spazzolino elettrico non tiene la carica, dopo un giorno è già scarico. Ho provato a caricarlo tutta la notte ma niente. Cordiali saluti'],
  ['return_request', false, 'it', 'IT', '', "buongiorno volevo sapere se posso cambiare il colore del piumone, il blu è troppo scuro per la cameretta. non l'ho usato"],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, me ha llegado la estantería pero dos de las baldas vienen astilladas y una de las patas está doblada. Adjunto fotos. Un saludo'],
  ['return_request', false, 'es', 'MX', '', 'Buen día, compré la freidora para regalo pero a mi suegra ya le dieron otra igual jaja. Sigue en su caja, ¿la puedo regresar?'],
  ['damaged_or_defective', true, 'es', 'ES', '', 'El reloj no funciona desde el primer día. No pienso devolverlo, quiero el dinero ya o dejo una valoración negativa y abro reclamación de la garantía de la A a la Z.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hoi, de stofzuiger zuigt bijna niks op, ook met een lege bak en schoon filter. Volgens mij is er iets mis met de motor.'],
  ['return_request', false, 'nl', 'NL', '', 'Goedemiddag, ik heb de verkeerde maat dekbedovertrek besteld (140 i.p.v. 200). Kan ik deze terugsturen? Verpakking is nog dicht.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Witam, buty rozkleiły się po tygodniu noszenia, podeszwa odchodzi od czubka. Co mogę zrobić?'],
  ['return_request', false, 'sv', 'SE', '', 'Hej, jag ångrar köpet av kaffebryggaren, vi fick en i present. Den är oöppnad. Hur skickar jag tillbaka den?'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Olá, o fone chegou mas o lado direito não sai som nenhum. Já testei em dois celulares.'],
  ['return_request', false, 'tr', 'TR', '', 'Merhaba, ayakkabı bir numara küçük geldi. Bir büyüğüyle değiştirebilir miyiz? Hiç giyilmedi.'],
  // ── batch 2
  ['damaged_or_defective', false, 'ja', 'JP', '', '置き配で玄関前に置かれていた段ボールが雨でふやけていて、中の絵本が波打ってしまっていました。プレゼント用だったので困っています。'],
  ['return_request', false, 'ja', 'JP', '', '注文したカーテンですが、窓の寸法を測り間違えていました（こちらのミスです）。未開封のままなので、送り返して返金していただくことは可能でしょうか。送料はこちらで負担します。'],
  ['damaged_or_defective', false, 'ja', 'JP', '【至急】', '昨日届いたベビーベッド、ネジ穴の位置がずれていて側板が取り付けられません。説明書通りにやってます。来週出産予定なので急いでいます。'],
  ['return_request', false, 'ja', 'JP', 'お客様からの返品リクエスト', '出品者様\n\n以下の注文について返品リクエストが送信されました。\n\n注文番号：503-6618203-2274519\n商品名：ステンレス製 水筒 500ml ブルー\n返品理由：商品が破損していた\n購入者コメント：底がへこんでいました\n\n返品管理から対応してください。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'イヤホンの左側だけ音小さい'],
  ['refund_request', false, 'ja', 'JP', '', '先週返送したトースターですが、そちらに届いているはずです。返金がまだのようなので確認をお願いします。'],
  ['damaged_or_defective', false, 'en', 'UK', '', "Hi there. Bit of a saga this one. Ordered the cast iron casserole dish as a wedding present for my niece, it came in a lovely box, wrapped it, she opened it at the reception and there's a chip in the enamel on the rim, right at the front. Embarrassing to say the least. I'd rather not send it back through the post again given how it arrived, but could you sort something out? Cheers, Margaret"],
  ['return_request', false, 'en', 'US', '', 'Can I get a label to send back the shoe rack? Changed my mind, we went with a built in one.'],
  ['damaged_or_defective', false, 'en', 'US', 'wrong color', 'ordered the navy backpack, got a bright purple one. my son is 15 he will not be carrying that lol'],
  ['return_request', false, 'en', 'IN', 'Return request for order # 171-4490327-6658102', 'Dear Seller,\n\nYour buyer has requested to return the following item.\n\nOrder ID: 171-4490327-6658102\nItem: boAt Rockerz 450 Bluetooth Headphones\nReturn reason: Product not as described\nBuyer comments: Bass is very low compared to what is advertised\n\nPlease respond in Manage Returns within 2 business days.'],
  ['damaged_or_defective', false, 'en', 'CA', '', "My heated blanket's controller only works on the highest setting now, cant turn it down. Got it in October. Is there a warranty on these?"],
  ['refund_request', false, 'en', 'AU', '', "The pillow isn't really what I expected, too firm for me. Don't want to bother posting it back - would you do a partial refund and I'll keep it?"],
  ['damaged_or_defective', false, 'de', 'CH', '', 'Grüezi mitenand, das Fondue-Caquelon hat nach dem ersten Gebrauch einen Riss im Boden bekommen. Wir haben es nur auf dem Rechaud benutzt. Freundliche Grüsse, Familie Meier'],
  ['return_request', false, 'de', 'DE', 'Anfrage von Amazon-Kunde Jana Krüger', 'Hallo, die Laufjacke ist eigentlich super, aber die Farbe ist mir zu grell. Ich hätte sie lieber in Schwarz. Kann ich sie umtauschen? Etikett ist noch dran. Danke!'],
  ['damaged_or_defective', false, 'de', 'AT', '', 'die lichterkette leuchtet nur zur hälfte, ab der mitte ist alles dunkel'],
  ['damaged_or_defective', false, 'fr', 'FR', 'Commande incomplète', "Bonjour, j'ai bien reçu le lot de 4 coussins mais il n'y en avait que 3 dans le colis. Pouvez-vous m'envoyer le dernier ? Merci d'avance, Claire"],
  ['return_request', false, 'fr', 'BE', '', "Bonjour, j'aimerais vous retourner la perceuse, mon voisin m'a prêté la sienne entre-temps et je n'en ai plus l'utilité. Elle n'a jamais servi. Cordialement, Marc"],
  ['return_request', false, 'fr', 'FR', 'Demande d\'autorisation de retour pour la commande n° 402-8830157-2291064', "La cliente Amazon Élodie Garnier a demandé l'autorisation de retourner l'article suivant :\n\nCommande : 402-8830157-2291064\nArticle : Tefal Ingenio Poêle 28 cm\nQuantité : 1\nMotif du retour : Article défectueux\nCommentaire de la cliente : Le revêtement s'écaille.\n\nVeuillez autoriser ou refuser cette demande dans Gérer les retours."],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Buonasera, la macchina del caffè perde acqua da sotto ogni volta che faccio un espresso, si forma una pozza sul piano. Comprata da due settimane.'],
  ['return_request', false, 'it', 'IT', '', "Salve, ho sbagliato a ordinare la cover, ho preso quella per il Galaxy S23 invece dell'S24. È ancora sigillata, posso rimandarla indietro?"],
  ['damaged_or_defective', false, 'it', 'IT', '', 'il trapano fa fumo dopo 5 minuti, ho dovuto staccarlo subito'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Buenas, la bici estática hace un clac clac muy fuerte al pedalear y el monitor no marca las pulsaciones. ¿Qué hago?'],
  ['return_request', false, 'es', 'ES', 'Solicitud de devolución', 'Hola, quisiera devolver el edredón, pensaba que era de 150 y es de 135, error mío. Está precintado. Muchas gracias, Carmen'],
  ['delivery_status', false, 'es', 'MX', '', 'Ya les regresé la licuadora que venía rota, me dijeron que me mandaban otra, ¿cuándo llega?'],
  ['return_request', false, 'nl', 'BE', 'Retourverzoek voor bestelling 403-2281937-5510462', 'Amazon-klant Pieter Janssens heeft een retour aangevraagd voor het volgende artikel:\n\nBestelling: 403-2281937-5510462\nArtikel: Philips Airfryer XL\nReden: Niet meer nodig\n\nKeur dit verzoek goed of wijs het af in Retouren beheren.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Dzień dobry, w zestawie garnków brakuje jednej pokrywki, a druga ma wgniecenie. Proszę o kontakt.'],
  ['return_request', false, 'pl', 'PL', '', 'Cześć, kurtka jest za duża, czy mogę ją odesłać i zamówić mniejszą?'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, vattenkokaren läcker vid handtaget och har slutat stänga av sig själv. Köpt för tre veckor sedan.'],
  ['return_request', false, 'pt', 'PT', '', 'Bom dia, gostaria de devolver o casaco, não gostei do tecido. Ainda tem as etiquetas. Obrigada'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, blender kırık geldi, hazne çatlak ve su sızdırıyor.'],
];

export const TRAINING_DAMAGED_RETURN_9: Example[] = fromRows(rows);
