/**
 * Round-14 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/) and, before it learns from them, for the held-out estimate of the
 * hidden evaluation set. Written in the style of the evaluation data, never copied or paraphrased from the dev corpus
 * or the earlier probe and training files. About 70 % ordinary messages, 30 % harder ones (the concern without the
 * obvious keyword, two concerns where TAXONOMY.md's priority decides, near-misses of other categories, the scam flag
 * both true and false). Every row carries its true labels, whatever the classifier says today. Written in batches of
 * about 30 (the commit log gives each batch's failure counts, rules alone / full classifier).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['product_question', false, 'ja', 'JP', '', 'この電気毛布、丸洗いできますか？'],
  ['product_question', false, 'ja', 'JP', 'Amazon.co.jp のお客様 高田 様からのお問い合わせ', 'お世話になっております。購入を検討しているロードバイク用のライトについて質問させてください。USB充電式とのことですが、満充電で点滅モードなら何時間くらい持ちますでしょうか。通勤で片道40分ほど走ります。'],
  ['invoice_request', false, 'ja', 'JP', '', 'お世話になります。注文番号 250-3318820-4471936 の宛名を「有限会社 松本工務店」で領収書を発行していただけますか。但し書きは「工具代として」でお願いします。'],
  ['invoice_request', false, 'ja', 'JP', '', '会社で経費にしたいんですけど、ちゃんとした請求書って出してもらえます？'],
  ['product_question', false, 'ja', 'JP', '', '届いたホットサンドメーカー、IHでも使えるって書いてあったけど火加減は中火でいいんですか？説明書が英語しかなくて'],
  ['product_question', false, 'ja', 'JP', '', '在庫はまだありますか？来週までに2つ欲しいです'],
  ['delivery_status', false, 'ja', 'JP', '', '領収書はメールで届いたんですが、品物がまだ来ません。いつ頃になりますか？'],
  ['product_question', false, 'en', 'US', '', 'Hi, is this the 2nd gen or 3rd gen model? The pictures show the old button layout but the title says new.'],
  ['product_question', false, 'en', 'UK', 'Inquiry from Amazon customer Harriet Cole (Order: 204-6613908-2257140)', "Hello, the kettle arrived fine, thank you. Quick one though - there's a little blue light that stays on after it boils, is that normal or does it mean the filter needs changing? Couldn't find anything in the leaflet."],
  ['invoice_request', false, 'en', 'US', '', 'can i get a receipt that shows the item name and price? my work reimburses but the order confirmation email isnt enough apparently'],
  ['invoice_request', false, 'en', 'CA', '', 'Good morning, our clinic purchased two of the exam stools. Could you upload an invoice showing the GST/HST charged? Thank you, Maria - Northside Physio'],
  ['product_question', true, 'en', 'US', '', "hey I'm interested in buying 40 of the phone cases for my kiosk. Amazon fees are crazy, text me on WhatsApp +1 786 555 0143 and we can do a cheaper deal direct"],
  ['product_question', false, 'en', 'IN', '', 'Sir whether this pressure cooker is ISI marked? And gasket extra available?'],
  ['return_request', false, 'en', 'US', '', "Turns out the rug is way bigger than I pictured in my living room. It's still rolled up in the plastic. How do I send it back?"],
  ['product_question', false, 'de', 'DE', '', 'Hallo, kann man den Rasentrimmer auch mit Akkus von Makita betreiben oder nur mit den eigenen? Gruß'],
  ['invoice_request', false, 'de', 'DE', 'Rechnung fehlt', 'Guten Tag, bei meiner Bestellung 302-7719045-3318820 ist unter "Rechnung anfordern" nichts hinterlegt. Ich benötige sie für meinen Arbeitgeber. Danke und freundliche Grüße'],
  ['product_question', false, 'de', 'AT', '', 'Servus, ist das Zelt für 4 Personen auch mit Isomatten noch halbwegs geräumig oder eher knapp?'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Die Fernbedienung aus dem Set reagiert gar nicht, auch mit neuen Batterien nicht. Was kann ich tun?'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, ce robot pâtissier peut-il pétrir une pâte à pain de 1,5 kg sans forcer ? Merci"],
  ['invoice_request', false, 'fr', 'FR', 'Facture', "Bonjour, pourriez-vous me transmettre une facture au nom de l'association Les Petits Jardiniers pour les outils achetés ? Nous en avons besoin pour notre trésorier. Cordialement"],
  ['product_question', false, 'fr', 'CA', '', 'Bonjour, est-ce que la lampe frontale fonctionne avec des piles rechargeables ou juste des alcalines?'],
  ['other', false, 'fr', 'FR', '', "Bonjour, c'est un cadeau : pourriez-vous ne pas mettre la facture ni le prix dans le colis ? Merci beaucoup"],
  ['product_question', false, 'it', 'IT', '', "Salve, questo zaino è adatto come bagaglio a mano Ryanair? Quali sono le misure esatte?"],
  ['invoice_request', false, 'it', 'IT', '', "Buongiorno, ho acquistato il monitor per lo studio. Mi potete emettere fattura? Codice destinatario KRRH6B9, P.IVA 09876543210. Grazie mille"],
  ['product_question', false, 'it', 'IT', '', 'ma questo caricabatterie va bene anche per la bici elettrica o solo per il monopattino?'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿la cafetera es compatible con las cápsulas de Dolce Gusto o solo con las suyas?'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenas, compré el aire acondicionado portátil para la oficina y necesito la factura a nombre de la empresa, con CIF B87654321. Gracias'],
  ['product_question', false, 'es', 'MX', '', '¿De qué material es la sartén? ¿trae teflón? es que tengo pajaritos en casa'],
  ['product_question', false, 'nl', 'NL', '', 'Hallo, is deze fietstas waterdicht of alleen waterafstotend? Ik fiets elke dag naar Utrecht.'],
  ['invoice_request', false, 'nl', 'BE', '', 'Dag, kan ik een factuur krijgen met btw vermeld? Het is voor mijn eenmanszaak. Bedankt'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy ten grzejnik olejowy ma termostat i czy można go zostawić na noc?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Witam, proszę o fakturę do zamówienia 405-2218477-3390051, dane do faktury: Nowak Sp. z o.o., NIP 6762345678.'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Är sängen lätt att montera själv eller behöver man vara två?'],
  ['invoice_request', false, 'pt', 'BR', '', 'Boa tarde, preciso da nota fiscal dessa compra no CNPJ da minha empresa, 12.345.678/0001-90. Conseguem emitir?'],
  ['product_question', false, 'tr', 'TR', '', 'Merhaba, bu çaydanlık indüksiyon ocakta çalışır mı?'],
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', 'こちらのベビーチェア、何歳ごろまで使えますか？うちの子はいま1歳半です'],
  ['invoice_request', false, 'ja', 'JP', '', '適格請求書発行事業者の登録番号を教えていただけますか。経理から確認するよう言われまして。'],
  ['product_question', false, 'ja', 'JP', '', 'ｽﾏﾎｹｰｽ、iPhone15Proでもカメラの穴ずれませんか？'],
  ['invoice_request', false, 'ja', 'JP', '佐藤 健一様からのお問い合わせ（注文番号：503-8812047-1192384）', 'いつもお世話になっております。本注文の件で、宛名なしの領収書ではなく「佐藤歯科医院」宛てのものをお願いしたく存じます。お手数ですがよろしくお願いいたします。'],
  ['product_question', false, 'ja', 'JP', '', 'ペット用の自動給餌器を買おうか迷ってます。停電したときも予約した時間にごはん出ますか？電池でも動きますか？'],
  ['cancel_request_message', false, 'ja', 'JP', '', 'サイズ表を見落としていて、頼んだ靴が小さそうです。まだ発送前なら取り消してもらえますか。'],
  ['product_question', false, 'ja', 'JP', '', 'このお米、新米ですか？'],
  ['product_question', false, 'en', 'AU', '', 'does the BBQ cover fit a Weber Q2200 with the stand? cheers'],
  ['invoice_request', false, 'en', 'UK', '', "Hiya, I'm claiming the office chair back through work and they've asked for a VAT receipt with your company address on. Is that something you can pop on the order? Thanks a lot"],
  ['product_question', false, 'en', 'US', '', "I bought this baby monitor last month and love it but can a second parent unit be paired to the same camera? Want one for grandma's room"],
  ['invoice_request', false, 'en', 'US', '', 'Please send an invoice with our PO number 4471-B referenced. Our accounts payable will not process it otherwise. - Facilities Dept, Lakeview School District'],
  ['product_question', false, 'en', 'SG', '', 'Hi is this authentic? Got burned before buying fake Dyson parts online'],
  ['damaged_or_defective', false, 'en', 'US', '', "The label says 64GB but my computer only sees 8GB on the memory card. Pretty sure it's a fake. I'd like my money back."],
  ['spam_or_suspicious', false, 'en', 'US', '', 'Hi! I help Amazon sellers get more 5-star reviews and remove negative feedback. 100% safe. Reply for a free consultation.'],
  ['product_question', false, 'de', 'DE', '', 'Guten Abend, ist die Hängematte auch für draußen geeignet, also UV-beständig? Danke vorab'],
  ['invoice_request', false, 'de', 'DE', '', 'hallo brauch ne rechnung mit ausgewiesener mwst für meine firma, danke'],
  ['invoice_request', false, 'de', 'CH', '', 'Guten Tag, wir sind eine Arztpraxis in Bern. Bitte stellen Sie uns eine Rechnung mit Mehrwertsteuer auf die Praxis aus, nicht auf meinen Namen. Freundliche Grüsse, Dr. Keller'],
  ['product_question', false, 'fr', 'FR', '', "Salut, le sac de couchage est-il assez chaud pour du bivouac en montagne en octobre ? Température confort ?"],
  ['invoice_request', false, 'fr', 'FR', '', "Bonjour, je n'arrive pas à télécharger la facture depuis mon compte, le lien est grisé. Pouvez-vous la mettre en ligne ? Merci"],
  ['product_question', false, 'fr', 'BE', '', "Bonjour, est-ce que le vélo d'appartement peut se plier pour le ranger derrière une porte ?"],
  ['product_question', false, 'it', 'IT', '', "Buonasera, vorrei sapere se il materasso arriva arrotolato sottovuoto e quanto tempo ci mette a prendere la forma"],
  ['invoice_request', false, 'it', 'IT', '', 'mi serve la fattura intestata alla ditta, vi mando i dati in privato?'],
  ['product_question', true, 'it', 'IT', '', "Buongiorno, sono interessato a 30 pezzi delle cuffie per la mia scuola di lingue. Preferirei saltare Amazon: mi mandate un preventivo a mario.scuola@libero.it e pago con bonifico?"],
  ['product_question', false, 'es', 'ES', '', 'Buenas tardes, ¿el patinete eléctrico cumple la normativa de la DGT para circular por ciudad?'],
  ['invoice_request', false, 'es', 'ES', '', 'Hola! Me podéis hacer factura? Es para justificar una subvención del ayuntamiento, tiene que ir a mi nombre con DNI 12345678Z.'],
  ['refund_request', false, 'es', 'MX', '', 'En la factura me cobraron dos veces el envío, ¿me pueden regresar la diferencia por favor?'],
  ['product_question', false, 'nl', 'NL', '', 'Past deze hoes ook om een matras van 160x200 met topper erop?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, czy można jeszcze dostać fakturę do paragonu? Zapomniałam zaznaczyć przy zamówieniu.'],
  ['product_question', false, 'sv', 'SE', '', 'Hej, tål termosen diskmaskin?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, kan ni ladda upp en faktura med vårt organisationsnummer 556677-8899? Tack på förhand'],
  ['product_question', false, 'pt', 'PT', '', 'Bom dia, a máquina de lavar loiça vem com mangueira de entrada ou tenho de comprar à parte?'],
  ['invoice_request', false, 'tr', 'TR', '', 'İyi günler, siparişin faturasını şirket adına düzenleyip yükleyebilir misiniz? Vergi no: 1234567890'],
  ['product_question', false, 'tr', 'TR', '', 'Bu saatin kayışı değiştirilebiliyor mu? Bileğim ince.'],
];

export const TRAINING_PRODUCT_INVOICE_14: Example[] = fromRows(rows);
