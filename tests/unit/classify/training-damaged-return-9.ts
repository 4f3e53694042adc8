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
];

export const TRAINING_DAMAGED_RETURN_9: Example[] = fromRows(rows);
