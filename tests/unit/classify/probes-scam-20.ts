/**
 * Round-20 probes for five shapes the scam flag still missed, each next to near-misses that must keep their label:
 * - ship or confirm the shipment before the payment is approved, cleared, booked or validated (other, scam);
 *   near-misses: a buyer who paid and asks when it ships;
 * - a new recipient named through someone else's relative or a friend in the same country (address_change, scam);
 *   near-misses: the buyer's own second home or workplace;
 * - refund without return under a threat, in sv/nl/pl/pt/tr (scam);
 * - a refund or payment to a bank account outside Amazon in es/ja/it (scam);
 * - a question before buying whether the seller ships abroad (product_question, no scam).
 * Written for these tests, never copied from the dev corpus or the training files.
 */
import { fromGapRows, fromRows, type GapRow, type Row } from './labelled-rows';

const rows: Row[] = [
  // ── (1) ship before the payment clears
  ['other', true, 'en', 'US', '', "hey could you go ahead and ship the blender before my Klarna payment gets approved? it usually takes a couple days"],
  ['other', true, 'en', 'UK', '', 'Please confirm the shipment now, the Affirm instalment is still waiting for approval but it will go through.'],
  ['other', true, 'fr', 'FR', '', "Bonjour, pouvez-vous expédier la lampe même si le paiement n'est pas encore validé ? Je suis pressée."],
  ['other', true, 'fr', 'CA', '', "Le paiement est en attente jusqu'à lundi mais envoyez le colis dès maintenant svp"],
  ['other', true, 'it', 'IT', '', 'Salve, il pagamento risulta ancora in sospeso, si sblocca lunedì, ma potete mandarmi già la stampante?'],
  ['other', true, 'it', 'IT', '', "Potreste spedire prima che il pagamento venga accreditato? Mi serve per sabato."],
  ['other', true, 'pl', 'PL', '', 'Dzień dobry, czy możecie wysłać paczkę przed zaksięgowaniem wpłaty? Przelew idzie do środy.'],
  ['other', true, 'de', 'DE', '', 'Könnten Sie die Kamera schon verschicken, bevor die Zahlung gebucht ist? Das dauert bei meiner Bank immer ewig.'],
  ['other', true, 'de', 'CH', '', 'Die Zahlung ist noch ausstehend, bitte trotzdem schon versenden, sie wird sicher bis Freitag gutgeschrieben.'],
  ['other', true, 'es', 'ES', '', '¿Podéis enviarlo antes de que se acredite el pago? Es para un cumpleaños.'],
  ['other', true, 'es', 'MX', '', 'el pago sigue pendiente pero mándenmelo ya porfa, se libera el martes'],
  ['other', true, 'ja', 'JP', '', '入金確認前に発送していただくことは可能でしょうか。急ぎで必要なのです。'],
  ['other', true, 'ja', 'JP', '', 'お世話になります。決済がまだ保留中なのですが、商品だけ先に出荷してもらえませんか？'],
  ['other', true, 'nl', 'NL', '', 'De betaling staat nog op in behandeling, kunnen jullie het pakket toch al versturen?'],
  ['other', true, 'pt', 'BR', '', 'O pagamento ainda está pendente, mas podem enviar o produto antes da aprovação? Obrigado'],
  // near-misses
  ['delivery_status', false, 'en', 'US', '', 'my payment went through yesterday, when do you think it will ship?'],
  ['delivery_status', false, 'fr', 'FR', '', 'Le paiement a bien été validé, quand comptez-vous expédier ma commande ?'],
  ['delivery_status', false, 'it', 'IT', '', 'Il pagamento è andato a buon fine, quando partirà la spedizione?'],
  // ── (2) a new recipient through someone else's relative or a friend
  ['address_change', true, 'en', 'US', '', 'Hi, my girlfriend is staying with her family this month, could it go straight to her dad\'s place? He lives in Dallas.'],
  ['address_change', true, 'en', 'AU', '', "Mate can you change the name to Tom Briggs and send it to 14 Kerr St Fitzroy? He's a mate of mine, he'll pass it on."],
  ['address_change', true, 'en', 'UK', '', "Could you post it to my wife's sister in Bristol instead? I'll send you the address."],
  ['address_change', true, 'de', 'DE', '', 'Bitte schicken Sie das Paket zum Vater meiner Freundin nach Köln, die Adresse schreibe ich gleich.'],
  ['address_change', true, 'fr', 'FR', '', "Pouvez-vous mettre le nom de Julien Morel et l'envoyer au 8 rue des Lilas à Nantes ? C'est un ami à moi."],
  ['address_change', true, 'it', 'IT', '', 'Potete spedirlo dal padre del mio ragazzo a Bologna? Vi mando via l’indirizzo.'],
  ['address_change', true, 'es', 'ES', '', '¿Lo podéis mandar a casa del padre de mi novia en Valencia? Yo estaré allí esa semana.'],
  ['address_change', true, 'ja', 'JP', '', '恐れ入りますが、彼女のお父さんの家に送っていただけますか？住所は大阪です。'],
  // near-misses: the buyer's own second home, workplace
  ['address_change', false, 'en', 'US', '', 'Can you ship it to my office instead? 200 Main St Suite 4, same city.'],
  ['address_change', false, 'de', 'DE', '', 'Könnten Sie es an meine Zweitwohnung in Hamburg schicken? Ich bin unter der Woche dort.'],
  ['address_change', false, 'fr', 'FR', '', "Pourriez-vous plutôt livrer à mon travail ? L'adresse est 5 avenue Foch, Paris."],
  // ── (3) refund without return, under threat
  ['damaged_or_defective', true, 'sv', 'SE', '', 'Hörlurarna är trasiga. Jag skickar inte tillbaka dem, ge mig pengarna tillbaka annars får ni ett dåligt betyg.'],
  ['damaged_or_defective', true, 'nl', 'NL', '', 'Ik stuur die kapotte waterkoker niet terug. Geld terug, anders krijgen jullie een slechte review.'],
  ['refund_request', true, 'pl', 'PL', '', 'Nie odeślę tego, chcę zwrot pieniędzy, inaczej wystawię negatywną opinię.'],
  ['refund_request', true, 'pt', 'BR', '', 'Não vou devolver nada, quero meu dinheiro de volta senão deixo uma avaliação negativa.'],
  ['refund_request', true, 'tr', 'TR', '', 'Ürünü geri göndermeyeceğim, paramı iade edin yoksa olumsuz yorum yazarım.'],
  // ── (4) refund or payment to a bank account outside Amazon
  ['refund_request', true, 'es', 'ES', '', 'Devuélvanme el dinero a mi cuenta del Santander directamente, no a través de Amazon.'],
  ['refund_request', true, 'it', 'IT', '', 'Il rimborso fatemelo direttamente sul mio conto Intesa, non tramite Amazon per favore.'],
  // ── (5) before buying: do you ship abroad?
  ['product_question', false, 'ja', 'JP', '', '海外発送はしていますか？韓国に住んでいます。注文前に確認させてください。'],
  ['product_question', false, 'en', 'US', '', "do you ship to Korea? I haven't ordered yet, just checking first"],
  ['product_question', false, 'de', 'DE', '', 'Versenden Sie auch in die Schweiz? Ich habe noch nicht bestellt.'],
  ['product_question', false, 'fr', 'FR', '', "Bonjour, livrez-vous en Belgique ? Je n'ai pas encore passé commande."],
  ['product_question', false, 'es', 'ES', '', '¿Hacen envíos a Portugal? Todavía no he comprado, quiero saberlo antes.'],
  ['product_question', false, 'it', 'IT', '', 'Spedite anche in Svizzera? Non ho ancora ordinato.'],
];

/** Rows the files of this area cannot settle: the culprit is another file. */
const gaps: GapRow[] = [
    ['refund_request', true, 'es', 'MX', '', 'Quiero mi reembolso pero deposítenme directo a mi cuenta BBVA, no por Amazon, les paso la CLABE.', 'rules/refund.ts (es) or index.ts: "Quiero mi reembolso" finds no refund rule, so the off-Amazon payment (right, scam) makes index.ts file it as a deal offered before buying (product_question); a buyer naming a refund should be refund_request'],
    ['refund_request', true, 'ja', 'JP', '', '返金はアマゾン経由ではなく、こちらの口座に振り込んでください。三井住友銀行 普通 1234567', 'rules/refund.ts (ja) or index.ts: 「返金は…振り込んでください」 finds no refund rule, so the off-Amazon payment (right, scam) is filed as a deal before buying (product_question); 返金 as the subject should make it refund_request'],
];

export const PROBES_20 = fromRows(rows);
export const KNOWN_GAPS_20 = fromGapRows(gaps);
