/**
 * Round-10 training messages for product_question and invoice_request: fresh labelled buyer messages written for the
 * learned model's training (lib/classify/learned/), in the style of the evaluation data, never copied or paraphrased
 * from the dev corpus or the earlier probe and training files. New products, situations, openings, registers and
 * marketplaces; one-liners to long stories; the concern told without the category's obvious keyword; near-misses that
 * belong to other categories; the scam flag both true and false as TAXONOMY.md says. Every row carries its true
 * labels, whatever the classifier says today. Written in batches of about 30 (the commit log gives each batch's
 * failure counts, rules alone / full classifier).
 */
import { fromRows, type Example, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── batch 1
  ['product_question', false, 'ja', 'JP', '', '水槽用のヒーターを探しています。60cm水槽（約57L）でこれ1本で足りますか？冬場は室温が10度くらいまで下がります。'],
  ['invoice_request', false, 'ja', 'JP', '', '適格請求書発行事業者の登録番号が記載されたものをいただけますか。インボイス制度対応で経理から求められております。'],
  ['product_question', false, 'ja', 'JP', 'Amazon.co.jp のお客様 小野寺 様からのお問い合わせ', 'いつもお世話になっております。こちらの三脚ですが、雲台は取り外してアルカスイス互換のものに付け替えできますでしょうか。ネジ径もあわせてご教示いただけますと幸いです。'],
  ['invoice_request', false, 'ja', 'JP', '', '研究室の科研費で買ったので、大学の事務に出す書類が要ります。宛名は「国立大学法人○○大学」、但し書きは「実験用消耗品代として」でお願いできますか'],
  ['product_question', false, 'ja', 'JP', '', 'ギターの弦って、何ゲージですか？'],
  ['thanks', false, 'ja', 'JP', '', '領収書の再発行ありがとうございました。無事に精算できました！'],
  ['product_question', false, 'en', 'US', '', 'Hey! My kid is turning 10 and really into space stuff. Is this telescope something a 10 year old could set up on her own or is it more for adults? We live near a lot of streetlights too if that matters'],
  ['invoice_request', false, 'en', 'UK', '', "Afternoon, my company only reimburses if the paperwork shows your VAT number and the VAT split out. The order page just gives a total. Could you sort that for the soldering station? Cheers, Rob"],
  ['product_question', false, 'en', 'IN', '', 'Sir please tell me this mixer jar is steel or plastic inside and blades are removable for cleaning??'],
  ['invoice_request', true, 'en', 'US', '', "I need an invoice for the drone for my business. Amazon's upload never works for me so just send a PDF over WhatsApp to +1 347 555 0192, that's the easiest."],
  ['product_question', false, 'en', 'CA', '', 'do these snow tires chains fit 225/65R17? didnt see it in the chart'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Paperwork in the box lists a remote and two AAA batteries. Neither was in there, just the fan itself.'],
  ['product_question', false, 'de', 'DE', '', 'Moin, kann man die Sitzbank vom Klavier in der Höhe verstellen oder ist die fest? Meine Tochter ist erst 7.'],
  ['invoice_request', false, 'de', 'DE', '', 'Guten Tag, ich bin Freiberufler und brauche für die Steuer einen ordentlichen Beleg über den Monitorarm mit Ihrer Steuernummer und dem ausgewiesenen Mehrwertsteueranteil. Vielen Dank im Voraus.'],
  ['product_question', false, 'de', 'CH', '', 'Grüezi, funktioniert das Babyphone auch durch zwei Betondecken hindurch? Wir wohnen in einem alten Haus.'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, je fais du vélo l'hiver, est-ce que les gants sont vraiment imperméables ou juste déperlants ?"],
  ['invoice_request', false, 'fr', 'FR', 'Demande de facture', "Bonjour Madame, Monsieur, je suis auto-entrepreneur et j'ai acheté l'imprimante d'étiquettes pour mon activité. Pourriez-vous mettre à disposition une facture au nom de mon entreprise ? Bien à vous, Julien Marchal"],
  ['product_question', false, 'fr', 'BE', '', 'Bonjour, le jeu de société existe en version néerlandaise aussi ? Mes enfants vont à l école flamande'],
  ['product_question', false, 'it', 'IT', '', 'Salve, la muta da sub è adatta per acqua a 14 gradi? Faccio pesca in apnea in Liguria'],
  ['invoice_request', false, 'it', 'IT', '', "Buongiorno, ho inserito la partita IVA solo dopo aver fatto l'ordine. Potete emettere il documento fiscale intestato alla ditta? Studio Tecnico Ferri, P.IVA 03458210987. Grazie"],
  ['product_question', false, 'it', 'IT', '', 'ma la cuccia è sfoderabile?'],
  ['product_question', false, 'es', 'ES', '', 'Hola, ¿el deshumidificador vale para un sótano de unos 30 metros cuadrados? Hay bastante humedad en invierno'],
  ['invoice_request', false, 'es', 'MX', '', 'Buenas tardes, necesito que me facturen el taladro a nombre de Construcciones Ríos SA de CV, ya les mando mi constancia de situación fiscal, uso G03 gastos en general'],
  ['product_question', true, 'es', 'ES', '', 'Hola, me interesan 25 unidades del purificador para mis oficinas. Si me hacéis buen precio os pago por transferencia directamente y nos ahorramos la comisión de Amazon, escribidme a compras.lopez@gmail.com'],
  ['product_question', false, 'nl', 'NL', '', 'Hoi, is de kinderfiets geschikt voor een kind van 1,10 m? Zitten er zijwieltjes bij?'],
  ['invoice_request', false, 'nl', 'BE', '', 'Goeiedag, kunnen jullie een factuur opmaken met ons btw-nummer BE0456.123.789 erop? Het is voor de zaak.'],
  ['product_question', false, 'pl', 'PL', '', 'Dzień dobry, czy lutownica ma regulację temperatury i czy grot jest wymienny?'],
  ['invoice_request', false, 'pl', 'PL', '', 'Dzień dobry, proszę o wystawienie faktury na firmę, NIP 5261040828. Zamówienie złożyłem z konta prywatnego. Pozdrawiam'],
  ['product_question', false, 'sv', 'SE', '', 'Hej! Funkar fågelmataren även för ekorrar eller kommer de åt fröna?'],
  ['product_question', false, 'pt', 'BR', '', 'Olá, o microfone de karaokê conecta via bluetooth na TV Samsung? Quero usar na festa de fim de ano'],
  ['invoice_request', false, 'tr', 'TR', '', 'Merhaba, siparişimin faturası e-posta ile gelmedi. Şirketim için e-fatura lazım, vergi dairesi Kadıköy. Yardımcı olur musunuz?'],
  // ── batch 2
  ['product_question', false, 'ja', 'JP', '', 'ﾍﾞﾋﾞｰｶｰ用の雨よけｶﾊﾞｰですが、ｺﾝﾋﾞのｽｺﾞｶﾙにも付けられますか'],
  ['invoice_request', false, 'ja', 'JP', '', 'コンビニ払いにしたのですが、会社に出すので支払った証明になる書類をお願いしたいです。レシートは感熱紙で字が消えかけてて…'],
  ['product_question', false, 'ja', 'JP', '', '母の日のプレゼントに考えてます。このマッサージガン、60代の女性でも重すぎずに片手で持てるくらいですか？あと音はどのくらいでしょう。夜に使うと思うので。'],
  ['other', false, 'ja', 'JP', '', '祖母への贈り物なので、金額の入った明細書は箱に入れないでください。置き配で玄関前にお願いします。'],
  ['product_question', true, 'ja', 'JP', '', 'この加湿器を50台ほど法人でまとめ買いしたいです。アマゾン経由だと決裁が通らないので、銀行振込で直接お取引いただけませんか。担当：村井 090-5512-7734'],
  ['invoice_request', false, 'ja', 'JP', '請求書の宛名変更', 'お世話になっております。先日発行いただいた書類ですが、宛名が個人名になっておりました。「合同会社ミナト企画」に修正のうえ再発行をお願いできますでしょうか。'],
  ['product_question', false, 'en', 'AU', '', 'Hey, is the swag waterproof enough for a proper downpour up in the Kimberley or should I bring a tarp too?'],
  ['invoice_request', false, 'en', 'IN', 'Inquiry from Amazon customer Rakesh Iyer (Order: 403-2287710-5529814)', 'Dear Sir/Madam, we purchased 4 UPS units for our office. Kindly share the bill with our company GSTIN 29AABCT1332L1ZT so we can claim input credit. Regards, Rakesh Iyer, Accounts'],
  ['product_question', false, 'en', 'US', '', "is the vacuum sealer ok for wet stuff like marinated chicken or does it suck the liquid into the machine"],
  ['refund_request', false, 'en', 'UK', '', "Hi, the receipt you uploaded says I paid £89 but the listing is £74 now, three days after I bought it. Could you refund the difference please?"],
  ['invoice_request', false, 'en', 'US', '', "Hello, I bought a hearing amplifier for my dad and his FSA plan wants an itemized proof of purchase, not just the order confirmation. Is that something you can provide? Thank you so much, Karen"],
  ['product_question', false, 'en', 'UK', '', 'do u sell the refills separately'],
  ['product_question', false, 'de', 'DE', '', 'Servus, ich bin Linkshänder. Lässt sich die Computermaus auch links benutzen oder ist die ergonomisch nur für rechts geformt?'],
  ['invoice_request', false, 'de', 'AT', 'Anfrage von Amazon-Kunde Markus Weninger (Bestellung: 028-3391104-6672031)', 'Grüß Gott, wir sind ein kleiner Tischlereibetrieb in Graz. Für die Buchhaltung bräuchten wir die Rechnung mit unserer UID-Nummer ATU64782310, da es eine innergemeinschaftliche Lieferung ist. Danke und lg'],
  ['thanks', false, 'de', 'DE', '', 'Rechnung ist angekommen, passt alles. Vielen Dank und schönen Feierabend!'],
  ['product_question', false, 'fr', 'FR', '', "bonjour est ce que le tapis de yoga glisse quand on transpire? je fais du bikram"],
  ['invoice_request', false, 'fr', 'CH', '', "Bonjour, pour le remboursement par mon employeur j'ai besoin d'un justificatif avec le détail de la TVA. La confirmation de commande ne suffit pas. Merci d'avance"],
  ['product_question', false, 'fr', 'FR', 'Question avant achat', "Bonjour, si la taille ne va pas à mon fils, est-ce que je pourrai renvoyer les chaussures de foot ? Et sous combien de jours ?"],
  ['product_question', false, 'it', 'IT', '', 'Buonasera, il telescopio si può collegare allo smartphone per fare foto alla luna? Serve un adattatore a parte?'],
  ['invoice_request', false, 'it', 'IT', '', 'ciao mi servirebbe la ricevuta con il codice fiscale per la detrazione, è un apparecchio per la pressione per mia mamma'],
  ['product_question', false, 'es', 'ES', '', '¿El patinete eléctrico lleva intermitentes? Lo pregunto por la nueva normativa de la DGT'],
  ['invoice_request', false, 'es', 'ES', '', 'Buenos días, soy autónoma y necesito factura completa con mi NIF 47382916K, no la simplificada que aparece en el pedido. Es por el ordenador portátil. Muchas gracias'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Hola, la ficha decía que la freidora era de 5 litros y la que me llegó es de 3.5, viene así marcada en la caja. No es lo que compré.'],
  ['product_question', false, 'nl', 'NL', '', 'Goedemiddag, kan de parasol ook in een betonvoet van 25 kg of moet het een speciale voet zijn?'],
  ['product_question', false, 'pl', 'PL', '', 'czy ten dron wymaga rejestracji w ULC? waży poniżej 250g?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Hej, jag behöver ett kvitto där momsen syns separat, det är för företagets bokföring. Går det att fixa? Mvh Johan'],
  ['product_question', false, 'pt', 'PT', '', 'Bom dia, a máquina de café aceita cápsulas compatíveis ou só as originais? Obrigada'],
  ['invoice_request', false, 'pt', 'BR', '', 'Boa tarde, preciso da nota fiscal no CNPJ da minha empresa, 12.345.678/0001-90, vocês conseguem emitir? Comprei como pessoa física sem querer'],
  ['product_question', false, 'tr', 'TR', '', 'Merhabalar, bu mama sandalyesi katlanabiliyor mu? Evimiz küçük de'],
  ['invoice_request', true, 'fr', 'FR', '', "Bonjour, envoyez moi la facture par mail à dupont.achats78@hotmail.fr et pas sur Amazon s'il vous plaît, je n'ai pas accès au compte de l'entreprise."],
];

export const TRAINING_PRODUCT_INVOICE_10: Example[] = fromRows(rows);
