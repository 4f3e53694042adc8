/**
 * Phrase families for reading a feedback comment, per language, written against normalise()'s output (NFKC,
 * lower case, single spaces). They are families, not example sentences: each alternative names a kind of
 * complaint ("<thing> arrived <damaged>", "<n> days later it broke") so new wording of the same idea still matches.
 *
 * Which family wins when two overlap is decided in removal.ts (masking order), not here.
 */

/** A latin-script word or phrase must not start or end inside another word ("scunthorpe", "shiitake"). */
const wordy = (alternatives: readonly string[]) => alternatives.map((a) => `(?<![\\p{L}\\p{N}])(?:${a})(?![\\p{L}\\p{N}])`);

/** Up to n filler words between the parts of an English/German/French phrase ("arrived [very badly] damaged"). */
const words = (n: number) => `(?:[^\\s.,!?;]+ ){0,${n}}`;

/** Up to n characters inside one Japanese clause (no spaces to count words by). */
const ja = (n: number) => `[^。、,.!?\\n]{0,${n}}`;

export function compile(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu');
}

// ---------------------------------------------------------------------------------------------------------------
// The seller's own service: replies, manners, what the seller sent, the listing. Never removable as a "product
// review", whatever else the comment says.
// ---------------------------------------------------------------------------------------------------------------
export const SELLER_SERVICE = compile([
  ...wordy([
    `(?:the )?(?:seller|vendor|they|he|she) (?:never|did ?n[o']t|does ?n[o']t|won'?t|would ?n[o']t|refused to|failed to) ${words(1)}(?:reply|replied|respond|responded|answer|answered|get back|got back|refund|refunded|help|helped|contact|contacted)`,
    `(?:no|zero|never got an?|never received an?|still no|without any) (?:reply|response|answer|communication)`,
    `(?:slow|late|poor|no) (?:reply|replies|response|responses|communication)`,
    `(?:took|takes|taking) ${words(2)}(?:days|ages|forever|weeks) to (?:reply|respond|answer|get back)`,
    `ignored ${words(2)}(?:messages?|e-?mails?|questions?|requests?|me)`,
    `rude|impolite|unhelpful|unprofessional|dishonest|scam|scammer|scammed|fraud`,
    `(?:bad|terrible|awful|horrible|poor|worst|lousy|shady) (?:seller|vendor|customer service|service|communication|support)`,
    `(?:seller|vendor|customer service|support) (?:is|was) ${words(1)}(?:bad|terrible|awful|horrible|poor|useless|rude|unhelpful|the worst)`,
    `(?:sent|shipped|received|got|gave me|delivered) ${words(2)}wrong (?:item|product|size|colou?r|model|one|thing|version|part|book|order)`,
    `wrong (?:item|product|model|colou?r|size) (?:was )?(?:sent|shipped|received|delivered)`,
    `(?:not|nothing) (?:as|like) (?:described|pictured|advertised|shown|the (?:picture|photo|description|listing|pictures|photos))`,
    `(?:different|differs) from (?:the )?(?:picture|photo|image|description|listing|ad)s?`,
    `misleading|false advertising|counterfeit|knock-?off|fake (?:item|product|brand|one)`,
    `(?:used|opened|second-?hand|refurbished) ${words(1)}(?:sold|sent|shipped|delivered) as new`,
    `refused (?:to )?(?:refund|return|exchange|replace)|never refunded|(?:no|still waiting for (?:a|my)?) ?refund`,
    `(?:seller|vendor|they) (?:\S+ )?cancel+ed (?:my|the|our)(?: \S+)? order|order (?:was )?cancel+ed by (?:the )?seller`,
    `(?:was|is|looked|looks|arrived|clearly|obviously) (?:already |previously |clearly )?(?:used(?! to)|worn|pre-?owned|second-?hand)`,
  ]),
  // Japanese
  `(?:返信|返事|回答|連絡|(?<![ドト])レス)(?:が|も|は)?(?:な[いくし]|無[いくし]|ありませ|来な|こな|遅[いかくす]|おそ[いかく]|取れな|とれな)`,
  `(?:遅い|おそい|遅すぎる|遅すぎの)(?:返信|返事|回答|対応|連絡)|無視(?:され|する|した|しな)`,
  `対応(?:が|は|も)?${ja(3)}(?:悪|遅|最悪|ひど|酷|雑|不誠実|いい加減|適当|不親切|不十分)`,
  `不親切|不誠実|失礼|無礼|横柄|高圧的|詐欺`,
  `態度(?:が|は)?${ja(2)}(?:悪|ひど|酷|最悪|失礼)`,
  `(?:出品者|販売者|業者|ショップ|店舗|お店|セラー)(?:の対応)?(?:は|が|も)?${ja(2)}(?:最悪|ひど|酷|信用でき|信頼でき|不誠実)`,
  `(?:最悪|ひどい|酷い|悪質)な?(?:出品者|販売者|業者|ショップ|お店|店|セラー)`,
  `(?:違う|ちがう|別の|異なる|間違った|まちがった|間違えた)(?:商品|もの|物|品物|品|色|カラー|サイズ|型番|モデル|製品|本)`,
  `(?:商品|品物|注文品|色|カラー|サイズ|型番)(?:が|を)?(?:間違|まちが)`,
  `誤(?:配送|発送|送)`,
  `(?:説明|商品説明|記載|表記|写真|画像|商品ページ|掲載)(?:文|内容)?(?:と|とは)${ja(3)}(?:違|ちが|異な)`,
  `返金${ja(4)}(?:拒|され(?:ていな|な)|くれな|もらえな|応じ(?:てくれ|てもらえ)?な)`,
  `返品${ja(4)}(?:拒|断ら|受け付けて(?:くれ|もらえ)?な|応じ(?:てくれ|てもらえ)?な)`,
  `偽物|偽造品|コピー品|パチモン|模倣品`,
  `中古${ja(4)}(?:届|送られ)|新品(?:なのに|のはずが|と書いて)|中古品?(?:のよう|みたい)|使用済み|使用感(?:が|の)?あ|誰かが使った`,
  `(?:出品者|販売者|ショップ|お店|業者)(?:に|から|が|の都合で)${ja(4)}キャンセル|勝手に(?:キャンセル|注文を取り消)|一方的に(?:キャンセル|注文を取り消)`,
  // German
  ...wordy([
    `(?:keine|nie eine?|kaum) (?:antwort|rückmeldung|reaktion)`,
    `(?:verkäufer|händler) (?:antwortet|reagiert|meldet sich) ${words(1)}nicht`,
    `unfreundlich|unhöflich|unverschämt|betrug|betrüger|fälschung`,
    `falsche[nrsm]? (?:artikel|ware|produkt|größe|farbe|modell|teil)`,
    `nicht wie (?:beschrieben|abgebildet)`,
    `rückerstattung ${words(1)}(?:verweigert|abgelehnt)`,
    `schlechter (?:service|kundenservice|verkäufer|händler)`,
  ]),
  // French
  ...wordy([
    `(?:aucune|pas de|jamais de) (?:réponse|retour|nouvelles)`,
    `(?:vendeur|vendeuse) ${words(2)}(?:ne répond|n'a pas répondu|injoignable|malhonnête|impoli|désagréable)`,
    `impolie?|désagréable|malhonnête|arnaque|contrefaçon`,
    `(?:mauvais|mauvaise|faux|fausse) (?:article|produit|taille|couleur|modèle|référence)`,
    `(?:pas|non) conforme`,
    `remboursement ${words(1)}(?:refusé|jamais)`,
  ]),
]);

// ---------------------------------------------------------------------------------------------------------------
// Delivery and packaging: whose fault depends on who fulfilled the order (Amazon for FBA, the seller for MFN).
// ---------------------------------------------------------------------------------------------------------------
const DAMAGE_EN = `late|broken|damaged|crushed|cracked|smashed|dented|opened|open|torn|ripped|wet|leaking|leaked|shattered|in pieces|scratched`;

export const DELIVERY = compile([
  ...wordy([
    `(?:arrived|arrive|showed up|delivered|got here|received it|was received) ${words(2)}(?:${DAMAGE_EN})`,
    `(?:late|slow|delayed|long|lengthy) (?:delivery|shipping|shipment|arrival|dispatch|postage)`,
    `(?:delivery|shipping|shipment|dispatch|package|parcel|postage) (?:was|is|took|came|got) ${words(2)}(?:late|slow|delayed|lost|forever|weeks|days|long|damaged|missing|crushed|wet|opened)`,
    `took ${words(3)}(?:weeks|days|forever|ages|a month|too long) to (?:arrive|come|ship|deliver|be delivered|get here|be shipped)`,
    `never (?:arrived|came|showed up|got delivered|was delivered|received (?:it|the|my|anything))`,
    `(?:did ?n[o']t|has ?n[o']t|have ?n[o']t|not yet|still not|still has ?n[o']t) (?:arrive|arrived|come|been received|been delivered|delivered|received (?:it|the|my))`,
    `not (?:delivered|received)|shipped late|late shipment`,
    `(?:received|got) (?:a |the |an |my |it )?${words(1)}(?:damaged|broken|crushed|dented|cracked|smashed|shattered)`,
    `lost in (?:the )?(?:mail|post|transit)|(?:damaged|broken|crushed|smashed) (?:in|during) (?:transit|shipping|shipment|the mail|the post|delivery)`,
    `(?:packaging|package|packing|box|parcel|envelope|wrapping|outer box) ${words(2)}(?:damaged|crushed|torn|ripped|broken|opened|open|wet|dented|poor|bad|terrible|inadequate|flimsy|insufficient|squashed)`,
    `(?:poor(?:ly)?|bad(?:ly)?|terrible|inadequate|insufficient|no|cheap|careless(?:ly)?) (?:packaging|packed|packing|wrapping|wrapped|protection)`,
    `courier|carrier|delivery (?:man|guy|person|driver|company)|usps|fedex|dhl|royal mail|tracking`,
    `left (?:it )?(?:at|on|outside|in) (?:the )?(?:door|doorstep|porch|rain|mailbox|neighbou?rs?)`,
    `wrong address|delivered to (?:the )?wrong|delivered to (?:my )?neighbou?r`,
  ]),
  // Japanese
  `(?:配送|配達|発送|到着|お届け|届く|届いた|届くの|出荷)(?:が|は|も|まで|の)?${ja(5)}(?:遅|おそ|時間がかか|かかりすぎ|かか[りっ]|長すぎ|長かった|延|日もかか|週間もかか)`,
  `発送され(?:な|ず)|届か(?:な|ず)|届いていな|届きませ|届いてな|未着|不着|遅れて(?:届|到着)|遅く(?:届|到着)`,
  `(?:梱包|包装|パッケージ|外箱|箱|段ボール|ダンボール|封筒)(?:が|は|も)?${ja(4)}(?:雑|ひど|酷|悪|簡易|不十分|潰|つぶ|破|凹|へこ|濡|ぬれ|開いて|空いて|汚|ボロボロ|ぼろぼろ)`,
  `(?:割れ|壊れ|こわれ|破損し|潰れ|つぶれ|へこん|凹ん|傷つい|濡れ|開封され)(?:て|た状態で|たまま)(?:い)?(?:届|到着|配達|き(?:まし)?た)`,
  `(?:配送|輸送|配達)中に|配達員|ドライバー|宅配(?:業者)?|運送(?:会社|業者)|ヤマト|佐川|日本郵便|置き配|追跡|紛失|配達完了`,
  `住所(?:が|を)?(?:間違|違)`,
  // German
  ...wordy([
    `(?:lieferung|versand|paket|zustellung|sendung) ${words(2)}(?:zu spät|verspätet|spät|langsam|dauerte|beschädigt|verloren|nie)`,
    `(?:zu spät|verspätet) (?:geliefert|angekommen|zugestellt)|(?:nie|nicht) (?:angekommen|geliefert|zugestellt)`,
    `(?:kaputt|beschädigt|zerbrochen|zerdrückt|nass|geöffnet) (?:angekommen|geliefert|zugestellt)`,
    `(?:verpackung|karton|paket) ${words(2)}(?:beschädigt|kaputt|schlecht|mangelhaft|unzureichend|zerdrückt|offen|geöffnet|aufgerissen|nass)`,
    `schlecht verpackt|zusteller|paketbote|hermes|dpd`,
  ]),
  // French
  ...wordy([
    `(?:livraison|colis|envoi|expédition) ${words(3)}(?:en retard|retard|tardive|lente|perdu|perdue|jamais|abîmée?|endommagée?)`,
    `(?:jamais|pas) (?:reçu|arrivé|livré)`,
    `arrivée? ${words(1)}(?:cassée?|abîmée?|endommagée?|en retard|ouvert)`,
    `(?:emballage|carton) ${words(2)}(?:abîmé|endommagé|déchiré|écrasé|insuffisant|mauvais|ouvert)`,
    `mal emballé|livreur|transporteur`,
  ]),
]);

// ---------------------------------------------------------------------------------------------------------------
// The product itself: quality, function, fit, durability, taste. Amazon removes feedback that is only this.
// ---------------------------------------------------------------------------------------------------------------
export const PRODUCT = compile([
  ...wordy([
    `(?:broke|snapped|cracked|ripped|tore|fell apart|falls apart|stopped working|quit working|stopped charging|died)`,
    `(?:does ?n[o']t|did ?n[o']t|does not|did not|won'?t|will not|would ?n[o']t|can'?t|cannot|could ?n[o']t) (?:work|fit|charge|turn on|hold|last|stick|stay|connect|pair|seal|close|function|do (?:what|the job)|fit)`,
    `(?:not|never) (?:working|worked|work properly|functional|durable|comfortable|sturdy)`,
    `defective|faulty|malfunction(?:ed|ing|s)?|dead on arrival|broken`,
    `(?:poor|bad|cheap|low|terrible|awful|horrible|inferior|lousy|flimsy) (?:quality|material|materials|build|construction|design|fit|sound|battery|performance|taste|product|item|stitching|plastic)`,
    `(?:quality|material|build|battery(?: life)?|sound|fit|sizing|taste|smell|product|item) (?:is|was|are|were) ${words(2)}(?:poor|bad|cheap|low|terrible|awful|horrible|weak|off|disappointing|useless|junk|garbage|flimsy)`,
    `cheaply made|flimsy|junk|garbage|rubbish|piece of (?:junk|garbage|crap|rubbish)|waste of money|useless|not worth ${words(1)}(?:money|price|it)|overpriced`,
    `too (?:small|big|large|tight|loose|short|long|thin|thick|heavy|weak|bright|dim|loud|noisy|hard|soft|sweet|salty)`,
    `runs? (?:small|large|big|narrow)`,
    `(?:smaller|bigger|larger|thinner|thicker|shorter|lighter|heavier|weaker|cheaper looking|flimsier) than (?:i )?(?:expected|pictured|it looks|it looked|i thought)`,
    `(?:smells?|smelled|tastes?|tasted) ${words(1)}(?:bad|awful|terrible|horrible|weird|funny|strange|like)`,
    `(?:battery|batteries) ${words(2)}(?:dies|died|drains|drained|dead|weak|short)`,
    `uncomfortable|itchy|noisy|leaks|leaked|leaking|rusted|rusty|peeling|peeled|faded|shrunk|shrank|pilling|overheats|overheated`,
    `after (?:only |just )?(?:a|one|two|three|four|few|\\d+|a few|a couple of) (?:days?|weeks?|months?|uses?|washe?s?|wears?)`,
    `(?:would not|wouldn'?t|do not|don'?t|can'?t) (?:recommend|buy) (?:this|it)`,
    `(?:hard|difficult) to (?:use|assemble|install|open|clean|read)|instructions (?:are|were) ${words(1)}(?:bad|poor|unclear|confusing|useless)`,
  ]),
  // Japanese
  `(?:すぐ|数日|一週間|1週間|一ヶ月|1ヶ月|一か月|1か月|\\d+日|\\d+週間|\\d+ヶ月|\\d+か月|\\d+回|一度|1回)(?:目)?(?:に|で|ほどで|くらいで|程で)?${ja(4)}(?:壊れ|こわれ|故障|破れ|やぶれ|切れ|剥が|はが|取れ|動かな|使えな|ダメ|だめ)`,
  `(?:壊れ|こわれ)(?:た|る|ま|や|てしま|てい)`,
  `故障|不具合|初期不良|不良品|欠陥`,
  `(?:動か|作動し|動作し|反応し|機能し|充電でき|充電され|使え|点灯し|起動し)(?:な[いく]|ません|ず)`,
  `使いにく|使いづら|使い(?:勝手|心地)が悪`,
  `(?:入ら|つか|点か|動か|使え|映ら|鳴ら|効か|充電でき|反応し)なくな|電源が${ja(2)}(?:入らな|入りませ|つかな|落ち)`,
  `(?:思った|思っていた|想像|期待(?:して(?:い)?た)?|写真|画像)(?:より|よりも)${ja(4)}(?:小さ|大き|薄|軽|重|安っぽ|悪|短|細|狭|チープ)`,
  `(?:品質|作り|造り|縫製|素材|生地|音質|画質|精度|耐久性|性能|クオリティ)(?:が|は|も)?${ja(3)}(?:悪|低|最悪|ひど|酷|雑|イマイチ|いまいち|微妙|安っぽ|チープ)`,
  `安っぽ|ちゃち|チープ|粗悪|粗末`,
  `(?:サイズ|大きさ)(?:が|は)?${ja(3)}(?:小さ|大き|合わな|あわな|きつ|ゆる)|(?:小さ|大き|きつ|ゆる|短|長|薄|重|硬|固|甘|辛)すぎ`,
  `(?:匂い|臭い|におい|ニオイ)(?:が|も)?${ja(3)}(?:きつ|強|ひど|酷|気にな|する|臭)|悪臭|異臭|臭(?:かった|すぎ)`,
  `(?:味|風味)(?:が|は)?${ja(3)}(?:悪|まず|薄|濃|変|おかし|微妙)|まず(?:い|かった)(?!は)`,
  `(?:電池|バッテリー)(?:の)?(?:持ち|もち)?(?:が|は)?${ja(3)}(?:悪|すぐ|短|もたな|持たな|切れ)`,
  `音が${ja(3)}(?:うるさ|大き|小さ|割れ|悪)|うるさ(?:い|かった|すぎ)`,
  `(?:効果|効き目)(?:が|は)?${ja(3)}(?:な[いく]|無[いく]|感じられ|薄)`,
  `期待(?:外れ|はずれ)|期待したほど|(?:値段|価格|金額)(?:の|相応|なり)?(?:割に|わりに)|買って損|お金の無駄|金の無駄|ゴミ|使い物にならな|(?:おすすめ|オススメ|お勧め)(?:しません|できません)|買わない方が`,
  `破れ|ほつれ|剥がれ|はがれ|錆|サビ|漏れ|色落ち|色あせ|毛玉`,
  // German
  ...wordy([
    `funktioniert ${words(1)}(?:nicht|kaum)|(?:geht|ging|war) ${words(2)}kaputt|defekt|mangelhaft`,
    `schlechte (?:qualität|verarbeitung)|minderwertig|billig (?:verarbeitet|gemacht)`,
    `zu (?:klein|groß|gross|eng|weit|kurz|lang)|passt ${words(1)}nicht`,
    `nach ${words(2)}(?:tag|tagen|woche|wochen|monat|monaten)|stinkt|riecht|geldverschwendung|schrott`,
  ]),
  // French
  ...wordy([
    `(?:ne fonctionne|ne marche) (?:pas|plus)|défectueu(?:x|se)|se casse|ne tient pas`,
    `(?:mauvaise|piètre|médiocre) qualité|qualité ${words(1)}(?:médiocre|mauvaise|déplorable)`,
    `cassée? (?:après|au bout)|au bout de ${words(2)}(?:jours|semaines|mois)`,
    `trop (?:petite?|grande?|serrée?|large|courte?|longue?)|camelote`,
  ]),
]);

// ---------------------------------------------------------------------------------------------------------------
// Obscene or vulgar language. Common profanity and its usual masked spellings; slurs are not spelled out here.
// ---------------------------------------------------------------------------------------------------------------
export const OBSCENE = compile([
  ...wordy([
    `f+u+c+k+\\p{L}*|f[*@#]+c?k\\p{L}*|f\\*+\\p{L}*|motherf\\p{L}*`,
    `sh[i1!*]+t+(?!ake)\\p{L}*|bull ?shit\\p{L}*`,
    `a(?:ss|\\$\\$|\\*\\*)hole\\p{L}*|dumbass|jackass|bitch\\p{L}*|bastard\\p{L}*|cunt\\p{L}*|dick ?head\\p{L}*|wank\\p{L}*|twat\\p{L}*|douche ?bag`,
    // German, French, Spanish, Italian
    `schei(?:ß|ss)e?\\p{L}*|arschloch|wichser|fick\\p{L}*|hurensohn`,
    `merde|putain|connard|connasse|salope|encul\\p{L}*`,
    `mierda|gilipollas|cabr[oó]n|puta|joder|cazzo|stronzo|vaffanculo|merda`,
  ]),
  // Japanese: abuse and vulgar words. カス and バカ are guarded against the words they start (カスタマー, バカンス).
  `死ね|氏ね|クソ|糞|ファック|馬鹿|バカ(?![ラン])|アホ|カス(?![タテトケ])|キチガイ|基地外|ガイジ|畜生|ちくしょう`,
]);

// ---------------------------------------------------------------------------------------------------------------
// Promotion: telling other buyers to go elsewhere, advertising, and links (LINKS below).
// ---------------------------------------------------------------------------------------------------------------
export const PROMOTIONAL = compile([
  ...wordy([
    `(?:buy|order|purchase|get (?:it|one)|shop) ${words(2)}(?:from|at|on) (?:another|a different|other|a better|a cheaper|my|our) (?:seller|store|shop|vendor|site|website|retailer)`,
    `(?:visit|check out|follow|subscribe to) (?:my|our) ${words(1)}(?:store|shop|channel|page|website|site|blog|instagram|youtube)`,
    `(?:use|enter) (?:the |my |our )?(?:code|coupon)|discount code|promo code|coupon code`,
    `(?:another|other) sellers? ${words(2)}(?:cheaper|better|faster)`,
    `(?:bei|von) (?:einem )?anderen (?:händler|verkäufer|shop) ${words(1)}(?:kaufen|bestellen|gekauft|bestellt)`,
    `chez un autre (?:vendeur|marchand)`,
  ]),
  `(?:他の|ほかの|別の)(?:出品者|ショップ|お店|店|業者|販売者|サイト)(?:で|から)(?:買|購入|注文)`,
  `(?:こちら|当店|私|わたし|うち)の(?:ショップ|ストア|サイト|ホームページ|チャンネル|ブログ)`,
  `(?:line|ライン|インスタ|instagram|twitter|ツイッター|youtube|ユーチューブ)(?:で|を|の)?(?:検索|フォロー|登録|追加)`,
  `クーポンコード|プロモーションコード|割引コード`,
]);

/**
 * Web links and bare domains (Amazon's own domains are not promotion: buyers name the marketplace). The start is
 * anchored to a non-domain character so a 50 KB run of letters is scanned once, not once per position.
 */
export const LINKS = compile([
  `(?:https?:\\/\\/|www\\.)[^\\s"'<>]+`,
  `(?<![\\p{L}\\p{N}@.\\-_/])(?!amazon\\.)[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|jp|co\\.jp|ne\\.jp|de|fr|it|es|co\\.uk|uk|shop|store|info|biz|io|me|ly)(?![\\p{L}\\p{N}])(?:\\/[^\\s"'<>]*)?`,
]);
