/**
 * Questions about the product before or after purchase: compatibility, size, features, authenticity, stock, how to
 * use it, purchase terms before buying (product_question).
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';
import { OTHER_MARKETPLACES } from './other';

/** Not selling on Amazon, the internet or another marketplace ("verkaufen Sie auch auf eBay?"): other.ts, a question about the shop. */
const NOT_ON_A_MARKETPLACE = String.raw`(?! (auch |aussi |egalement |anche |pure |tambien |ook |ebenfalls )?(sur|auf|su|en|on|via|bei|tramite|uber|chez|por|op) (amazon|internet|ligne|line|marketplaces?|${OTHER_MARKETPLACES}))`;

/**
 * Not when the next words name the order, its arrival, the parcel, the refund or the account in any language ("I'd like to know if
 * my order has shipped", "vorrei sapere se il pacco …"): those ask about the order, not the item.
 */
const NOT_ABOUT_AN_ORDER = String.raw`(?![^.!?]{0,40}\b(arrive|arrives|arrival|deliver|delivered|dispatched|ankommt|ankommen|zugestellt|versendet|verschickt|arrivera|arrivee|livre|arriva|arrivato|consegnato|llega|llegara|llegue|chega|chegara|chegue|aankomen|aankomt|geleverd|dotrze|dojdzie|kommer fram|levereras|order|orders|package|parcel|delivery|refund|tracking|shipment|shipped|return|account|bestellung|paket|lieferung|sendung|erstattung|ruckerstattung|commande|colis|livraison|remboursement|expedie|ordine|pacco|spedizione|spedito|rimborso|consegna|pedido|paquete|envio|enviado|reembolso|entrega|encomenda|bestelling|pakket|levering|verzonden|terugbetaling|zamowienie|paczka|przesylka|zwrot|bestallning|leverans|aterbetalning|siparis|kargo|iade)\b)`;

/** The rule that says there is no order yet (decide.ts drops what only an order could have). */
export const BEFORE_BUYING_RULE = 'product.before-buying';

export const productRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'product.fit',
    key: 'product_question',
    strength: 3,
    label: 'compatibility or specification',
    phrases: {
      en: [
        // Plugs and mains: \"will it work with uk plugs?\", \"do I need an adaptor\"; allergens and diets: \"is it gluten-free?\".
        String.raw`\b((uk|eu|us|au|european|american|british|australian|indian|swiss|type [a-z]) (plug|plugs|socket|sockets|outlet|outlets)|(need|require|have to (buy|get|use)) (an? |a travel )?(adapter|adaptor|converter|transformer)|(plug|plugs|adapter|adaptor|converter|transformer|step[- ]down|socket|sockets|outlet|outlets|mains)\b[^.!?]{0,40}\?)`,
        String.raw`\b((gluten|lactose|dairy|nut|peanut|soy|egg|latex|fragrance|paraben|sulfate|sulphate|alcohol|sugar|bpa)[- ]free|(any|contain|contains|containing) (any )?(fragrance|perfume|scent|alcohol|gluten|lactose|dairy|nuts?|peanuts?|soy|latex|nickel|parabens?|sulfates?|sulphates?|sugar|caffeine|bpa|palm oil|animal)|allergen\w*|allergy|allergic|ingredients?|traces of|vegan|vegetarian|halal|kosher)\b[^.!?]{0,60}\?`,
        String.raw`\b(compatible (also )?with|work(s)? (also |too |even )?with|fit(s)? (my|a|an|the|on|in|into)\b(?![^.!?]{0,30}\b(perfectly|great|beautifully|nicely|like a glove)\b(?![^.!?]*\?))|suitable for|supports? (the|my|a|an)|come(s)? with|include(s)? (the|a|an)|made of|made in|waterproof|water resistant|dishwasher safe|machine washable|rechargeable|battery life|what size|which size|what colou?r|how (big|long|tall|wide|heavy|thick|many|much)|(dimensions|measurements|weight|capacity|voltage)(?![^.!?]{0,40}\b(description|listing|product page|title)\b(?![^?]*\?))|is the '?\w+'? (a|an)\b)\b`,
        // "can i use this on a gas stove", "can you wash them": may the item be used or treated so.
        // How fresh it comes: "what is the expiry date on the current stock?", "how long is the shelf life?" (a date
        // already passed is a defect, damaged.ts, which comes first).
        String.raw`\b(expiry|expiration|best[- ]before|use[- ]by|shelf life|bbe)\b[^.!?]{0,50}\?`,
        String.raw`\bcan (i|you|we|one) (use|wash|put|microwave|charge|clean|mount|attach|plug|connect|iron|freeze|dry) (it|this|these|them|that)\b`,
        String.raw`\b(differences? between|what('s| is) the difference|compared (to|with) the (old|older|previous|other|pro|plus|mini|max|standard|basic))\b`,
        // Which model/version/generation it is.
        String.raw`\b((which|what) (model|version|edition|generation|year)|is (this|it) (the|a|an) [^.!?]{0,20}\b(model|version|edition|generation))\b`,
        // "which setting/button is for …" after purchase.
        String.raw`\bwhich (setting|mode|button|program|programme|option|speed|function|level|attachment|blade)s? (is|are|do|should|to)\b`,
        // Asking to be told a property: "kindly tell whether this is having copper motor", "want to know the size of".
        // Only "whether": "let me know if it has shipped" is about the order.
        String.raw`\b(tell|inform|know|ask|clarify)( me| us)? whether (this|it|the|these|they|that|your)\b`,
        String.raw`\b(tell|know|ask|share|confirm|send)( me| us)? (about )?the (exact )?(size|sizes|dimensions?|measurements?|weight|material|fabric|colou?r|length|width|height|capacity|wattage|voltage|warranty|specs?|specifications?) (of|for)\b`,
        String.raw`\b(is|are) (it|this|these|they|the (size|item|product))( \w+)? (fit|suitable|ok|good|safe|enough) for\b`,
        // "which vessels are suitable", "what batteries are compatible", "aluminium cooker will work or only steel?"
        String.raw`\b(which|what) ([a-z]+ ){1,2}(are|is|will be|would be) (suitable|compatible|supported|recommended|safe|needed|required)\b`,
        String.raw`\b(will|would) (work|fit) or (not|only)\b`,
        // "kindly confirm this mixer grinder is having 3 jars or 2 jars" (Indian English "is having" = has).
        String.raw`\b(confirm|tell|clarify|inform|let (me|us) know)( me| us)?( if| whether| that)? (this|these|the|it) ([a-z]+ ){0,3}(is|are) (having|coming with)\b`,
        // "is it safe to leave it on overnight?", "is it ok to put the lid in the dishwasher?"
        String.raw`\b(is|are) (it|this|they|these|the [a-z]+) (safe|ok|okay|fine|alright|possible|advisable) to (leave|use|put|wash|run|keep|charge|sleep|drink|eat|cook|microwave|freeze|store|plug|wear|carry|take|bring|fly)\b`,
        String.raw`\b(max(imum)? (weight|load|user weight)( capacity| limit)?|weight (limit|capacity)|load capacity)\b`,
        // "is the 'large' crate big enough for a 70lb lab?"
        String.raw`\b(big|large|strong|long|wide|tall|small|warm|bright|loud|sturdy|powerful|deep|thick) enough (for|to)\b[^.!?]{0,60}\?`,
        // Noise: "is it loud?", "how noisy is the fan", "noise level", "does it make much noise?"
        String.raw`\b(how (loud|noisy|quiet)|noise level|decibels?|(is|are) (it|this|they|these|the [a-z]+) (very |really |too )?(loud|noisy|quiet|silent)\b[^.!?]{0,30}\?|(make|makes) (a lot of|much|any|loud) noise\b[^.!?]{0,30}\?)`,
        // "which size should I order", "what setting would you recommend", "or do I need to season it first?"
        // "what kind of anchors would you recommend", "which type of oil should I use".
        String.raw`\b(which|what) ([a-z]+ ){1,3}(should|would|do|shall|could) (i|we|you) (get|order|take|buy|choose|pick|use|go for|recommend|suggest|advise)\b`,
        String.raw`\bor (do|will|would|should) (i|we) (need|have) to\b[^.!?]{0,50}\?`,
        // Ratings and what is in the box: "is it rated for 3 seasons", "are the batteries included", "sold separately".
        String.raw`\b((rated|certified|approved|tested) (for|to|up to)|(is|are) (the )?([a-z]+ ){0,2}included|sold (separately|individually|as a (set|pair|pack))|(have|need) to (buy|order|get) (it|them|one|that|those|the [a-z]+) separately|come (in|as) (a |an )?(multi-?pack|pack|set|pair|box) of|multi-?pack)\b`,
        // What it can take: "can it handle ice", "will it withstand frost".
        String.raw`\b(can|will|does|would) (it|this|they|these|the [a-z]+) (handle|withstand|take|survive|cope with|resist)\b[^.!?]{0,40}\?`,
        // "what is the thread count of these sheets", "is this real leather", "how much does the case weigh".
        // "whats the warranty on the compressor" (not the order, the parcel or the refund: those rules come first anyway)
        String.raw`\bwhat('?s| is| are) the ([a-z]+ ){1,2}(of|on) (this|these|it|them|that|the (?!(order|package|parcel|refund|delivery|shipment|tracking|return|invoice|status|account)\b)[a-z]+)\b`,
        // Choosing between two: "torn between the 1.5 L and the 2 L", "j'hésite entre …, vous conseillez lequel ?",
        // "sono indeciso tra la M e la L", "dudo entre la M y la L", 「黒とネイビーで迷ってます」.
        String.raw`\b(torn between|can'?t decide between|undecided between|deciding between)\b`,
        String.raw`\b(is|are) (this|these|it|they|the \w+) (real|genuine|pure|solid|100 ?%|original|authentic|made (of|from|in))\b`,
        // The same without inversion only as a question ("it is good for my son, thanks" is a thank-you).
        String.raw`\b(it|this|these|they|the (size|item|product)) (is|are)( \w+)? (fit|suitable|ok|good|safe|enough) for\b[^.!?]{0,40}\?`,
      ],
      ja: [
        // 海外で使えるか、変圧器や変換プラグ; アレルゲンや原材料: 「小麦は使われていますか」.
        String.raw`(変圧器|変換プラグ|変換アダプタ|プラグ(の)?(形|形状|タイプ|種類)|(海外|アメリカ|ヨーロッパ|韓国|台湾|中国|ハワイ|タイ|イギリス)[^。]{0,10}(でも|で)(使え|使用でき|使用可能))`,
        String.raw`(アレルギー|アレルゲン|原材料|添加物|含有|グルテン|乳成分|落花生|ナッツ類|ヴィーガン|ビーガン)[^。]{0,25}(ますか|でしょうか|\?|教えて)`,
        // 「これ洗濯機OK？」「食洗機は大丈夫ですか」: whether it takes the machine, the oven, the outdoors.
        String.raw`(洗濯機|乾燥機|食洗機|食器洗い機|電子レンジ|オーブン|ih|直火|冷凍庫|お風呂|浴室|屋外|水洗い|手洗い|丸洗い)(で|に|でも|も|は|って)?(ok|オッケー|大丈夫|可能|いけ|平気)[^。]{0,6}(\?|か)`,
        // 「Switch2でも遊べますか」「Blu-rayは再生できますか」: whether it can be used so, in the potential form.
        String.raw`(遊べ|再生でき|使用でき|読み込め|接続でき|認識(でき|され)|乗れ|履け|着られ|飲め|食べられ|聴け|映せ|録画でき)(ます|る)(か|の|でしょうか|\?)`,
        // 「アロマオイル入れても平気ですか」「車に置いておいても大丈夫でしょうか」: whether a use would do it harm.
        String.raw`(入れ|使っ|使用し|洗っ|付け|つけ|乗せ|のせ|置い|置いておい|掛け|かけ|塗っ|貼っ|干し|浸け|つけ置きし|沸かし|温め|冷やし|凍らせ)(て|で)も(平気|大丈夫|問題(ない|なし|ありません)|支障(ない|ありません)|壊れ(ない|ません))(です|でしょう)?(か|\?)`,
        String.raw`(対応して(い|お)?(ます|る)(か|でしょうか|\?)|使え(ます|る)(やつ|もの|物|タイプ|の)?(か|でしょうか|\?)|取り?付け(られ|可能|でき)|適合|互換|合い(ます|ます)か|入り(ます)?か|洗え(ます|る)(か|でしょうか|\?)|防水|耐熱|サイズ感|寸法|重さ|容量|素材|何(cm|センチ|ミリ|mm|色|個入)|付属(して|品)|付いて(い|き|く)?(ます|る)(か|でしょうか|\?)|同梱されて(い)?(ます|る)(か|\?))`,
        // 「色温度は何ケルビン」「消費電力は何ワット」: a unit asked for with 何/どれくらい/いくつ (not 何日: delivery).
        // 「どちらのサイズがおすすめですか」「どの色がいいでしょうか」: which one to choose.
        String.raw`で(迷って|悩んで|迷い中|悩み中)(い|お)?(ます|る|ります|て)`,
        String.raw`((どちら|どっち|どれ|どの|何色|何号|何サイズ|何センチ|何cm)[^。、？?]{0,8}(が|を)(おすすめ|オススメ|お勧め|よい|いい|良い|よろしい|合う|あう)|おすすめ(は|の(サイズ|色|カラー|モデル))|(選べば|買えば|注文すれば|頼めば)(いい|よい|良い|よろし))`,
        // 「26cmで大丈夫でしょうか」「Mサイズでも着られますか」: whether a size will do.
        String.raw`(\d(cm|センチ|号|インチ|mm)|[sml]サイズ|xl|サイズ|ワンサイズ)(で|でも)(大丈夫|問題(ない|なく|あり)|(いい|よい|良い|よろしい)(でしょうか|ですか|か|\?)|合い|履け|着られ|入り)`,
        String.raw`何(キロ|kg|グラム|ワット|ボルト|ケルビン|インチ|リットル|ml|mah|ミリアンペア|号|枚入|本入|段階|人用|畳|歳|才|センチ|ミリ)`,
        String.raw`(着丈|肩幅|身幅|袖丈|股下|ウエスト|ヒップ|全長|横幅|高さ|奥行き?|内寸|外寸|長さ|太さ|厚み|厚さ|色温度|消費電力|電圧|重量|重さ|材質|素材|容量|ワット数|耐荷重|対応機種|対応os|バッテリー|電池|充電時間|連続使用時間|最大|生地|原産国|製造国|賞味期限|消費期限|使用期限|有効期限|保証期間|メーカー保証|保証)[」』"]?(は|って|を)[^。]{0,15}(何|なに|どれ|どの|いくつ|いくら|教えて|ですか|でしょうか|\?)`,
      ],
      de: [
        // Stecker und Netz: \"Schuko-Stecker?\", \"brauche ich einen Adapter\"; Allergene: \"enthält es Nüsse?\".
        String.raw`\b((eu|uk|us|schweizer|deutsche\w*|europaische\w*|englische\w*|amerikanische\w*)[- ]?(stecker|steckdose\w*)|(stecker|adapter|reiseadapter|steckdose\w*|schuko\w*|spannungswandler|trafo)\b[^.!?]{0,40}\?)`,
        String.raw`\b(enthalt|allergen\w*|allergiker\w*|inhaltsstoff\w*|zutat\w*|spuren von|vegan|vegetarisch|halal)\b[^.!?]{0,50}\?`,
        String.raw`\b(mhd|mindesthaltbarkeit\w*|haltbarkeit\w*|haltbar bis|verfallsdatum|ablaufdatum)\b[^.!?]{0,50}\?`,
        // "ß" is not folded: Größe is written both ways.
        // "Passen die auf 205/55 R16?", "passen diese Ketten in …?": asked with the plural verb first.
        String.raw`(?:^|[.!?]\s*|\b(und|oder|auch|denn) )passen (die|sie|diese|der|das|denn|auch)\b[^.!?]{0,50}\?`,
        String.raw`\b(passt\b[^.!?]{0,40}\b(fur|zu|an|auf|in)|kompatibel|geeignet fur|funktioniert (das|er|sie|es) (mit|auch)|wasserdicht|spulmaschinenfest|aus welche[mr] (material|holz|stoff|metall|kunststoff|leder|glas|gewebe)|wie gro(ss|ß)|welche gro(ss|ß)e|im lieferumfang|zugelassen\?)`,
        String.raw`\b(in der (waschmaschine|spulmaschine)|maschinenwaschbar|waschbar|bugelfrei|unterschied zwischen|unterschied zum)\b`,
        // Measures and running times: "wie lange hält der Akku", "wie schwer ist", "wie viel Watt".
        // "kann ich die Jacke auch bei 40 Grad waschen?", "darf man ihn im Auto laden?"
        String.raw`\b(kann|darf|konnte) (ich|man) (die|den|das|sie|ihn|es)\b[^.!?]{0,40}\b(waschen|spulen|benutzen|verwenden|nutzen|laden|aufladen|trocknen|bugeln|einfrieren|mitnehmen|anschlie(ss|ß)en|montieren|kurzen|aufhangen|aufstellen|betreiben|erhitzen|reinigen)\b`,
        // "funktioniert der Adapter auch mit Schweizer Steckdosen?" (not "… auch nicht mehr": a defect)
        String.raw`\bfunktionier(t|en) (das|er|sie|es|der|die|den|dieser|diese|dieses)( [a-z-]+)? (auch |problemlos |ebenfalls )?(mit|an|bei|ohne|unter)\b(?! (nicht|kaum)\b)`,
        String.raw`\bwie (lange halt|lange lauft|schwer|breit|hoch|tief|dick|laut|viel watt|viel wiegt|viele (watt|stunden|liter))\b`,
        String.raw`\bwie (viel|schwer)\b[^.!?]{0,30}\bwieg(t|en)\b`,
        // "welchen Mahlgrad nehme ich", "welche Größe empfehlen Sie", "lässt sich der Tisch verstellen?"
        String.raw`\bwelche[nrms]? ([a-z]+ ){1,2}(nehme|nehmen|brauche|brauchen|kaufe|bestelle|wahle|empfehlen|empfiehlst|wurden sie)\b`,
        String.raw`\b(lasst|lassen) (es |er |sie )?sich\b[^.!?]{0,40}\?`,
        // "riecht der Teppich am Anfang stark nach Chemie?", "dünstet die Matratze aus?"
        String.raw`\b(riecht|riechen|stinkt|stinken|dunstet|dunsten|gast|gasen) (der|die|das|er|sie|es|dieser|diese|dieses)\b[^.!?]{0,60}\?`,
        // "bekommt man die auch an einen Gepäckträger dran?", "krieg ich den unter das Waschbecken?"
        String.raw`\b(bekommt|kriegt|bekomme|krieg|kriege) (man|ich) (die|den|das|sie|ihn|es|diese\w*)\b[^.!?]{0,60}\b(dran|drauf|rein|drunter|drin|unter|montiert|befestigt)\b[^.!?]{0,20}\?`,
        // "reicht der Saugroboter für 90 qm?", "schafft die Pumpe 3 Meter?"
        String.raw`\b(reicht|reichen|schafft|schaffen|packt|tragt|tragen) (der|die|das|den|es|er|sie|dieser|diese|dieses)\b[^.!?]{0,90}\?`,
        String.raw`\b(hohenverstellbar|verstellbar|abnehmbar|klappbar|faltbar|zusammenklappbar|dimmbar|spulmaschinengeeignet|mikrowellengeeignet|backofenfest|bpa-frei|vorgewaschen)\b[^.!?]{0,40}\?`,
        String.raw`\b(akkulaufzeit|abmessungen|fassungsvermogen|leistungsaufnahme|material|gewicht)\b[^.!?]{0,40}\?`,
        String.raw`\b(ist|sind) (er|sie|es|der|die|das) [a-z]+ (sehr |zu |recht )?(laut|leise)\b[^.!?]{0,20}\?|\blautstarke\b[^.!?]{0,30}\?`,
        // "ist bei der Bohrmaschine ein Koffer dabei?", "ist ein Akku enthalten?"
        String.raw`\b(dabei|enthalten|inklusive|mitgeliefert|inbegriffen|im lieferumfang|mit dabei)\b[^.!?]{0,40}\?`,
        // "hält die Flasche Getränke 12 Stunden kalt?", "hält der Deckel dicht?"
        String.raw`\b(halt|halten) (der|die|das|er|sie|es|dieser|diese|dieses)\b[^.!?]{0,50}\b(warm|kalt|heiss|dicht|stand|durch)\b[^.!?]{0,20}\?`,
        // "kommt die Lampe mit Leuchtmittel?", "muss ich das extra kaufen?" (not the parcel or the refund)
        String.raw`\b((kommt|kommen) (der|die|das|er|sie|es) (?!(bestellung|paket|lieferung|sendung|erstattung|ruckerstattung|rechnung)\b)[^.!?]{0,30}\bmit\b[^.!?]{0,40}\?|(extra|separat|zusatzlich|einzeln|dazu|noch) (kaufen|bestellen|besorgen|dazukaufen)\b[^.!?]{0,20}\?)`,
        // "ist das Geschirr auch für einen Dackel geeignet, oder fällt Größe S zu groß aus?", "ist es laktosefrei?"
        String.raw`\b(ist|sind) (der|die|das|er|sie|es|dieser|diese|dieses)\b[^.!?]{0,70}\b(geeignet|passend|zugelassen|vertraglich|kompatibel|erlaubt)\b|\b(fallt|fallen) (die|der|das|sie|er|es|gro(ss|ß)e [a-z0-9]+|[a-z]+ )?[^.!?]{0,20}\b(gro(ss|ß)|klein|normal|eng|weit|kleiner|gro(ss|ß)er) aus\b`,
        // "ich bin unsicher mit der Größe: M oder L?", "auf Deutsch?"
        String.raw`\b((unsicher|nicht sicher|unentschlossen|schwanke)\b[^.!?]{0,40}\b(gro(ss|ß)e|passform|farbe|modell|variante)|(xs|s|m|l|xl|xxl) oder (xs|s|m|l|xl|xxl)\?|(auf|in) (deutsch|englisch|franzosisch|italienisch|spanisch)\b[^.!?]{0,20}\?)`,
        String.raw`\b(gluten|laktose|lactose|latex|bpa|nickel|zucker|alkohol|duft|parfum|palmol|weichmacher|silikon|getreide)-?frei\b[^.!?]{0,30}\?`,
        String.raw`\b(traglast|belastbarkeit|belastbar bis|maximale (belastung|traglast|gewicht)|max\. (belastung|gewicht))\b`,
      ],
      fr: [
        // Prises et tension: \"prise belge ou il faut un adaptateur ?\"; allergènes: \"contient-elle des huiles essentielles ?\".
        String.raw`\b((prise|prises|fiche) (belge|suisse|francaise|europeenne|anglaise|americaine|us|uk|eu|type [a-z])|(adaptateur|transformateur|convertisseur)\b[^.!?]{0,40}\?)`,
        String.raw`\b((contient|contiennent)(-t-il|-t-elle|-il|-elle|-ils|-elles)?|allergene\w*|allergique\w*|ingredients?|traces de|vegan\w*|vegetalien\w*|halal|sans (gluten|lactose|sucre|alcool|parfum|huiles? essentielles?|parabene?s?|sulfates?))\b[^.!?]{0,50}\?`,
        String.raw`\b(date (de peremption|limite|d'expiration)|dluo|dlc|duree de conservation)\b[^.!?]{0,50}\?`,
        String.raw`\b(quel(le)?s? (est|sont) (la |le |les |l')(difference|taille|poids|dimension\w*|matiere|puissance|capacite|autonomie|longueur|largeur|hauteur|composition)|difference (avec|entre)|passe en machine|lavable en machine|compatibles? avec|(fonctionne|marche) (aussi |egalement |bien )?avec|(convient|conviennent)(-t-il|-t-elle|-il|-elle|-ils|-elles)? (a|aux|pour)|adapte\w* (aussi |egalement )?(a|aux|pour)|etanche|antiderapant\w*|quelle (taille|epaisseur|dimension)|livre avec|fourni avec)\b`,
        String.raw`\b((est|sont) (il |elle |ils |elles )?(inclus|incluse|incluses|fourni|fournie|fournis|fournies)|vendu\w* (separement|a part)|(faut-il|il faut|dois-je) (l'|les )?acheter (a part|separement|en plus)|(resiste|resistent|supporte|supportent)\b[^.!?]{0,40}\?)`,
        String.raw`\b(poids (maximum|max|maximal|supporte)|charge (maximale|max|maximum)|supporte jusqu'a)\b`,
        String.raw`\b(j'hesite entre|(hesite|hesitons|hesitais) entre|(conseillez|recommandez|conseilleriez|recommanderiez)(-vous)? (lequel|laquelle|lesquels|lesquelles|quel|quelle)|(lequel|laquelle) (me |nous )?(conseillez|recommandez|conseilleriez|recommanderiez))\b`,
        String.raw`\b(taille|taillent|chausse|chaussent) (tres |plutot |un peu )?(grand|petit|normalement|large|serre|juste)\b`,
        // "c'est du vrai bois massif ou de l'aggloméré ?", "vrai cuir ou simili ?"
        String.raw`\b((c'est|est-ce|est-il|est-elle|sont-ils|sont-elles) (du |de la |de l'|en )|vrai |vraie |veritable |pur |pure )(vrai |vraie |veritable |pur |pure |100 ?% )?(bois|cuir|coton|lin|soie|laine|acier|inox|metal|plastique|verre|ceramique|porcelaine|aluminium|bambou|polyester|or|argent|marbre|pierre|agglomere|mdf|chene|pin|hetre|noyer|teck|silicone|caoutchouc|fonte|cuivre|laiton|titane|duvet)\b[^.!?]{0,40}\?`,
        String.raw`\b((tient|tiennent|dure|durent)\b[^.!?]{0,30}\b(batterie|charge|pile|piles|autonomie)|combien de temps (tient|dure|tiennent|durent))\b`,
        String.raw`\b(se (conserve|conservent|garde|gardent)(-t-il|-t-elle|-il|-elle|-ils|-elles)?|une fois (ouvert|ouverte|entame|entamee))\b[^.!?]{0,40}\?`,
        // Québec: "c'est-tu correct pour un bébé de 6 mois?", "ça marche-tu avec …?"
        String.raw`\b(c'est-tu|(marche|fonctionne|rentre|fit)-tu|(correct|securitaire|adapte|adaptee|convenable|sans danger) pour (un|une|les|des|mon|ma|mes|l'|le|la))\b[^.!?]{0,60}\?`,
        String.raw`\b((fait|font) (beaucoup de |peu de |trop de |du )?bruit|(est|sont)(-il|-elle|-ils|-elles)? (tres |trop )?(bruyant|silencieux|silencieuse)s?|niveau sonore|combien de decibels)\b`,
        String.raw`\b(garantie\b[^.!?]{0,20}\bcombien|combien de (temps|mois|ans) (de |dure la )?garantie|duree de (la )?garantie)\b`,
        // "la poussette rentre-t-elle dans le coffre ?", "le sac tient dans un casier ?"
        // "la housse va sur un canapé 3 places ?", "les pneus vont avec une jante de 16 ?" (not the parcel or the order)
        String.raw`\b(va|vont|ira|iront) (bien |aussi )?(sur|avec|dans) (un|une|le|la|les|mon|ma|mes|l')\b${NOT_ABOUT_AN_ORDER}[^.!?]{0,60}\?`,
        String.raw`\b(rentre|rentrent|tient|tiennent|passe|passent|loge|logent)(-t-elle|-t-il|-elle|-il|-elles|-ils)? dans (le|la|les|un|une|mon|ma|mes|l')\b[^.!?]{0,50}\?`,
        String.raw`\b(c'?est|c|est-ce|est-il|est-elle|il est|elle est|ils sont|elles sont) (bien |aussi |egalement )?compatibles?\b`,
        String.raw`\b(marche|fonctionne|marchent|fonctionnent) (sur|a|aux|avec des|avec une|avec) (piles?|batteries?|secteur|usb|accus?|l'electricite|gaz|induction)\b`,
      ],
      it: [
        // Spine: \"spina schuko o italiana?\"; allergeni: \"contiene lattosio?\".
        String.raw`\b((spina|presa|adattatore|trasformatore) (italiana|europea|inglese|schuko|americana|svizzera|tedesca|tipo [a-z])|(adattatore|trasformatore|riduttore)\b[^.!?]{0,40}\?)`,
        String.raw`\b(contiene|contengono|allergen\w*|allergic\w*|ingredienti|tracce di|vegan[oaie]?|senza (glutine|lattosio|zucchero|alcol|profumo|nichel))\b[^.!?]{0,50}\?`,
        String.raw`\b(scadenza|data di scadenza|da consumarsi|conservazione)\b[^.!?]{0,50}\?`,
        String.raw`\b(misura|misurano|rileva|rilevano|conta|contano|monitora|monitorano)\b (il |la |i |le |l'|anche )?(ossigeno|battito|passi|calorie|sonno|pressione|temperatura|frequenza|glicemia|spo2|grasso)\b`,
        // "le cuffie isolano bene dal rumore?", "quanti anni di garanzia?"
        String.raw`\b((isola|isolano|tiene|tengono|scalda|scaldano)\b[^.!?]{0,20}\b(bene|caldo|freddo|rumore)\b[^.!?]{0,30}\?|garanzia\b[^.!?]{0,30}\?)`,
        // "si può portare in treno?", "si piega?", "è pieghevole?"
        // What it reads or takes: "legge anche le chiavette USB o solo HDMI?", "accetta anche le cialde?"
        String.raw`\b(legge|leggono|supporta|supportano|accetta|accettano|riproduce|riproducono|prende|prendono) (anche|pure|solo|soltanto)\b[^.!?]{0,50}\?`,
        String.raw`\b(si (puo|possono) [a-z]+(are|ere|ire)\b[^.!?]{0,50}\?|si (piega|piegano|chiude|chiudono|smonta|smontano)\b[^.!?]{0,20}\?|si (monta|montano|fissa|fissano|aggancia|agganciano|installa|installano|attacca|attaccano|collega|collegano|regola|regolano) (con|su|a|al|alla|sul|sulla|in|senza|anche|solo|facilmente)\b[^.!?]{0,50}\?|(e|sono) (pieghevol|richiudibil|sfoderabil|regolabil|lavabil)[ei])`,
        String.raw`\b(si (puo|possono) (lavare|usare|utilizzare|mettere|ricaricare|montare|collegare|stirare)|lavabile in lavatrice|differenza (tra|con)|compatibil[ei] (anche )?con|funziona (anche |pure )?con|adatt[oaie] (anche )?(a|per|al|alla|ai|alle|agli|all')|impermeabile|che (taglia|misura|dimension\w*)|e (original\w*|compatibil\w*|adatt\w*|antiscivolo|traspirant\w*|ipoallergenic\w*|anallergic\w*|atossic\w*|ignifug\w*|impermeabil\w*|resistent\w*)\b[^.!?]{0,30}\?)`,
        String.raw`\b((e|sono) (inclus[oaie]|compres[oaie]) (nel prezzo|nella confezione)?|vendut[oaie] (a parte|separatamente)|(va|vanno) (comprat[oaie]|acquistat[oaie]) (a parte|separatamente)|omologat[oaie]|certificat[oaie] per|(regge|reggono|resiste|resistono|sopporta|sopportano)\b[^.!?]{0,40}\?)`,
        String.raw`\b((indecis[oa]|in dubbio|incert[oa]) (tra|fra)|(quale|quali) (mi )?(consigliate|consiglieresti|consiglia|consiglieste))\b`,
        String.raw`\b(portata (massima|max)|peso massimo|carico massimo|differenz[ae] (c'e |ce |ci sono |c'e' )?(tra|fra|con))\b`,
        String.raw`\b((fa|fanno) (molto |poco )?rumore|(e|sono) (molto |troppo )?(rumoros|silenzios)[oaie]|livello (di rumore|sonoro)|quanti decibel)\b`,
        // "le lenzuola sono in puro cotone o c'è del poliestere?"
        String.raw`\b(e|sono) (in|di) (puro |pura |vero |vera |100 ?% )?(cotone|lino|seta|lana|pelle|cuoio|acciaio|legno|plastica|vetro|ceramica|alluminio|bambu|poliestere|microfibra|metallo|ottone|rame|silicone|ghisa)\b[^.!?]{0,40}\?`,
        // "il cibo per gatti è senza cereali?", "è privo di lattosio?"
        String.raw`\b(e|sono) (senza|privo di|priva di|privi di|prive di|libero da|libera da) [a-z]+\b[^.!?]{0,40}\?`,
        // "il materasso va bene anche per un bambino?", "è troppo rigido?" (not the delivery, the return or the refund)
        String.raw`\b((va|vanno) bene (anche |pure )?(per|con|su|sul|sulla|sui|in|a) (?!(la consegna|il ritiro|il reso|il rimborso|la spedizione))[^.!?]{0,60}\?|(e|sono) troppo (rigid|morbid|grand|piccol|strett|larg|cort|lung|pesant|dur|sottil|spess)[oaie]\b[^.!?]{0,20}\?)`,
        String.raw`\b((taglia|misura|numero) [a-z0-9]{1,3} (corrisponde|equivale|e come|veste come)|(corrisponde|equivale) a (una|un|alla|al) (taglia |misura |numero )?\d+|(e|sono|e scritto|sono scritti|e tradotto) in (italiano|inglese|francese|tedesco|spagnolo)\b[^.!?]{0,30}\?)`,
        String.raw`\b(veste|vestono|calza|calzano|taglia) (grande|grandi|piccol\w*|abbondant\w*|strett[oa]|regolare|giusta)\b`,
        // How the item comes and how long it takes to do something: "arriva arrotolato?", "è già montato?", "quanto
        // tempo ci mette a scaldarsi / a prendere la forma" (not to arrive, ship or be refunded: those are the order's).
        String.raw`\b(arriva|arrivano|viene|vengono|e|sono) (gia )?(arrotolat|sottovuoto|montat|smontat|assemblat|premontat|carich|tarat)[oaie]\b[^.!?]{0,30}\?`,
        String.raw`\bquanto (tempo )?(ci mette|ci vuole|ci impiega|impiega|ci mettono|impiegano) (a|ad|per) (?!(arriv|consegn|sped|rimbors|ricev|rispond))[a-z]+(are|ere|ire|rsi)\b`,
        String.raw`\b(quant[oaie] (ore|minuti|cm|centimetri|metri|litri|watt|grammi|chili|kg|mah|pesa|misura|dura|tiene)|quanto (e )?(lung|larg|alt|grand|pesant)[oaie]|di che (materiale|tessuto|colore|misura))\b`,
      ],
      es: [
        // Enchufes: \"¿trae enchufe europeo o necesito un adaptador?\"; alérgenos: \"¿lleva frutos secos?\".
        String.raw`\b((enchufe|clavija|adaptador|transformador) (europeo|ingles|americano|schuko|espanol|mexicano|tipo [a-z]|de (dos|tres) patas)|(adaptador|transformador)\b[^.!?]{0,40}\?)`,
        String.raw`\b((contiene|contienen|lleva|llevan) (gluten|lactosa|frutos secos|cacahuete|mani|huevo|soja|azucar|alcohol|perfume|alergenos|trazas)|alergen\w*|alergic\w*|ingredientes|trazas de|vegan[oa]s?|apt[oa]s? para (celiacos|veganos|vegetarianos|diabeticos))\b[^.!?]{0,50}\?`,
        // "¿el reloj mide el oxígeno en sangre?", "¿cuenta los pasos?"
        String.raw`\b(mide|miden|registra|registran|detecta|detectan|cuenta|cuentan|monitorea|monitoriza)\b (el |la |los |las |tambien )?(oxigeno|pulso|ritmo|pasos|calorias|sueno|presion|tension|temperatura|frecuencia|glucosa|spo2|grasa)\b`,
        // "¿cuántos años tiene de garantía?"
        String.raw`\b(cuant[oa]s? (anos|meses|tiempo)\b[^.!?]{0,20}\bgarantia|garantia\b[^.!?]{0,30}\?)`,
        String.raw`\b(fecha de (caducidad|vencimiento|consumo preferente)|caducidad|vida util)\b[^.!?]{0,50}\?`,
        String.raw`\b(se (puede|pueden) (lavar|usar|utilizar|meter|cargar|montar|conectar|planchar)|diferencia (entre|con)|compatibles? (tambien )?con|sirve para|funciona (tambien )?con|es (original|compatible|impermeable|resistente)|trae (el|la|los|las)|incluye|que (talla|medida|tamano)|cuanto mide|viene con)\b`,
        // "¿vienen incluidos los tornillos?", "¿hay que comprarlos aparte?", "¿aguanta hielo?"
        String.raw`\b((viene|vienen|va|van|esta|estan) incluid[oa]s?|(hay que|tengo que|tendria que|debo|se (debe|tiene que)) (comprar|pedir)\w* (aparte|por separado)|se venden? (aparte|por separado))\b`,
        String.raw`\b(aguanta|aguantan|resiste|resisten|soporta|soportan|muele|muelen|tritura|trituran|pica|pican)\b[^.!?]{0,40}\?`,
        // "¿la sartén vale para vitrocerámica?", "¿es apta para lavavajillas?"
        String.raw`\b(vale|valen|sirve|sirven|apt[oa]s?|funciona|funcionan) (tambien |igual |solo |solamente )?(para|con|en) [^.!?]{0,60}\?`,
        // "necesito saber las medidas exactas", "¿entra como equipaje de mano?", "¿cabe en un cajón?"
        String.raw`\b(peso maximo|carga maxima|soporta hasta|aguanta hasta)\b`,
        // "¿las zapatillas tallan grande?", "¿hormán pequeño?", "¿calzan justo?"
        String.raw`\b(tallan|tallaje|horman|horma|calzan|calza) (muy |un poco |algo |mas )?(grande|grandes|pequen[oa]s?|chic[oa]s?|justo|justa|justos|normal|amplio|amplia|reducid[oa]s?|estrech[oa]s?|anch[oa]s?)\b`,
        // The listing says two things: "en el título pone una cosa y en la foto otra" (which is right?).
        String.raw`\b(el titulo|la foto|la imagen|la descripcion|el anuncio|la ficha)\b[^.!?]{0,15}\b(pone|dice|indica)\b[^.!?]{0,30}\b(otra|otro|distint[oa])\b`,
        String.raw`\b(diferencias? hay (entre|con)|en que se diferencia\w*|(hace|hacen) (mucho |poco |demasiado )?ruido|(es|son) (muy |demasiado )?(ruidos|silencios)[oa]s?|nivel de ruido|cuantos decibel\w*)\b`,
        String.raw`\bse (puede|pueden) [a-z]+(ar|er|ir)\b[^.!?]{0,50}\?`,
        String.raw`\b(saber|conocer|confirmar|decirme|indicarme|pasarme|darme) (las|el|la|los|cuales son las|cual es el|cual es la) (medidas|medida|dimensiones|tamano|peso|talla|capacidad|material|composicion|voltaje|potencia)\b`,
        // "¿le cabe una laptop de 15.6 pulgadas?": a decimal point does not end the sentence.
        String.raw`\b(le |les |me )?(cabe|caben|entra|entran|pasa|pasan) (en|como|dentro|un|una|el|la|los|las|mi|mis|hasta|bien|por)\b([^.!?]|\.(?=\d)){0,60}\?`,
        // "¿el secador trae difusor?", "¿incluye pilas?": what comes with it, as a question.
        String.raw`\b(trae|traen|incluye|incluyen) (?!(retraso|demora|el (pedido|paquete|envio)))[^.!?]{0,40}\?`,
        // "¿viene enrollado al vacío?", "¿cuánto tarda en recuperar su forma?" (not in arriving, shipping or refunding).
        String.raw`\b(viene|vienen|llega|llegan) (ya )?(enrollad|montad|armad|ensamblad|desmontad|plegad|envasad|comprimid|cargad)[oa]s?\b[^.!?]{0,30}\?`,
        String.raw`\bcuanto (tiempo )?(tarda|tardan) en (?!(llegar|enviar|envia|reembols|devolver|responder|contestar|procesar|entregar|salir|mandar|despachar|recibir))[a-z]+(ar|er|ir|arse|erse|irse)\b`,
        String.raw`\b(es|son) (sin|libre de|libres de) (gluten|lactosa|azucar|cereales|latex|bpa|alcohol|perfume|fragancia|parabenos|sulfatos|nickel|niquel)\b`,
        String.raw`\bcuanto (tiempo )?(tarda|tardan|dura|duran) (en (cargar\w*|calentar\w*|enfriar\w*|secar\w*|carga)|la (bateria|carga|pila))\b`,
        // "¿cuántas horas dura?", "¿de qué material es?", "¿es de litio?"
        // "¿el termo mantiene el agua caliente?", "¿dudo entre la M y la L?"
        String.raw`\b((mantiene|mantienen|conserva|conservan) (el |la |los |las )?[a-z]+ (caliente|calientes|frio|fria|frios|frias|fresc[oa]s?)|(dudo|dudando|indecis[oa]) entre|(cual|cuales) (me )?(recomiendan|recomiendas|aconsejan|aconsejas))\b`,
        String.raw`\b(cuant(o|a|os|as) (ocupa|ocupan|abulta|abultan|horas|mide|pesa|dura|capacidad|watts?|vatios|litros|centimetros|pulgadas)|(de )?que (material|tela|tamano|voltaje|capacidad|potencia|medida|medidas) (es|tiene|son|maneja|usa|lleva|admite|soporta|necesita|trae)|es de (litio|acero|plastico|algodon|madera|metal|cuero|piel|vidrio|cristal|aluminio|silicona|poliester))\b`,
      ],
      nl: [
        // "gaan die batterijen ook in een babyfoon?", "past hij ook op een Bosch boormachine?" (not the parcel or the order)
        String.raw`\b(gaat|gaan|past|passen|werkt|werken) (die|deze|de|het|ze|dit|dat|hij|zij)( (?!(bestelling|pakket|pakketje|levering|zending|terugbetaling|bezorger)\b)[a-z]+)? ook (in|op|bij|aan|met|voor)\b[^.!?]{0,50}\?`,
        String.raw`\b(stekker|verloopstekker|adapter|bevat|allergen\w*|ingredienten|sporen van|veganistisch)\b[^.!?]{0,50}\?`,
        String.raw`\b(houdbaarheid\w*|houdbaar tot|tenminste houdbaar|vervaldatum)\b[^.!?]{0,50}\?`,
        String.raw`\b(past\b[^.!?]{0,30}\b(op|in|bij)|geschikt voor|compatibel|waterdicht|waterafstotend|verschil tussen|(andere|grotere|kleinere) (maat|maten|kleur|kleuren)|in de (wasmachine|vaatwasser))`,
        // "zit er een oplader bij?", "wordt het geleverd met", "hoe groot is", "welke maat", "wat zijn de afmetingen".
        // "hoe lang gaat de accu mee", "is de lader inbegrepen", "moet ik die apart kopen"
        String.raw`\b(hoe lang (gaat|doet|houdt|werkt)\b[^.!?]{0,30}\b(accu|batterij|lading|mee)|inbegrepen|meegeleverd|apart (kopen|bestellen|verkrijgbaar|verkocht))\b`,
        String.raw`\b(zit(ten)? er (een|de|het|ook|geen|\w+) [^.!?]{0,30}\bbij\b|(wordt|worden) (het|de|deze|dit|ze)? ?(mee)?geleverd met|hoe (groot|lang|breed|hoog|zwaar|dik|zwaar) (is|zijn|valt|vallen)|welke (maat|maten|afmeting\w*|kleur\w*)|kan (dit|het|deze|die|hij|ze) (ook )?in de (droger|wasmachine|vaatwasser|magnetron|oven)|wat (is|zijn) de (afmeting\w*|maten|maat|inhoud|capaciteit|lengte|breedte|hoogte))\b`,
      ],
      pl: [
        String.raw`\b(wtyczk\w*|przejsciowk\w*|zawiera|alergen\w*|skladnik\w*|slady|weganski\w*|bez glutenu|bez laktozy)\b[^.!?]{0,50}\?`,
        String.raw`\b(data (waznosci|przydatnosci)|termin (waznosci|przydatnosci))\b[^.!?]{0,50}\?`,
        String.raw`\b(pasuje do|kompatybiln\w*|wodoodporn\w*|prac w pralce|w zmywarce|roznica miedzy)`,
        // Not the writer's own offer: "czy mogę przesłać ofertę / cennik?" is a pitch (spam.ts).
        String.raw`\bczy (mozna|moge|da sie)\b(?! (przeslac|wyslac|zaproponowac|przedstawic|zaprezentowac) (ofert|cennik|katalog|propozycj|nasz|moj))[^.!?]{0,40}\?`,
        // "jaki jest wymiar", "jaka jest pojemność", "czy w zestawie są", "czy jest w rozmiarze XL".
        String.raw`\b(maksymaln\w* (waga|obciazeni\w*|nosnosc\w*)|udzwig\w*|nosnosc\w*)\b`,
        String.raw`\b(jak(i|a|ie) (jest|sa|ma|maja)? ?([a-z]+ )?(wymiar\w*|rozmiar\w*|wag[aei]|pojemnosc\w*|material\w*|kolor\w*|dlugosc\w*|szerokosc\w*|wysokosc\w*|moc\w*)|ile (waz\w*|ma (cm|centymetrow|wat)|mierzy|trzyma))\b`,
        String.raw`\bczy\b[^.!?]{0,40}\bw (rozmiarze|kolorze|zestawie|komplecie)\b`,
        // "na ile starcza bateria", "jak długo trzyma", "trzeba dokupić osobno"
        String.raw`\b(na ile (starcza|wystarcza)|jak dlugo (trzyma|dziala|wytrzymuje|wystarcza|laduje)|(trzeba|musze|nalezy) (dokupic|kupic)\b[^.!?]{0,20}\b(osobno|oddzielnie)|(kupuje|sprzedawan\w*) (sie )?(osobno|oddzielnie))\b`,
      ],
      sv: [
        String.raw`\b(stickkontakt\w*|eu-?kontakt|adapter|innehaller|allergen\w*|ingredienser|spar av|vegansk\w*|glutenfri|laktosfri)\b[^.!?]{0,50}\?`,
        String.raw`\b(passar (till|med|pa)|kompatibel|vattentat\w*|vattenavvisande|tal (maskintvatt|diskmaskin)|maskintvatt\w*|diskmaskinssaker)`,
        String.raw`\bgar (det|den) att\b[^.!?]{0,50}\?`,
        // "hur länge räcker batteriet", "hur länge håller den", "hur lång tid tar det att ladda"
        String.raw`\b(hur lange (racker|haller|varar|gar)|hur lang tid tar det att (ladda|torka|varma)|batteritid\w*)\b`,
        String.raw`\b(ingar|medfoljer|foljer med|foljer (det|den|de) med)\b[^.!?]{0,40}\?`,
        String.raw`\b(maste|behover) (den|det|de|man|jag) (kopas|kopa|bestallas|bestalla) (separat|till|extra|for sig)\b`,
        String.raw`\bfungerar (den|det|de|[a-z]+(en|et|na|erna|arna|an|orna))\b[^.!?]{0,20}\b(med|till|pa|i|for)\b[^.!?]{0,30}\?`,
        String.raw`\b(bullrig\w*|ljudniva\w*|later (den|det|de) (mycket|hogt|hogljutt))\b|\btyst\b[^.!?]{0,20}\?`,
        String.raw`\btal (den|det|de|man|[a-z]+(en|et|na|an|orna|arna|erna))\b[^.!?]{0,40}\?`,
        // "kan man diska kastrullen i diskmaskin?", "kan jag använda den utomhus?" (an infinitive in -a)
        String.raw`\bkan (man|jag|den|det|de) [a-z]{3,}a\b[^.!?]{0,50}\?`,
        // "hur stor är väskan", "får en laptop plats", "finns tröjan i storlek L", "vilken storlek".
        String.raw`\b(hur (stor|lang|bred|hog|tung|tjock|mycket (vager|rymmer|drar)|manga (watt|liter|timmar))|far (en|ett|det|man|jag)\b[^.!?]{0,25}\bplats|finns\b[^.!?]{0,30}\b(i (storlek|farg|fler|andra|en annan|annan|halvstorlek\w*|halva storlekar|svart|vitt|vit|bla|rott|rod|gront|gron|gra|beige|rosa|xs|xl|xxl)|aven i|ocksa i)|vilken (storlek|farg|modell))\b`,
      ],
      pt: [
        // Tomada e voltagem (\"é bivolt?\"); alérgenos (\"contém glúten?\").
        String.raw`\b(bivolt|tomada (padrao|de tres pinos|brasileira|europeia|nova)|adaptador\b[^.!?]{0,40}\?)`,
        String.raw`\b(contem|alergenic\w*|alergic\w*|ingredientes|tracos de|vegan[oa]s?|sem (gluten|lactose|acucar))\b[^.!?]{0,50}\?`,
        String.raw`\bgarantia\b[^.!?]{0,30}\?`,
        String.raw`\b(data de validade|validade|prazo de validade)\b[^.!?]{0,50}\?`,
        String.raw`\b(compativel com|serve (para|no)|funciona com|e original|a prova d'agua)\b`,
        // "o tênis é forma pequena?", "veste grande?", "a numeração é normal?"
        String.raw`\b((e|sao|tem) (de )?forma (pequena|grande|normal|justa|larga|estreita)|(veste|vestem|calca|calcam) (grande|pequeno|justo|normal|largo)|numeracao (e |e a )?(pequena|grande|normal|certa|real))\b`,
        // "pode ir no forno?", "qual é o tamanho", "cabe um notebook", "quantos watts".
        // "quanto tempo dura a bateria", "vem incluso", "tenho que comprar separado"
        String.raw`\b((quanto tempo|quantas horas) (dura|aguenta)|a bateria (dura|aguenta)|(vem|vêm|esta|estao) inclus[oa]s?|vendid[oa]s? (separadamente|a parte|separado)|(tenho|preciso|precisa) (que|de) comprar\w* (separado|separadamente|a parte))\b`,
        String.raw`\b(faz (muito |pouco )?barulho|(e|sao) (muito )?(barulhent|silencios)[oa]s?|nivel de ruido)\b`,
        String.raw`\b(acompanha\w*|vem (com|junto)|ja vem com|da (para|pra) (usar|lavar|por|colocar|meter|levar|ir))\b`,
        String.raw`\b(pode (ir|ser (usad|lavad|colocad)\w*|usar|lavar|colocar|levar)|qual (e )?(o|a) (tamanho|medida|peso|material|tecido|cor|voltagem|capacidade|altura|largura|comprimento|numeracao)|cabe (um|uma|o|a|no|na)|quant[oa]s? (watts|litros|cm|centimetros|horas|gramas|mah|polegadas))\b`,
      ],
      tr: [
        String.raw`\b(iceriyor mu|icerir mi|alerjen\w*|icindekiler|vegan mi|glutensiz mi)\b`,
        String.raw`\b(uyumlu mu|uyar mi|orijinal mi)\b`,
        String.raw`\b(son kullanma tarih\w*|skt|uretim tarih\w*|raf omru)\b[^.!?]{0,30}(\?|ne zaman|nedir|kac)`,
        // Can it be done with it: "beton delinebilir mi", "bulaşık makinesinde yıkanabilir mi", "kullanabilir miyim".
        // Not sending, calling or writing to someone ("fiyat listemizi gönderebilir miyim?" is a pitch, not about the item).
        String.raw`\b(?!(gonder|yolla|ilet|ulastir|arayabil|yazabil|bildir|ekleyebil)\w*)[a-z]{2,}(ebilir|abilir) ?mi(yim|yiz|sin)?\b`,
        String.raw`\b(maksimum|max|azami) (agirlik|yuk|tasima)\w*|\btasima kapasite\w*`,
        // "hangi numarayı almalıyım", "kaç saat", "kalıbı dar mı", "garantili mi", "içinde … var mı".
        String.raw`\b(destekliyor mu|destekler mi|calisir mi|calisiyor mu)\b`,
        // "garantisi ne kadar", "garanti süresi", "şarjı kaç saat gidiyor", "pil ne kadar dayanıyor", "kutudan … çıkıyor mu"
        String.raw`\b(garanti\w* (ne kadar|kac (yil|ay)|suresi|var mi)|ne kadar (dayanir|dayaniyor|gidiyor|gider|suruyor|surer)|(kutu\w*|icinden|yaninda) [^.!?]{0,30}(cikiyor mu|geliyor mu|var mi))`,
        String.raw`\b(hangi (numara|beden|renk|model|olcu|boy)\w*|kac (saat|cm|santim|gram|kilo|kg|watt|litre|metre|numara|beden|mah|derece)|kalib\w* (dar|genis|buyuk|kucuk|normal)|(garantili|su gecirmez|yikanabilir|pamuklu) mi)\b`,
      ],
    },
  },
  {
    id: 'product.authentic-stock',
    key: 'product_question',
    strength: 3,
    label: 'authenticity or stock',
    phrases: {
      en: [
        // Not "genuine reviews / buyers / traffic": a review-selling pitch (spam.ts).
        String.raw`\b(original or|genuine(?! (reviews?|ratings?|buyers?|customers?|traffic|sales|followers|feedback|clicks))|authentic|replica|counterfeit\?|fake\?|in stock|back in stock|restock(?!ing (fee|charge))\w*|available (in|again)|bulk (order|price|discount|purchase)|wholesale|discount for \d+)\b`,
        // Stock: "is it still available", "how many do you have left", "any more in stock".
        String.raw`\b((is|are) (it|this|they|these|the \w+) (still |currently )?available|(still|currently) (available|in stock)|how many (do you have|are left|left|in stock|units|pieces|pcs) |(any|more) (left|units|pieces) in stock)\b`,
        // Variants: "do you have it in navy", "does it come in other colours".
        String.raw`\b((also |come |comes |available )?in (another|a different|other) (colou?r|size|finish|pattern)s?|(other|different) (colou?rs|sizes)|(do )?(you|u|ya) (have|got|sell|carry|stock|make) (it|this|these|them|one|that|the same)\b[^.!?]{0,15}\bin)\b`,
        // Terms: "what is your return policy?" (a buyer who names their own return outranks it on priority).
        String.raw`\b(your|the|what is the|what's the|what is your|what's your) returns? (policy|conditions|terms|period)\b`,
        // Terms before buying: "do you ship to Canada?" (the scam rules excuse it: no order yet).
        String.raw`\b(do|can|would|will) (you|u|ya) (ship|deliver|post|send)( (this|it|these|them|one|the [a-z]+|orders?|items?|products?|parcels?))? (to|internationally|abroad|overseas|outside|worldwide)\b`,
        // A quantity still to be bought is a purchase-terms question: "I'd like to buy 50 units", "we need to order
        // 30 of these for the team"; and the terms themselves: "reseller pricing", "any discount for a school?"
        String.raw`\b(like|want|wanted|wish|hoping|planning|plan|need|needs|interested in|looking|intend|intending|going) (to )?(buy|order|purchase|source|buying|ordering|purchasing|sourcing) (about |around |approximately |roughly |at least |over |up to )?(\d+|ten|twenty|thirty|forty|fifty|a hundred|hundreds|several hundred|a few hundred)\+? ?(units|pieces|pcs|sets|boxes|cases|cartons|packs|pairs|items|of (these|them|those|this|your|the))\b`,
        // "is there a version of this without bluetooth?", "do you have a model with a timer?"
        String.raw`\b(is there|are there|do you (have|sell|make|offer)|does it come in|is it available in) (a |an |another |any )?(other )?(version|versions|model|models|variant|variants|edition|option)\b`,
        // Restock told without the word: "when are you getting more of the green ones in?", "is it discontinued?"
        String.raw`\b(discontinued|out of production|no longer (made|sold|available|produced|stocked)|(when|will|are|do) (are |will |do )?(you|u|ya) (be )?(getting|get|restocking|having|receiving|bringing) (more|any more|new stock|another (batch|shipment|delivery))|sold out\b[^.!?]{0,40}\?)\b`,
        // Paying terms of a business purchase: "can we pay on net 30 terms", "do you accept purchase orders?"
        String.raw`\b(net ?(15|30|45|60|90)( days| terms)?|(pay|paying|payment) (by|on|via|with) (invoice|net|a purchase order|purchase order|po)\b|(accept|take) (a )?(purchase orders?|pos)|(place|placing) an? (larger|bigger|bulk|big|repeat|recurring) order)\b`,
        String.raw`\b((reseller|trade|wholesale|dealer|distributor|b2b|volume|quantity) (price|prices|pricing|discount|discounts|rate|rates|terms)|(any|a|some) (discount|price break|better price|reduction)(?! (code|coupon|voucher))\b[^.!?]{0,40}\?)`,
      ],
      ja: [
        // Terms of buying: 「法人名義での購入は可能でしょうか」「まとめて注文できますか」.
        String.raw`(購入|注文|お取引|取引|発注)(する|すること|できること)?(は|って|も)?(可能|でき(ます|る))(でしょうか|ですか|か|\?)`,
        // 「内釜だけ別途購入できますか」「替えブラシは単品で買えますか」: a part or refill bought on its own.
        // Only as a possibility after だけ: 「1個だけ注文したのに2個届いた」 is about the order.
        String.raw`((別途|単品で|単体で|別売り?で?)(購入|注文|お求め|買え|買う|取り寄せ)|だけ(を|で)?(購入|注文|お求め|買|取り寄せ)(すること|でき|え|は可能|可能))`,
        // Paying terms of a company purchase: 「請求書払いには対応していただけますか」「掛け払いは可能ですか」.
        String.raw`(請求書払い|掛け払い|後払い|法人名義|法人購入)`,
        // 「Mサイズってまだありますか」: a variant still in stock.
        String.raw`(サイズ|カラー|色|柄|タイプ|在庫)(って|は|が|も)?(まだ|もう|今も?)?(あり|ござい)ます(か|でしょうか)`,
        String.raw`((色|いろ|サイズ|柄)違い|(別|他|ほか)の(色|カラー|サイズ|柄)|別(カラー|サイズ)|大きいサイズ|小さいサイズ|正規品|本物|並行輸入|純正|再入荷|在庫(は|が|あり|って|切れ)|入荷(予定|時期|日|は|って)|(次の?|次回の?)入荷|まとめ買い|まとめて(購入|買|注文)|大量(注文|購入|に買)|[0-9０-９]+個(以上)?(購入|買|注文))`,
        String.raw`(だけ|のみ|単品|単体|別売り?)(の|で|での)?(販売|お取り?扱い|取扱|購入)(は|って|も)?(あり|ござい|可能|でき|して)`,
        // 「実物はもう少し明るいベージュでしょうか」「中国製ですか」: how the real thing looks, where it is made.
        String.raw`((実物|実際)(は|の(色|サイズ|大きさ|質感))[^。]{0,25}(でしょうか|ですか|\?|ますか)|(中国|日本|国|海外|韓国|台湾|ベトナム|タイ|アメリカ|ドイツ|イタリア|フランス|インド|どこの国|どこ)(製|産)(ですか|でしょうか|\?|なの|か))`,
        // 「ネイビーはもう販売しないのでしょうか」「廃盤ですか」「売り切れですか」: stock told without 在庫.
        String.raw`((販売|生産|製造|取り?扱い?|取扱)(は|を)?(もう)?(終了|中止|しない|されない|やめ|しておりません|していない)|廃盤|(品切れ|売り?切れ|欠品)[^。]{0,10}(ですか|でしょうか|\?|ますか))`,
        // 「30枚ほど購入を検討」「10台発注したい」; terms: 「法人割引はありますか」「卸価格」「値引きは可能でしょうか」.
        String.raw`([0-9]+(個|台|枚|本|セット|箱|点|着|足|ケース|組|脚|冊|袋|ロット)(以上|ほど|くらい|ぐらい|程度|ずつ)?(を)?(購入|注文|発注|まとめ買い|買い|仕入れ|仕入)(したい|たい|を検討|予定|しようと|させて|を考え|でき|可能|希望|する場合|した場合|したら|すれば)|(法人|業者|卸|まとめ買い|数量)(割引|価格|値引き?)|(割引|値引き|ディスカウント)(は|って|など|とか)?(あり|ござい|でき|可能|して(いただけ|もらえ|頂け)))`,
      ],
      de: [
        String.raw`\b(original(ware)?\?|echt\?|wieder (verfugbar|lieferbar|auf lager)|auf lager|mengenrabatt)\b`,
        // "Gibt es das auch in Schwarz / in Größe 44?", "in einer anderen Farbe", "liefern Sie nach Österreich?"
        String.raw`\b((gibt es|gibt's|gibts) (das|den|die|diese\w*|es|ihn|sie|ihr)\b[^.!?]{0,30}\b(auch|noch) (in|als|mit)|in (einer )?anderen (farbe|gro(ss|ß)e)|andere (farben|gro(ss|ß)en)|liefern sie (auch )?(nach|in die|ins))\b`,
        // Stock and delivery terms asked of the seller, du or Sie: "hast du noch mehr davon?", "liefert ihr in die Schweiz?"
        String.raw`\b((hast du|habt ihr|haben sie) (noch )?(mehr|welche|weitere) (davon|da|auf lager|vorratig)|(liefert ihr|lieferst du|versendet ihr|versendest du|versenden sie|verschickt ihr|verschickst du|verschicken sie) (auch )?(nach|in die|ins))\b`,
        // Asked of the seller, du or Sie: "hast du die Jacke noch in M?", "haben Sie das auch in Blau?"
        String.raw`\b(hast du|habt ihr|haben sie|hattet ihr|hatten sie) (das|den|die|diese\w*|es|ihn|sie|noch|auch)\b[^.!?]{0,30}\b(noch|auch) (in|als|mit)\b`,
        String.raw`\b((gro(ss|ß)ere?n?|hohere?n?) (menge|stuckzahl|abnahme)\w*|\d+ stuck (kaufen|bestellen|abnehmen)|staffelpreis\w*|grosshandel\w*)\b`,
        String.raw`\b(verkaufen sie|verkauft ihr|verkaufst du|bieten sie|bietet ihr|einzeln (erhaltlich|zu kaufen|verkauft|kaufen))\b${NOT_ON_A_MARKETPLACE}[^.!?]{0,60}\?`,
        String.raw`\b(nicht mehr (erhaltlich|lieferbar|verfugbar|hergestellt|produziert|im sortiment)|ausverkauft|ausgelaufen|wieder (rein|reinkommen|reinbekommen|nachbestellt|produziert)|nachschub)\b[^.!?]{0,40}\?`,
        // "ich möchte 30 Stück von den Rucksäcken kaufen", "wir würden gern 12 von den Kissen nehmen"; the terms:
        // "gibt es einen Preisnachlass?", "Händlerkonditionen".
        String.raw`\b(mochte|mochten|wurde|wurden|will|wollen|wollte|wollten|brauche|brauchen|benotige|benotigen|plane|planen) (gerne? |gern |eventuell |ca\. |circa |etwa |rund |so )*(\d+|zehn|zwanzig|drei(ss|ß)ig|funfzig|hundert)\b[^.!?]{0,50}\b(kaufen|bestellen|nehmen|abnehmen|ordern|beziehen|erwerben)\b`,
        String.raw`\b(kauf auf rechnung|rechnungskauf|(auf|per|gegen) rechnung (liefern|kaufen|bestellen|zahlen|bezahlen|moglich))\b`,
        String.raw`\b((rabatt|preisnachlass|nachlass|sonderpreis|sonderkonditionen)\b[^.!?]{0,30}\?|(handler|wiederverkaufer|firmen|gewerbe)(preis|preise|konditionen|rabatt)\b)`,
      ],
      fr: [String.raw`\b((encore|toujours) disponibles?|combien (d'exemplaires|de pieces|d'unites|en stock|vous en reste|il en reste)|authentique|contrefacon|de nouveau disponible|en stock|prix de gros|existe(-t-il)? (aussi |egalement )?en|(une |d'autres |dans une )autres? (couleur|taille)s?|livrez-vous (en|au|aux|a))\b`, String.raw`\b((acheter|commander) en (gros|quantite|grande quantite)|(grosse|grande) quantite|tarif degressif)\b`,
        // "je voudrais en commander 20", "nous souhaitons acheter une trentaine de pièces"; "un prix revendeur ?"
        String.raw`\b(voudrais|voudrions|souhaite|souhaitons|souhaiterais|souhaiterions|aimerais|aimerions|veux|voulons|compte|comptons|envisage|envisageons|cherche a|cherchons a) (en )?(acheter|commander|prendre|acquerir) (environ |au moins |plus de )?(\d+|dix|quinze|vingt|trente|cinquante|cent|une dizaine|une quinzaine|une vingtaine|une trentaine|une cinquantaine|une centaine)\b`,
        // Not a pitch to the seller: "vous vendez sur Amazon ? nous recherchons des vendeurs …" (spam.ts).
        String.raw`\b((vendez|proposez)(-vous| vous)|vous (vendez|proposez)|a l'unite|au detail|a la piece|par lot de)\b${NOT_ON_A_MARKETPLACE}[^.!?]{0,60}\?`,
        String.raw`\b(ne (sera|seront|sont|est) plus (disponible|fabrique|vendu|produit)s?|reapprovisionn\w*|reassort\w*|rupture de stock|epuise)\b[^.!?]{0,40}\?`,
        String.raw`\b((prix|tarif|tarifs|conditions) (revendeur|revendeurs|professionnel|professionnels|pro|de gros|entreprise)|(une |une petite |des |une quelconque )(remise|reduction|ristourne)\b[^.!?]{0,40}\?)`],
      it: [String.raw`\b(quant[ie] (pezzi|ne) (avete|ci sono|rimangono|restano)|originale\?|autentic\w*|di nuovo disponibile|disponibile in|sconto quantita|(ancora|sono|e|non piu) disponibil[ei]|(altri|altro) (color\w*|tagli\w*|misur\w*)|(c'e|esiste|avete) (anche )?(in|nella|nel|la taglia|il colore)|(avete|esiste|c'e|fate|vendete) (anche |pure )?(la |una |il |un |lo )?(versione|modello|misura|variante|formato|confezione|taglia|colore|ricarica|ricariche)|spedite (anche )?(in|all'estero))\b`, String.raw`\b((acquistare|ordinare|comprare) (in )?(grandi |grosse )?quantita|all'ingrosso|ingrosso)\b`,
        // "vorrei prenderne 15 per il negozio", "dovremmo ordinare una ventina di pezzi"; "fate prezzi per rivenditori?"
        String.raw`\b(vorrei|vorremmo|volevo|volevamo|voglio|vogliamo|desidero|desideriamo|dovrei|dovremmo|devo|dobbiamo|intendo|intendiamo|pensavo di|pensavamo di) (prender|acquistar|ordinar|comprar)\w* (circa |almeno |piu di )?(\d+|dieci|quindici|venti|trenta|cinquanta|cento|una decina|una quindicina|una ventina|una trentina|un centinaio)\b`,
        String.raw`\b(vendete|vendi|avete in vendita|singolarmente|sfus[oaie])\b${NOT_ON_A_MARKETPLACE}[^.!?]{0,60}\?`,
        String.raw`\b(fuori produzione|non (e|sono|sara|saranno) piu (disponibil|prodott|vendut)\w*|riassortiment\w*|(torna|tornera|tornano|torneranno) disponibil\w*|esaurit[oaie])\b[^.!?]{0,40}\?`,
        String.raw`\b((prezz[oi]|listino|condizioni|sconto|sconti) (per|ai|riservat[oi] ai|dedicat[oi] ai) (rivenditori|negozi|negozianti|grossisti|aziende|professionisti)|(fate|fareste|potete fare|potreste fare|c'e|ce|applicate) (uno |qualche )?sconto)\b`],
      es: [String.raw`\b((tienen|tienes|teneis|hay|quedan|queda) (mas |todavia |aun )?(unidades|stock|existencias|disponibles?)|cuant(as|os) (unidades|piezas|quedan|tienen|hay)|es original|original\?|autentic\w*|disponible en|vuelve a estar|hay stock|al por mayor|(otros?|otras?) (color\w*|talla\w*|tamano\w*)|(lo|la) (tienen|tienes|teneis|hay) (en|tambien en)|viene en|(hacen|hacéis) envios a|envian a)\b`, String.raw`\b((comprar|pedir|encargar) (en )?(cantidad|volumen|grandes cantidades)|mayoreo|precio por volumen)\b`,
        // "quiero comprar 10 unidades", "necesitamos pedir unas 30 para la oficina"; "¿me hacéis algún descuento?"
        String.raw`\b(quiero|quisiera|queria|queremos|quisieramos|queriamos|me gustaria|nos gustaria|necesito|necesitamos|busco|buscamos|pienso|pensamos|planeo|planeamos) (comprar|pedir|encargar|adquirir|llevarme|ordenar)(les|te|os)? (unas |unos |alrededor de |mas de |como |al menos )?(\d+|diez|quince|veinte|treinta|cincuenta|cien|una docena|varias docenas)\b`,
        String.raw`\b(venden|vendeis|vendes|manejan|por unidad|sueltos|sueltas|por separado)\b${NOT_ON_A_MARKETPLACE}[^.!?]{0,60}\?`,
        // "¿sabéis si vuelve a haber la talla 38?", "¿lo vais a reponer?", "¿está descatalogado?"
        String.raw`\b((vuelve|volvera|vuelven|volveran) a (haber|tener|entrar)|(vais|van|vas) a (reponer|volver a tener|traer mas)|reposicion|descatalogad[oa]s?|agotad[oa]s?)\b[^.!?]{0,40}\?`,
        String.raw`\b((precio|precios|tarifa|condiciones) (para|de) (distribuidor|distribuidores|revendedor|revendedores|mayorista|mayoristas|tiendas|empresas)|(algun|un|algo de) descuento\b[^.!?]{0,40}\?|(hacen|haceis|hacéis|hacen ustedes|me hacen|me haceis|nos hacen|nos haceis) (algun |un )?descuento)\b`],
      nl: [String.raw`\b(origineel|weer op voorraad|op voorraad|nog (leverbaar|beschikbaar|te koop)|hoeveel (stuks|heeft u|hebben jullie|heb je))\b`, String.raw`\b(in grote (aantallen|hoeveelheden|hoeveelheid)|groothandel\w*|staffelkorting)\b`, String.raw`\b((\d+|tien|twintig|vijftig|honderd) (stuks|exemplaren|van (deze|jullie|uw|de))\b[^.!?]{0,30}\b(bestellen|kopen|afnemen)|korting\b[^.!?]{0,30}\?)`],
      pl: [String.raw`\b(oryginaln\w*|dostepn\w*|na stanie|w magazynie|ile (sztuk|egzemplarzy|opakowan) (macie|jest|zostalo|posiadacie|mozna))\b`, String.raw`\b(hurtow\w*|wieksz\w* (ilosc|ilosci|zamowien\w*)|rabat ilosciowy)\b`, String.raw`\b((chcialbym|chcialabym|chcemy|chce|chcielibysmy|planuje|planujemy|potrzebuje|potrzebujemy) (kupic|zamowic|nabyc) (\d+|dziesiec|dwadziescia|piecdziesiat|sto)|rabat\w*\b[^.!?]{0,30}\?)`],
      sv: [String.raw`\b(akta|i lager|original|hur manga (har ni|finns|i lager)|(finns|ar) (den|det|de) (kvar|i lager|tillganglig\w*))\b`, String.raw`\b(i storre (antal|mangd|mangder)|grossist\w*|mangdrabatt)\b`, String.raw`\b((vill|skulle vilja|tanker|planerar att) (kopa|bestalla) (\d+|tio|tjugo|femtio|hundra)|rabatt\b[^.!?]{0,30}\?)`],
      pt: [String.raw`\b(original|em estoque|(ainda )?tem (disponivel|em estoque|mais unidades)|quantas unidades|(vcs|voces|vc|voce) (tem|teem|tens|vendem|trabalham com)|tem (no|na|em) (tamanho|cor|numero|\d+))\b`, String.raw`\b(no atacado|atacado|em grande quantidade|(comprar|encomendar) (em )?quantidade)\b`,
        String.raw`\b((quero|queria|gostaria de|preciso|precisamos|queremos|pretendo|pretendemos) (comprar|encomendar|pedir|adquirir|levar) (umas |uns |cerca de |mais de )?(\d+|dez|vinte|trinta|cinquenta|cem)|(algum |um |tem )desconto\b[^.!?]{0,40}\?)`],
      tr: [String.raw`\b(toplu (alim|almak|alacag\w*|siparis|fiyat|satis)\w*|toptan|(cok|fazla) sayida|\d+ adet (almak|alacag\w*|siparis|alirsam|alsam)|stokta (var|yok|kaldi)\w*|stok (durumu|var)|tekrar (gelecek|gelir) mi|(baska|farkli) (renk|beden|numara)\w*)\b`],
    },
  },
  {
    id: 'product.how-to',
    key: 'product_question',
    strength: 3,
    label: 'how to use',
    // "I left a 1-star review by mistake, how do I change it?" asks how to fix a review (other), not how to use the item.
    notAfter: String.raw`(\b(my|a|the|\d[- ]?stars?) (review|rating|feedback)\b|(評価|レビュー)を?(間違|まちが|変更|直|消|つけ|付け|書|投稿))[^?？]{0,30}`,
    phrases: {
      en: [
        String.raw`\bhow (do|can|should|to|would) (i |we |you )?(use|set|set up|setup|turn|connect|install|clean|reset|pair|charge|assemble|adjust|change|attach|wash|operate|program|update|find|get)\b`,
        // Upkeep: "how often am I supposed to descale it", "how often should the filter be changed?"
        String.raw`\bhow often (am i supposed to|are we supposed to|should (i|we|you|it|the [a-z]+)|do (i|we|you) (need|have) to|must (i|we)|to) (be )?(descale|descaled|clean|cleaned|replace|replaced|change|changed|oil|oiled|wash|washed|charge|charged|sharpen|sharpened|refill|refilled|empty|emptied|service|serviced|calibrate|calibrated|water|fed|feed|rinse|rinsed)\b`,
        String.raw`\b(instructions|manual|user guide)\b[^.!?]{0,50}\?`,
        // "is there a French manual for it", "where can I download the user guide"
        String.raw`\b(is there|do you have|can i (get|have)|where (can|do) i (find|get|download)|could you send( me)?) (a |an |the )?([a-z]+ ){0,2}(manual|instructions|user guide|instruction (booklet|sheet|leaflet)|quick start guide)\b`,
      ],
      ja: [
        // Not the manual named in a remark: 「説明書が英語だけだったのが少し残念でした」「日本語の説明書があれば良かった」.
        String.raw`(使い方|使用方法|設定方法|取り?付け方|取扱説明書|説明書|やり方|操作方法)(?![^。？?]{0,16}(残念|良かった|よかった|欲しかった|ほしかった|あれば|だけだった))`,
        String.raw`(方|かた)が(よく|いまいち|まったく|全然|ちょっと|どうも)?(わか|分か)(りません|らない|らなく|らず)`,
        String.raw`どう(やって|すれば|したら)(使|設定|つけ|付け|取り?付|接続|充電|洗|外|組み立)`,
        // 「どのボタンを押せばよろしいでしょうか」「何の設定にすれば」
        String.raw`((どの|どちらの|何の)(ボタン|設定|モード|スイッチ|コース|機能|ダイヤル|メニュー)|(押せば|押したら|設定すれば|使えば|入れれば|セットすれば|選べば)(いい|よい|良い|よろし))`,
        String.raw`(ひとつ|一つ|1つ|ちょっと)?質問(なのですが|です|があります|させて)`,
      ],
      de: [
        String.raw`\b(wie (kann|funktioniert|benutze|bediene|stelle|verbinde|reinige|montiere|schalte)|bedienungsanleitung)\b`,
        // "wie richte ich ihn am Router ein", "wie entkalke ich", "wo finde ich den WLAN-Schlüssel"
        // Told as what the buyer cannot do: "ich weiß nicht, wie ich die Kamera mit der Elterneinheit koppeln soll".
        String.raw`\bwie (ich|man) (den|die|das|ihn|sie|es|diese\w*|meine\w*)?\b[^.!?]{0,40}\b(koppeln|verbinden|einstellen|einrichten|bedienen|benutzen|verwenden|anschlie(ss|ß)en|aufbauen|zusammenbauen|montieren|reinigen|entkalken|aufladen|programmieren|aktivieren|ausschalten|einschalten|zurucksetzen|befestigen|installieren|umstellen|verstellen)\b`,
        String.raw`\b(wie (richte|schliesse|schlie(ss|ß)e|baue|lade|entkalke|setze|tausche|wechsle|wechsele|mache|bekomme|aktiviere|koppele|kopple|pflege|befestige|programmiere) ich|wo finde ich (den|die|das) (?!(rechnung|sendungs\w*|tracking\w*|paket|bestellung))[a-z-]+)\b`,
      ],
      fr: [
        String.raw`\b(comment (utiliser|faire|regler|brancher|installer|nettoyer|fonctionne)|mode d'emploi)\b`,
        // "je n'arrive pas à régler le minuteur", "comment on règle l'heure ?", "pouvez-vous m'expliquer comment …"
        String.raw`\b((je )?n'arrive pas|je ne sais pas|je ne comprends pas comment) (a |comment )?(regler|programmer|connecter|appairer|installer|monter|utiliser|allumer|eteindre|configurer|synchroniser|brancher|assembler|activer|desactiver|nettoyer|demonter|parametrer|mettre en marche)\b`,
        String.raw`\bcomment (on |je |peut-on |puis-je |faut-il |dois-je )?(le |la |les |l')?(regle|programme|connecte|appaire|installe|monte|utilise|allume|eteint|configure|synchronise|branche|active|desactive|nettoie|parametre|met en marche)\w*\b`,
        // "faut-il charger la batterie avant la première utilisation ?", "dois-je le laver avant ?"
        String.raw`\b((faut-il|dois-je|doit-on|est-ce qu'il faut|il faut) (le |la |les |l')?(charger|recharger|laver|monter|regler|nettoyer|installer|brancher|assembler|rincer|calibrer|appairer|activer|detartrer)|(avant |lors de )?la premiere utilisation)\b`,
      ],
      it: [
        String.raw`\b(come (si usa|funziona|si monta|si pulisce|si collega|faccio a)|istruzioni)\b`,
        // "non capisco come si cambia la modalità", "come posso impostare il timer?" (not a voucher, the address, the order)
        String.raw`\bcome (si |posso |devo |si puo |si fa a |faccio per )?(cambia|imposta|regola|programma|collega|accoppia|abbina|usa|monta|smonta|pulisce|accende|spegne|ricarica|carica|installa|configura|attiva|disattiva|sincronizza|resetta|sostituisce|svuota|cambiare|impostare|regolare|programmare|collegare|accoppiare|abbinare|usare|utilizzare|montare|smontare|pulire|accendere|spegnere|ricaricare|installare|configurare|attivare|disattivare|sincronizzare|resettare|sostituire|svuotare)\b(?! (il |lo |la |l'|un |una |mio |mia )?(buono|coupon|codice|sconto|voucher|carta regalo|indirizzo|ordine|reso|rimborso|pacco)\b)`,
      ],
      es: [
        String.raw`\b(como (se usa|funciona|se instala|se conecta|configuro|puedo usar|se limpia)|instrucciones|manual)\b`,
        // "¿cómo se empareja el reloj con el móvil?", "no sé cómo programar el temporizador"
        String.raw`\bcomo (se |puedo |hago para |debo |tengo que |se puede )?(empareja|emparejar|vincula|vincular|conecta|conectar|configura|configurar|ajusta|ajustar|programa|programar|monta|montar|arma|armar|limpia|limpiar|enciende|encender|apaga|apagar|carga|cargar|instala|instalar|activa|activar|desactiva|desactivar|sincroniza|sincronizar|usa|usar|utiliza|utilizar|reinicia|reiniciar|resetea|resetear|regula|regular|cambia el modo|cambiar el modo)\b(?! (el |la |un |una |mi )?(cupon|codigo|descuento|tarjeta regalo|direccion|pedido|devolucion|reembolso|paquete)\b)`,
      ],
      nl: [String.raw`\b(hoe (werkt|gebruik|installeer|sluit)|handleiding)\b`],
      pl: [String.raw`\b(jak (uzywac|podlaczyc|ustawic|dziala)|instrukcj\w*)`],
      sv: [String.raw`\b(hur (anvander|fungerar|installerar)|bruksanvisning)\b`],
      pt: [String.raw`\b(como (usar|funciona|instalar)|manual)\b`, String.raw`\bcomo (eu )?(faco para |posso |devo |se )?(configurar|conectar|parear|emparelhar|ajustar|programar|montar|limpar|ligar|desligar|carregar|ativar|utilizar|regular|configura|conecta|pareia|ajusta|programa|monta|limpa|liga|desliga|carrega|ativa|usa)\b`],
    },
  },
  {
    // No order yet: "Before I buy, can I return them if they don't fit?" asks about purchase terms (TAXONOMY's settled
    // case). decide.ts lets this outweigh what only an order could have (a return, a cancellation, its delivery).
    id: BEFORE_BUYING_RULE,
    key: 'product_question',
    strength: 3,
    label: 'purchase terms before buying',
    phrases: {
      en: [
        String.raw`\bbefore (i |we )?(order|buy|purchase|place|check out|commit)\b`,
        String.raw`\b(thinking|considering|planning|plan) (of |on |about |to )?(buying|ordering|purchasing|getting|buy|order|purchase) (one|two|three|a few|some|several|it|this|these|them|\d+|for)\b`,
        String.raw`\bif (i|we) (buy|order|purchase) (one|two|it|this|these|them|\d+|a |more)\b|\bif (i|we) (take|get) (\d+|two|three|four|five|six|ten|twenty|fifty|a hundred|several|a few) (of|more|units|pieces|pcs|sets|boxes)\b`,
        // "I would like to order two if the shipping is not too high": a purchase still depending on terms.
        String.raw`\b(would like|'d like|want|wanted|wish|hope|am going|'m going) to (order|buy|purchase|get) (one|two|three|four|five|six|ten|a few|some|several|a couple|\d+)( more| units| pieces| pcs| of (them|these|those))?\b[^.!?]{0,30}\b(if|as long as|provided|depending)\b`,
      ],
      // Elsewhere too, a quantity still to be bought asks for terms: "se ne prendo cinque …", "wenn ich zehn nehme".
      ja: [String.raw`(購入を?(検討|考えて)|購入前|買う前|注文(する)?前|検討して(い|お)ります|購入(予定|したいと思って|しようと思って))`],
      de: [String.raw`\b(wenn ich (\d+|zwei|drei|vier|funf|sechs|zehn|zwanzig|mehrere|gleich mehrere) (stuck )?(kaufe|bestelle|nehme|abnehme)|vor dem kauf|bevor ich (bestelle|kaufe|zuschlage|zugreife|mich entscheide|sie bestelle|sie kaufe|es bestelle|es kaufe)|(ich )?uberlege,? ([^\s.,!?]+ ){0,3}zu (kaufen|bestellen)|mochte (es |das )?gerne kaufen, aber)\b`],
      fr: [String.raw`\b(si (j'en |je )(prends|achete|commande) (les |des )?(deux|trois|quatre|cinq|six|dix|vingt|\d+|plusieurs)|avant (d'acheter|de commander|achat|de passer commande)|je (pense|compte|souhaite|voudrais) (l'acheter|acheter|commander))\b`],
      it: [String.raw`\b(se (ne )?(prendo|compro|ordino|acquisto|prendessi|comprassi|ordinassi|acquistassi) (due|tre|quattro|cinque|sei|dieci|venti|\d+|piu|diversi|diverse)|prima di (acquistar|ordinar|comprar)(e|l[oaie]|ne)|(sto pensando|penso|vorrei) (di )?(acquistar\w*|ordinar\w*|comprar\w*))\b`],
      es: [String.raw`\b(si (les |te |os )?(compro|pido|llevo|me llevo|encargo|comprara|pidiera) (dos|tres|cuatro|cinco|seis|diez|veinte|\d+|varios|varias)|antes de (comprar|pedir|ordenar|hacer el pedido)|(estoy pensando en|pienso|quisiera|me gustaria) (comprar|pedir))\b`],
      nl: [String.raw`\b(voordat ik (bestel|koop)|als ik er (\d+|twee|drie|vijf|tien|meerdere|een paar) (bestel|koop|afneem|neem))\b`],
      pl: [String.raw`\b(zanim (kupie|zamowie)|jesli (kupie|zamowie|wezme) (\d+|dwa|dwie|trzy|piec|dziesiec|kilka))\b`],
      sv: [String.raw`\b(innan jag (koper|bestaller)|om jag (koper|bestaller|tar) (\d+|tva|tre|fem|tio|flera))\b`],
      pt: [String.raw`\b(antes de (comprar|encomendar)|se eu (comprar|levar|pedir|encomendar) (duas|dois|tres|cinco|dez|\d+|varios|varias|mais))\b`],
    },
  },
  {
    // "I'd like to know whether the seat is approved for planes", "je voudrais savoir si cette montre …", "vorrei sapere
    // se …": a question put as a wish to know, often without a question mark. Only clear evidence (2): a request that
    // names the order, the parcel or the refund is about the order, and every rule of those categories outranks it.
    id: 'product.wants-to-know',
    key: 'product_question',
    strength: 2,
    label: 'asks about the item',
    phrases: {
      en: [String.raw`\b((want|wanted|would like|'d like|wish|need|wanna) to (know|ask|check|confirm)|(may|can|could|might) (i|we) (ask|know|check|confirm)( you)?) (which|what|whether|if|how (many|much|long|big)|the (size|colou?r|material|difference))\b${NOT_ABOUT_AN_ORDER}`],
      de: [String.raw`\b(mochte|mochten|wollte|wurde|hatte) (gerne |gern |nur )?(wissen|fragen|erfahren|nachfragen),? (ob|welche\w*|wie (viel|gro(ss|ß)|lang|schwer)|was fur)\b${NOT_ABOUT_AN_ORDER}`],
      fr: [String.raw`\b(voudrais|voulais|aimerais|souhaiterais|souhaite|veux|voudrions|aimerions) (savoir|connaitre|demander|verifier) (si|quel\w*|combien|lequel|laquelle)\b${NOT_ABOUT_AN_ORDER}`],
      it: [String.raw`\b(vorrei|volevo|desidero|desideravo|vorremmo|volevamo) (sapere|chiedere|capire|informazioni su) (se|qual[ei]?|quant[oaie]|che)\b${NOT_ABOUT_AN_ORDER}`],
      es: [String.raw`\b(quisiera|queria|quiero|gustaria|quisieramos|queriamos) (saber|preguntar|consultar|confirmar) (si|cual|cuales|cuant[oa]s?|que (talla|medida|tamano|material|color))\b${NOT_ABOUT_AN_ORDER}`],
      nl: [String.raw`\b(wil|zou|wou|wilde) (graag |even )?(weten|vragen|informeren) (of|welke|hoe (groot|lang|zwaar|breed)|wat voor)\b${NOT_ABOUT_AN_ORDER}`],
      pl: [String.raw`\b(chcialbym|chcialabym|chce|chcialem|chcialam) (zapytac|sie dowiedziec|wiedziec|zapytac sie),? (czy|jaki|jaka|jakie|ile)\b${NOT_ABOUT_AN_ORDER}`],
      sv: [String.raw`\b(undrar|undrade|skulle vilja veta|vill veta|vill fraga) (om|vilken|vilket|vilka|hur (stor|lang|mycket|manga))\b${NOT_ABOUT_AN_ORDER}`],
      pt: [String.raw`\b(gostaria|queria|quero|gostariamos) (de )?(saber|perguntar|confirmar) (se|qual|quais|quant[oa]s?)\b${NOT_ABOUT_AN_ORDER}`],
      tr: [String.raw`\b(ogrenmek istiyorum|merak ediyorum|sormak istiyorum)\b`],
    },
  },
  {
    id: 'product.demonstrative-question',
    key: 'product_question',
    strength: 2,
    label: 'question about this item',
    phrases: {
      en: [
        // Not the parcel or the refund: "will the parcel arrive before I leave?" asks about the order.
        // A decimal point does not end the question: "does it need 2.4 GHz or does 5 GHz work too?"
        // Nor "where is it?" after a parcel that never came (but "where is it made?" asks about the item).
        String.raw`\b(is|are|does|do|will|can|would) (this|these|it|they|the (?!(parcel|package|order|delivery|shipment|refund|money|tracking|courier|driver)\b)\w+)\b(?!(?<=\bwhere (is|are) (it|they)) ?(now|right now|exactly|then|please)? ?\?)([^.!?]|\.(?=\d)){0,90}\?`,
        String.raw`\b(this|these) (item|product|model|one|unit|set|kit|case|lens|jacket|shirt|shoe|shoes|book|charger|cable|toy|device|bag|watch|phone|laptop|camera|machine|vacuum|blender)\b[^.!?]{0,80}\?`,
        // Written without a question mark: "does the 64gb version have a card slot", "do you sell it in …".
        String.raw`\b(does|do|will|can) (the|this|it|these|they|that)\b[^.!?]{0,40}\b(have|has|come with|come in|include|support|fit|work|run|hold|charge|last)\b`,
        // A long question about the item: "Is this tent rated for 3 seasons, and can two adults sleep in it …?"
        String.raw`\b(is|are|does|do|will|can|would) (this|these) [a-z]+\b[^.!?]{0,120}\?`,
        String.raw`\bdo you (have|sell|carry|stock|make|offer)\b[^.!?]{0,50}\?`,
        // Without inversion, as many buyers write English: "this perfume is tester or full box?", "is yours quiet?"
        String.raw`\b(this|these) ([a-z]+ ){1,2}(is|are|has|have|support|supports|can|will|comes?|fits?|works?)\b[^.!?]{0,50}\?`,
        String.raw`\b(is|are|does|do) (yours|this one|that one|the one)\b[^.!?]{0,60}\?`,
      ],
      ja: [String.raw`(この|こちらの|こちら|こちらは|この商品)[^。]{0,40}(ですか|ますか|でしょうか|でございましょうか|でございますか|\?)`],
      de: [
        String.raw`\b(dieser|diese|dieses|diesen)\b[^.!?]{0,60}\?`,
        // "hat die Kaffeemaschine eine Abschaltautomatik?", "verfügt der Rucksack über ein Regenschutz?" (not the order)
        String.raw`\b(hat|haben|verfugt|verfugen) (der|die|das|den|er|sie|es) (?!(bestellung|paket|lieferung|sendung|rechnung|erstattung|ruckerstattung|ruckzahlung)\b)([a-z-]+ )?(eine?n?|keine?n?|auch|uber)\b[^.!?]{0,60}\?`, String.raw`\b(ist|kann man) (das|der|den|die|es|ihn|sie)\b[^.!?]{0,60}\?`,
        // "kann man mit der Uhr auch Telegram-Nachrichten lesen?", "kann man damit auch Brot backen?"
        String.raw`\b(kann|konnte) man (damit|darauf|darin|mit (dem|der|den|diesem|dieser|diesen))\b[^.!?]{0,80}\?`,
      ],
      // Not "est-ce normal ?" (the pronoun of a question), "ce que/qui", nor a time ("ce soir", "cette semaine").
      // "le tire-bouchon demande-t-il beaucoup de force ?": a verb inverted with -t-il/-t-elle asks about the item (not
      // the order: "la commande arrivera-t-elle …" names it).
      fr: [String.raw`\b[a-z]+[ea]-t-(il|elle)\b${NOT_ABOUT_AN_ORDER}[^.!?]{0,80}\?`, String.raw`\b(?<!-)(ce|cet|cette|ces) (?!(que|qui|quoi|n|ne|sont|soir|matin|midi|week-end|weekend|mois|jour|jour-la|moment|semaine|annee|apres-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)[a-z]+\b[^.!?]{0,60}\?`, String.raw`\b(est-ce que (ce|cette|ces|le|la|les|l')|est-il|est-elle)\b[^.!?]{0,100}\?`, String.raw`\best-ce (que |qu')(ils|elles|ca)\b${NOT_ABOUT_AN_ORDER}[^.!?]{0,100}\?`],
      it: [String.raw`\b(questo|questa|questi|queste)\b[^.!?]{0,60}\?`, String.raw`\b(ha|hanno) (la|il|un|una|lo|gli|le|i|l'|anche) (?!(mio|mia|miei|mie|vostro|vostra) )(?!(pacco|ordine|ordinazione|spedizione|rimborso|reso|consegna|corriere|tracking)\b)[^.!?]{0,70}\?`],
      // Folded, "está" (is) reads as "esta" (this): not when a participle, adverb or preposition follows
      // ("¿está anulado?", "¿está en camino?" ask about an order, not the item).
      es: [String.raw`\b(este|esta|estos|estas) (?!(bien|mal|muy|en|de|a|con|siendo|listo|lista|roto|rota|todavia|aun|ya|pendiente|[a-z]+(ado|ada|ados|adas|ido|ida|idos|idas|ando|iendo))\b)[a-z]+\b[^.!?]{0,60}\?`],
      // "kan de wasmachine ook op een houten vloer staan?" (not the parcel, the courier or the order)
      nl: [String.raw`\bkan (de|het|deze|dit|die|hij|ze) (?!(bestelling|pakket|pakketje|bezorger|bezorging|levering|terugbetaling|retour|zending|koerier)\b)[a-z]+ (ook |gewoon |echt |zonder )?\b[^.!?]{0,60}\?`, String.raw`\b(deze|dit)\b[^.!?]{0,90}\?`, String.raw`\bis (deze|dit|het)\b[^.!?]{0,40}\?`],
      pl: [String.raw`\b(ten|ta|to) (produkt|model)\b[^.!?]{0,60}\?`, String.raw`\bczy (ten|ta|to|te|ci)\b[^.!?]{0,80}\?`, String.raw`\bczy ([a-z]+ )?(ma|maja|posiada|posiadaja|obsluguje|obsluguja|nadaje sie|nadaja sie)\b[^.!?]{0,60}\?`],
      sv: [String.raw`\b(den har|det har|denna|detta)\b[^.!?]{0,60}\?`, String.raw`\bar (den|det|de) har\b[^.!?]{0,40}\?`],
      // The mains voltage in any language: "¿la cafetera es de 220V?", "é 110v ou 220v?", "geht das mit 230 Volt?"
      any: [String.raw`\b(100|110|120|127|220|230|240) ?(v|volts?|voltios|volt)\b[^.!?]{0,60}\?`],
      // "bu mont yağmurda ıslanır mı?": this + a question particle (not the order, the parcel or the return).
      tr: [String.raw`\bbu (?!(siparis|kargo|paket|iade|odeme|fatura)\w*)[a-z]+\b[^.!?]{0,50} (mi|mu)(dir|yim|siniz|yiz)?\b`],
      pt: [String.raw`\b(este|esta|esse|essa|estes|estas|esses|essas|isso|isto) (?!(bem|mal|muito|em|de|a|com|pronto|pronta|quebrad\w*|ainda|ja|pendente|[a-z]+(ado|ada|ados|adas|ido|ida|idos|idas|ando|endo|indo))\b)[a-z]+\b[^.!?]{0,60}\?`],
    },
  },
];
