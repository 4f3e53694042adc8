/** An invoice, receipt, VAT/tax invoice or a company name on the receipt (invoice_request). */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

/**
 * The paper already in hand is not asked for ("Factura recibida, gracias", 「適格請求書、受け取りました」, "Danke für den
 * Beleg"), unless the same sentence goes on with a "but" or a question that is not about the parcel ("I got the invoice
 * but our VAT number is missing, can you reissue it?"). "The invoice came but the parcel didn't" stays blocked: a
 * delivery question, for delivery.ts.
 */
const stillHeld = (but: string, parcel: string): string => String.raw`(?!${goesOn(but, parcel)})`;
/** The sentence goes on with a "but" or a question, and not about the parcel. */
const goesOn = (but: string, parcel: string): string =>
  String.raw`(?![^.!?]{0,80}\b(${parcel}))[^.!]{0,80}?(\b(${but})\b|\?)`;
/**
 * Not preceded by `before` (an "I received the", "thanks for the") that still holds at the match. Written as "not
 * preceded by `before`, or the sentence goes on" rather than one look-behind holding both: this guard is tried at
 * every word start of the text (the phrases put a \b before it, so not at every position), and the look-behind alone
 * fails at once where no `before` ends, while the sentence's 80-character look-ahead is then only read where one does.
 */
const heldBefore = (before: string, but: string, parcel: string): string =>
  String.raw`(?:(?<!(${before}))|(?=${goesOn(but, parcel)}))`;
/** Not followed by `after` (a "received", "bien reçue", "erhalten") that still holds where it ends. */
const heldAfter = (after: string, but: string, parcel: string): string => String.raw`(?!(${after})${stillHeld(but, parcel)})`;
/**
 * The paper named in a remark that asks for nothing ("the invoice still has my maiden name, doesn't matter, no need to
 * change it", 「領収書の宛名が旧姓ですが、そのままで大丈夫です」): other, not invoice_request, unless a question follows
 * ("… doesn't matter, but can you …?"). The remark often comes in the next sentence, so this reads 120 characters
 * ahead across sentence ends; it runs only where an invoice word matched.
 */
const remarkOnly = (noFix: string): string => String.raw`(?![\s\S]{0,120}?(${noFix})(?![^?？]*[?？]))`;
const EN_REMARK = remarkOnly(String.raw`\b((doesn'?t|does not|won'?t) (really |at all )?(matter|need (fixing|changing|correcting|amending|to be (changed|fixed|corrected|amended)))|no need to (change|fix|correct|amend|update|reissue|re-issue|redo|resend)|no dramas|leave it as (it is|is)|not (a|an) (big )?(issue|problem|deal))\b`);
const DE_REMARK = remarkOnly(String.raw`\b(egal|macht nichts|nicht (schlimm|wichtig|notig)|muss nicht (geandert|korrigiert|angepasst|neu)|braucht (nicht|keine)|kein problem|passt schon|passt so)\b`);
const FR_REMARK = remarkOnly(String.raw`\b(pas grave|aucune importance|peu importe|pas (besoin|la peine) de (la |le )?(modifier|changer|corriger|refaire|rectifier)|inutile de (la |le )?(modifier|changer|corriger|refaire|rectifier)|ca ne (me )?derange pas)\b`);
const IT_REMARK = remarkOnly(String.raw`\b(non importa|non fa niente|nessun problema|va (benissimo|bene|benone) cosi|non (serve|c'e bisogno di) (correggerla|rifarla|cambiarla|modificarla))\b`);
const ES_REMARK = remarkOnly(String.raw`\b(da igual|no importa|no pasa nada|no (hace falta|es necesario) (cambiarla|corregirla|rehacerla|modificarla))\b`);
const JA_REMARK = String.raw`(?![\s\S]{0,60}?((その|この)まま(で)?(大丈夫|結構|構いません|問題(ありません|ない)|いいです|良いです)|(修正|訂正|変更|再発行)(は|も)?(不要|いりません|しなくて|結構|大丈夫|必要ありません))(?![\s\S]*(ますか|でしょうか|ください|下さい|お願い(?<!(よろしく|宜しく)お願い)|[?？])))`;

/**
 * A service offered TO the seller about invoices or VAT ("we help Amazon sellers issue compliant VAT invoices",
 * 「出品者様向けに適格請求書の発行を自動化」): a pitch for spam.ts, not a buyer asking for one.
 */
const pitchBefore = (offer: string, sellers: string): string =>
  String.raw`(?<!\b(${offer})\b[^.!?]{0,25}\b(${sellers})\b[^.!?]{0,60})`;

const EN_BUT = String.raw`but|however|though|yet|except`;
const EN_PARCEL = String.raw`package|parcel|order|item|items|box|delivery|goods|product|shipment`;
const EN_HELD = heldBefore(
  String.raw`\b((?<!\b(never|not|didn'?t|haven'?t|havent|hasn'?t|still|yet to|n'?t) )(got|received|recieved|downloaded|printed|found|located) (the|your|that|this|my)|(thanks|thank you|thx|ty|cheers)( so much| very much| a lot| again)? for( sending| uploading| emailing| issuing| providing| sharing| fixing| correcting)?( me| us| over)?( the| your| that| this| my)?)( (quick|fast|prompt|new|corrected|updated|vat|tax|gst|pdf))* `,
  EN_BUT, EN_PARCEL,
) + pitchBefore(String.raw`we|our (team|service|software|tool|platform|app)`, String.raw`sellers|merchants|brands|stores|shops|businesses`)
  + String.raw`(?<!\b(automate|automating|streamline|streamlining|simplify|outsource)\b[^.!?]{0,25})`
  // A reply subject that only names the topic ("Re: VAT invoice") over a body that asks nothing: the body decides.
  + String.raw`(?:(?<!\b(re|fw|fwd|aw): (the |my |your |vat |tax )?)|(?=[\s\S]{0,300}?(\?|\b(please|pls|could you|can you|kindly|would you)\b)))`;
const EN_HELD_AFTER = heldAfter(String.raw`,? (is |was |has been |have been )?(safely |already |just )?(received|arrived|came through|is here|downloaded|all (good|sorted)|looks (good|fine|great)|(is|was) perfect|found|in (my|the) (spam|junk|inbox|account|orders?|order history|downloads|email))\b`, EN_BUT, EN_PARCEL);

const DE_BUT = String.raw`aber|jedoch|leider|nur|allerdings`;
const DE_PARCEL = String.raw`paket|sendung|ware|bestellung|lieferung|artikel|karton`;
const DE_HELD = heldBefore(String.raw`\b(danke|dank|dankeschon)( nochmal| auch| sehr)? (fur|fuer) (die|den|das|ihre|ihren|eure|euren)( (schnelle|rasche|prompte|zugesandte|zugeschickte|neue|korrigierte))? `, DE_BUT, DE_PARCEL)
  + pitchBefore(String.raw`wir|unser (team|service|tool)`, String.raw`handler|verkaufer|onlinehandler|shops|seller`);
const DE_HELD_AFTER = heldAfter(String.raw`,? ((ist|sind|habe ich|hab ich|haben wir|wurde) )?(jetzt |nun |gerade |heute |gut |schon |auch |problemlos |bereits )*(angekommen|eingegangen|eingetroffen|erhalten|bekommen)\b|,? (ist|sind) (jetzt |nun |schon |bereits )?da\b|(?:(?!\b(nicht|nie|kein\w*)\b)[^.!?]){0,40}\b(gefunden|entdeckt)\b`, DE_BUT, DE_PARCEL);

const FR_BUT = String.raw`mais|cependant|pourtant|sauf|toutefois`;
const FR_PARCEL = String.raw`colis|commande|article|paquet|produit|livraison|carton`;
const FR_HELD = heldBefore(String.raw`\b((j'ai|nous avons|on a|ai|avons)( bien| deja| enfin)? (recu|telecharge|obtenu|trouve|retrouve)|merci( beaucoup| bien)? (pour|de))( (la|le|votre|vos|les|ma))?( (nouvelle|bonne|rapide))? `, FR_BUT, FR_PARCEL)
  + pitchBefore(String.raw`nous|notre (equipe|service|logiciel|outil|plateforme)`, String.raw`vendeurs|marchands|boutiques|commercants|e-commercants`);
const FR_HELD_AFTER = heldAfter(String.raw`,? (bien |deja |enfin )?(recue?s?|arrivee?s?|(re)?trouvee?s?)\b`, FR_BUT, FR_PARCEL);

const IT_BUT = String.raw`ma|pero|tuttavia|solo che`;
const IT_PARCEL = String.raw`pacco|ordine|articolo|spedizione|prodotto|merce|scatola`;
const IT_HELD = heldBefore(String.raw`\b(?<!\bnon )((ho|abbiamo)( gia)? (ricevuto|scaricato|trovato|ritrovato)|(mi|ci) e( gia)? (arrivata|arrivato|arrivate)|grazie( mille| tante)? (per|della|delle|del))( (la|le|il|vostra))?( (vostra|nuova))? `, IT_BUT, IT_PARCEL)
  + pitchBefore(String.raw`offriamo|aiutiamo|gestiamo|automatizziamo|emettiamo`, String.raw`venditori|negozi|rivenditori|seller|aziende`);
const IT_HELD_AFTER = heldAfter(String.raw`,? ((mi|ci) e |e )?(gia |appena )?(arrivata|arrivate|ricevuta|ricevute|pervenuta|trovata|ritrovata)\b`, IT_BUT, IT_PARCEL);

const ES_BUT = String.raw`pero|sin embargo|aunque|solo que`;
const ES_PARCEL = String.raw`paquete|pedido|articulo|envio|producto|caja`;
const ES_HELD = heldBefore(String.raw`\b(?<!\bno )((me|nos) (ha |han )?(llegado|llego|llegaron)|(he|hemos)( ya)? (recibido|descargado|encontrado)|(ya )?(encontre|encontramos)|gracias( por| de))( (la|el|las|los|su))? `, ES_BUT, ES_PARCEL)
  + pitchBefore(String.raw`ofrecemos|ayudamos|gestionamos|automatizamos|nuestro (servicio|software|programa|equipo)`, String.raw`vendedores|tiendas|comercios|negocios|sellers`);
const ES_HELD_AFTER = heldAfter(String.raw`,? (ya )?(recibida|recibidas|encontrada|(me|nos) (ha |han )?(llegado|llego))\b`, ES_BUT, ES_PARCEL);

const NL_BUT = String.raw`maar|echter|alleen`;
const NL_PARCEL = String.raw`pakket|bestelling|artikel|pakje|doos`;
const NL_HELD = heldBefore(String.raw`\b(bedankt|dank( u| je)?( wel)?) voor (de|uw|je|het)( (snelle|nieuwe))? `, NL_BUT, NL_PARCEL);
const NL_HELD_AFTER = heldAfter(String.raw`,? (is |werd )?(goed |netjes |in goede orde |inmiddels |al |toch |zelf )*(ontvangen|binnen|aangekomen|gekregen|gevonden)\b`, NL_BUT, NL_PARCEL);

const PL_BUT = String.raw`ale|jednak|tylko`;
const PL_PARCEL = String.raw`paczk\w*|zamowien\w*|towar\w*|przesyl\w*`;
const PL_HELD = heldBefore(String.raw`\b(dziekuje|dzieki|dziekujemy) za |\b(?<!\bnie )(otrzymalem|otrzymalam|dostalem|dostalam|odebralem|odebralam|znalazlem|znalazlam)( juz)? `, PL_BUT, PL_PARCEL);
const PL_HELD_AFTER = heldAfter(String.raw`,? (zostala |juz )?(otrzymana|otrzymalem|otrzymalam|dotarla|doszla|odebrana|dostalem|dostalam|znalazlem|znalazlam|znaleziona)\b`, PL_BUT, PL_PARCEL);

const SV_BUT = String.raw`men|dock|fast`;
const SV_PARCEL = String.raw`paket\w*|bestallning\w*|varan|leverans\w*`;
const SV_HELD = heldBefore(String.raw`\btack( sa mycket)? for (det |den )?(snabba )?|\b(hittade|har hittat|hittat)( nu| redan)? `, SV_BUT, SV_PARCEL);
const SV_HELD_AFTER = heldAfter(String.raw`,? (har )?(mottagen|mottaget|kommit|fatt|hittad|hittat)\b`, SV_BUT, SV_PARCEL);

const PT_BUT = String.raw`mas|porem|so que|entretanto`;
const PT_PARCEL = String.raw`pacote|pedido|encomenda|produto|caixa`;
const PT_HELD = heldBefore(String.raw`\b(?<!\b(nao|ainda nao) )((ja )?(recebi|recebemos|baixei|achei|encontrei)|chegou|obrigad[oa]s?( pela| pelo))( (a|o|sua|seu))? `, PT_BUT, PT_PARCEL);
const PT_HELD_AFTER = heldAfter(String.raw`,? (ja )?(recebida|chegou)\b`, PT_BUT, PT_PARCEL);

// 「領収書のPDF、先ほどダウンロードさせていただきました」「適格請求書、確かに受領いたしました」 (not 「受け取りましたが、宛名が…」);
// 「請求書はメールで届いたのですが、商品がまだ」 is about the parcel.
const JA_HELD_AFTER = String.raw`(?![、,]?[^。]{0,14}?((受け取り|受けとり|受領|拝受|頂戴|入手|確認|取得|ダウンロード|印刷|保存|表示)[^。、]{0,10}?ました|発行(でき|し)ました|届きました|ありがと|見つかりました)(?!が|けど|けれど)|[^。]{0,12}?(届いた|届きました|来た|来ました|きました)(のですが|んですが|んだけど|けど|が)[^。]{0,10}(商品|荷物|品物|本体|注文品|肝心))`;
// A topic named as a whole line (folding joins subject and body with a space), not asked for: a reply subject 「Re: 請求書の件」 over a thank-you (a request in the body
// still counts; 「請求書の件ですが、…記載していただけますか」 goes on to ask).
const JA_TOPIC_AFTER = String.raw`(?!(の|に関する|についての)?件(\s|$))`;
/**
 * The first characters of the Japanese invoice words below (folded: インボイス is いんぼいす): checked before the pitch
 * guard's look-behind, so the look-behind runs where a word can start, not at every character.
 */
const JA_WORD_START = String.raw`(?=[領れりせの請納い適但登宛明購注利])`;
const JA_PITCH_BEFORE = String.raw`(?<!(出品者|セラー|事業者|ショップ|店舗|販売者)(様|さま|の皆様|の皆さま)?向け[^。]{0,20})`;
const JA_PITCH_AFTER = String.raw`(?![^。]{0,6}(自動化|自動発行|自動で発行|代行))`;

const TR_BUT = String.raw`ama|fakat|ancak`;
const TR_PARCEL = String.raw`paket\w*|siparis\w*|urun\w*|kargo\w*`;
const TR_HELD_AFTER = heldAfter(String.raw` (aldim|aldik|ulasti|geldi|teslim aldim|icin tesekkur\w*)\b|( [^ .!?]+){0,2} (buldum|bulduk|indirdim|indirebildim)\b`, TR_BUT, TR_PARCEL);

export const invoiceRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'invoice.request',
    key: 'invoice_request',
    strength: 3,
    label: 'invoice or receipt',
    // A "PayPal invoice" is a way to pay outside Amazon (scam.ts flags it), not a request for a receipt.
    // "Don't put the invoice in the box" is a gift instruction (other.ts), not a request for one; "thanks for the
    // invoice", "got the receipt" confirm one arrived (thanks) — unless "never/haven't got the invoice".
    // A gift receipt proves a gift for a return, not a bill ("we don't have the gift receipt but …").
    // "Auf Rechnung liefern/kaufen" is a way to pay (purchase terms, product.ts).
    // "Legen Sie bitte keine Rechnung bei", "leave out the paperwork showing the price" leave it out of a gift (other.ts).
    // "make sure there's no receipt … in the box", "não colocar a nota fiscal", "låta bli att lägga kvittot": a gift.
    notAfter: String.raw`\b(ship|send|post|deliver|pack|mail|dispatch)( it| them| the (parcel|package|order|item|box|gift))?( out)? without (a |an |the |any )?(paper |printed )?|\b(envoyer|envoyez|expedier|expediez|livrer|livrez|emballer|emballez)\b[^.!?]{0,25}\bsans (la |le |de |aucune )?|\b(spedite|spedire|spedisci|inviate|inviare|mandate|mandare|imballate|impacchettate)\b[^.!?]{0,25}\bsenza (la |il |alcuna )?|\bque no (vaya|venga|vayan|vengan|lleve|incluya|incluyan|pongan|metan)( dentro)? (la |el |ninguna |ningun )?|\b(enviar|envien|envie|enviad|envialo|envienlo|enviadlo|enviarlo|mandar|manden|mandad|mandalo|mandenlo|mandadlo|mandarlo)\b[^.!?]{0,25}\bsin (la |el |ninguna |ningun )?|\b(graag|alstublieft|aub|verstuur|stuur|verzend|versturen|verzenden|sturen)\b[^.!?]{0,25}\bzonder (de |een )?|\b(enviem|envie|enviar|mandem|mande|mandar|despachem|despache|despachar)\b[^.!?]{0,25}\bsem (a |o |nenhuma |nenhum )?|\b(make sure|ensure|making sure|be sure)( that)? (there'?s|there is|there will be|there are) no (paper |printed |gift )?|\b(nao|sem) (colocar|coloque|coloquem|colocarem|incluir|inclua|incluam|mandar|mande|mandem|enviar|envie|enviem|por|ponha|ponham|botar|bote) (a |o |nenhuma |nenhum |qualquer )?|\b(lata bli att|inte) (lagga|bifoga|skicka) (med )?(nagot |nagon )?|\b(lagg|bifoga|skicka|packa|stoppa) (inte|inga?|aldrig)\b[^.!?]{0,30}|\bnie (dolaczac|dolaczajcie|wkladac|wkladajcie|dawac|dodawac|zalaczac|umieszczac|wysylac)\b[^.!?]{0,30}|\b(graag|gelieve|alstublieft|aub|liefst)( ook)? geen\b[^.!?]{0,25}|\bne pas (mettre|inclure|joindre|glisser|ajouter)\b[^.!?]{0,20}|\bgift |\b(legen|legt|leg|fugen|fugt|packen|packt|tun) (sie |du |ihr )?(bitte )?(keine|kein) |\bnon (inserire|inserite|mettere|mettete|includere|includete|allegare|allegate) (la |il |lo |alcuna |nessuna )?|\bne (mettez|mettre|incluez|inclure|joignez|joindre|glissez|glisser) (pas )?(la |le |de |aucune )?|\bno (incluyan|incluya|pongan|ponga|metan|meta|adjunten|adjunte|incluir|poner|meter|metais|pongais|incluyais|adjunteis|metas|pongas|incluyas)\b[^.!?]{0,20}|\b(paypal|venmo|zelle|payoneer|wise|stripe|crypto|bitcoin|usdt|western union|bank transfer|wire transfer)\s?|\b(don'?t|do not|never) (put|include|add|enclose|place) (a |an |the |any )?(paper |printed )?|\b(leave out|leave off|omit|take out|exclude|hide) (the |any |a |an )?|\b(thanks|thank you|danke|dank|merci|grazie|gracias|bedankt) (for|fur|pour|per|por|voor) (the|your|die|ihre|la|le|votre|il|la|el|su|de) (vat |tax |corrected |new )?|(?<!\b(never|not|didn'?t|haven'?t|havent|hasn'?t|still) )\b(got|received) (the|your) (vat |tax |corrected |new )?`,
    phrases: {
      en: [
        // Not the carrier's proof that a parcel was handed in ("I have the drop-off receipt"): that is about a return.
        // Not one whose absence is fine ("there was no receipt in the box, that's fine, but …").
        String.raw`\b${EN_HELD}(invoice|invoices|(?<!\b(drop[- ]?off|postage|post office|courier|shipping|return|collection|delivery|ups|fedex|dhl|usps|hermes|evri|royal mail|parcel) )(receipt|receipts)|vat invoice|tax invoice|gst invoice|gstin|vat (no|number|reg\w*)|proforma|bill for (my|the) (company|business))\b${EN_HELD_AFTER}(?![^.!?]{0,40}\b(wire transfer|bank transfer|western union|paypal|venmo|zelle|crypto|bitcoin)\b)(?![^.!?]{0,30}\b((that'?s|that is|which is|it'?s|it is) (fine|ok|okay|alright|not a problem|no problem)|no (problem|worries)|(doesn'?t|does not) matter))${EN_REMARK}(?![^.!?]{0,60}\bout of the (box|parcel|package)\b)`,
        // Indian and other English: "send the bill of this order", "need a bill for office claim" ("the bill was
        // charged twice" has no asking verb before it, and refund rules come first anyway).
        String.raw`\b(send|provide|issue|give|share|need|want|get|require|email|e-mail) (me |us )?(a |the |some |any )?(written |official )?proof of (purchase|payment)\b`,
        // "my employer needs proof I paid for it", "can you send me something official?"
        String.raw`\b(proof (that )?(i|we) (paid|bought|purchased|ordered)|(send|give|provide|issue)( me| us)? (something|a document|a paper|paperwork) (official|for (my|our) (employer|company|accountant|taxes|records|expenses)))\b`,
        // "can you issue one with our company name on it?": the paper told as "one" with the buyer's company on it.
        String.raw`\b((issue|make out|made out|address|addressed|write out|prepare)\b[^.!?]{0,30}\b(company|business|firm|employer|organi[sz]ation)('?s)? name|(our|my) (company|business|firm)('?s)? name on (it|them|one))\b`,
        String.raw`\b((send|provide|issue|give|share|need|want|get|require|generate) (me |us )?(the |a |an |my |this |proper |gst |tax |original )?bill|bill (of|for) (this|the|my) (order|purchase|item|product))\b`,
        // Told without the word: "something showing the VAT paid", "a document with the seller name, price and date"
        // (for an employer, a bookkeeper, an expense claim); a VAT number written out ("VAT GB 193 4478 21").
        String.raw`\b((document|paperwork|something|statement|printout)\b[^.!?]{0,40}\b(showing|with|that shows|stating|listing|including)\b[^.!?]{0,40}\b(price|amount|vat|gst|tax|(seller|store|shop|business|company)'?s? name|date of purchase|purchase date|paid|total)|vat (id|gb ?\d|ie ?\d|\d{3})|(showing|with|itemi[sz]ing|breaking down|itemi[sz]ed) (the )?(vat|gst|sales tax) (paid|amount|separately|breakdown)|(vat|gst|sales tax) ((shown|listed|stated|displayed) (separately|on it)|broken out|broken down|itemi[sz]ed|split out))\b`,
      ],
      // 「請求書払い」 is a way to pay (purchase terms, product.ts), not a request for the paper.
      // Not when the paper is to be left out (「納品書は入れないでください」: a gift instruction, other.ts).
      // 「お店の名前が入った書類がほしい」「支払いを証明できるもの」: the paper told without its name.
      ja: [String.raw`((会社|法人|屋号|事務所|弊社)(名)?(宛て?|あて)(の|に|で)|領収(?!書|証)(を|の|で)?(出|発行|お願い|くだ|下さ|もらえ|いただ|頂|ほし|欲し)|(店名|お店の名前|ショップ名|販売(者|店)名|出品者名|販売元)[^。]{0,10}(入った|入り|入っ|記載|書かれ)[^。]{0,12}(書類|もの|用紙|紙|証明)|(購入|支払い?|お支払い)(証明|を証明でき)|(経費精算|経費処理|経理処理|確定申告|経費で落と|会計処理)[^。]{0,15}(書類|用紙|証明書|証憑)|(金額|日付|購入日|支払日|支払い日)[^。]{0,8}(分かる|わかる|記載された|記載の|書かれた|入った)(もの|書類|証明|pdf|紙))`, String.raw`${JA_WORD_START}${JA_PITCH_BEFORE}(領収書|領収証|れしーと|りょうしゅうしょ|りょうしゅうしょう|せいきゅうしょ|のうひんしょ|請求書(?!払|(で|での)(お)?支払)|納品書|インボイス|適格請求書|但し書き|登録番号|宛名(を|は|で|入り|付き|つき|の記載|記載|指定| ?:)|明細書|(購入|請求|注文|利用)明細)(?![^。]{0,12}(入れないで|入れなくて|同梱しないで|同梱しなくて|同封しないで|同封しなくて|封入しないで|入れずに|抜いて|抜きで|外して|なしで|不要|いらない|いりません|要りません))${JA_HELD_AFTER}${JA_PITCH_AFTER}${JA_TOPIC_AFTER}${JA_REMARK}`],
      zh: [String.raw`(发票|收据)`],
      // Compounds too: Kaufbeleg, Zahlungsbeleg, Sammelrechnung ("Rechnungsadresse" goes on, so it is not one).
      // Not a tax word in a service pitch to the seller ("unterstützen wir Amazon-Händler bei … der Umsatzsteuer": spam.ts).
      de: [String.raw`${DE_HELD}(?<!\b((unterstutzen|beraten|helfen|bieten|ubernehmen) wir|wir (unterstutzen|beraten|helfen|bieten|ubernehmen))\b[^.!?]{0,80})\b(rechnungen|mwst|mehrwertsteuer|ust-?id(nr)?|umsatzsteuer|kassenbon|kassenzettel|kaufnachweis|zahlungsnachweis|kaufbestatigung|nachweis (uber|fur) (den|meinen|die|meine) (kauf|einkauf|bestellung|zahlung))\b|${DE_HELD}(?<!\b(keine|kein|ohne|auf|per|gegen) |einlieferungs|geschenk|versand|ruckgabe|rucksende|abgabe|paket|post|zustell)(rechnung|quittung|beleg)\b${DE_HELD_AFTER}${DE_REMARK}|(?<=\b(keine|kein|ohne) )(rechnung|quittung|beleg)\b(?![^.!?]{0,50}\b(ins|in das|in den|im|in der|beilegen|beifugen|beizulegen|mitschicken|dazulegen|reinlegen|legen|verschicken|versenden|schicken|senden|zusenden|einpacken|verpacken)\b)`],
      // Folded, "facturé" (charged) reads as "facture": not after an auxiliary or the amount it qualifies ("on m'a facturé
      // 12 €", "le montant facturé", "j'ai été facturée deux fois" is a charge, refund.ts). "Me facturer au nom de ma
      // société" asks for one.
      fr: [String.raw`\b${FR_HELD}((?<!\b(a|ai|as|avons|avez|ont|ete|etre|suis|es|est|sont|etait|etaient|avait|avaient|aurait|montant|montants|somme|sommes|prix|frais|tarif|deja|bien|mal|trop|pas|jamais) )(facture|factures)${FR_HELD_AFTER}${FR_REMARK}(?! (deux|2|trois|3|en double|a tort|par erreur|\d))|facturer\b[^.!?]{0,40}\b(au nom d|a l'ordre d|(ma|mon|notre) (societe|entreprise|association|cabinet|boutique)|tva|siret)|(un|le) recu(?! (de depot|d'envoi|d'expedition|du (point|relais|transporteur|depot|retour)|de la poste))|recu fiscal|justificatif(s)?(?! (de (depot|retour|livraison|d'envoi|d'expedition|domicile|d'identite)|du (transporteur|relais|point)))|note de frais|(preuve|attestation) (d'achat|de paiement)|tva intracommunautaire|numero de tva|siret|numero d'entreprise|numero bce|(document|bon|ticket) de vente|fiduciaire|(document|papier|piece|attestation)\b[^.!?]{0,40}\b(montant|prix|total) (ht|hors taxes?)|(montant|prix|total) (ht|hors taxes?) et (la )?tva|(mettez|mettre|deposez|deposer|televersez|televerser|chargez|charger)[- ]la (en ligne|sur (amazon|mon compte|la page de (la )?commande)))\b`],
      // Not the courier's or the post office's slip ("ho la ricevuta del corriere"): proof a return was handed in.
      it: [String.raw`\b${IT_HELD}((fattura|fatture)${IT_HELD_AFTER}${IT_REMARK}|(?<!\b(fattura|documento|nota|mail|e-?mail|l'ho|stata|gia|appena) )ricevuta(?! (del|dal|dello|della|delle) (corriere|poste|posta|ufficio postale|punto|locker|reso|spedizione|deposito|raccomandata)|(di|della) (consegna|spedizione|deposito|reso|ritiro|raccomandata|ritorno))|scontrino(?! (regalo|di cortesia|cortesia))|prova (d'acquisto|di acquisto|di pagamento)|documento (d'acquisto|di acquisto)|p\.? ?iva|partita iva|codice (sdi|destinatario|fiscale)|pec)\b`],
      es: [String.raw`\b${ES_HELD}((factura|facturas)${ES_HELD_AFTER}${ES_REMARK}|recibo de compra|(un|el) recibo(?! (de (envio|entrega|la paqueteria|devolucion|correos)|del (envio|mensajero|transportista|punto)))|comprobante (de (compra|pago)|fiscal)|iva desglosado|desglose (del|de) iva|datos fiscales|razon social|justificante(?! de (envio|entrega|devolucion|deposito))|(prueba|justificante) de (compra|pago)|factur(en|e|ar|arme|arnos|ame|ela|enlo|arla|arlo|acion)|ticket de compra|nif|cif|rfc|cfdi)\b`],
      // "kunt u een bon sturen met de btw erop?" ("bon" alone is also a voucher: only sent, needed or with the VAT).
      nl: [String.raw`\b${NL_HELD}((factuur|facturen)${NL_HELD_AFTER}|btw-?nummer|bonnetje|kwitantie|aankoopbewijs|betaalbewijs|kvk-?nummer|(een|de|mijn|die) bon (met|sturen|mailen|toesturen|nodig|voor (de|mijn|onze) (administratie|boekhouding|werkgever))|btw (erop|erbij|apart|gespecificeerd|vermeld))\b`],
      pl: [String.raw`\b${PL_HELD}((faktur\w*|paragon\w*)${PL_HELD_AFTER}|nip|dowod (zakupu|zaplaty|wplaty))\b`],
      // Inflected: kvittot, fakturan, fakturor.
      sv: [String.raw`\b${SV_HELD}((faktur(a|an|or|orna)|kvitto(t|n|na)?)${SV_HELD_AFTER}|momsregistreringsnummer|kopbevis|inkopsbevis|betalningsbevis)\b`],
      // Brazil's short forms: "emitem NF?", "NF-e", "a nota da compra".
      // In Brazil "a fatura do cartão" is the card statement ("o valor continua na fatura"): a charge, not an invoice.
      pt: [String.raw`\b${PT_HELD}((nota fiscal|notas fiscais)${PT_HELD_AFTER}|nf-?e?|nfs-?e|(?<!\b(continua|aparece|apareceu|consta|constam|veio|vem|cobrad[oa]s?|cobranca|lancad[oa]|debitad[oa]) (ainda )?(na|em|no) (minha |meu )?)fatura(?! (do|de|da) (meu |minha |o |a )?(cartao|credito|banco|nubank))|recibo(?! (do|de) (envio|correio|correios|postagem|entrega|devolucao))|(comprovante|comprovativo|prova) de (compra|pagamento)|nif|cnpj|(emite\w*|emiti\w*|manda\w*|envia\w*|preciso d[ae]|quero a) (a |uma )?nota)\b`],
      // Turkish suffixes: faturamı, faturayı, faturası; e-arşiv and e-fatura.
      // Not one to be left out of a gift: "paketin içine fatura koymayabilir misiniz", "faturayı eklemeyin".
      tr: [String.raw`\b(fatura\w*|makbuz\w*|e-?arsiv|e-?fatura\w*)\b(?!( [^ .!?]+){0,2} (koyma|koymay|eklemey|gondermey|yollamay|atmay)\w*)${TR_HELD_AFTER}`],
    },
  },
];
