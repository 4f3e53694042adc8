/**
 * The item arrived damaged, broken, defective, not working, wrong, incomplete or not as described, or the buyer
 * wants warranty or repair (damaged_or_defective). "Contents are fine" / "nothing wrong with it" are not claims,
 * and damage the buyer saw once with another shop is not this order's.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

/** Latin negation, "last time / another shop", or the house's doorbell or lift right before a damage word. */
const NOT_THIS_ITEM = String.raw`(\b(doorbell|door bell|bell|buzzer|intercom|lift|elevator|letterbox|mailbox|klingel|aufzug|sonnette|interphone|ascenseur|citofono|campanello|ascensore|timbre|portero|ascensor|deurbel)( \w+){0,4} (is|are|was|were|ist|est|e|esta) |\b(no|not|nothing|never|without|kein\w*|nicht|pas de|aucun\w*|nessun\w*|sin|sans|senza|geen|inga|zero)\b[^.!?]{0,14}|\b(niente|nulla|rien|nichts|ohne|nada|niets|niks|inget|ingenting|utan|sem|nenhum\w*|bez|nic|zadn\w*)\b[^.!?,;]{0,14}|(last time|previously|before|another (seller|shop|store)|other (seller|shop|store))[^.!?]{0,40}|\b(returned|sent back|shipped back|posted back|refund for|return of)( the| my| a| an| this| that)? ?|\b(crains|craint|crainte|peur|eviter|evite|avoid|prevent|vermeiden|verhindern|evitare|evitar)\b( (de|d'|des|du|la|les|le|pour|any|the|a|che|di|que|el|la))* ?|(以前|前回|前に|別の(お店|店|ショップ)|他の(お店|店|ショップ))[^。!?]{0,30})`;

/**
 * A worry or wish about the future right before an expiry word: "je ne voudrais pas qu'elles soient périmées", "I don't
 * want them to be expired", "damit sie nicht abgelaufen sind", "per evitare che arrivino scaduti". Not a claim that the
 * item came expired. The clause ends at a comma (unless ", dass / que / che" goes on with it), so "I'm worried, can you
 * check? The milk arrived expired" and "in case you wonder, the milk arrived expired" stay claims. It goes at the END of
 * an expiry phrase and looks back over the match and what comes before it: a lookbehind at the start of a phrase would
 * be tried at every position of every message.
 */
const NOT_A_WORRY = String.raw`(?<!\b(ne voudrais pas|ne veux pas|n'aimerais pas|ne souhaite pas|ne souhaiterais pas|pour eviter|afin d'eviter|de peur|j'ai peur|peur qu|crains|craindrais|don'?t want|do not want|wouldn'?t want|would not want|to avoid|afraid|worried|worry|in case|so that|make sure|damit|nicht dass|sorge|angst|befurchte\w*|vermeiden|non vorrei|non voglio|per evitare|ho paura|temo|paura che|no quiero|no quisiera|para que no|para evitar|tengo miedo|miedo de|me preocupa|no vaya a ser|nao quero|nao queria|tenho medo|receio|para nao)\b(,? (dass|que|qu'|che|that)\b)?[^.!?,;]{0,60})`;

export const damagedRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'damage.broken',
    key: 'damaged_or_defective',
    strength: 3,
    label: 'arrived damaged',
    notAfter: NOT_THIS_ITEM,
    phrases: {
      en: [
        String.raw`\b(damaged|broken(?<!\b(tax|taxes|vat|gst|cost|costs|price|prices|amount|amounts|charges|fees|figures|total|totals) broken)|cracked|shattered|smashed|dented|crushed|torn|ripped|scratched|leaking|leaks|leaked|bent|snapped|chipped|stained|mouldy|moldy|dead on arrival|doa)\b(?![^.!?]{0,40}\bbut (the |my |all |everything )?([\w-]+ ){0,2}(is|are|was|were|seems?|looks?|appears?|seemed|looked) (all |totally |completely |perfectly )?(fine|ok|okay|intact|undamaged|perfect|unharmed|unscathed|in (perfect|good|great) (condition|shape)|all right|alright))`,
        String.raw`\bdamage (to|on)\b`,
        // Marks named as nouns: "a big scratch across the back", "dents on the lid", "a crack in the glass".
        String.raw`\b(scratch(es)?|cracks?|dents?|scuffs?|scuff marks|stains?|tears?) (on|in|across|all over|along|right across|down)\b`,
        String.raw`\b(big|deep|huge|large|small|long|visible|noticeable|several|lots of|hairline) (scratch(es)?|cracks?|dents?|scuffs?|stains?)\b`,
        // "the lid has a split running along the hinge", "came with a gash in the side", "there's a rip in the seam".
        String.raw`\b(has|have|had|with|got|there'?s|there is|there are) (a|an|one|two|some|several) (small |big |huge |long |deep |little |tiny |massive |hairline |visible |nasty )?(splits?|cracks?|tears?|rips?|gash(es)?|dents?|scratch(es)?|scuffs?|stains?|mould|mold)\b`,
        // Screens and prints that come out wrong: "screen has a green line down the middle", "the logo print is blurry".
        String.raw`\b(screen|display|monitor|panel|tv|lcd)\b[^.!?]{0,20}\b(has|have|shows?|showing|with|got) (a |an |some |two |three |several )?(\w+ )?(lines?|stripes?|streaks?|bands?|blotch(es)?|patch(es)?|bleed)\b|\bprints? (only |just |nothing but )?(streaks|stripes|lines|blank pages|smudges)\b|\b(print|printing|logo|design|image|text|engraving|embroidery|decal|lettering)\b[^.!?]{0,20}\b(is|are|was|were|looks|came out) (all |very |really |completely |slightly )?(blurry|blurred|smudged|misaligned|off-?cent(re|er)(ed)?|crooked|wonky|misprinted)\b`,
        // Wet, rusty, melted; coming apart.
        String.raw`\b(soaking wet|soaked|water[- ]damaged?|wet (through|inside)|warped|rusty|rusted|melted|burnt|scorched|moulded|mildew)\b`,
        String.raw`\b(came|comes|coming|fell|falls|falling) (off|apart|loose|undone|unstitched|unglued)\b`,
        // "the connector is split down one side", "the sole has split at the toe" (not an order split into two parcels).
        String.raw`\b(is|are|was|were|has|have|had) (already |completely |badly )?split (down|along|open|at|on|across|right|in (half|two)\b(?! (boxes|parcels|packages|shipments|deliveries|orders)))\b`,
        // Named parts working loose: "the stitching at the neck is coming out", "the sequins keep falling off".
        String.raw`\b(stitch\w*|seams?|threads?|soles?|glue|stuffing|filling|padding|lining|sequins|beads|rhinestones|bristles|feathers|hairs)\b[^.!?]{0,20}\b(is |are |has |have |keeps? |started |already )?(coming|came|come|comes|falling|fell|fall|falls|peeling|peeled|popping|popped|pulling|pulled) (out|off|apart|undone|away|loose)\b`,
        String.raw`\b(snapped|broke|broken|fell|popped) off\b`,
        String.raw`\b(in (pieces|bits|shards)|crumbled|(crushed|smashed) to|bulging|swollen|swelled( up)?|puffed up)\b`,
        // Food and cosmetics past their date: "best before 03/2024, which is already past", "arrived expired".
        String.raw`(?:\b(best[- ]before|expiry|expiration|use[- ]by|sell[- ]by|bb) (date )?\b[^.!?]{0,40}\b(already )?(passed|past|gone|expired|over|ago|last (week|month|year))\b|\bpast (its|the|their) (best[- ]before|expiry|expiration|use[- ]by|sell[- ]by)( date)?\b|(?<!\b(window|period|card|coupon|code|link|voucher|offer|deal|promotion|subscription|warranty|session|password|token|return|prime|trial|membership) )\b(arrived|came|is|are|was|were|already|been|were all|is all) (already |long |well )?(expired|out of date)\b)${NOT_A_WORRY}`,
      ],
      ja: [
        String.raw`(粉々|こなごな|ばらばら|バラバラ|粉砕|真っ二つ|まっぷたつ|(モーター|モータ|基板|ヒューズ|ヒーター|電球)(が|も)?(焼け|焼き切れ|焼損|焦げ))`,
        // Not followed by a negation: 「破損もなく」「割れていませんでした」 say the item is fine, nor by 「中身は問題ありません」
        // (only the outer box was dented).
        String.raw`(壊れ|こわれ|割れ|われて|破損|破れ|やぶれ|裂け|破け|やぶけ|欠け|ひび|ヒビ|へこ|凹|つぶれ|潰れ|傷が|キズが|汚れが(つ|付)|漏れ|液漏れ|カビ|曲がって)(?!(も|は|が|など|等)?(なく|ない|無く|無い|ありませ|なし|無し|せず)|(て|し|して)(い|お)?(ない|ません|なかった|らず)|ません|ない|にくい|やすい|たら|ると|る(か|の|こと))(?![^。]{0,25}(中身|商品|本体|中の商品|品物)(は|には|に|自体は|の方は)?(全く|まったく|特に|何も|一切|どこも)?(問題|異常|支障|破損|傷|無事|大丈夫|無傷|きれい|綺麗)(は|も)?(なく|ない|無く|無い|ありませ|ございませ|なし|無し|でした|です))`,
        // Parts that came off, seams that fray, holes: 「取っ手が取れてました」「縫い目がほつれて」「穴あいてる」.
        String.raw`(取っ手|持ち手|取手|ボタン|ファスナー|チャック|ネジ|部品|パーツ|脚|車輪|タイヤ|フタ|ふた|蓋|ストラップ|ベルト|靴底|ソール|ヒール|金具|留め具|留め金|止め金|ロック|ひも|紐|端子|コネクタ|コネクター|差し込み口|プラグ|ジャック|ヒンジ|レンズ)(部分|の部分)?(が|も)?(取れ|とれ|外れ|はずれ|抜け|剥が|はが|ぐらつ|ぐらぐら|グラグラ|がたつ|ガタガタ|がたがた|ゆるゆる|緩ん|ゆるん|緩くて|ゆるくて|緩すぎ|ゆるすぎ)(し)?(て|た|まし|ちゃ|かけ|そう)`,
        // Charging or sound that keeps stopping: 「少し角度を変えると充電が止まってしまいます」「音が途切れる」.
        String.raw`(時計|秒針|針)(が|も)?[^。]{0,10}(遅れ|進ん|止まっ|止まり)`,
        String.raw`(片方|片側|左側|右側|左耳|右耳)(しか|だけ(しか)?)(聞こえ|音が(出|鳴)|鳴ら|鳴り|充電され|光ら|点か|つか|動か|反応し|使え)`,
        String.raw`(チャック|ファスナー|ジッパー|ジップ)[^。]{0,20}(噛ん|噛み|引っかか|ひっかか|上がらな|上がりませ|下がらな|下がりませ|閉まらな|閉まりませ|動かな|動きませ)`,
        String.raw`(充電|給電|通電|接続|音声|音|再生|映像)(が|も)(すぐ|途中で|勝手に|頻繁に|たびたび|時々)?(止まっ|止まる|止まり|途切れ|切れて|切れる|切れま)`,
        // Peeling, warped, faded: 「コーティングに剥がれがありました」「フレームが歪んで」「色落ちして」.
        String.raw`(縮ん|ちぢん|縮みが|毛玉が|剥がれ|はがれ|剥げ|めくれ|歪ん|歪み|ゆがん|ゆがみ|変形し|色落ち|色移り)(?!(も|は|が|など|等)?(なく|ない|無く|無い|ありませ|なし|無し|せず)|(て|し|して)(い|お)?(ない|ません|なかった|らず))`,
        String.raw`(ほつれ|ほころび|縫い目が(ほど|裂|破|開)|穴が?(あい|開い)て(い|お|る|た|ま|て))`,
        // Wet, rusty, melted on arrival.
        // Past its date: 「賞味期限が切れていました」「消費期限が過ぎて」「期限切れの商品」.
        String.raw`(賞味|消費|使用)期限(が|は|も)?(すでに|既に|とっくに|もう)?(切れ|過ぎ|すぎ)(?!(て|た)?(い)?(ない|ません)(か|よう)|(そう|ない(よう|ように))|(て|た)?(い)?(る|た)?(の|こと)?(が|は)?(心配|不安|困))`,
        String.raw`(ポタポタ|ぽたぽた|びしょびしょ|(水|お湯|液体?|中身|オイル|油)(が|も)(垂れ|たれ|にじ|滲)|波打っ|ふにゃふにゃ|湿気を吸|水濡れ|浸水|ずぶ濡れ|びしょ濡れ|ふやけ|錆びて|錆が|サビが|さびて(い|お)|溶けて(い|お)|(濡|ぬ)れて(い|お)?(た|ました|まして|て|る|ます))`,
        // Parts that do not line up: 「ネジ穴の位置がずれて」「穴が開いていない」.
        String.raw`(穴|ネジ穴|位置|部品|パーツ|ねじ)(の位置)?(が|も)?(ずれて|合って(い)?(ない|ません)|合わな|合いませ|開いて(い)?(ない|ません))`,
      ],
      de: [
        String.raw`\bverliert\b[^.!?]{0,30}\b(die |das |sein |ihr |seine )?(luft|wasser|ol|druck|flussigkeit)\b`,
        String.raw`\b(tropft|tropfen|tropfte|lauft aus|beschadigt|kaputt|zerbrochen|gebrochen|zerkratzt|zerdruckt|gerissen|zerrissen|undicht|leckt|eingedruckt|eingedellt|verdellt|verbeult|zerbeult|eingebeult|verbogen|angeschlagen|verschmutzt)\b`,
        String.raw`\b(einen|ein|eine|mit|hat|voller) (riss|risse|sprung|kratzer|delle|dellen|beule|fleck|flecken|macke|macken|schramme|schrammen)\b|\b(tiefe[nr]?|grosse[nr]?|deutliche[nr]?|sichtbare[nr]?|mehrere|einige|zwei|drei) (risse?|sprunge?|kratzer|dellen?|beulen?|macken?|schrammen?|flecken?)\b`,
        // Expired: "das MHD ist schon abgelaufen", "Haltbarkeitsdatum überschritten".
        String.raw`(?:\b(mhd|mindesthaltbarkeit\w*|haltbarkeit\w*|verfallsdatum|ablaufdatum|verbrauchsdatum)\b[^.!?]{0,40}\b(abgelaufen|uberschritten|vorbei|uberfallig)\b|\b(ist|sind|war|waren|kam|kamen|bereits|schon) (bereits |schon |langst )?(abgelaufen|verfallen)\b(?<!\b(frist|garantie|gutschein|coupon|angebot|link|code|karte)\w* (ist|sind|war|waren|bereits|schon) (bereits |schon |langst )?(abgelaufen|verfallen)))${NOT_A_WORRY}`,
        // Holes and parts that do not meet: "die Löcher liegen nicht übereinander", "die Schrauben gehen gar nicht rein".
        String.raw`\b(bohrung\w*|locher|bohrlocher|schraubenlocher|schrauben|stifte|dubel|teile|bauteile)\b[^.!?]{0,40}\b(nicht|gar nicht|uberhaupt nicht) (ubereinander|zusammen|deckungsgleich|rein|hinein)\b`,
        String.raw`\b(bohrung\w*|locher|loch|schraubenlocher|gewinde|scharniere?|halterung\w*|nahte?|reissverschluss)\b[^.!?]{0,40}\b(an der falschen stelle|am falschen (platz|ort|ende)|falsch (gebohrt|angebracht|angenaht|montiert)|verkehrt herum (angenaht|montiert|angebracht))\b`,
        String.raw`\b(abgefarbt|farbt (stark |total |sehr )?ab|verfarbt|ausgeblichen|eingelaufen|ausgeleiert|pillt|fusselt (stark|sehr))\b`,
        String.raw`\b(durchnasst|klatschnass|nass angekommen|verrostet|rostig|geschmolzen|verschmort|aufgeplatzt|aufgerissen|eingerissen|ausgerissen|durchgescheuert)\b`,
        // Colloquial and glass: "ist hinüber", "im Eimer", "gesprungen", "abgebrochen".
        String.raw`\b(ist|sind|war|waren|kam|kamen) (total |komplett |vollig |schon |leider )?(hinuber|im eimer|futsch|schrott)\b|\b(schimmel\w*|verschimmelt|muffig|riecht (stark |sehr )?(nach )?(schimmel|modrig|moder)|(druckt|drucken|druckte|druckten) (nur|nur noch|lauter|nichts als) (streifen|striche|schlieren|flecken|leere seiten)|gesprungen|zersprungen|abgebrochen|abgefallen|durchgebrannt|ausgelaufen|abgesplittert|abgeplatzt|abgeblattert|gesplittert|zersplittert)\b`,
      ],
      fr: [String.raw`\bpages?\b[^.!?]{0,20}\b(collees|dechirees|blanches|manquantes|en double|a l'envers|mal imprimees|illisibles|arrachees|decollees)\b`, String.raw`\b(arrivee?s?|livree?s?|recue?s?) avec (le|la|l') ?(bouchon|couvercle|opercule|sceau|scelle|capuchon|flacon|pot|tube|emballage) (ouvert|ouverte|casse|cassee|abime|abimee|arrache|arrachee|dechire|dechiree|fendu|fendue)\b|\b(produit|liquide|contenu|creme|huile|shampo\w*|gel|lait|parfum|sauce)\b[^.!?]{0,15}\bs'? ?est (repandue?|renversee?|ecoulee?|videe?)\b|\b(a moitie|a demi) vide\b`, String.raw`\b(perime|perimee|perimes|perimees|date (de peremption|limite( de consommation)?|d'expiration) (est |etait )?(depassee|passee|expiree)|(dlc|dluo|ddm) (depassee|passee))\b${NOT_A_WORRY}`, String.raw`\b(moisi|moisie|moisis|moisies|moisissures?|odeur de (moisi|renferme)|(impression|logo|motif|texte|gravure|broderie|marquage)\b[^.!?]{0,20}\b(flou|floue|decale|decalee|de travers|efface|effacee|baveu\w*|mal (imprime|centre|brode)\w*)|casse|cassee|endommage|endommagee|abime|abimee|brise|brisee|raye|rayee|fissure|fissuree|fuit|fuite|dechire|dechiree|tordu|tordue|ecrase|ecrasee|tache|cabosse|cabossee|cabosses|cabossees|(a|ont|avait|avaient) (fui|coule)|(moteur|resistance|fusible|ampoule|chargeur|alimentation|transfo\w*|carte electronique)\b[^.!?]{0,25}\b(a|est|ont|sont) (grille|brule|crame|saute|lache)e?s?|en (mille )?(morceaux|miettes)|bousille|bousillee|foutu|foutue|mouille|mouillee|trempe|rouille|rouillee|fendu|fendue|ebreche|ebrechee|(une|des) (rayure|fissure|bosse)s?)\b`],
      it: [
        String.raw`\b(maniglia|manico|gamba|piede|ruota|manopola|coperchio|cerniera|anta|sportello)\w*\b[^.!?]{0,10}\b(si muove|balla|traballa|dondola|si stacca|si e staccat\w*|e allentat\w*)\b|(?<!\b(garanzia|termine|periodo|reso|coupon|buono|codice|offerta|carta|link|abbonamento) (e |era |sono )?(gia )?)\bscadut[oaie]\b${NOT_A_WORRY}|\bdata di scadenza\b[^.!?]{0,25}\b(passata|superata|gia)\b`,
        String.raw`\b(muffa|ammuffit[oaie]|(cigola|cigolano|scricchiola|scricchiolano|si flette|si flettono)|(si sente|si sentono|funziona|funzionano|suona|suonano|carica) (solo|soltanto|unicamente) (da|su|in|con) (un|una) (lato|parte|auricolare|cuffia)|(destro|sinistro|destra|sinistra|auricolare|altoparlante) (e |resta |rimane )?mut[oa]|spezzat[oaie]|(orologio|sveglia)\b[^.!?]{0,20}\b(ritarda|resta indietro|rimane indietro|va avanti|si ferma)|rott[oaie]|incrinat[oaie]|sbeccat[oaie]|danneggiat[oaie]|rovinat[oaie]|graffiat[oaie]|crepat[oaie]|ammaccat[oaie]|(e|sono|era|erano|arrivat[oaie]) (tutt[oaie] |un po |leggermente |completamente )?stort[oaie]|(ha|hanno|aveva|avevano) perso (del |dell'|il |l'|tutto il )?(liquido|olio|acqua|contenuto|shampoo|sapone|detersivo)|(si e|si sono) (rovesciat|versat|svuotat)[oaie]|(e|sono) (uscit|fuoriuscit|colat)[oaie] (tutt[oaie]|dappertutto|ovunque|nella scatola|nel pacco)|si e (aperto|aperta|rotto|rotta) (durante|nel|in) (il )?(trasporto|viaggio|spedizione)|(motore|resistenza|scheda|fusibile|alimentatore|lampadina)\b[^.!?]{0,15}\b(si e |si sono |e |sono )?bruciat[oaie]|perde(?! (il |un sacco di |molto |tanto |tantissimo |parecchio )?(pel[oi]|peso|tempo|colpi|interesse|occasione|la pazienza))|strappat[oaie]|spaccat[oaie]|bagnat[oaie]|arrugginit[oaie]|scheggiat[oaie]|(una|con una|ha una) (crepa|graffio|ammaccatura))\b`,
      ],
      es: [String.raw`(?:(?<!\b(tarjeta|garantia|plazo|cupon|codigo|oferta|enlace|link|suscripcion|periodo) (ya )?(esta |estaba )?)\b(caducad[oa]s?|vencid[oa]s?)\b|\bfecha de (caducidad|vencimiento|consumo preferente)\b[^.!?]{0,30}\b(pasad[oa]|ya paso|vencid[oa]|superad[oa])\b)${NOT_A_WORRY}`, String.raw`\b((se atrasa|se adelanta|atrasa|adelanta) (como |unos |casi )?\d+ (minutos?|segundos?)|reloj\b[^.!?]{0,20}\b(se atrasa|se adelanta|se para|se detiene)|(cierre|zipper|cremallera|bragueta|hebilla|tapa|tapon|tapadera|puerta|cajon|bisagra|broche)\b[^.!?]{0,20}\b(chuec[oa]|atorad[oa]|atascad[oa]|trabad[oa]|no (sube|baja|cierra|cierran|corre|ajusta|ajustan|sella|sellan|encaja|encajan))|(se ha|se han|se habia|se habian) (salido|derramado|vertido|volcado)|(todo|toda|esta|estaba|vino|llego) (todo |toda )?pringad[oa]s?|(se quemo|se ha quemado|se quemaron|se han quemado|quemad[oa]) (el|la) (motor|resistencia|placa|fusible|bombilla)|(motor|resistencia|placa|fusible)\b[^.!?]{0,12}\b(se quemo|se ha quemado|esta quemad[oa])|chuec[oa]s?|moho|mohos[oa]s?|enmohecid[oa]s?|(olor|peste) (muy fuerte |fuerte |horrible )?a (humedad|moho|podrido)|huele a (humedad|moho|podrido)|danad[oa]s?|rot[oa]s?|rayad[oa]s?|raya|roto|quebrad[oa]s?|abollad[oa]s?|agrietad[oa]s?|gotea|rajad[oa]s?|manchad[oa]s?|grietas?|rajadura|golpead[oa]s?|mojad[oa]s?|oxidad[oa]s?|derretid[oa]s?|rasgad[oa]s?|descosid[oa]s?|despegad[oa]s?)\b`],
      nl: [String.raw`\b((rits|ritssluiting|sluiting|klep|lade)\b[^.!?]{0,25}\b(blijft (steeds |telkens )?haken|gaat niet (meer )?(dicht|open|omhoog|omlaag)|klemt)|(zuigt|blaast|pompt|koelt|verwarmt|trekt)\b[^.!?]{0,20}\b(bijna|vrijwel|nauwelijks) (niets|niks|geen)|schimmel\w*|beschimmeld|wiebelt|wiebelig|wiebelen|krom|kromme|kromgebogen|scheef|(zit|zitten|zat|zaten) los|afgebroken|losgeraakt|losgekomen|over (de|de houdbaarheids)datum|houdbaarheidsdatum (is )?(verstreken|verlopen|voorbij)|kapot\w*|stukgegaan|beschadigd|gebroken|gebarsten|lekt|lekte|lekten|gelekt|(gaan|beginnen te) lekken|uitgelopen|gescheurd|gekrast|gedeukt|verbogen|(is|zijn|ging|gingen|was|waren) stuk|(een|met|vol) (barst|scheur|deuk|kras|krassen|vlek|vlekken))\b`],
      pl: [String.raw`\b(pusci\w* kolor|puszcza\w* kolor|zafarbowa\w*|farbuj\w*|odbarwi\w*|przeterminowan\w*|uszkodzon\w*|zniszczon\w*|pekniet\w*|zbit\w*|rozbit\w*|potluczon\w*|na kawalki|porysowan\w*|polaman\w*|pogiet\w*|wgniecion\w*|podart\w*|rozdart\w*|zalan\w*|poplamion\w*|odklejon\w*|urwan\w*|odpadl\w*)`],
      sv: [String.raw`\b(motorn (\w+ )?(brann|har brunnit|brunnit)|hack (i|pa)|flagna\w*|lossna\w*|avskav\w*|trasig\w*|skadad\w*|sonder|reva|revor|revan|riven|rivet|rivna|sondrig\w*|spruck\w*|sprack|spricka|sprickor|kross\w*|buckl\w*|repig\w*|repa|repor|lacker|lackte|lackt|lackt ut|runnit ut)\b`],
      pt: [
        String.raw`\b(fora (do prazo )?de validade|validade (vencida|expirada|passada))\b${NOT_A_WORRY}`,
        String.raw`\bnao (encaixa|encaixam|fecha|fecham|trava|travam|veda|vedam) (direito|bem|mais|de jeito nenhum|corretamente)\b|\b(esta|estao|ficou|ficaram|veio|vieram|chegou|chegaram|fica|ficam) (solt[oa]s?|bamb[oa]s?|froux[oa]s?|balancando)\b`,
        String.raw`\b(emperr\w*|enguic\w*|danificad[oa]s?|quebrad[oa]s?|amassad[oa]s?|amolgad[oa]s?|rachad[oa]s?|riscad[oa]s?|trincad[oa]s?|rasgad[oa]s?|molhad[oa]s?|enferrujad[oa]s?|estragad[oa]s?|avariad[oa]s?|lascad[oa]s?|descolad[oa]s?|furad[oa]s?|vazando|tort[oa]s?|empenad[oa]s?|bambeia)\b`,
        // Portugal's "partido" (broken), not the noun "a partida".
        String.raw`\b(?<!\b(a|na|da|uma|de|ponto de) )partid[oa]s?\b`,
      ],
      tr: [String.raw`\b(son kullanma tarihi (gecmis|gecmistir|gecmisti|dolmus)|tarihi gecmis)\b`, String.raw`\b(kirik|kirilmis|kirildi|hasarli|hasar gormus|catlak|catlamis|ezik|ezilmis|yirtik|yirtilmis|kopmus|koptu|kopuk|saat\b[^.!?]{0,25}\b(geri kal\w*|ileri gid\w*|duruyor|durdu)|cizik|cizikler|cizikli|kiriklar|lekeler|catlaklar|cizilmis|lekeli|sokuk|sokulmus|bozulmus|bozuldu|paramparca|dagilmis|motor\w* (\w+ ){0,2}(yandi|yanmis))\b(?! (yok|degil|yoktu))`],
    },
  },
  {
    id: 'damage.not-working',
    key: 'damaged_or_defective',
    strength: 3,
    label: 'does not work',
    // What "does not work" may be something else than the item: a tracking number, a link, a coupon code.
    notAfter: String.raw`(\b(if|unless|in case)( it| this| they| that| the \w+)? |(last time|previously|another (seller|shop|store)|以前|前回|別の(お店|店))[^.!?。]{0,40}|\b(tracking( number| code| link| id)?|takip (numarasi|kodu|linki)|link|url|coupon( code)?|voucher( code)?|promo code|discount code|gutschein(code)?|code promo|codigo( de (rastreo|seguimiento|descuento))?|numero de (seguimiento|rastreo|guia)|enlace( de (seguimiento|rastreo))?|kupon\w*|sendungsnummer|numero de suivi|card|credit card|debit card|gift card|payment|paypal|account|login|password|website|checkout)( (is|still|just|also|simply|ist|est|no|non|nao))?\s?|\b(doorbell|door bell|bell|buzzer|intercom|lift|elevator|klingel|sonnette|interphone|citofono|campanello|timbre|portero|deurbel)( (is|still|just|also|ist|est|no|non))?\s?|(インターホン|インターフォン|チャイム|呼び鈴)(が|は)?)`,
    phrases: {
      en: [
        String.raw`\b(doesn'?t|does not|don'?t|do not|won'?t|will not|isn'?t|is not|aren'?t|are not|stopped|not|no longer|can'?t|cannot|never|didn'?t|did not|barely) (even |really |actually |always |properly |fully )?(work|works|working|turn(s|ing)? on|come on|comes on|coming on|power(s|ing)? on|switch(es|ing)? on|charge|charges|charging|hold(ing)? a charge|connect(s|ing)?|pair(s|ing)?|heat(s|ing)?|cool(s|ing)?|spin(s|ning)?|rotat(e|es|ing)|light(s|ing)? up|boot(s|ing)?|print(s|ing)?|detect(s|ing)?|recogni[sz](e|es|ing)|cook(s|ing)?|boil(s|ing)?|cut(s|ting)?|blend(s|ing)?|grind(s|ing)?|brew(s|ing)?|freez(e|es|ing)|suck(s|ing)?|spray(s|ing)?|pump(s|ing)?|drain(s|ing)?)\b`,
        String.raw`\b(won'?t|doesn'?t|does not|will not|can'?t|cannot|not) (fly|drive|steer|roll|track|sit|stand|stay) (straight|level|flat|upright|properly|correctly|evenly)\b`,
        // Battery life: "battery only lasts 10 minutes", "drains in an hour", "won't hold charge".
        String.raw`\bbattery\b[^.!?]{0,20}\b(only lasts|lasts (only|just|barely)|drains? (fast|quickly|in|within|overnight)|dies (after|in|within|quickly)|won'?t hold)\b`,
        // Noises, and parts that give way: "making very loud noise", "sole is open", "arm was hanging off".
        String.raw`\b(mak(es|ing)|made) (a |an )?(very |really |so |such a )?(loud|strange|weird|funny|horrible|terrible|grinding|clicking|buzzing|rattling|squeaking|scraping|crackling) (noise|sound)s?\b`,
        String.raw`\b(sole|soles|heel|strap|handle|zip|zipper|button|seam|seams|stitching|hinge|knob|wheel|leg|arm|lid|buckle|clasp|glue|paint|coating|plating)\b (is |are |was |were |has |have |had |came |come |got |already |just |started |starting |starts |began |begun |begins )*(coming |come |snaps |pops |springs |flies |keeps (snapping|popping|springing|coming|falling) )?(open|loose|detached|undone|unstuck|peel(ing|ed)?( off)?|separat\w*|split( open)?|hanging (off|loose)|falling (off|out|apart))\b`,
        String.raw`\b(hanging|hangs|hung) (off|loose) by a thread\b`,
        // Gave out soon: "broke after 2 uses", "died within a week", "it just broke".
        String.raw`\b(broke|stopped working|died|quit|gave out|packed up|fell apart|snapped)\b (after|within|in) (only |just |about |less than )?(\d+|one|two|three|four|five|a|an|a few|a couple of) (uses?|days?|weeks?|months?|washes|times|hours?|goes|tries|wears)\b|\b(it|this|they|that|zip|zipper|strap|handle|buckle|clasp|hinge|lid|leg|wheel|heel|sole|button|clip|latch|chain|cable|cord|string|stitching|seam|switch|knob) (just |already |completely )?(broke|died|snapped|gave way)( on me| down| off| first day| on day one)?\b`,
        // Fabric that fails in the wash: "shrank two sizes", "the colour ran", "pilling after one wear".
        String.raw`\b(shrank|shrunk|colou?r (ran|bled|came off|comes off)|bled (onto|into|all over)|faded after|pilled|pilling|bobbled|bobbling)\b`,
        // Non-native "the glass is break", "got broke"; "left earbud dead".
        String.raw`(?<!\b(i|we) )\b(is|are|was|were|got|get|came|come|arrived|reached)( all| totally| completely| already)? (break|broke|brake|crack|tear)\b`,
        String.raw`\b(earbuds?|earphones?|headphones?|speakers?|bulbs?|batter(y|ies)|remote|charger|controller|mouse|keyboard|screen|display|port|fan|motor|unit|device|it) (is |are |was |went |has gone |seems |arrived |came )?(completely |totally |already |just )?dead\b`,
        String.raw`\bno signs? of life\b|\b(defective|faulty|malfunction\w*|stopped working|not functioning|dead battery|no sound|no power|tripped|trips the|keeps (turning|switching|shutting) off|shuts (off|down)|overheat\w*|won'?t stay on)\b`,
        String.raw`\bonly works (on|in|with) (one|the left|the right)\b|\b(burned|burnt|blown|fried) out\b|\b(motor|fuse|heating element|element|circuit board|board|bulb|charger|adapter)\b (has |had |just |completely )?(burned|burnt|blew|fried)\b(?! (smell|toast|food|bits?))|\bblew (up|out|a fuse|the fuse)\b|\bkeeps (losing|dropping) (the |its )?(connection|signal|wifi|wi-fi|bluetooth|pairing|charge|power|air|pressure)\b`,
        // An empty parcel: "box was empty, just packing paper inside", "nothing inside the package".
        String.raw`\b(box|package|parcel|packet|envelope|bag|case)\b (was|is|came|arrived) (completely |totally |literally |just )?empty\b|\bnothing (was )?(in|inside) (the|my) (box|package|parcel|envelope)\b|\bjust (packing|bubble) (paper|wrap)\b`,
        // "the controller drifts to the left on its own", "water is coming with bad taste", "only charges to 30%".
        String.raw`\b(stick|sticks|joystick|joysticks|controller|analog|analogue|cursor|it|mouse)\b[^.!?]{0,10}\b(drifts?|drifting|keeps drifting)\b|\b(has|have|with|gives?|giving|there'?s|there is|coming with|comes with|leaves?) (a |an )?(really |very |strong |horrible |awful )?(bad|strange|weird|funny|plastic|metallic|chemical|burnt|rubbery|sour|foul) (taste|aftertaste|smell|odou?r)\b|\bonly (charges?|charging|goes|gets|fills?) (up )?to (about |around |roughly )?\d+ ?(%|percent)\b|\bsend (a |the |your |some )?(technician|engineer|repairman|repair ?man|service (person|engineer|technician))\b`,
        // Clocks that drift, things that lost their shape, controls too stiff, parts that have come off.
        String.raw`\b(loses|gains|losing|gaining) (about |around |roughly |like |over )?\d+ (minutes?|seconds?|mins?|secs?) (a|per|each|every) (day|week|hour)\b|\blost (its|all its|their|all their|the|all the) (shape|colou?r|elasticity|stretch|firmness|volume|fluff\w*|non-?stick( coating)?|coating)\b|(?<!\b(should|would|could|must|might|may|to) )\b(has|have|had|'s|'ve) (already |completely |just )?(come|fallen) (off|apart|loose|undone|away|unstuck)\b`,
        String.raw`\b(buttons?|keys?|switch(es)?|zip|zipper|trigger|dial|knob|lever|clasp|buckle)\b[^.!?]{0,25}\b(is|are|feels?|was|were) (really |very |so |super |too |extremely )?(stiff|hard to press|unresponsive|sticky)\b|\b(barely|hardly|doesn'?t even|does not even|won'?t even) (stretch(es)?|fits?|covers?|reach(es)?) (over|around|across|on) (the |a |my )?(corners?|mattress|double|single|twin|bed|pillow|sofa|seat|table)\b`,
        // "steam is escaping from the sides of the lid", "the whistle is not coming"; noises told as what it does, not
        // asked about ("does it make a loud noise?"); "the coffee comes out lukewarm", "only blows cold air".
        String.raw`\b(steam|water|air|gas|oil|coffee|liquid|pressure)\b[^.!?]{0,10}\b(is |keeps |was |keeps on )?(escaping|escapes|spurting|spraying|seeping|hissing) (out|from|through|around|everywhere)\b|\b(steam|water|air|gas|oil|coffee|liquid|milk|juice|tea)\b[^.!?]{0,10}\b(is |keeps |was |keeps on |also )?(coming|comes|came|leaking|leaks|dripping|drips|pouring|pours|spilling|spills|escaping) (out )?(also )?(from|of|through|around|under|out of) (the )?(sides?|bottom|base|seal|lid|gasket|underneath|joints?|seams?|edges?|corners?|valve|rim|crack|hinge|back)\b|\b(whistle|pressure|steam) (is |does )?not (coming|building|rising|come|build)\b`,
        String.raw`\b(makes|is making|started making|keeps making|made|making) (a |an |some |these |this )?(weird|strange|odd|loud|horrible|awful|funny|grinding|clicking|rattling|buzzing|squealing|screeching|scraping|whining)( \w+)? (noises?|sounds?)\b|\b(comes|coming|came) out (only |just |barely |still |really |very |so |too )?(lukewarm|tepid|cold|barely warm|weak|watery|cloudy|discolou?red|rusty|brown)\b|\b(only|just) (blows|blowing|blew|puts out|gives out) (cold|cool|lukewarm) air\b`,
        // Books and prints made wrong: "pages 145 to 176 are missing", "printed twice", "a binding error".
        String.raw`\b(pages?|chapters?|sections?)\b[^.!?]{0,25}\b(are|is|were|was) (missing|blank|printed twice|duplicated|repeated|upside down|out of order|misprinted|stuck together)\b|\b(printed twice|misprint(ed)?|binding (error|fault|defect)|misbound|blank pages)\b`,
        // Sound that breaks up; controls that stick: "crackles above half volume", "the volume button is stuck down".
        String.raw`\b(crackles|crackling|distorts|distorted (sound|audio)|hisses|hissing|static (noise|sound)|cuts (in and )?out|keeps cutting out)\b`,
        String.raw`\b(button|buttons|key|keys|switch|trigger|zip|zipper|drawer|dial|knob|lever|pedal)s? (is|are|was|were|got|gets|keeps getting) (stuck|jammed)\b`,
        // Made wrong: "the screw holes are in the wrong place", "the zip is sewn on upside down".
        String.raw`\b(holes?|screw holes?|fittings?|brackets?|hinges?|buttons?|zip|zipper|label|logo|print|handle|seams?|cut-?outs?|openings?|slots?|ports?|notch(es)?)\b[^.!?]{0,25}\b((in|on|at) (the |a )?(wrong|different) (place|position|spot|face|side|end|height|edge)|drilled (wrong|crooked)|(sewn|printed|fitted|attached|glued) (on )?(upside down|crooked|inside out))\b`,
        // Measuring things that do not measure: "gives me a different weight every time", "inaccurate readings".
        String.raw`\b(gives?|giving|shows?|showing|reads?|displays?)( me)? (a )?(different|random|wrong|inconsistent|inaccurate) (weight|reading|result|number|temperature|value|measurement)s?\b|\b(inaccurate|inconsistent|erratic|random|wildly different) (readings?|measurements?|results?|values?)\b`,
        // One side only: "heats up on the left side only", "the right half stays cold".
        String.raw`\b(heats?|works?|lights?|charges?|cools?|blows?|plays?)( up)? (on |in )?(the )?(left|right|one|top|bottom|front|back) (side|half|part|zone|ear) only\b|\b(left|right|other|top|bottom|front|back|foot|head|lower|upper|far|near) (side|half|part|zone|end|section|area|corner) (stays|remains|is always|is still|doesn'?t|does not|never|won'?t) (completely |totally |stone |ice )?(cold|dark|off|black|silent|work|heat|light)`,
        // "it has started only warming the top half", "only heats the left side".
        String.raw`\bonly (warm|heat|cool|light|charg|power|dry|work)(s|ing|es)?( up)? (on |in )?(the )?(top|bottom|left|right|front|back|one|upper|lower|middle|centre|center) (half|side|part|end|zone|section|bit)\b`,
        String.raw`\b(don'?t|doesn'?t|do not|does not|won'?t|will not|can'?t|cannot) (snap|click|clip|lock|latch|close|shut|seal|fasten|zip|screw|stay) (shut|closed|together|into place|in place|properly|securely|tight|tightly|on)\b|\b(is not|isn'?t|are not|aren'?t|not) (locking|latching|closing|sealing|clicking|snapping|fastening|clamping|tightening)( in| into place| shut)? (properly|correctly|securely|fully|tight|tightly|at all)\b`,
        // Jigsaws and sets short of pieces: "there are 7 holes", "three pieces short".
        String.raw`\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) pieces? short\b|\bpuzzle\b[^.!?]{0,60}\bthere (are|were|is|was) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (holes|gaps|pieces missing|missing pieces)\b`,
        // What it is for does not last: "never stays lit", "flashes on and off", "doesn't keep drinks hot for an hour".
        String.raw`\b(never|won'?t|doesn'?t|does not|will not|don'?t|do not|can'?t|cannot) (stay|stays) (lit|on|charged|inflated|cold|hot|warm|cool|frozen|connected|paired|sharp|tight|in place)\b|\b(flash(es|ing)?|blink(s|ing)?|flicker(s|ing)?) on and off\b`,
        String.raw`\b(doesn'?t|does not|won'?t|will not|didn'?t|did not|can'?t|cannot|not|never) (keep|keeps|keeping|hold|holds|holding|retain|retains|maintain|maintains) (the |my |drinks? |coffee |tea |water |food |it |anything )?(hot|cold|warm|cool|heat|the heat|temperature|air|pressure|a charge|charge)\b`,
        // "the left motor just doesn't do anything", "nothing happens when I press it", "only the right side goes up".
        String.raw`\b(doesn'?t|does not|won'?t|will not|didn'?t|did not) do (anything|a thing)\b|\bnothing happens\b(?! (if|unless|in case))|\bno (lights?|leds?|display|response|reaction) (at all|whatsoever|comes? on|come up)\b|\bonly (one|the left|the right) (side|half|motor|leg|speaker|light) (works|goes|moves|lights|turns)\b`,
        // Screens; heat, smoke and burning smells; switching itself off.
        String.raw`\b(dead pixels?|stuck pixels?|flickers|flickering|no (picture|signal|display)|(screen|display) (is |stays |goes |went )?(black|blank))\b`,
        String.raw`\b((smells?|smelled|smelling|smelt) (like |of )?(burn\w*|smoke|melting|plastic burning)|burning smell|smok(e|ing) (came|comes|coming) out|(it|charger|battery|adapter|plug|cable|unit|device|motor|phone|laptop|handle|case|base) gets (really |very |extremely |super |dangerously )?hot|too hot to (touch|hold)|spark(s|ed|ing))\b`,
        String.raw`\b(turns|switches|shuts|powers|cuts) (itself )?(off|out) (by itself|on its own|randomly|constantly|every|after)\b`,
        String.raw`\b(jams|jammed|jamming|keeps (jamming|crashing|freezing|disconnecting|dropping out|restarting|rebooting|beeping|leaking)|freezes up|won'?t (stay (on|closed|shut)|hold|close|lock|latch|seal|tighten|screw in|unlock|inflate|retract|extend|fold|unfold|lie flat|go back in))\b`,
        // Loose or unsteady where it should not be: "wobbles badly", "the bolt just keeps spinning", "frayed cable".
        String.raw`\b(wobbles|wobbling|is (very |really |quite |so |too |badly )?(wobbly|rickety|unstable)|keeps (spinning|slipping|tipping|collapsing|folding)|(frayed|exposed|bare) (wires?|cables?|cords?)|(wire|cable|cord) (is |was )?(frayed|exposed|cut|melted))\b`,
      ],
      ja: [
        // Smell, smoke, heat; stopping or cutting out by itself; buttons with no effect.
        String.raw`((?<!(連絡|返信|メール|問い合わせ|お問い合わせ|メッセージ)(への|に|の|にも)?)(反応|応答)(が|も)(全く|全然|まったく|何も|一切)?(ない|なく|無い|無く|ありませ|ございませ)|閉まりきりませ|閉まり切りませ|無反応|うんともすんとも|認識(され|し)(ない|ません|なく|ず))`,
        // What the appliance is for does not happen: 「お湯が沸かず」「冷えない」「ペアリングができません」「繋がらない」.
        String.raw`((沸か|わか|温まら|あたたまら|冷え|ひえ|回ら|まわら|乾か|吸わ|吸い込ま|閉まら|しまら|締まら|閉まりきら|閉まり切ら|閉じきら)(ない|なく|ず|ません)|(ペアリング|接続|起動|再生|印刷|通電|点灯|給電)(が|も)?(全く|全然|まったく)?(でき|し|され)(ない|なく|ず|ません)|(?<!(電話|でんわ|回線|コールセンター|窓口|サポート)(が|に|も|は)?)(繋がら|つながら)(ない|なく|ず))`,
        String.raw`(膨張して|膨らんで|ふくらんで|膨れて|中身(が|も)?(こぼれ|漏れ|溢れ|あふれ)|(バッテリー|電池)(の持ち|が(全然|すぐ)?(持たな|もたな|持ちませ|切れ)))`,
        String.raw`(焦げ臭|こげくさ|焦げた(におい|匂い|臭い)|煙が(出|で)|発火|火花|異臭|異常に熱|熱くなりすぎ|(急に|勝手に|すぐに?|途中で)(止まって|止まり|止まる|切れて|切れる|消えて|消える|落ちて)|効か(ない|なく|ず|ません)|(ボタン|リモコン|スイッチ|キー|タッチ)[^。]{0,12}(きか|効か|反応し)(ない|ません|なく)|ドット抜け|画面が(真っ暗|真っ黒|ちらつ|点滅))`,
        String.raw`((点灯|作動|起動|動作|通電|反応)(せず|しな|しませ)|充電(が|も)(全く|全然|まったく)?(でき|され)(ない|ません|なく|ず)|動か(ない|なく|ず)|動きません|作動し(ない|ません)|反応し(ない|ません)|(電源|スイッチ|ランプ|ライト|画面|電気)(が|も|は)?(全然|まったく|全く)?(入らな|入りませ|付かな|つかな|点かな|つきませ|点きませ)|充電(でき|され)(ない|ません|なく)|音が(出な|出ませ|でな|でませ)|映ら(ない|なく)|使えな(い|く)(なり|なっ)|故障|不良|初期不良|不具合|異音|点灯しな|起動しな|(チカチカ|ちかちか)(と|し|する)|点滅(を繰り返|し(続け|っぱなし)|が止まら)|(点いたり|ついたり)(消えたり|きえたり)|(これじゃ|これでは|このままでは|このままじゃ)(全然|とても|ちょっと)?使え(ない|ません)|(正しく|正確に|ちゃんと|きちんと|まともに)(量れ|計れ|測れ|はかれ|表示され|計測でき|測定でき|作動し|動作し|機能し)(て(い|お)?)?(ない|ません|ず|なく))`,
      ],
      de: [
        // Word order with the object between: "lässt sich der Sattel nicht festziehen"; "die Schraube dreht durch".
        String.raw`\blasst sich\b[^.!?]{0,25}\bnicht (mehr |richtig )?(fest\w+|schliessen|offnen|einschalten|ausschalten|laden|aufladen|verstellen|einstellen|montieren|anbringen|befestigen|zusammenbauen|aufbauen|arretieren|einrasten|drehen|bewegen|aufpumpen|verbinden|koppeln)\b|\b(schraube|schrauben|mutter|gewinde|bolzen)\b[^.!?]{0,10}\b(dreht|drehen) (einfach |nur |immer )?durch\b`,
        String.raw`\b(ladt|startet|reagiert|heizt|kuhlt|druckt|leuchtet|saugt|dreht sich|verbindet sich|schaltet sich|schaltet|lauft|kocht|pumpt|spult|trocknet|schliesst|zieht)\b[^.!?]{0,25}\b(uberhaupt |gar |leider )?(nicht|nimmer|net)\b(?! (mehr )?(so|zu|wie|ganz|sehr))`,
        String.raw`\b(akku|batterie)\b[^.!?]{0,20}\b(halt|hielt) (nur noch|nur|kaum|keine|nicht)\b|\bmacht (ein |so ein |komische |seltsame )?(komisches|lautes|seltsames|merkwurdiges|klapperndes|schleifendes|knarzendes) (gerausch|gerausche)\b|\b(klappert|quietscht|rattert|brummt laut)\b|\b(ladt|laden|geladen|ladet|aufgeladen)\b[^.!?]{0,30}\bnur (noch )?(bis|auf) (ca\.? |etwa |ungefahr |circa |knapp )?\d+ ?(%|prozent)|\b(leuchtet|leuchten|funktioniert|funktionieren|heizt|kuhlt|ladt|lauft|geht) (nur|bloss) (zur halfte|halb|teilweise|auf einer seite|einseitig)\b|\b(teil|seite|halfte)\b[^.!?]{0,10}\bbleibt (dunkel|kalt|aus|stumm)\b|\b(paket|karton|verpackung|packung|flasche|dose|tube|tute|siegel)\b (war|kam|ist|wurde) (schon |bereits )?(offen|geoffnet|angebrochen)\b|\b(halb|zur halfte|fast|komplett|ganz) leer\b|\b(lost|losen|blattert|blattern|pellt|pellen|schalt|schalen) sich\b[^.!?]{0,40}\bab\b|\b(mahlt|heizt|kuhlt|backt|toastet|brat|trocknet|schneidet|druckt|farbt|gart) (sehr |total |extrem |stark |nur |vollig )?(ungleichmassig|unregelmassig|einseitig|ungleich)\b|\b(klingt|hort sich an),? (als ob|als wurde|wie wenn) (etwas|was|irgendwas|irgendetwas)\b[^.!?]{0,20}\b(schleift|schleifen|klemmt|kratzt|rattert|klappert|lose|kaputt|gebrochen)\b|\b(rastet|rasten|klickt|klicken|greift|greifen|schnappt|schnappen|hakt|haken|dichtet|dichten)\b[^.!?]{0,20}\bnicht (mehr |richtig |ganz |sauber |fest )?(ein|zu|dicht)\b`,
        String.raw`\b((naht|nahte|saum|knoten|verklebung|reissverschluss|druckknopf)\b[^.!?]{0,45}\b(aufgegangen|aufgetrennt|aufgeribbelt|geplatzt)|uhr\b[^.!?]{0,20}\bgeht\b[^.!?]{0,15}\b(nach|vor)\b|(hat|haben) (seine|ihre) form verloren|(pustet|blast|kommt|gibt) (nur noch|nur|bloss|blos) (kalte|lauwarme) (luft|wasser)|(ecke|naht|nahte|sohle|griff|henkel|leiste|kante|furnier|folie|beschichtung|lack|verklebung|bezug|schraube)\w*\b[^.!?]{0,15}\b(hat|haben) sich (gelost|abgelost|gelockert)|(hat|haben) sich (die|der|das|eine|ein) (\w+ )?(ecke|naht|sohle|griff|henkel|leiste|kante|furnier|folie|beschichtung|lack|verklebung|bezug|schraube)\w* (gelost|abgelost|gelockert)|(rutscht|fallt|fallen|rutschen) (standig )?(heraus|raus)|(uhr|wecker|uhrwerk|zeiger|motor|lufter|ventilator|trommel|pumpe|mahlwerk|laufband|maschine|gerat)\b[^.!?]{0,20}\b(bleibt|bleiben|blieb) (standig |immer wieder |dauernd |oft |einfach |plotzlich )?stehen|keine?n? lebenszeichen|flackert|flimmert|brandgeruch|riecht verbrannt|wird (sehr |extrem |zu )?heiss|schaltet (sich )?(standig|immer wieder|von selbst) ab|defekt|funktioniert (nicht|nur|kaum|nicht mehr|net|nimmer)|geht (nicht|net|nimmer)\b|geht\b[^.!?]{0,25}\b(aus|nicht (an|mehr))\b|funktionier(t|en)\b[^.!?]{0,30}\bnicht\b|lasst sich nicht|ladt nicht|kabel (ist |war )?(durchgescheuert|angeschmort|blank|beschadigt|eingerissen)|(halt|hielt|halten)\b[^.!?]{0,20}\b(nicht|kaum|keine \w+ lang) (warm|kalt|die (warme|kalte|temperatur|luft|ladung))|schaltet sich\b[^.!?]{0,15}\baus|fehlerhaft)`,
      ],
      fr: [
        String.raw`\b((retarde|avance) de \d+ (minutes?|secondes?)|(montre|horloge|pendule|reveil)\b[^.!?]{0,20}\b(retarde|avance|s'? ?arrete|s'est arretee)|a perdu (toute |de )?(sa |son )?(forme|volume|couleur|elasticite|gonflant|moelleux|fermete)|s'est (affaisse|aplati|deforme|tasse)e?|n'? ?(aspire|aspirent|chauffe|chauffent|souffle|soufflent|refroidit|imprime|seche|moud|broie) (presque |quasiment |pratiquement )?(plus|pas|rien)|ne (remonte|redescend|s'? ?enroule|se deroule|se replie|se deplie|se verrouille|se bloque) (pas|plus)|(tourne|tournent) (dans le vide|a vide)|aucun signe de vie|(ne )?donne (plus |aucun |plus aucun )?signe de vie|se decolle(nt)?|s'est decolle\w*|s'est (decousu|dechire|detache|arrache|effiloche)e?s?|se sont (decousu|dechire|detache|arrache)e?s?|se decoud\w*|decousue?s?|gondolee?s?|a gondole|ont gondole|n'est plus (plat|plate|droit|droite|stable|etanche|d'aplomb)|(affiche|indique|mesure|donne|marque)\b[^.!?]{0,50}\b(pas fiable|peu fiable|n'importe quoi)|(affiche|indique|donne|mesure) (des )?(valeurs|poids|temperatures|resultats|mesures|chiffres) (differente?s|fausses|aleatoires|incoherente?s)|se sont decolle\w*|defectueu\w*|ne (fonctionne|marche|s'? ?allume|charge|demarre) (pas|plus)|en panne|ne fonctionne que|hors service)\b`,
        // Asked about as a feature it is a question: "est-ce que la cafetière s'arrête toute seule après un moment ?".
        String.raw`\b(s'? ?eteint|s'? ?eteignent|s'? ?arrete(nt)?|se coupe(nt)?|se deconnecte(nt)?|redemarre(nt)?|s'est (eteint|arrete|coupe|deconnecte)e?s?|se sont (eteint|arrete|coupe|deconnecte)e?s?)\b(?<!\best-ce qu[^.!?]{0,60})[^.!?]{0,30}\b(seul|seule|tout le temps|sans arret|sans cesse|au bout|apres|toutes les|regulierement|d'un coup)\b`,
        String.raw`\b(batterie|autonomie|charge|pile)\b[^.!?]{0,20}\bne (tient|dure|tiennent|durent) (que|pas|plus|meme pas)\b|\b(cable|fil|cordon) (est |etait )?(denude|abime|fondu|sectionne)\b`,
        String.raw`\bne (s'? ?emboite|s'? ?adapte|s'? ?encastre|se fixe|se visse|se clipse|se verrouille|ferme|se referme) (pas|plus)\b|\b(vapeur|eau|air|liquide|huile|cafe|the) (s'? ?echappe|fuit|coule|sort) (de partout|par|sur|sous|du|de la|des)\b`,
        // Mechanisms that jam: "la fermeture éclair reste coincée à mi-chemin", "le tiroir est bloqué".
        String.raw`\b(fermeture( eclair)?|zip|glissiere|curseur|tirette|couvercle|tiroir|portiere|roues?|roulettes?|boutons?|gachette|molette|serrure|clapet|charnieres?|mecanisme|verin|pedale)\b[^.!?]{0,30}\b(reste|restent|est|sont|se|s'est|se sont) (completement |totalement |toujours |souvent )?(coincee?s?|bloquee?s?|grippee?s?)\b`,
        String.raw`\bne (garde|conserve|maintient|tient) (pas|plus|absolument pas)( du tout)? (le chaud|le froid|au chaud|au frais|la chaleur|la temperature|la charge|l'air|la pression)\b`,
        String.raw`\b(clignote|gresille|surchauffe|chauffe (anormalement|enormement|beaucoup trop|excessivement|trop)|sent (le|la) (plastique|brule|caoutchouc)( brule| fondu)?|ecran noir|pixels? morts?|odeur de brule|sent le brule|fait (un )?(drole de |gros )?bruit (bizarre|etrange|anormal|enorme|de ferraille))\b`,
        // Spoken French drops the "ne": "le chargeur marche pas", "ça s'allume plus".
        String.raw`\b(marche|fonctionne|s'? ?allume|demarre|charge|chauffe|s'? ?ouvre|se ferme|se connecte|tourne|aspire|souffle|refroidit|imprime|seche|mixe|broie|moud|gonfle|pompe|se recharge|s'? ?eteint)\b (pas|plus)\b(?! (mal|encore|de (probleme|souci)))`,
      ],
      it: [
        String.raw`\b(difettos\w*|non (funziona|si accende|carica|parte|va(?! (bene|a genio|d'accordo|per)))|non (chiude|chiudono|sigilla|sigillano) (bene|piu|ermeticamente|per niente)|(esce|escono|fuoriesce|fuoriescono) (l'acqua|acqua|il liquido|liquido|il caffe|l'olio)|l'acqua esce|(stampa|fa|esce|escono) (solo |soltanto )?(fogli|pagine) (bianch[ie]|vuot[ie])|pagine\b[^.!?]{0,30}\b(stampate (storte|male|di traverso|due volte|al contrario|capovolte|sottosopra)|tagliate|strappate|incollate)|guast[oa]|(non )?(da|danno|dava|davano|ha dato) (piu |alcun |nessun )?segn[oi] di vita)\b`,
        String.raw`\b(coperchio|tappo|cerniera|zip|lampo|anta|ante|sportello|cassetto|portiera|chiusura|valigia|barattolo|scatola)\b[^.!?]{0,30}\bnon (chiude|chiudono|chiudeva|chiudevano)\b|\bnon si (blocca|chiude|aggancia|accende|carica|avvia|collega|connette|sblocca|apre|aggancia|gonfia|scalda|riscalda)\b`,
        // "dopo pochi secondi si ferma", "dopo qualche minuto smette di girare".
        String.raw`\bdopo (pochi|qualche|un paio di|alcuni|\d+) (secondi|minuti|istanti)\b[^.!?]{0,20}\b(si (ferma|spegne|blocca|stacca|arresta)|smette)\b`,
        String.raw`\b(si spegne|si riavvia|si blocca|si scarica|si disconnette)\b[^.!?]{0,25}\b(da sol[oa]|continuamente|sempre|subito|in un|dopo|ogni|di continuo)\b`,
        String.raw`\b(batteria|autonomia|carica)\b[^.!?]{0,20}\b(dura|durano|tiene) (solo|soltanto|appena|meno di|pochissimo|poco)\b|\b(cavo|filo) (e |era )?(scoperto|spelato|spellato|bruciato|tagliato|sciolto)\b`,
        String.raw`\bnon (tiene|mantiene|conserva|trattiene)\b[^.!?]{0,12}\b(il caldo|il freddo|al caldo|al freddo|la temperatura|la carica|l'aria|la pressione|calore)\b`,
        String.raw`\b(ha stinto|stinge|scolorit[oa]|(si e|e) ristrett[oa]|fa (i )?pallini|(si sono|si e) (scollat|scucit|stralciat)\w*)\b`,
        String.raw`\b(sfarfall\w*|surriscald\w*|pixel (morti|bruciati)|schermo nero|(odore|puzza|puzzo) di (plastica |gomma |cavi |qualcosa di |filo )?bruciat[oa]|(fa|emette|produce) (un )?(rumore|rumori|suono|ronzio|fischio|cigolio) (strano|strani|forte|anomalo|metallico|tremendo|terribile|assurdo|fortissimo|insopportabile|di ferraglia)|(ruota|ruote|rotella|rotelle|ventola|motore|rullo|rulli|cerniera|manopola|lama|lame)\b[^.!?]{0,15}\bnon (gira|girano|scorre|scorrono|si muove|si muovono|taglia|tagliano)|avvallament\w*|ci si sprofonda|non (sale|arriva|va) in pressione|fischia da sotto|(segna|indica|misura|mostra|rileva|da) (pesi|valori|temperature|misure|numeri|risultati|letture) (divers|sbagliat|errat|casual|a caso|sempre divers)\w*)\b`,
      ],
      es: [
        String.raw`\b(defectuos\w*|no (funciona|enciende|prende|carga|arranca|sirve|gira|giran|calienta|calientan|enfria|enfrian|aspira|licua|muele|tuesta)|no (mueve|mueven) (las|los|el|la)|(no|ni) da (ninguna )?senal(es)? de vida|(nomas|solo|solamente|nada mas|unicamente) (hace|hacen) (ruido|un ruido|zumbido)|huele (raro|feo|a plastico)|dejo de funcionar|averiad[oa])\b`,
        String.raw`\b(deja|dejo|dejan|dejaron|ha dejado|han dejado) de (funcionar|cargar|encender|prender|calentar|enfriar|girar|sonar|aspirar|conectar)\b`,
        // Air and holes: "vino con un agujero en la costura", "se desinfla en media hora".
        String.raw`\b(se desinfla|se deshincha|se vacia sol[oa]|pierde (aire|agua|presion|vapor|aceite|gas)|no llega a (coger |tomar |alcanzar |agarrar )?(presion|temperatura)|tiene un (agujero|pinchazo|poro|corte)|(vino|llego|venia|me llego|me vino) con (un|una|unos|unas) (agujero|golpe|corte|raya|grieta|mancha|desgarro|rasguno|abolladura|rotura|fuga|bollo)s?)\b`,
        String.raw`\bse (apaga|reinicia|desconecta|traba|bloquea|descarga)\b[^.!?]{0,20}\b(sol[oa]|cada|constantemente|todo el tiempo|de repente|a los|enseguida|en (una|un|media|unos|pocos|\d+|dos|tres|cinco|diez|quince|veinte))\b`,
        String.raw`\b(solo|solamente|unicamente) (se (escucha|oye)\w*|suena\w*|funciona\w*|carga|enciende)\b[^.!?]{0,15}\b(un lado|uno de|un auricular|a veces|la mitad)\b`,
        String.raw`\b(se (escucha|oye)|suena|funciona) (solo|solamente|unicamente) (por|de|en) un lado\b`,
        String.raw`\b(bateria|pila|carga)\b[^.!?]{0,20}\b(solo|apenas|solamente|no) (dura|duran|aguanta|aguantan)\b|\b(cable|cordon) (esta |venia |vino |llego )?(pelad|cortad|quemad|derretid|desnud)[oa]\b`,
        String.raw`\bno (mantiene|conserva|guarda|aguanta)\b[^.!?]{0,12}\b(el calor|el frio|caliente|frio|fria|la temperatura|la carga|el aire|la presion)\b`,
        String.raw`\b(viene|vino|llego|esta|estaba) (todo |toda )?estrellad[oa]s?\b|\bestrellad[oa]s? (de|en|por)\b|\b(tira|pierde|bota|suelta) (agua|aire|aceite|liquido)\b|\bse (sale|escapa|sali[oa]) el (agua|aire|liquido)\b|\btiene (una )?fuga\b`,
        String.raw`\b(se (ha )?encogido|encogio|(ha|se ha) despegado|se despego|hace bolitas|se (ha )?descosido|se descosio)\b`,
        String.raw`\b(parpadea|se calienta (mucho|demasiado)|sobrecalienta|pixeles muertos|pantalla negra|olor a quemado|huele a quemado|hace (un )?ruido (raro|extrano|fuerte|feo|como de|como si|de (algo|roce|metal|motor))|(aspas|patas?|base|motor|aparato|mesa|silla|lavadora|ventilador)\b[^.!?]{0,10}\b(tiembla|tiemblan|vibra mucho|vibran mucho|cojea|cojean|se tambalea|se tambalean|baila|bailan)|(hace|echa|saca|suelta|sale|salen) chispas|no (agarra|coge|toma|alcanza) (temperatura|calor)|se queda tibi[oa]|se queda (dando vueltas|girando|atascad[oa]|trabad[oa]|colgad[oa])|no (vuelve|regresa) a (la|su) base|destin(e|en|io|ieron)|desteni(d[oa]s?|do)|(suelta|sueltan|pierde|pierden|solto|soltaron) (el )?(color|tinte|pintura)|(ha perdido|perdio|pierde|se le (ha )?(ido|quitado|caido)) (el|la|todo el|toda la|su) (antiadherente|recubrimiento|revestimiento|teflon|pintura|esmalte|barniz|forma|elasticidad)|ya no (sirve|funciona|prende|enciende|carga))\b`,
      ],
      nl: [String.raw`\b((kraakt|ruist|bromt|zoemt|piept|ratelt|rammelt) (aan de|bij|zodra|als|wanneer|steeds|constant|continu)|(geeft|heeft|met) (een )?(plastic|vieze|rare|chemische|metalen|smerige|muffe)\w* (smaak|bijsmaak|geur|lucht)|(schakelt|springt|klikt|maalt|draait|zuigt|verwarmt|koelt|blaast|pompt|snijdt|mixt|kookt|droogt|laadt|brandt|sluit|print) (helemaal |echt |gewoon |ook )?(niet|niet meer|nauwelijks|amper|nooit)|(bromt|zoemt|piept|ratelt|kraakt|rammelt) (alleen|enkel|alleen maar|heel hard|hard|raar|vreemd)|defect|werkt (niet|maar|alleen)|blijft (zwart|donker|uit)|reageert (niet|nergens (meer )?op)|geeft geen (geluid|beeld|licht|warmte)|start niet|gaat niet aan|laadt niet( op)?|doet het niet|doet (niks|niets) meer|flikker\w*|knippert|valt (steeds |telkens |constant |vaak )?uit|gaat (steeds |telkens |constant |vanzelf |zomaar |soms )+uit|slaat (steeds |telkens |vanzelf )?af|wordt (erg |heel |te |extreem )?heet|maakt (een )?(raar|vreemd|hard|luid) geluid)\b`],
      pl: [String.raw`\b(mial[oay]? byc (\d+|dwa|dwie|trzy|cztery|piec|szesc)\b[^.!?]{0,30}\b(a|ale) (przyszl\w*|dostal\w*|jest|bylo|sa|w paczce)|(glosno|halasliwie|strasznie glosno|bardzo glosno) (pracuje|pracowac|chodzi|dziala|buczy|huczy)|prawie nie (zbiera|ciagnie|ssie|grzeje|chlodzi|dziala|laduje)|zacial sie|zaciela sie|zacina sie|zacinaja sie|nie da sie (go |jej |ich |tego )?(otworzyc|zamknac|wlaczyc|naladowac|zapiac|rozpiac|zlozyc|skrecic|zamontowac)|przestal\w* (sie )?(dzialac|ladowac|grzac|swiecic|wylaczac|wlaczac|chlodzic|krecic|ssac|odkurzac|laczyc|reagowac|pracowac|grac|zamykac|otwierac)|nie (wylacza|wlacza|zamyka|otwiera|laduje|grzeje|chlodzi|kreci|laczy) sie|(wylacza|wylaczaja|gasnie|gasna) sie (sam|sama|samo|same|zanim|po|co|caly czas|ciagle|od razu|w trakcie|przed)|przeciek\w*|ciekni\w*|cieknie|wycieka|kapie z|nie dziala|wadliw\w*|zepsut\w*|zepsul\w* sie|psuje sie|nie laduje|nie wlacza|nie (grzej|chlodz|swiec|lacz|reaguj|wlacz|laduj)\w*|przestal\w* (dzialac|ladowac|grzac|swiecic))`],
      sv: [String.raw`\b(knarrar|gnisslar|vickar|vinglar|glappar|skramlar|(klockan|uret)\b[^.!?]{0,20}\b(star still|stannar|gar (fore|efter))|(blir|blev) (inte|aldrig) (varm|kall|het|laddad)|bara ljum\w*|fungerar (inte|bara|endast)|funkar inte|(slutade|slutat|har slutat) (att )?(fungera|funka|ladda|suga|lysa|kyla|varma|snurra|starta)|(suger|snurrar|kyler|varmer) inte|defekt|gar inte att|laddar inte|startar inte|lyser inte|blinkar|stanger av sig)\b`],
      pt: [String.raw`\b((ficou|veio|chegou|esta|apareceu) (com )?(uma |umas )?(mancha|manchas|risco|riscos|trinca|rachadura|listra|listras|pixel morto)|desliga-?se (sozinh\w*|passad\w*|depois|apos|ao fim|a meio|constantemente)|deita (um )?cheiro|cheiro (esquisito|estranho|a queimado)|nao da (nenhum )?sinal de vida|nao (funciona|liga|carrega|acende|esquenta|conecta|emparelha|sai (som|agua|nada))|com defeito|defeituos\w*|(parou|pararam|deixou|deixaram) de (funcionar|carregar|ligar|esquentar|girar)|esquenta (muito|demais)|faz (um )?barulho (estranho|esquisito|alto)|cheiro de queimado|nao esta funcionando|desliga sozinh\w*)\b`],
      tr: [String.raw`\b(yanik (kokusu|koku)|(calismayi|calisma) (birakti|durdu)|(birden|aniden|kendiliginden|kendi kendine) (durdu|kapandi|kapaniyor|duruyor)|calismiyor|bozuk|arizali|acilmiyor|yanmiyor|isitmiyor|sogutmuyor|(ses|goruntu|isik|sicak hava|su) (gelmiyor|cikmiyor|vermiyor)|sarj (olmuyor|etmiyor|tutmuyor))\b`],
    },
  },
  {
    id: 'damage.wrong-or-missing',
    key: 'damaged_or_defective',
    strength: 3,
    label: 'wrong or incomplete item',
    // Reported or mistaken ("I left a review saying the lid was missing, but found it") is no claim, nor is where a
    // review went by mistake ("I left a 3 star review by accident on the wrong product").
    // The buyer's own slip is no wrong delivery: "I ordered the wrong size", "j'ai commandé la mauvaise taille",
    // "ik heb per ongeluk de verkeerde kleur besteld" (Dutch and German put the verb last: their phrases look ahead for it).
    notAfter: String.raw`((不在票|不在連絡票|ご?不在連絡|お知らせ|連絡票|通知|メール|ポスト|宅配ボックス)(も|が|は|に)?(何も)?|\b(no|not|nothing|non|nada|niente|nulla|rien|nichts|niets|nao|hicbir)\b[^.!?]{0,10}|\b(review|rating|feedback|stars?|comment|valoracion|resena|bewertung|rezension|avis|commentaire|recensione|recensie|opinia|recension|avaliacao)\b[^.!?]{0,25}\b(on|for|under|to|zu|fur|bei|sur|pour|su|per|en|a|para|bij|voor|pod|till)( the| a| an| el| la| le| il| den| das| die| de| het)? ?|\b(saying|said|thought|wrote|claimed|complained|mentioned|found|located|spotted)( that)?( the| my| a| an| one)? ?|\b(ordered|order|chose|picked|selected|bought|typed|entered|put|returned|sent back|exchanged|commande|choisi|pris|ordinato|scelto|preso|comprato|pedi|ordene|elegi|compre|escogi|encomendei|escolhi|zamowil\w*|wybral\w*|bestallde|bestallt|bestalla|valde|valt|valja|kopte|kopt|kopa)\b( the| a| an| my| la| le| les| l'| il| lo| el| los| las| o| os| as| uma| um| un| une| una)? ?)`,
    phrases: {
      en: [
        String.raw`\b(wrong|incorrect|different) (item|size|colou?r|product|model|length|one|version|book|part|quantity|style)\b[^.!?]{0,15}\b(sent|arrived|came|received|delivered|shipped|in the box)\b`,
        // Not a delivery to the wrong door: "it was delivered but to the wrong address".
        String.raw`\b(sent|received|got|shipped|delivered|arrived)\b[^.!?]{0,12}\b(the )?(wrong|incorrect)\b(?! (address|house|home|door|building|flat|apartment|place|person|people|neighbou?rs?|location|post ?code|zip|city|street|unit|recipient|locker|porch|doorstep|house number|customer|town|state|country|pickup point|depot|warehouse|name)\b)`,
        // What came differs from what the rest of the order is: "the fitted sheet in the pack is grey".
        String.raw`\b(in the (pack|box|set|package|parcel|bag)|inside the (pack|box|package|parcel)|that (came|arrived)|i (got|received)|what (came|arrived|was delivered|was sent|you sent( me)?|i (got|received))) (is|are|was|were) (a |an )?(different|another|king|queen|double|single|twin|kid'?s|child'?s|women'?s|men'?s|\w+ size|size \w+|grey|gray|black|white|blue|red|green|pink|brown|beige|navy|yellow|purple|orange|silver|gold|cream)\b`,
        String.raw`\bwrong (item|size|colou?r|product|model|length|one|version|book|part|plug|adapter|charger|cable|lens|type|edition|language|flavou?r|scent|pattern|style|quantity)\b`,
        // Not a paid extra or a paper ("came without any gift wrap", "the invoice came without the VAT number"), nor "without any damage".
        String.raw`\b(came|arrived|was delivered|shipped|was sent) without (the|a|an|any)\b(?! (gift|wrap\w*|invoice|receipt|packing slip|gift (message|note|receipt|card)|damage|problems?|issues?|scratch\w*|delay)\b)(?<!\b(invoice|receipt|bill|e-?mail|message|credit note)\b[^.!?]{0,30})`,
        // "everything arrived except the remote".
        String.raw`\b(everything|all of it|all the rest|the rest)\b (else )?(arrived|came|was there|was in the box|was included|is here|was delivered)\b[^.!?]{0,12}\b(except|apart from|other than|besides|save for) (for )?(the|a|an|one|my|two|\d+)\b(?! thing\b)`,
        // Promised in the listing, absent from the box: "the brush that's listed as included was not in the package".
        String.raw`\b(listed|described|advertised|shown|pictured|said|supposed|meant|stated)\b[^.!?]{0,25}\b(included|to (come|be) (with it|included|in the (box|package|set)))\b[^.!?]{0,40}\b(was not|wasn'?t|were not|weren'?t|is not|isn'?t|are not|aren'?t|never|not) (in|inside|included|there|found|in there)\b`,
        // "there were no bolts for the handlebar in the box" (assembly parts only: "there is no cable in the box" may be
        // how it is sold); "six of the reams are a different weight".
        String.raw`\bthere (was|were|is|are) no (\w+ ){0,2}(bolts?|screws?|nuts?|washers|dowels|parts?|pieces?|hardware|legs?|feet|allen key|fixings|brackets?|hinges?|shelf pins)\b[^.!?]{0,40}\b(in the|in my|inside the|included)\b|\b(are|is|was|were) (a |the )?(different|wrong) (weight|size|colou?r|length|width|model|thickness|type|shade|finish|material|pattern|scent|flavou?r|version|gauge|wattage|voltage)\b|\binstead of the [^.!?]{0,20}\b(listed|advertised|shown|pictured|described|ordered)\b`,
        String.raw`\bnothing like (the |what (was|is) )?(photos?|pictures?|images?|listing|description|advert\w*|shown|pictured|described)\b`,
        // "pack of 6 … only 5", "the 6 piece knife set only had 5 knives".
        String.raw`(\b(pack|set|box|bag|pair|lot|bundle) of (\d+|two|three|four|five|six|eight|ten|twelve)|\b(\d+|two|three|four|five|six|eight|ten|twelve)[- ]?(piece|pc|pcs|pack|count|ct)\b)[^.!?]{0,40}\b(only|just) ((had|has|have|came with|contained|contains|included|includes|arrived with) )?(\d+|one|two|three|four|five|six|seven|eight|nine|eleven)\b`,
        // Not when the buyer then says it turned up: "Re: missing bolt" - "never mind, found the bolt in the bottom of the box".
        String.raw`\bmissing (the |a |an |some |two |one |\d+ )?(parts?|pieces?|screws?|bolts?|hardware|charger|cable|manual|remote|lid|accessor\w*|battery|batteries|items?|instructions|bag|key|adapter|strap|cover)\b(?! (search|terms?|words?|phrases?|features?|information|selling|benefits|details))(?![\s\S]{0,200}\b(never ?mind|found (it|them|the \w+) (in|inside|under|at|after all)|turned up|ignore my (last |previous )?(message|email))\b)`,
        String.raw`\b(not as (described|advertised|pictured|shown)|different (from|than) (the )?(listing|description|picture|photo|advertised)|doesn'?t match the (listing|description|picture)|not what (was|is) (advertised|described)|not as per (the )?(images?|pictures?|photos?|description|listing|website|site|ad|advert)|(fake|counterfeit) (item|product))\b`,
        String.raw`\bordered [^.!?]{0,25}\b(but )?got (a|an|\d|something|one that|one in|it in|them in)\b`,
        // "you sent the case for a different model", "got a charger meant for another phone".
        String.raw`\b(sent|send|shipped|received|got|delivered)( me| us)? (the|a|an|one)( \w+){0,3} (for|meant for|made for|designed for) (a|the|another|an) (different|wrong|other|older|newer) (model|phone|device|size|car|version|vehicle|printer|machine)\b`,
        // "you sent me the 64GB version instead of the 128GB", "instead of the one I ordered".
        String.raw`\b(sent|send|received|got|shipped|mailed|delivered)( me| us)? (a|an|the|this|these|two|\d+)\b[^.!?]{0,40}\binstead of\b`,
        String.raw`\binstead of (the |a |an |my )?[^.!?]{0,30}\b(i|we) (ordered|paid for|bought|chose|selected|picked)\b`,
        String.raw`\b(is|was|are|were|looks|seems|probably|definitely|clearly|obviously|totally) (a )?(fake|counterfeit|knock-?off|replica|not (genuine|authentic|original))\b`,
        String.raw`\b(received|got|sent( me)?|sold( me)?) (a )?(fake|counterfeit|knock-?off|replica)\b`,
        String.raw`\b(only|just) (\d+|one|two|three|four|half) (was|were|came|arrived|in the (box|package|parcel)|inside)\b`,
        // "main unit was not there", "the charger wasn't included", "screws were not in the box".
        String.raw`\b(unit|main unit|part|parts|piece|pieces|charger|cable|remote|manual|lid|battery|batteries|screws?|bolts?|accessor\w*|adapter|stand|base|cover|strap|case|mount)\b (was|were|is|are)( not|n'?t) (there|inside|included|in (the|my) (box|package|parcel))\b`,
        String.raw`\b(item|product|order) (was|were|is|are)( not|n'?t) (inside|included|in (the|my) (box|package|parcel))\b`,
        // Parts that do not go together: "the screws don't fit the holes", "holes don't line up".
        String.raw`\b(holes?|screws?|bolts?|parts?|pieces?|panels?|pins?)\b[^.!?]{0,20}\b(don'?t|do not|doesn'?t|does not|won'?t|will not) (line up|align|match|fit (the|in|into|together))\b`,
        // Short of the count: "the bag of brackets only has 3 of the 4", "the one that is missing", "two legs are missing".
        String.raw`\b(only|just) (has|had|have|contains?|contained|came with|includes?|included) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) (of|out of) (the )?(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b`,
        String.raw`\b(one|ones|parts?|pieces?|screws?|bolts?|nuts?|brackets?|legs?|feet|shelf|shelves|panels?|pins?|wheels?|keys?|cables?|chargers?|lids?|doors?|drawers?|handles?|hinges?|bits?|accessor\w*)\b (that |which )?(is|are|was|were) (still |completely )?missing\b`,
      ],
      ja: [
        // Not a length the buyer measured wrong: 「丈が足りませんでした」 is a size, not a missing part.
        String.raw`((?<!(丈|長さ|幅|高さ|サイズ|容量|深さ|袖|裾|身長|背|スペース|場所|置き場|置き場所|余裕|予算|時間|残高|ポイント)(が|は|も)?([0-9]+(cm|センチ|mm|ミリ|m|メートル|インチ|円|分)|少し|ちょっと|全然|かなり|だいぶ|若干)?(ほど|くらい|ぐらい)?)(足りな|足りませ)|不足|欠品|(?<!(まだ|未だ))入って(い|お)?(ない|ません|なかった)|(?<!(まだ|未だ))入っていませ|(入って|付いて|同梱されて)(おりませ|おらず)|付いて(い)?(ない|ません)|同梱されて(い)?(ない|ません))`,
        String.raw`(説明|商品ページ|商品説明|記載|表記|写真|画像|ページ|見本|サンプル)(と|とは)(全然|全く|まったく|だいぶ|かなり|ぜんぜん|明らかに|少し)?(違|異な|ちが)`,
        String.raw`([0-9]+|一|二|三)(個|本|枚|つ|点|足|セット|袋|箱)(少な|足りな|足らな|しか(入って|届いて|ありませ|なかった|ない))`,
        String.raw`(違う|別の|間違った|異なる|ちがう)(商品|もの|物|色|サイズ|型番|品|やつ|の)(が|も)?(届|入|送られ)`,
        // 「色が注文したのと違います」「頼んだのと色がちがう」 (not the address or the date: 「注文したのと違う住所」).
        String.raw`(注文した|頼んだ|たのんだ|選んだ|購入した|買った|注文時の|選択した)(もの|物|の|商品|品|やつ|サイズ|色|カラー)(と|とは)(色|サイズ|カラー|型番|柄|デザイン|形|サイズ感)?(が|も)?(全然|全く|まったく|微妙に|少し|明らかに)?(違|ちが|異な)(?![^。]{0,6}(住所|宛先|お届け先|日|時間|配送))`,
        String.raw`(サイズ|色|型番|商品)(が|の)?(違う|ちがう|間違って)(もの|やつ|の)?(が|も)?(届|入)`,
        String.raw`(なのに|のに|はずが|はずなのに)[^。]{0,25}(が|を)(届|入って|送られ)`,
        String.raw`(なのに|のに|はずが|はずなのに|ですが|でしたが)、?(実際に)?(届いた|届いて|送られてきた|入っていた|入ってた|来た)(の|もの|商品|やつ)?(は|が)(?![^。]{0,12}(遅れ|遅く|遅延|予定より|日後|週間後|後でした))`,
        // 「ブラックで確定しているのに、箱の中身はネイビーでした」 (not 「中身は問題ありません」).
        String.raw`(なのに|のに|はずが|はずなのに)、?(箱の|実際の)?中身(は|が)(?![^。]{0,12}(問題|無事|大丈夫|きれい|綺麗|異常|同じ|正常))`,
        String.raw`(偽物|ニセモノ|にせもの|コピー品)`,
        // An empty parcel: 「開けたら中身空っぽでした」「箱の中に何も入っていませんでした」.
        String.raw`(中身|箱の中|袋の中|封筒の中)(が|は|も)?(空っぽ|からっぽ|空でし|空だっ|空の状態)`,
      ],
      de: [
        String.raw`\b(kam|kamen|geliefert|angekommen|verschickt)\b[^.!?]{0,15}\bohne (den|die|das|jegliche|ein|eine|einen)\b(?<!\b(rechnung|quittung|beleg|gutschrift|e-?mail|nachricht)\b[^.!?]{0,30})`,
        // Verb last: "dass zwei der Scharniere fehlen", "die Schrauben für die Beine fehlen komplett".
        String.raw`\b(schrauben?|teile?|bauteile?|einzelteile?|scharniere?|dubel|muttern?|beine?|fusse|fuss|griffe?|bretter|brett|platten?|boden|einlegeboden|kabel|batterien?|akku|zubehor|anleitung|bedienungsanleitung|netzteil|ladegerat|deckel|rollen?|rader|rad|stifte?|beschlage|halterungen?|knopfe|knopf|inbusschlussel|schlussel|fernbedienung|gurt|riemen|kissen|bezug)\b[^.!?]{0,20}\b(fehlen|fehlt|fehlten|fehlte)\b`,
        String.raw`\b(statt|anstatt|anstelle)\b[^.!?]{0,60}\b(geliefert|bekommen|erhalten|geschickt|gesendet|verschickt|kam|kamen)\b`,
        // What came belongs elsewhere: "im Karton lag die Anleitung für ein ganz anderes Modell", "passen nicht zu den Bildern".
        String.raw`\b(lag|lagen|kam|kamen|geliefert|erhalten|bekommen|geschickt|beigelegt|beilag|im karton|im paket)\b[^.!?]{0,40}\b(fur|von) (ein|einen|eine|das|den|die) (ganz |vollig |komplett )?(anderes|anderen|andere|falsches|falschen|falsche) (modell|gerat|artikel|produkt|auto|fahrzeug|version|set|grosse)\b|\b(passt|passen|stimmt|stimmen|entspricht|entsprechen)\b (nicht|gar nicht|uberhaupt nicht) (zu |mit )?(den|dem|der) (bildern|bild|fotos?|abbildung\w*|beschreibung|artikelbeschreibung|produktbeschreibung|angebot)\b`,
        String.raw`\b(geliefert|bekommen|erhalten|geschickt|gesendet|verschickt)\b[^.!?]{0,30}\b(statt|anstatt|anstelle)\b`,
        // What came, named by its size or colour: "in Größe S statt M", "in Grau statt Dunkelblau", "Modell A statt B".
        String.raw`\b(grosse|gr|farbe|modell|variante|ausfuhrung|version|sorte|duft|geschmack)\b\.? [\w-]{1,12} (statt|anstatt|anstelle)\b(?![^.!?]{0,40}\b(umtauschen|tauschen|bestellen|nehmen|haben)\b)(?<!\b(kann ich|konnte ich|konnen sie|konnten sie|kann man|mochte|mochten|hatte gern|hatte gerne|bitte|wurde gern|wurde gerne)\b[^.!?]{0,40})|\bin \w*(schwarz|weiss|grau|blau|rot|grun|gelb|rosa|pink|braun|beige|lila|violett|silber|gold|orange|turkis|anthrazit|creme|navy|oliv|bordeaux|khaki|mint) (statt|anstatt|anstelle)\b(?![^.!?]{0,40}\b(umtauschen|tauschen|bestellen|nehmen|haben)\b)(?<!\b(kann ich|konnte ich|konnen sie|konnten sie|kann man|mochte|mochten|hatte gern|hatte gerne|bitte|wurde gern|wurde gerne)\b[^.!?]{0,40})`,
        String.raw`\balles\b[^.!?]{0,15}\b(angekommen|da|geliefert|dabei|erhalten|bekommen)\b,? (ausser|bis auf) (den|die|das|dem|der|ein|eine|einen|einem|zwei|drei|\d+)\b|\b(lag|lagen|war|waren) (leider |aber |auch )?nicht (mit )?(im|in der|in dem) (karton|paket|packchen|packung|schachtel|lieferung|lieferumfang|umschlag|box)\b|\b(lag|lagen|war|waren) (leider |aber |auch )?nicht (dabei|beigelegt|beigepackt)\b`,
        // "Sie haben mir das falsche Ladegerät geschickt" (not the buyer's own slip: "die falsche Größe bestellt").
        String.raw`\b(das|den|die|der|dem|ein|einen|eine) falschen? (\w+ ){1,2}(geschickt|zugeschickt|geliefert|bekommen|erhalten|gesendet|verschickt|eingepackt|beigelegt)\b`,
        String.raw`\b(seiten?|kapitel)\b[^.!?]{0,25}\b(fehlen|fehlt|doppelt|leer|unbedruckt|verkehrt herum|falsch gebunden)\b|\bfehldruck\b`,
        String.raw`\b(es fehlt(?! (nichts|gar nichts|uberhaupt nichts|nix)\b)|fehlt (ein|eine|der|die|das|mir)|fehlte (ein|eine|einen|der|die|das|leider|jeglich\w*|uns|mir)\b(?! (rechnung|quittung|beleg|lieferschein|kassenbon|zeit|geduld))|fehlten (die|zwei|drei|\d|leider|mir|uns)|fehlen (die|zwei|drei|\d)|falsche[nrsm]? (artikel|grosse|größe|farbe|ware|produkt|modell)(?!( \w+){0,3} (bestellt|gewahlt|ausgewahlt|gekauft|angeklickt|erwischt)\b)|nicht wie beschrieben|anders als (beschrieben|abgebildet)|unvollstandig)\b`,
      ],
      fr: [
        String.raw`\b(recu|envoye|livre|expedie|eu|re(c|ç)u)\b[^.!?]{0,40}\bau lieu (de|du|des|d')`,
        // "le kit reçu n'est pas le bon", "les plaquettes ne correspondent pas aux étriers de ma Clio", "pages blanches".
        String.raw`\b(recue?s?|livree?s?|envoyee?s?|arrivee?s?|article|produit|piece|pieces|modele|taille|couleur|reference|kit|colis|livre)\b[^.!?]{0,25}\b(n'est|ne sont|n'etait|n'etaient) pas (le|la|les) (bon|bonne|bons|bonnes)\b|\bne (correspond|correspondent|s'adapte|s'adaptent|se monte|se montent) pas (a|au|aux|sur) (ma|mon|mes|la|le|les) (voiture|vehicule|modele|etriers?|moto|velo|telephone|appareil|machine|imprimante)\b|\bpages? (manquantes?|blanches|en double|imprimees? deux fois|a l'envers)\b`,
        String.raw`\b(arrive|arrivee|livre|livree|recu|venu|venue)\b sans (le|la|les|l'|aucun\w*|son|sa|ses)\b(?<!\b(facture|avoir|justificatif|e-?mail|mail|courriel|message)\b[^.!?]{0,30})`,
        String.raw`\btout (est |etait |a ete )?(bien )?(arrive|recu|livre|la|present)e?s? (sauf|excepte|hormis|a part) (le|la|les|l'|un|une|mon|ma|mes|deux|\d+)\b|\bet non (pas )?(la|le|les|l'|un|une|celle|celui|ceux|celles|du|des)\b[^.!?]{0,30}\b(que )?(j'avais|j'ai|nous avions|nous avons|on avait|on a) (commande|choisi|demande|pris|selectionne)`,
        String.raw`\bau lieu (de|du|des|d')[^.!?]{0,30}\b(commande|commandee|demande|demandee|choisi|choisie)\b`,
        // "j'ai commandé une 240x220 et j'ai reçu une 200x200".
        String.raw`\b(commande|achete|choisi|pris)\b[^.!?]{0,40}\b(et|mais) (j'? ?ai )?(recu(?! (la |une |le |un |l')?(confirmation|mail|e-?mail|message|remboursement|avis|notification|numero))|on m'a (envoye|livre)|vous m'avez (envoye|livre)|c'est (arrive|une)|il est arrive|elle est arrivee)\b`,
        String.raw`\b(recue?s?|livree?s?|envoyee?s?|arrivee?s?)\b[^.!?]{0,40}\balors que (j'avais|j'ai|nous avions|nous avons|on avait|on a) (commande|choisi|demande|pris|selectionne)\b`,
        String.raw`\b(il manque|manquant\w*|manque (le|la|les|un|une)|(mauvais|mauvaise) (article|taille|couleur|produit|modele)|pas conforme|non conforme|ne correspond (pas|absolument pas)( du tout)? (a|au|aux) (la |l'|les )?(description|annonce|photos?|images?|fiche|commande|article commande)|incomplet)\b`,
      ],
      it: [
        String.raw`\b(ricevuto|inviato|mandato|spedito|arrivat\w*)\b[^.!?]{0,40}\b(invece d|al posto d)(?!\w* (lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|giorno|giorni|settimana|data|casa|ufficio)\b)`,
        String.raw`\b(diverso|diversa|differente) da (quello|quella|quanto) (che )?(ho |avevo )?(ordinat|richiest|acquistat|mostrat|descritt|in foto|nella foto|nell'annuncio)`,
        String.raw`\b(articolo|taglia|colore|prodotto|modello|misura) (e |era |e proprio |e completamente )?(diverso|diversa|sbagliat\w*|errat\w*)\b`,
        // "ho ordinato il verde e mi è arrivato il blu".
        String.raw`\b(ordinato|ordinata|ordinati|ordinate|comprato|acquistato|scelto)\b[^.!?]{0,30}\b(e|ma|pero) (mi |ci )?(e arrivat[oaie]|sono arrivat[oaie]|e venut[oaie]|hanno (mandato|spedito|inviato|consegnato)|ho ricevuto|ricevo|arriva) (il|la|lo|l'|i|gli|le|un|una|uno|quell\w*|quest\w*)\b(?! ?(giorno|giorni|pacco|pacchetto|ordine|corriere|mattino|pomeriggio|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|settimana|mese)\b)`,
        String.raw`\barrivat[oa] senza (il|la|i|le|lo|gli|l')\b(?<!\b(fattura|ricevuta|scontrino|e-?mail|mail|messaggio|nota di credito)\b[^.!?]{0,30})`,
        String.raw`\b(arrivat[oaie]|ricevut[oaie]|consegnat[oaie]|c'e|c'era|c'erano) tutto (tranne|eccetto|salvo|meno|fuorche|a parte)\b|\b(nel pacco|nella scatola|nella confezione|nel pacchetto|nel cartone|nella busta|dentro) non (c'e|c'era|c'erano|ci sono|ci stava)\b(?! (la |il |lo |l'|nessuna |alcuna |nemmeno la |neanche la )?(fattura|ricevuta|scontrino|bolla|documento|biglietto|bigliettino|nota|messaggio|confezione regalo)\b)|\b(c'era|c'erano|c'e|e|era|sono|erano|mandato|spedito|inviato) (il|la|lo|l'|i|gli|le|un|una|uno)\b[^.!?]{0,40}\b(invece|al posto) (d|del|della|dello|dei|degli|delle|di)\b(?! (lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|giorno|giorni|settimana|data|casa|ufficio)\b)`,
        String.raw`\bpagine (mancanti|bianche|doppie|ripetute|stampate due volte|al contrario)\b`,
        String.raw`\b(manca|mancano|mancava|mancavano|mancant\w*|(articolo|taglia|colore|prodotto|modello) sbagliat\w*|non conforme|non corrisponde|incomplet\w*)\b`,
      ],
      es: [
        // Not a delivery day or place: "llegó el martes en vez del lunes".
        String.raw`\b(mandaron|enviaron|llego|recibi|mandado|enviado|mandaste|enviaste|me llego|es|son|vino|vinieron|venia|trae|traia|llegado)\b[^.!?]{0,40}\b(en vez|en lugar) del?\b(?! (lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|dias|semana|mes|fecha|plazo|domicilio|casa|oficina|punto)\b)`,
        String.raw`\b(llego|vino|recibi|llegado|recibido|venia|estaba|ha llegado) todo (bien )?(menos|excepto|salvo|quitando|a excepcion de)\b|\btodo (ha )?(llego|llegado|vino|venido) (bien )?(menos|excepto|salvo|quitando|a excepcion de)\b`,
        String.raw`\b(vino|llego|venia|me llego|me vino) sin (el|la|los|las|su|sus|ningun\w*)\b(?<!\b(factura|recibo|ticket|albaran|correo|e-?mail|mensaje|abono)\b[^.!?]{0,30})`,
        String.raw`\b(en vez|en lugar) del?\b[^.!?]{0,30}\b(que )?(pedi|ordene|compre|encargue|elegi)\b|\b(en vez|en lugar) del?\b(?! (lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|dias|semana|mes|fecha|plazo|domicilio|casa|oficina|punto)\b)[^.!?]{0,30}\b(me |nos )?(ha llegado|han llegado|llego|llegaron|mandaron|enviaron|han mandado|han enviado|vino|vinieron|recibi|he recibido)\b`,
        String.raw`\bno (entra|entran|encaja|encajan|coincide|coinciden|calza|calzan)\b[^.!?]{0,20}\b(agujero|hueco|orificio|pieza|rosca|tornillo|ranura)s?\b|\b(agujero|orificio|tornillo|pieza)s?\b[^.!?]{0,25}\bno (coinciden|encajan|entran|cuadran)\b`,
        String.raw`\b(pedi|ordene|compre|encargue)\b[^.!?]{0,30}\b(y|pero) (me )?(llego|vino|mandaron|enviaron|llegaron|vinieron|recibi)\b`,
        // "no son de la medida que puse", "son de 135 y pedí de 150".
        String.raw`\bno (es|son|era|eran|vino|vinieron|llego|llegaron) (de )?(la|el|del) (medida|talla|tamano|color|modelo|numero|version|largo|ancho) que (pedi|puse|ordene|compre|elegi|seleccione|escogi|marque)\b|\b(es|son|vino|vinieron|llego|llegaron|era|eran) de \d+\w*\b[^.!?]{0,10}\b(y|pero) (yo )?(pedi|ordene|compre|elegi|puse)\b`,
        String.raw`\b(pack|set|juego|caja|paquete|lote|kit)\b[^.!?]{0,10}\b(era|es|de|trae|traia|dice) (de )?\d+\b[^.!?]{0,40}\b(solo|solamente|nomas|unicamente) (venian|venia|vinieron|vino|habia|habian|llegaron|llego|traia|trae|hay)\b`,
        String.raw`\bpaginas? (en blanco|repetidas|duplicadas|impresas dos veces|al reves|que faltan)\b|\bfaltan (las )?paginas\b`,
        String.raw`\b((?<!\b((me|nos|le|les|te|os) (hace|hacen|hacia|haria|harian)|sin) )falta|faltan|faltaba|(talla|color|articulo|producto|modelo) (equivocad|incorrect)\w*|no es (como|lo que) (se describe|describe|en la foto|pedi)|no corresponde|incomplet\w*)\b`,
      ],
      nl: [String.raw`\b((kreeg|gekregen|ontvangen|geleverd|gestuurd|opgestuurd|zat|kwam)\b[^.!?]{0,40}\bin plaats van|ontbreekt|ontbreken|verkeerde (maat|kleur|artikel|product)(?!( \w+){0,3} (besteld|gekozen|gekocht|aangeklikt|geselecteerd)\b)|niet zoals beschreven|onvolledig)\b`],
      pl: [
        String.raw`\b(brakuje|brak (czesci|elementu|instrukcji)|zly (rozmiar|kolor|produkt)|niezgodn\w*)`,
        // "otrzymałem inny kolor niż zamówiłem", "przyszedł zły model zamiast …".
        String.raw`\b(inny|inna|inne|innego|zly|zla|zle|zlego|niewlasciw\w*) (kolor|rozmiar|model|produkt|towar|przedmiot|artykul|wersj\w*)\b`,
        String.raw`\bniz (zamowil\w*|zamawial\w*|kupil\w*|na zdjeciu|w opisie)`,
        String.raw`\b(przyszedl|przyszla|przyszlo|przyszly|dostal\w*|otrzymal\w*|wyslali\w*)\b[^.!?]{0,30}\bzamiast\b`,
        String.raw`\b(w srodku|w paczce|w pudelku|w pudle|w zestawie|w opakowaniu|w kartonie)\b[^.!?]{0,5}\bnie (bylo|ma)\b(?! (faktury|paragonu|rachunku|dowodu|kartki|liściku|listu)\b)`,
      ],
      sv: [String.raw`\b(saknas|fel (storlek|farg|vara|produkt|modell)|inte som beskrivet)\b`],
      pt: [
        String.raw`\b(veio errado|produto errado|tamanho errado|cor errada|modelo errado|faltando|falta (a|o|uma|um)|diferente do anuncio)\b`,
        // "diferente do que comprei", "pedi preto e veio azul", "veio sem o carregador".
        String.raw`\bdiferente (do|da|dos|das) (que (comprei|pedi|encomendei|estava|mostra|aparece)|anuncio|foto|fotos|pedido|descricao|imagem|site)\b`,
        String.raw`\b(pedi|encomendei|comprei)\b[^.!?]{0,30}\b(e|mas|porem) (me )?(veio|vieram|chegou|chegaram|recebi|mandaram|enviaram)\b`,
        String.raw`\b(veio|vieram|chegou|chegaram|recebi|mandaram|enviaram)\b[^.!?]{0,20}\b(errad[oa]s?|trocad[oa]s?|outr[oa] (cor|tamanho|modelo|produto))\b`,
        String.raw`\b(veio|vieram|chegou|chegaram|recebi) tudo (menos|exceto|excepto|salvo|tirando)\b`,
        String.raw`\b(veio|vieram|chegou|chegaram) sem (o|a|os|as)\b(?<!\b(fatura|nota fiscal|recibo|e-?mail|mensagem)\b[^.!?]{0,30})`,
        String.raw`\b(veio|vieram|chegou|chegaram|recebi|mandaram|enviaram|mandou|enviou)\b[^.!?]{0,40}\b(em vez|ao inves|no lugar) d(o|a|os|as|e)\b(?! (segunda|terca|quarta|quinta|sexta|sabado|domingo|dia|dias|semana|casa)\b)`,
      ],
      tr: [String.raw`\b(eksik|yanlis urun|yanlis beden)\b`],
    },
  },
  {
    // Weaker: "the colour is different" can also mean "not what I expected"; warranty/repair can be a pre-sale question.
    id: 'damage.differs-or-warranty',
    key: 'damaged_or_defective',
    strength: 2,
    label: 'differs from the order, or warranty',
    // How long the warranty lasts is a question about the product, not a claim ("la garantie c combien de temps ?").
    notAfter: String.raw`\b(combien|quelle|duree|durata|quanto|cuanto|duracion|how long|how many (years|months)|what is the|what's the|wie lange|welche|hoe lang|jak dlugo|hur lang|ne kadar|czy|does|do you|gibt es|hat (es|das|der|die)|y a-t-il|est-ce qu\w*|c'e|tiene|hay|heeft|har (den|det)|tem)\b[^.!?]{0,25}`,
    phrases: {
      en: [
        String.raw`\b(warranty (claim|repair|replacement)|under warranty|repair (it|this)|send (me )?a replacement|replacement (unit|part))\b`,
        // Another model than the listing's: "I received the older model", "not the 2024 version shown in the listing".
        String.raw`\b(received|got|sent( me)?|is|was|it's|its) (an |the |a )?(older|old|previous|earlier|outdated|different|another) (model|version|generation|edition|revision)\b`,
        String.raw`\bnot the (\w+ )?(model|version|generation|edition) (shown|pictured|listed|advertised|described|in the (listing|photos?|pictures?|description))\b`,
      ],
      ja: [
        String.raw`(色|サイズ|型番|商品)が(違|ちが)(います|う|いました|った)`,
        // Not a question about the warranty's terms: 「保証期間は何年ですか」「保証書は付いてきますか」.
        String.raw`(修理|保証期間|保証書)(?![^。？?]{0,12}(何年|何ヶ月|何か月|何カ月|どのくらい|どれくらい|どれぐらい|ありますか|付いて(き)?ますか|ついて(き)?ますか|付属|ございますか|ありますでしょうか))`,
        String.raw`(旧型|旧モデル|古い(型|モデル|バージョン)|型落ち|(別|違う)(の)?(型|モデル|バージョン))(が|の(もの|商品)が)?(届|送られ|入って|でした)`,
      ],
      de: [
        String.raw`\b(reparatur|garantie|garantiefall|gewahrleistung|ersatzgerat|reklamieren|reklamation)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`,
        String.raw`\b(ein|das) (altes|alteres|anderes|falsches|vorheriges) (modell|version)\b|\bnicht (das|die) (abgebildete|beschriebene|angebotene) (modell|version)\b`,
      ],
      fr: [
        String.raw`\b(sous garantie|reparation|remplacer|remplacement)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`,
        String.raw`\b(un|l') ?(ancien|autre|vieux) (modele|version)\b|\bpas (le|la) (modele|version) (indique|annonce|montre|decrit)e?\b`,
      ],
      it: [
        String.raw`\b(in garanzia|garanzia|riparazione|sostituzione)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`,
        String.raw`\b(un|il|l') ?(vecchio|altro|precedente) (modello|versione)\b|\b(modello|versione) (vecchi[oa]|precedente|divers[oa])\b`,
      ],
      es: [
        String.raw`\b(garantia|reparacion|reemplazo)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`,
        String.raw`\b(modelo|version) (antigu[oa]|anterior|viej[oa]|diferente|distint[oa])\b|\bno es (el|la) (modelo|version) (del anuncio|de la foto|anunciad[oa])\b`,
      ],
      nl: [String.raw`\b(garantie|reparatie)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`],
      pl: [String.raw`\b(gwarancj\w*|reklamacj\w*)(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`],
      sv: [String.raw`\b(garanti|reklamation)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`],
      pt: [String.raw`\b(garantia|conserto)\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`],
      tr: [String.raw`\bgaranti\b(?![^.!?]{0,15}\b(combien|quelle|wie lange|hoe lang|how long|quanto|cuanto|jak dlugo|hur lang|ne kadar|dure|duree|durata|duracion)\b)`],
    },
  },
];
