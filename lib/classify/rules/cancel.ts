/**
 * A buyer asking in their own words to cancel (cancel_request_message). Amazon's own cancellation notice is
 * recognised in ../system-notices.ts and wins over these. Phrases are request-shaped: "no need to cancel after all"
 * or 「キャンセルしなくてよかった」 are not requests.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

/** A negation just before the request ("I don't want to cancel", "ich möchte nicht stornieren", "je ne veux pas annuler"). */
const NEGATED = String.raw`\b(no|not|don't|dont|didn't|never|without|nicht|kein|keine|pas|non|niet|geen|nie|inte|nao|yok)\b[^.!?,;]{0,14}`;
/** The verb with the typos buyers make: cancel, cancell, cancle, cansel. */
const EN_CANCEL = String.raw`(cancel+|cancle|cansel+)`;

/**
 * A done cancellation followed (within a long sentence or two) by a charge or a refund wish asks for the money
 * (refund_request), not a cancellation: 「キャンセルの手続きをしましたが、クレジットカードに請求が来ております。返金の手続きを…」,
 * "I cancelled but was charged", "j'ai annulé … et reçu la confirmation, mais le montant a été débité".
 */
const THEN_REFUND = String.raw`(?!.{0,150}(refund|charged|money back|reimburs|返金|請求|引き落と|課金|erstatt|geld zuruck|abgebucht|rembours|debite|preleve|rimbors|addebit|reembols|la somme|le montant|l'argent|mon argent|cobrad|cobraron|cobro|el cargo|me hicieron|devuelv|regres|iade|cekildi|cekilmis))`;
const thenNoRefund = (phrase: string): string => phrase + THEN_REFUND;

/**
 * Japanese: the cancellation told as done (「キャンセルしたのに」「キャンセルしていただいた注文」「キャンセル済み」) and the money
 * after it (「代金がまだ口座に戻っていません」「請求が残っています」) asks for the refund. Put right after the cancel word or
 * the request form it turns into a done form; without money after it the done cancellation stays this category.
 */
const JA_DONE_THEN_MONEY = String.raw`(?!(し|され|して(もら|いただ|頂|くれ))?(た(?![いくら])|いた|った|きまし|いてお|ました|まし|て(い|お)(?!ただ)|済|完了|後)[^]{0,150}(返金|請求|引き落と|課金|代金|お金|料金|明細|口座|カード|決済))`;

export const cancelRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'cancel.request',
    key: 'cancel_request_message',
    strength: 3,
    label: 'free-text request',
    notAfter: NEGATED,
    phrases: {
      en: [
        // "please cancel", non-native "please cancelled my order", "can I still cancel?"
        String.raw`\b(please|pls|plz|kindly|can you|could you|would you|can u|pls just|just|can i|could i|may i|can we) (please |still |just |now )?${EN_CANCEL}(ed)?\b`,
        String.raw`\b(want|wanna|like|need|wish|trying|hoping|going|possible|able|late|allowed|way|how|chance) to ${EN_CANCEL}\b`,
        String.raw`\b${EN_CANCEL} (my|the|this|that|it|both|one|them|these|an|all|order|purchase|item|please|pls|asap|immediately)\b`,
        // a passive request needs the order (or a pronoun for it) as its subject: "can my order for the hose be
        // cancelled?", "please make sure it gets cancelled"; not "a trip that got cancelled"
        // Not one already done: "my order has been cancelled since Monday, when will I get my refund?"
        String.raw`\b(order|purchase)\b[^.!?]{0,40}\b(be|get|gets|been|being) cancel+ed\b(?<!\b(has|have|had|'s)( already| now)? been cancel+ed)|\b(it|this|them|these|both|one|items?) (be|get|gets|been|being) cancel+ed\b|\b(have|get) (it|this|them|the order|my order) cancel+ed\b`,
        String.raw`\b(cancel+ation(?<!\b(after|since|despite|following|upon|post|due to) (the |my |your )?cancel+ation) of|(request|requesting|submit|submitting|make|place|raise|process) (a |the |an |my )?cancel+ation( for| of)?) (my|the|this|that|an|order|above|purchase)\b`,
        // non-native and noun forms: "please do cancellation for it", "i want cancellation", "cancellation pls"
        String.raw`\b(please|pls|plz|kindly|want|need|ask for|asking for|request for|apply for|do|make|proceed with|go ahead with|process) (the |a |an |my )?cancel+ation\b(?! (policy|fee|charge|button|link|option|window|period|confirmation|email|mail)\b)`,
        String.raw`\bcancel+ation (please|pls|plz|request for|requested for)\b`,
        // "is it possible to stop it now while it's still in the warehouse?": stopping "it" needs the shipping around it
        String.raw`\b(possible|able|any way|a way|chance|can you|could you|would you|please|pls|kindly)( to)? (stop|halt|pull|intercept|catch) (it|this|that|them)\b[^.!?]{0,40}\b(ship|ships|shipped|shipping|sent|dispatch\w*|warehouse|goes out|leaves|still)\b`,
        // "rather than you shipping it and me returning it, is it possible to stop it now?": the shipping said first
        String.raw`\b(shipping|ship|ships|sending|dispatch\w*|goes out|send it)\b[^.!?]{0,60}\b(possible|able|any way|a way|chance|can you|could you|would you)( to)? (stop|halt|pull|intercept|catch) (it|this|that|them)( now| in time| before)?\b`,
        // "is there any way to not have this go out?", "can you keep it from shipping?"
        String.raw`\b(any way|a way|possible|chance|can you|could you|please)\b[^.!?]{0,15}\bnot (have|let) (it|this|that|them|the order|my order) (go out|ship|be shipped|be sent|be dispatched|leave)\b|\b(keep|stop) (it|this|that|them|the order|my order) from (shipping|being (shipped|sent|dispatched)|going out)\b`,
        // "I'd rather not go ahead with the purchase", "we decided not to proceed with the order"
        String.raw`\b(rather not|decided not to|don't want to|do not want to|no longer want to|won't|will not|can't|cannot) (go ahead|proceed|continue|go through|move forward) with (the|my|this|that|our) (order|purchase)\b`,
        // part of it: "please remove one piece from my order", "can you take the second one off the order"
        String.raw`\b(please|pls|plz|kindly|can you|could you|would you|can u)( please| just| kindly)? (remove|take off|take out|delete|drop|cancel)\b[^.!?]{0,25}\b(from|off) (my|the|this|our) (order|purchase)\b`,
        // only part of the order: "I don't want to cancel the whole order, just the charger"
        String.raw`\b(not|don't|dont|do not)( want| need| wish)?( to)? cancel+ (the |my )?(whole|entire|full|complete) (order|purchase|thing)\b[^.!?]{0,20}\b(just|only|but)\b`,
        // "can you please stop the order?": the request form makes stopping as plain as cancelling
        String.raw`\b(please|pls|plz|kindly|can you|could you|would you|can u|you can|you could)( please| just| still)? (stop|halt|call off|abort|kill|hold off on|pull|scrap|drop) (the|my|this|that|one|one of the) (whole |entire |second |first |duplicate |double |extra |other |last |2nd |1st )?(orders?|purchases?|dispatch|shipment|delivery)\b`,
        // "is it too late to back out of this order?"
        String.raw`\b(back out of|pull out of|get out of|opt out of|walk away from) (the|my|this|that|our) (order|purchase)\b`,
        // other verbs for it: "can you scrap the order", "please void my purchase", "withdraw this order"
        String.raw`\b(scrap|void|withdraw|undo|reverse|delete|scratch|nix) (the|my|this|that|our|one|one of the|one of my) (whole |entire |second |first |duplicate |double |extra |other |last |latest |earlier |newer |older |later |2nd |1st )?(orders?|purchases?|po)\b`,
      ],
      ja: [
        String.raw`(キャンセル|cancel+|(取り?|とり)(消|け)し|取消) ?(を ?)?(しといて|しておいて|しちゃって|して(くだ|下)さい|して(ほしい|欲しい)|して(は)?(いただ|頂|もら|くれ|くださ)|させて(いただ|頂|もら|くだ|下|ほしい)|でき(ます|ません|ない|る)?(か|でしょうか|\?)|お(願|ねが)い|を?希望|したい|いたしたい|可能|いただけ|頂け|下さい|ください|願|頼|申請し(たい|ます))(?!(わけ|訳)(では|じゃ)|のではな|とは思って)${JA_DONE_THEN_MONEY}`,
        // 「キャンセルって今からでもできますか」「キャンセルは可能でしょうか」: a particle and a few words before the ask
        String.raw`(キャンセル|(取り?|とり)(消|け)し)(って|は|も|を|の)[^。？?！!\n]{0,8}(でき(ます|ません|る|ない)(か|でしょうか|\?)|可能(でしょうか|ですか|か|\?)|間に合い(ます|ません))`,
        // the verb form 取り消す: 「取り消していただけますか」「取り消してほしい」
        String.raw`(取り?|とり)(消|け)して(くだ|下)さい|(取り?|とり)(消|け)して(いただ|頂|もら|ほし|欲し|くれ)|(取り?|とり)消し(たい|たく)`,
        String.raw`(キャンセル|取り?消し?)(の)?(手続き|処理)(を)?(お願い|して(くだ|下)さい|していただ|して(ほしい|欲しい)|してもら)${JA_DONE_THEN_MONEY}`,
        String.raw`(キャンセル|取り?消し)(で|にて)(お(願|ねが)い|頼|よろしく)`,
        // 「本発注はキャンセル扱いとしていただけますでしょうか」「取消扱いにしてください」
        String.raw`(キャンセル|取り?消し?)(扱い|あつかい|処理|対応)(と|に)(して|させて|な(り|る))(いただ|頂|くだ|下|ほし|欲し|もら|ませ|ます(か|でしょうか))`,
        // 「今回の注文は取り消しとさせていただけますでしょうか」「キャンセルにしてください」
        String.raw`(キャンセル|取り?消し?)(と|に)(して|させて)(いただ|頂|くだ|下|ほし|欲し|もら)`,
        String.raw`(注文|発注)(を)?(取り?消|キャンセル)${JA_DONE_THEN_MONEY}`,
        // 「発注の取消をお願いしたく」: の only with a request after it (「注文のキャンセルが完了しました」 is not one)
        String.raw`(注文|発注|購入|ご注文)の(取り?消し?|キャンセル|取り下げ)(を|の)?(お(願|ねが)い|希望|依頼|申請|して|手続き)`,
        // 「取り下げさせていただきたく」「注文、やめたいです」「やっぱキャンセルで😢」
        String.raw`(取り?|とり)下げ(させて|て(くだ|下|いただ|頂|ほし|欲し|もら)|たい|を(お願い|希望))`,
        String.raw`(注文|購入|発注|買うの|買うこと)(を|は|、)?(やめ|止め)(たい|ます|させて|にし|て(くだ|下|ほし|欲し|もら|いただ))`,
        String.raw`(やっぱり?|やっぱし|やはり)[^。！？!?\n]{0,6}(キャンセル|取り?消|やめ(たい|ます|とく|て))`,
        String.raw`キャンセルで(お(願|ねが)い|頼|よろしく)?(?=[!\s]|$|[\ud83c-\ud83e])`,
        // 「まだ発送されてなければ止めてもらえると助かります」: stopping it, with the shipping or the order just before
        String.raw`(発送|出荷|注文|配送|送ら|送る)[^。]{0,15}(止め|とめ|ストップし)て(もらえ|いただ|頂|くだ|下さ|ほし|欲し)`,
        // 「なかったことにしていただけると助かります」: undoing the order, asked for as plainly as キャンセルしてください
        String.raw`(なかった|無かった)ことに(して(いただ|頂|もら|ほし|欲し|くだ|下|くれ)|でき(ます|ません|ない)|お願い)`,
        // 「今回は見送らせてください」「この度は見合わせたく」: the order passed up, without naming it
        String.raw`(今回|この度|このたび)(は|の(購入|注文|ご注文|発注)は)?[^。]{0,4}(見送|みおく|見合わせ|みあわせ)(らせて|させて|りたい|りたく|ります|ることに|させていただ|たい|たく)`,
        // 「取り消せますか？」「キャンセルできますか」の可能形
        String.raw`(取り?|とり)(消|け)せ(ます|ません|ない|る)?(か|でしょうか|\?)`,
        // 「もう不要なので送らないでください」: the reason and the stop together are as plain as キャンセルしてください
        String.raw`(不要|いらない|要らない|いらなく|必要なくな|必要がなくな|使わなくな)[^。]{0,6}(ので|から|なので|ため)[^。]{0,6}(送らないで|発送しないで|発送しなくて|送らなくて|出荷しないで)`,
        // コンビニ払いを流す: 「支払わずにこのまま流したい」「入金しないでキャンセル扱いにしたい」 lets the order lapse on purpose
        String.raw`(支払|払|入金し|振り?込ま)(わ)?(ず|ないで|ない(まま|で))[^。]{0,20}(流し|流れ|ながし|キャンセル|取り?消)`,
        // romaji: "kyanseru shitai desu", "torikeshite kudasai"
        String.raw`\b(kyanseru|kyansel|torikeshi|torikeshite)\b ?(wo |o )?(shitai|shite|sasete|onegai|kudasai|dekimasu|dekimasen|kanou)`,
        // 「購入を取りやめたい」「注文を撤回したい」
        String.raw`(購入|注文|発注|お買い?物|買い物)(を|は)?(取りやめ|取り止め|とりやめ|撤回|中止|辞退|見送|みおく|見合わせ|みあわせ)`,
        // part of it: 「間違えて2個押しちゃったので1個減らせますか」「数量を1点に減らしてください」
        String.raw`(個|つ|点|台|本|枚|セット|箱)(だけ|分)?(に)?(減ら|へら)(して|せ(ます|ませ|る)|したい|していただ|してもら|してほし)`,
      ],
      de: [
        String.raw`\bstornier(en|e|t) sie\b`,
        // "ich möchte (die Bestellung) stornieren", "kann ich noch stornieren?" but not "ich möchte nicht stornieren"
        String.raw`\b(bitte|mochte|mochten|will|wurde|wollte|muss|konnen sie|konnten sie|konnt ihr|konntet ihr|kannst du|konntest du|kann man|kann ich|konnte ich|ist es moglich|ware es moglich|waere es moglich|ware das moglich|besteht die moglichkeit|lasst sich|liesse sich|gerne|gern|ersuche|ersuchen)\b(?:(?!\b(nicht|kein|keine)\b)[^.!?]){0,50}\b(stornier|annullier|cancel)`,
        // "wenn es noch nicht raus ist, könnt ihr es bitte zurückhalten?" (not "bis Montag zurückhalten": a hold)
        String.raw`\b(konnen sie|konnten sie|konnt ihr|konntet ihr|kannst du|konntest du|bitte)\b[^.!?]{0,25}\b(zuruckhalten|aufhalten|anhalten|stoppen)\b(?![^.!?]{0,25}\b(bis|vor|erst)\b)`,
        // "könnt ihr eins davon streichen?": one of the ordered items taken off
        String.raw`\b(konnen sie|konnten sie|konnt ihr|konntet ihr|kannst du|konntest du|bitte)\b[^.!?]{0,30}\b(streichen|rausnehmen|herausnehmen)\b`,
        // Not "nach der Stornierung meiner Bestellung wurden mir … abgebucht": one already made.
        String.raw`\bstornierung(?<!\b(nach|seit|trotz|mit) (der )?stornierung) (der|meiner|dieser|meines) (bestellung|auftrag|kauf)`,
        // "ich würde die Bestellung gern zurückziehen", "den Auftrag bitte noch abbrechen": up to two words between
        String.raw`\b(bestellung|auftrag)\b (?:(?!(nicht|kein|keine|nie)\b)[a-z]+ ){0,2}(zuruckziehen|widerrufen|abbrechen|stornieren)\b`,
        String.raw`\b(storno|stornierung) (bitte|please)\b|\bbitte (um )?(storno|stornierung)\b`,
        String.raw`\babbestellen\b`,
        // The withdrawal while the goods have not left yet is a cancellation, as decisive as "bitte stornieren" (after
        // delivery the same right is a return): "Widerrufsrecht Gebrauch, die Ware ist ja noch nicht versandt"
        String.raw`\bwiderruf\w*\b[^!?]{0,80}\bnoch nicht (versandt|verschickt|versendet|abgeschickt|raus|unterwegs)\b|\bnoch nicht (versandt|verschickt|versendet|abgeschickt)\b[^!?]{0,80}\bwiderruf`,
        // nur einen Teil: "ich möchte nicht die ganze Bestellung stornieren, nur den zweiten Napf"
        String.raw`\bnicht (die ganze|die komplette|die gesamte|den ganzen|den kompletten|alles)\b[^.!?]{0,25}\bstornier\w*[^.!?]{0,10}\b(nur|sondern|lediglich)\b`,
        // "kannst du die Bestellung rückgängig machen?"
        String.raw`\b(bestellung|auftrag|kauf|order)\b[^.!?]{0,25}\b(ruckgangig (machen|gemacht)|zurucknehmen|zuruckzunehmen)\b`,
        // "… bestellt, aus Versehen die falsche Farbe. Kann man das noch rückgängig machen?": the order said before
        String.raw`\b(kann man|kannst du|konnen sie|konnt ihr|konnten sie|konntet ihr|lasst sich|ist es moglich|ware es moglich)\b (das|es|sie|den kauf|die bestellung|den auftrag|alles) (noch |bitte |einfach |wieder )*ruckgangig (machen|gemacht werden)\b`,
      ],
      fr: [
        String.raw`\bannuler (ma|la|cette|mon|le|l'|les) ?((seconde|deuxieme|premiere|derniere|autre|double|dite) )?(commande|cmd|achat|article)`,
        String.raw`\b(merci de|veuillez|je vous prie d'|je vous prie de) (bien vouloir )?annuler\b`,
        // "je voudrais annuler", informal "jvoudrais / jveux annuler", "tu peux annuler stp"
        String.raw`\b(j'?|je )?(voudrais|veux|souhaite|souhaiterais|aimerais|pouvez-vous|pourriez-vous|pouvez vous|pourriez vous|merci d'|besoin d') ?annuler`,
        String.raw`\b(possible|moyen|peut-on|peux-tu|tu peux|vous pouvez|pourrais-tu|on peut|puis-je|je peux) (d'|de |encore |l')?(encore )?annuler\b`,
        String.raw`\bannulez\b`,
        // "je me rétracte pour ma commande, pouvez-vous l'arrêter avant l'envoi ?", "bloquer l'expédition"
        String.raw`\bje me retracte\b|\b(arreter|arretez|bloquer|bloquez|stopper|stoppez)\b (la |ma |cette |l')?(commande|envoi|expedition|livraison)\b|\b(l'|la |le )(arreter|bloquer|stopper) avant (l'envoi|l'expedition|qu'il|qu'elle)`,
        // "est-ce que vous pourriez annuler l'envoi ?", "tu pourrais annuler ?": the conditional with the subject first
        String.raw`\b(vous|tu) (pourriez|pouvez|pourrais|peux)( bien| encore| svp| s'il vous plait)? annuler\b`,
        // "je ne veux pas annuler toute la commande, seulement le chargeur"
        String.raw`\bpas annuler (toute |l'ensemble de )?(la|ma) commande( entiere| complete)?\b[^.!?]{0,12}\b(juste|seulement|uniquement|que|mais)\b`,
        // Not "suite à / après l'annulation de ma commande, la somme est toujours bloquée": one already made.
        String.raw`\bannulation(?<!\b(suite a|apres|depuis|malgre|lors de|avec) l'annulation) de (ma|la|cette|mon) (commande|achat)`,
        // one of a double order: "vous pouvez en supprimer un svp ?", "retirer le deuxième de ma commande"
        String.raw`\ben (supprimer|retirer|enlever|annuler) (un|une)\b|\b(supprimer|retirer|enlever)\b[^.!?]{0,25}\bde (ma|la|cette|notre) commande\b`,
        // "je préfère ne pas donner suite à ma commande"
        String.raw`\bne (pas|plus) (donner suite|poursuivre|continuer)( a| avec)? (ma|la|cette|mon) (commande|achat)\b`,
      ],
      it: [
        String.raw`\b(annullare|cancellare) (l'ordine|il mio ordine|l'acquisto|ordine|questo ordine|il mio acquisto)`,
        String.raw`\b(vorrei|voglio|potete|potreste|desidero|devo|volevo|posso|si puo|e possibile|possibile|potrei|riuscite a|riesce a) (ancora )?(annullar|cancellar|disdir)(e|ne|lo|la|li|le)\b`,
        String.raw`\bannullate\b`,
        // the imperative "non speditela / non speditemelo / non inviatelo" (not "non sono spedite", a delivery question)
        String.raw`(?<!\b(sono|siano|state|ancora|mai)\b )\bnon (me |ce )?(lo |la |li |le |me lo |me la |me li |me le )?(spedite|inviate|mandate)(mel[oaie]|l[oaie]|cel[oaie])?\b(?![^.!?]{0,25}\b(prima|fino a|finche|ancora)\b)`,
        // "potete bloccare la spedizione?", "fermate l'ordine"
        String.raw`\b(bloccare|bloccate|bloccarla|fermare|fermate|fermarla|stoppare|stoppate)\b (la |l'|il |mia |mio )?(spedizione|ordine|invio|consegna|acquisto)\b`,
        String.raw`\b(chiedo|chiediamo|prego|pregherei|richiedo) (gentilmente |cortesemente )?(di )?(annullar|cancellar|disdir)(e|ne|lo|la|li|le)\b`,
        String.raw`\bdisdire (l'ordine|il mio ordine|l'acquisto|ordine)`,
        // one of a double order: "uno toglietemelo dall'ordine", "potete rimuovere la seconda dall'ordine?"
        String.raw`\b(togli|rimuov|elimin|cancell)\w*\b[^.!?]{0,20}\bdall'(ordine|ordinazione|acquisto)\b`,
        // "preferirei non procedere più con l'acquisto"
        // "vorrei rinunciare all'ordine", "rinuncio all'acquisto", "possiamo lasciar perdere l'ordine?"
        String.raw`\blascia(r|re|mo)? perdere (l'ordine|l'acquisto|il mio ordine|questo ordine|l'ordinazione)\b`,
        String.raw`\b(rinunciare|rinuncio|rinunciamo|rinunciarci) (all'ordine|all'acquisto|al mio ordine|a questo ordine|all'ordinazione)\b`,
        String.raw`\bnon (procedere|procedete|proceda|proseguire|proseguite|andate avanti|andare avanti|continuare)( piu)? con (l'acquisto|l'ordine|il mio ordine|questo ordine|l'ordinazione|la spedizione|l'invio|la consegna)\b`,
      ],
      es: [
        String.raw`\b(cancelar|anular)(?<!\b(despues de|tras|al|pese a) (cancelar|anular)) (el|mi|este|la) (pedido|compra|orden)`,
        String.raw`\b(quiero|queria|quisiera|me gustaria|pueden|podeis|puede|podrian|podria|necesito) (cancelar|anular)`,
        // "cancelen", "cancelad", and the request in the past subjunctive: "quería pedirles que cancelaran mi pedido"
        String.raw`\b(cancel|anul)(en|ad|alo|ala|enlo|enla|enlos|enlas|enmelo|enmela|enmelos|enmelas|adlo|adla|aran|asen|aras|ara|ase)\b`,
        // Mexican "me lo cancelan, porfa"
        String.raw`\b(me|nos) (lo|la|los|las) (cancelan|anulan)\b`,
        // "¿pueden frenar el envío?", "detengan el pedido"
        String.raw`\b(frenar|parar|detener|bloquear|frenen|paren|detengan|bloqueen)\b (el|mi|la|este|esta) (envio|pedido|orden|compra|despacho)\b`,
        // "¿podrían dejar sin efecto el pedido?", "prefiero no seguir con la compra"
        String.raw`\b(echar|echarse) (para |pa )?atras( con)? (el|la|mi|este|esta) (pedido|compra|orden)\b|\bdejar sin efecto (el|mi|este|la|esta) (pedido|compra|orden)\b|\bdar(le)? de baja (el|mi|este|la|esta) (pedido|compra|orden)\b|\bno (seguir|continuar|proceder) con (el|mi|este|la|esta) (pedido|compra|orden)\b`,
      ],
      nl: [
        String.raw`\b(annuleren|annuleer|cancelen)\b`,
        // "kan de bestelling nog geannuleerd worden?"
        String.raw`\b(kan|kunt|kunnen|mag|moet)\b[^.!?]{0,30}\bgeannuleerd (worden|word)\b`,
        String.raw`\b(bestelling|order|aankoop)\b[^.!?]{0,20}\b(stopzetten|tegenhouden|intrekken|ongedaan maken|laten vervallen|schrappen)\b`,
        // "kunnen jullie hem tegenhouden?": the order said before, the request with a pronoun
        String.raw`\b(kunnen|kunt|kan)( jullie| u| je)? (hem|het|ze|die|de bestelling|mijn bestelling|de order|het pakket|de zending) (nog )?(tegenhouden|stopzetten|stoppen|intrekken)\b`,
      ],
      pl: [
        String.raw`\b(anulowac|anulujcie|anuluj|anulowanie zamowienia|anulowac zamowienie)\b|\b(anulacj\w*|anulowani\w*)(?<!\b(po|mimo|pomimo|od|przed) (anulacj\w*|anulowani\w*)) (zamowieni\w*|zakupu)`,
        // "chciałbym zrezygnować z zamówienia", "rezygnuję z zakupu"
        String.raw`\banulowanie (mojego |tego |calego |naszego |mego )?(zamowieni\w*|zakupu)|\b(prosze|prosimy|prosilbym|prosilabym) o (anulowanie|anulacje|wycofanie|rezygnacje)\b`,
        String.raw`\b(zrezygnowac|rezygnuje|rezygnacja|rezygnacje|wycofac|wycofanie) (z |ze )?(zamowieni\w*|zakup\w*|transakcji)`,
      ],
      // "kan ni låta bli att skicka den?": the polite "refrain from sending"
      sv: [String.raw`\b(avbryta|avbestalla|annullera|makulera)\b|\blat(a)? bli att (skicka|posta|leverera)\b(?![^.!?]{0,20}\b(fore|innan|forran)\b)`, String.raw`\b(stoppa|stopp pa|hejda) (min |mitt |den |denna )?(order|ordern|bestallning|bestallningen|kopet|leveransen|forsandelsen)\b`],
      pt: [
        String.raw`\b(cancelar|anular)(?<!\b(depois de|apos|ao|apesar de) (cancelar|anular)) (o |a )?(meu |minha )?(pedido|compra|encomenda)`,
        String.raw`\b(cancelem|anulem|cancela|(quero|queria|preciso|gostaria de|podem|poderiam|pode|posso|da para|da pra|tem como|e possivel|conseguem|consegue) (cancelar|anular))\b`,
        String.raw`\bdesistir (da|do|dessa|desse|desta|deste) (compra|pedido|encomenda)`,
      ],
      tr: [
        // request forms only: "iptal ettim" (I cancelled) is not one
        String.raw`\biptal (etmek|et|edin|edebilir\w*|istiyorum|ediniz|etmeniz\w*|eder mi\w*|eder misiniz|edilsin|edilmesi\w*|edilebilir\w*|olsun|etmek istiyorum|etmeyi)\b(?! (ragmen|sonra|karsin)\b)`,
        // "siparişimden vazgeçtim / vazgeçmek istiyorum": giving up the order (not "iadeden vazgeçtim")
        String.raw`\b(siparis|satin alma|alisveris)\w*\b[^.!?]{0,12}\b(vazgec|durdur)\w*`,
        // "sipariş iptali rica ediyorum", "iptal talebi"
        String.raw`\biptal(i|ini)? (rica|talep|lutfen)`,
      ],
    },
  },
  {
    // The taxonomy's settled case: "I already pressed Cancel in Your Orders" and writes in is still this category.
    id: 'cancel.already-requested',
    key: 'cancel_request_message',
    strength: 3,
    label: 'already asked Amazon to cancel',
    phrases: {
      en: [
        String.raw`\b(hit|pressed|clicked|tapped|requested|submitted|sent|put in|made|filed|raised|placed)\b[^.!?]{0,20}\bcancel+(ation)?( button| request)?`,
        // "I already cancelled it myself, but it still shows…": a bare "done, thanks" after the seller's advice is not.
        String.raw`\b(i|we)('ve| have| had)? (already|just) cancel+ed\b[^.!?]{0,60}\b(but|however|still|yet)\b`,
        String.raw`\bcancel+ed (it |the order |my order |this )?(myself |already )?(in|on|from|through|via) (my|the|your) (account|orders|order page|order history|app|amazon)\b[^.!?]{0,40}\b(but|however|still|yet)\b`,
      ].map(thenNoRefund),
      ja: [
        String.raw`キャンセル(の)?(リクエスト|申請|ボタン|依頼|要求|手続き?)(を|は|も)?(送|押|出|申請|クリック|タップ|済|しました|した(ので|のに|けど|が|んです|のですが))`,
        // 「注文履歴からキャンセルしたのですが、まだ…」: done and still writing in; 「手続きしておきました、ありがとう」 is thanks
        String.raw`((注文履歴|購入履歴|アカウントサービス|アプリ|注文一覧)(から|で|上で)[^。]{0,10}(キャンセル|取り?消)|キャンセル(の)?(リクエスト|申請|ボタン|手続き))[^。]{0,12}(のですが|んですが|ましたが|したが|けど|けれど|のに)`,
      ].map(thenNoRefund),
      de: [
        // 'ich habe schon auf "Artikel stornieren" geklickt'
        String.raw`\bstornier[^.!?]{0,30}\b(geklickt|gedruckt|getippt|angeklickt|ausgewahlt)\b`,
        String.raw`\bstornierung (bereits |schon )?(beantragt|angefordert)`, String.raw`\b(habe|hab) (bereits |schon )?(storniert|die stornierung beantragt)\b`,
      ].map(thenNoRefund),
      fr: [String.raw`\b(clique|appuye|tape) sur (le bouton )?\W{0,3}annuler\b`, String.raw`\bdemande d'annulation (envoyee|faite)`, String.raw`\bj'ai (deja )?(demande l'annulation|annule)\b`].map(thenNoRefund),
      es: [String.raw`\b(le di|di clic|hice clic|pulse|presione|aprete|toque) (a|en|al boton( de)?) "?cancelar\b`, String.raw`\b(solicite|pedi|he pedido|he solicitado|hice|he hecho|mande|envie|he enviado|tramite|realice) (ya )?(la |una )?(solicitud de )?cancelacion\b`, String.raw`\b(ya )?(lo )?(he cancelado|cancele)\b`].map(thenNoRefund),
      it: [String.raw`\bho (gia )?richiesto (l'annullamento|la cancellazione)`, String.raw`\bho gia annullato\b`].map(thenNoRefund),
      // "siparişi iptal ettim ama hâlâ hazırlanıyor görünüyor": done, and still writing in
      tr: [String.raw`\biptal (ettim|etmistim|talebi (gonderdim|olusturdum|verdim)|istedim)\b[^.!?]{0,40}\b(ama|fakat|ancak|hala)\b`].map(thenNoRefund),
    },
  },
  {
    // Asking to stop the order without the word "cancel": "stop the order", "please don't ship it", 「発送しないでください」,
    // "ich trete vom Kauf zurück". Clear but less explicit: a defect or a hold instruction in the same message wins.
    id: 'cancel.stop-order',
    key: 'cancel_request_message',
    strength: 2,
    label: 'asks to stop the order',
    notAfter: NEGATED,
    phrases: {
      en: [
        String.raw`\b(stop|halt|call off|kill|abort|pull) (the|my|this|that) (order|purchase|shipment)\b`,
        // "nvm found it at costco, scrap it": the bare imperative (not "I had to scrap it")
        String.raw`(^|[,.!;:] ?|\b(just|pls|please|plz|so|then|and|ok) )(scrap|nix|ditch) (it|that|this|the order|my order)\b`,
        // not "don't ship it before the 20th" or "…to the old address": a hold or an address fix is not a cancellation
        // the bare imperative opening a sentence: "dont ship it, got one at target"
        String.raw`(^|[.!?,;] ?)(do not|don't|dont) (ship|send|dispatch|post|process) (it|this|that|them|the order|my order|anything)\b(?![^.!?]{0,25}\b(until|till|before|yet|on (mon|tues|wednes|thurs|fri|satur|sun)day|to (the|my|that) (old|wrong|previous))\b)`,
        String.raw`\b(please|pls|plz|kindly|so|just) (do not|don't|dont|not) (ship|send|dispatch|post|process)\b(?![^.!?]{0,25}\b(until|till|before|yet|on (mon|tues|wednes|thurs|fri|satur|sun)day|to (the|my|that) (old|wrong|previous))\b)`,
      ],
      ja: [
        String.raw`(?<!まで|までは|まで、)発送(しないで|されないよう|を?(止め|とめ|中止|ストップ|停止)|(は|を)?(見送|みおく)(って|らせて|りで|り(を|で)?お願い)|(は|を)?(見合わせ|みあわせ)て(くだ|下|いただ|頂|ほし|もら))`,
        String.raw`(やっぱり?|やはり|やっぱし)[^。]{0,4}(要|い)らなくな(り|った|っちゃ)(?<!(届|到着|受け取|開封|使っ)[^]{0,40})(?![^]{0,60}(返品|返送|返金|届い|到着|交換))`,
        // 「送らないでください」「発送しなくて大丈夫です」; not 「まだ送らないで」 (a hold: not yet), nor 「もう送らないで」
        // (stop sending again and again: the seller's e-mails, not the order)
        String.raw`(?<!まだ|まで|までは|まで、|もう|もう、|二度と|これ以上)(送らないで|送らなくて(いい|大丈夫|結構|け?っこう)|発送しなくて(いい|大丈夫|結構)|出荷しないで)`,
        String.raw`(注文|購入)[^。]{0,8}(なかった|無かった)ことに`,
      ],
      de: [
        String.raw`\btrete (ich )?(hiermit )?vom (kauf|kaufvertrag|vertrag)\b|\bvom (kauf|kaufvertrag|vertrag) zuruck(treten|zutreten)\b|\brucktritt vom (kauf|kaufvertrag|vertrag)\b`,
        // "bitte schickt's mir nicht mehr", "schicken Sie sie bitte nicht": the imperative with "bitte"
        String.raw`\bbitte (schickt|schicken sie|sendet|senden sie|verschickt|verschicken sie|liefert|liefern sie)('s|s| es| sie| ihn| das)?( mir| uns)? (nicht|nicht mehr)\b(?![^.!?]{0,25}\b(vor|bis|erst)\b)|\b(schickt|schicken sie|sendet|senden sie|verschickt|verschicken sie)('s|s| es| sie| ihn| das)?( mir| uns)? bitte (nicht|nicht mehr)\b(?![^.!?]{0,25}\b(vor|bis|erst)\b)`,
        String.raw`\b(bitte )?(nicht|nicht mehr) (versenden|verschicken|abschicken|absenden|mitschicken|mitsenden|schicken|zuschicken|liefern|ausliefern|rausschicken|losschicken|rausgeben)\b(?![^.!?]{0,25}\b(vor|bis|erst)\b)`,
        // "hiermit mache ich von meinem Widerrufsrecht Gebrauch" (before dispatch; with a return, the return rule wins)
        String.raw`\b(von meinem|mein|das) widerrufsrecht\b[^.!?]{0,20}\b(gebrauch|geltend|ausuben|wahrnehmen|in anspruch)\b`,
        // "wir ersuchen Sie, von der Lieferung abzusehen", "von der Bestellung Abstand nehmen"
        String.raw`\bvon (der|dieser|meiner|unserer) (lieferung|bestellung|zusendung|auslieferung|versendung|zustellung)\b[^.!?]{0,10}\b(abzusehen|absehen|abstand (zu )?nehmen)\b`,
        // Widerruf before dispatch; after delivery it comes with a return, whose rule then wins
        String.raw`\bwiderrufe (ich )?(hiermit )?(meine|die|den|diese) (bestellung|kauf|auftrag)|\b(bestellung|kauf|auftrag) (hiermit )?widerrufen\b`,
      ],
      // a not-before date after "don't send it" is a delivery instruction, not a stop ("no lo envíen antes del lunes")
      // "nie chcę już tego zamówienia", "da się je jeszcze zatrzymać?"
      pl: [
        String.raw`(\b(prosze )?(go |jej |tego )?nie wysylac\b|\bnie wysylajcie\b)(?![^.!?]{0,25}\b(przed|do czasu|az do)\b)|\bwstrzymac wysylke\b`,
        String.raw`\bnie (chce|potrzebuje) (juz )?(tego |tej |mojego |mojej )?(zamowieni\w*|zakupu)\b|\b(zatrzymac|wstrzymac) (zamowienie|wysylke|paczke)\b|\bda sie (je|go|to) (jeszcze )?(zatrzymac|wstrzymac)\b`,
      ],
      // "hoeft niet meer, niet opsturen", "stuur hem maar niet"; not "niet opsturen voor maandag" (a hold)
      nl: [String.raw`\b(niet (meer )?(opsturen|versturen|verzenden|sturen|leveren)|stuur (het|hem|ze|de bestelling) (maar )?niet( meer| op)?|hoeft niet meer (verstuurd|opgestuurd|gestuurd|geleverd|verzonden))\b(?![^.!?]{0,25}\b(voor|tot|pas|voordat)\b)`],
      // "ångra mitt köp" is the right of withdrawal: before dispatch a cancellation, with "skicka tillbaka" a return
      // "kargoya vermeyin", "göndermeyin lütfen"; not "pazartesiye kadar göndermeyin" (a hold)
      tr: [String.raw`(?<!\b(kadar|once|sonra)\b[^.!?]{0,12})\b(kargoya (vermeyin\w*|teslim etmeyin\w*)|gondermeyin\w*|yollamayin\w*)`],
      sv: [
        String.raw`\b(angra|angrar|hava|haver) (mitt |min |mina )?(kop|kopet|bestallning\w*|order\w*)\b`,
        // "skicka den inte, tack", not "skicka den inte före fredag" (a hold)
        String.raw`\b(skicka|posta) (den|det|dem|ordern|paketet|varan) inte\b(?![^.!?]{0,20}\b(fore|innan|forran)\b)`,
      ],
      // "por favor não enviem", "não precisa mais mandar"
      pt: [String.raw`\bnao (o |a |os |as )?(enviem|mandem|despachem|precisa (mais )?(mandar|enviar))\b(?![^.!?]{0,25}\b(antes|ate)\b)`],
      // "c'est encore possible de ne pas les envoyer ?", "ne l'expédiez pas"
      fr: [String.raw`\bqu'(il|elle|ils|elles) ne (parte|partent) pas\b|\bque (le colis|la commande) ne (parte|soit pas expediee?|soit pas envoyee?)\b`, String.raw`(\b(ne pas|n'?) ?(expediez|envoyez) pas\b|\bne (l'|la |le |les )?(expediez|envoyez) pas\b|\bne pas (l'|le |la |les |me l'|me les )?(envoyer|expedier|livrer)\b)(?![^.!?]{0,25}\b(avant|jusqu'|jusqu)\b)`],
      // "no lo envíen", "me hacen el favor de no enviarla"
      es: [String.raw`(\bno (me )?(lo |la |los |las )?(envien|manden|envies|mandes|envieis|mandeis|despacheis|despachen)\b|\b(favor de|por favor|porfa|porfavor|mejor|prefiero) no (enviar|mandar|despachar)(lo|la|los|las|melo|mela)?\b)(?![^.!?]{0,25}\b(antes|hasta|despues)\b)`],
      // "non lo spedite", "non mandatemele", "non inviatelo"
      it: [String.raw`\bnon (me |ce |lo |la |li |le |me lo |me la |me li |me le )?(spedite|spedire|inviate|inviare|mandate|mandare)(mel[oaie]|l[oaie]|cel[oaie])?\b(?![^.!?]{0,25}\b(prima|fino a|finche)\b)`],
    },
  },
];
