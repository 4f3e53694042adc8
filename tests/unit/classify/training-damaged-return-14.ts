/**
 * Round-14 training messages for the learned model (lib/classify/learned/) and the held-out estimate, areas
 * damaged_or_defective and return_request (including Amazon's return authorization notices and refund-under-threat
 * scam complaints). Fresh labelled buyer messages written in the style of the evaluation data, never copied or
 * paraphrased from the dev corpus or earlier probe and training files: measured BEFORE the classifier learns from
 * them, as the best estimate of the hidden evaluation set. Every row carries its true labels (category, scam, lang),
 * whatever the classifier says today. Written in batches of about 30, each measured before the next (counts in the
 * commit log).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['damaged_or_defective', false, 'ja', 'JP', '', 'ホットプレートの温度つまみを「保温」にしてるのに、焼肉ができるくらい熱くなります。サーモスタットがおかしいのでは？'],
  ['return_request', false, 'ja', 'JP', '', '子どもの上履きですが、18cmではなく19cmに交換していただくことは可能でしょうか。まだ一度も履いておりません。'],
  ['damaged_or_defective', false, 'ja', 'JP', '山田様からのお問い合わせ（注文番号：503-2218476-6650193）', 'お世話になります。本日受け取ったマグカップ6客セットのうち、2客の取っ手が根元から取れておりました。緩衝材がほとんど入っていなかったようです。交換をお願いできますでしょうか。'],
  ['return_request', false, 'ja', 'JP', '返品リクエスト（注文番号：249-8830271-4416082）', '出品者様\n\n購入者より次の商品の返品リクエストがありました。\n\n注文番号：249-8830271-4416082\n商品名：北欧風 フロアクッション 2個セット グレー\n返品理由：イメージと違った\n購入者のコメント：写真より色が暗く、部屋に合いませんでした。\n\n返品リクエストの管理から承認またはクローズしてください。'],
  ['damaged_or_defective', true, 'ja', 'JP', '', 'プリンター、紙詰まりばっかりで1枚もまともに印刷できません。送り返すのは面倒なので全額返金してください。対応してくれないなら低評価つけます。'],
  ['damaged_or_defective', false, 'ja', 'JP', '', 'カーテン届いたけど、頼んだ丈178cmじゃなくて200cmのが入ってました'],
  ['refund_request', false, 'ja', 'JP', '', '電気毛布を返送して10日ほど経ちますが、まだ返金がありません。いつ頃になりますか？'],
  ['damaged_or_defective', false, 'en', 'US', '', 'hey the phone tripod wont lock, the legs just slide back down as soon as i put my phone on it'],
  ['return_request', false, 'en', 'UK', '', "Hi there, I bought the sherpa throw as a present but my sister already has the same one in that colour. It's never been out of the bag. What do I need to do to send it back?"],
  ['return_request', false, 'en', 'US', 'Return authorization request for order # 112-5593018-2271640', 'Amazon customer Rachel Okafor has requested a return authorization for the following item:\n\nOrder ID: 112-5593018-2271640\nItem: Cuisinart 12-Piece Knife Set with Block\nQuantity: 1\nReturn reason: Bought by mistake\nCustomer comments: Meant to order the 15-piece.\n\nPlease authorize or close this request in Manage Returns.'],
  ['damaged_or_defective', false, 'en', 'CA', '', "Ordered the 100-pack of cable ties and there's maybe 20 in the bag. Unless there's a second bag I'm not seeing?"],
  ['damaged_or_defective', true, 'en', 'US', 'massage gun', "Your massage gun died after 6 days. I'm not paying to ship it back to you. Refund me in full today or I'm opening an A-to-z claim and leaving 1 star."],
  ['damaged_or_defective', false, 'en', 'IN', '', 'Respected sir, the mixer grinder jar is leaking from bottom and blade is making grinding sound. Kindly do the needful and replace the jar.'],
  ['product_question', false, 'en', 'US', '', "Thinking of ordering the fitness watch for my dad but not sure about his wrist size. If the band's too small, can it be returned even if he's tried it on?"],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Guten Tag, der Akkustaubsauger lädt nicht mehr, die LED blinkt nur noch rot. Ladegerät an anderer Steckdose probiert, gleiches Bild. Gekauft vor fünf Wochen.'],
  ['return_request', false, 'de', 'DE', '', 'Hallo, die Winterstiefel fallen eine Nummer kleiner aus. Kann ich sie gegen 42 tauschen? Nur im Flur anprobiert.'],
  ['damaged_or_defective', false, 'de', 'AT', 'Falscher Sockel', 'Statt der bestellten 6er-Packung LED-Birnen E14 sind E27 gekommen. Passen in keine unserer Lampen.'],
  ['return_request', false, 'de', 'DE', 'Rücksendeanfrage für Bestellung # 302-7719250-6638104', 'Sehr geehrter Verkäufer,\nder Amazon-Kunde Jonas Becker hat eine Rücksendegenehmigung für folgenden Artikel angefordert:\n\nBestellnummer: 302-7719250-6638104\nArtikel: WMF Küchenwaage digital, Edelstahl\nRücksendegrund: Artikel wird nicht mehr benötigt\nKommentar des Käufers: Doppelt bestellt.\n\nBitte genehmigen oder schließen Sie die Anfrage unter „Rücksendungen verwalten“.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', "Bonsoir, la montre connectée reste sur écran noir depuis la mise à jour, même chargée à 100 %. Achetée le mois dernier."],
  ['return_request', false, 'fr', 'FR', '', "Bonjour, j'aimerais vous renvoyer la nappe, elle est trop petite pour notre table de huit. Elle est encore pliée dans son emballage. Merci d'avance"],
  ['damaged_or_defective', false, 'fr', 'BE', '', "la bouilloire est arrivée avec le bec tordu et une bosse sur le côté, le carton était nickel pourtant"],
  ['damaged_or_defective', false, 'it', 'IT', '', "Buongiorno, lo spazzolino elettrico non tiene più la carica: dopo un giorno è già scarico, prima durava due settimane. Ha due mesi."],
  ['return_request', false, 'it', 'IT', '', "Ciao! le scarpe da trekking sono comodissime ma ho sbagliato colore, le volevo verdi. Si possono cambiare? Mai usate fuori"],
  ['damaged_or_defective', false, 'it', 'IT', 'Richiesta di informazioni dal cliente Amazon Luca Ferri (Ordine: 171-3382940-5518827)', "Salve, il set di bicchieri da vino è arrivato con tre calici rotti su sei. Mando le foto appena posso."],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Hola, el router wifi se reinicia solo cada media hora y me quedo sin conexión. Ya lo he restablecido de fábrica y sigue igual.'],
  ['return_request', false, 'es', 'MX', '', 'Hola buenas, la licuadora está bien pero mi esposa ya había comprado otra 🤦‍♂️ ¿Cómo le hago para regresarla? Sigue en su caja.'],
  ['damaged_or_defective', false, 'es', 'ES', 'Medidas', 'El edredón nórdico que ponía 240x260 mide 220x220, lo he medido dos veces. No es lo que anunciáis.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Hallo, het stoomstrijkijzer lekt water uit de zoolplaat en laat bruine vlekken achter op mijn overhemden.'],
  ['return_request', false, 'nl', 'NL', '', 'Goedemiddag, kan ik de wandklok ruilen voor de zwarte versie? De witte valt weg tegen onze muur. Nog niet opgehangen.'],
  ['return_request', false, 'pl', 'PL', '', 'Dzień dobry, chcę zwrócić buty, są za wąskie w palcach. Nie były noszone na zewnątrz. Jak mam je odesłać?'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Hej, blendern kom med en spricka i kannan och det läcker ut på bänken när jag kör den.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Olá, a panela elétrica de arroz não desliga sozinha e já queimou o arroz duas vezes.'],
  ['return_request', false, 'pt', 'PT', '', 'Boa tarde, gostaria de trocar as calças por um tamanho acima, ficaram apertadas. Ainda têm a etiqueta.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Merhaba, saç düzleştiricinin kablosu ilk kullanımda aşırı ısındı ve eridi. Kullanmaya korkuyorum.'],
];

export const TRAINING_DAMAGED_RETURN_14: Example[] = fromRows(rows);
