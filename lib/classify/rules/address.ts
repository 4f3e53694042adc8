/**
 * The buyer wants the shipping address, recipient or destination changed after ordering (address_change): their own
 * correction (typo, flat number, postcode, landmark, a move) or a new destination (a friend, abroad, a forwarder).
 * Whether it is a scam is decided separately in ../scam.ts.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

const EN_ADDRESS_PART = String.raw`(shipping |delivery |postal |mailing |home |receive |receiving |receiver |receiver's |consignee |destination |ship )?(address|postcode|post code|zip( code)?|postal code|pin ?code|apartment( number)?|apt( number)?|flat (number|no)|unit (number|no)|suite (number|no)|house number|street (name|number)|landmark|(gate|door|access|entry|buzzer|building|entrance) code|recipient|recipient's name|name on the (order|parcel|package)|(city|town|prefecture)( name| field)?)\b`;
const JA_ADDRESS_PART = String.raw`(住所|番地|丁目|部屋番号|建物名|郵便番号|マンション名|号室|届け先|送り先|配送先|お届け先|宛先|宛名|氏名|受取人|受け取り人|受取先|送付先)`;
const JA_CHANGE = String.raw`((書く|入れる|記入する|入力する|書いとく)の(を)?忘れ|変更|修正|訂正|間違|まちが|誤|違|ちが|追記|追加|入れ忘|書き忘|いれわす|かきわす|記入漏れ|ではなく|じゃなくて|のままにな|旧姓|入力ミス|記入ミス|打ち間違|打ちまちが|(入力|記入|記載|記載す|入力す|書く)べき(ところ|所)|抜け|ぬけ|漏れ|もれ|変え|直し|直して|なおし|なおして)`;

/**
 * Who a buyer may ask to ship to instead of themselves, per language: a friend, a relative, a customer, a colleague,
 * an agent. address.redirect makes such a request an address_change; ../scam.ts flags it (a new recipient at another
 * address) unless the message says the address stays the same. Husband, wife and partner are not here: they share
 * the buyer's address (address.redirect lists them itself).
 */
export const THIRD_PERSON = {
  en: String.raw`friend|cousin|nephew|niece|brother|sister|mother|mom|mum|father|dad|parents|son|daughter|uncle|aunt|auntie|aunty|gran|granny|nan|nana|nanna|grandad|granddad|grandparents|mother-in-law|father-in-law|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|tita|tito|relative|client|customer|colleague|boss|girlfriend|boyfriend|best friend|bestie|buddy|fiance|fiancee|godson|goddaughter|godmother|godfather|brother-in-law|sister-in-law|in-laws|business partner|business associate|associate|employee|agent|shipping agent|cargo agent|representative`,
  ja: String.raw`友達|友人|知人|甥|姪|いとこ|従兄弟|従姉妹|親戚|両親|実家|母|父|兄|姉|弟|妹|息子|娘|祖父|祖母|上司|同僚|お客さん|顧客|取引先`,
  de: String.raw`freund|freundin|neffe|neffen|nichte|cousin|cousine|bruder|schwester|eltern|mutter|vater|tochter|sohn|oma|opa|tante|onkel|schwager|schwagerin|schwiegermutter|schwiegervater|patenkind|geschaftspartner|geschaftspartnerin|gro(ss|ß)mutter|gro(ss|ß)vater|kollege|kollegen|kollegin|chef|chefin|kunde|kunden|kundin`,
  fr: String.raw`ami|amie|cousin|cousine|neveu|niece|frere|s(oe|œ)ur|belle-s(oe|œ)ur|beau-frere|belle-mere|beau-pere|filleul|filleule|parents|fille|fils|tante|oncle|grand-mere|grand-pere|mere|pere|collegue|patron|copain|copine|client|cliente|clients`,
  it: String.raw`amico|amica|cugino|cugina|nipote|fratello|sorella|genitori|figlia|figlio|zia|zio|nonna|nonno|madre|padre|mamma|papa|cognato|cognata|suocero|suocera|figlioccio|figlioccia|socio|socia|collega|capo|fidanzata|fidanzato|cliente|clienti`,
  es: String.raw`amigo|amiga|primo|prima|sobrino|sobrina|hermano|hermana|padres|hijo|hija|tio|tia|abuelo|abuela|madre|padre|mama|papa|novio|novia|suegro|suegra|cunado|cunada|yerno|nuera|ahijado|ahijada|padrino|madrina|compadre|comadre|socio|socia|companero|companera|jefe|cliente|clientes`,
  nl: String.raw`vriend|vriendin|neef|nicht|broer|zus|ouders|oom|tante|opa|oma|zoon|dochter|vader|moeder|collega|klant`,
  pl: String.raw`przyjaciela|przyjaciolki|kolegi|kolezanki|kuzyna|kuzynki|klienta|brata|siostry|mamy|taty|rodzicow|syna|corki|cioci|wujka|babci|dziadka`,
  sv: String.raw`van|vaninna|kompis|kusin|brorson|systerson|brorsdotter|systerdotter|kund|bror|syster|mamma|pappa|foraldrar|son|dotter|moster|faster|morbror|farbror|mormor|farmor`,
  pt: String.raw`amigo|amiga|primo|prima|sobrinho|sobrinha|irmao|irma|pais|filho|filha|tio|tia|avo|cunhado|cunhada|afilhado|afilhada|padrinho|madrinha|sogro|sogra|cliente|chefe|socio|socia`,
  /** Turkish marks "to my …" with a suffix: arkadaşıma = to my friend. */
  tr: String.raw`arkadasima|kuzenime|musterime|musterilerime|kardesime|anneme|babama|yegenime|teyzeme|amcama|dayima|halama|ablama|abime|agabeyime|kizima|ogluma|akrabama|ortagima|patronuma`,
} as const;

/**
 * "Ship it straight to my mom's house, which is on the order already": the destination is the order's own, nothing
 * changes. A suffix for the English redirect phrases here and in ../scam.ts.
 */
export const NOT_ALREADY_ON_ORDER = String.raw`(?![^.!?]{0,60}\b(already (on|in) (the|my) order|(on|in) (the|my) order already|(is|it's|that's) the (shipping |delivery )?address (on|in) (the|my) order)\b)`;

export const addressRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'address.correct',
    key: 'address_change',
    strength: 3,
    label: 'change or correct the address',
    phrases: {
      en: [
        String.raw`\b(change|update|correct|fix|amend|edit|modify|add)\b (the |my |our |your |a )?${EN_ADDRESS_PART}`,
        // not where the courier left it: "delivered but to the wrong address" is a delivery question
        String.raw`\b(wrong|incorrect|typo in|mistake in|missing|forgot|forgot to (add|put|include|update|write|enter)|left (out|off)|omitted|missed( out)?)(?<!\b(delivered|dropped( off)?|left|went|gone|arrived|taken)\b[^.!?]{0,12}\b(to|at) (the|a|an) (wrong|incorrect|typo in|mistake in|missing|forgot|forgot to (add|put|include|update|write|enter)|left (out|off)|omitted|missed( out)?)) (the |my |our )?${EN_ADDRESS_PART}`,
        // "I misspelled my street name", "mistyped the zip"
        String.raw`\b(misspel+e?d?|misspelt|mistyped|miss-typed|spelled wrong|spelt wrong)\b[^.!?]{0,15}\b(street|road|avenue|address|name|city|town|postcode|post code|zip|apartment|apt|flat|unit|house|building)\b`,
        // "I typed Tokyo instead of Kyoto in the city field"
        String.raw`\b(typed|wrote|entered|put|filled in|selected|chose)\b[^.!?]{0,40}\b(in|into|for) (the|my) (city|town|street|address|zip|postcode|postal code|prefecture|apartment|name|recipient) (field|line|box|section)\b`,
        // "I used my work address", "picked the wrong saved address", "went with my old one's postcode"
        String.raw`\b(entered|typed|put|wrote|gave|used|selected|chose|chosen|picked|clicked|ticked|went with|left)\b (in |on )?(the |my |a |an |our )?(wrong|incorrect|old|outdated|previous|former|work|office|billing|default|other|parents'?|mum's|mom's)\b[^.!?]{0,30}\b(address|postcode|post code|zip|postal code|pin ?code|apartment|apt|flat|house number|street)`,
        // "could you change it to my home address", "switch the delivery to my other address"
        String.raw`\b(change|switch|update|move|set|redirect)\b (it|that|this|the order|my order|the delivery|the shipment|the parcel|the package) (over )?to (my|our|the) (home|new|correct|right|other|current|actual|work|office|billing) address\b`,
        String.raw`\b(address|postcode|post code|zip|postal code|pin ?code|apartment|apt|flat|unit|house|street|landmark)( number| no\.?| code)? (is |was |has been )?(wrong|incorrect|missing|incomplete|outdated|not correct|not right|a typo|off|mixed up|messed up|swapped)\b`,
        String.raw`\b(address|postcode|zip|postal code|apartment|apt|flat|house number|recipient|recipient's name|name on (the|my) (order|parcel|package|label|box))\b[^.!?]{0,40}\b(should (be|read|say|have been)|needs to be|must be)\b`,
        // "the flat number on my order is missing", "the zip code I gave you was wrong": a few words between
        String.raw`\b(address|postcode|post code|zip( code)?|postal code|pin ?code|(flat|apartment|apt|unit|house|suite|door|building|street) (number|no)|street name|recipient'?s? name)\b[^.!?]{1,40}\b(is|was|are|were|has been) (wrong|incorrect|missing|incomplete|not (correct|right|complete)|a typo|misspel\w*)\b`,
        // "the delivery address … is missing the house name", "packages need 'c/o Concierge' in the address line"
        String.raw`\baddress\b[^.!?]{0,40}\b(is missing|lacks|doesn't (have|include|show)|does not (have|include|show)|left out) (the |my |a |our )?(house|flat|apartment|apt|unit|suite|building|door|floor|company|business|block|estate|property|street) ?(name|number|no)\b|\b(in|on|to|into) (the|my) (first |second |1st |2nd )?address line( 1| 2)?\b`,
        // "the zip code on my order for the protein bars is 30307 but it should be 30308"
        String.raw`\b(address|postcode|post code|zip( code)?|postal code|pin ?code|apartment|apt|flat|unit|house number|street)\b[^.!?]{0,60}\b(but|and) (it |that |this )?(should (be|read|say|have been)|needs to be|is supposed to be|was supposed to be|is meant to be|was meant to be|must be)\b`,
        String.raw`\b(typed|wrote|entered|got) (my |the )?(address|postcode|zip|apartment|apt|flat|unit|house|street)( number)? wrong\b`,
        // Indian English: "the pincode is wrongly mentioned as 560037", "flat no. was mistakenly entered"
        String.raw`\b(address|postcode|post code|zip( code)?|postal code|pin ?code|(flat|apartment|apt|house|door|unit) (number|no)|street|landmark)\b[^.!?]{0,20}\b(is|was|has been|got|were|are) (wrongly|incorrectly|mistakenly|erroneously) (mentioned|entered|typed|written|given|filled|put|updated|spelled|spelt|added|selected)\b`,
        String.raw`\b(typo|mistake|error) in (the |my |our )?(street|road|house number|building|apartment|apt|flat|unit|postcode|post code|zip|postal code)`,
        String.raw`\b(street|road|avenue|house number|building)( name| number)?\b[^.!?]{0,40}\b(should (be|read|say)|not \d+)\b`,
        String.raw`\b(change|redirect|reroute)\b (the |my )?(delivery|destination|shipping|shipment)\b`,
        String.raw`\bnew (shipping |delivery )?address\b`,
        // "could you ship it there instead of my Toronto address?"
        String.raw`\b(instead of|rather than) (my|our|the) ([a-z]+ ){0,2}(home |usual |current |registered |saved |shipping |delivery )?address\b`,
        String.raw`\b(address|postcode|post code|zip( code)?|postal code|pin ?code|apartment|apt|flat|unit|house number|street)\b[^.!?]{0,20}\b(was|got|were|has been|is) (auto-?filled|auto-?completed|auto-?corrected|filled in|filled|entered|typed|saved|put in|written|listed|spelled|spelt|printed) (wrong|wrongly|incorrectly)\b`,
        String.raw`\b(address|postcode|post code|zip( code)?|postal code|pin ?code|apartment|apt|flat|unit|house number|street)\b[^.!?]{0,40}\bbut (it's|it is|it should be|should be|it's actually|it is actually|the (right|correct) one is) (apt |apartment |flat |unit |no\.? |number |# ?)?[a-z]{0,3}\d`,
        String.raw`\b(i'm|we're|i am|we are) moving (across town|house|out|flats?|apartments?|homes?|to (a |the )?new (place|address|flat|apartment|house|home))\b`,
        String.raw`\b(send|ship|deliver|go|goes|be sent|be delivered|be shipped)\b[^.!?]{0,20}\bto (the|my|our) new (place|house|flat|apartment|home|office|address)\b`,
        // "I put Elm Street instead of Elm Road", "typed 4B rather than 48 for the flat"
        // Not whom a document is made out to: "make sure the invoice is addressed to St Mary's School rather than to me"
        // (The look-behind comes after the place word, so it runs only where one matched, not at every position.)
        String.raw`\b(address|street|road|avenue|lane|drive|apt|apartment|flat|unit|suite|postcode|post code|zip|house number|building|city|town|st|rd|ave|blvd|ln|dr|cres|crescent|close|court|ct|terrace|tce|way|place|pl)\b(?<!\b(invoice|receipt|bill|quote|quotation|credit note|certificate)s?\b[^.!?]{0,40}\b[a-z]+( [a-z]+)?)[^.!?]{0,40}\b(instead of|rather than|in place of)\b(?![^.!?]{0,20}\b(ordering|buying|the colou?r|the size)\b)`,
        // "I wrote Smith St instead of Smyth St in the address": the address named after the swap
        String.raw`\b(instead of|rather than|in place of)\b[^.!?]{0,30}\b(in|on|for) (the|my) (shipping |delivery )?address\b`,
        // the buyer's own name on the parcel: "my surname is spelt wrong on the order" (not on an invoice)
        String.raw`\b(my|her|his|the recipient'?s?) (sur|last |first |family |full )?name\b[^.!?]{0,25}\b(spelt|spelled|misspel+ed|misspelt|wrong|incorrect|a typo|mistyped)\b(?![^.!?]{0,30}\b(invoice|receipt|bill|vat)\b)`,
        // "add 'Unit 5' to the first line of my address", "put her name as the recipient"
        String.raw`\b(add|put|include|insert|write)\b[^.!?]{0,30}\b(to|on|in|into) (the )?((first|second|1st|2nd) line of )?(my|the) (shipping |delivery )?address\b`,
        String.raw`\b(put|make|list|set|use|add|write|change)\b[^.!?]{0,30}\bas the (recipient|receiver|addressee)\b`,
        // "could you put my full name, Brenda Walsh, on the package?"
        String.raw`\b(put|write|print|use|add|show)\b (my|her|his|the|our) (full |correct |complete |proper |real |married |maiden )?(name|surname|last name|company name)\b[^.!?]{0,30}\bon (the|my) (package|parcel|label|shipping label|box|envelope)\b`,
        String.raw`\b(gate|door|access|entry|buzzer|building|entrance) code\b[^.!?]{0,20}\b(has changed|changed|is now|is different)\b`,
        // Indian English: "please note the landmark …", "kindly update in the order"
        String.raw`\b(please|kindly|pls|plz) (note|add|mention|include|update|write)\b[^.!?]{0,20}\b(landmark|(flat|apartment|house|door|block|building|gate|floor) (number|no))\b|\b(please|kindly|pls|plz) (update|add|mention|include|change|correct) (it |this |that |the same |same )?(in|on|to) (the|my) (order|shipping label|parcel|package)\b`,
        // moving house needs a place or nothing after it: "we moved last month", "I've moved to Leeds", "we're moving
        // into a new flat"; not "we moved everything to next year" or "moved the delivery to Friday" (a date, not a home)
        String.raw`\b(i|we|i've|i have|we have|just|i'm|i am|we're|we are) (moved|am moving|are moving|relocated|relocating|moving house)\b(?= ?([.,;:!?)]|$|\b(house|home|flats?|apartments?|out|away|in|into|over|across|abroad|back|recently|last|this|a (few|couple)|two|three|since|from|and|so|but|here|there|to (?!(next|the next|another|a later|later|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)\w+)\b))`,
      ],
      ja: [
        // not the addressee of a receipt (「領収書の宛名を会社名に変更」 asks for an invoice)
        String.raw`(?<!(領収書|領収証|請求書|納品書|インボイス|レシート)(の|に|は)?)${JA_ADDRESS_PART}.{0,25}${JA_CHANGE}`,
        String.raw`(新しい|新|別の|引っ越し先の|引越し先の)(住所|お届け先|届け先|送り先)`,
        // 「宛名を主人の名前にしてもらえますか」: the parcel's addressee (not a receipt's: 領収書の宛名 asks for an invoice)
        String.raw`(?<!(領収書|領収証|請求書|納品書|インボイス|レシート)(の|に|は)?)(宛名|受取人|受け取り人|受取人名)(を|は)[^。]{0,12}(の)?(名前|名義|氏名)(に|へ)(して|変え|変更|なお|直)`,
        String.raw`(住所|届け先|送り先|宛先)を?(変えて|変えたい|変更したい|変更して)`,
        // romaji: "juusho wo machigaemashita", "heya bangou ga nukete imashita"
        String.raw`\b(jyuusho|juusho|jusho|juusyo|heya bangou|yuubin bangou|otodokesaki|todokesaki)\b[^.!?]{0,20}\b(machiga\w*|henkou|shuusei|teisei|nukete|wasure\w*|kaete|chigai\w*)`,
      ],
      de: [
        String.raw`\b(adresse|lieferadresse|adressfeld|adresszeile|adresszusatz|anschrift|hausnummer|plz|postleitzahl|strasse|straße|empfanger|lieferanschrift|wohnungsnummer)\b[^.!?]{0,40}\b(andern|anpassen|korrigieren|berichtigen|erganzen|falsch|tippfehler|fehler|vergessen|fehlt|stimmt nicht|vertippt|verschrieben|vertan|verwechselt|unvollstandig)(?<!\b(rechnung|quittung|beleg)\b[^.!?]{0,60})`,
        String.raw`\b(falsche[nrs]?|fehlende[nrs]?|fehlerhafte[nrs]?|veraltete[nrs]?|unvollstandige[nrs]?|vertippt|verschrieben)\b[^.!?]{0,25}\b(adresse|lieferadresse|anschrift|hausnummer|plz|postleitzahl|strasse|wohnungsnummer|empfanger)\b`,
        String.raw`\b(andern|korrigieren|aktualisieren|erganzen|berichtigen) sie\b[^.!?]{0,30}\b(adresse|anschrift|lieferadresse|empfanger\w*|namen|nachnamen|hausnummer|plz|postleitzahl|strasse|turcode|klingel\w*)`,
        // "mein Mädchenname steht noch drauf", "der Türcode hat sich geändert"
        String.raw`\b(madchenname\w*|geburtsname\w*|alter name|alten namen)\b[^.!?]{0,40}\b(paket|sendung|adress\w*|empfanger|steht|stehen)\b|\b(turcode|zugangscode|hauscode|klingelschild|klingelname)\b[^.!?]{0,30}\b(geandert|neu|lautet|ist jetzt|falsch|fehlt)\b`,
        String.raw`\btippfehler\b`,
        String.raw`\b(hausnummer|plz|postleitzahl|wohnungsnummer|strasse|adresse|anschrift)\b[^.!?]{0,12}\bnicht\b[^.!?]{0,20}\bsondern\b`,
        // "bei der Hausnummer muss es 12a heißen, nicht 12", "die PLZ sollte 80331 lauten"
        String.raw`\b(hausnummer|plz|postleitzahl|wohnungsnummer|strasse|adresse|anschrift|lieferadresse|empfanger\w*)\b[^.!?]{0,20}\b(muss|musste|soll|sollte|mussen|sollten)( es| sie| er)? [^.!?]{0,20}\b(heissen|lauten|sein)\b`,
        // "bei meiner Bestellung fehlt im Adressfeld der Zusatz c/o …"
        String.raw`\b(fehlt|fehlen|fehlte)\b[^.!?]{0,20}\b(adress\w*|anschrift|lieferadresse|hausnummer|plz|postleitzahl|wohnungsnummer|etage|stockwerk|adresszusatz|c\/o)`,
        String.raw`\b(nicht an die adresse|an eine andere adresse|neue adresse|umgezogen)`,
        // "die alte Adresse angegeben": the old one chosen at checkout
        String.raw`\b(alte|alten|vorherige|vorherigen|fruhere|fruheren) (liefer)?(adresse|anschrift)\b[^.!?]{0,20}\b(angegeben|eingegeben|ausgewahlt|hinterlegt|eingetragen|gewahlt)\b`,
      ],
      fr: [
        String.raw`\b(changer|modifier|corriger|rectifier|mettre a jour) (l'|mon |ma |le |la )?(adresse|code postal|destinataire|numero d'appartement)`,
        String.raw`\b(adresse|code postal)\b[^.!?]{0,30}\b(erronee|incorrecte|fausse|erreur|incomplete)`,
        String.raw`\berreur (dans|sur) (l'|mon |ma )(adresse|code postal)`,
        // "le nom sur l'étiquette doit être …", "le code postal n'est pas le bon"
        String.raw`\b(nom (sur|du destinataire|de famille)|mon nom|destinataire|adresse|code postal|numero de (rue|maison|porte|l'appartement|batiment)|rue)\b[^.!?]{0,30}\b(doit etre|devrait etre|est faux|est fausse|est errone|est erronee|est incorrect|est incorrecte|n'est pas (le bon|la bonne|correct|correcte))`,
        // "j'ai oublié de mettre le numéro d'appartement", "je me suis trompé de code postal"
        String.raw`\b(oublie|omis|trompe|trompee|manque|manquant|inverse|interverti|mal (ecrit|saisi|tape|renseigne|orthographie))\b[^.!?]{0,30}\b(appartement|appart|etage|batiment|digicode|code postal|adresse|numero de (rue|maison|porte)|interphone|code d'acces|complement d'adresse)\b`,
        String.raw`\b(nouvelle adresse|autre adresse|j'ai demenage)`,
        // "pouvez-vous mettre mon nom comme destinataire ?", "le nom sur le colis est celui de mon mari"
        String.raw`\b(mettre|mettez|indiquer|indiquez|inscrire|ecrire|changer|modifier|remplacer)\b[^.!?]{0,25}\b(comme|en tant que|pour le|au nom du) destinataire\b|\bnom (sur le colis|sur l'etiquette|du destinataire)\b[^.!?]{0,15}\b(est celui d|n'est pas le (mien|bon))`,
        // "j'ai écrit « rue des Lilas » au lieu de « allée des Lilas »", "ajouter le code à l'adresse"
        String.raw`\b(adresse|code postal|rue|avenue|allee|boulevard|chemin|impasse|numero|appartement|batiment|etage|ville|destinataire|digicode)\b[^.!?]{0,40}\b(au lieu de|au lieu du|a la place de|a la place du)\b`,
        String.raw`\b(ajouter|rajouter|ajoutez|rajoutez|completer|completez)\b[^.!?]{0,30}\b(a|dans) (l'adresse|mon adresse)\b`,
        // "le code d'accès de mon immeuble a changé … le mettre à jour sur ma commande"
        String.raw`\b(code d'acces|digicode|code (de la )?porte|code portail|code d'entree|interphone)\b[^.!?]{0,30}\b(a change|change|nouveau|est maintenant|c'est maintenant|n'est plus|est faux|est errone)\b|\bmettre a jour\b[^.!?]{0,20}\b(sur|dans) (ma|la) commande\b`,
      ],
      it: [
        String.raw`\b(cambiare|modificare|correggere|aggiornare|sistemare) (l'|il |la )?(indirizzo|cap|destinatario|civico)`,
        // "ho messo l'indirizzo dell'ufficio … potete spedire a casa mia?"
        String.raw`\bho (messo|inserito|indicato|scritto|lasciato) l'indirizzo (dell'ufficio|del lavoro|di casa|vecchio|precedente|sbagliato|dei miei)\b|\b(spedire|spedirlo|spedirla|inviare|inviarlo|inviarla|consegnare|consegnarlo|consegnarla|mandare|mandarlo|spedite|inviate|consegnate)\b[^.!?]{0,20}\b(a casa mia|al mio (nuovo )?indirizzo|in ufficio|al mio ufficio|all'indirizzo nuovo)\b`,
        String.raw`\b(indirizzo|civico|cap|interno|scala|citofono)\b[^.!?]{0,40}\bma (e|sarebbe|dovrebbe essere|in realta e) (il |l'|la )?(numero |civico |interno |scala )?[a-z]?\d`,
        // "nell'indirizzo ho scritto via Garibaldi 18 ma il numero giusto è 81"
        String.raw`\b(indirizzo|via|viale|piazza|corso|civico|cap|interno|scala|citofono)\b[^.!?]{0,40}\bma (il |l'|la )?(numero|civico|cap|interno|scala|indirizzo|piano)( civico)? (giust|corrett|esatt)[oa]\b`,
        String.raw`\b(sbagliato|errato|dimenticato) (il |l'|la )?(cap|indirizzo|civico|numero civico|interno|scala)`,
        // "ho scritto Via Roma 12 ma è Via Roma 21"
        String.raw`\bho (scritto|messo|inserito|indicato) (via|viale|piazza|corso|largo|vicolo|il civico|il cap|l'interno|la scala)\b[^.!?]{0,30}\bma\b`,
        String.raw`\b(indirizzo|cap|civico|destinatario|citofono)\b[^.!?]{0,30}\b(sbagliat|errat|non e corrett|un errore|refuso|mancante|incomplet)`,
        // "ho sbagliato a scrivere il numero civico", "ho dimenticato l'interno"
        String.raw`\b(sbagliato|sbagliata|errato|dimenticato|omesso|scritto male|messo male|scritto sbagliato)\b[^.!?]{0,25}\b(cap|indirizzo|civico|interno|scala|citofono|piano)\b`,
        String.raw`\b(nuovo indirizzo|altro indirizzo|mi sono trasferit)`,
        // "manca il nome sul citofono … potete aggiungerlo all'indirizzo?", "ho scritto via Roma invece di viale Roma"
        String.raw`\b(aggiunger|inserir|indicar|scriver|metter|integrar)(e|lo|la|li|le)\b[^.!?]{0,25}\b(all'indirizzo|nell'indirizzo|sull'etichetta|sul pacco|all'etichetta)\b`,
        String.raw`\b(manca|mancano|non ho (messo|indicato|scritto|inserito))\b[^.!?]{0,30}\b(citofono|interno|scala|piano|civico|cap|indirizzo)\b`,
        String.raw`\b(indirizzo|via|viale|piazza|corso|civico|cap|interno|scala|citta)\b[^.!?]{0,40}\b(invece di|invece che|anziche|al posto di)\b`,
      ],
      es: [
        String.raw`\b(cambiar|modificar|corregir|actualizar) (la |mi |el )?(direccion|codigo postal|destinatario|numero exterior|domicilio)`,
        String.raw`\b(direccion|codigo postal|domicilio)\b[^.!?]{0,30}\b(equivocad|incorrect|mal|erron)`,
        // "me equivoqué en el código postal", "olvidé poner el piso"
        String.raw`\b(equivoque|equivocado|equivocada|error|errado|olvide|olvido|puse mal|escribi mal|falto|me falto|falta|faltan|no puse|omiti)\b[^.!?]{0,25}\b(direccion|codigo postal|numero (exterior|interior|de (casa|departamento|depto|piso|portal|apartamento|apto|oficina|local|torre))|piso|portal|escalera|puerta|bloque|calle|domicilio|departamento|depto|dpto|colonia|apartamento|apto|torre|manzana|barrio|urbanizacion|urb|fraccionamiento|residencial|edificio)\b`,
        String.raw`\b(enviar|mandar) (el|mi) (pedido|paquete)\b[^.!?]{0,20}\ba (mi|otra|una) (direccion|casa|domicilio)`,
        // "me mudo dentro de Valencia el sábado", "nos mudamos la semana que viene"
        String.raw`\b(nueva direccion|otra direccion|me mude|me mudo|nos mudamos|nos mudaremos|me voy a mudar|nos vamos a mudar|me he mudado|nos hemos mudado)`,
        // "el código postal correcto es 28012"
        String.raw`\b(codigo postal|cp|direccion|calle|piso|portal|colonia|numero exterior|numero interior)( correct[oa]| buen[oa]| real) es\b`,
        // "vivo en el 4º izquierda, no en el 4º derecha como puse"
        String.raw`\b(vivo|vivimos) en\b[^.!?]{0,30}, no en\b|\bme (cambie|mude) de (casa|departamento|depto|domicilio|piso|apartamento)\b`,
        // "puse el piso 3 pero es el 5º B", "escribí la calle 12 y es la 21", "indiqué el número 40, el correcto es 44"
        String.raw`\b(puse|escribi|anote|ingrese|indique|meti|marque|registre|capture)\b (el|la|mi) (piso|numero|portal|puerta|codigo postal|cp|calle|colonia|departamento|depto|dpto|interior|exterior|escalera|bloque|apartamento|apto)\b[^.!?]{0,25}\b(pero|y|cuando|aunque|,) (es|era|en realidad es|deberia ser|tendria que ser|el correcto es|la correcta es|el bueno es|la buena es)\b`,
        // not the address printed on an invoice ("la factura tiene mi dirección antigua")
        String.raw`\b(direccion|domicilio|codigo postal) (antigua|antiguo|vieja|viejo|anterior|de antes|desactualizad[ao])\b(?<!\b(factura|recibo)\b[^.!?]{0,30})|\b(ahora vivo en|ya no vivo en)\b`,
        // "puse la colonia equivocada, es Del Valle Centro y no …", "calle Mayor en vez de avenida Mayor"
        String.raw`\b(direccion|calle|avenida|colonia|codigo postal|numero|piso|portal|puerta|departamento|depto|ciudad|municipio)\b[^.!?]{0,40}\b(en vez de|en lugar de)\b`,
        String.raw`\b(colonia|calle|avenida|ciudad|municipio|alcaldia|delegacion|provincia)\b (equivocad[ao]|incorrect[ao]|mal escrit[ao]|erronea|erroneo)\b`,
      ],
      nl: [
        String.raw`\b(adres|postcode|huisnummer|straatnaam|toevoeging|busnummer|plaatsnaam)\b[^.!?]{0,30}\b(wijzigen|veranderen|aanpassen|klopt niet|fout|verkeerd|onjuist|ontbreekt|vergeten)`,
        String.raw`\b(typfout|tikfout|fout|vergeten|verkeerde?|vergist|vergissing|foutje)\b[^.!?]{0,25}\b(adres|postcode|huisnummer|straatnaam|toevoeging|busnummer)\b`,
        String.raw`\b(verkeerde?|andere?|nieuwe?) (bezorg|afleve?r|verzend)?adres\b`,
        String.raw`\b(ik ben|we zijn|wij zijn|net) verhuisd\b`,
        // "mijn huisnummer moet 14 zijn, niet 41"
        String.raw`\b(adres|postcode|huisnummer|straatnaam|toevoeging|busnummer)\b[^.!?]{0,20}\bmoet\b[^.!?]{0,15}\bzijn\b`,
        String.raw`\b(adres|straat|straatnaam|postcode|huisnummer|toevoeging|woonplaats)\b[^.!?]{0,40}\b(in plaats van|i\.p\.v\.|ipv)\b`,
      ],
      pl: [
        String.raw`\b(zmienic|zmiana|zmienil\w*|poprawic|poprawienie|zaktualizowac|zaktualizuj\w*|popraw\w*) (adres\w*|kod\w* pocztow\w*)`,
        String.raw`\b(pomylil\w*|pomylka|blad|bledn\w*|zapomnial\w*|zl[ayeo]|niepoprawn\w*|nieprawidlow\w*|literowk\w*)\b[^.!?]{0,25}\b(adres\w*|kod\w* pocztow\w*|numer\w* (domu|mieszkania|lokalu)|ulic\w*)`,
        String.raw`\b(bledny|zly|nowy|inny) adres\b|\b(przeprowadzil\w*)\b`,
        String.raw`\b(adres\w*|ulic\w*|kod\w* pocztow\w*|numer\w* (domu|mieszkania|lokalu)|miejscowosc\w*)\b[^.!?]{0,40}\bzamiast\b`,
        // "w adresie brakuje numeru mieszkania", "nie podałem kodu pocztowego"
        String.raw`\b(brakuje|brak|nie podal\w*|nie wpisal\w*|dopisac|dopisanie)\b[^.!?]{0,25}\b(numer\w* (domu|mieszkania|lokalu)|kod\w* pocztow\w*|ulic\w*|adres\w*)|\bw adresie\b[^.!?]{0,25}\b(brakuje|brak|blad|pomylk\w*)`,
      ],
      sv: [
        String.raw`\b(andra|byta|ratta|uppdatera) (leverans)?adress`,
        String.raw`\b(fel|felaktig\w*|glomde|glomt|missade|saknas)\b[^.!?]{0,20}\b(postnum\w*|adress\w*|gatuadress\w*|portkod\w*|lagenhetsnum\w*|gatunum\w*|husnum\w*)`,
        String.raw`\b(fel|ny|nya|annan|en annan) (leverans)?adress\b|\b(jag har|vi har|har) flyttat\b`,
        String.raw`\b(adress\w*|gatu\w*|postnum\w*|lagenhetsnum\w*|portkod\w*|ort)\b[^.!?]{0,40}\b(istallet for)\b`,
      ],
      pt: [
        String.raw`\b(mudar|alterar|corrigir|atualizar|trocar) (o |a |meu |minha )?(endereco|morada|cep|codigo postal|destinatario)`,
        String.raw`\b(errei|erro|errado|errada|esqueci|enganei|troquei)\b[^.!?]{0,25}\b(endereco|morada|cep|numero da (casa|porta)|apartamento|apto|complemento|codigo postal|andar)`,
        String.raw`\b(cep|endereco|morada|codigo postal) (antigo|antiga|velho|velha|anterior|desatualizad[oa])\b`,
        // "esqueci-me de indicar o andar na morada", "conseguem acrescentar o andar?"
        String.raw`\b(esqueci|esqueci-me|faltou|falta|nao (pus|coloquei|indiquei))\b[^.!?]{0,30}\b(andar|apartamento|apto|complemento|numero da (casa|porta)|bloco|lote|fracao|cep|codigo postal)\b`,
        String.raw`\b(endereco|morada|rua|avenida|cep|codigo postal|numero|andar|complemento)\b[^.!?]{0,40}\b(em vez de|ao inves de|no lugar de)\b`,
        String.raw`\b(endereco|morada|cep|complemento|numero da (casa|porta))\b[^.!?]{0,15}\b(errad[oa]|incorret[oa]|incomplet[oa])|\b(novo endereco|nova morada|outro endereco|outra morada)|\b(me )?mudei\b`,
      ],
      tr: [
        String.raw`\badres(imi|i)? (degistir|duzelt|guncelle)`,
        String.raw`\b(yanlis|yeni|farkli|eksik|hatali) adres`,
        // "adresimi yanlış yazdım", "daire numarası eksik", "posta kodunu hatalı girdim"
        String.raw`\b(adres\w*|posta kod\w*|daire (no|numara)\w*|kapi (no|numara)\w*|sokag\w*|mahalle\w*|apartman\w*|bina (adi|no|numara)\w*|blok\w*)\b[^.!?]{0,25}\b(yanlis|hatali|eksik|degis\w*|duzelt\w*|guncelle\w*|unut\w*)`,
        String.raw`\btasindim\b`,
        String.raw`\b(adres\w*|sokak\w*|sokag\w*|cadde\w*|mahalle\w*|posta kod\w*|daire|kapi)\b[^.!?]{0,40}\byerine\b`,
      ],
    },
  },
  {
    // "Send it to my friend / to Indonesia / instead": a new destination. Scam or not is ../scam.ts's call.
    id: 'address.redirect',
    key: 'address_change',
    strength: 3,
    label: 'ship somewhere else',
    phrases: {
      en: [
        String.raw`\b(send|ship|deliver|post|mail|forward|dispatch)\b[^.!?]{0,40}\bto (my|our|his|her|a|the) (${THIRD_PERSON.en}|family|partner|husband|wife|forwarder|forwarding|warehouse|office|work|new)\b`,
        String.raw`\b(send|ship|deliver|post|mail|dispatch|go|goes)\b[^.!?]{0,30}\bto (?!(me|my (phone|number|account|card|bank|e-?mail|paypal|wallet)))[^.!?]{0,60}\b(instead|rather than)\b`,
        // "send it directly to…", "can the parcel go straight to his house?"
        String.raw`\b(send|ship|deliver|post|mail|dispatch|forward|go|goes|be sent|be shipped|be delivered)\b (it |them |this |my order |the order |the item |the package |the parcel )?(directly|straight) to\b`,
        String.raw`\b(send|ship|deliver|post|mail|dispatch|forward)\b[^.!?]{0,30}\bto (his|her|their) (house|home|flat|apartment|place|address|office|shop|store|work)\b`,
        String.raw`\b(my|our) (friend|client|customer|cousin|relative)'?s? (address|house|place)\b`,
        // "it's for my cousin in Lagos, please send it there"; "can you send it to her directly?"
        String.raw`\bfor (my|our) (${THIRD_PERSON.en})\b[^.!?]{0,40}\b(send|ship|deliver|post|mail|forward) (it |them )?((directly |straight )?to (him|her|them)|there)\b`,
        String.raw`\b(send|ship|deliver|post|mail|forward|dispatch)\b[^.!?]{0,25}\bto (him|her|them) (directly|instead|there|as a (gift|present|surprise))\b`,
        String.raw`\b(use|to|via|through) (my|our|a|the) (shipping agent|forwarder|forwarding (address|service|company)|freight forwarder|package forwarder)\b`,
      ].map((p) => p + NOT_ALREADY_ON_ORDER),
      ja: [
        String.raw`(${THIRD_PERSON.ja}|家族|父|母|職場|勤務先|会社|支社|支店|本社|営業所|工場|倉庫|別の住所|新しい住所|新住所)(の)?(住所|家|宅|ところ|元|もと|事務所|会社|店|お店|店舗|自宅|職場)?([（(][^）)]{1,15}[）)])?(に|へ|宛て?に?)(直接)?(送|発送|届け|お届け|配送|転送|納品|納入)`,
        String.raw`直接(送|発送|届け|お届け|配送|納品|納入)(って|して|てほしい|ていただ|てもら|をお願い|お願い|いただ|頂|願|ください|下さい)`,
        // 「ジャカルタの住所に送ってもらえますか」「ソウルにある家に届けてほしい」: a named place's address as the new destination,
        // asked for (not 「注文時の住所に送ってください」, which keeps the order's own)
        String.raw`(?<!(注文|登録|購入|指定|元|もと|今|いま|現在|自分|私|わたし|こちら)(時)?)(の|にある|にいる)(住所|自宅|家|実家|お宅)(に|へ|宛て?に?)(送|発送|届け|お届け|配送|転送)(って|して|てほしい|て欲しい|ていただ|てもら|てくだ|て下さ|てくれ|ることは|ること|れますか|ってもら)`,
        String.raw`転送(業者|サービス|会社)`,
        // 「香港の事務所宛てに発送して」「滞在先のホテルへ送って」: not a receipt addressed to a company
        String.raw`(?<!(領収書|領収証|請求書|納品書)[^。]{0,12})の(事務所|オフィス|自宅|店舗|お店|会社|職場|倉庫|ホテル|寮|支店|支社|工場)(宛て?に?|へ)(直接)?(発送|送|お届け|届け|配送|転送|納品)`,
      ],
      de: [
        String.raw`\b(schicken|senden|liefern|versenden|verschicken)\b[^.!?]{0,60}\b(an|nach|zu) (meine[nmr]?|die neue|eine andere|meinen) ?(${THIRD_PERSON.de}|paketweiterleiter|weiterleit|adresse in|neue|andere|zweitwohn|ferienwohnung|wochenendhaus|arbeitsstelle|arbeitsplatz|arbeit\b)`,
        String.raw`\bsondern an\b`,
        // "an die Firma meines Bruders umleiten": a relative's place, in the genitive
        String.raw`\b(an|zu|nach|in) (die |das |den |der )?(firma|adresse|wohnung|haus|buro|laden|geschaft|praxis) (meines|meiner) (bruders|freundes|sohnes|vaters|onkels|cousins|neffen|kunden|chefs|kollegen|schwagers|schwester|freundin|tochter|mutter|tante|cousine|nichte|kundin|kollegin|eltern)\b`,
        String.raw`\b(direkt )?(zu|an) (ihm|ihr|ihnen)\b (direkt |nach hause |nach \w+ )?(schicken|senden|liefern|versenden|verschicken|zustellen|geschickt|gesendet|geliefert)\b`,
        // "direkt nach Zürich an sie schicken": sie here is the relative (the seller is Sie, never sent to)
        String.raw`\b(direkt|gleich|bitte) (nach [a-z]+ |zu [a-z]+ )?an (sie|ihn)\b (direkt |nach [a-z]+ )?(schicken|senden|liefern|versenden|verschicken|zustellen)\b`,
        String.raw`\b(adresse|strasse|hausnummer|plz|postleitzahl|ort|wohnung)\b[^.!?]{0,40}\b(statt|anstatt|anstelle von|anstelle)\b`,
        String.raw`\b(an|zu|in) (meine[nmr]?|den|die) (${THIRD_PERSON.de}|zweitwohnung|ferienwohnung|wochenendhaus|arbeitsstelle|arbeit)\b[^.!?]{0,40}\b(schicken|senden|liefern|versenden|verschicken|geschickt|gesendet|geliefert|umleiten|umgeleitet|weiterleiten|zustellen|zugestellt)\b`,
      ],
      fr: [
        String.raw`\b(envoy|expedi|livr)(er|ez|iez)\b[^.!?]{0,40}\b(a|chez) (mon|ma|mes|une) (${THIRD_PERSON.fr}|transitaire|nouvelle|autre|travail\b|lieu de travail|residence secondaire|maison de campagne)`,
        // not "ma fille … vient d'en recevoir une" (she got one already)
        String.raw`\b(mon|ma|mes) (${THIRD_PERSON.fr})\b[^.!?]{0,60}(?<!\b(en|de|d'en) )\b(recevoir|reception|livre|livrer|expedier|envoyer)\b`,
        String.raw`\b(le|la|les) lui (envoyer|expedier|livrer|faire parvenir|envoyez|expediez|livrez)\b|\b(envoyer|expedier|livrer|envoyez|expediez|livrez)\b[^.!?]{0,15}\bdirectement (a|chez|en|au|aux|vers)\b(?! (moi|mon domicile|mon adresse)\b)`,
      ],
      it: [
        String.raw`\b((spedir|inviar|mandar|consegnar)(e|lo|la|li|le|melo|mela)|spedite|inviate|mandate)\b[^.!?]{0,40}\ba (un|una|mio|mia|miei|mie) ?(${THIRD_PERSON.it}|spedizioniere|nuovo|altro)`,
        // "potete spedirlo direttamente a lei?"
        String.raw`\b(spedir|inviar|mandar|consegnar)(e|lo|la|li|le)\b (pure )?(direttamente )?a (lei|lui|loro|casa sua|casa di lei|casa di lui)\b`,
        // "potete spedirglielo direttamente a Buenos Aires?": to him or her, in the clitic
        String.raw`\b(spedir|inviar|mandar|consegnar)(glielo|gliela|glieli|gliele|gli|le)\b[^.!?]{0,15}\b(direttamente|diretto|li)\b`,
      ],
      es: [
        String.raw`\b(enviar|mandar|enviarlo|mandarlo|envien|manden|entregar)\b[^.!?]{0,40}\ba (casa de )?(mi|mis|un|una) ?(${THIRD_PERSON.es}|reexpedidor|direccion en)`,
        // "¿me pueden enviar los cascos a mi bodega en Bogotá?"
        String.raw`\b(enviar|mandar|enviarlo|mandarlo|enviarme|mandarme|envien|manden|entregar|entreguen)\b[^.!?]{0,40}\ba (mi|nuestra|nuestro) (bodega|almacen|oficina|tienda|negocio|local|trabajo|empresa)\b`,
        // "¿podéis enviarlo a Venezuela directamente?", "mandárselo directo a ella"
        String.raw`\b(envi|mand|entreg)(ar|en|ad|e|en|ais|ais)?(lo|la|los|las|selo|sela|selos|selas)?\b[^.!?]{0,30}\b(directamente|directo)\b(?! (de|desde) )`,
      ],
      nl: [
        String.raw`\b(sturen|versturen|verzenden|leveren)\b[^.!?]{0,40}\bnaar (mijn|een) (${THIRD_PERSON.nl}|ander|nieuw)`,
        String.raw`\bnaar (mijn|een) (${THIRD_PERSON.nl})\b[^.!?]{0,40}\b(sturen|versturen|verzenden|leveren|opsturen)\b`,
      ],
      pl: [String.raw`\b(wyslac|wyslijcie|dostarczyc)\b[^.!?]{0,40}\bdo (mojego|mojej|moich|innego) `],
      sv: [String.raw`\b(skicka|leverera)\b[^.!?]{0,40}\btill (min|mitt|mina|en annan) `],
      // "enviar para a minha tia", informal "manda pro meu primo"
      pt: [
        String.raw`\b(enviar|mandar|entregar|manda|mande|mandem|envia|envie|enviem|entrega|entreguem)\b[^.!?]{0,40}\b(para|pro|pra|ao|a) (o |a |os )?(meu|minha|meus|minhas) (${THIRD_PERSON.pt}|novo)`,
        // "para a morada da minha filha"
        String.raw`\b(morada|endereco|casa) (da|do|de) (meu|minha|meus|minhas) (${THIRD_PERSON.pt})\b`,
        // "vocês conseguem enviar direto para ela?", "mandar direto pra casa dele"
        String.raw`\b(enviar|mandar|entregar|manda|mande|mandem|envia|envie|enviem)\w* (isso |ele |ela |o pedido |a encomenda )?(direto|diretamente) (para|pra|pro|a|ao) (ela|ele|eles|elas|casa dela|casa dele)\b`,
        String.raw`\b(enviar|mandar|entregar|envia|envie|mande|manda|remeter)\w*\b[^.!?]{0,20}\b(direto|diretamente) (para|pra|pro|a|ao|em|no|na)\b(?! (mim|minha casa|meu endereco|minha morada)\b)`,
      ],
      tr: [
        String.raw`\b(${THIRD_PERSON.tr}) (gonder|yolla|ulastir|teslim)`,
        // "doğrudan ona, Berlin'e gönderebilir misiniz?"
        String.raw`\b(dogrudan|direkt|direk|direkt olarak) (ona|onlara|kendisine|kendi adresine|onun adresine)\b[^.!?]{0,25}\b(gonder|yolla|ulastir|teslim)\w*`,
      ],
    },
  },
];
