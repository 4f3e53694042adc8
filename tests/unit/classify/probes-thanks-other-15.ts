/**
 * Round-15 probes for three systematic errors. (1) A thank-you or confirmation that names the earlier problem's topic
 * ("the refund is on my card", 「領収書ダウンロードできました」, "Rechnung erhalten, passt alles") was filed under that
 * topic: with no request left it is thanks (TAXONOMY.md), while a request that remains keeps its category (the
 * near-misses). (2) "Where is it?" after a parcel that never showed up is delivery_status. (3) Delivery and packing
 * instructions, remarks and praise with a complaint, and questions about the shop itself are `other` and must not be
 * taken by the product, address, invoice or damage rules. Written for these tests, never copied or paraphrased from
 * the dev corpus or the training files; measured before any fix (counts in the commit log).
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── (1) a confirmation that names the topic, nothing asked
  ['thanks', false, 'en', 'US', '', 'Just saw the refund land in my account. Thanks for sorting it so quickly.'],
  ['thanks', false, 'en', 'UK', 'Re: charger', 'Replacement charger arrived this morning and works perfectly, cheers'],
  ['thanks', false, 'en', 'AU', '', "Ignore my earlier message about the parcel not arriving, it was with my neighbour the whole time. Sorry for the hassle!"],
  ['thanks', false, 'en', 'IN', '', 'Received the invoice with our GST number, all in order. Thank you.'],
  ['thanks', false, 'en', 'US', '', 'never mind about the missing package, it turned up on the side porch. all good'],
  ['thanks', false, 'ja', 'JP', '', '先ほど荷物がまだ届かないとご連絡しましたが、宅配ボックスに入っていました。お騒がせしました。'],
  ['thanks', false, 'ja', 'JP', '', '返金を確認できました。迅速なご対応ありがとうございました。'],
  ['thanks', false, 'ja', 'JP', '', '領収書ダウンロードできました！'],
  ['thanks', false, 'ja', 'JP', '', 'お世話になっております。交換品を本日受け取りました。今度は問題なく動いております。'],
  ['thanks', false, 'ja', 'JP', '', '追跡番号で調べたら近くの営業所にありました。明日には届くそうなので大丈夫です、お騒がせしました'],
  ['thanks', false, 'de', 'DE', '', 'Die Gutschrift ist heute auf meinem Konto eingegangen. Vielen Dank für die schnelle Abwicklung!'],
  ['thanks', false, 'de', 'AT', '', 'Rechnung erhalten, passt alles. Schönes Wochenende!'],
  ['thanks', false, 'de', 'DE', '', 'Hat sich erledigt, das Paket lag die ganze Zeit beim Nachbarn. Sorry für die Aufregung!'],
  ['thanks', false, 'fr', 'FR', '', 'Le remboursement est bien arrivé sur mon compte, merci beaucoup.'],
  ['thanks', false, 'fr', 'FR', '', "Oubliez mon message d'hier, le colis était chez la gardienne. Désolée pour le dérangement !"],
  ['thanks', false, 'fr', 'BE', '', 'Facture bien reçue, tout est en ordre pour moi.'],
  ['thanks', false, 'it', 'IT', '', 'Rimborso ricevuto, grazie mille per la disponibilità.'],
  ['thanks', false, 'it', 'IT', '', 'Lasciate perdere il messaggio di prima, il pacco era dal vicino. Scusate il disturbo!'],
  ['thanks', false, 'it', 'IT', '', 'Il ricambio è arrivato e la macchina funziona di nuovo. Ottimo servizio!'],
  ['thanks', false, 'es', 'ES', '', 'Ya me llegó el reembolso a la tarjeta, muchas gracias por todo.'],
  ['thanks', false, 'es', 'ES', '', 'Olvidad mi mensaje anterior, el paquete estaba en conserjería. ¡Perdón por las molestias!'],
  ['thanks', false, 'nl', 'NL', '', 'Terugbetaling staat op mijn rekening, top geregeld. Bedankt!'],
  ['thanks', false, 'pl', 'PL', '', 'Zwrot pieniędzy dotarł, dziękuję za szybką reakcję.'],
  ['thanks', false, 'sv', 'SE', '', 'Återbetalningen har kommit in på kontot. Tack så mycket!'],
  ['thanks', false, 'pt', 'BR', '', 'O reembolso já caiu na conta, obrigada pela atenção!'],
  ['thanks', false, 'tr', 'TR', '', 'İade tutarı hesabıma yattı, ilginiz için teşekkürler.'],
  // ── (1) near-misses: a request (or a complaint) remains, so the topic keeps its category
  ['invoice_request', false, 'en', 'UK', '', 'The refund reached my account, thanks. Could you also send me a VAT invoice for the order?'],
  ['damaged_or_defective', false, 'en', 'US', '', "Got the replacement, thanks, but this one doesn't turn on either."],
  ['return_request', false, 'en', 'CA', '', "I'll post it back to you tomorrow myself so no need to answer. Thanks"],
  ['delivery_status', false, 'ja', 'JP', '', 'まだ届いていません。いつ頃になりますか？'],
  ['refund_request', false, 'es', 'ES', '', 'Gracias por el reembolso, pero solo me devolvieron 20 de los 35 euros.'],
  // ── (2) a parcel that never showed up, and where is it
  ['delivery_status', false, 'en', 'US', '', 'the invoice came through by email but the box itself never turned up. where is it??'],
  ['delivery_status', false, 'en', 'UK', '', 'Parcel never showed up. What happened to it?'],
  ['delivery_status', false, 'fr', 'FR', '', 'toujours rien reçu, il est passé où mon colis ?'],
  ['delivery_status', false, 'fr', 'CA', '', "Bonjour, j'ai toujours pas mon colis, vous savez où il est ?"],
  ['delivery_status', false, 'it', 'IT', '', 'Il pacco non si è mai visto. Dove è finito?'],
  ['delivery_status', false, 'es', 'ES', '', 'El paquete nunca apareció. ¿Dónde está?'],
  ['delivery_status', false, 'ja', 'JP', '', '請求書は届いたんですが、商品がまだ来ません。どこにありますか？'],
  ['delivery_status', false, 'pt', 'PT', '', 'A encomenda nunca apareceu. Onde está?'],
  // ── (3) instructions about delivering or packing
  ['other', false, 'en', 'UK', '', 'please leave it round the back by the shed if nobody answers'],
  ['other', false, 'en', 'US', '', 'Could you write my cell number on the box? The driver can never find our unit.'],
  ['other', false, 'en', 'AU', '', "It's a birthday present, can you pop a little card in saying Happy 30th Tom?"],
  ['other', false, 'en', 'US', '', 'Please hold off shipping until the 20th, we are away until then.'],
  ['other', false, 'ja', 'JP', '', '置き配でお願いします。玄関前で大丈夫です。'],
  ['other', false, 'de', 'DE', '', 'Bitte beim Nachbarn in Nr. 12 abgeben, falls ich nicht da bin.'],
  ['other', false, 'fr', 'FR', '', "Pouvez-vous attendre le 20 pour l'expédier ? Je suis en vacances avant."],
  ['other', false, 'it', 'IT', '', 'Potete mettere un bigliettino con scritto Auguri Nonna?'],
  ['other', false, 'it', 'IT', '', 'Lasciatelo pure dal portiere, grazie'],
  ['other', false, 'es', 'ES', '', 'Por favor, dejen el paquete en la puerta de atrás si no contesto.'],
  ['other', false, 'es', 'AR', '', '¿Pueden esperar hasta el día 20 para enviarlo? Estoy de viaje.'],
  ['other', false, 'nl', 'NL', '', 'Graag bij de buren op nummer 8 afgeven als ik niet thuis ben.'],
  ['other', false, 'pl', 'PL', '', 'Proszę zostawić paczkę pod drzwiami, nie trzeba dzwonić.'],
  ['other', false, 'sv', 'SE', '', 'Lämna gärna paketet utanför dörren.'],
  ['other', false, 'tr', 'TR', '', 'Kapıya bırakabilirsiniz, zili çalmanıza gerek yok.'],
  // ── (3) remarks and praise with a complaint
  ['other', false, 'en', 'US', '', 'the soap smells nothing like lavender tbh, more like washing powder. just thought you should know'],
  ['other', false, 'en', 'UK', '', "The pictures make it look much bigger than it is. I'm keeping it anyway, just saying."],
  ['other', false, 'ja', 'JP', '', '香りが思っていたより強かったです。気に入ってはいますが一応お伝えしておきます。'],
  ['other', false, 'de', 'CH', '', 'Die Kerze riecht eher nach Seife als nach Vanille. Nur als Hinweis, ich behalte sie trotzdem.'],
  ['other', false, 'fr', 'FR', '', "Les photos sont trompeuses, c'est bien plus petit. Je le garde quand même, c'était juste pour info."],
  ['other', false, 'it', 'IT', '', 'Il profumo è diverso da come me lo aspettavo, lo tengo lo stesso, era solo per segnalarvelo.'],
  ['other', false, 'es', 'ES', '', 'Las fotos engañan un poco, es más pequeño. Me lo quedo igual, solo para que lo sepan.'],
  // ── (3) questions about the shop itself
  ['other', false, 'en', 'US', '', 'Is your company based in Germany or China? Just curious, my friend wants to order too.'],
  ['other', false, 'ja', 'JP', '', 'お店は日本にあるんですか？海外から送られてくるのか気になって。'],
  ['other', false, 'fr', 'FR', '', 'Votre boutique est en France ou en Chine ?'],
  ['other', false, 'es', 'MX', '', '¿Su tienda está en México o en China?'],
  ['thanks', false, 'it', 'IT', '', 'Fattura ricevuta, è tutto corretto. Buona giornata'],
  ['other', false, 'de', 'DE', '', 'Bitte schreiben Sie meine Handynummer aufs Paket, der Fahrer findet uns sonst nicht.'],
];

export const PROBES_THANKS_OTHER_15 = fromRows(rows);

/**
 * Rows decided by files outside rules/thanks.ts, delivery.ts and other.ts: each names the culprit and the change it
 * needs. Run with it.fails, so a fix there shows up as a failing test and the row moves up.
 */
const gaps: GapRow[] = [
  ['thanks', false, 'es', 'MX', '', 'Ya quedó, la factura con mi RFC llegó bien.', 'rules/invoice.ts: the bare noun "factura" (invoice.request, strength 3) fires on an invoice that already came ("la factura … llegó bien"); a factura followed by llegó/recibí/ya está without a request should not count (thanks.resolved matches, but loses on priority)'],
  ['invoice_request', false, 'de', 'DE', '', 'Rechnung erhalten, danke. Könnten Sie noch die Firmenadresse ergänzen?', 'rules/invoice.ts: a correction of the invoice received ("noch die Firmenadresse ergänzen") is invoice_request; no invoice phrase reads Rechnung + ergänzen/Firmenadresse (the full classifier gets it right)'],
  ['other', false, 'pt', 'BR', '', 'Podem deixar na portaria, por favor.', 'language.ts: a short Portuguese line ("Podem deixar na portaria, por favor", marketplace BR) is guessed pl; "deixar", "portaria", "podem" are Portuguese (category other is right: other.ts takes the instruction)'],
];

export const KNOWN_GAPS_THANKS_OTHER_15 = fromGapRows(gaps);
