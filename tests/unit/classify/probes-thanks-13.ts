/**
 * Round-13 probes for one systematic error: a receipt confirmation ("è arrivato", "bien reçu", "angekommen",
 * 「届きました」, "siparişim geldi") filed the message as thanks although the buyer goes on with a complaint ("… ma il
 * coperchio è crepato", 「届きましたが、…」, "… ama kırık çıktı", "… instead of …"). TAXONOMY.md: thanks is a thank-you or
 * confirmation ONLY. The near-misses are true confirmations (short, with emoji, with a harmless "but") that must stay
 * thanks, and a confirmation followed by a request of another category. Written for these tests, never copied or
 * paraphrased from the dev corpus or the training files; measured before any fix (counts in the commit log).
 */
import { fromRows, fromGapRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── the failing shape: a receipt confirmation, then a complaint
  ['damaged_or_defective', false, 'it', 'IT', '', 'Il set di calici è arrivato ma due bicchieri hanno il bordo scheggiato.'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'Mi è arrivata la taglia M invece della L che avevo ordinato.'],
  ['damaged_or_defective', false, 'en', 'US', '', 'Package arrived but the lamp shade is dented all down one side.'],
  ['damaged_or_defective', false, 'en', 'UK', '', 'got it today but its the wrong colour, i ordered navy not black'],
  ['damaged_or_defective', false, 'en', 'AU', '', 'Arrived this morning. Unfortunately the zip on the backpack is already coming apart at the seam.'],
  ['damaged_or_defective', false, 'en', 'CA', '', 'Received the order but one of the four tumblers has a hairline crack.'],
  ['damaged_or_defective', false, 'de', 'AT', '', 'Habe die Lieferung erhalten, leider fehlt das Netzteil für die Lichterkette.'],
  ['damaged_or_defective', false, 'fr', 'BE', '', "Bien reçu mais ce n'est pas le bon modèle, j'avais pris le canapé deux places."],
  ['damaged_or_defective', false, 'fr', 'CA', '', 'Commande reçue, malheureusement la housse a une grosse tache et une couture défaite.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'Ya llegó pero la tapa de la fiambrera viene rajada.'],
  ['damaged_or_defective', false, 'es', 'ES', '', 'El pedido llegó bien embalado pero la pantalla tiene una raya de lado a lado.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '本日届きましたが、マグカップの取っ手が取れていました。'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Siparişim geldi ama fincanlardan biri kırık çıktı.'],
  ['damaged_or_defective', false, 'tr', 'TR', '', 'Ürün geldi fakat şarj kablosu eksik.'],
  ['damaged_or_defective', false, 'pl', 'PL', '', 'Paczka dotarła, ale kubek jest pęknięty na uchu.'],
  ['damaged_or_defective', false, 'nl', 'NL', '', 'Pakket is aangekomen, maar een poot van de kruk is krom.'],
  ['damaged_or_defective', false, 'sv', 'SE', '', 'Paketet har kommit men lampan fungerar inte alls.'],
  ['damaged_or_defective', false, 'pt', 'BR', '', 'Chegou bem, mas a tampa da garrafa está trincada.'],
  // ── near-misses: a confirmation, then a request of another category
  ['invoice_request', false, 'it', 'IT', '', 'Ricevuto, ma mi servirebbe la fattura intestata alla ditta.'],
  ['return_request', false, 'en', 'US', '', 'arrived fine but it is too big for our shelf, can I send it back?'],
  // ── near-misses: true confirmations, short, with emoji or with a harmless "but"
  ['thanks', false, 'it', 'IT', '', 'Arrivato! 😍'],
  ['thanks', false, 'it', 'IT', '', 'Pacco ricevuto, tutto ok 👍'],
  ['thanks', false, 'en', 'US', '', 'Arrived a day late but no harm done, all good 👍'],
  ['thanks', false, 'en', 'UK', '', 'received, thx 🙏'],
  ['thanks', false, 'de', 'DE', '', 'Ist angekommen, zwar etwas später, aber alles gut.'],
  ['thanks', false, 'de', 'DE', '', 'Erhalten 👍'],
  ['thanks', false, 'fr', 'FR', '', 'Bien reçu 😊'],
  ['thanks', false, 'fr', 'FR', '', 'Le colis est arrivé hier soir, nickel.'],
  ['thanks', false, 'es', 'AR', '', 'Ya llegó, todo perfecto 👌'],
  ['thanks', false, 'es', 'ES', '', 'Recibido, muchas gracias!'],
  ['thanks', false, 'ja', 'JP', '', '届きました！ありがとうございます🙇'],
  ['thanks', false, 'ja', 'JP', '', '無事に受け取りました。'],
  ['thanks', false, 'tr', 'TR', '', 'Siparişim geldi, teşekkürler 🙏'],
  ['thanks', false, 'pl', 'PL', '', 'Paczka dotarła, wszystko ok.'],
  ['thanks', false, 'nl', 'BE', '', 'Goed aangekomen, bedankt!'],
  ['thanks', false, 'pt', 'BR', '', 'Chegou certinho, obrigada!'],
  ['thanks', false, 'sv', 'SE', '', 'Paketet har kommit, tack!'],
  ['damaged_or_defective', false, 'it', 'IT', '', 'ricevuto oggi, purtroppo il coperchio della pentola non chiude, è storto'],
  ['damaged_or_defective', false, 'it', 'IT', 'Ordine 403-5521870-1192264', 'Buongiorno, è arrivato tutto tranne il cavo di ricarica, nella scatola non c’è.'],
  ['damaged_or_defective', false, 'de', 'DE', '', 'Paket ist angekommen, aber der Deckel der Keksdose ist total eingedellt.'],
  ['damaged_or_defective', false, 'de', 'CH', '', 'Die Regenjacke ist angekommen, allerdings in Grösse S statt M.'],
  ['damaged_or_defective', false, 'fr', 'FR', '', 'Le colis est arrivé mais le flacon de sérum a fui dans le carton, tout colle.'],
  ['damaged_or_defective', false, 'es', 'MX', '', 'Recibido, pero me mandaron el cargador de 20W en vez del de 65W.'],
  ['damaged_or_defective', false, 'ja', 'JP', '', '届きましたけど、色が注文したのと違います。'],
  ['damaged_or_defective', false, 'ja', 'JP', '田中様からのお問い合わせ（注文番号：250-7719032-4481165）', 'お世話になっております。商品を受け取りました。ですが、説明書と付属のネジが入っておりませんでした。'],
];

export const PROBES_THANKS_13 = fromRows(rows);

/**
 * Rows decided by files outside rules/thanks.ts: each names the culprit and the change it needs. Run with it.fails,
 * so a fix there shows up as a failing test and the row moves up.
 */
const gaps: GapRow[] = [
];

export const KNOWN_GAPS_THANKS_13 = fromGapRows(gaps);
