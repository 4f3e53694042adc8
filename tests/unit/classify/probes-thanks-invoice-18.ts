/**
 * Round-18 probes for two systematic errors. (1) A thank-you that names the old topic ("invoice found in my account,
 * thanks anyway", "the return label worked, dropped it off", "tracking works now") was filed under the topic although
 * nothing is asked any more: it is thanks (TAXONOMY.md), while a request that remains keeps the topic (near-misses).
 * (2) An invoice named in a remark, not asked for ("the invoice has my old name, doesn't matter", a gift with no
 * receipt in the parcel) is `other`; "please correct the name on the invoice" stays invoice_request. Written for these
 * tests, never copied or paraphrased from the dev corpus or the training files; measured before any fix.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── (1) the paper or the fix is found or works, nothing asked
  ['thanks', false, 'en', 'US', '', 'Found the invoice under my orders page, sorry to bother you. Thanks anyway!'],
  ['thanks', false, 'en', 'UK', 'Re: VAT invoice', 'VAT invoice came through this morning, all good for our accounts. Cheers'],
  ['thanks', false, 'en', 'US', '', 'the prepaid label worked fine, dropped the box at the UPS store on my way to work. thx'],
  ['thanks', false, 'en', 'CA', '', 'Tracking link is working now, I can see it is out for delivery. Thanks!'],
  ['thanks', false, 'en', 'AU', '', 'Sorted it out myself, the receipt was in my spam folder. Thanks heaps anyway'],
  ['thanks', false, 'ja', 'JP', '', '領収書はアカウントサービスから発行できました。お手数をおかけしました。'],
  ['thanks', false, 'ja', 'JP', '', 'お世話になっております。返品用のラベル、無事に印刷できました。本日発送いたします。ありがとうございました。'],
  ['thanks', false, 'ja', 'JP', '', '追跡番号で確認できました！ありがとうございます'],
  ['thanks', false, 'ja', 'JP', '', '請求書見つかりました、注文履歴にありました。失礼しました'],
  ['thanks', false, 'de', 'DE', '', 'Hab die Rechnung doch noch im Kundenkonto gefunden. Trotzdem danke!'],
  ['thanks', false, 'de', 'CH', '', 'Sendungsverfolgung geht jetzt wieder, danke für die Info.'],
  ['thanks', false, 'fr', 'FR', '', "J'ai retrouvé la facture dans mon espace client, merci quand même !"],
  ['thanks', false, 'fr', 'BE', '', "L'étiquette retour a fonctionné, colis déposé au point relais ce matin. Bonne journée et merci"],
  ['thanks', false, 'fr', 'CA', '', 'Le suivi fonctionne maintenant, merci beaucoup.'],
  ['thanks', false, 'it', 'IT', '', 'Fattura trovata nella sezione ordini, grazie lo stesso!'],
  ['thanks', false, 'it', 'IT', '', "L'etichetta di reso ha funzionato, ho lasciato il pacco al punto di ritiro. Grazie"],
  ['thanks', false, 'it', 'IT', '', 'Il tracciamento adesso funziona, grazie mille'],
  ['thanks', false, 'es', 'ES', '', 'Encontré la factura en mi cuenta de Amazon, gracias de todos modos.'],
  ['thanks', false, 'es', 'MX', '', 'La guía de devolución sí funcionó, ya dejé el paquete en la paquetería. Gracias!'],
  ['thanks', false, 'es', 'ES', '', 'Ya funciona el seguimiento, gracias por avisar.'],
  ['thanks', false, 'nl', 'NL', '', 'Factuur inmiddels gevonden in mijn account, toch bedankt voor de moeite!'],
  ['thanks', false, 'pl', 'PL', '', 'Fakturę znalazłem w zakładce zamówień, dziękuję mimo wszystko.'],
  ['thanks', false, 'sv', 'SE', '', 'Hittade fakturan på mitt konto, tack ändå!'],
  ['thanks', false, 'pt', 'BR', '', 'Achei a nota fiscal no meu pedido, obrigado mesmo assim!'],
  ['thanks', false, 'tr', 'TR', '', 'Faturayı hesabımda buldum, yine de teşekkürler.'],
  ['thanks', false, 'tr', 'TR', '', 'Sorun çözüldü, ilginiz için çok teşekkür ederim.'],
  // ── (1) near-misses: a request remains, so the topic keeps its category
  ['invoice_request', false, 'en', 'UK', '', 'Found the invoice, thanks, but it has no VAT number on it. Could you reissue it with our VAT number?'],
  ['invoice_request', false, 'de', 'DE', '', 'Die Rechnung habe ich gefunden, danke. Könnten Sie mir noch eine mit ausgewiesener MwSt. schicken?'],
  ['delivery_status', false, 'en', 'US', '', 'tracking works now but it says delivered and there is nothing here. where is it?'],
  ['invoice_request', false, 'fr', 'FR', '', "Je n'ai pas trouvé la facture dans mon espace client, pouvez-vous me l'envoyer ?"],
  ['invoice_request', false, 'ja', 'JP', '', '領収書が見つかりません。発行していただけますか？'],
  // ── (2) an invoice named in a remark, nothing asked: other
  ['other', false, 'en', 'US', '', "FYI the invoice still shows my old address. Doesn't matter, no need to change it."],
  ['other', false, 'en', 'UK', '', "Just so you know, the receipt is made out to my maiden name. That's fine, it doesn't need correcting."],
  ['other', false, 'ja', 'JP', '', '請求書の宛名が以前の会社名のままでしたが、特に問題ないのでこのままで結構です。'],
  ['other', false, 'ja', 'JP', '', '領収書の住所が引っ越し前のものになっていますが、修正は不要です。ご参考までに。'],
  ['other', false, 'de', 'DE', '', 'Auf der Rechnung steht noch mein alter Nachname, ist aber egal, muss nicht geändert werden.'],
  ['other', false, 'fr', 'FR', '', "Sur la facture il y a mon ancienne adresse, ce n'est pas grave, pas besoin de la modifier."],
  ['other', false, 'it', 'IT', '', 'La fattura riporta il mio vecchio cognome, ma non importa, non serve correggerla.'],
  ['other', false, 'pl', 'PL', '', 'To prezent, proszę nie dołączać faktury ani paragonu do paczki.'],
  ['other', false, 'nl', 'BE', '', 'Het is een cadeau, gelieve geen factuur of kassabon in het pakket te steken.'],
  ['other', false, 'sv', 'SE', '', 'Det är en present, så lägg inte med kvittot eller fakturan i paketet.'],
  // ── (2) near-misses: the change is asked for
  ['invoice_request', false, 'en', 'US', '', 'The invoice has my old name on it. Please correct the name on the invoice to Jane Miller.'],
  ['invoice_request', false, 'ja', 'JP', '', '領収書の宛名が旧姓になっていたので、新しい姓で再発行をお願いできますか。'],
  ['invoice_request', false, 'pl', 'PL', '', 'Proszę o dołączenie faktury do paczki, na firmę.'],
  ['invoice_request', false, 'it', 'IT', '', 'La fattura riporta il mio vecchio indirizzo, potete rifarla con quello nuovo?'],
  ['thanks', false, 'de', 'AT', '', 'Das Rücksendeetikett hat funktioniert, Paket ist heute bei der Post abgegeben. Danke!'],
  ['thanks', false, 'tr', 'TR', '', 'İade kodu işe yaradı, paketi kargoya teslim ettim. Sağ olun!'],
  ['return_request', false, 'en', 'US', '', "The return label doesn't work, the UPS store couldn't scan it. Can you send a new one?"],
  ['other', false, 'es', 'ES', '', 'La factura tiene mi dirección antigua, pero da igual, no hace falta cambiarla.'],
  ['invoice_request', false, 'de', 'DE', '', 'Auf der Rechnung steht meine alte Adresse, bitte korrigieren Sie das.'],
  ['invoice_request', false, 'es', 'ES', '', 'La factura tiene mi dirección antigua, ¿me la podéis rehacer con la nueva?'],
];

export const PROBES_THANKS_INVOICE_18 = fromRows(rows);

/**
 * Rows decided by files outside rules/thanks.ts and rules/invoice.ts: each names the culprit and the change it needs.
 * Run with it.fails, so a fix there shows up as a failing test and the row moves up.
 */
const gaps: GapRow[] = [
];

export const KNOWN_GAPS_THANKS_INVOICE_18 = fromGapRows(gaps);
