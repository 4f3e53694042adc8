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
];

export const TRAINING_PRODUCT_INVOICE_10: Example[] = fromRows(rows);
