/**
 * The item arrived damaged, broken, defective, not working, wrong, incomplete or not as described, or the buyer
 * wants warranty or repair (damaged_or_defective). "Contents are fine" / "nothing wrong with it" are not claims,
 * and damage the buyer saw once with another shop is not this order's.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

/** Latin negation or "last time / another shop" right before a damage word. */
const NOT_THIS_ITEM = String.raw`(\b(no|not|nothing|never|without|kein\w*|nicht|pas de|aucun\w*|nessun\w*|sin|sans|senza|geen|inga|zero)\b[^.!?]{0,14}|(last time|previously|before|another (seller|shop|store)|other (seller|shop|store))[^.!?]{0,40}|(以前|前回|前に|別の(お店|店|ショップ)|他の(お店|店|ショップ))[^。!?]{0,30})`;

export const damagedRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'damage.broken',
    key: 'damaged_or_defective',
    strength: 3,
    label: 'arrived damaged',
    notAfter: NOT_THIS_ITEM,
    phrases: {
      en: [
        String.raw`\b(damaged|broken|cracked|shattered|smashed|dented|crushed|torn|ripped|scratched|leaking|leaks|bent|snapped|chipped|stained|mouldy|moldy|dead on arrival|doa)\b`,
        String.raw`\bdamage (to|on)\b`,
      ],
      ja: [String.raw`(壊れ|こわれ|割れ|われて|破損|破れ|やぶれ|欠け|ひび|ヒビ|へこ|凹|つぶれ|潰れ|傷が|キズが|汚れが(つ|付)|漏れ|液漏れ|カビ|曲がって)`],
      de: [String.raw`\b(beschadigt|kaputt|zerbrochen|gebrochen|zerkratzt|zerdruckt|gerissen|zerrissen|undicht|leckt|eingedruckt|verbogen|angeschlagen|verschmutzt)\b`],
      fr: [String.raw`\b(casse|cassee|endommage|endommagee|abime|abimee|brise|brisee|raye|rayee|fissure|fuit|fuite|dechire|tordu|ecrase|tache)\b`],
      it: [String.raw`\b(rott[oaie]|danneggiat[oaie]|rovinat[oaie]|graffiat[oaie]|crepat[oaie]|ammaccat[oaie]|perde|strappat[oaie]|spaccat[oaie])\b`],
      es: [String.raw`\b(danad[oa]s?|rot[oa]s?|rayad[oa]s?|raya|roto|quebrad[oa]s?|abollad[oa]s?|agrietad[oa]s?|gotea|rajad[oa]s?|manchad[oa]s?)\b`],
      nl: [String.raw`\b(kapot|beschadigd|gebroken|gebarsten|lekt|gescheurd|gekrast)\b`],
      pl: [String.raw`\b(uszkodzon\w*|zniszczon\w*|pekniet\w*|zbit\w*|porysowan\w*|polaman\w*)`],
      sv: [String.raw`\b(trasig\w*|skadad\w*|sonder|spruck\w*|repig\w*|lacker)\b`],
      pt: [String.raw`\b(danificad[oa]s?|quebrad[oa]s?|amassad[oa]s?|rachad[oa]s?|riscad[oa]s?)\b`],
      tr: [String.raw`\b(kirik|hasarli|catlak|ezik|yirtik)\b`],
    },
  },
  {
    id: 'damage.not-working',
    key: 'damaged_or_defective',
    strength: 3,
    label: 'does not work',
    notAfter: String.raw`(last time|previously|another (seller|shop|store)|以前|前回|別の(お店|店))[^.!?。]{0,40}`,
    phrases: {
      en: [
        String.raw`\b(doesn't|does not|won't|will not|isn't|is not|stopped|not|no longer|can't|cannot|never|didn't|did not|barely) (work|works|working|turn on|turns on|power on|powers on|switch on|switches on|charge|charges|charging|hold a charge|connect|connects|pair|pairs|heat|heats|cool|spin|light up|boot)\b`,
        String.raw`\b(defective|faulty|malfunction\w*|stopped working|not functioning|dead battery|no sound|no power|tripped|trips the|keeps (turning|switching|shutting) off|shuts (off|down)|overheat\w*|won't stay on)\b`,
        String.raw`\bonly works (on|in|with) (one|the left|the right)\b`,
      ],
      ja: [
        String.raw`(動か(ない|なく|ず)|動きません|作動し(ない|ません)|反応し(ない|ません)|(電源|スイッチ|ランプ|ライト|画面|電気)(が|も|は)?(全然|まったく|全く)?(入らな|入りませ|付かな|つかな|点かな|つきませ|点きませ)|充電(でき|され)(ない|ません|なく)|音が(出な|出ませ|でな|でませ)|映ら(ない|なく)|使えな(い|く)(なり|なっ)|故障|不良|初期不良|不具合|異音|点灯しな|起動しな)`,
      ],
      de: [String.raw`\b(defekt|funktioniert (nicht|nur|kaum|nicht mehr)|geht nicht|geht\b[^.!?]{0,25}\b(aus|nicht (an|mehr))\b|funktionier(t|en)\b[^.!?]{0,30}\bnicht\b|lasst sich nicht|ladt nicht|schaltet sich\b[^.!?]{0,15}\baus|fehlerhaft)`],
      fr: [String.raw`\b(defectueu\w*|ne (fonctionne|marche|s'allume|charge|s'allume|demarre) (pas|plus)|en panne|ne fonctionne que|hors service)\b`],
      it: [String.raw`\b(difettos\w*|non (funziona|si accende|carica|parte|va)|guast[oa])\b`],
      es: [String.raw`\b(defectuos\w*|no (funciona|enciende|prende|carga|arranca|sirve)|dejo de funcionar|averiad[oa])\b`],
      nl: [String.raw`\b(defect|werkt (niet|maar|alleen)|gaat niet aan|laadt niet op)\b`],
      pl: [String.raw`\b(nie dziala|wadliw\w*|zepsut\w*|nie laduje|nie wlacza)`],
      sv: [String.raw`\b(fungerar (inte|bara|endast)|defekt|gar inte att|laddar inte)\b`],
      pt: [String.raw`\b(nao funciona|com defeito|defeituos\w*|parou de funcionar|nao liga)\b`],
      tr: [String.raw`\b(calismiyor|bozuk|arizali)\b`],
    },
  },
  {
    id: 'damage.wrong-or-missing',
    key: 'damaged_or_defective',
    strength: 3,
    label: 'wrong or incomplete item',
    notAfter: String.raw`(\b(no|not|nothing)\b[^.!?]{0,10}|\b(ordered|order|chose|picked|selected|bought|typed|entered|put)\b( the| a| an)? ?)`,
    phrases: {
      en: [
        String.raw`\b(wrong|incorrect|different) (item|size|colou?r|product|model|length|one|version|book|part|quantity|style)\b[^.!?]{0,15}\b(sent|arrived|came|received|delivered|shipped|in the box)\b`,
        String.raw`\b(sent|received|got|shipped|delivered|arrived)\b[^.!?]{0,12}\b(the )?(wrong|incorrect)\b`,
        String.raw`\bwrong (item|size|colou?r|product|model|length|one|version|book|part)\b`,
        String.raw`\bmissing (the |a |an |some |two |one |\d+ )?(parts?|pieces?|screws?|bolts?|hardware|charger|cable|manual|remote|lid|accessor\w*|battery|batteries|items?|instructions|bag|key|adapter|strap|cover)\b`,
        String.raw`\b(not as (described|advertised|pictured|shown)|different (from|than) (the )?(listing|description|picture|photo|advertised)|doesn't match the (listing|description|picture)|not what (was|is) (advertised|described)|(fake|counterfeit) (item|product))\b`,
        String.raw`\bordered [^.!?]{0,25}\b(but )?got (a|an|\d)`,
        String.raw`\b(only|just) (\d+|one|two|three|four|half) (was|were|came|arrived|in the (box|package|parcel)|inside)\b`,
      ],
      ja: [
        String.raw`(足りな|足りませ|不足|欠品|入って(い|お)?(ない|ません|なかった)|入っていませ|付いて(い)?(ない|ません)|同梱されて(い)?(ない|ません))`,
        String.raw`(説明|商品ページ|商品説明|記載|表記|写真|画像|ページ)(と|とは)(違|異な|ちが)`,
        String.raw`(違う|別の|間違った|異なる|ちがう)(商品|もの|物|色|サイズ|型番|品|やつ|の)(が|も)?(届|入|送られ)`,
        String.raw`(サイズ|色|型番|商品)(が|の)?(違う|ちがう|間違って)(もの|やつ|の)?(が|も)?(届|入)`,
        String.raw`(なのに|のに|はずが|はずなのに)[^。]{0,25}(が|を)(届|入って|送られ)`,
        String.raw`(偽物|ニセモノ|にせもの|コピー品)`,
      ],
      de: [String.raw`\b(es fehlt|fehlt (ein|eine|der|die|das|mir)|fehlen (die|zwei|drei|\d)|falsche[nrsm]? (artikel|grosse|größe|farbe|ware|produkt|modell)|nicht wie beschrieben|anders als (beschrieben|abgebildet)|unvollstandig)\b`],
      fr: [String.raw`\b(il manque|manquant\w*|manque (le|la|les|un|une)|(mauvais|mauvaise) (article|taille|couleur|produit|modele)|pas conforme|non conforme|ne correspond pas (a|au) (la |l')?(description|annonce|photo|fiche|commande|article commande)|incomplet)\b`],
      it: [String.raw`\b(manca|mancano|mancant\w*|(articolo|taglia|colore|prodotto|modello) sbagliat\w*|non conforme|non corrisponde|incomplet\w*)\b`],
      es: [String.raw`\b(falta|faltan|faltaba|(talla|color|articulo|producto|modelo) (equivocad|incorrect)\w*|no es (como|lo que) (se describe|describe|en la foto|pedi)|no corresponde|incomplet\w*)\b`],
      nl: [String.raw`\b(ontbreekt|ontbreken|verkeerde (maat|kleur|artikel|product)|niet zoals beschreven|onvolledig)\b`],
      pl: [String.raw`\b(brakuje|brak (czesci|elementu|instrukcji)|zly (rozmiar|kolor|produkt)|niezgodn\w*)`],
      sv: [String.raw`\b(saknas|fel (storlek|farg|vara|produkt|modell)|inte som beskrivet)\b`],
      pt: [String.raw`\b(veio errado|produto errado|tamanho errado|cor errada|faltando|falta (a|o|uma|um)|diferente do anuncio)\b`],
      tr: [String.raw`\b(eksik|yanlis urun|yanlis beden)\b`],
    },
  },
  {
    // Weaker: "the colour is different" can also mean "not what I expected"; warranty/repair can be a pre-sale question.
    id: 'damage.differs-or-warranty',
    key: 'damaged_or_defective',
    strength: 2,
    label: 'differs from the order, or warranty',
    phrases: {
      en: [String.raw`\b(warranty (claim|repair|replacement)|under warranty|repair (it|this)|send (me )?a replacement|replacement (unit|part))\b`],
      ja: [String.raw`(色|サイズ|型番|商品)が(違|ちが)(います|う|いました|った)`, String.raw`(修理|保証期間|保証書)`],
      de: [String.raw`\b(reparatur|garantie|garantiefall|gewahrleistung|ersatzgerat)\b`],
      fr: [String.raw`\b(sous garantie|reparation|remplacer|remplacement)\b`],
      it: [String.raw`\b(in garanzia|garanzia|riparazione|sostituzione)\b`],
      es: [String.raw`\b(garantia|reparacion|reemplazo)\b`],
      nl: [String.raw`\b(garantie|reparatie)\b`],
      pl: [String.raw`\b(gwarancj\w*|reklamacj\w*)`],
      sv: [String.raw`\b(garanti|reklamation)\b`],
      pt: [String.raw`\b(garantia|conserto)\b`],
      tr: [String.raw`\bgaranti\b`],
    },
  },
];
