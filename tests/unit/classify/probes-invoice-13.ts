/**
 * Round-13 probes for one systematic error of rules/invoice.ts: an invoice or receipt word deciding the category when
 * the message is something else — a thank-you for an invoice already received (thanks), a wish to leave the invoice
 * or priced slip out of a gift parcel (other), an invoice that arrived while the parcel did not (delivery_status), a
 * seller-service pitch about invoices or VAT (spam_or_suspicious) — next to the near-misses that must stay
 * invoice_request (thanks as a sign-off before asking for one, an invoice received but wrong, one missing from the
 * box). Written for these tests; never copied or paraphrased from the dev corpus or the training files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── an invoice already received, and thanks
  ['thanks', false, 'ja', 'JP', '', '領収書のPDF、先ほどダウンロードさせていただきました。迅速なご対応に感謝いたします。'],
  ['thanks', false, 'ja', 'JP', 'Re: 請求書の件', 'お世話になっております。適格請求書、確かに受領いたしました。いつもありがとうございます。'],
  ['thanks', false, 'en', 'UK', '', 'Just downloaded the VAT invoice from the order page, all sorted. Cheers!'],
  ['thanks', false, 'en', 'US', '', 'thx for sending the receipt so fast, my boss is happy now lol'],
  ['thanks', false, 'de', 'DE', '', 'Beleg erhalten, passt alles. Vielen Dank und schönes Wochenende!'],
  ['thanks', false, 'de', 'AT', '', 'Herzlichen Dank für den Beleg, genau so brauchte ich ihn.'],
  ['thanks', false, 'fr', 'FR', '', "J'ai bien reçu la facture, merci beaucoup pour votre réactivité."],
  ['thanks', false, 'it', 'IT', '', 'Ho ricevuto la fattura, grazie mille per la gentilezza!'],
  ['thanks', false, 'es', 'ES', '', 'Ya me ha llegado la factura, mil gracias por la rapidez.'],
  ['thanks', false, 'es', 'MX', '', 'Muchas gracias por el CFDI, ya quedó registrado en contabilidad.'],
  ['thanks', false, 'nl', 'NL', '', 'Factuur ontvangen, hartelijk dank!'],
  ['thanks', false, 'pl', 'PL', '', 'Faktura otrzymana, dziękuję bardzo.'],
  ['thanks', false, 'pt', 'BR', '', 'Recebi a nota fiscal certinho, muito obrigado!'],
  ['thanks', false, 'tr', 'TR', '', 'Faturayı aldım, çok teşekkür ederim.'],
  // ── the invoice or priced slip to be left out of a gift parcel
  ['other', false, 'ja', 'JP', '', '母への贈り物なので、金額の載った明細書は入れなくて大丈夫です。よろしくお願いします。'],
  ['other', false, 'en', 'AU', '', "It's a birthday present going straight to my nephew, so please ship it without the invoice."],
  ['other', false, 'de', 'DE', '', 'Ist ein Geschenk für meine Schwester – bitte ohne Rechnung im Karton verschicken.'],
  ['other', false, 'fr', 'CA', '', "C'est pour offrir, pourriez-vous envoyer le colis sans la facture à l'intérieur ?"],
  ['other', false, 'it', 'IT', '', 'È un regalo per mio padre, per favore spedite senza fattura nel pacco.'],
  ['other', false, 'es', 'ES', '', 'Es para regalar, por favor que no vaya la factura dentro de la caja.'],
  ['other', false, 'nl', 'BE', '', 'Het is een cadeautje, graag zonder factuur in het pakket.'],
  // ── the invoice came, the parcel did not
  ['delivery_status', false, 'ja', 'JP', '', '請求書はメールで届いたのですが、肝心の商品がまだ届いていません。いつ頃になりますか？'],
  ['delivery_status', false, 'de', 'DE', '', 'Die Rechnung ist schon da, das Paket aber noch nicht. Wann kommt es denn?'],
  ['delivery_status', false, 'it', 'IT', '', 'Mi è arrivata la fattura per email ma del pacco nessuna traccia, quando arriva?'],
  ['delivery_status', false, 'es', 'ES', '', 'Me llegó la factura pero el paquete todavía no, ¿cuándo lo entregan?'],
  // ── a seller-service pitch about invoices or VAT
  ['spam_or_suspicious', false, 'en', 'UK', 'Automate your Amazon VAT invoices', 'Hi, we help Amazon sellers issue compliant VAT invoices automatically across all EU marketplaces. Book a free 15-minute demo this week.'],
  ['spam_or_suspicious', false, 'fr', 'FR', '', 'Bonjour, nous aidons les vendeurs Amazon à générer leurs factures conformes en un clic. Essai gratuit de 14 jours, sans engagement.'],
  ['spam_or_suspicious', false, 'es', 'ES', '', 'Hola, ofrecemos a los vendedores de Amazon la emisión automática de facturas con IVA. Pruébalo gratis un mes.'],
  ['spam_or_suspicious', false, 'ja', 'JP', '', 'Amazon出品者様向けに、適格請求書の発行を自動化するサービスをご案内しております。初月無料でお試しいただけます。'],
  // ── near-misses that stay invoice_request
  ['invoice_request', false, 'ja', 'JP', '', '商品受け取りました、ありがとうございます。あと領収書の発行をお願いできますか。'],
  ['invoice_request', false, 'en', 'US', '', 'Thanks for the quick shipping! Could you also upload an invoice for my records?'],
  ['invoice_request', false, 'en', 'UK', '', "I received the invoice but our VAT number is missing, can you reissue it please?"],
  ['invoice_request', false, 'de', 'DE', '', 'Danke für die schnelle Lieferung! Könnten Sie mir noch eine Rechnung schicken?'],
  ['invoice_request', false, 'de', 'CH', '', 'Die Rechnung habe ich bekommen, aber die Firmenadresse fehlt. Bitte korrigieren.'],
  ['invoice_request', false, 'fr', 'FR', '', "Colis bien reçu, merci ! Pourriez-vous m'envoyer la facture ?"],
  ['invoice_request', false, 'fr', 'FR', '', "Ne mettez pas la facture dans le colis, mais mettez-la en ligne sur la commande s'il vous plaît, j'en ai besoin pour ma société."],
  ['invoice_request', false, 'it', 'IT', '', 'Pacco ricevuto, grazie! Mi mandate anche la fattura?'],
  ['invoice_request', false, 'it', 'IT', '', 'Nella scatola non c\'era la fattura, potete caricarla sull\'ordine?'],
  ['invoice_request', false, 'es', 'ES', '', 'Gracias por el envío tan rápido. ¿Me podéis mandar la factura?'],
  ['invoice_request', false, 'nl', 'NL', '', 'Bedankt voor de snelle levering! Kan ik nog een factuur krijgen?'],
  ['invoice_request', false, 'sv', 'SE', '', 'Tack för snabb leverans! Kan jag få ett kvitto?'],
  ['invoice_request', false, 'pt', 'BR', '', 'Obrigado! Vocês emitem nota fiscal?'],
  ['invoice_request', false, 'tr', 'TR', '', 'Teşekkürler, faturayı sipariş sayfasına yükleyebilir misiniz?'],
  ['thanks', false, 'fr', 'BE', '', 'Facture bien reçue, tout est en ordre. Bonne journée !'],
  ['thanks', false, 'it', 'IT', '', 'Fattura arrivata, tutto perfetto. Buon lavoro'],
  ['delivery_status', false, 'en', 'US', '', 'I got the invoice email on Monday but the package itself never showed up. Where is it?'],
  ['delivery_status', false, 'fr', 'FR', '', "J'ai reçu la facture mais toujours pas le colis, il est où ?"],
  ['invoice_request', false, 'es', 'ES', '', 'La factura me llegó sin el NIF de la empresa, ¿podrían corregirla?'],
];

export const PROBES_13 = fromRows(rows);

/** Probes whose invoice rule is now right but whose result is not, because of a file outside rules/invoice.ts. */
const gaps: GapRow[] = [
  ['other', false, 'pt', 'BR', '', 'É presente, por favor enviem sem a nota fiscal dentro da caixa.', 'language.ts: detected as es ("por favor", "presente"); "enviem", "sem", "nota fiscal", "dentro da caixa" are Portuguese. The category (other) is right'],
  ['invoice_request', false, 'ja', 'JP', '', '領収書を受け取りましたが、宛名が間違っていました。再発行をお願いします。', 'rules/address.ts: 「宛名が間違って」 next to 領収書 and 再発行 is the receipt\'s addressee, not the shipping address; address.ts should not fire on 宛名 when 領収書/請求書 and 再発行 are in the sentence (invoice.ts fires)'],
];

export const KNOWN_GAPS_13 = fromGapRows(gaps);
