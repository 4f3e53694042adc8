/**
 * The buyer wants to return or exchange an item that is not damaged (return_request). Amazon's return notice is in
 * ../system-notices.ts. When the same message also says the item is damaged, defective, wrong or not as described,
 * the taxonomy makes it damaged_or_defective; ../decide.ts applies that.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

/**
 * Spanish: a review, rating or stars named earlier, before any question mark ("la valoración … ¿cómo la puedo
 * cambiar?"). Put after the phrase (so it is tried only where the phrase matched, not at every position), hence the
 * window of 100: 80 before the phrase plus the phrase itself.
 */
const NOT_A_REVIEW = String.raw`(?<!\b(valoracion|valoraciones|resena|resenas|opinion|estrellas?|calificacion|puntuacion|comentario)\b[^?]{0,100})`;

export const returnRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'return.request',
    key: 'return_request',
    strength: 3,
    label: 'wants to return',
    // "No quiero devolverlo, pero …", "I don't want to return it, just …": a return refused, not asked for.
    notAfter: String.raw`\b(no|not|don'?t|do not|never|nicht|kein|non|nao|niet|nie|inte|ej|pas|jamais|nunca|nooit|nigdy)\b( [\w']+)?( (?!(and|so|but|then|or|y|e|et|und|o|pero|mais|ma|aber|maar|because|porque|perche|parce|weil|want|wants|wanted|like|need|wish|would|vorrei|voglio|quiero|quisiera|queria|voudrais|veux|souhaite|mochte|will|wil|quero|gostaria|chce|vill)\b)[\w']+){0,2} ?`,
    phrases: {
      en: [
        String.raw`\b(want|wanna|like|need|wish|hoping|going|planning|able) to (return|send (it|them|this|these) back|exchange|swap)\b`,
        String.raw`\b(can|could|may|how (do|can|should)) i (return|exchange|swap|send (it|them|this) back)\b`,
        // "What do I need to do to return it?", "how do I go about sending them back?"
        String.raw`\b(what|how) (do|should|would|must|can) (i|we) (need to |have to )?(do )?(to |in order to )?(go about )?(return|returning|exchange|exchanging|swap|swapping|send (it|them|this|these) back|sending (it|them|this|these) back)\b`,
        // Not one the buyer already bought, paid or had approved: "had to buy my own return label", "the return label
        // I bought at the post office cost me £6", "my return authorization was approved … still no refund".
        String.raw`\b(return|exchange) (label|authori[sz]ation|process|it for)\b(?<!\b(paid|bought|purchased|buy|pay|paying|printed|own)( for)?( (a|the|my|our))?( own)? \w+ \w+( \w+)?)(?![^.!?]{0,40}\b(i|we) (had to |have )?(bought|paid|purchased|printed)\b|[^.!?]{0,12}\b(myself|out of (my|our) (own )?pocket)\b|( \w+){0,2} (was|were|has been|had been|got|is|cost|costs) (me |already |now )?(approved|accepted|completed?|done|closed|finished|scanned|used|received|processed|paid|delivered|[$€£]|\d))`,
        String.raw`\b(exchange|swap) (it|this|them|these|the \w+|my \w+|one)( \w+)? for (a|an|the|another|one|size|\d)`,
        String.raw`\b(start|request|make|arrange) (a|an) (return|exchange)\b`,
        // "any chance of swapping for a 9?".
        String.raw`\b(swapping|exchanging) (it |them |these |this |those )?(for|to) (a|an|the|size|one|another|\d)`,
        String.raw`\bi'?(d| would) like to return\b|\bhow (do|can|should) (i|we) (get|send|ship|post|mail) (it|them|this|these|those|the \w+) back to (you|the seller|your \w+)\b|\b(can|could|may) (it|they|these|those|this|that|one|one of (them|these|those)|both|the \w+) (go|be sent|be posted|be shipped) back\b(?![^.!?]{0,30}\b(if|in case)\b)`,
        // "Is it possible to return this one?" (not a pre-sale "possible to return it if it doesn't fit?").
        String.raw`\b(is it|would it be|would that be) possible (for (me|us) )?to (return|exchange|swap|send back) (this|these|it|them|one|my|the|both)( \w+){0,2}\b(?![^.!?]{0,30}\b(if|in case|should|when|once)\b)`,
        // Told as what comes next: "then i will return the item back to you", "I'll send them back tomorrow".
        String.raw`\b(i will|i'll|i shall|i am going to|i'm going to|we will|we'll|i can) (then )?(return|send back|ship back|post back|courier back|mail back) (it|them|this|these|the \w+|this \w+|my \w+)\b(?<!\bfavou?r)|\b(i will|i'll|i'd|i would|we will|we'll|we'd|i am going to|i'm going to) (then |happily |gladly |of course )?(send|ship|post|courier|mail) (it|them|this|these|these ones|those ones|this one|that one|the old ones?|the \w+|this \w+) back\b`,
        // "I would like to give it back", "kindly take back this item", "arrange a return pickup".
        String.raw`\b(want|like|wish|need|have|please|kindly|can you|could you) (to )?(give|take|send) (it|them|this|these|the \w+|this \w+) back\b|\b(please |kindly |can you |could you )(take|give) back (this|the|my|these|it)\b`,
        String.raw`\b(arrange|schedule|book) (a |the )?(return |reverse )?pick ?up\b|\breverse pick ?up\b`,
        // "Are you able to accept it back?", "would you take them back?".
        String.raw`\b(able to|can you|could you|would you|will you|do you|happy to|willing to) (accept|take) (it|them|this|these|the \w+|this \w+|my \w+) back\b`,
        // A fit complaint about the item received: "The dress I got is too tight around the chest" (next to "what's your
        // return policy?", which alone would be a purchase-terms question).
        String.raw`\b(the|my|these|this) \w+( \w+)? (i got|i received|i bought|you sent( me)?|that (came|arrived)|which (came|arrived)) (is|are|was|were) (way |much |a (bit|little|tad) |slightly |far |really |very )?too (tight|small|big|large|loose|short|long|narrow|wide)\b`,
        // "Can I box it back up and get a refund?"
        String.raw`\b(box|pack|package|wrap) (it|them|this|these|everything) (back )?up\b[^.!?]{0,25}\b(send|return|post|ship|courier|refund|exchange|swap|back to you)\b`,
        // One-liners: "return pls", "exchange please".
        String.raw`\b(return|exchange|swap)( (it|this|them|item|order))? (pls|plz|please)\b|(?:^|[.!,] )(return|exchange|swap)( (it|this|them))?( (pls|plz|please))? ?\?`,
      ],
      ja: [
        String.raw`(返したい|返ししたい|返しても(いい|よろし|大丈夫)|返させて(いただ|頂|もら|くだ|下))`,
        // Written in kana too (「ﾍﾝﾋﾟﾝ希望」); 「返品させていただいた」「返品させて頂きました」 tell of a return already made.
        String.raw`(返品|へんぴん)(を|の|って|は)?(したい|希望|させて(?!(いただ|頂)(いた|きまし|いてお|き[、,][^。]{0,40}(済|完了|ました|ており|ています|頂戴)))|お願い|でき(ます|ません|る)?(か|でしょうか|\?)|可能|受け?付け|手続き|方法|して(も(いい|よろしい|大丈夫))|して(いただ|もら|ほしい|欲しい))(?![^。]{0,12}(完了|済み|済|終わ|終了))`,
        String.raw`(返品|へんぴん)(を|の)?(させて)?(いただ|頂)(?!いた|きまし|いてお|き[、,][^。]{0,40}(済|完了|ました|ており|ています|頂戴))`,
        String.raw`(交換|取り?替え|こうかん)(って|は|の方は)?(して(いただ|もら|ほしい|欲しい|くだ|下)|でき(ます|ません|る)?(か|でしょうか|\?)|可能|をお願い|お願い|希望|したい)`,
        // Elderly keigo: 「お返しすることは叶いますでしょうか」「ご返送してもよろしいでしょうか」.
        String.raw`(お返し|ご?返送)(すること|させて|して|いたし)[^。]{0,8}(でき|叶い|かない|可能|よろし|いただ|頂|もら)`,
        // Hoped for: 「お返しできたら嬉しいです」「返品させてもらえると助かります」.
        String.raw`(お返し|ご?返送|返品|へんぴん|交換)(でき|させていただけ|させて(いただ|頂|もら)え|して(いただ|頂|もら)え)(たら|れば|ると)(嬉し|うれし|助か|たすか|幸い|ありがた)`,
        // Not a thank-you for an exchange already made: 「サイズ交換の件、新しいものが本日届きました」.
        String.raw`(サイズ|色|カラー)(違い)?(の|に|を)?交換(?![^。]{0,20}(届きました|受け取りました|受け取れました|到着しました|届いております))`,
        // 「別の長さのものに替えていただく」「違う色に換えてほしい」.
        String.raw`(別の|他の|違う|ほかの)(サイズ|長さ|色|カラー|もの|物|商品|型)[^。]{0,6}(に|と)(替え|換え|かえ|交換し)(て(いただ|頂|もら|ほし|欲し|くだ|下)|たい|られ)`,
        // Sending it back, asked for (「送り返してもいいですか」「返送すればいいですか」), not told as done.
        String.raw`(返送|送り返|おくりかえ)(し)?(たい|て(も|いい|よろし)|させて|すれば|する(には|方法)|して(ほしい|欲しい)|ます(ので|から|。)|いたします)`,
        String.raw`(取り?替え|とりかえ)て(いただ|頂|もら|ほしい|欲しい|くだ|下)|(に|と)(替え|換え|かえ)て(いただ|頂|もら|ほし|欲し|くだ|下)(?<!(電池|でんち|フィルター|替え刃|刃|ベルト|バンド|パーツ|部品|パッド|ヘッド)[^。]{0,12})`,
        // Taken back by the seller: 「お引き取りいただけないでしょうか」「引き取ってもらえますか」.
        String.raw`(お引き?取り|引き?取って|ひきとって)(って|は|を|も)?(いただ|頂|もら|ほし|欲し|くだ|下|願|お願い|可能|でき)|引き?取り(って|を)(お願い|して(いただ|頂|もら))`,
        // Another size named: 「Mに替えてもらうことってできますか」「25cmに交換してほしい」「ワンサイズ上に替えたい」.
        String.raw`(\b(xs|s|m|l|xl|xxl|xxxl|ll|3l)|[0-9]+(cm|センチ|号|インチ)?|ワンサイズ(上|下|大きいの|小さいの)|(大きい|小さい|上の|下の)(サイズ|もの|の))(の(もの|物|やつ))?に(替え|換え|かえ|交換し)(て(いただ|頂|もら|ほし|欲し|くだ|下)|たい|られ)`,
      ],
      de: [
        // Not a plan made before ordering: "zwei Größen zu bestellen und eine zurückzuschicken".
        String.raw`\b(zuruckschicken|zurucksenden|zuruckgeben|umtauschen|retournieren|zuruckzuschicken|zuruckzusenden|zuruckzugeben|umzutauschen|zu retournieren|zuruck (zu )?(schicken|senden|geben))\b(?<!\b(bestellen|kaufen|bestelle|kaufe) (und|oder)( \w+){0,4} \w+)(?<!\b(geld|betrag|differenz|summe|kaufpreis|restbetrag|porto|versandkosten|kosten|gebuhren?|mehrbetrag|unterschied)\b[^.!?]{0,30})(?! (werde|will|mochte|kann|tue|mache|wurde|werd) ich( (ihn|sie|es|das|die|den|ihnen|euch))?( \w+)? (nicht|sicher nicht|bestimmt nicht|auf keinen fall|nie)\b)`,
        String.raw`\b(rucksendung|umtausch|retoure)\b[^.!?]{0,30}\b(moglich|beantragen|starten|machen|einleiten)`,
        String.raw`\b(mein|meinem|das|vom) (ruckgaberecht|umtauschrecht|widerrufsrecht)\b[^.!?]{0,20}\b(nutzen|gebrauch|wahrnehmen|in anspruch)|\b(kriege|bekomme|bringe) ich (sie|ihn|es|die \w+|den \w+|das \w+) (zu ihnen|an sie|zu euch|an euch) zuruck\b`,
        String.raw`\b(rucksendeetikett|rucksendeschein|retourenschein)\b(?![^.!?]{0,15}\b(lag|lagen|liegt|war|waren) (bei|dabei|anbei|im paket|im karton)\b|([^.!?]|(?<=\d)\.){0,40}\b(gescannt|eingescannt|abgegeben|benutzt|verwendet|bezahlt|gezahlt|frankiert|gekauft)\b|[^.!?]{0,25}\b(funktioniert|geklappt)\b)`,
        String.raw`\b(wieder|zuruck) ?(abholen|abholen lassen)\b|\b(in|gegen) (grosse |nummer |gr )?\d+\w* (statt|anstatt|anstelle( von)?) (grosse |nummer )?\d+\b`,
        String.raw`\b(geht|ginge|klappt|ware|kann ich|konnte ich) (ein|einen|der|den) (umtausch|tausch)\b|\bumtausch (in|gegen|auf) (grosse|eine|einen|ein|die|den|das|\d+|nummer|farbe)\b`,
        String.raw`\bwie (funktioniert|geht|mache ich|erfolgt|lauft|klappt) (die|den|eine|einen|der) (rucksendung|umtausch|retoure|ruckgabe)\b`,
        // "ich bräuchte für die Jacke doch eine Nummer kleiner" (folded: "brauchte").
        String.raw`\b(brauche|brauchte|hatte gerne?|mochte|will|wurde gerne?) (\w+ ){0,5}(eine|ne|'ne) (nummer|grosse|konfektionsgrosse) (kleiner|grosser)\b`,
        String.raw`\bschicke (ihn|sie|es) zuruck\b|\bretour (zu )?(schicken|senden|geben|bringen)\b|\bretourschicken\b`,
        String.raw`\b(gegen|in) (eine|einen|ein|die|den|das|grosse|nummer|\d+)\b[^.!?]{0,25}\b(tauschen|umtauschen|eintauschen)\b`,
        String.raw`\btausche?n\b[^.!?]{0,10}\b(gegen|in) (eine|einen|ein|die|den|das)\b|\b(kann|konnte|darf|durfte|konnen|durfen) (ich|wir) (das |den |die |sie |ihn |es |ihn |den \w+ |die \w+ |das \w+ )?(noch )?(um)?tauschen\b`,
      ],
      fr: [
        // Not money given back: "me rendre la différence", "rendre les 4,99 €".
        String.raw`\b(retourner|renvoyer|echanger|rendre) (le|la|l'|les|cet|ce|cette|mon|ma|mes)\b(?! ?(argent|difference|somme|montant|frais|prix|trop[- ]percu|surplus|\d+([.,]\d+)? ?(€|euros?|\$)))`,
        String.raw`\b(faire|effectuer) (un|le) (retour|echange)\b`,
        // Not a label already paid or used: "j'ai dû payer moi-même l'étiquette de retour", "l'étiquette … m'a coûté 7 €".
        String.raw`\b(etiquette|bon) de retour\b(?<!\b(paye\w*|achete\w*|acheter|imprime\w*|regle\w*)\b[^.!?]{0,45})(?![^.!?]{0,40}\b(que (j'ai|j'|nous avons) ?(achete|paye|imprime|utilise)\w*|m'a coute|a coute|coutait|moi-meme|(a ete|est) (scanne|deposee?|utilisee?)\w*)\b)|\bcomment (on fait|faire|proceder|je fais|dois-je faire|puis-je faire|faut-il faire)? ?(pour )?(un|le|mon) (retour|echange)\b`,
        // "avoir la taille au-dessus en échange", "la pointure en dessous à la place".
        String.raw`\b(taille|pointure|couleur|modele) (au-dessus|au dessus|en dessous|au-dessous|superieure|inferieure|plus grande|plus petite)\b[^.!?]{0,25}\b(en echange|a la place|contre)\b|\ben echange\b[^.!?]{0,25}\b(taille|pointure) (au-dessus|au dessus|en dessous|superieure|inferieure)\b|\b(avoir|recevoir|prendre) (un|une|le|la|du) (\d{1,3}( ans| mois)?|xs|s|m|l|xl|xxl|taille \w+|pointure \w+)\b[^.!?]{0,10}\b(a la place|en echange)\b`,
        String.raw`\bpossible de (le|la|les) (retourner|renvoyer|echanger)\b`,
        // Object pronoun first: "comment puis-je procéder pour le retourner ?", "afin de vous les renvoyer".
        String.raw`\b(pour|afin de|de|comment) (vous )?(le|la|les|l') ?(vous )?(retourner|renvoyer|echanger|reexpedier)\b(?! ?\? ?(non|jamais|certainement pas|hors de question)\b)|\b(on|je|nous) (peut|peux|pourrait|pourrais|pouvons|pourrions) (vous )?(le |la |les |l'|en )(echanger|retourner|renvoyer|rendre)\b(?! ?(l'argent|la difference|\d))`,
        String.raw`\b(souhaite|souhaiterais|voudrais|veux|aimerais|dois|peux|puis-je|pourrais|pourrai|pouvoir) (vous )?(le |la |les |l')(retourner|renvoyer|echanger|rendre)\b`,
        // Informal: "tu peux me reprendre le sweat ?", "vous pouvez le reprendre ?".
        String.raw`\b(peux|pouvez|pourriez|pourrais|voulez|accepte[zs]?|acceptez-vous) (me |nous )?(le |la |les |l')?reprendre\b|\b(pouvez|pourriez|voulez)(-vous| vous)? (venir |passer )?(le |la |les |l')recuperer\b`,
      ],
      it: [
        // Not money given back: "potete restituire i soldi?", "rendere la differenza".
        String.raw`\b(restituire|restituirl[aoei]|rendere|rendere il|cambiarl[aoei]|sostituirl[aoei]|rimandarl[aoei]|renderl[aoei])\b(?!( (mi|ci))? (i soldi|il denaro|l'importo|la differenza|la somma|il costo|le spese|quanto|quei soldi|questi soldi|i \d|gli \d|\d))`,
        String.raw`\b(effettuare|fare|richiedere) (il|un) (reso|cambio)\b`,
        String.raw`\b(posso|vorrei|voglio|possibile) (cambiare|sostituire|restituire)\b`,
        // Swapped for another size: "si possono cambiare con il 40?", "potrei sostituirla con una M?".
        String.raw`\b(si (possono|puo)|posso|potrei|potete|vorrei|voglio|e possibile) (cambiar\w*|sostituir\w*) (con|in|per) (il|la|lo|un|una|uno|taglia|numero|misura|colore|\d+)\b`,
        String.raw`\b(si (possono|puo)|posso|potrei|potete|possiamo) (cambiar\w*|sostituir\w*) ?\?(?<!\b(batteri\w*|pile|pila|lampadin\w*|cinturin\w*|cinghi\w*|lame|lama|filtr\w*|testin\w*|punte|ricambi\w*|spazzol\w*|cuscinetti|ruote|gomme|corde|cover|lacci)\b[^.!?]{0,50})|\b(rimandarne|rispedirne|restituirne|rimandarvene|rispedirvene|restituirvene|ridarvene) (un|una|uno|due|tre|\d|qualcun\w*)\b`,
        String.raw`\bcambio (taglia|misura|colore)\b(?![^.!?]{0,20}\b(andato a buon fine|riuscito|completato|arrivat\w*|ricevut\w*|effettuat\w*))`,
        String.raw`\b(come (faccio|posso fare|si fa|procedo)|vorrei fare) (per )?(il|un|lo) (reso|cambio)\b`,
        // "ve la rispedisco subito", "potrei averla in una taglia più piccola?".
        String.raw`\b(ve|te|glie)(l[aoei]|ne) (rispedisco|rimando|restituisco|rendo|mando indietro|spedisco indietro)\b|\b(lo|la|li|le|ne) (vorrei|voglio|posso|potrei|devo|dovrei) (rimandare|rispedire|restituire|rendere|mandare indietro)\b|\b(averl[aoei]|averne) in (una|un) (taglia|misura|numero|colore) (piu|divers|altr)`,
        // Sending it back: "posso rimandarvene uno indietro?", "vorrei rispedirlo", "restituirvelo".
        String.raw`\b(rimandar|rispedir|rinviar|restituir|ridar|mandar)(e|l[aoei]|ve\w*|gliel\w*|vel[aoei]|ne)\b[^.!?]{0,12}\bindietro\b|\b(rispedirl[aoei]|rispedirve\w*|rispedire (il|la|i|le|l'|lo|gli|uno|una|tutto)|restituirve\w*|restituirgliel\w*|rimandarve\w*|rimandargliel\w*|rinviarve\w*)\b`,
      ],
      es: [
        // "Cambiar" may change a review left by mistake ("dejé una valoración de una estrella … ¿cómo la puedo cambiar?"):
        // not an exchange when a review word comes earlier in the same question.
        String.raw`\b(quiero|quisiera|queria|queremos|me gustaria|puedo|como puedo|necesito|ocupo|ocupamos|deseo) (devolver|hacer (una|la) devolucion|regresar)\b|\b(quiero|quisiera|queria|queremos|me gustaria|puedo|como puedo|necesito|ocupo|ocupamos|deseo) cambiar\b${NOT_A_REVIEW}`,
        String.raw`\bcambiar (la|el|de) (talla|color|numero|modelo|tamano|medida|producto|articulo)\b|\b(se puede|puedo|podria|se podria|pueden|podrian|podemos|podeis) cambiar\b[^.!?]{0,30}\bpor (otr[oa]s?|(un|una|el|la) (talla|color|numero|tamano|modelo|medida))\b(?<!\b(correa|pila|pilas|bateria|filtro|cuchilla|cabezal|repuesto|punta|boquilla|funda)\b[^.!?]{0,40})${NOT_A_REVIEW}`,
        String.raw`\b(devolverlo|devolverla|devolverlos|devolverlas)\b|\b(cambiarlo|cambiarla)\b${NOT_A_REVIEW}`,
        String.raw`\b(hacer|tramitar|solicitar) (una|la) (devolucion|cambio)\b`,
        String.raw`\betiqueta de devolucion\b(?<!\b(pague|pagado|pagar|pagamos|compre|comprado|compramos)\b[^.!?]{0,40})(?![^.!?]{0,30}\b(que (pague|compre|he pagado|hemos pagado)|me costo|costo)\b)`,
        // "¿se los regreso y me mandan el azul?".
        String.raw`\b(hacer|hacerle|hacerles) (el |un )?cambio\b[^.!?]{0,30}\b(por|a) (un|una|otr[oa]|la|el|talla|color|numero)\b|\b(le|les) (puedo|podria|podemos) hacer (el |un )?cambio\b`,
        String.raw`\b(se|te|os|les) (lo|la|los|las) (regreso|devuelvo|mando de vuelta|envio de vuelta|regresamos|devolvemos)\b`,
        // Sending it back told with "de vuelta": "¿puedo mandaros de vuelta las zapatillas?", "enviarlas de vuelta".
        String.raw`\b(mandar|enviar|regresar)(os|les|te|selo|sela|selos|selas)?(lo|la|los|las)? de (vuelta|regreso)\b|\b(lo|la|los|las) (puedo|podria|quiero|quisiera|podemos) (mandar|enviar) de vuelta\b`,
        // Passive "¿podría devolverse aunque …?"; not a pre-sale "¿puede devolverse si no me queda?".
        String.raw`\b(puede|podria|se puede|pueden|podrian|es posible que) (devolverse|regresarse|cambiarse)\b${NOT_A_REVIEW}(?![^.!?]{0,30}\bsi\b)`,
        String.raw`\b(cambiar|cambiarlo|cambiarla|cambiarlos|cambiarlas) (por|a) (un|una|otr[oa]s?|la|el|talla|color|numero)\b`,
        String.raw`\bcambio de (talla|color|numero|modelo|tamano)\b|\b(me|nos) (lo|la|los|las) (cambian|cambias|cambiais|pueden cambiar|podrian cambiar|cambiarian|podeis cambiar)\b`,
        // "¿Cómo lo devuelvo?"; "cambio" alone may change a review or a setting, so it needs what it is swapped for.
        String.raw`\b(como|donde|puedo|se puede|podria) (lo |la |los |las )?(devuelvo|devolver|regreso|regresar)\b|\b(como|donde|puedo|se puede|podria) (lo |la |los |las )?cambio (por|a) (otr[oa]|un|una|la|el|talla|color|numero)\b`,
        String.raw`\b(regresarlo|regresarla|regresarlos|regresarlas|(quiero|quisiera|necesito|puedo) regresar (el|la|los|las|este|esta))\b`,
      ],
      nl: [
        String.raw`\b(omwisselen|retourneren|terugsturen|terugzenden|ruilen|retour sturen|omruilen|inruilen|retour (doen|zenden|aanmelden|aanvragen))\b(?! (zou )?(gratis|kosteloos|kostenloos|zonder kosten)\b)(?<!\b(gratis|kosteloos|kostenloos) (te )?\w+)(?! (doe|ga|wil|zal|kan) ik (het |hem |ze |dat )?(\w+ )?(niet|nooit)\b)`,
        // Split verbs: "terug willen sturen", "terug te sturen", "stuur ik hem terug".
        String.raw`\bterug (te |willen |kunnen |mogen |moeten )?(sturen|zenden|brengen)\b`,
        String.raw`\b(kan|mag|moet|wil|zou) ik (hem|het|ze|deze|dit|de \w+|het \w+) (terug|retour)\b`,
      ],
      // Not money given back: "zwrócić mi różnicę", "oddać pieniądze".
      pl: [String.raw`\b(zwrocic|odeslac|oddac|wymienic|wymiana|wymiane|zwrot towaru|zwrotu towaru|zwrot (produktu|zamowienia|kurtki|butow)|dokonac zwrotu|zrobic zwrot)\b(?!( mi| nam)? (pieniadze|roznic\w*|koszt\w*|kase|srodki|oplat\w*|naleznosc\w*|\d))`],
      sv: [String.raw`\bskickar (jag|vi) (tillbaka|retur)\b|\bskickar (jag|vi) (den|dem|det|denna|dessa|tillbaka)( \w+)? tillbaka\b|\b(returnera|skicka tillbaka|lamna tillbaka|lamna igen|ge tillbaka(?! (pengarna|mellanskillnaden|skillnaden|beloppet|summan|\d))|byta ut|byta (den|dem|det|till|mot))\b`, String.raw`\bbyta\b[^.!?]{0,25}\b(mot|till) (en|ett|storlek|annan|annat)\b`],
      pt: [
        // Not money given back ("devolver a diferença", "o dinheiro"), nor a return already received or approved.
        String.raw`\b(devolver|trocar|devolucao|troca) (o|a|os|as|este|esta|do|da)\b(?! ?(diferenca|dinheiro|valor|quantia|frete|taxa|\d|r\$))(?![^.!?]{0,30}\b(foi|foram) (recebid|aceit|aprovad|conclu|entregue|finalizad)\w*)`,
        String.raw`\btrocar (por|para|pel[oa]) (outro|outra|um|uma|o|a|numero|tamanho|cor|modelo)\b`,
        // Proclitic pronouns (Portugal): "gostaria de as trocar", "posso o devolver?".
        String.raw`\b(de|posso|quero|queria|gostaria de|pode|podem|podiam|como) (as|os|a|o) (trocar|devolver|enviar de volta|mandar de volta)\b`,
        // Enclitic pronouns: "devolvê-lo", "trocá-la", "enviá-los de volta".
        String.raw`\b(devolve|troca)-?(lo|la|los|las)\b|\b(envia|manda|mandar|enviar)-?(lo|la|los|las)? de volta\b`,
        String.raw`\b(fazer|solicitar|pedir|abrir|iniciar) (a|uma) (devolucao|troca)\b`,
        String.raw`\b(quero|queria|gostaria de|preciso|posso|como (faco para|posso)?) (devolver|trocar|fazer a (devolucao|troca))\b`,
      ],
      tr: [
        // "iade" of money is a refund: "farkı iade edebilir misiniz", "kargo ücretini iade etmek".
        String.raw`\b(iade etmek|iade etmek istiyorum|degisim|degistirmek)\b(?<!\b(fark|para|ucret|tutar|bedel|odeme|masraf)\w* \w+ \w+)`,
        // "iade nasıl yapılıyor?", "iade edebilir miyim", "bedenle değiştirebilir miyim".
        String.raw`\bgeri (gondermek|gonderebilir\w*|gondermem|gondereyim|vermek|verebilir\w*)\b`,
        String.raw`\biade\b(?<!\b(fark|para|ucret|tutar|bedel|odeme|masraf)\w* iade)[^.!?]{0,15}\b(nasil|edebilir\w*|edecegim|edeyim|istiyorum|yapmak|yapabilir\w*|talebi|surec\w*|kodu|etiketi)(?!\w* (ise yaradi|calisti|sorunsuz|onaylandi|olusturdum|olusturuldu|actim|verdim|kabul edildi|tamamlandi|gonderdim|yaptim))`,
        String.raw`\b(beden|renk|numara|urun|boyut|model)\w*\b[^.!?]{0,25}\bdegis(tir\w*|im)\b|\bdegistir(ebilir|ebil|ir)\w* (mi|miyim|miyiz|misiniz|misin)\b`,
      ],
    },
  },
  {
    // Clear but weaker: the same words can ask about purchase terms before buying ("Before I buy: can I send them back
    // if they don't fit?"), where product_question's "before I buy" (strength 3) must win.
    id: 'return.send-back',
    key: 'return_request',
    strength: 2,
    label: 'asks to send it back',
    phrases: {
      en: [
        String.raw`\b(can|could|may|should|shall|do|would) (i|we) (just |please |still |maybe )?(send|ship|post|mail) (it|them|this|these|those|one|both|one of (them|these)|(the|my|these|those|this|that) (\w+ ){0,2}\w+) back\b`,
        String.raw`\b(way|how) (i|we) (can|could|should) (send|ship|post|mail) (it|them|this|these|one|both|the \w+) back\b`,
        String.raw`\bpossible to (return|exchange|swap|send (it|them|this|these|one) back)\b`,
        // "What's the process for sending it back?", "the steps to return this one".
        String.raw`\b(process|procedure|steps|way) (for|of|to) (send(ing)?|ship(ping)?|post(ing)?|mail(ing)?) (it|them|this|these|the \w+|this \w+|one|both) back\b|\b(process|procedure|steps) (for|of|to) (return(ing)?|exchang(e|ing)) (it|them|this|these|the \w+|this \w+|my \w+)\b`,
        // "What's the best way to get it back to you?", "how do I get them back to you".
        String.raw`\b(way|how) (to|do i|can i|should i|do we|can we) (get|send|ship|post|mail|bring) (it|them|this|these|the \w+) back( to you)?\b`,
        // Asked indirectly: "I was wondering whether I could still send them back".
        String.raw`\b(if|whether) (i|we) (can|could|may|might) (still |just |maybe )?(return|exchange|swap|send (it|them|this|these|one|both|the \w+) back)\b`,
        String.raw`\b(ok|okay|alright|fine|possible) (if|that) (i|we) (return|send (it|them|this|one) back|exchange|swap)\b`,
        // "Are you happy for me to send it back for a refund?"
        String.raw`\b(happy|ok|okay|alright|fine) (for|with) (me|us) (to )?((send|sending|ship|shipping|post|posting|mail|mailing) (it|them|this|these|the \w+) back|return|returning)\b|\b(send|ship|post|mail) (it|them|this|these) back (for a (refund|replacement|exchange))\b`,
        String.raw`\b(can|could|may) (this|it|these|they|the \w+|one) be (exchanged|returned|swapped|sent back)\b`,
        // Another size or colour for the one received: "can i get a small instead?", "could I have them in black instead".
        String.raw`\b(can|could|may) (i|we) (please |maybe |just )?(get|have|swap (it |them )?(for|to)|switch (it |them )?to) (a|an|the|one|size|it in|them in|this in|these in)\b(?![^.!?]{0,30}\b(refund|money|credit|voucher|discount|gift ?card|partial|invoice|receipt)\b)[^.!?]{0,30}\binstead\b`,
        String.raw`\b(return (window|period) (is )?(still )?(open|closed|over|expired|ended)|still (returnable|within (the )?return (window|period)))\b`,
      ],
    },
  },
  {
    id: 'return.no-longer-wanted',
    key: 'return_request',
    strength: 1,
    label: 'no longer wanted',
    phrases: {
      en: [String.raw`\b(changed my mind|no longer need|don'?t need it|too (big|small|large|tight)|doesn'?t fit|does not fit|ordered (by mistake|the wrong)|not what i (expected|was expecting|imagined)|didn'?t meet my expectations|(hates?|doesn'?t like|didn'?t like|does not like|not keen on|not a fan of) (the )?(colou?r|style|pattern|design|look|fit|feel|shape))\b(?![^.!?]{0,50}\b(keep|keeping)\b)`],
      // 「思ったより大きくてかわいい」 is a pleased surprise.
      ja: [String.raw`(不要になった|いらなくなった|サイズが合わな|大きすぎ|小さすぎ|(思ってたより|思ったより)(?![^。！!]{0,10}(かわいい|可愛い|カワイイ|良い|よい|いい|しっかり|丈夫|きれい|綺麗|素敵|すてき|早|軽くて|使いやすい|便利|おしゃれ|立派|高級|満足))|イメージと違|未開封|未使用)`],
      de: [String.raw`\b(zu (gross|groß|klein|eng|kurz|weit(?! (weg|entfernt)))|passt nicht|passen nicht|gefallt mir nicht|entspricht nicht meinen erwartungen|nicht (das|was) ich erwartet)\b`],
      fr: [String.raw`\b((pas|plus) a (mon|son|notre|leur|ton) gout|trop (grand|petit|serre|juste|imposant|encombrant|large|volumineux|lourd)|ne me plait pas|ne me va pas|ne correspond pas a mes attentes|pas ce que j'attendais|decu|decue)\b`],
      it: [String.raw`\b(troppo (grande|piccol|strett)|non mi (entra|entrano|sta|stanno)\b|non mi piace|mi sta strett|non corrisponde alle mie aspettative|non e quello che mi aspettavo)`],
      es: [String.raw`\b(demasiado (grande|pequen)|no me queda|no me gusta|me queda (grande|chic|pequen)|no (cumple|cumplio) (con )?mis expectativas|no es lo que esperaba)`],
    },
  },
];
