/**
 * The buyer wants to return or exchange an item that is not damaged (return_request). Amazon's return notice is in
 * ../system-notices.ts. When the same message also says the item is damaged, defective, wrong or not as described,
 * the taxonomy makes it damaged_or_defective; ../decide.ts applies that.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

export const returnRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'return.request',
    key: 'return_request',
    strength: 3,
    label: 'wants to return',
    phrases: {
      en: [
        String.raw`\b(want|wanna|like|need|wish|hoping|going|planning|able) to (return|send (it|them|this|these) back|exchange|swap)\b`,
        String.raw`\b(can|could|may|how (do|can|should)) i (return|exchange|swap|send (it|them|this) back)\b`,
        String.raw`\b(return|exchange) (label|authori[sz]ation|process|it for)\b`,
        String.raw`\b(exchange|swap) (it|this|them|these) for\b`,
        String.raw`\b(start|request|make|arrange) (a|an) (return|exchange)\b`,
        String.raw`\bi'?(d| would) like to return\b`,
      ],
      ja: [
        String.raw`返品(を|の)?(したい|希望|させて|お願い|でき(ます|ません|る)?(か|でしょうか|\?)|可能|受け?付け|手続き|方法|して(も(いい|よろしい|大丈夫))|して(いただ|もら|ほしい|欲しい))`,
        String.raw`返品(を|の)?(させて)?(いただ|頂)`,
        String.raw`(返品|へんぴん)(したい|できますか|お願い)`,
        String.raw`(交換|取り?替え)(して(いただ|もら|ほしい|欲しい|くだ|下)|でき(ます|ません|る)?(か|でしょうか|\?)|可能|をお願い|お願い|希望|したい)`,
        String.raw`(サイズ|色|カラー)(違い)?(の|に|を)?交換`,
        String.raw`返送(したい|して(も|いい))`,
      ],
      de: [
        String.raw`\b(zuruckschicken|zurucksenden|zuruckgeben|umtauschen|retournieren|zuruckzuschicken|zuruckzusenden|umzutauschen)\b`,
        String.raw`\b(rucksendung|umtausch|retoure)\b[^.!?]{0,30}\b(moglich|beantragen|starten|machen|einleiten)`,
        String.raw`\b(rucksendeetikett|rucksendeschein|retourenschein)\b`,
        String.raw`\bschicke (ihn|sie|es) zuruck\b`,
      ],
      fr: [
        String.raw`\b(retourner|renvoyer|echanger|rendre) (le|la|l'|les|cet|ce|cette|mon|ma|mes)\b`,
        String.raw`\b(faire|effectuer) (un|le) (retour|echange)\b`,
        String.raw`\b(etiquette|bon) de retour\b`,
        String.raw`\bpossible de (le|la|les) (retourner|renvoyer|echanger)\b`,
        String.raw`\b(souhaite|voudrais|veux|aimerais|dois|peux|puis-je) (le |la |les |l')(retourner|renvoyer|echanger|rendre)\b`,
      ],
      it: [
        String.raw`\b(restituire|restituirl[aoei]|rendere|rendere il|cambiarl[aoei]|sostituirl[aoei])\b`,
        String.raw`\b(effettuare|fare|richiedere) (il|un) (reso|cambio)\b`,
        String.raw`\b(posso|vorrei|voglio|possibile) (cambiare|sostituire|restituire)\b`,
        String.raw`\bcambio (taglia|misura|colore)\b`,
      ],
      es: [
        String.raw`\b(quiero|quisiera|queria|me gustaria|puedo|como puedo|necesito|deseo) (devolver|cambiar|hacer (una|la) devolucion)\b`,
        String.raw`\b(devolverlo|devolverla|devolverlos|devolverlas|cambiarlo|cambiarla)\b`,
        String.raw`\b(hacer|tramitar|solicitar) (una|la) (devolucion|cambio)\b`,
        String.raw`\betiqueta de devolucion\b`,
      ],
      nl: [String.raw`\b(retourneren|terugsturen|ruilen|retour sturen|omruilen)\b`],
      pl: [String.raw`\b(zwrocic|odeslac|wymienic|wymiana|zwrot towaru|zwrotu towaru)\b`],
      sv: [String.raw`\b(returnera|skicka tillbaka|byta (den|dem|till|mot))\b`],
      pt: [String.raw`\b(devolver|trocar|devolucao|troca) (o|a|os|as|este|esta|do|da)\b`],
      tr: [String.raw`\b(iade etmek|iade etmek istiyorum|degisim|degistirmek)\b`],
    },
  },
  {
    id: 'return.no-longer-wanted',
    key: 'return_request',
    strength: 1,
    label: 'no longer wanted',
    phrases: {
      en: [String.raw`\b(changed my mind|no longer need|don't need it|too (big|small|large|tight)|doesn't fit|does not fit|ordered (by mistake|the wrong)|not what i (expected|was expecting|imagined)|didn't meet my expectations)\b`],
      ja: [String.raw`(不要になった|いらなくなった|サイズが合わな|大きすぎ|小さすぎ|思ってたより|思ったより|イメージと違|未開封|未使用)`],
      de: [String.raw`\b(zu (gross|groß|klein|eng)|passt nicht|gefallt mir nicht|entspricht nicht meinen erwartungen|nicht (das|was) ich erwartet)\b`],
      fr: [String.raw`\b(trop (grand|petit|serre)|ne me plait pas|ne me va pas|ne correspond pas a mes attentes|pas ce que j'attendais|decu|decue)\b`],
      it: [String.raw`\b(troppo (grande|piccol|strett)|non mi piace|mi sta strett|non corrisponde alle mie aspettative|non e quello che mi aspettavo)`],
      es: [String.raw`\b(demasiado (grande|pequen)|no me queda|no me gusta|me queda (grande|chic|pequen)|no (cumple|cumplio) (con )?mis expectativas|no es lo que esperaba)`],
    },
  },
];
