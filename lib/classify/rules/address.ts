/**
 * The buyer wants the shipping address, recipient or destination changed after ordering (address_change): their own
 * correction (typo, flat number, postcode, landmark, a move) or a new destination (a friend, abroad, a forwarder).
 * Whether it is a scam is decided separately in ../scam.ts.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

const EN_ADDRESS_PART = String.raw`(shipping |delivery |postal |mailing |home )?(address|postcode|post code|zip( code)?|postal code|pin ?code|apartment( number)?|apt( number)?|flat (number|no)|unit (number|no)|suite (number|no)|house number|street (name|number)|landmark|recipient|recipient's name|name on the (order|parcel|package))\b`;
const JA_ADDRESS_PART = String.raw`(住所|番地|丁目|部屋番号|建物名|郵便番号|マンション名|号室|届け先|送り先|配送先|お届け先|宛先|受取人|受け取り人|受取先|送付先)`;
const JA_CHANGE = String.raw`(変更|修正|訂正|間違|まちが|誤|違|追記|追加|入れ忘|書き忘|記入漏れ|抜け|漏れ|変え|直し|直して)`;

export const addressRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'address.correct',
    key: 'address_change',
    strength: 3,
    label: 'change or correct the address',
    phrases: {
      en: [
        String.raw`\b(change|update|correct|fix|amend|edit|modify|add)\b (the |my |our |your |a )?${EN_ADDRESS_PART}`,
        String.raw`\b(wrong|incorrect|typo in|mistake in|missing|forgot|forgot to (add|put|include|update|write|enter)) (the |my |our )?${EN_ADDRESS_PART}`,
        String.raw`\b(entered|typed|put|wrote|gave|used|selected|chose)\b (in )?(the |my |a |an )?(wrong|incorrect|old|outdated)\b[^.!?]{0,30}\b(address|postcode|post code|zip|postal code|pin ?code|apartment|apt|flat|house number|street)`,
        String.raw`\b(address|postcode|post code|zip|postal code|pin ?code|apartment|apt|flat|unit|house|street)( number| no\.?| code)? (is |was |has been )?(wrong|incorrect|missing|incomplete|outdated|not correct|a typo)`,
        String.raw`\b(address|postcode|zip|postal code|apartment|apt|flat|house number)\b[^.!?]{0,40}\b(should (be|read|say)|needs to be|must be)\b`,
        String.raw`\b(typed|wrote|entered|got) (my |the )?(address|postcode|zip|apartment|apt|flat|unit|house|street)( number)? wrong\b`,
        String.raw`\b(typo|mistake|error) in (the |my |our )?(street|road|house number|building|apartment|apt|flat|unit|postcode|post code|zip|postal code)`,
        String.raw`\b(street|road|avenue|house number|building)( name| number)?\b[^.!?]{0,40}\b(should (be|read|say)|not \d+)\b`,
        String.raw`\b(change|redirect|reroute)\b (the |my )?(delivery|destination|shipping|shipment)\b`,
        String.raw`\bnew (shipping |delivery )?address\b`,
        String.raw`\b(i|we|i've|i have|we have|just) (moved|am moving|are moving|relocated)\b`,
      ],
      ja: [
        String.raw`${JA_ADDRESS_PART}.{0,25}${JA_CHANGE}`,
        String.raw`(新しい|新|別の|引っ越し先の|引越し先の)(住所|お届け先|届け先|送り先)`,
        String.raw`(住所|届け先|送り先|宛先)を?(変えて|変えたい|変更したい|変更して)`,
      ],
      de: [
        String.raw`\b(adresse|lieferadresse|anschrift|hausnummer|plz|postleitzahl|strasse|straße|empfanger|lieferanschrift|wohnungsnummer)\b[^.!?]{0,40}\b(andern|anpassen|korrigieren|berichtigen|falsch|tippfehler|fehler|vergessen|fehlt|stimmt nicht)`,
        String.raw`\b(andern|korrigieren|aktualisieren) sie\b[^.!?]{0,30}\b(adresse|anschrift|lieferadresse)`,
        String.raw`\btippfehler\b`,
        String.raw`\b(nicht an die adresse|an eine andere adresse|neue adresse|umgezogen)`,
      ],
      fr: [
        String.raw`\b(changer|modifier|corriger|rectifier|mettre a jour) (l'|mon |ma |le |la )?(adresse|code postal|destinataire|numero d'appartement)`,
        String.raw`\b(adresse|code postal)\b[^.!?]{0,30}\b(erronee|incorrecte|fausse|erreur|incomplete)`,
        String.raw`\berreur (dans|sur) (l'|mon |ma )(adresse|code postal)`,
        String.raw`\b(nouvelle adresse|autre adresse|j'ai demenage)`,
      ],
      it: [
        String.raw`\b(cambiare|modificare|correggere|aggiornare) (l'|il |la )?(indirizzo|cap|destinatario|civico)`,
        String.raw`\b(sbagliato|errato|dimenticato) (il |l'|la )?(cap|indirizzo|civico|numero civico|interno|scala)`,
        String.raw`\b(indirizzo|cap|civico)\b[^.!?]{0,30}\b(sbagliat|errat|non e corrett)`,
        String.raw`\b(nuovo indirizzo|altro indirizzo|mi sono trasferit)`,
      ],
      es: [
        String.raw`\b(cambiar|modificar|corregir|actualizar) (la |mi |el )?(direccion|codigo postal|destinatario|numero exterior|domicilio)`,
        String.raw`\b(direccion|codigo postal|domicilio)\b[^.!?]{0,30}\b(equivocad|incorrect|mal|erron)`,
        String.raw`\b(enviar|mandar) (el|mi) (pedido|paquete)\b[^.!?]{0,20}\ba (mi|otra|una) (direccion|casa|domicilio)`,
        String.raw`\b(nueva direccion|otra direccion|me mude)`,
      ],
      nl: [String.raw`\b(adres|postcode|huisnummer)\b[^.!?]{0,30}\b(wijzigen|veranderen|aanpassen|klopt niet|fout|verkeerd)`, String.raw`\b(verkeerd adres|ander adres|nieuw adres)`],
      pl: [String.raw`\b(zmienic|zmiana|poprawic|poprawienie|zaktualizowac) (adres|kod pocztowy)`, String.raw`\b(bledny|zly|nowy|inny) adres\b`],
      sv: [String.raw`\b(andra|byta|ratta|uppdatera) (leverans)?adress`, String.raw`\b(fel|ny|annan) (leverans)?adress\b`],
      pt: [String.raw`\b(mudar|alterar|corrigir) (o |meu )?(endereco|cep|codigo postal)`, String.raw`\b(endereco errado|novo endereco|outro endereco)`],
      tr: [String.raw`\badres(imi|i)? (degistir|duzelt|guncelle)`, String.raw`\b(yanlis|yeni|farkli) adres`],
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
        String.raw`\b(send|ship|deliver|post|mail|forward|dispatch)\b[^.!?]{0,40}\bto (my|our|his|her|a|the) (friend|cousin|nephew|niece|brother|sister|mother|mom|mum|father|dad|parents|son|daughter|uncle|aunt|relative|family|client|customer|colleague|boss|partner|girlfriend|boyfriend|husband|wife|forwarder|forwarding|warehouse|office|work|new)\b`,
        String.raw`\b(send|ship|deliver|post|mail|dispatch)\b[^.!?]{0,30}\bto (?!(me|my (phone|number|account|card|bank|e-?mail|paypal|wallet)))[^.!?]{0,60}\binstead\b`,
        String.raw`\b(send|ship|deliver|post|mail|dispatch)\b (it |them |this |my order |the order |the item |the package )?directly to\b`,
        String.raw`\b(my|our) (friend|client|customer|cousin|relative)'?s? (address|house|place)\b`,
        String.raw`\b(use|to|via|through) (my|our|a|the) (shipping agent|forwarder|forwarding (address|service|company)|freight forwarder|package forwarder)\b`,
      ],
      ja: [
        String.raw`(友達|友人|知人|甥|姪|いとこ|従兄弟|従姉妹|親戚|家族|両親|実家|父|母|兄|姉|弟|妹|息子|娘|祖父|祖母|お客さん|顧客|取引先|職場|別の住所|新しい住所|新住所)(の(住所|家|ところ|元|もと))?([（(][^）)]{1,15}[）)])?(に|へ|宛て?に?)(直接)?(送|発送|届け|配送|転送)`,
        String.raw`直接(送|発送|届け|配送)(って|して|てほしい|ていただ|てもら)`,
        String.raw`転送(業者|サービス|会社)`,
      ],
      de: [
        String.raw`\b(schicken|senden|liefern|versenden|verschicken)\b[^.!?]{0,60}\b(an|nach|zu) (meine[nmr]?|die neue|eine andere|meinen) ?(freund|freundin|neffe|nichte|cousin|cousine|bruder|schwester|eltern|mutter|vater|kunde|kundin|paketweiterleiter|weiterleit|adresse in|neue|andere)`,
        String.raw`\bsondern an\b`,
        String.raw`\ban (meine[nmr]?|den|die) (freund|freundin|neffe\w*|nichte|cousin\w*|bruder|schwester|eltern|mutter|vater|kunde\w*|kundin)\b[^.!?]{0,40}\b(schicken|senden|liefern|versenden|verschicken|geschickt|gesendet|geliefert)\b`,
      ],
      fr: [
        String.raw`\b(envoyer|livrer|expedier|expediez|envoyez)\b[^.!?]{0,40}\b(a|chez) (mon|ma|mes|une) (ami|amie|cousin|cousine|neveu|niece|frere|soeur|parents|client|cliente|transitaire|nouvelle|autre)`,
        String.raw`\b(mon|ma|mes) (ami|amie|cousin|cousine|neveu|niece|frere|soeur|client|cliente|clients)\b[^.!?]{0,60}\b(recevoir|reception|livre|livrer|expedier|envoyer)\b`,
      ],
      it: [String.raw`\b(spedire|spedirlo|inviare|mandare|consegnare|spedite)\b[^.!?]{0,40}\ba (un|una|mio|mia|miei) ?(amico|amica|cugino|cugina|nipote|fratello|sorella|genitori|cliente|spedizioniere|nuovo|altro)`],
      es: [String.raw`\b(enviar|mandar|enviarlo|mandarlo|envien|manden|entregar)\b[^.!?]{0,40}\ba (mi|un|una) ?(amigo|amiga|primo|prima|sobrino|sobrina|hermano|hermana|padres|cliente|reexpedidor|direccion en)`],
      nl: [
        String.raw`\b(sturen|versturen|verzenden|leveren)\b[^.!?]{0,40}\bnaar (mijn|een) (vriend|vriendin|neef|nicht|broer|zus|ouders|klant|ander|nieuw)`,
        String.raw`\bnaar (mijn|een) (vriend|vriendin|neef|nicht|broer|zus|ouders|klant)\b[^.!?]{0,40}\b(sturen|versturen|verzenden|leveren|opsturen)\b`,
      ],
      pl: [String.raw`\b(wyslac|wyslijcie|dostarczyc)\b[^.!?]{0,40}\bdo (mojego|mojej|moich|innego) `],
      sv: [String.raw`\b(skicka|leverera)\b[^.!?]{0,40}\btill (min|mitt|mina|en annan) `],
      pt: [String.raw`\b(enviar|mandar|entregar)\b[^.!?]{0,40}\bpara (o meu|a minha|meu|minha) (amigo|amiga|primo|sobrinho|cliente|novo)`],
      tr: [String.raw`\b(arkadasima|kuzenime|musterime) (gonder|yolla)`],
    },
  },
];
