/**
 * The scam flag of TAXONOMY.md: known fraud patterns, whatever the category. Each pattern found becomes a signal
 * ("scam: destination abroad "Indonesia""); the flag is set when at least one decisive pattern holds.
 *
 * Not a scam: the buyer correcting their own address or name, or moving within the same city. Those produce no
 * pattern here (no foreign country, no forwarder, no third person at another address), and a third person "at the
 * same address" is explicitly excused.
 */
import { findCountries, homeCountry } from './countries';
import { NOT_ALREADY_ON_ORDER, THIRD_PERSON as P } from './rules/address';
import { compileRules, findHit, gatePattern, mayMatch, type Hit, type MessageTexts, type PhraseLang, type RuleSpec } from './phrases';

export type ScamKind =
  | 'forwarder'
  | 'abroad'
  | 'third-party'
  | 'off-amazon-contact'
  | 'off-amazon-payment'
  | 'off-amazon-deal'
  | 'avoids-amazon-messages'
  | 'mark-shipped'
  | 'ship-before-payment'
  | 'customs'
  | 'phishing'
  | 'impersonation'
  | 'threat'
  | 'no-return'
  | 'ship-context'
  | 'ships-question'
  | 'same-address'
  | 'lure'
  | 'deadline'
  | 'link-ask';

/** Kinds that are fraud on their own. The rest only count together (threat + no-return) or qualify others. */
const DECISIVE: ReadonlySet<ScamKind> = new Set([
  'forwarder', 'abroad', 'third-party', 'off-amazon-contact', 'off-amazon-payment', 'off-amazon-deal', 'mark-shipped',
  'ship-before-payment', 'customs', 'phishing', 'impersonation',
]);

/** Kinds that make a message spam_or_suspicious rather than a buyer request (see decide.ts). */
export const SPAM_KINDS: ReadonlySet<ScamKind> = new Set(['phishing', 'impersonation']);
/** Kinds that are a new destination: the message asks to send the order somewhere else (address_change). */
export const REDIRECT_KINDS: ReadonlySet<ScamKind> = new Set(['abroad', 'forwarder', 'third-party']);
/** Kinds the taxonomy files under `other` when nothing else fits ("mark as shipped", ship before payment). */
export const OTHER_KINDS: ReadonlySet<ScamKind> = new Set(['mark-shipped', 'ship-before-payment']);

/**
 * Words around a messaging app's name that make it a feature of the item (a watch that shows its notifications, a
 * headset that works with it), not a way to reach the buyer. Folded spelling (no accents, lower case).
 */
const APP_AS_FEATURE_BEFORE = String.raw`(vibrates?( for| on)?|buzz(es)?( for| on)?|beeps?( for| on)?|read|receive|answer|notifications?|notifs?|alerts?|notifiche|notifica|notificaciones|notificacion|notificacoes|notificacao|benachrichtigungen|benachrichtigung|mitteilungen|meldingen|powiadomienia|aviseringar|notiser|bildirimleri|compatible with|works with|work with|support|supports|display|displays|show|shows|affiche|afficher|supporte|compatible avec|fonctionne avec|zeigt|anzeigen|unterstutzt|kompatibel mit|funktioniert mit|mostra|supporta|compatibile con|funziona con|muestra|soporta|compatible con|funciona con|suporta|compativel com|funciona com|toont|ondersteunt|werkt met|wyswietla|obsluguje|visar|stodjer|gosteriyor|destekliyor)( de| des| di| da| von| van| dei| delle)?( les| the| i| las| los| as| os| le| la| die| de)?`;
const APP_AS_FEATURE_AFTER = String.raw`(notifications?|notifs?|alerts?|notifiche|benachrichtigung\w*|mitteilungen|meldingen|powiadomien\w*|aviseringar|notiser|bildirim\w*|の?通知|-?(nachrichten|anrufe|messages?|calls?|chats?|messaggi|chiamate|mensajes|llamadas|mensagens|chamadas|wiadomosci|meddelanden|berichten|oproepen)\b[^.!?]{0,25}\b(lesen|anzeigen|angezeigt|empfangen|beantworten|read|display(ed)?|shown|receive|answer|leggere|ricevere|visualizza\w*|leer|recibir|mostrar|ler|receber|lezen|ontvangen|odczyt\w*|odbier\w*|lasa|ta emot)\b|(messages?|calls?|video calls?|chats?) (appear|show|pop|come through|on (the|this|that|my) (watch|smartwatch|band|tracker|screen|display|car|headset|earbuds)))`;

export const SCAM_RULES: ReadonlyArray<RuleSpec<ScamKind>> = [
  {
    id: 'scam.forwarder',
    key: 'forwarder',
    strength: 3,
    label: 'parcel forwarder',
    phrases: {
      any: [String.raw`\b(shipito|myus|stackry|planet express|tenso|buyee|zenmarket|from japan|fishisfast|borderlinx|aramex shop|shopandship|shop and ship|youshop)\b`],
      en: [String.raw`\b(forwarder|forwarding (address|service|company|warehouse)|freight forward\w*|mail forward\w*|package forward\w*|reship(per|pers|ping (service|company|address|warehouse)))\b`],
      ja: [String.raw`(転送(業者|サービス|会社|先)|海外転送)`],
      de: [String.raw`\b(paketweiterleit\w*|weiterleitungsdienst|weiterleitungsadresse)\b`],
      fr: [String.raw`\b(transitaire|service de reexpedition|adresse de reexpedition)\b`],
      it: [String.raw`\b(spedizioniere|servizio di inoltro)\b`],
      es: [String.raw`\b(reexpedidor|casillero|servicio de reenvio)\b`],
    },
  },
  {
    id: 'scam.third-party',
    key: 'third-party',
    strength: 3,
    label: 'new recipient who is not the buyer',
    phrases: {
      en: [
        String.raw`\b(send|ship|deliver|post|mail|forward|dispatch)\b[^.!?]{0,40}\bto (my|our|his|her) ((${P.en}|wife|husband|partner)'?s )?(${P.en}|family)\b`,
        // "post it straight to her flat", "can it go directly to his house?"
        String.raw`\b(send|ship|deliver|post|mail|forward|dispatch|go|goes)\b[^.!?]{0,30}\bto (his|her|their) ((${P.en})'?s )?(house|home|flat|apartment|place|address|office|shop|store|work)\b`,
        // another name on the parcel for a friend: "change the name to Tom Briggs and send it to … He's a mate of mine"
        String.raw`\b(name|recipient)\b(?<=\b(change|put|switch|update|make)\b[^.!?]{0,20})[^\n]{0,100}\b(he's|she's|he is|she is|they're|they are) (a |an |my )?(mate|friend|buddy|pal|colleague|neighbou?r|coworker|co-worker|cousin|relative)\b`,
        String.raw`\b(my|our) (friend|client|customer|cousin|relative|nephew|niece|brother|sister|uncle|aunt|daughter|son|agent)'?s? (address|house|place|shop|store|flat|home)\b`,
        String.raw`\b(my|our) (client|customer)s? (ordered|bought|is waiting|are waiting)\b`,
        // "change the delivery to my cargo agent", "can you post the speaker to him there?"
        String.raw`\b(change|redirect|reroute|switch|move)\b (the |my )?(delivery|shipment|shipping|address|destination)\b[^.!?]{0,15}\bto (my|our) (${P.en})\b`,
        String.raw`\b(send|ship|deliver|post|mail|forward|dispatch)\b[^.!?]{0,25}\bto (him|her|them) (directly|instead|there|as a (gift|present|surprise))\b`,
        String.raw`\bfor (my|our) (${P.en})\b[^.!?]{0,40}\b(send|ship|deliver|post|mail|forward) (it |them )?((directly |straight )?to (him|her|them)|there)\b`,
        String.raw`\b(i am|i'm|we are|i run|i have|running) (a )?(small )?(shop|store|reseller|business|boutique)\b[^.!?]{0,80}\b(ship|send|deliver)\b`,
        String.raw`\bi am (a )?(running )?(small )?(shop|reseller|dropshipper)\b`,
      ].map((p) => p + NOT_ALREADY_ON_ORDER),
      ja: [
        String.raw`(${P.ja})(さん|様|さま|ちゃん)?(の)?(住所|家|宅|ところ|元|もと|事務所|会社|店|お店|店舗|自宅|職場)?(に|へ|宛て?に?)(直接)?(送|発送|届け|お届け|配送|転送|納品|納入)`,
        String.raw`(${P.ja})[^。]{0,25}直接(送|発送|届け|お届け|配送|納品|納入)`,
        // 「お届け先を娘の家に変更」
        String.raw`(お?届け先|送り先|配送先|宛先|送付先)(を|は)?(${P.ja})(の)?(住所|家|宅|ところ|自宅|職場|店|会社)?(に|へ)(変更|変え|し)`,
      ],
      de: [
        String.raw`\b(schicken|senden|liefern|versenden|verschicken)\b[^.!?]{0,60}\b(an|zu) (meine[nmr]?) (${P.de})\b`,
        String.raw`\b(an|zu) (meine[nmr]?) (${P.de})\b[^.!?]{0,40}\b(schicken|senden|liefern|versenden|verschicken|geschickt|gesendet|geliefert|umleiten|umgeleitet|weiterleiten|zustellen|zugestellt)\b`,
        String.raw`\b(fur|an) meinen neffen\b[^.!?]{0,60}\b(dort|geburtstag)\b`,
        // someone else's relative: "zum Vater meiner Freundin schicken", "an die Mutter meines Kollegen"
        String.raw`\b(${P.de}) (meiner|meines|von meiner|von meinem) [a-z]+\b(?<=\b(zum|zur|an den|an die|zu den) [a-z]+ [a-z ]+)[^.!?]{0,40}\b(schicken|senden|liefern|versenden|verschicken|zustellen|geschickt|gesendet|geliefert)\b|\b(schicken|senden|liefern|versenden|verschicken)\b[^.!?]{0,40}\b(zum|zur|an den|an die|zu den) (${P.de}) (meiner|meines|von meiner|von meinem) [a-z]+\b`,
        String.raw`\b(an|zu|nach|in) (die |das |den |der )?(firma|adresse|wohnung|haus|buro|laden|geschaft|praxis) (meines|meiner) (bruders|freundes|sohnes|vaters|onkels|cousins|neffen|kunden|chefs|kollegen|schwagers|schwester|freundin|tochter|mutter|tante|cousine|nichte|kundin|kollegin|eltern)\b`,
        // "direkt zu ihm nach Krakau schicken": him or her is someone else
        String.raw`\b(direkt )?(zu|an) (ihm|ihr)\b (direkt |nach hause |nach \w+ )?(schicken|senden|liefern|versenden|verschicken|zustellen|geschickt|gesendet|geliefert)\b`,
      ],
      fr: [
        String.raw`\b(envoy|expedi|livr)(er|ez|iez)\b[^.!?]{0,40}\b(a|chez) ((le|la|les) (${P.fr}) (de|d') ?)?(mon|ma|mes) (${P.fr})\b`,
        // another name on the parcel for a friend: "mettre le nom de Julien Morel … C'est un ami à moi"
        String.raw`\b(nom|destinataire)\b(?<=\b(mettre|mettez|changer|changez|modifier|modifiez|remplacer|remplacez)\b[^.!?]{0,20})[^\n]{0,100}\b(c'est|il est|elle est) (un|une|mon|ma) (ami|amie|pote|copain|copine|collegue|voisin|voisine|cousin|cousine)\b`,
        String.raw`\b(mon|ma|mes) (${P.fr})\b[^.!?]{0,60}(?<!\b(en|de|d'en) )\b(recevoir|reception|livrer|expedier|envoyer)\b`,
      ],
      it: [
        String.raw`\b((spedir|inviar|mandar|consegnar)(e|lo|la|li|le|melo|mela)|spedite|inviate|mandate)\b[^.!?]{0,40}\b(a|da|presso) (mio|mia|miei|mie) (${P.it})\b`,
        // someone else's relative: "spedirlo dal padre del mio ragazzo", "a casa della sorella di mia moglie"
        String.raw`\b(spedir|inviar|mandar|consegnar)\w*\b[^.!?]{0,40}\b(al|alla|dal|dalla|presso (il|la)|a casa (del|della|di)) (${P.it}) (del|della|di) (mio|mia|miei|mie) [a-z]+`,
        String.raw`\b(spedir|inviar|mandar|consegnar)(e|lo|la|li|le)\b (pure )?(direttamente )?a (lei|lui|loro|casa sua|casa di lei|casa di lui)\b`,
      ],
      es: [
        String.raw`\b(enviar|mandar|enviarlo|mandarlo|envien|manden|entregar)\b[^.!?]{0,40}\ba (casa )?(de |del |de la )?((${P.es}) de )?(mi|mis) (${P.es})\b`,
        String.raw`\b(cumpleanos|regalo) de mi (sobrino|sobrina|primo|prima|amigo|amiga)\b[^.!?]{0,40}\b(vive|en)\b`,
      ],
      nl: [
        String.raw`\b(sturen|versturen|verzenden|leveren)\b[^.!?]{0,40}\bnaar (mijn) (${P.nl})\b`,
        String.raw`\bnaar mijn (${P.nl})\b[^.!?]{0,40}\b(sturen|versturen|verzenden|leveren|opsturen)\b`,
      ],
      pl: [String.raw`\b(wyslac|wyslijcie|dostarczyc)\b[^.!?]{0,40}\bdo (mojego|mojej|moich) (${P.pl})\b`],
      sv: [String.raw`\b(skicka|leverera)\b[^.!?]{0,40}\btill (min|mitt|mina) (${P.sv})\b`],
      pt: [
        String.raw`\b(enviar|mandar|entregar|manda|mande|mandem|envia|envie|enviem|entrega|entreguem)\b[^.!?]{0,40}\b(para|pro|pra|ao|a) (o |a |os )?(meu|minha|meus|minhas) (${P.pt})\b`,
        String.raw`\b(enviar|mandar|entregar|manda|mande|mandem|envia|envie|enviem)\b[^.!?]{0,40}\b(morada|endereco|casa) (da|do|de) (meu|minha|meus|minhas) (${P.pt})\b`,
        String.raw`\b(enviar|mandar|entregar|manda|mande|mandem|envia|envie|enviem)\w* (isso |ele |ela |o pedido |a encomenda )?(direto|diretamente) (para|pra|pro|a|ao) (ela|ele|eles|elas|casa dela|casa dele)\b`,
      ],
      tr: [String.raw`\b(${P.tr}) (gonder|yolla|ulastir|teslim)`],
    },
  },
  {
    id: 'scam.contact',
    key: 'off-amazon-contact',
    strength: 3,
    label: 'contact outside Amazon',
    phrases: {
      any: [
        // Not the app as a feature of the item: "affiche les notifications WhatsApp", "shows WhatsApp notifications",
        // "compatible with Telegram", "WhatsApp calls on the watch". Contact needs no such frame.
        String.raw`(?<!${APP_AS_FEATURE_BEFORE} )\b(whats ?app|telegram|wechat|weixin|viber|kakao ?talk|skype|signal app|imessage|discord|snapchat)\b(?! ?${APP_AS_FEATURE_AFTER})`,
        String.raw`(微信|ワッツアップ|テレグラム|カカオトーク|ディスコード)`,
        // Signal the messenger needs a preposition (a "signal" is also a phone signal): "sur Signal au 06 …", "on Signal"
        String.raw`\b(sur|on|via|en|su|auf|op|por|per|pelo|no) signal\b(?! (strength|quality|bars?|reception|lights?|lamp|is|was))`,
        // an address written out to get past filters: "j.doe at gmail dot com", "jdoe [at] yahoo"
        String.raw`(\bat|\(at\)|\[at\]|＠) ?(gmail|yahoo|hotmail|outlook|icloud|protonmail|proton|gmx|aol)\b ?(dot|\.|\(dot\)|\[dot\])`,
        // "my gmail", "mon gmail", "meine gmx"
        String.raw`\b(my|mon|ma|mi|mein|meine|mijn|mio|mia|sur mon|al mio) (gmail|yahoo|hotmail|outlook|icloud|gmx|proton ?mail)\b`,
        String.raw`\bline ?(id|で|に|から|の(id|アカウント)|追加|登録|交換|(を|で)?(友だち|友達))|\bline\s?\(\s?id|(?<!オン|オフ|ガイド|デッド)ライン(で|に|id|追加|登録|交換)|(友だち|友達)追加|\badd me on line\b`,
        // Not an Italian PEC (certified mail for e-invoices, next to SDI / P.IVA): a legal address, not a chat channel
        String.raw`\b[a-z0-9._%+-]+@(?!(marketplace\.)?amazon\.|([a-z0-9-]+\.)*(pec|legalmail|arubapec|postacert|pecmail|casellapec)\.)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b`,
        // "follow me @…", and in the other languages "scrivimi su Instagram @giulia.creates", "escríbeme @…"
        String.raw`\b((dm|direct message|message|contact|text|add|follow|write) me|scrivimi|scriveteci|scrivetemi|contattami|contattatemi|escribeme|escribenos|contactame|schreib mir|schreibt mir|schreiben sie mir|ecris-moi|ecrivez-moi|contacte-moi|contactez-nous)\b[^.!?]{0,20}@[a-z0-9_.]{3,}`,
        String.raw`\b(dm me|instagram dm|facebook messenger|fb messenger)\b`,
      ],
      en: [String.raw`\b(text|call|whatsapp|email|e-mail|contact) me (on|at|via|through)\b[^.!?]{0,20}(\d{3}|\+|@)`, String.raw`\b(my|personal) (email|e-mail|gmail)\b`, String.raw`\btext me\b`, String.raw`\b(give|send|tell) me your (personal )?(email|e-mail|mail|phone|phone number|number|whatsapp|contact)\b`],
      ja: [String.raw`(メール|電話|個人(の)?(メール|アドレス))(で|に|まで)(連絡|返信|返事|教え|ご連絡)`, String.raw`直接(連絡|やり取り|やりとり)`],
      de: [String.raw`\b(private[nr]? e-?mail|meine handynummer\b(?! (aufs|auf das|auf dem|auf den) (paket|etikett|label|karton|adressaufkleber)))\b`],
      fr: [String.raw`\b(mon (e-?mail|adresse mail) personnel\w*|contactez-moi (sur|par|au))\b`],
      es: [String.raw`\b(mi (correo|email) personal|contacteme (por|al|en))\b`],
      it: [String.raw`\b(la mia (e-?mail|mail) personale|contattatemi (su|via|al))\b`],
    },
  },
  {
    id: 'scam.avoids-amazon',
    key: 'avoids-amazon-messages',
    strength: 2,
    label: 'avoids Amazon messages',
    phrases: {
      en: [String.raw`\b(can't|cannot|can not|don't|dont|do not|never|rarely) (see|check|read|use|open|access|get)( the| my)? amazon( app| messages?| messaging| inbox| chat)\b`],
      ja: [String.raw`(amazon|アマゾン)(の)?(メッセージ|アプリ)(は|を)?(あまり|ほとんど)?(見|使|確認し)(づらい|にくい|ない|ません|られ)`],
      de: [String.raw`\b(amazon-?nachrichten|amazon nachrichten)\b[^.!?]{0,20}\b(nicht|selten|nie)\b`],
    },
  },
  {
    id: 'scam.payment',
    key: 'off-amazon-payment',
    strength: 3,
    label: 'payment outside Amazon',
    phrases: {
      any: [String.raw`\b(paypal|zelle|venmo|cash ?app|apple ?pay|western union|moneygram|gpay|google pay|phonepe|paytm|upi id|paynow|bizum|swish\w*|revolut|gcash|m-?pesa|mobile money|opay|palmpay|easypaisa|jazzcash|stc ?pay|twint|vipps|mobilepay|iban|bitcoin|btc|usdt|crypto|paypay|line ?pay|rakuten ?pay|merpay|alipay|payoneer|skrill)\b`],
      en: [
        String.raw`\b(bank|wire|direct|money) transfer\b`,
        String.raw`\b(transfer|send) (you )?(the )?money (directly|to you)\b`,
        String.raw`\bpay (you )?(directly|direct|in cash|by cash|outside)\b`,
        // gift cards other than Amazon's own ("pay with my Amazon gift card balance" is an ordinary Amazon payment)
        String.raw`(?<!amazon |amazon's |amazon\.\w+ )\b(gift ?cards?|itunes cards?|steam cards?)\b[^.!?]{0,30}\b(pay|payment|code)\b|\bpay\b[^.!?]{0,30}(?<!amazon |amazon's |amazon\.\w+ )\bgift ?cards?\b`,
        // money sent to the buyer's own bank: "wire me the money back", "send the refund directly to my bank account",
        // "transfer the money to my account first", "my account number is 0123…". A refund that has not reached the
        // bank yet ("not come in my bank account") is not one.
        String.raw`\bwire (me|us)\b|\bwire (the |my )?(money|refund|amount|funds|payment)\b`,
        String.raw`\b(send|transfer|deposit|remit|pay|wire|put)\b[^.!?]{0,30}\b(directly|first|instead)\b[^.!?]{0,20}\b(to|into|in) (my|our) (bank|account|iban|gcash|wallet)\b`,
        String.raw`\b(send|transfer|deposit|remit|pay|wire)\b[^.!?]{0,30}\b(to|into) (my|our) (bank|account|iban|gcash|wallet)\b[^.!?]{0,25}\b(directly|first|instead|before)\b`,
        String.raw`\b(my|our) (bank )?(account number|acct no|account no|a\/c no|a\/c number)( is|:)? ?[a-z]{0,4} ?\d{5,}|\b(my|our) bank (details|info|information|account details)\b`,
      ],
      // 「返金はこちらの口座に振り込んでください」: money to the buyer's own bank account, past Amazon
      ja: [String.raw`口座(に|へ|まで)(直接)?(振り込|振込|送金|返金|入金)(?<=(こちら|私|わたし|下記|以下|当方|自分|僕|ぼく)の(銀行)?口座[^。]{1,8})|(直接(振込|振り込|送金|支払|お支払|払|決済)|(銀行)?(振込|振り込み)(で|にて)(払|支払|お支払|送|買|購入)|送金(します|いたします|で)|(?<!(amazon|アマゾン) ?)ギフト券で(支払|払|お支払)(?![^。]{0,4}(分|金額|代金|残高)))`],
      // A transfer word alone may be the refund the buyer waits for ("überweisen Sie das Geld zurück", "il bonifico del
      // rimborso"): the buyer must offer to pay by transfer, or ask for one that is not a refund.
      de: [String.raw`\b(bankuberweisung|sofortuberweisung|(per|mit|uber) uberweisung|(ich|wir) (uberweise|uberweisen)|uberweise ich|direkt (bezahlen|uberweisen)|(uberweisen|zahlen|bezahlen) (sie|ihnen) (direkt|privat))\b`],
      fr: [String.raw`\b((par|un|en) virement|virement bancaire|payer directement|mandat cash)\b`],
      it: [String.raw`\b((con|tramite|via|un|col|il) bonifico|bonifico bancario|pagare direttamente|ricarica postepay|postepay)\b`,
        // "il rimborso fatemelo direttamente sul mio conto, non tramite Amazon"
        String.raw`\b(sul|nel|al) (mio|nostro) conto\b[^.!?]{0,30}\b(non (tramite|attraverso|via|su|da|con|per) amazon|fuori da amazon)\b|\bdirettamente (sul|nel|al) (mio|nostro) conto( corrente| bancario)?\b`],
      es: [String.raw`\b((por|una|con|mediante|via) transferencia|transferencia bancaria|pagar directamente|deposito (bancario|en oxxo)|clabe)\b`,
        // the refund to the buyer's own bank, past Amazon: "deposítenme directo a mi cuenta BBVA, no por Amazon"
        String.raw`\b(mi|nuestra) cuenta\b[^.!?]{0,40}\b(no por|no a traves de|no mediante|no via|no en|sin pasar por|fuera de) amazon\b|\b(deposit|transfier|ingres|devuelv|pag)\w*\b[^.!?]{0,25}\b(directo|directamente) a (mi|nuestra) cuenta\b`],
      nl: [String.raw`\b((ik|wij|we) (maak|maken) (het|dat|u|het geld|het bedrag) (direct |zelf )?over|rechtstreeks (overmaken|betalen)|(via|per) (een )?overboeking|tikkie)\b`],
      pl: [String.raw`\b(przelewem|(zrobie|zrobic|wysle|wyslac|zaplace|zaplacic|robie) przelew\w*|przelew (na|bezposredni)|blik(iem|u|a)?)\b`],
      sv: [String.raw`\b(bankoverforing|swisha\w*)\b`],
      // an offer to pay by transfer ("pago os portes por transferência"), not a refund that comes by transfer
      pt: [String.raw`\b(pix|mb ?way|transferencia bancaria|deposito (bancario|na conta|em conta)|(pago|pagarei|pagamos|posso pagar|pagar|faco) (os portes |o frete |a diferenca |o envio |o resto |o valor )?(adicionais |extra )?(por|via|com|uma) (transferencia|deposito))\b`],
      tr: [String.raw`\b(havale (ile|yap\w*)|eft (ile|yap\w*)|havaleyle)\b`],
    },
  },
  {
    id: 'scam.deal',
    key: 'off-amazon-deal',
    strength: 3,
    label: 'deal outside Amazon',
    phrases: {
      en: [
        String.raw`\b((buy|purchase|order|deal|trade)\b[^.!?]{0,20}\b(directly|direct) (from|with) you|outside (of )?amazon|off amazon|without (going )?(through |via |using )?amazon|cheaper for both|avoid (the )?amazon fees?|instead of (through )?amazon)\b`,
        // "do you have a website where I can order directly?"
        String.raw`\b(do you have|have you got|is there|what is|what's) (a |an |your )(own )?(website|web ?site|web ?shop|online (shop|store)|shop link)\b`,
        String.raw`\b(order|buy|purchase) (it |them |these |this |from you )?directly\b(?! (from|through|via|on|at) (amazon|the manufacturer|the brand|a store|the store))`,
      ],
      ja: [String.raw`((amazon|アマゾン)(だと|では|は)(高い|手数料)|(amazon|アマゾン)(を)?(通さ|介さ)(ず|ない)|(amazon|アマゾン)(外|以外)(で|の|から)?(取引|購入|やり取り|やりとり|お取引|買|売|直接)|直接(取引|購入|買|お取引))`],
      de: [String.raw`\b(au(ss|ß)erhalb (von )?amazon|direkt bei ihnen kaufen|ohne amazon|privat (abwickeln|kaufen|verkaufen|regeln)|direkt (abwickeln|regeln))\b`],
      fr: [String.raw`\b((en )?dehors d'amazon|hors amazon|sans passer par amazon|(acheter|racheter) directement|vous (la |le |les )?(acheter|racheter|payer) directement|(regler|traiter|conclure) (en direct|directement))\b`],
      it: [String.raw`\b(fuori da amazon|senza passare (da|per) amazon|acquistare direttamente|comprare direttamente|(trattare|accordarci) (direttamente|privatamente))\b`],
      es: [String.raw`\b(fuera de amazon|sin pasar por amazon|comprar directamente|sin amazon|(tratar|negociar|arreglar) directamente)\b`],
      nl: [String.raw`\b(buiten amazon|zonder (tussenkomst van )?amazon)\b`],
      pl: [String.raw`\b(poza amazon\w*|bez (posrednictwa )?amazon\w*)\b`],
      pt: [String.raw`\b(fora da amazon|sem passar pela amazon|comprar direto com (voce|voces|vc|vcs))\b`],
    },
  },
  {
    id: 'scam.mark-shipped',
    key: 'mark-shipped',
    strength: 3,
    label: 'mark shipped before shipping',
    phrases: {
      en: [
        String.raw`\b(mark|set|update|confirm) (it|this|them|the order|my order|this order|the item|the package|the status|the shipment)? ?(as )?(shipped|dispatched|sent)\b`,
        // "update the order status to shipped today", "switch it to dispatched"
        String.raw`\b(mark|set|update|change|switch|put|move)\b (it |the |my |this )?(order |shipping |delivery )?(status )?(to|as) (shipped|dispatched|sent)\b`,
        String.raw`\bconfirm (the )?(shipment|shipping|dispatch)\b[^.!?]{0,60}\b(now|today|first|before|so (that )?(my|the) (bank|payment))\b`,
        String.raw`\b(after|once|when|until) (it|the order|the status) (shows|says|is marked|appears) (as )?(shipped|dispatched)\b`,
        // "upload a tracking number now even if it only goes out next week"
        String.raw`\b(upload|add|enter|give|send|provide)\b (me )?(a |the )?tracking( number| no| id| code)?\b[^.!?]{0,20}\b(now|today|first|already)\b[^.!?]{0,40}\b(even (if|though)|ship (it )?later|send (it )?later|goes out|next (week|month))\b`,
      ],
      ja: [
        String.raw`(発送済み?|出荷済み?|発送完了)[」』\"”]?(に|と|扱いに)(だけ|のみ)?(先に)?(して|する|設定|登録|変更|しておいて|しておいてもらえ|しといて|しとい|しちゃって)`,
        // 「先に発送通知だけ送ってもらえますか」
        String.raw`(発送|出荷)(通知|連絡|完了(通知|メール|連絡)?)(だけ|のみ)(を)?(先に)?(送|して|いただ|もら|出)|先に(発送|出荷)(通知|連絡|済み|完了)`,
      ],
      de: [String.raw`\b(sendungsnummer|trackingnummer|tracking-nummer|versandbestatigung)\b[^.!?]{0,30}\b(eintragen|ein|hinterlegen|hochladen|schicken|senden)\b[^.!?]{0,40}\b(auch wenn|obwohl|erst)\b`, String.raw`\b((als|auf) [«\"“„']? ?(versandt|verschickt|versendet|gesendet)[»\"“”']? ?(zu )?(markieren|bestatigen|melden|kennzeichnen|eintragen|setzen|stellen|umstellen|andern|schalten))\b|\b(markieren|setzen|stellen|melden|kennzeichnen)\b (sie |ihr |du )?(die |meine |unsere )?(bestellung |sendung )?(bitte )?(schon |jetzt |bereits |heute )?(als|auf) (versandt|verschickt|versendet)\b`],
      // "marquer ma commande comme expédiée", "passez le colis en expédié"
      fr: [String.raw`\b(marquer|indiquer) (la commande )?(comme )?expediee?\b`, String.raw`\b(marquer|marquez|indiquer|indiquez|mettre|mettez|passer|passez|declarer|declarez|signaler|signalez)\b (la |ma |cette |notre )?(commande |colis )?(comme|en|au statut) [«\"“']? ?(expediee?|envoyee?)\b`],
      it: [String.raw`\bsegna(re|te|rla)? (l'ordine )?come spedit\w*`, String.raw`\b(segnare|segnate|segni|mettere|mettete|impostare|impostate)(lo|la)? (il mio |l'|il )?(ordine |pacco )?(come|in stato|a) (spedit|inviat)[oa]\b`],
      es: [String.raw`\b(sub|pon|agreg|carg|ingres|mand|pas)\w*\b[^.!?]{0,20}\b(numero de (guia|seguimiento|rastreo)|tracking|guia)\b[^.!?]{0,40}\b(aunque|aun si|aun cuando)\b`, String.raw`\bmarcar(lo)? (el pedido )?como enviado\b`, String.raw`\b(marcar|marquen|marque|marcad|poner|pongan|ponga|poned)(lo|la)? (el |mi |la )?(pedido |orden |paquete )?como (enviad|despachad|expedid)[oa]\b`],
      nl: [String.raw`\b((als|op) (verzonden|verstuurd) (markeren|zetten|melden)|(markeer|zet|zetten|markeren) (het |hem |de bestelling |de order |de status )?(alvast |al |nu )?(als|op) (verzonden|verstuurd))\b`],
      // "kargoya verildi olarak işaretler misiniz?", "gönderildi olarak gösterin"
      tr: [String.raw`\b(kargoya verildi|kargolandi|gonderildi|yola cikti) (olarak )?(isaretle\w*|gorunsun|goster\w*|girin|girer misiniz|yapin|yapar misiniz|guncelle\w*)`],
      pt: [String.raw`\b(marcar|marca|marque|marquem|colocar|coloca|coloque|coloquem|por|ponha|ponham) (o |meu )?(pedido |status )?como (enviado|despachado|postado)\b`],
      pl: [String.raw`\boznacz\w* (to |moje |te )?(zamowienie )?jako (wyslane|wyslana|nadane|wyslany)\b`],
      sv: [String.raw`\b(markera|satta|satt|stall|stalla|andra|uppdatera) (ordern |den |det |bestallningen |statusen )?(som|till) (skickad|skickat|skickade|levererad)\b`],
    },
  },
  {
    id: 'scam.ship-before-payment',
    key: 'ship-before-payment',
    strength: 3,
    label: 'ship before payment clears',
    phrases: {
      en: [
        String.raw`\bpayment\b[^.!?]{0,40}\b(pending|not (yet )?(cleared|gone through|processed|complete|approved|confirmed|validated|verified))\b[^!?]{0,80}\b(ship|send|dispatch)\b`,
        // "ship it before my Klarna payment gets approved", "send it before the transfer clears"
        String.raw`\b(ship|send|dispatch|post)\b[^.!?]{0,30}\bbefore (the |my |your )?([a-z]+ )?(payment|instalment|installment|transfer|funds)\b(?! (options?|methods?|page|screen|details))`,
        // "can you send it out today even though my payment says pending?"
        String.raw`\b(ship|send|dispatch|post)\b[^.!?]{0,25}\b(even though|although|though|even if|while)\b[^.!?]{0,20}\bpayment\b[^.!?]{0,20}\b(pending|(has not|hasn't|isn't|is not|not) (yet )?(cleared|gone through|processed|complete|approved|confirmed|validated|verified))\b`,
        String.raw`\b(ship|send|dispatch|post)\b[^.!?]{0,30}\bbefore (paying|(i|we) (pay|have paid|make (the )?payment|complete (the )?payment))\b`,
        // "I'll pay as soon as my paycheck clears, but please send it today"; "ship it now and I'll pay you next week"
        String.raw`\b(i'?ll|i will|i can|we'?ll|we will) (be )?pay(ing)?\b[^.!?]{0,15}\b(later|after|once|when|as soon as|next (week|month)|on (mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b[^!?]{0,80}\b(ship|send|dispatch|post)\b[^.!?]{0,20}\b(now|today|first|right away|immediately|already)\b`,
        String.raw`\b(ship|send|dispatch|post)\b[^.!?]{0,30}\b(now|today|first|right away)\b[^.!?]{0,20}\b(and|then) (i'?ll|i will|we'?ll|we will) (pay|sort (out )?the payment|settle (up|the payment)|transfer the money)\b`,
        // the payment promised in the next sentence, with a when: "can you ship it now? I'll pay when my direct deposit
        // hits" (not "ship it today? I'll pay extra for that")
        String.raw`\b(ship|send|dispatch|post)\b[^.!?]{0,30}\b(now|today|first|right away|asap)\b[^.!?]{0,20}[.!?]+ ?(i'?ll|i will|we'?ll|we will|i can|i'm going to) pay\b[^.!?]{0,25}\b(when|once|after|as soon as|next (week|month)|tomorrow|later|on (mon|tues|wednes|thurs|fri|satur|sun)day|payday)\b`,
      ],
      ja: [String.raw`(支払い?|入金|決済)(前|より先|の前|確認前)に(発送|出荷|送|お送り|届け)`, String.raw`(振込|振り込|支払|お支払|入金|払|決済|給料)[^。]{0,20}(ので|から)[^。]{0,6}先に(発送|出荷|送|お送り)`, String.raw`(入金|支払い?)(は|が)?(後|あと)(で|から)[^。]{0,15}(発送|出荷)`,
        // 「支払いはまだ確認中だと思いますが、先に商品を送ってもらえると」: payment pending, goods first
        String.raw`(支払い?|入金|決済|振込|振り込み)(は|が)?(まだ|未|確認中|処理中|反映され)[^。]{0,25}先に[^。]{0,6}(発送|出荷|送っ|送り|お送り)`],
      de: [String.raw`\b(vor (der )?zahlung|bevor die zahlung)\b[^.!?]{0,30}\b(versenden|schicken)\b`,
        // "schon verschicken, bevor die Zahlung gebucht ist", "auch wenn die Überweisung noch nicht eingegangen ist"
        String.raw`\b(\w*schicken|\w*senden|liefern|verschickt|versendet|geschickt)\b[^.!?]{0,30}\b(bevor|ehe|auch wenn|obwohl|selbst wenn) (die|meine|der|mein) (zahlung|uberweisung|bezahlung|betrag|geld|rate)\b`,
        // "die Zahlung ist noch ausstehend, bitte trotzdem schon versenden"
        String.raw`\b(zahlung|uberweisung|bezahlung)\b[^.!?]{0,20}\b(ausstehend|noch nicht (gebucht|eingegangen|durch|bestatigt|freigegeben|verbucht|gutgeschrieben)|in bearbeitung|steht noch aus)\b[^!?]{0,50}\b(trotzdem|schon|bereits|vorab|jetzt|gleich)\b[^.!?]{0,15}\b(\w*schicken|\w*senden)\b`,
        // "bitte gleich losschicken, die Bezahlung kommt dann nächste Woche"
        String.raw`\b((jetzt|gleich|sofort|schon|heute|vorab|bereits) (\w+ )?(\w*schicken|\w*senden)|(\w*schicken|\w*senden|verschickt|schickt|sendet)\b[^.!?]{0,25}\b(jetzt|gleich|sofort|schon|heute|vorab|bereits))\b[^!]{0,40}\b(zahlung|bezahlung|uberweisung|geld|ich zahle|ich bezahle)\b[^.!?]{0,25}\b(kommt|folgt|ist unterwegs|nachste woche|spater|erst|am (montag|dienstag|mittwoch|donnerstag|freitag|monatsende|ersten))\b`],
      fr: [String.raw`\b(avant (le )?paiement)\b[^.!?]{0,30}\b(expedier|envoyer)\b`, String.raw`\b(expedier|envoyer)\b[^.!?]{0,30}\bavant (le )?paiement\b`,
        // "expédier la lampe même si le paiement n'est pas encore validé", "avant que le virement soit passé"
        String.raw`\b(envoy|expedi)\w*\b[^.!?]{0,40}\b(meme si|alors que|bien que|avant que) (le |mon |la )?(paiement|virement|prelevement|mensualite)\b`,
        // "le paiement est en attente jusqu'à lundi mais envoyez le colis dès maintenant"
        String.raw`\b(paiement|virement)\b[^.!?]{0,20}\b(en attente|pas encore|n'est pas|n'a pas|en cours)\b[^!?]{0,60}\b(envoyez|expediez|(pouvez|pourriez)-vous (me )?(l'|le |la |les )?(envoyer|expedier))\b`,
        // "envoyez-le maintenant, je paierai à la fin du mois", "le virement arrive demain"
        String.raw`\b(envoy|expedi)\w*\b[^.!?]{0,25}\b(maintenant|tout de suite|des aujourd'hui|aujourd'hui|deja|sans attendre)\b[^!]{0,40}\b(je (paierai|payerai|vais payer|reglerai|vais regler)|(le|mon) (virement|paiement|salaire) (arrive|arrivera|suivra|sera|tombe))\b`],
      es: [String.raw`\b(envi|mand|despach)\w*\b[^.!?]{0,30}\bantes (del pago|de pagar|de que (se )?\w+ (el|mi|la) (pago|transferencia|deposito)|de que (el|mi|la) (pago|transferencia|deposito))\b`,
        // "el pago sigue pendiente pero mándenmelo ya"
        String.raw`\b(pago|transferencia|deposito)\b[^.!?]{0,20}\b(pendiente|en proceso|sin (acreditar|reflejar|aprobar|confirmar)|no (se )?(ha )?(acreditado|reflejado|aprobado|confirmado))\b[^!?]{0,50}\b((mand|envi|despach)(en|a|e|ad)(lo|la|los|las|melo|mela|nmelo|nmela|nlo|nla)|(pueden|podeis|puedes|podrian|podrias) (mandar|enviar|despachar))\b`,
        // "envíalo ya, el pago a plazos me lo aprueban la semana que viene", "el pago se refleja hasta el lunes"
        String.raw`\b(envi|mand|despach)\w*\b[^.!?]{0,25}\b(ya|ahora|de una vez|hoy|cuanto antes|ahorita)\b[^!]{0,40}\b(el pago|la transferencia|te pago|les pago|os pago|pagare)\b[^.!?]{0,30}\b(aprueban|aprueba|refleja|llega|llegara|cae|entra|hasta|la semana|el (lunes|martes|miercoles|jueves|viernes)|despues|luego|mas tarde|proxim\w*|quincena|cobro)\b`],
      it: [String.raw`\b(spedi|invia|manda)\w*\b[^.!?]{0,30}\b(prima (del|che (il |l'|la )?)|anche se (il |l'|la )?)(pagamento|bonifico|accredito|rata)\b`,
        // "il pagamento risulta in sospeso, si sblocca lunedì, ma potete mandarmi già la stampante?"
        String.raw`\b(pagamento|bonifico)\b[^.!?]{0,25}\b(in sospeso|in attesa|non (e |risulta )?ancora|pendente|in elaborazione)\b[^!?]{0,60}\b(spedi|invia|manda)\w*`,
        // "potete spedirlo subito? il pagamento arriva la settimana prossima"
        String.raw`\b(spedi|invia|manda)\w*\b[^.!?]{0,20}\b(subito|ora|adesso|oggi|gia)\b[^!]{0,40}\b(il pagamento|il bonifico|vi pago|pago|paghero)\b[^.!?]{0,30}\b(arriva|arrivera|dopo|poi|la settimana|lunedi|prossim\w*|quando|a fine mese)\b`],
      // "proszę wysłać teraz, przelew dojdzie za tydzień"
      pl: [String.raw`\b(wyslac|wyslijcie|wyslij|nadac|nadajcie)\b[^.!?]{0,30}\bprzed (zaksiegowaniem|wplata|zaplata|platnoscia|zaplaceniem|otrzymaniem (wplaty|platnosci|przelewu)|zatwierdzeniem|potwierdzeniem)\b`,
        String.raw`\b(wyslac|wyslijcie|wyslij|nadac|nadajcie)\b[^.!?]{0,20}\b(teraz|juz|dzis|od razu)\b[^!]{0,40}\b(przelew|platnosc|zaplace|pieniadze)\b[^.!?]{0,30}\b(dojdzie|przyjdzie|wplynie|pozniej|za tydzien|jutro|w przyszlym)\b`],
      // "de betaling staat nog in behandeling, kunnen jullie het toch al versturen?"
      nl: [String.raw`\bbetaling\b[^.!?]{0,25}\b(in behandeling|nog niet (binnen|verwerkt|goedgekeurd|bevestigd|rond)|openstaand|in afwachting)\b[^!?]{0,60}\b(toch|alvast|al|nu)\b[^.!?]{0,20}\b(versturen|verzenden|opsturen|sturen)\b|\b(versturen|verzenden|opsturen|sturen)\b[^.!?]{0,30}\b(voordat|voor) (de|mijn) betaling\b`],
      // "o pagamento está pendente, mas podem enviar antes da aprovação?"
      pt: [String.raw`\b(envi|mand|despach)\w*\b[^.!?]{0,30}\bantes (da aprovacao|do pagamento|de (o )?pagamento|da confirmacao do pagamento|de pagar|da compensacao)\b|\bpagamento\b[^.!?]{0,20}\b(pendente|em analise|nao (foi )?(aprovado|confirmado|compensado))\b[^!?]{0,50}\b(podem|pode|poderiam|consegue|conseguem) (enviar|mandar|despachar)\b`],
    },
  },
  {
    id: 'scam.customs',
    key: 'customs',
    strength: 3,
    label: 'false customs declaration',
    phrases: {
      en: [String.raw`\b(customs|declaration)\b[^.!?]{0,40}\b(gift|lower value|low value|value \d|\d+ ?(usd|dollars?))\b`, String.raw`\bdeclare (it )?as (a )?gift\b`],
      ja: [String.raw`(税関|インボイス)[^。]{0,20}(ギフト|金額を(低|安)|安く)`],
      de: [String.raw`\bzoll\w*\b[^.!?]{0,30}\b(geschenk|niedriger\w* wert)\b`],
    },
  },
  {
    id: 'scam.phishing',
    key: 'phishing',
    strength: 3,
    label: 'phishing',
    phrases: {
      en: [
        String.raw`\bverify (your )?(seller |amazon )?(account|identity|information|details|payment)\b`,
        String.raw`\b(avoid|prevent) (the )?(suspension|deactivation|closure)\b`,
        // not the buyer's own: "my Amazon account has been locked, so I could not reply"
        String.raw`\baccount (will be|has been|is) (suspended|deactivated|closed|locked|on hold|restricted)\b(?<!\b(my|our)\b[^.!?]{0,20}account [^.!?]{2,22})`,
        String.raw`\b(confirm|update|provide|send|with) (your |us your )?(seller id and )?(bank|banking|payment|login|account|card) (details|information|credentials|info)\b`,
        String.raw`\b(unusual|suspicious) (activity|login|sign-in)\b`,
        String.raw`\b(your|ur) (login|account|seller central|amazon) (e-?mail and |email and |id and )?(password|passcode|otp|verification code)\b`,
        String.raw`\b(funds|payments?|disbursements?|payouts?)\b[^.!?]{0,30}\b(withheld|on hold|held|deducted|frozen)\b`,
        // "update your W-9 at amzn-payouts-verify.com": tax details asked for like bank details, at a place named
        // the one-time code asked back: "reply with the code we texted you", "send us the 6-digit code from the SMS"
        String.raw`\b(reply|respond|send us|tell us|give us|provide|share|confirm|enter)\b (us )?(with )?(the |your |this )?(\d-digit |six-digit |6 digit )?(verification |security |one-time |one time |otp |sms |confirmation |login )?(code|otp|pin|passcode)\b[^.!?]{0,30}\b(we|sent|texted|sms|text message)\b`,
        String.raw`\b(update|complete|confirm|verify|submit|resubmit)\b (your |the )?(w-?9|w-?8\w*|tax (information|info|details|interview|form|documents?))\b[^.!?]{0,30}\b(at|here|via|on this|using|link|https?|www)\b`,
      ],
      ja: [String.raw`(認証コード|確認コード|ワンタイムパスワード|セキュリティコード|暗証番号)[^。]{0,10}(を)?(返信|送信して|教えて|お知らせ|ご返信|入力して)|(本人確認|不審なログイン|アカウント.{0,10}(一時)?停止(され|とな|にな|予定|いたし|します|する|の(お知らせ|通知|可能性|措置)|を(回避|避け|解除)|処分|措置|中)|出品.{0,6}停止|(下記|以下)の?(url|リンク)|ログインして(確認|ください)|売上金.{0,10}保留)`],
      // not the buyer's own: "mein Amazon-Konto wurde gesperrt, deshalb konnte ich nicht antworten"
      de: [String.raw`(konto (wird|wurde|ist)( vorubergehend)? (gesperrt|deaktiviert|eingeschrankt|suspendiert)(?<!\b(mein|meine|unser|unsere)\b[^.!?]{0,20}konto [^.!?]{2,30})|\bbankdaten|\bbankverbindung (bestatigen|aktualisieren)|\b(verifizieren|bestatigen) sie (ihr|ihre) (konto|daten|identitat|kontodaten|zahlungsdaten|angaben))\b`,
        // the SMS code asked back: "antworten Sie mit dem Code, den wir Ihnen per SMS geschickt haben"
        String.raw`\b(antworten sie|senden sie uns|schicken sie uns|teilen sie uns|nennen sie uns|geben sie)\b[^.!?]{0,25}\b(\w*code|pin|tan)\b[^.!?]{0,35}\b(sms|geschickt|gesendet|erhalten)\b`,
        // "verdächtige Aktivitäten", "ungewöhnliche Anmeldung"
        String.raw`\b(verdachtige|ungewohnliche) (aktivitat\w*|anmeldung\w*|zugriff\w*|bestellung\w*)\b[^.!?]{0,40}\b(konto|verkauferkonto)\b|\b(konto|verkauferkonto)\b[^.!?]{0,30}\b(verdachtige|ungewohnliche) (aktivitat\w*|anmeldung\w*|zugriff\w*)`],
      fr: [String.raw`\b(compte( vendeur)? (sera |a ete |est )?(suspendu|desactive|bloque)|coordonnees bancaires|verifiez votre compte)\b`, String.raw`\b(repondez|envoyez-nous|communiquez-nous|indiquez-nous)\b[^.!?]{0,25}\bcode\b[^.!?]{0,30}\b(sms|envoye|recu)\b`],
      it: [String.raw`\b(account( venditore)? (verra |e stato |e )?(sospeso|disattivato|bloccato)|dati bancari|verifica (il tuo|il vostro) account|verificare i (suoi|tuoi|vostri) dati)\b`, String.raw`\b(evitare|evitate|evita) (la )?(sospensione|disattivazione|chiusura)\b|\baccesso (anomalo|sospetto|non autorizzato)\b|\b(rispondete|risponda|inviateci|ci invii|comunicateci|ci comunichi)\b[^.!?]{0,25}\bcodice\b[^.!?]{0,30}\b(sms|inviato|ricevuto)\b|\baggiorn(a|i|ate|are) i (tuoi |suoi |vostri )?dati\b[^.!?]{0,30}\b(entro|su|qui|al link|tramite)\b`],
      // a look-alike Amazon domain written without http: "brandregistry-amzn-support.com", "amazon-pagamenti-it.com"
      any: [String.raw`\b([a-z0-9]+-)+(amazon|amzn)[a-z0-9-]*\.[a-z]{2,8}\b|\b(amazon|amzn)(-[a-z0-9]+)+\.[a-z]{2,8}\b`],
      es: [String.raw`\b(responda|envienos|indiquenos|facilitenos)\b[^.!?]{0,25}\bcodigo\b[^.!?]{0,30}\b(sms|enviamos|recibio)\b`, String.raw`\b(confirme sus datos|datos bancarios|(cuenta( de vendedor)?|pago) (sera |ha sido |esta )?(desactivad|suspendid|retenid|bloquead)\w*|verifique su cuenta)\b`],
      nl: [String.raw`\b(account (wordt|is) (geblokkeerd|opgeschort)|bankgegevens)\b`, String.raw`\b(stuur|geef|antwoord|deel|stuurt)\b[^.!?]{0,25}\bcode\b[^.!?]{0,30}\b(sms|ontvangen|gestuurd)\b`],
      sv: [String.raw`\b(bekrafta|verifiera) (ditt|ert) konto\b|\b(svara|skicka)\b[^.!?]{0,25}\bkoden\b[^.!?]{0,30}\b(sms|skickade|fick)\b`],
      pt: [String.raw`\b(responda|envie|informe|mande|nos passe)\b[^.!?]{0,25}\bcodigo\b[^.!?]{0,30}\b(sms|enviamos|recebeu)\b|\b(evitar|evite) o bloqueio da (sua )?conta\b`],
      pl: [String.raw`\b(konto (zostanie|zostalo) (zawieszone|zablokowane)|dane bankowe)\b`],
    },
  },
  {
    id: 'scam.impersonation',
    key: 'impersonation',
    strength: 3,
    label: 'claims to be Amazon',
    phrases: {
      // A message headed as Amazon's security desk ("Amazon security: call 0800…", "Sicurezza Amazon:", "Amazon
      // Sicherheitsdienst:"): a buyer who mentions Amazon's security says so in a sentence, not as a header or a desk's name
      any: [String.raw`\b(amazon[- ]?(security|safety|sicherheit|securite|sicurezza|seguridad|seguranca|beveiliging|sakerhet|bezpieczenstwo|guvenlik)|(security|sicherheit|securite|sicurezza|seguridad|seguranca|beveiliging|sakerhet|bezpieczenstwo|guvenlik) amazon)( ?-? ?(dienst|team|abteilung|zentrale|center|centre|centrum|department|servizio|servicio|servico|service))? ?[:：]|\bamazon[- ]?(sicherheitsdienst|sicherheitsteam|sicherheitszentrale|sicherheitsabteilung|security (center|centre|desk|department))\b|\b(hier ist|hier spricht|wir sind|ici|nous sommes|qui e|siamo|aqui|somos|hier is|wij zijn|har ar|vi ar|aqui e) (der |das |die |le |la |il |l'|el |de |o |a )?(amazon|equipe amazon|team amazon|equipo de amazon)( |-)?(kundenservice|kundendienst|support|service client|servizio clienti|assistenza|servicio al cliente|atencion al cliente|klantenservice|kundtjanst|atendimento|seller support|sicherheit|securite|sicurezza|seguridad)\b`],
      en: [String.raw`\b(this is amazon|we are amazon|amazon (seller )?(performance|security|verification|claims|account|compliance) (team|department)|amazon (customer )?support team|this is amazon customer (support|service)|amazon claims department)\b`],
      ja: [String.raw`(amazon|アマゾン)[^。\n]{0,12}(セラーサポート|サポートチーム|セキュリティ(チーム|センター)|アカウントサービス)`],
      de: [String.raw`\b(amazon[- ]?(sicherheits|konto)?team|ihr amazon-team)\b`],
      fr: [String.raw`\b(l'?equipe amazon|service de securite amazon)\b`],
      it: [String.raw`\b(il team (di )?amazon|team amazon)\b`],
      es: [String.raw`\b(equipo de amazon|amazon seguridad)\b`],
    },
  },
  {
    id: 'scam.threat',
    key: 'threat',
    strength: 2,
    label: 'threat',
    phrases: {
      en: [
        String.raw`\b((negative|bad|1[- ]?star|one[- ]?star|low|terrible) (feedback|review|rating)|(leav(e|ing)|giv(e|ing)|post(ing)?|writ(e|ing)|put(ting)?|rat(e|ing))( you| your (shop|store))? (a |an |only )?(1|one)[- ]?star|getting (a )?(1|one)[- ]?star|a-?to-?z|atoz|chargeback|dispute (the|this|with)|report you)\b`,
        // The review as the price of saying no: "or I'll be writing a review about this shop", "otherwise my review will say it all"
        String.raw`\b(or|otherwise|else|if not)\b[^.!?]{0,25}\b(review|feedback|rating)s?\b`,
      ],
      // 「対応してくれないなら評価に書きます」「返金してもらえない場合はレビューに書かせていただきます」「じゃないと評価最悪」
      ja: [String.raw`(★ ?1|星 ?1|星ひとつ|悪い評価|低評価|悪評|a ?to ?z|a-z保証|最低評価|低い評価|評価(は)?最悪)`, String.raw`(ない(なら|と|場合)|なければ|なかったら|でないと|さもないと|場合(は|には)?、?)[^。]{0,12}(評価|レビュー|星)`],
      // "ansonsten schreibe ich eine entsprechende Bewertung", "andernfalls bewerte ich Sie mit einem Stern", "oder ich melde Sie bei Amazon"
      de: [String.raw`\b(negative|schlechte) bewertung|a-bis-z|a-z-garantie\b|\b(1|ein|einen|einem)[- ]?stern(e)?(-bewertung)?\b`, String.raw`\b(sonst|ansonsten|andernfalls|oder (ich|es))\b[^.!?]{0,45}\b(bewertung|bewerte|rezension|melde (ich )?(sie|euch|dich)|stern)`],
      // "sinon je vous laisse une évaluation à la hauteur", "ou je vous signale à Amazon"
      fr: [String.raw`\b(avis negatif|mauvais avis|mauvaise (note|evaluation)|reclamation a-z|garantie a-z|(1|une) etoile)\b`, String.raw`\b(sinon|ou (je|j'))\b[^.!?]{0,30}\b(avis|evaluation|etoile|signale|commentaire)`],
      it: [String.raw`\b(recensione negativa|feedback negativo|garanzia dalla a alla z|(1|una) stella)\b`, String.raw`\b(o|e) (vi|ti|la|lo) (segnalo|denuncio)\b|\baltrimenti\b[^.!?]{0,30}\b(recension|stell|segnal|feedback|valutazion)`],
      es: [String.raw`\b(valoracion negativa|mala (resena|valoracion|opinion)|(opinion|resena|calificacion) negativa|garantia de la a a la z|(1|una) estrella)\b`, String.raw`\bo (les|le|te|os) (denuncio|reporto)\b|\b(si no|sino)\b[^.!?]{0,30}\b(resena|valoracion|opinion|estrella|denuncio|reporto|calificacion)`],
      nl: [String.raw`\b(negatieve (beoordeling|review|recensie)|slechte (review|beoordeling|recensie)|(1|een) ster)\b`],
      pl: [String.raw`\bnegatywn\w* (opini|komentarz|ocen)\w*|\b(1|jedna|jedną) gwiazdk\w*`],
      sv: [String.raw`\b(dalig|negativ) (recension|omdome)|\b(negativt|daligt) (betyg|omdome)|\b(1|en|ett) stjarna\b`],
      pt: [String.raw`\b(avaliacao negativa|ma avaliacao|(1|uma) estrela|reclamacao (no|na) amazon)\b`],
      tr: [String.raw`\b(olumsuz|kotu) (yorum|degerlendirme|puan)\w*|\b(1|tek|bir) yildiz\w*|\bsikayet edecegim\b`],
    },
  },
  {
    id: 'scam.no-return',
    key: 'no-return',
    strength: 2,
    label: 'refund without returning the item',
    phrases: {
      en: [
        String.raw`\b(won't|will not|not going to|don't want to|can't be bothered|cannot be bothered|refuse to|not)\b[^.!?]{0,6}\b(send|sending|return|returning|post|posting|ship|shipping|mail|mailing)\b[^.!?]{0,16}\bback\b`,
        // "can't be bothered with the post office queue to send it back", "can't be arsed posting it back"
        String.raw`\b(can't|cannot|can not) be (bothered|arsed|asked)\b[^.!?]{0,40}\b(send|return|post|ship|mail)\w*\b[^.!?]{0,16}\bback\b`,
        // "it stays here", "the kettle stays with me", "I hold on to the kettle", "I will not be returning the product"
        String.raw`\b(stays|is staying|are staying|will stay|remains) (here|with me|with us)\b`,
        String.raw`\b(hold|hang) on to (it|them|the \w+)\b`,
        String.raw`\b(will not|won't|am not|i'm not|not going to) (be )?(returning|sending back|posting back) (it|them|the \w+|anything)\b`,
        // "I'm not going to waste my time shipping it back", "I won't pay to send it back", "not spending money on posting it back"
        String.raw`\b(won't|will not|not going to|don't want to|do not want to|refuse to|not|no way i'm|no way am i)\b (waste|wasting|spend|spending|pay|paying|bother|bothering|go to the (trouble|hassle|expense) of|take the time|drive|driving|queue|queuing|stand|standing)\b[^.!?]{0,25}\b(send|sending|return|returning|post|posting|ship|shipping|mail|mailing)\b[^.!?]{0,10}\bback\b`,
        String.raw`\b(i'?ll|i will|let me|i'm going to|i am going to) (just )?keep (it|the item|them|this( one)?|that( one)?|the (product|thing|one))\b`,
        // "I'm not going through the return hassle"
        String.raw`\b(not|won't|will not|refuse to|not going to) (go|going) through (the |a |any |this )?(return|returns)( hassle| process| thing)?\b`,
        String.raw`\b(without (me |us )?(returning|sending|shipping|posting|mailing) (it|them|the item|anything)( back)?|without (returning|sending it back)|no return)\b`,
        String.raw`\b(won't|will not|not going to) return (it|the item|them)\b`,
        // "refund me and I keep it"
        String.raw`\b(and|then|while|but) i('ll| will)? keep (it|them|the item|the product)\b`,
        String.raw`\b(i'?m|i am|im|we'?re|we are) (just )?keeping (it|them|this|both|(the|this|these|my) \w+)\b`,
      ],
      ja: [
        String.raw`(返品|返送|返却)(は|も)?(しません|しない|せず|なし|不要|したくない|する気はない)`,
        // 「返品は面倒なので返金だけ」
        String.raw`(返品|返送|返却)(は|も|するのは)?(面倒|めんどう|めんどくさ|手間|無理)|返品(なし|無し|せず)(で)?(の)?返金|返金(だけ|のみ)(して|お願い|希望|で(いい|お願い))`,
        // 「返送とか面倒」「送り返すのは手間」「返すつもりないです」「返送はいたしかねます」「商品は手元に置いておきます」
        String.raw`(返品|返送|返却|送り返|送り返す|返す)(のは|は|も|とか|するのは|するとか)?(面倒|めんどう|めんどくさ|手間)|(返品|返送|返却|送り返|返)(す|する|し)?(つもり|気)(は|も)?(ない|ありません|ございません|ないです)|(返品|返送|返却)(は|も)?(いたしかね|致しかね|できかね)|手元に(置いて|置いと|残して|置き|保管して)(おき|おく|おきます|おきたい|きます)`,
      ],
      de: [
        String.raw`\b(ohne (rucksendung|zuruckzuschicken|zurucksenden)|(schicke|sende|gebe) (es |ihn |sie |das )?(nicht|nichts) zuruck|behalte (es|ihn|sie|das|die ware|den artikel|das teil|das produkt)|(das teil|die ware|den artikel|das produkt|das ding|es) behalte ich)\b`,
        // "den Toaster behalte ich", "diese Lampe behalte ich"
        String.raw`\b(den|die|das|diesen|diese|dieses) [a-z]{3,} (behalte|behalt) ich\b`,
        // "ich schicke das Ding nicht zurück", "ich werde den Sauger sicher nicht zurücksenden", "keine Lust, das zurückzuschicken"
        String.raw`\b(schicke|schick|sende|gebe|bringe)\b(?: [a-z]+){1,3} (nicht|nichts|sicher nicht|bestimmt nicht|garantiert nicht|auf keinen fall) zuruck\b|\b(werde|will|mochte|wurde)\b[^.!?]{0,30}\b(nicht|keinesfalls|auf keinen fall) (zuruckschicken|zurucksenden|zuruckgeben|retournieren|einpacken und zuruckschicken)\b|\bkeine lust\b[^.!?]{0,30}\b(zuruckzuschicken|zuruckzusenden|zu retournieren)\b`,
        // "Zurückschicken werde ich ihn nicht", "der Artikel bleibt bei mir", "eine Rücksendung kommt nicht in Frage"
        String.raw`\b(zuruckschicken|zurucksenden|zuruckgeben|retournieren) (werde|will|mochte|tue|wurde) ich (es |ihn |sie |das |den \w+ |die \w+ )?(nicht|nichts|sicher nicht|bestimmt nicht)\b|\b(bleibt|bleiben) (bei mir|hier|bei uns)\b|\b(rucksendung|retoure|zurucksenden|zuruckschicken)\b[^.!?]{0,25}\bnicht in frage\b`,
      ],
      fr: [String.raw`\b(sans (retour|le renvoyer|renvoyer)|je (le |la |les )?(garde|conserve)( (le|la|les|l') ?(produit|article|objet|colis))?|ne (le|la) renverrai pas|je ne (renvoie|renverrai|retourne|retournerai) rien)\b`,
        // "je ne vais pas le renvoyer", "pas question de le renvoyer", "je n'ai pas l'intention de vous le retourner"
        String.raw`\b(ne vais pas|pas question de|n'ai pas l'intention de|refuse de|ne compte pas|ne vais certainement pas) (vous )?(le |la |les |l')?(vous )?(renvoyer|retourner|rendre|reexpedier|rapporter)\b`],
      it: [String.raw`\b(senza (reso|restituire|rispedire)|(lo|la) tengo|(tengo|terro) (il|l') ?(prodotto|articolo|pacco)|non (lo|la) rispedisco)\b`,
        // "non ho intenzione di rispedirlo", "non lo rimando indietro", "il prodotto resta a me"
        String.raw`\bnon (ho intenzione di|penso di|voglio|intendo) (rispedir|restituir|rimandar|render)(e|lo|la|li|le)\b|\bnon (lo|la|li|le) (rimando|rispedisco|restituisco|rendo)\b|\b(resta|rimane|restano|rimangono) a me\b|\bme (lo|la) tengo\b`],
      es: [String.raw`\b(no pienso devolver(lo|la|los|las)?|no (lo|la|los|las) pienso devolver|sin devolver(lo|la)?|me (lo |la )?quedo con (el|la|los|las) (producto|articulo|paquete)|me (lo|la) quedo|no (lo|la) voy a devolver|no (lo|la) devuelvo|no (voy a devolver|devuelvo) nada)\b`,
        // "no pienso mandarlo de vuelta", "devolverla no", "me quedo el producto"
        String.raw`\bno (pienso|voy a|quiero) (mandar|enviar|devolver|regresar|retornar)(lo|la|los|las)?( de vuelta)?\b|\bdevolver(lo|la|los|las)? no\b|\bme quedo (con )?(el|la|los|las) (producto|articulo|paquete|pedido|aparato)\b`],
      nl: [String.raw`\b(ik (houd|hou) (het|hem|ze)|ik stuur (het|hem|niks|niets) (niet )?terug|ik stuur (die|dat|de|deze|dit)( [a-z]+){1,2} niet terug|zonder (het )?terug te sturen|(terugsturen|retourneren|terugzenden) (doe|ga) ik (het |hem )?niet|ik (ga|wil) (het |hem |ze )?niet (terugsturen|retourneren))\b`],
      pl: [String.raw`\b(nie (odesle|zwroce|odsylam)|zatrzymam (go|to|produkt)|bez (zwrotu|odsylania))\b|\bnie (bede|zamierzam)\b[^.!?]{0,12}\b(odsyla|odesla|zwraca|odsylac|odeslac|zwracac)\w*`],
      sv: [String.raw`\b(jag behaller (den|det|varan)|skickar (inte|inget) tillbaka|utan att skicka tillbaka|(tanker|kommer|vill) (jag )?inte (att )?skicka tillbaka)\b`],
      pt: [String.raw`\b(fico com o produto|vou ficar com (ele|ela|o produto)|nao vou devolver|sem devolver|nao vou (mandar|enviar|despachar) (\w+ )?de volta)\b`],
      tr: [String.raw`\b(geri )?(gondermeyecegim|gondermem|yollamayacagim|yollamam|gondermiyorum|yollamiyorum|iade etmeyecegim|iade etmem)\b`],
    },
  },
  {
    // "Do you ship to Canada?" asks what the seller offers before buying: no order's destination is being changed,
    // so a country named in it is not a destination abroad.
    id: 'scam.ships-question',
    key: 'ships-question',
    strength: 1,
    label: 'asks where the seller ships',
    phrases: {
      en: [
        String.raw`\b((do|does) (you|the seller|this seller) (ship|deliver|send|post)|(is|are) (international )?(shipping|delivery) (available|possible|offered) (to|in))\b`,
        // "can this be delivered to an APO address?": a military or PO box address asked about before buying
        String.raw`\b(can|could|will|would) (this|these|it|they|the item|this item) (be )?(shipped|delivered|sent|posted|mailed) to (an? |my )?(apo|fpo|dpo|po box|p\.?o\.? box|military)\b`,
      ],
      // 「韓国へも発送できますか」「海外発送はしていますか」
      ja: [String.raw`(へ|に|まで|海外)(の)?(も)?(発送|配送|出荷|お届け)(は|って|も|に)?(して(い)?ますか|できますか|可能ですか|していますか|対応していますか|対応しています|対応可能|ありますか|やってますか)`],
      de: [
        String.raw`\b((liefern|versenden|verschicken) sie|(liefert|versendet|verschickt|schickt) ihr|(lieferst|versendest|verschickst) du) (auch )?(nach|ins ausland|in die|in den)\b`,
        // "ob Sie auch nach Österreich versenden"
        String.raw`\bob (sie|ihr|du) (auch |ebenfalls )?(nach|ins ausland|in die|in den)\b[^.!?]{0,30}\b(liefern|versenden|verschicken|schicken|liefert|versendet|verschickt|lieferst|versendest)\b`,
      ],
      fr: [String.raw`\b(livrez|expediez|envoyez)-?vous (aussi |egalement )?(en|au|aux|a l'etranger|vers)\b`],
      it: [String.raw`\b(spedite|consegnate) (anche )?(in|all'estero|verso)\b`],
      es: [String.raw`\b(envian|envias|hacen envios|realizan envios) (tambien )?(a|al extranjero)\b`],
    },
  },
  {
    // Not fraud by itself: makes a named foreign country a destination rather than, say, a product's origin.
    id: 'scam.ship-context',
    key: 'ship-context',
    strength: 1,
    label: 'shipping destination',
    phrases: {
      // "moved" (already lives there, so an address) but not "moving": "I'm moving to Canada next month, will the
      // warranty be valid there?" names a future home, not where this order goes (asking to send it there says "send")
      en: [String.raw`\b(send|ship|deliver|post|mail|forward|address|moved|live|lives|living|located|destination)\b`],
      ja: [String.raw`(送|発送|届け|配送|配達|納品|納入|住所|引っ越|住んで|転送|在住)`],
      de: [String.raw`\b(schicken|senden|liefern|versenden|adresse|umgezogen|wohnt|wohne|lieferung)\b`],
      fr: [String.raw`\b(envoyer|livrer|expedier|adresse|demenage|habite|vit)\b`],
      // with the clitics: spedirglielo, inviarla, mandatelo
      it: [String.raw`\b(spedir\w*|spedite\w*|inviar\w*|inviate\w*|mandar\w*|mandate\w*|consegnar\w*|indirizzo|trasferit\w*|vive|abito)\b`],
      es: [String.raw`\b(enviar|envien|envie|enviarlo|enviarla|mandar|manden|mande|mandarlo|mandarla|entregar|entreguen|direccion|domicilio|mude|vive|vivo|viven)\b`],
      nl: [String.raw`\b(sturen|versturen|leveren|adres|woont|verhuisd)\b`],
      pl: [String.raw`\b(wyslac|dostarczyc|adres|mieszka)\b`],
      sv: [String.raw`\b(skicka|leverera|adress|bor)\b`],
      pt: [String.raw`\b(enviar\w*|mandar\w*|entregar\w*|remeter\w*|manda|mande|mandem|envia|envie|enviem|entrega|endereco|morada|mora|moram|vive|vivem)\b`],
      tr: [String.raw`\b(gonder\w*|yolla\w*|teslim|adres\w*|yasayan|yasiyor|oturuyor)\b`],
    },
  },
  {
    id: 'scam.same-address',
    key: 'same-address',
    strength: 1,
    label: 'same address',
    phrases: {
      en: [String.raw`\b(same (address|house|building|flat|apartment)|address (stays|is) the same|lives with me|live together)\b`],
      ja: [String.raw`(住所はそのまま|同じ住所|同じ建物|同居|住所は(変わ|同じ))`],
      de: [String.raw`\b(gleiche adresse|selbe adresse|adresse bleibt)\b`],
      fr: [String.raw`\b(meme adresse)\b`],
      it: [String.raw`\b(stesso indirizzo)\b`],
      es: [String.raw`\b(misma direccion)\b`],
    },
  },
  {
    // A prize or reward "for you": phishing once it comes with a link to follow (see detectScam). Alone it may be a
    // buyer's thanks for a gift card in the parcel.
    id: 'scam.lure',
    key: 'lure',
    strength: 2,
    label: 'prize or reward lure',
    phrases: {
      en: [
        String.raw`\byou('ve| have| has| are)? (been )?(selected|chosen|picked)\b|\byou('ve| have)? won\b(?!')|\b(lucky|selected) (seller|winner|customer|user|shopper)\b`,
        // "claim your $500 gift card", "receive your reward"; not "did I get the free gift?"
        String.raw`\b((claim|redeem|collect|unlock) (your |the |it |now )?|(receive|get) your )(free )?(\$?\d+ |\d+ ?(usd|eur|gbp|dollars?|euros?) )?(reward|prize|bonus|gift ?card|voucher|cash prize|gift)s?\b`,
        String.raw`\bcongratulations?\b[^.!?]{0,40}\b(won|winner|selected|reward|prize|bonus)\b`,
      ],
      ja: [String.raw`(当選|抽選で選ばれ|選ばれました|(プレゼント|特典|賞品|ギフト券|ポイント)を?(受け取|進呈|獲得|お受け取り))`],
      de: [String.raw`\b(sie wurden|du wurdest)\b[^.!?]{0,40}\b(ausgewahlt|ausgelost)\b|\b(sie haben|du hast) gewonnen\b|\b(ihr|dein) gewinn\b|\b(pramie|gutschein|geschenkkarte) (zu )?(einlosen|abholen|sichern|erhalten)\b`],
      fr: [String.raw`\bvous avez ete\b[^.!?]{0,40}\b(selectionne|choisi|tire)|\bvous avez gagne\b|\b(reclamez|recuperez|recevez) (votre|vos) (cadeau|recompense|prime|bon|carte cadeau)`],
      it: [String.raw`\b(sei stato|e stato|siete stati) (selezionat|scelt|estratt)\w*|\bhai vinto\b|\b(riscatta|ritira|ricevi) (il tuo|il suo) (premio|buono|regalo)`],
      es: [String.raw`\b(ha sido|has sido|usted ha sido) (seleccionad|elegid)\w*|\b(has|ha) ganado\b|\b(reclama|reclame|canjea|canjee|recibe) (su|tu) (premio|regalo|recompensa|bono|tarjeta regalo)`],
      pt: [String.raw`\bvoce foi (selecionad|escolhid|sortead)\w*|\bvoce ganhou\b`],
      nl: [String.raw`\b(u bent|je bent) (geselecteerd|gekozen|uitgekozen)|\b(u heeft|je hebt) gewonnen\b`],
      pl: [String.raw`\b(zostales|zostalas|zostal pan|zostala pani) (wybran|wylosowan)\w*|\bwygral(es|as)\b`],
      sv: [String.raw`\bdu har (valts ut|blivit utvald|vunnit)`],
      tr: [String.raw`\b(kazandiniz|secildiniz)\b`],
    },
  },
  {
    // The seller's account, brand registration or listings about to expire, be removed or need verification within
    // hours: phishing once a link leads to a host that is not Amazon's ("your Brand Registry will expire in 24 hours.
    // Renew now: http://…"). Alone it may be a buyer quoting a notice, or Amazon's own mail with an amazon.* link.
    id: 'scam.deadline',
    key: 'deadline',
    strength: 2,
    label: 'account deadline',
    phrases: {
      en: [String.raw`\b(your (seller |selling |amazon |brand |store |shop |merchant )?(account|brand registry|registry|registration|enrollment|enrolment|listings?|store|shop|selling privileges|brand)|brand registry|verification)\b[^.!?]{0,50}\b(expire[sd]?|expiring|expiry|within \d+ ?(hours|hrs|h)|in \d+ ?(hours|hrs|h)|under review|will be (removed|suspended|deactivated|disabled|closed|deleted|restricted|blocked|delisted)|renew (now|today|immediately|here))\b`],
      ja: [String.raw`(アカウント|ブランド登録|出品|ストア|登録情報|セラー)[^。]{0,30}(有効期限|期限切れ|失効|停止|無効|確認が(完了していません|取れていません|必要)|[0-9０-９]+時間以内)`],
      de: [String.raw`\b(markenregistrierung|verkauferkonto|konto|registrierung|angebote|brand registry)\b[^.!?]{0,50}\b(lauft\b[^.!?]{0,20}\bab|ablauft|ablaufen|abgelaufen|innerhalb (von )?\d+ stunden|in \d+ stunden|verifiziert werden|gesperrt werden|deaktiviert werden)`],
      fr: [String.raw`\b(compte|enregistrement|offres|brand registry)\b[^.!?]{0,50}\b(expire|expirera|sous \d+ ?h|dans \d+ ?h|doit etre verifie|seront desactivees|sera (desactive|suspendu|supprime))`],
      it: [String.raw`\b(account|brand registry|registrazione|inserzioni|offerte)\b[^.!?]{0,50}\b(scadra|scade|scaduto|entro \d+ ore|tra \d+ ore|verra (sospeso|disattivato)|deve essere verificato)`],
      es: [String.raw`\b(cuenta|registro de marca|brand registry|productos|anuncios)\b[^.!?]{0,60}\b(caduca|caducara|expira|expirara|vence|vencera|en un plazo de \d+ horas|en \d+ horas|dentro de \d+ horas|necesita (una )?verificacion|dejaran de mostrarse)`],
      pt: [String.raw`\b(conta|registro de marca|anuncios)\b[^.!?]{0,50}\b(sera (suspensa|desativada|bloqueada)|expira|em \d+ horas|dentro de \d+ horas|precisa (de )?verificacao)`],
      nl: [String.raw`\b(account|merkregistratie|registratie|aanbiedingen)\b[^.!?]{0,50}\b(verloopt|binnen \d+ uur|wordt (geblokkeerd|opgeschort|verwijderd)|moet worden geverifieerd)`],
      pl: [String.raw`\b(konto|rejestracja marki|oferty)\b[^.!?]{0,50}\b(wymaga weryfikacji|wygasa|w ciagu \d+ godzin|zostanie (zawieszone|zablokowane|usuniete))`],
      tr: [String.raw`\b(hesabiniz|magazaniz|marka kaydiniz)\b[^.!?]{0,50}\b(askiya alinacak\w*|kapatilacak\w*|sona erecek|\d+ saat icinde)`],
    },
  },
  {
    // "click the link", 「リンクから」: with a lure, phishing even when the address itself is hidden.
    id: 'scam.link-ask',
    key: 'link-ask',
    strength: 1,
    label: 'asks to follow a link',
    phrases: {
      any: [String.raw`\b(click|tap|visit|follow|open)\w*\b[^.!?\n]{0,20}\b(link|here|below|button)\b|\b(klicken|cliquez|clicca|haga clic|haz clic|klik|kliknij|tiklayin|tikla)\b|(リンク|クリック|タップ)`],
    },
  },
];

const ASKED_LATER: ReadonlySet<ScamKind> = new Set(['link-ask', 'deadline']);
const COMPILED = compileRules(SCAM_RULES.filter((r) => !ASKED_LATER.has(r.key)));
/** Asked only when a lure was found: most messages never need it. */
const [LINK_ASK] = compileRules(SCAM_RULES.filter((r) => r.key === 'link-ask'));
/** Asked only when the message holds a link to a host that is not Amazon's: most messages have no link at all. */
const [DEADLINE] = compileRules(SCAM_RULES.filter((r) => r.key === 'deadline'));

const URL = gatePattern(/\b(?:https?:\/\/|www\.)[^\s"'<>)\]]+/g);
const AMAZON_HOST = /(^|\.)amazon\.(com|co\.jp|co\.uk|de|fr|it|es|nl|se|pl|ca|com\.mx|com\.br|in|com\.au|sg|ae|sa|com\.tr|eg|com\.be|ie)$/;

export interface ScamResult {
  scam: boolean;
  signals: string[];
  kinds: Set<ScamKind>;
}

function signal(label: string, text: string): string {
  return `scam: ${label} "${text}"`;
}

function hasLink(texts: MessageTexts): boolean {
  if (!mayMatch(URL, texts)) return false;
  URL.regex.lastIndex = 0;
  const found = URL.regex.test(texts.all.folded);
  URL.regex.lastIndex = 0;
  return found;
}

/** The first link whose host is not Amazon's own (a deadline with such a link is phishing). */
function foreignLink(texts: MessageTexts): string | undefined {
  if (!mayMatch(URL, texts)) return undefined;
  const re = URL.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  let found: string | undefined;
  while (!found && (m = re.exec(texts.all.folded)) && n++ < 10) {
    const host = m[0].replace(/^https?:\/\//, '').split(/[/?#:]/)[0] ?? '';
    if (host && !AMAZON_HOST.test(host)) found = host;
  }
  re.lastIndex = 0;
  return found;
}

/** Links that pretend to be Amazon (amazon-verify.com, seller-security-check.net …). */
function lookalikeLink(texts: MessageTexts): string | undefined {
  if (!mayMatch(URL, texts)) return undefined;
  const folded = texts.all.folded;
  const re = URL.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(folded)) && n++ < 10) {
    const host = m[0].replace(/^https?:\/\//, '').split(/[/?#:]/)[0] ?? '';
    if (/amazon|seller|amzn/.test(host) && !AMAZON_HOST.test(host)) return host;
  }
  return undefined;
}

/**
 * Words just before a country name that make it where the goods come from or where the buyer travels to, not where
 * the order is to go: "ships from China", "made in Japan", "aus China", "before I fly to Mexico", "avant mon départ
 * pour". Japanese puts the particle after the name: 「中国から発送」「アメリカに行く前に」.
 */
const ORIGIN_OR_TRIP_BEFORE = new RegExp(
  String.raw`(\b(tracking|package|parcel|shipment|consignment|paket|sendung|colis|pacco|paquete|pakket|paczka|paket\w*)\b(?:(?!\bto\b)[^.!?,]){0,25}\b(is|was|'s|went|got|stuck|sitting|held|located|routed|arrived|landed|ist|liegt|hangt|est|bloque|e|si trova|esta|ligt|jest|ar)( (still|now|currently|being held|held|stuck|sitting|noch|immer noch|encore|ancora|todavia))? (in|at|through|via|im|en|au|a|bei|w|i)|(追跡|とらっきんぐ)(情報|番号)?(を見ると|では|で(は)?|によると|上は?|だと)[^。]{0,8}|\b(ships?|shipped|shipping|sent|sends|comes?|coming|dispatched|imported|arrives?|arriving|it is|it's|is it|are they) from|\bmade in|\bmanufactured in|\bproduced in|\bhergestellt in|\b(kommt|versendet|verschickt|geliefert|importiert) (aus|von)|\bfabrique (en|au)|\bexpedie (de|depuis)|\bprovenant (de|du)|\b(spedito|spedita|proveniente|arriva) da|\b(fatto|prodotto) in|\b(enviado|viene|llega) (de|desde)|\b(hecho|fabricado) en|\b(komt|verzonden) uit|\bgemaakt in|` +
    String.raw`\b(before|until|till) (i|we) (fly|flies|leave|travel|go|head|move|return)\w* (off |back |away )?(to|for)|\b(before|until) (my|our) (trip|flight|vacation|holiday|move|departure|return) (to|in)|\bvor (meinem|unserem) (flug|abflug|urlaub|umzug|reise) (nach|in)|\bavant (mon|notre) (depart|vol|voyage|demenagement) (pour|en|au|a)|\bantes de (mi |nuestro )?(viaje|vuelo|viajar|irme|mudarme) (a|al)|\bprima (della mia |del mio |di )?(partenza|volo|viaggio|partire) (per|in)|` +
    // a sender introducing where their company is: "this is Lily from", "a factory in", "einer Verpackungsfabrik in",
    // "d'une usine de", "de una fábrica en", "sono Wendy di"
    String.raw`\b(this is|i am|i'm|my name is|ich bin|je suis|soy|sono|sou|ik ben) (?!a |an |the )[a-z]+,? (from|of|von|aus|de|di|da|van)|\b[a-z]*(factory|manufacturer|supplier|fabrik|hersteller|usine|fabricant|fabbrica|fornitore|fabrica|fabricante|proveedor|fabriek|leverancier)s? (based |located )?(in|from|de|en|di|a|aus|uit|em)|\b(based|located|headquartered) in)\s*$`,
);
// Turkish marks "from" with a suffix: Almanya'dan gönderiliyor = it is sent from Germany.
// 「中国・義烏の仕入れ代行会社でございます」: where the sender's company is, not where the order goes.
// "Shenzhen Huaxin Packaging Co.", "Shenzhen Topwin Electronics": the city opens a company's name. Folded text has
// hiragana for katakana (めーかー).
const ORIGIN_OR_TRIP_AFTER = /^( [a-z]+){0,3} (co|co\.|ltd|limited|inc|corp|company|factory|trading|electronics|technology|industrial|packaging|printing|manufacturing|gmbh)\b|^(・[^。、！？\s]{1,6})?(の|にある|に拠点を置く)[^。、！？]{0,8}(会社|工場|業者|めーかー|企業|商社)|^(から|より)(の)?(発送|出荷|配送|輸入|届|送)|^(製|産)|^(に|へ)(行く|出発|旅行|発つ|帰る|帰国|引っ越す)[^。]{0,6}(前|まで)|^'?(den|dan|ten|tan)\b/;

/**
 * Words just before a place that make it where the order already goes: "my old address in Linz", "die alte Adresse in
 * Graz", "l'adresse actuelle à Genève". A buyer on amazon.de who lives in Austria and fixes a street there changes no
 * country: that country is the order's, not a destination abroad.
 */
const ORDER_PLACE_BEFORE = new RegExp(
  String.raw`\b((old|previous|current|existing|original|saved) (shipping |delivery |home )?address|address on (the|my) order|(alte|alten|bisherige|bisherigen|aktuelle|aktuellen|hinterlegte|hinterlegten) (liefer)?(adresse|anschrift)|(ancienne|actuelle) adresse|(vecchio|attuale) indirizzo|direccion (antigua|anterior|actual)|(oude|huidige) adres)( is| ist| est| e| es)?( in| im| at| a| en| au)?\s*$`,
);

function orderCountries(folded: string, mentions: ReadonlyArray<{ code: string; index: number }>): Set<string> {
  return new Set(mentions.filter((c) => ORDER_PLACE_BEFORE.test(folded.slice(Math.max(0, c.index - 45), c.index))).map((c) => c.code));
}

function originOrTrip(folded: string, start: number, end: number): boolean {
  return ORIGIN_OR_TRIP_BEFORE.test(folded.slice(Math.max(0, start - 40), start)) || ORIGIN_OR_TRIP_AFTER.test(folded.slice(end, end + 16));
}

export function detectScam(
  texts: MessageTexts,
  langs: readonly PhraseLang[],
  context: { marketplace?: string | null; lang: string; isSystemNotice: boolean },
): ScamResult {
  const hits = new Map<ScamKind, Hit<ScamKind>>();
  for (const rule of COMPILED) {
    const hit = findHit(rule, texts, langs);
    if (hit) hits.set(rule.spec.key, hit);
  }
  const signals: string[] = [];
  const kinds = new Set<ScamKind>();
  const add = (kind: ScamKind, label: string, text: string): void => {
    kinds.add(kind);
    signals.push(signal(label, text));
  };

  if (hits.has('same-address')) hits.delete('third-party');
  // A prize "for you" plus a link to follow is phishing ("Claim your $500 gift card now: http://bit.ly/…").
  const lure = hits.get('lure');
  if (lure && (hasLink(texts) || (LINK_ASK && findHit(LINK_ASK, texts, langs)))) add('phishing', 'prize or reward lure with a link', lure.text);
  // An account or brand-registration deadline with a link away from Amazon ("renew now: http://brand-renew.net").
  const away = foreignLink(texts);
  const deadline = away && DEADLINE && findHit(DEADLINE, texts, langs);
  if (away && deadline) add('phishing', 'account deadline with a link away from Amazon', `${deadline.text}" + "${away}`);
  for (const [kind, hit] of hits) {
    if (DECISIVE.has(kind)) add(kind, hit.rule.label, hit.text);
  }
  const link = lookalikeLink(texts);
  if (link) add('phishing', 'link to a look-alike Amazon site', link);

  // A named foreign country counts when the message talks about sending or an address, unless the words around it
  // make it the goods' origin or the buyer's own trip ("ships from China", "before I fly to Mexico").
  if (hits.has('ship-context') && !hits.has('ships-question') && !context.isSystemNotice) {
    const home = homeCountry(context.marketplace, context.lang);
    const folded = texts.all.folded;
    const mentions = findCountries(texts, context.lang);
    const ordered = orderCountries(folded, mentions);
    const abroad = mentions.find((c) => c.code !== home && !ordered.has(c.code) && !originOrTrip(folded, c.index, c.index + c.length));
    if (abroad) {
      const text = texts.all.aligned ? texts.all.original : texts.all.folded;
      add('abroad', 'destination abroad', text.slice(abroad.index, abroad.index + abroad.length));
    }
  }
  const threat = hits.get('threat');
  const noReturn = hits.get('no-return');
  if (threat && noReturn) add('threat', 'refund without return under threat', `${noReturn.text}" + "${threat.text}`);
  else if (noReturn && hits.has('avoids-amazon-messages')) add('no-return', noReturn.rule.label, noReturn.text);
  const avoids = hits.get('avoids-amazon-messages');
  if (avoids && kinds.size > 0) signals.push(signal(avoids.rule.label, avoids.text));

  return { scam: kinds.size > 0, signals, kinds };
}
