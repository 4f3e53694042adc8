/**
 * Money back with no damage claim (refund_request): refund not arrived after a return, charged twice, price
 * dropped, partial refund for lateness, coupon not applied, or just "refund me". Confirmations that a refund came
 * ("返金確認できました", "Erstattung erhalten") are not requests.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

export const refundRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'refund.missing',
    key: 'refund_request',
    strength: 3,
    label: 'refund not received',
    phrases: {
      en: [
        String.raw`\brefund (hasn'?t|has not|didn'?t|did not|still hasn'?t|still has not|is not|isn'?t|not yet|never|still not|does not|doesn'?t|won'?t|will not)\b`,
        String.raw`\b(still )?(no|haven'?t (received|got|gotten|seen)( my| a| the| any)?|not (received|got)( my| a| the| any)?|waiting for (my|the|a)) refund\b`,
        String.raw`\bwhere('s| is) my (refund|money)\b`,
        // "the refund was issued by the seller but my card shows nothing".
        String.raw`\b(card|account|bank|statement|balance)\b[^.!?]{0,10}\b(shows|showing|says|has|reflects) (nothing|no (refund|credit|money))\b|\brefund (was |has been |is )?(issued|processed|sent|completed|initiated|approved|confirmed)\b[^.!?]{0,40}\b(but|yet|still)\b[^.!?]{0,30}\b(nothing|not|no|haven'?t|hasn'?t|never)\b`,
        // "after you cancelled the order … visa still shows the $22.18".
        String.raw`\b(card|visa|mastercard|amex|paypal|bank|statement|account)\b (still |is still |are still )(shows?|showing|has|have|reflects?|lists?) (the |a |that |this |my )?([$€£] ?\d|charge|payment|debit|transaction|hold)`,
        // "Nothing back on my card yet", "nothing refunded so far".
        String.raw`\bnothing (back|refunded|credited|returned|reimbursed)\b[^.!?]{0,15}\b(yet|so far|on (my|the|our) (card|account|statement|bank))\b`,
        // Stuck on the way: "the refund is still pending after 10 days", "refund shows as processing since the 3rd".
        String.raw`\b(refund|reimbursement|credit)\b (is |has been |was |still |stuck |remains |shows |showing |says |as |on )*(pending|processing|on hold|in process|in progress|initiated)\b`,
        // "I still haven't seen the £34 on my account", "don't see the money back on my card".
        String.raw`\b(haven'?t|have not|hasn'?t|not|never|didn'?t|did not|don'?t|do not|can'?t|cannot)( yet| still)? (seen|received|got|gotten|see|noticed|spotted)( yet)? (the |my |any |a )?([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(dollars|euros?|pounds|bucks)|money|credit|funds|amount|refund|reimbursement)\b[^.!?]{0,20}\b(on|in|into|to|back (on|in|to)) (my|the|our) (account|card|bank|statement|visa|mastercard|amex|credit card|debit card|paypal|balance)\b`,
        String.raw`\bwhen (is|will|does|do|can|should|would) (i (get|see|receive) )?(the|my|a) (refund|money|credit|reimbursement)\b`,
        // After a finished return or cancellation: "still no money on my card", "the $64.20 is still pending on my debit card".
        String.raw`\b(still|yet|but) no (money|refund|credit|funds|reimbursement)( back)? (on|in|to|into) (my|the|our) (card|account|bank|statement|visa|mastercard|amex|paypal|balance|credit card|debit card)\b|([$€£] ?\d+([.,]\d+)?|\b\d+([.,]\d+)? ?(dollars|euros?|pounds|rupees|€|£)|\b(charge|payment|amount|money|hold|authori[sz]ation))\b (is |are )?still (pending|held|on hold|sitting|blocked|frozen) (on|in) (my|the|our)( \w+)? (card|account|statement|bank|visa|mastercard|amex)\b`,
        String.raw`\b(still )?owes? (me|us) (\$|€|£|\d|money|a refund|the money|for)`,
        // "the money still isn't back on my card", "credit hasn't shown up", "still dont see the credit".
        String.raw`\b(money|refund|credit|funds|reimbursement|amount|payment)\b( (for|of) [^.!?]{1,25}?| (of )?(rs\.? ?|inr ?|[$€£] ?)?\d[\d.,]*( ?(rupees|rs|inr|dollars|euros?|pounds|bucks|€|£))?)? (is |has |was |have )?(still |yet )?(not|isn'?t|hasn'?t|has not|is not|never|not been|hasn'?t been|didn'?t|did not|yet to be)\b[^.!?]{0,15}\b(back|credited|returned|refunded|reversed|deposited|come (back|through)|came (back|through)|arrived|shown up|showed up|appeared|reflected|processed|posted|enter(ed)?|reach(ed)?|hit|landed|gone (back|through))\b`,
        // Non-native word orders: "not yet get refund", "never received my refund", "when can refund?".
        String.raw`\b(not|not yet|yet to|never|didn'?t|did not|haven'?t|have not|still not|still haven'?t)( yet)? (get|got|gotten|receive|received|see|seen)( my| the| a| any| back)? (refund|money back|reimbursement)\b`,
        String.raw`\bwhen (can|will|do|does|shall|would) (i |we )?(get |receive |have )?(the |my |a )?refund\b`,
        String.raw`\b(haven'?t|have not|hasn'?t|has not|never|not yet|still not)( yet| still)? (been )?(refunded|reimbursed|credited)\b`,
        String.raw`\b(haven'?t|have not|not|never|didn'?t|did not) (seen|received|got|gotten) (a|one) (dime|penny|cent|red cent)\b`,
        String.raw`\b(don'?t|do not|haven'?t|have not|can'?t|cannot|didn'?t)\b (see|seen|got|gotten|received|get|find)\b (the|my|a|any) (credit|refund|money|reimbursement)\b`,
        // Money still held after a cancellation or return: "the money is still gone from my card", "when will I get it back".
        String.raw`\b(money|charge|amount|funds)\b (is |was |has been |have been )?still (gone|taken|deducted|on hold|held|not (returned|released))\b`,
        // The sentence may hold a price: "… confirmed the cancellation, but £64.99 has still gone out of my account".
        String.raw`\bcancel+(ed|ation)\b([^.!?]|\.\d){0,80}\b((still|was|been|got|were|is|are|has been) (charged|billed|debited|deducted)|(gone|taken|deducted|debited|came|come) (out of|from|off) (my|our)( \w+)? (account|card|bank))\b`,
        String.raw`\bwhen (will|do|can|should) (i|we) (get|see|receive|have) (it|my money|the money|the refund|my refund|the credit|the amount) back\b`,
        // The refund went somewhere the buyer cannot reach: "it went back to a card I cancelled … how do I get the money now?".
        String.raw`\bhow (do|can|will|would|should) (i|we) (get|receive|recover|claim|access) (the|my|this|that|our) (money|refund|credit|funds|reimbursement)\b`,
        String.raw`\b(returned|sent back|shipped back|posted back)\b[^.!?]{0,80}\b(no refund|not (been )?refunded|haven'?t been refunded|still waiting)\b`,
      ],
      ja: [
        String.raw`(返金|へんきん)(が|は)?(まだ|未だ|され(て(い|お)?)?(ない|ません|なかった|おらず)|ありません|確認でき(ない|ません)|反映されて(い|お)?(ない|ません|らず))`,
        String.raw`(まだ|いまだに|未だ)(返金|へんきん)`,
        // Casual: 「キャンセルしてもらったのに返金がない」「返品したのに返金来ない」.
        String.raw`(返金|へんきん)(が|は)?(まだ)?(ない|無い|なくて|来ない|こない|来てない|きてない|届かない|入らない|入ってない|戻らない)`,
        // 「カード会社からの返金の連絡がございません」.
        String.raw`(返金|へんきん)(の)?(ご?連絡|ご?案内|お知らせ|通知)(が|は)?(まだ|未だ)?(ござい|あり|来て|届いて|き)(ませ|ない|てい|てお)`,
        // When or how far along: 「返金はいつになりますか」「返金処理の状況を教えて」.
        String.raw`(返金|へんきん)(の(お?手続き|処理|ご?対応|時期))?(は|って|の方は|の時期は)?(いつ|何日)`,
        String.raw`(お金|代金|料金|金額)(って|は|の方は|が)?いつ(頃|ごろ|くらい)?(に)?(戻|返|振り?込|入金|反映)`,
        // 「返金の確認ができておりません」「返金の反映がまだです」.
        String.raw`(返金|へんきん)(の)?(確認|入金|反映|処理)(が|は)?(まだ|未だ)?((でき|され|取れ|完了し)(て)?(い|お)?(ない|ません|りません|らず)|です)`,
        // Shown as done but not on the card: 「「返金済み」となっていますが、明細にはまだ載っていません」.
        String.raw`(返金済み?|返金完了|返金処理済み?|返金(手続き|処理)(が)?完了)[^。]{0,30}(のに|が|けど|けれど)[^。]{0,30}(反映|載って|記載され|入金され|入って|戻って|確認でき|見当たら)`,
        // 「代金が口座に戻っておらず」「お金まだ振り込まれてない」.
        String.raw`(お金|代金|料金|金額|返金|返金額|払った分|支払った分|支払い分|ポイント)(が|は)?([^。]{0,10}(に|へ))?(まだ|いまだに|未だ)?((戻って|返って|振り?込まれて|入金されて)(き|こ)?(て)?(い|お)?(ない|ません|なく|らず)|(戻ら|返ら)(ない|ず))`,
        String.raw`返金(処理|手続き)?の(状況|進捗|進み具合|ステータス)`,
        // What has not come back is named by where it should show: 「カードに戻ってきていません」「口座に入金されていない」.
        String.raw`(カード|口座|明細|銀行)(に|へ|の方に|の方へ)(は|も)?(まだ|未だ|いまだに)?(戻って|返って|返金されて|入金されて|振り?込まれて|反映されて)(き|こ)?(て)?(い|お)?(ない|ません|なく|らず)`,
        // Charged after cancelling: 「キャンセルしましたが、カードに請求が来ております」.
        String.raw`キャンセル[^。]{0,30}(請求|引き落とし|引き落と|課金|決済|支払い)(が|は)?(来て|来た|され|きて|あり|発生|残って|確定|上がって)`,
      ],
      de: [
        String.raw`\b(erstattung|ruckerstattung|gutschrift|ruckzahlung)\b[^.!?]{0,40}\b(nicht|noch nicht|fehlt|ausstehend|ausgeblieben|nie|lasst( \w+){0,2} auf sich warten|steht( \w+){0,2} aus|bleibt( \w+){0,2} aus)\b`,
        String.raw`\b(keine|noch keine) (erstattung|ruckerstattung|gutschrift|ruckzahlung)\b`,
        String.raw`\bwo (ist|bleibt) (mein|meine|das|die) (geld|erstattung|ruckerstattung|gutschrift|ruckzahlung)\b`,
        // "Auf meiner Kreditkarte ist aber noch nichts angekommen", "noch keine Gutschrift auf meinem Konto".
        String.raw`\b(nichts|kein geld|keine gutschrift|keine erstattung|keinen cent)\b[^.!?]{0,30}\b(auf|bei) (meiner|meinem|der|dem|meine|mein) (kreditkarte|karte|konto|bankkonto)\b|\b(auf|bei) (meiner|meinem|der|dem) (kreditkarte|karte|konto|bankkonto)\b[^.!?]{0,25}\b(nichts|kein geld|keine gutschrift|keine erstattung|keinen cent)\b`,
        String.raw`\b(storniert|storno|stornierung)\b[^.!?]{0,80}\b(abgebucht|belastet|berechnet|eingezogen|abgezogen)\b`,
        String.raw`\b(storniert|storno|stornierung)\b[^.!?]{0,80}\b(weg vom konto|vom konto (weg|abgegangen|runter)|abgegangen)\b`,
        String.raw`\b(erstattung|ruckerstattung|gutschrift)\b[^.!?]{0,40}\b(versandkosten|hinsendung|versand|porto|lieferkosten)\b[^.!?]{0,20}\b(nicht|nie) (berucksichtigt|erstattet|enthalten|mitberechnet|dabei|gutgeschrieben)`,
        String.raw`\b(nachlass|rabatt|gutschrift|erstattung|entschadigung|teilerstattung|\d+ ?(€|euro))\b[^.!?]{0,40}\b(geben|gewahren|zugesagt|versprochen|angeboten|zuruckzahlen)\b[^!?]{0,20}\b(sehe|habe|bekommen|erhalten) (ich )?(bisher |noch |immer noch |leider )*(nichts|nix|nicht)`,
        // Told the other way round: "am 14. wurden mir 59,99 € abgebucht, die Sie am selben Tag storniert haben".
        String.raw`\b(abgebucht|belastet|eingezogen|abgezogen)\b([^.!?]|[.,]\d){0,80}\b(storniert|stornierten|storno|stornierung)\b`,
        String.raw`\b(uberweisen|zahlen|buchen|geben|schicken) sie (mir |uns )?(bitte )?(den|das|die|meinen|mein|meine) (betrag|geld|summe|kaufpreis|restbetrag|differenz)\b[^.!?]{0,15}\bzuruck\b`,
        String.raw`\bgeld\b[^.!?]{0,15}\b(noch nicht|immer noch nicht|noch immer nicht)\b`,
        String.raw`\b(geld|betrag)\b[^.!?]{0,30}\b(nicht|noch nicht) (erhalten|zuruck|erstattet|gutgeschrieben)\b`,
        String.raw`\b(noch )?(kein|keine|keinen) (geld|betrag|cent|euro)\b[^.!?]{0,20}\b(erhalten|bekommen|zuruckbekommen|zuruckerhalten|zuruck|gesehen)\b`,
        String.raw`\bwarte\w* (ich |wir )?(noch |immer noch |noch immer |seit \w+ \w+ |seitdem |seither |schon |bereits |nun |jetzt )*(auf )?(mein|meine|die|das|eine) (geld|erstattung|ruckerstattung|gutschrift|ruckzahlung)\b`,
        String.raw`\b(geld|betrag|erstattung|gutschrift)\b[^.!?]{0,40}\b(nicht|nie|kein\w*)\b[^.!?]{0,20}\b(auf (meinem|dem|mein) (konto|karte|kreditkarte)|angekommen|eingegangen|gutgeschrieben)\b`,
      ],
      fr: [
        // Charged after a cancellation: "j'ai annulé … mais le montant a quand même été débité".
        String.raw`\b(annule|annulee|annulation)\b[^.!?]{0,100}\b(debite|debitee|preleve|prelevee|encaisse|encaissee|facture|facturee)\b(?! (deux fois|en double))`,
        String.raw`\b(quand|qd)\b[^.!?]{0,30}\b(rembourse|remboursee|remboursement|rembourser|rembourserez|rembourserez-vous)\b`,
        String.raw`\b(j'? ?attends|attend|en attente) (toujours |encore |depuis \w+ \w+ )?(de |du |mon |le |d'un )?(remboursement|virement|avoir)\b`,
        String.raw`\b(pas|toujours pas|tjrs pas|tjs pas|tjr pas|jamais) (encore )?(ete )?rembourse`,
        String.raw`\bannul(e|ee|ation)\b[^.!?]{0,80}\b(debite|debitee|preleve|prelevee|facture|facturee|encaisse)\b`,
        String.raw`\bremboursement\b[^.!?]{0,30}\b(pas|toujours pas|jamais)\b`,
        // After a return told as done: "pourriez-vous confirmer le remboursement ?".
        String.raw`\b(confirmer|verifier|me confirmer|suivre|lancer|declencher|debloquer)\b (le |mon |du )?(remboursement|virement)\b(?! (politique|conditions|delai))`,
        // "la somme n'est jamais revenue sur mon compte", "le montant ne m'a toujours pas été recrédité".
        String.raw`\b(somme|argent|montant|paiement|virement|credit)\b[^.!?]{0,20}\b(n'est|ne m'est|n'a|ne sont|ne m'a|ne m'ont|n'ont) (toujours |jamais |pas |encore |ete )+(revenue?s?|rembourse\w*|recredite\w*|credite\w*|arrive\w*|apparu\w*|reapparu\w*|restitue\w*|rendu\w*)\b`,
        String.raw`\b(promis|propose|accorde|annonce)\b[^.!?]{0,30}\b(geste|remboursement|avoir|dedommagement|remise|\d+ ?€)[^.!?]{0,40}\b(toujours rien|rien (eu|recu|vu)|pas (encore )?(eu|recu|vu))\b`,
        // "la somme est toujours bloquée sur ma carte Visa".
        String.raw`\b(somme|argent|montant|paiement|debit|autorisation|prelevement|pre-autorisation)\b[^.!?]{0,15}\b(toujours |encore )?(bloque|bloquee|bloques|retenue?|en attente) (sur|de|dans) (ma|mon|la|le) (carte|compte)\b`,
        // "toujours pas de remboursement", "aucun remboursement reçu", "je n'ai pas reçu mon remboursement".
        String.raw`\b(toujours pas|tjrs pas|tjs pas|tjr pas|pas encore|jamais|aucun|rien) (de |d'|le |mon |du )?(remboursement|virement|avoir)\b`,
        String.raw`\b(pas|jamais|toujours pas) (encore )?(recu|vu|apercu) (le |mon |de |du |aucun )?(remboursement|virement|argent|avoir|credit)\b`,
        // Nothing seen on the account after a return: "je n'ai toujours rien vu sur mon compte", "rien sur ma carte".
        String.raw`\b(toujours rien|rien|pas de (credit|virement|remboursement)|aucun (credit|virement|mouvement))\b (vu |recu |apparu |eu )?(revenir |rentrer |passer |arriver |tomber )?(sur|dans) (mon|ma|le) (compte|carte|releve)\b`,
      ],
      it: [
        String.raw`\bnon (ho )?(ancora )?ricevuto (il )?rimborso\b`,
        String.raw`\brimborso\b[^.!?]{0,30}\bnon\b`,
        String.raw`\b(aspetto|sto aspettando|attendo|in attesa d\w*) (ancora )?(il |del |un |mio )?(rimborso|accredito)\b`,
        // Charged after a cancellation; when it comes back: "ho annullato l'ordine ma l'importo mi è stato addebitato".
        String.raw`\b(annullat\w*|cancellat\w*|annullamento)\b[^.!?]{0,80}\b(addebitat\w*|prelevat\w*|scalat\w*|trattenut\w*|stato (preso|tolto))\b|\bquando\b[^.!?]{0,30}\b(restituit\w*|rimborsat\w*|riaccreditat\w*|stornat\w*|rientra|rientrano|rientreranno|torneranno|tornano indietro)\b`,
        // "sul conto non vedo ancora nessun accredito", "non risulta alcun rimborso".
        // "del rimborso ancora nessuna traccia", "nessuna notizia dei soldi".
        String.raw`\b(rimborso|accredito|soldi|bonifico|storno|euro|\d+ ?€)\b[^.!?]{0,15}\b(ancora )?(nessuna traccia|nessuna notizia|non si vede|non pervenut\w*|(nemmeno|neanche|neppure) (l'ombra|un centesimo)|ancora niente|ancora nulla|niente ancora|ancora zero)\b|\b(nessuna traccia|nessuna notizia) (del|dei|dello|dell') ?(rimborso|soldi|accredito|bonifico|storno)\b`,
        String.raw`\bnon (vedo|trovo|ho visto|risulta|risultano|c'e|e arrivato|e arrivata|e ancora arrivato|ho ancora visto)\b[^.!?]{0,15}\b(accredito|rimborso|bonifico|storno)\b|\b(nessun|alcun|ancora nessun) (accredito|rimborso|bonifico|storno)\b`,
        String.raw`\b(soldi|denaro|importo|accredito|euro|€|\d+ ?€)[^.!?]{0,30}\bnon\b[^.!?]{0,25}\b(rientrat|(ri)?accreditat|restituit|tornat|arrivat|ricevut|rimborsat|stornat)\w*`,
        String.raw`\b(addebito|importo|pagamento|soldi|cifra)\b[^.!?]{0,15}\b(e |sono )?ancora (sulla|sul|in|nella|nel) (carta|conto|estratto)\b`,
        String.raw`\b(sconto|coupon|prezzo (scontato|ribassato|nuovo))\b[^.!?]{0,15}\banche (a|per) (me|noi)\b|\b(avete|hanno|ha) (trattenut|detratt|scalat|tolt)\w* \d+([.,]\d+)? ?(€|euro)`,
        String.raw`\brimborsat\w* solo\b[^.!?]{0,40}\b(non|senza)\b|\bnon (li|lo|la|le) vedo (ancora )?(tornare|rientrare|arrivare)\b|\bquando (me |ce )?(li|lo|la|le) (ridate|ridarete|restituite|restituirete|rimborsate|rimborserete|riaccreditate|rendete)\b`,
        // "i 59 € non mi sono ancora stati riaccreditati", "non mi avete ancora rimborsato".
        String.raw`\bnon\b (mi |ci )?(sono|e|avete|hanno|ha|ho)?( ancora| mai)?( stat[oaie])? ?(riaccreditat|rimborsat|stornat)\w*`,
      ],
      es: [
        String.raw`\bno (he )?(recibido|me han devuelto|me ha llegado) (el |mi )?(reembolso|dinero)\b`,
        String.raw`\breembolso\b[^.!?]{0,30}\b(no|todavia no|aun no)\b`,
        // "no veo mi reembolso", "no me han hecho el reembolso", "sin reembolso".
        String.raw`\b(no|nunca|todavia no|aun no) (veo|he visto|recibo|me llega|me ha llegado|me han (hecho|dado|depositado)|me hicieron|aparece|se ve)\b[^.!?]{0,10}\b(el |mi |ningun |algun )?(reembolso|dinero|deposito)\b`,
        // "en mi cuenta no ha entrado nada", "no me ha llegado nada a la tarjeta".
        String.raw`\b(en|a) (mi|la) (cuenta|tarjeta|banco)\b[^.!?]{0,15}\b(no|todavia no|aun no) (me )?(ha|han|se ha)? ?(entrado|llegado|ingresado|aparecido|reflejado|devuelto) nada\b|\bno (me )?(ha|han) (entrado|llegado|ingresado|aparecido) nada (en|a) (mi|la) (cuenta|tarjeta)\b`,
        String.raw`\b(sin|ni rastro del?|nada del?) (mi |el )?reembolso\b`,
        // "el dinero no me ha entrado", "el importe todavía no se ha reflejado"; charged after cancelling.
        String.raw`\b(dinero|importe|reembolso|abono|cargo)\b[^.!?]{0,15}\b(no|todavia no|aun no)( me| se)? (ha |han )?(entrado|llegado|ingresado|aparecido|devuelto|abonado|reflejado|regresado|aparece|llega|entra|se ve|se refleja|refleja)\b`,
        String.raw`\b(cancele|cancelado|cancelamos|anule|anulado|cancelacion|anulacion)\b[^.!?]{0,80}\b(me (han |habeis )?(cobrado|cobraron|cargaron|cargado|descontado|descontaron)|me (hicieron|han hecho|hizo|aplicaron|llego|aparece|aparecio) (el|un|igual el) (cargo|cobro)|(cobro|cargo) (sigue|aparece|esta))\b`,
        String.raw`\b(sigo esperando|espero todavia|estoy esperando|aun espero|todavia espero|seguimos esperando) (el |mi |un )?(reembolso|dinero|deposito)\b`,
        String.raw`\breembolso\b[^.!?]{0,40}\bpero\b[^.!?]{0,40}\b(banco|tarjeta|cuenta)\b[^.!?]{0,25}\b(nada|no (aparece|tiene|veo|hay|me llega))\b`,
        String.raw`\b(sigo|seguimos|estoy|todavia|aun) sin (ver|recibir|tener) (mi |el |ningun |nada de(l)? )?(dinero|reembolso|deposito|importe)\b`,
      ],
      nl: [
        String.raw`\b(nog geen|geen|nog steeds geen|nog niets van) (terugbetaling|geld terug|restitutie|terugstorting)\b`,
        String.raw`\b(geld|bedrag|aankoopbedrag|terugbetaling|restitutie)\b[^.!?]{0,30}\b(niet|nooit|nog niet)\b[^.!?]{0,10}\b(terug|teruggekregen|teruggestort|terugbetaald|ontvangen|gestort|overgemaakt|bijgeschreven|gezien)\b`,
        String.raw`\bwacht\w* (nog |nog steeds |nog altijd |al )*(op )?(mijn |de |het )?(terugbetaling|geld|restitutie|terugstorting)\b`,
        String.raw`\b(geannuleerd|annulering|geannuleerde)\b([^.!?]|[.,]\d){0,60}\b(afgeschreven|afgeboekt|ingehouden|in rekening gebracht)\b|\bwanneer (krijg|ontvang) (ik|we) (dat|het|mijn geld|het geld|het bedrag)( \w+)? terug\b`,
        String.raw`\b(geld|bedrag|aankoopbedrag|terugbetaling|restitutie)\b[^.!?]{0,15}\b(staat|is|stond)\b[^.!?]{0,20}\b(niet|nergens)\b[^.!?]{0,10}\b(op|bij) (mijn|onze|de) (rekening|bankrekening|creditcard|kaart)\b`,
      ],
      pl: [
        String.raw`\bzwrot\w* (pieniedzy|srodkow|platnosci|kosztow|naleznosci)\b[^.!?]{0,25}\b(nie ma|nadal nie|wciaz nie|jeszcze nie|brak|nie dostal\w*|nie otrzymal\w*)`,
        String.raw`\b(nie (dostal\w*|otrzymal\w*|widze|ma)|brak|nadal nie|wciaz nie|jeszcze nie)\b[^.!?]{0,15}\bzwrot\w* (pieniedzy|srodkow|platnosci|kosztow|naleznosci)\b`,
        String.raw`\b(brak zwrotu (pieniedzy|srodkow|platnosci))\b`,
        String.raw`\bczekam (nadal |wciaz |dalej |juz )*(na )?zwrot\w*`, String.raw`\b(anulowal\w*|anulowan\w*|anulowanie)\b[^.!?]{0,60}\b(pobran\w*|pobrali|pobrano|obciazon\w*|sciagniet\w*|zabran\w*)\b`, String.raw`\bnie (mam|widze|ma|otrzymal\w*|dostal\w*) (jeszcze |nadal |dalej |wciaz )?(pieniedzy|srodkow|kasy)\b`, String.raw`\bpieniadze\b[^.!?]{0,40}\bnie (wrocily|wplynely|dotarly|zostaly zwrocone)\b`, String.raw`\b(pieniedzy|srodkow|zwrotu|kasy)\b (nadal |wciaz |dalej |jeszcze |ciagle )?(brak|nie ma)\b|\b(nadal|wciaz|dalej|ciagle) (brak|nie ma) (pieniedzy|srodkow|zwrotu|kasy)\b`],
      sv: [String.raw`\bnar (far|kommer|ser) (jag |vi )?(pengarna|aterbetalningen|mina pengar|pengarna tillbaka)\b`, String.raw`\bvantar (fortfarande |fortf |fortfarande pa |pa |an )*(min |mina |pa )?(aterbetalning\w*|pengar\w*)\b`, String.raw`\b(inte|ej|aldrig) (fatt|sett|mottagit)\b[^.!?]{0,15}\b(aterbetalning\w*|pengar\w*|aterbetald)`, String.raw`\b(pengarna|aterbetalningen)\b[^.!?]{0,30}\b(inte|ej|aldrig)\b[^.!?]{0,10}\b(kommit|synts|dykt upp|kommit tillbaka|betalats)`],
      pt: [
        String.raw`\bnao recebi (o |meu |o meu )?(reembolso|estorno|dinheiro)\b`,
        String.raw`\b(cancelei|cancelado|cancelamento|cancelada)\b[^.!?]{0,80}\b(cobrad[oa]|debitad[oa]|descontad[oa]|cobraram|debitaram)\b`,
        // "até agora nada do estorno", "o dinheiro ainda não caiu", "não voltou o valor".
        String.raw`\b(nada|nem sinal) (do|de) (meu )?(estorno|reembolso|dinheiro)\b`,
        String.raw`\b(aguardando|esperando|aguardo|espero) (ainda )?(o |meu |pelo |o meu )?(reembolso|estorno|dinheiro)\b`,
        String.raw`\b(estorno|reembolso|dinheiro|valor)\b[^.!?]{0,30}\b(nao|ainda nao|nunca) (caiu|chegou|voltou|entrou|foi (feito|creditado|devolvido|estornado)|apareceu)\b`,
        String.raw`\b(ainda )?nao (caiu|voltou|entrou|foi (feito|creditado|devolvido)) (o )?(meu )?(estorno|reembolso|dinheiro|valor)\b`,
        // Still on the card after a cancellation: "o valor continua na fatura do meu cartão", "a cobrança ainda aparece".
        String.raw`\b(valor|cobranca|compra|dinheiro|debito)\b (ainda |continua |segue |permanece |continua a |esta ainda )+(aparecendo |aparecer |a aparecer |cobrad[oa] )?(na|no) (fatura|cartao|extrato|conta)\b`,
      ],
      tr: [String.raw`\b(iade|iadem|iadesi|para|param|parasi|paramin|ucret|ucreti|tutar|tutari|odeme|odemem)\b[^.!?]{0,25}\b(gelmedi|yatmadi|yatirilmadi|iade edilmedi|yansimadi|gecmedi|dusmedi)\b`, String.raw`\b(para|ucret) iade(m|si|niz)?\b[^.!?]{0,15}\b(ne zaman|nerede|hala|durumu)\b`, String.raw`\biade(si|m|niz)? (ne zaman|hala|nerede|ne durumda)\b|\biptal\b[^.!?]{0,40}\b(ucret|para|tutar|odeme)\w*\b[^.!?]{0,20}\b(cekildi|kesildi|alindi|yansidi)\b`, String.raw`\b(iademi|paramı|parami|para iademi) (hala |halen )?bekliyorum\b`],
    },
  },
  {
    id: 'refund.charged-wrong',
    key: 'refund_request',
    strength: 3,
    label: 'charged twice or too much',
    phrases: {
      en: [
        String.raw`\b(refund|refunded|reimbursement)\b[^.!?]{0,40}\b(short|incomplete|missing (amount|balance|sum|\$|£|€)|only partial|only [$€£] ?\d+([.,]\d+)? of\b)\b|\bmissing (amount|balance|sum) (of|from)\b`,
        String.raw`\b(charged|billed)\b[^.!?]{0,20}\b(twice|two times|double|two charges)\b`,
        // Part of the price for lateness: "a refund of the delivery charge at least", "refund for the express shipping".
        String.raw`\brefund (of|for|on) (the |my )?(extra |express |next[- ]day |premium |priority |one[- ]day |expedited )?(delivery|shipping|postage|express|courier|p&p|next[- ]day)( (charge|charges|fee|fees|cost|costs|upgrade))?\b`,
        // "I'd appreciate having the shipping fee refunded", "can the express charge be reimbursed?".
        String.raw`\b(shipping|delivery|postage|express|expedited|premium|priority|next[- ]day|courier) (fee|fees|charge|charges|cost|costs|upgrade)( i paid)? (refunded|reimbursed|back|returned|credited)\b|\b(shipping|delivery|postage|express|expedited|premium|priority|next[- ]day) (fee|fees|charge|charges|cost|costs|upgrade) (be |to be |get |gets )(refunded|reimbursed|credited|returned)\b`,
        // "i am see two payment for one order in my bank", "two transactions for the same order".
        String.raw`\b(two|2|double|duplicate|multiple) (identical |duplicate |same |separate |equal )?(payments?|charges?|transactions?|debits?|deductions?)\b([^.!?]|[.,]\d){0,30}\b(for|on|of) (one|the same|a single|same|only one|this one|just one)\b`,
        // "the same kettle £15 cheaper this week", "it went on sale right after I bought it".
        String.raw`([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(€|£|dollars|euros?|pounds|bucks|quid|rs|rupees)) (cheaper|less|lower)\b[^.!?]{0,30}\b(now|today|this week|than (i|what i|we) paid|since (i|we) (bought|ordered|purchased))\b|\b(went|gone|put) on sale\b[^.!?]{0,40}\b(after|since|right after|just after) (i|we) (bought|ordered|purchased|paid)\b`,
        // A discount shown but not taken: "it showed the discount, but my final charge was the full $89".
        String.raw`\b(code|coupon|discount|promo|voucher|offer)\b[^.!?]{0,60}\b(but|yet|still|however)\b[^.!?]{0,40}\b(charged|billed|paid|charge was|total was|took)\b[^.!?]{0,15}\b(the )?full (price|amount|\$|€|£)`,
        // A fee kept from the refund: "why was I charged a restocking fee?", "the return fee was deducted".
        String.raw`\b(charged|deducted|took|kept|withheld|billed|subtracted)\b[^.!?]{0,15}\b(a |the |an |me )?(restocking|return|returns|return shipping|handling|processing) (fee|charge|cost)s?\b|\b(restocking|return|returns|handling|processing) (fee|charge)s? (was |were |has been |have been )?(deducted|taken|charged|kept|withheld|subtracted)\b`,
        // More than the price shown: "you billed me $89 but the listing said $69".
        String.raw`\b(billed|charged)( me)? ([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(dollars|euros?|pounds|€|£))[^.!?]{0,10}\b(but|when|though|although|while|instead of)\b[^.!?]{0,30}\b(listing|page|price|listed|advertised|website|it said|showed|shown|displayed)\b`,
        // A refund that came short: "I only got back $31 of the $46 I paid", "was only refunded £12 instead of £30".
        String.raw`\b(only|just)( been)? (got|received|refunded|credited|reimbursed|given|paid)( me)?( back)? ([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(dollars|euros?|pounds|bucks|€|£))([^.!?]|[.,]\d){0,20}\b(of|out of|instead of|not|but|when|though)\b`,
        String.raw`\brefund (on|for|of) (the )?(gift ?wrap\w*|gift (wrapping|message|box)|wrapping)\b`,
        // Part of what was sent back refunded: "you refunded me for one of the two pillows", "only refunded one of them";
        // an amount kept from the refund: "deducted £3.99 from my refund".
        String.raw`\b(refunded|reimbursed|credited)( me| us)?( for)? (only )?(one|1|half|part|some) of (the|my|them|both|those|these|two|three|\d)\b|\bonly (refunded|reimbursed|credited)( me| us)?( for)? (one|1|half|part)\b|\b(deducted|took|kept|withheld|subtracted|knocked)( off)? ([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(dollars|euros?|pounds|€|£))( off)? (from|out of|off) (my|the) refund\b`,
        // The return's own cost asked back: "refund the $8.75 I paid for the return label", "reimburse the label cost".
        String.raw`\b(refund|reimburse|repay|cover|credit|pay back|send back)( me| us)?( for)? (the |my |that |this |those |these )?(([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(dollars|euros?|pounds|€|£))[^.!?]{0,25}\b(return|label|postage|shipping)|(return |returns )?(label|postage|return shipping)( (cost|costs|fee|fees|charge|charges))?)\b|\b((paid|bought|purchased|paying|buy|buying)\b([^.!?]|[.,]\d){0,25}\b(my own|the|a) return (label|postage|shipping)|return (label|postage|shipping)\b[^.!?]{0,40}\bcost (me|us))\b.{0,160}\b(refund\w*|reimburs\w*|back|cover|credit)\b`,
        String.raw`\b(double[- ]charged|duplicate charge|overcharged|charged (me )?(for |the )?(shipping|delivery|postage) (even though|although|but|despite))\b`,
        // "Any chance of getting the $70 back?", "bought it for $299 and now you've got it listed at $229".
        String.raw`\b(get|getting|have|having|receive|claim|refund)( me)?( back)? (the |that |this |my |those )?([$€£] ?\d+([.,]\d+)?|\d+([.,]\d+)? ?(dollars|euros?|pounds|bucks|€|\$|£)) (back|refunded|difference)\b`,
        // "Any way you could honour the lower price?", "bought it for $189 last week and it's $149 today".
        String.raw`\b(honou?r|match|give me|apply|adjust (it |the order )?to|charge me) the (new |lower |reduced |sale |current |discounted )(price|rate|deal)\b|\bprice (adjustment|protection)\b`,
        String.raw`\b(bought|paid|purchased|ordered|got)\b[^.!?]{0,40}([$€£] ?\d|\d ?(€|£|dollars|euros?|pounds))([^.!?]|[.,]\d){0,50}\b(it'?s|it is|now|today|down to|dropped to|reduced to|sells for|selling for|listed (at|for))\b ?(now |only |just |at |for )?([$€£] ?\d|\d+([.,]\d+)? ?(€|£|dollars|euros?|pounds))`,
        String.raw`\b(bought|paid|purchased|ordered)\b[^.!?]{0,60}\b(now|today|since then|a (day|week) later|days later)\b[^.!?]{0,25}\b(listed|selling|priced|on sale|going for|offered|reduced|dropped|cheaper)\b`,
        String.raw`\b(partial refund|refund (me )?the difference|price (dropped|went down|decreased|was reduced|is now lower|is (now )?(lower|cheaper)|got (lower|cheaper)|has (dropped|gone down|fallen)|fell|came down)|(get|have|receive|claim) (back )?the (price )?difference|(send|give|pay|return|credit|transfer)( me| us)? back the (price )?difference|coupon (was not|wasn'?t|didn'?t|did not|not) (applied|apply|work))\b`,
      ],
      ja: [
        String.raw`(二重|2重|2回|二度|2度|2件|二件|ダブル)(で|に|分)?(請求|決済|引き落と|支払|課金|引かれ|計上)`,
        String.raw`(差額|値下がり|値下げ|一部(でも|だけでも)?返金|部分返金)`,
        // 「返金額から送料が引かれていました」.
        String.raw`(返金額|返金|ご返金)(から|より)[^。]{0,12}(引かれ|差し引かれ|天引き|控除され)`,
        // Paid twice by mistake: 「もう一度同じ番号で払ってしまいました。1回分を戻して」.
        String.raw`(もう一度|もう1回|もう一回|二回|2回|二度|2度)[^。]{0,15}(払って|支払って|払い込んで|振り込んで|決済して)しま|(1回分|一回分|1件分|一件分|余分に払った分|多く払った分|二重分|重複分)(を|だけ|は)?(戻|返|ご返金|返金)`,
        // 「昨日買ったばかりなのに今日見たら800円も安くなってて」.
        String.raw`円(も|ほど|くらい|ぐらい|近く)?(安く|値下がり|値下げ)(なって|なってい|なってた|なってる|されて)|(買った|購入した|注文した)(ばかり|直後|翌日|次の日|とたん|途端)[^。]{0,30}(安く|値下が|値下げ)`,
        // Part of the money back: 「送料分だけでも返していただけませんか」「代金の一部を返金」.
        String.raw`(送料|差額|代金|料金|半額)(分)?(だけでも|のみ|でも|を|の|って|は)?(返して|返金|戻して|返還|お返し|ご返金)`,
        String.raw`クーポン.{0,15}(適用されず|適用されて(い|お)?(ない|ません)|反映されて(い)?(ない|ません)|使えな)`,
      ],
      de: [
        String.raw`\b(erstattung|ruckerstattung|gutschrift|auszahlung|ruckzahlung)\b[^.!?]{0,30}\b(unvollstandig|nur teilweise|zu niedrig|zu gering)\b|\bfehl(en|t|ten|te) (noch |mir |uns |leider )*\d+([.,]\d+)? ?(€|euro|eur|chf|franken)`,
        String.raw`\b(zweimal|doppelt|zwei mal)\b[^.!?]{0,40}\b(abgebucht|belastet|berechnet|bezahlt|abgerechnet)\b|\b(doppelten|doppelt (abgebuchten|berechneten)|zu viel (bezahlten|berechneten|abgebuchten)|zuviel (bezahlten|berechneten|abgebuchten)) betrag\b`,
        // A refund that came short: "bekomme aber nur 70 % zurück … Bitte zahlen Sie den vollen Betrag aus".
        String.raw`\b(nur|lediglich|bloss) \d+([.,]\d+)? ?(%|prozent|€|euro|eur|chf)\s?(zuruck|erstattet|gutgeschrieben|ruckerstattet|ausgezahlt|ausbezahlt)\b|\b(den )?vollen (betrag|kaufpreis|preis)\b[^.!?]{0,10}\b(aus|zuruck|erstatten|erstattet|auszahlen|gutschreiben)\b`,
        // A coupon not taken off: "der Coupon wurde an der Kasse nicht abgezogen", "können Sie mir die 6,50 € gutschreiben?".
        String.raw`\b(coupon|gutschein|rabatt|rabattcode|aktionscode|gutscheincode)\w*\b[^.!?]{0,40}\b(nicht|nie) (abgezogen|angewendet|angewandt|berucksichtigt|eingelost|verrechnet|abgerechnet)\b|\b(mir|uns) (den|die|das|diese|diesen)\b[^.!?]{0,20}\b(gutschreiben|zuruckerstatten|erstatten)\b`,
        String.raw`\b(erstattung|ruckerstattung|gutschrift|ruckzahlung) (der|des) (differenz|preisdifferenz|unterschieds|preisunterschieds|differenzbetrags|mehrbetrags)\b|\b(preisdifferenz|preisunterschied|teilerstattung|teilweise erstattung|differenz (erstatten|zuruck))\b`,
        // "Wäre es möglich, mir den Unterschied zu erstatten?", "der Preis ist um 20 Euro gefallen".
        String.raw`\b(unterschied|differenz|differenzbetrag|mehrbetrag|aufpreis)\b[^.!?]{0,15}\b(zu )?(erstatten|erstattet|zuruckzahlen|zuruckerstatten|gutschreiben|gutzuschreiben|zuruck)\b|\bpreis\b[^.!?]{0,30}\bum\b[^.!?]{0,15}\b(gefallen|gesunken|reduziert|runtergegangen|heruntergesetzt|billiger)\b`,
        String.raw`\b(doppelt|zweimal|zwei mal) (abgebucht|belastet|berechnet|abgerechnet|kassiert)\b`,
        // "Könnte ich einen Teil des Kaufpreises zurückbekommen?"; the return's postage paid by the buyer, asked back.
        String.raw`\b(teil|teilbetrag|anteil) (des|vom|meines) (kaufpreises|kaufpreis|preises|preis|geldes|betrags|betrages)\b[^.!?]{0,25}\b(zuruck\w*|erstatt\w*|gutschreib\w*|gutgeschrieben|wieder\w*)|\b(rucksendeetikett|rucksendeschein|retourenschein|rucksendung|ruckversand|retoure|rucksendeporto)\b[^.!?]{0,40}\b(selbst|selber)\b[^.!?]{0,40}\b(bezahlt|gezahlt|frankiert|getragen)\b`,
        // "2 Tage nach meinem Kauf um 30 € günstiger"; shipping charged on a free-shipping order.
        String.raw`\b\d+([.,]\d+)? ?(€|euro|eur|chf|franken)\s?(gunstiger|billiger|weniger|reduziert)\b|\b(nach (meinem|dem|unserem) (kauf|einkauf|bestellung)|seit (meinem|dem) kauf)\b[^.!?]{0,40}\b(gunstiger|billiger|reduziert|im preis gesenkt|gesunken)\b`,
        String.raw`\b(rucksende|wiedereinlagerungs|bearbeitungs|ruckversand|rucknahme)\w*(gebuhr|kosten|pauschale)\w*\b[^.!?]{0,30}\b(abgezogen|einbehalten|verrechnet|abgebucht)\b|\b(abgezogen|einbehalten|verrechnet)\b[^.!?]{0,30}\b(rucksende|wiedereinlagerungs|bearbeitungs|ruckversand|rucknahme)\w*(gebuhr|kosten|pauschale)`,
        String.raw`\b(versand|versandkosten|porto|versandgebuhr|versandgebuhren|lieferkosten|liefergebuhr)\b[^.!?]{0,30}\b(berechnet|verlangt|abgebucht|bezahlt|kassiert|belastet)\b[^.!?]{0,40}\b(obwohl|trotz|aber|doch)\b`,
        // Paid for speed that did not come: "die Expressgebühr hätte ich gern zurück", "Versandkosten erstatten".
        String.raw`\b(express|versand|liefer|porto|eil|premium)\w*(gebuhr|kosten|zuschlag|aufpreis|pauschale)\w*\b[^.!?]{0,30}\b(zuruck|erstatten|erstattet|gutschreiben|gutgeschrieben|ruckerstatten|ruckerstattet|wiederhaben|wieder)\b`,
        // "auf der Abrechnung erscheint der Betrag von CHF 89.90 zweimal".
        String.raw`\b(betrag|summe|zahlung|abbuchung|belastung|posten|buchung|kaufpreis)\b([^.!?]|[.,]\d){0,40}\b(zweimal|doppelt|zwei mal|2 mal|2x)\b`,
      ],
      fr: [String.raw`\bremboursement\w* (est |etait |a ete )?(incomplet|insuffisant)\b|\bil (me |nous )?manque (encore )?\d+([.,]\d+)? ?(€|euros?)`, String.raw`\b(debite|preleve|facture|paye)e?s? (deux fois|2 fois|en double)\b`, String.raw`\b(coupon|code promo|code de reduction|reduction|remise|bon de reduction)\b[^.!?]{0,40}\b(pas|jamais) (ete )?(applique|appliquee|deduit|deduite|pris en compte|prise en compte)\b`, String.raw`\b(facture|factures|debite|preleve|compte|fait payer)\w* (les |des )?(frais de (port|livraison|envoi|transport)|la livraison)\b[^.!?]{0,50}\b(alors que|pourtant|bien que|gratuit\w*|offert\w*)`, String.raw`\b(?<!\b(recu|eu|obtenu|vu|arrive)( le| du| mon| un)? )(remboursement (partiel|de la difference)|prix a baisse|rembourser la difference)\b`,
        // Paid for speed that did not come: "j'avais payé la livraison express … récupérer ces frais ?".
        String.raw`\brembourse\w* (qu'|que |seulement |uniquement )(un|une|la moitie|l'un|l'une|le premier|la premiere|\d+)\b`,
        String.raw`\b(recuperer|rembourser|me rembourser|restituer|rendre|etre rembourse\w* (de|des)) (ces|les|mes|des|vos) frais\b|\bfrais (de (port|livraison|envoi|l'express|express|transport)|d'envoi|d'expedition)\b[^.!?]{0,40}\b(rembourse\w*|recuper\w*|restitue\w*|rendre|rendu)\b`,
        // More than the price shown: "facturée 29,90 € alors que le prix affiché était 24,90 €".
        String.raw`\b(facture|debite|preleve|paye|compte)e?s? \d+([.,]\d+)? ?(€|euros?)[^.!?]{0,15}\b(alors que|mais|pourtant|au lieu de)\b[^.!?]{0,25}\b(prix|affiche|indique|annonce|tarif)\b`,
        String.raw`\b(passe|passee|descendu|descendue|tombe|tombee|baisse)\w* de \d+([.,]\d+)? ?(€|euros?|\$) a \d+([.,]\d+)? ?(€|euros?|\$)|\bajustements? (de|du) prix\b`,
        // Two prices a few days apart: "acheté 179 € lundi, elle est à 149 € aujourd'hui".
        String.raw`\b(achete|paye|commande|pris)\w*\b[^.!?]{0,40}\d ?(€|euros?)([^.!?]|[.,]\d){0,50}\b(est|il est|elle est|maintenant|aujourd'hui|passe|passee|vendu|vendue|affiche|affichee|descendu|descendue|tombe|tombee)\b (a |au prix de |a seulement |de )?\d+([.,]\d+)? ?(€|euros?)`],
      it: [String.raw`\brimborso (e |era )?(incomplet\w*|insufficiente)\b|\b(rimborsat\w*|restituit\w*|accreditat\w*|ridat\w*) (solo |soltanto )?\d+([.,]\d+)? ?(euro|€)[^.!?]{0,10}\b(invece d\w*|anziche|su|dei|degli|al posto)\b|\b(mi |ci )?manca(no)? (ancora )?\d+([.,]\d+)? ?(€|euro)`, String.raw`\b(avere|ottenere|ricevere|riavere|restituirmi|ridarmi|rendermi|rimborsarmi|rimborsatemi|rimborsarci) (indietro )?(la|della) differenza\b`, String.raw`\b(addebitat\w*|pagat\w*|scalat\w*|prelevat\w*|trattenut\w*)\b[^.!?]{0,25}\b(due volte|2 volte|doppio|in doppio)\b`, String.raw`\b(coupon|buono|codice sconto|sconto|promozione)\b[^.!?]{0,40}\bnon (e stato |e stata |e |mi e stato )?(applicat|scalat|detratt|riconosciut)\w*`, String.raw`\brimborsat\w* (solo|soltanto|solamente) (un|una|uno|la meta|il primo|la prima|\d+)\b`, String.raw`\b(rimborso parziale|(rimborsare|rimborsarmi|rimborsatemi|rimborso del|rimborso della|rimborsare la|rimborsarmi la|rimborsatemi la) ?differenza|prezzo (e )?sceso)\b`,
        // "mi avete fatto pagare 4,90 € di spedizione ma … doveva essere gratuita".
        String.raw`\b(fatto pagare|addebitat\w*|pagat\w*|fatturat\w*|chiest\w*)\b[^.!?]{0,30}\b(spedizione|spese di spedizione|consegna|trasporto)\b[^.!?]{0,60}\b(gratis|gratuit\w*|omaggio|non (dovev|andav)\w*)`],
      es: [String.raw`\b(reembols\w*|devolvieron|devuelto|abonaron|abonado|ingresaron)\b[^.!?]{0,40}\bfalta(n)? (el resto|(el )?dinero|la diferencia|\$ ?\d|\d+([.,]\d+)? ?(€|euros?|pesos|\$))|\b(me |nos )falta(n)? (\$ ?\d|\d+([.,]\d+)? ?(€|euros?|pesos|\$))`, String.raw`\b(cobrad[oa]s?|cobraron|cobrasteis|cobro|cargaron|cargado|descontaron)\b[^.!?]{0,25}\b(dos veces|doble|2 veces|por duplicado)\b`, String.raw`\b(cupon|codigo (de )?descuento|codigo promocional|descuento|promocion)\b[^.!?]{0,40}\bno (se )?(me )?(aplico|ha aplicado|desconto|ha descontado|aplicaron|han aplicado|desconto|respeto)\b`, String.raw`\b(cobrasteis|cobraron|cobraste|me (han|habeis|ha) cobrado)\b[^.!?]{0,30}\b(de envio|gastos de envio|de mas|extra)\b`, String.raw`\b(dos|2) (cargos|cobros|cobranzas)\b|\b(cargo|cobro|pago) (doble|duplicado|repetido)\b`, String.raw`\b(reembolso parcial|(devolver|devolverme|reembolsar|reembolsarme|reembolso de) la diferencia|bajo de precio|me (habeis|han|ha) cobrado)\b`, String.raw`\bdevolver (los|el|la) \d`, String.raw`\b(solo|solamente|unicamente) (me |nos )?(han |habeis |ha )?(reembolsado|devuelto|abonado|reembolsaron|devolvieron|abonaron|reembolsasteis|devolvisteis|abonasteis) (una?|uno|la mitad|el primero|la primera|\d+)\b`,
        String.raw`\b(devuelto|devolvisteis|devolvieron|reembolsado|reembolsaron|reembolsasteis|abonado|abonaron|ingresado|ingresaron|regresaron|regresado)\b[^.!?]{0,20}\d+([.,]\d+)? ?(€|euros?|pesos|\$|mxn)[^.!?]{0,10}\b(en vez de|en lugar de|de los|y no|cuando (pague|eran|era))\b`],
      nl: [String.raw`\b(dubbel|twee keer) (afgeschreven|betaald|in rekening)\b`, String.raw`\bgedeeltelijke terugbetaling\b`],
      pl: [String.raw`\b(dwa razy|podwojnie|dwukrotnie) (pobran\w*|obciazon\w*|zaplacil\w*)`, String.raw`\b(zaplacil\w*|pobran\w*|pobrali|obciazon\w*)\b[^.!?]{0,20}\b(dwa razy|podwojnie|dwukrotnie)`, String.raw`\bczesciowy zwrot\b|\bzwrot\w* (tej |calej )?roznic\w*|\b(zwrocic|oddac|zwrocenie|oddanie)( mi| nam)? (te |cala )?roznic\w*`, String.raw`\b(pobrano|pobrali|pobraliscie|obciazono|naliczono)\b[^.!?]{0,30}\b(dwa razy|podwojnie|dwukrotnie)`],
      sv: [String.raw`\b(dubbeldragen|dragit (pengar )?tva ganger)\b`, String.raw`\b(debiterad\w*|debiterat|dragit|drog|belastad\w*|betalat|dragits)\b[^.!?]{0,20}\b(tva ganger|dubbelt|2 ganger)\b`],
      pt: [String.raw`\b(cobrad[oa]s?|cobraram|debitad[oa]s?|descontad[oa]s?)\b[^.!?]{0,25}\b(duas vezes|2 vezes|em dobro|a mais)\b`, String.raw`\b(devolver|devolverem|devolvam|reembolsar|reembolsarem|estornar|estornarem|restituir)(-me| me)?\b[^.!?]{0,10}\ba diferenca\b|\b(baixou|caiu|diminuiu|reduziu|ficou mais barat\w*)\b([^.!?]|[.,]\d){0,45}\b(depois|apos)\b[^.!?]{0,20}\b(compra|comprei|encomenda|pedido)\b|\breembolso (parcial|da diferenca)\b|\b(so|apenas|somente) (me )?(reembolsaram|estornaram|devolveram) (um|uma|metade)\b|\b(receber|ter|obter|recuperar) (de volta )?a diferenca\b`],
      tr: [String.raw`\b(aradaki |fiyat |ucret )?fark(i|ini|ı|ını)\b[^.!?]{0,25}\b(iade|geri (odeme|ver\w*|yatir\w*|gonder\w*))`, String.raw`\b(iki kez|iki kere|2 kez|2 kere|cift|mukerrer)\b[^.!?]{0,15}\b(cekildi|alindi|kesildi|yansidi|odendi|cekilmis|tahsil edildi)\b`],
    },
  },
  {
    // A conditional demand ("if you don't refund me, …") reads as a negation to refund.request's guard.
    id: 'refund.conditional',
    key: 'refund_request',
    strength: 2,
    label: 'demands a refund',
    phrases: {
      en: [String.raw`\b(if|unless) you (don'?t|do not|won'?t|will not|can'?t|cannot)?\s?(refund|give me (a |my )?refund|give (me )?my money back)\b`],
      de: [String.raw`\b(wenn|falls) sie (mir )?(nicht|kein geld) (erstatten|zuruckzahlen|zuruckerstatten)\b`],
      fr: [String.raw`\bsi vous ne (me )?remboursez pas\b`],
      es: [String.raw`\bsi no me (reembolsan|devuelven (el|mi) dinero)\b`],
    },
  },
  {
    id: 'refund.request',
    key: 'refund_request',
    strength: 2,
    label: 'asks for a refund',
    notAfter: String.raw`\b(no|not|don'?t|without)\b[^.!?]{0,10}`,
    phrases: {
      en: [
        String.raw`\b(refund (me|my|the|it|in full|this|those|these|them)|(want|need|like|request|demand|get) (a |my |the )?(full )?refund|money back|refund (immediately|asap|now|please))\b`,
        String.raw`\b(please refund|full refund|refund in full|give me (a |my |the )?refund)\b`,
        String.raw`\b(send|issue|process|transfer|pay) (me )?(my|the|a) refund\b`,
        String.raw`\b(reverse|refund|cancel|remove|void) the (extra|duplicate|second|double|additional) (one|charge|payment|transaction)\b|\breverse (the|my|this|that) (amount|charge|payment|transaction|debit|deduction)\b`,
        String.raw`\b(some |a little |any )?(compensation|goodwill (gesture|credit|refund))\b`,
        String.raw`\b(some|part of (my|the)) money back\b`,
      ],
      ja: [String.raw`お金(だけ|のみ)(を|でも)?(返して|かえして)|(返金|へんきん)(の(手続き|処理|対応)を?)?(して|を(お願い|希望|要求|求め)|お願い|希望|していただ|して頂|してもら|して(ほしい|欲しい|くだ|下)|でき(ます|ません)か|可能)`],
      de: [String.raw`\b(zuruckbuchen|ruckbuchen|ruckbuchung|zuruckgebucht|entschadigung|kulanz\w*|wiedergutmachung|teilerstattung|ruckuberweisung|zuruckuberweisen|geld zuruck|bitte (zu )?(ruck)?erstatten|erstattung (bitte|beantragen|des kaufpreises)|erstatten sie|bitte (um )?erstattung|ruckerstattung)\b`],
      fr: [String.raw`\b(geste commercial|dedommagement|compensation financiere)\b`, String.raw`\b(remboursez|me rembourser|etre rembourse|un remboursement|demande de remboursement|remboursement (complet|integral|total)|(proceder|proceder|procede[zr]?) (au|a un) remboursement)\b`],
      it: [String.raw`\b(restituire|restituirmi|restituirci|restituitemi|ridare|ridarmi|ridatemi|rendere|rendermi|rendetemi)( mi| ci)? (i |quei |questi |il |la |le |gli |l')?(soldi|denaro|importo|differenza|somma|costo|spese)\b`, String.raw`\b(rimborsarmi|rimborsarci|rimborsate|rimborsatemi|essere rimborsat\w*|un rimborso|il rimborso|rimborso (totale|completo|integrale)(?! (del|dei|della|degli|garantit\w*|assicurat\w*|in))|rimborsare|restituirmel[io]|restituitemel[io]|ridarmel[io]|ridatemel[io]|rimborsarmel[io]|rimborsatemel[io])\b`],
      es: [String.raw`\b(devuelven|devolveran|devolvereis|reembolsan|reembolsaran|regresan|regresaran|devolverme|regresarme|reembolsarme) (el|mi) (dinero|importe|pago)\b`, String.raw`\b(devolver|devolverme|devuelvan|reembolsar|reembolsarme|regresar|regresarme|regresen|abonar|abonarme|abonadme|abonen|abonarnos) ((ese|este|dicho|el) (importe|cargo|cobro|dinero)|lo que (pague|he pagado|pagamos)|lo pagado|el (coste|costo|importe|precio|cargo) (del|de) (envio|la entrega)|los gastos de envio)\b`, String.raw`\b((quiero|quisiera|necesito|exijo|deseo|pido) (que me (devuelvan|regresen|reembolsen) )?(mi|el) dinero( de vuelta| de regreso)?|dinero de vuelta)\b`, String.raw`\b(reembolsenme|reembolsadme|devuelvanme|reembolsen|reembolsar|(un|algun|algo de)( pequeno| poco de| parcial)? (reembolso|compensacion)|(?<!\b(llego|llegado|recibi|recibido|ingresado|ingresaron|hicieron|confirmado|visto|vi) (ya )?)el reembolso|devuelvan (mi|el) dinero|devolverme el dinero)\b`],
      nl: [String.raw`\b(terugbetal\w*|terugstort\w*|geld terug)\b`],
      pl: [String.raw`\bzwrot (pieniedzy|srodkow|kosztow|platnosci)\b|\bprosze o (zwrot|oddanie) (pieniedzy|srodkow|kasy|naleznosci|platnosci)?`],
      sv: [String.raw`\b(pengarna tillbaka|aterbetalning|betala tillbaka|ersattning|mellanskillnad\w*|ge tillbaka (skillnaden|beloppet|summan))\b`],
      pt: [String.raw`\b(reembolso|estorno|meu dinheiro de volta|dinheiro de volta)\b`],
      tr: [String.raw`\b((para|ucret|odeme|tutar|bedel|fark|masraf)\w* iade\w*|iade edin|parami geri)\b`],
    },
  },
];
