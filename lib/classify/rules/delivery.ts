/**
 * Where is my order / when will it ship or arrive / it has not come (delivery_status). Instructions about when or
 * how to deliver are not questions about where it is: those are in other.ts.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

export const deliveryRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'delivery.where-when',
    key: 'delivery_status',
    strength: 3,
    label: 'where is it / when will it come',
    phrases: {
      en: [
        String.raw`\b(where('s| is| are)?|what happened to|what'?s happened to|what has happened to) (my|the|our|this) (order|package|parcel|item|delivery|stuff|shipment|purchase|product|things?)\b`,
        String.raw`\bwhen (will|would|does|do|can|should|is|are) (?!(my|the|a) (refund|money|credit|reimbursement))(it|my|the|our|this|you|they|i|we)\b[^.!?]{0,40}\b(ship|shipped|send|sent|dispatch|dispatched|arrive|arriving|delivered|deliver|come|coming|get it|receive|here|be posted|post)\b(?! (back|(my |the |a |any )?(refund|money|credit)))`,
        // Indirect: "tell me roughly when they might be sent out", "when the second box will arrive".
        String.raw`\bwhen (roughly |approximately |exactly |about )?(it|they|this|these|my \w+|the \w+|our \w+) (will|would|might|could|can|should|may|is going to|are going to)( be)? (ship|shipped|sent|send|posted|dispatched|dispatch|delivered|deliver|arrive|arriving|come|coming|go out|leave|here|reach|receive|received)\b`,
        // Sitting at a depot: "my parcel is in the sorting facility for 6 days already".
        // Any carrier's depot by name: "sitting at the Auspost facility in Sydney for over a week"; "can you chase it up?".
        String.raw`\b(sitting|stuck|held|waiting|sat)\b (at|in) (the |a |their )?[^.!?]{0,25}\b(facility|depot|hub|warehouse|sorting (center|centre|office)|post office|distribution cent(er|re)|customs)\b[^.!?]{0,25}\b(for|since)\b|\bchase (it|this|them|the (order|parcel|package|courier|carrier|delivery)) up\b|\bchase up (the|my) (order|parcel|package|courier|carrier|delivery)\b`,
        String.raw`\b(in|at) (the )?(sorting|distribution|delivery|local|courier'?s?|carrier'?s?|customs) (facility|center|centre|hub|depot|office|warehouse|station)\b[^.!?]{0,20}\b(for|since|already)\b`,
        String.raw`\b(has|have|did) (it|my order|the order|this|they|you) (shipped|been shipped|been dispatched|been sent|dispatched|ship|send it)( yet)?\b`,
        String.raw`\b(will|would|can|could|is|are|do you think) (it|this|they|these|(my|the|our|this) (order|parcel|package|item|delivery|shipment|gift|present|\w+( \w+)?)) (still |actually |definitely |possibly )?(arrive|be delivered|get here|get to me|reach (me|us)|come|be here|be there|make it) (\w+ )?(by|before|in time|on time|until|ahead of)\b`,
        String.raw`\b(will|would|can|could) you (deliver|get) (it|them|this|my order|the order|the package)( to me)? (by|before|in time)\b`,
        // Due but not here: "it was supposed to arrive on Friday but", "was due to be delivered yesterday, still nothing".
        String.raw`\b(was|were|is|are) (supposed|due|meant|expected|scheduled|promised) to (arrive|be (here|delivered|shipped|dispatched)|come|ship|get here|reach (me|us))\b[^.!?]{0,40}\b(but|still|yet|nothing|never)\b`,
        // "which day the parcel is likely to turn up", "what date will it be delivered".
        String.raw`\b(which|what) (day|date|time|week)\b[^.!?]{0,30}\b(arrive|arrives|turn up|turns up|be delivered|get here|be dispatched|be shipped|be sent|deliver|come)\b|\blikely to (arrive|turn up|be delivered|get here|ship|be dispatched)\b`,
        String.raw`\b(been |am |still |keep )?waiting (for|on) (my|the|our|this) (order|package|parcel|delivery|item|shipment|purchase|goods|stuff)\b`,
        String.raw`\b(delivery date|(delivery|arrival|shipping|dispatch) (estimate|window) (jumped|moved|changed|slipped|went|keeps|is now|now says|got pushed|was pushed|pushed)|(ship|shipping|shipment|dispatch|despatch|posting) date|estimated (delivery|arrival|ship\w*|dispatch)|expected (delivery|arrival|ship date)|eta)\b(?<!\b(che|quale|questa|quella|sua|mia|tua|di|dell'|all'|l'|la|una|mi|de|cada|qualsiasi|ogni) eta)`,
        // "any update on my order?", "the shipping status of order …".
        String.raw`\b(update|updates|news|status|location|whereabouts|progress) (on|about|regarding|for|of) (my|the|our|this) (order|package|parcel|delivery|shipment|purchase|consignment|goods)\b`,
        // The product named instead of the order: "any news on the dog bed?" (not the refund, the price or a restock).
        String.raw`\bany (news|updates?|word)\b (on|about|regarding|with|for) (my|the|our|this|that) (?!(refund|money|price|invoice|receipt|return|restock|credit|discount|coupon)\b)[^.!?]{1,30}\?`,
        // A failed delivery sent back or to be tried again: "now it is showing RTO. Kindly arrange re-delivery".
        String.raw`\b(arrange|schedule|request|book|organi[sz]e|need|want|get|try) (a |the |for |another )?re-?deliver(y|ed)?\b|\b(showing|shows|marked|status( is)?|says) (as )?rto\b`,
        // Doubt that it comes at all: "Is it actually coming?", "starting to think it's not coming".
        String.raw`\bis (it|this|my order|the order|the parcel|the package|my parcel|my package) (actually |really |ever |even |still )+(coming|going to (come|arrive|turn up|show up))\b|\b(it'?s|it is|they'?re|they are|its) (not|never) (coming|going to (come|arrive|turn up|show up))\b`,
        // One-liners: "shipped yet?", "dispatched yet?".
        String.raw`\b(shipped|dispatched|shipping|posted) yet\b`,
        // An order number or product name between: "may I know if my order 503-… has been sent out?".
        String.raw`\b(if|whether) (my|the|our) (order|package|parcel|item|shipment|purchase)\b[^.!?]{0,40}\b(has|have|is|was|got)( already)? (been )?(sent( out| off)?|shipped|dispatched|posted|handed (over )?to the (courier|carrier))\b`,
        String.raw`\b(shipping|delivery|shipment|order|dispatch|tracking) status\b`,
        String.raw`\b(order|package|parcel|shipment|delivery|item) (is |seems |seem |has been |appears |looks |got |is showing |shows |showing |is marked |marked )?(as |to be )?(stuck|held up|lost|delayed)\b`,
        // "confirm if it will come before Diwali", "whether they'll arrive by the 20th".
        String.raw`\b(if|whether|confirm( that)?|assure (me|us)( that)?|guarantee( that)?|promise( me)?( that)?) (it|they|(my|the|our) \w+( \w+)?|this|these) ?(will|would|can|could|is going to|are going to|'ll) (still )?(arrive|be delivered|get here|come|reach (me|us)|be here|make it)\b[^.!?]{0,25}\b(by|before|in time|on time|until)\b`,
        String.raw`\b(stuck|held up) (in|at) (customs|transit|the (depot|warehouse|hub|sorting))`,
        // What the order page or app says now: "amazon said arriving tuesday and now it says delayed".
        String.raw`\b(it|this|they|tracking|status|amazon|app|page|website)( now| still| just)? (says|said|shows|showed|is showing|showing) (as |it'?s |it is |that it'?s |that it is )?(delayed|running late|stuck|lost|undeliverable)\b`,
        String.raw`\bordered\b[^.!?]{0,30}\b(nothing|still nothing)( has (come|arrived))? (yet|so far)\b`,
        // "has my parcel left yet?", "did you ship it?", "is it on its way?"
        String.raw`\b(has|have|did|is|are) (it|they|you|my \w+|the (order|package|parcel|item|shipment|\w+)|this|our \w+) (already |even )?(shipped|been shipped|been dispatched|been sent|been posted|dispatched|left|gone out|ship|send it|posted|on (its|the|their) way)( yet)?\b`,
        // "still showing 'preparing for dispatch'", "stuck on label created".
        String.raw`\b(still|only) (says|shows|showing|saying|shown as|listed as|stuck (on|at|in))\b[^.!?]{0,10}\b(preparing|processing|pending|not (yet )?(shipped|dispatched)|label created|in transit|awaiting|unshipped|(dispatching|shipping|ships|dispatches|posting) soon|order (placed|received))`,
        // Non-native word order: "update me when I will get it", "still it is showing in transit only".
        String.raw`\bwhen (i|we) (will|would|can|shall|should|am going to|are going to) (get|receive) (it|them|this|these|(my|the|our) (?!refund|money|credit|reimbursement|invoice|receipt|bill)\w+)\b(?! back)`,
        // The date that keeps moving: "the app has said 'arriving tomorrow' three days in a row".
        String.raw`\b(arriving|arrival|delivery|out for delivery|coming|arrives) (tomorrow|today)\b[^.!?]{0,25}\b(in a row|days now|days running|every day|each day|since \w+day|for (\w+|\d+) days)\b`,
        String.raw`\bstill (it |its |it's |it is |the status |status |order |my order )?(is )?(says|shows|showing|saying|stuck (on|at|in))\b[^.!?]{0,10}\b(in transit|preparing|processing|pending|not (yet )?(shipped|dispatched)|label created|awaiting|unshipped)`,
        // "Any idea where it is?", "no scans since Tuesday".
        String.raw`\b(any idea|no idea|(can|could) you (check|tell me|find out|see|help me (find|figure|work) out|help me find)|(help me|trying to|need to) (find|figure|work) out|let me know|not sure) where (it|they|my \w+|the \w+|this|our \w+) (is|are|has gone|went|ended up|might be|could be)\b|\bno (new )?(scans?|tracking (updates?|scans?)|movement|updates?) (since|for (\d+|two|three|four|five|six|several|a few) days|in (\d+|two|three|four|five|six|several|a few) days)\b`,
        // "let me know when it ships", "wondering when my order arrives".
        String.raw`\b(tell|let|inform|notify|update|email|message|text) (me|us)( know)? when (it|my \w+|the \w+|they|this|you)\b[^.!?]{0,15}\b(ships?|shipped|arrives?|dispatch\w*|is sent|goes out|will (ship|arrive|be)|send)\b`,
        String.raw`\b(know|wondering|wonder|curious|asking) when (it|my \w+|the \w+|they|this|you)\b[^.!?]{0,15}\b(ships?|shipped|arrives?|dispatch\w*|is sent|goes out|will (ship|arrive|be)|send)\b`,
        // Not out yet, sent back, or missing at the counter: "is it out of the warehouse yet?" (not "if it hasn't left
        // the warehouse yet, don't send it": a cancellation), "where is it now?",
        // "tracking says return to sender", "the locker says there is no package for my code".
        String.raw`\b((left|out of|leave|gone out of) (the |your |their |its )?(warehouse|depot|fulfil+ment cent(er|re)|distribution cent(er|re))\b[^.!?]{0,25}\b(yet|already)(?<!\b(if|unless|in case|as long as)\b[^.!?]{0,60})|where (is|are) (it|they) (now|right now|at the moment|currently)|return(ed|ing)? to (the )?sender|(sent|going|being sent|heading|goes|went|on (its|the) way) back to (the )?(sender|shipper)|(locker|pickup point|pick-up point|collection point|parcel shop|access point|post office counter)\b[^.!?]{0,40}\b(no (package|parcel|order)|nothing (for|under)|(can'?t|cannot|couldn'?t|could not) find (it|my|the|any)|(doesn'?t|does not|didn'?t|did not) have (it|my|the|any|a)))\b`,
      ],
      ja: [
        String.raw`いつ(頃|ごろ|くらい|ぐらい)?(に)?(届|とど|到着|発送|出荷|配達|配送|着き|着く|来|入荷して発送|送って|送られ|出して)`,
        // 「船便になるならだいたい何日くらいかかりますか？もう注文済みです」.
        String.raw`(だいたい|大体|あと|おおよそ|およそ)何日(くらい|ぐらい|ほど|程度)?(で(届|着)|かかり|かかる)`,
        String.raw`(発送|出荷|配送|配達|到着|お届け|納品)(は|が|日は|日が|予定日?は|予定日?が|予定は)?(いつ|何日)`,
        // Business buyers: 「納期のご回答をいただけますでしょうか」「納品予定日を教えてください」.
        String.raw`(納期|納品予定|納品日)日?(の|を|について|は|が)?(ご?回答|ご?連絡|ご教示|ご教授|ご提示|教え|確認|知りたい|いつ|目安|わかり|分かり|お知らせ)`,
        String.raw`(までに|中に|前に)(届|到着し|着き)(ますか|きますか|ますでしょうか|く\?|く(か|の))`,
        // Not the state it comes in: 「賞味期限ってどのくらい残ってるものが届きますか」.
        String.raw`(届|とど)き(?<!(もの|状態|まま|ロット|期限の|のもの)(が|は|で)?(届|とど)き)(ます|ますでしょう)か`,
        // Not a confirmation: 「配送状況確認できました！明日届くみたいなので大丈夫です」.
        String.raw`(配送|発送|配達|出荷|はいそう|はっそう|はいたつ|しゅっか)(状況|じょうきょう)(?!(を|が|は|も)?(確認|把握)(でき|いたし|し)まし)`,
        // 「お届け予定日を過ぎてる」「まだ手元にありません」.
        String.raw`(予定日|到着予定|お届け予定|配達予定|お届け日)(日)?(を|が|は|も)?(とっくに|既に|すでに|もう)?(過ぎ|すぎ)`,
        String.raw`(手元|てもと)に(まだ|未だ)?(届いて|来て|ありませ|ない|なく|無い)`,
        // Tracking that does not move: 「ずっと輸送中のまま」「追跡が更新されない」.
        String.raw`(輸送中|配送中|発送準備中|出荷準備中|配達中|準備中|荷物受付|集荷済み?|受付済み?)[」』"'）)]?(の|に|と)?(まま|から(動か|進ま|変わら|変わって(い|お)?(ない|ません|りません)|更新され))`,
        // 「発送日が決まったら教えてほしい」: asked ahead of shipping.
        String.raw`(発送|出荷|配送|お届け|納品|到着)(日|予定日?|時期|日程)(が)?(決まっ|決まり|わかっ|分かっ|確定し)[^。]{0,8}(教え|連絡|知らせ|お知らせ|ご連絡)`,
        // 「置き配にしたと表示されているのに、玄関にも見当たりません」「どこに置かれたのか」.
        String.raw`(置き配|配達完了|配達済み?|お届け済み?|投函済み?)[^。]{0,25}(のに|けど|けれど|が)[^。]{0,40}(見当たら|見当たり|見つから|見つかり|ありませ|無い|届いてい|(荷物|商品|何|なにも|何も|どこにも|箱)(が|は|も)?(ない|なかった)|受け取って(い|お)?(ない|ません))|どこに(置かれ|置い|配達され|届けられ|投函され)`,
        String.raw`(追跡|ステータス|配送状況|追跡情報)(が|は)?[^。]{0,10}(更新され|変わら|動か|進ま)(ない|ず|ません)`,
        String.raw`(もう|すでに|既に)?(発送|出荷|配送|発送手配)(され|し)(まし)?た(か|でしょうか|\?)`,
        // Asked with a giving verb: 「荷物はもう送っていただけたのでしょうか」「もう出してくれましたか」.
        String.raw`(もう|すでに|既に)(お?送って|送られて|発送して|出荷して|出して|お送り)(いただけ|頂け|もらえ|くれ|下さい|くださいまし)(まし)?た(の)?(でしょう|です)?(か|\?)`,
        // A redelivery the buyer cannot arrange: 「再配達の電話つながらない」「再配達を依頼したのに来ない」.
        String.raw`再配達(の|を|が|は)?[^。]{0,15}(できな|できま|つながら|繋がら|方法|どう|依頼|お願い|手配|されな|来な|こな)`,
        String.raw`(荷物|にもつ|商品|注文|小包|パッケージ)(は|が|って)?(今|いま)?(どこ|何処)`,
        // 「もう倉庫から出ましたか」「今どのへんにありますか」「差出人に返送中」「コンビニで荷物が見つからないと言われた」.
        String.raw`(倉庫|物流センター|配送センター|営業所|拠点)(から|を)(もう|すでに)?(出|発送され|出荷され|出発し)(まし)?た(か|でしょうか|の\?|\?)|(今|いま)(どこ|どの(へん|辺|あたり))(に|まで|を)?(あり|来て|きて|いる|い|ある)|(差出人|送り主|発送元|出品者|ご?依頼主)(に|へ|まで)?(返送|返却|戻|持ち?戻)|(コンビニ|ロッカー|受取(場所|スポット|店舗)|郵便局|営業所|店員)[^。]{0,30}(荷物|小包|パッケージ)[^。]{0,6}(見つから|ない|ありませ)`,
        String.raw`(お届け|到着|配達|発送|出荷|配送|納品)(の|のご|の ご)?予定日?(を|が|について|は)?(ご教示|ご教授|ご提示|教え|知り|確認|わか|分か|知らせ|お知らせ)`,
      ],
      de: [
        // "wo ist es denn jetzt?", "geht an den Absender zurück", "die Packstation sagt, es gibt kein Paket für mich".
        String.raw`\b(wo (ist|bleibt|steckt) (es|er|sie) (denn|jetzt|nun|gerade|eigentlich|dann)|(geht|ging|gehen|wird|wurde|ist|sei|war|soll)\b[^.!?]{0,30}\b(an|zum) (den )?(absender|versender) (zuruck|retour)|zuruck (an|zum) (den )?(absender|versender)|(packstation|paketshop|postfiliale|filiale|abholstation|paketstation|paketbox)\b[^.!?]{0,40}\b(kein(e|en)? (paket|sendung|packchen)|nicht (finden|auffindbar)))\b`,
        String.raw`\bwo (ist|bleibt) (meine|mein|die|das|unsere)\b(?! (geld|erstattung|ruckerstattung|gutschrift|betrag|ruckzahlung|rechnung)\b)`,
        // Asked indirectly: "nachfragen, wo das Paket ist", "wissen, wo meine Bestellung abgeblieben ist".
        String.raw`\bwo (das|mein|meine|die|unser|unsere) (paket|packchen|sendung|bestellung|lieferung|ware) (ist|bleibt|steckt|sich befindet|abgeblieben|hangt|gerade ist)\b`,
        String.raw`\b(nachschauen|nachsehen|prufen|herausfinden|sagen|wissen|klaren|nachfragen),? wo (es|er|sie|das|die sendung|das paket|das packchen|die bestellung) (genau |gerade |jetzt |denn |eigentlich )?(ist|liegt|bleibt|steckt|sich befindet|abgeblieben ist|hangt|gelandet ist)\b`,
        // "steht seit fünf Tagen auf „In Zustellung“", "die Sendungsverfolgung bewegt sich seit Montag nicht".
        String.raw`\b(steht|stand|stehen|hangt|bleibt|ist)\b[^.!?]{0,25}\b(auf|bei) \W{0,2}(in zustellung|in bearbeitung|in vorbereitung|versandbereit|versand vorbereitet|wird vorbereitet|unterwegs|in transit|angekundigt|elektronisch angekundigt|noch nicht versandt|nicht versandt)\b`,
        String.raw`\b(sendung|paket|packchen|status|tracking|sendungsverfolgung|bestellung|lieferung|zustellung)\b[^.!?]{0,60}\b(tut|bewegt|andert|passiert|rührt|ruhrt) sich (seit \w+ \w+ )?(gar |absolut |immer noch )?(nichts|nix|nicht(s)? mehr|nicht)\b`,
        // Asked with a split verb: "wann schickst du das Paket los?", "wann versendet ihr?".
        String.raw`\bwann (schickst|schickt|schicken|sendest|sendet|senden|verschickst|verschickt|verschicken|versendest|versendet|versenden|liefert|liefern|lieferst)\b`,
        String.raw`\b(steht|stand|zeigt|heisst)\b[^.!?]{0,25}\b(immer noch|noch immer|seit \w+ \w+|weiterhin)\b\W{0,3}(noch nicht versandt|nicht versandt|in vorbereitung|in bearbeitung|versandbereit|in zustellung)`,
        String.raw`\bwann\b[^.!?]{0,50}\b(versand|versandt|versendet|verschickt|abgeschickt|rausgeschickt|geliefert|ausgeliefert|zugestellt|ankommen|ankommt|eintreffen|eintrifft|kommt|da|losgeschickt|rausgeht|unterwegs|bekomme|erhalte)\b(?! (ich )?((mein|meine|das|den|die|eine|mein) )?(geld|erstattung|ruckerstattung|gutschrift|betrag))`,
        String.raw`\b(liefertermin|lieferdatum|voraussichtliche lieferung)\b`,
        // Left at a branch the card does not name: "das Paket sei in einer Filiale, aber es steht nicht drauf welche".
        String.raw`\b(welche|welcher|welchem|welches|in welche) (filiale|paketshop|packstation|postfiliale|poststelle|abholstation|postagentur|shop)\b|\b(filiale|paketshop|packstation|postfiliale|poststelle|postagentur)\b[^.!?]{0,50}\bnicht\b[^.!?]{0,15}\b(welche|welcher|welches|wo)\b`,
        // "seit Tagen steht bei Hermes nur …", "wann geht's denn weiter?".
        String.raw`\bseit (tagen|wochen|\w+ tagen|\w+ wochen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|vorgestern)\b[^.!?]{0,10}\b(steht|stand|zeigt|heisst)\b|\b(an sie|an den (absender|verkaufer|handler)|zum absender|an den versender)\b[^.!?]{0,15}\b(zuruckgegangen|zuruckgeschickt|zuruckgesandt|zuruckgesendet|retourniert)\b|\bwann geht'?s\b[^.!?]{0,15}\b(weiter|los|raus)\b`,
        String.raw`\b(sollte|sollten|hatte|hatten|war)\b[^.!?]{0,30}\b(ankommen|kommen|geliefert werden|zugestellt werden|da sein|eintreffen|angekundigt)\b[^.!?]{0,40}\b(aber|doch|jedoch|noch immer|immer noch|bis heute|nichts)\b`,
        // "ich warte seit über einer Woche auf meine Bestellung"; "ob es überhaupt verschickt wurde".
        String.raw`\bwarte\w* (schon |bereits |noch |immer noch |nun |jetzt )*(seit [^.!?]{0,25} )?auf (meine|mein|die|das|den|unsere|unser|eine) (bestellung|paket|packchen|lieferung|sendung|ware|artikel)\b`,
        // "ob die Matratze noch vor Weihnachten geliefert wird", "ob es rechtzeitig ankommt".
        String.raw`\bob\b[^.!?]{0,40}\b(geliefert|zugestellt|versandt|verschickt|versendet) (wird|werden|werden kann|werden konnte|wurde)\b|\bob\b[^.!?]{0,40}\b(rechtzeitig|noch vor|bis (zum|zur|spatestens)|vor (weihnachten|ostern|dem|der|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\b[^.!?]{0,30}\b(ankommt|ankommen|eintrifft|da ist|kommt|geliefert|zugestellt)\b`,
        String.raw`\bob\b[^.!?]{0,30}\b(verschickt|versandt|versendet|abgeschickt|rausgeschickt|losgeschickt|unterwegs|zugestellt|ubergeben) (wurde|wurden|ist|sind|worden|hat|haben)\b`,
        // Stuck on the way: "liegt mein Paket seit einer Woche im Verteilzentrum", "hängt beim Zoll fest".
        String.raw`\b(paket|packchen|sendung|bestellung|lieferung)\b[^.!?]{0,30}\b(liegt|liegen|hangt|hangen|steckt|stecken|steht)\b[^.!?]{0,40}\b(fest|seit (tagen|wochen|einer woche|\w+ (tagen|wochen))|im (verteil|paket|zoll|logistik|sortier|versand)\w*|beim zoll|im zoll|im depot|im lager)\b`,
        String.raw`\b(liegt|liegen|hangt|hangen|steckt|stecken)\b[^.!?]{0,15}\b(paket|packchen|sendung|bestellung|lieferung)\b[^.!?]{0,40}\b(fest|seit (tagen|wochen|einer woche|\w+ (tagen|wochen))|im (verteil|paket|zoll|logistik|sortier|versand)\w*|beim zoll|im zoll|im depot|im lager)\b`,
        // "ist meine Bestellung schon unterwegs?", "haben Sie es bereits verschickt?" (asked, not told).
        String.raw`\b(ist|sind|wurde|wurden|haben sie|habt ihr|hast du)\b (meine|mein|die|das|der|unsere|sie|es|er|ihr)\b[^.!?]{0,30}\b(schon|bereits|inzwischen|mittlerweile)\b (unterwegs|versandt|verschickt|versendet|raus|abgeschickt|losgeschickt|auf dem weg)`,
      ],
      fr: [
        String.raw`\bou (est|en est) (ma|mon|le|la) (commande|colis|paquet|livraison)`,
        // "est-elle déjà partie ?", "où est-il ?" (not where it is made), "retour à l'expéditeur", "le relais n'a pas mon colis".
        String.raw`\b((est|sont)-(il|elle|ils|elles) (deja|bien) (parti|partie|partis|parties|sorti|sortie|en route|en chemin)|ou (est|sont)-(il|elle|ils|elles)\b(?! (fabrique|produit|fait|conditionne|vendu)\w*)( (donc|maintenant|actuellement|passee?s?))? ?\?|retour(ne|nee)? (a l'|a |vers l')?expediteur|(relais|consigne|casier|locker|bureau de poste)\b[^.!?]{0,40}\b(n'a pas (mon|le|de) colis|pas de colis|aucun colis|ne (le|la) trouve pas))`,
        // Asked after the parcel is named: "toujours pas le colis, il est où ?", "il est passé où mon colis ?".
        String.raw`\b(colis|commande|paquet|livraison)\b[^.!?]{0,40}\b(il|elle) est (passee? )?ou\b|\b(il|elle) est (passee? )?ou (mon|ma|le|la) (colis|commande|paquet|livraison)\b|\btoujours pas (mon|ma|le|la|mes|les|de) (colis|commande|paquet|livraison)\b|\b(savez|sauriez)(-vous| vous) ou (il|elle|le colis|ma commande|mon colis) (est|se trouve)\b`,
        // Held at a counter the buyer was never told of: "indiqué « en attente de retrait »", "dans quel bureau il se trouve".
        String.raw`\b(en attente de retrait|mise? en instance|en instance (de distribution|au bureau|en point)|(ou|dans quel (bureau|point relais|relais|point retrait|depot|agence|entrepot)) (il|elle|le colis|le paquet|ma commande|mon colis|mon paquet) (se trouve|est|a ete depose))\b`,
        String.raw`\b(quand|qd)\b[^.!?]{0,50}\b(arriver|arrivera|expedie|expediee|livre|livree|livraison|recevoir|envoye|envoyee|expedition|expediez|envoyez|livrez|repasser|repassera|repasse|relivrer|relivre)(?!\w* (le |mon |un |du |mes )?(remboursement|argent|avoir))`,
        String.raw`\bdate de livraison\b`,
        // "ça fait 3 semaines que j'ai commandé … Est-ce que c'est parti?", "il est bien parti ?".
        String.raw`\b(est-ce que|est ce que) (c'est|ca est|il est|elle est|le colis est|ma commande est|la commande est) (bien |deja )?(parti|partie|expedie|expediee|envoye|envoyee|en route)\b|\b(c'est|il est|elle est) (bien |deja )?(parti|partie) ?\?`,
        // Left at a pick-up point the buyer cannot name: "déposé dans un point Poste mais je ne sais pas lequel".
        String.raw`\b(point poste|point relais|bureau de poste|point retrait|point de retrait|relais|consigne|casier|locker|agence)\b[^.!?]{0,50}\b(lequel|laquelle|ne sais pas (ou|quel|quelle)|quel (point|bureau|relais)|aucune idee (ou|duquel))\b`,
        String.raw`\b(colis|commande|paquet|envoi)\b[^.!?]{0,15}\b(soit|est|reste|est reste|serait) (toujours|encore)\b[^.!?]{0,30}\bdepuis\b`,
        // "toujours rien dans ma boîte", "au relais ils ne le trouvent pas".
        String.raw`\b(toujours|encore) rien (recu |eu )?(dans|a) (ma|la|notre) (boite|bal)\b|\b(au relais|au point relais|au bureau de poste|a la poste|au guichet|au casier|au locker|le relais|le commercant|le buraliste)\b[^.!?]{0,20}\b(ne (le|la|les) (trouve|trouvent|retrouve|retrouvent) pas|ne (l'ont|l'a) pas|n'(ont|a) (rien|pas (le|mon) colis))`,
        // "notée « expédiée » depuis le 2 mais Colissimo ne la connaît pas".
        String.raw`\b(expediee?s?|envoyee?s?|en transit|en cours de livraison|en preparation)\W{0,2} depuis (le \d+|\w+ jours|une semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b|\b(colissimo|la poste|chronopost|mondial relay|dpd|gls|ups|transporteur|livreur)\b[^.!?]{0,15}\b(ne (le|la|les) (connait|trouve|retrouve) pas|n'en a aucune trace|n'a aucune trace)\b`,
        // "ça fait deux semaines que j'attends ma commande", "aucune trace du colis", "le livreur a marqué « destinataire absent »".
        String.raw`\b(j'attends|j'attend|nous attendons|on attend)\b (toujours |encore |depuis \w+ \w+ )?(ma|mon|la|le|notre|nos|mes) (commande|colis|paquet|livraison|article)s?\b|\b(aucune|pas de|plus de|sans) (trace|nouvelles?) (du|de mon|de ma|de la|de notre|de mes) (colis|commande|paquet|envoi|livraison)s?\b|\bdestinataire absent\b`,
        // The tracking stuck on one step: "le suivi indique « en cours d'acheminement » depuis six jours".
        String.raw`\b(en cours d'acheminement|en transit|en cours de (livraison|preparation|traitement)|en attente d'expedition|en preparation|pris en charge)\W{0,4} (depuis|toujours)\b|\b(toujours|encore|reste|bloquee?) \W{0,3}(en cours d'acheminement|en transit|en preparation)\b`,
        // The date given is past: "livraison prévue le 9 … nous sommes le 14".
        String.raw`\b(livraison|arrivee|expedition) (prevue|estimee|annoncee)\b[^!?\n]{0,30}\b(mais|toujours|rien|aujourd'hui|nous sommes|depassee|passee)\b`,
        // Due but not here: "ma commande devait arriver entre le 10 et le 12 mais je n'ai toujours rien".
        String.raw`\b(devait|devaient|aurait du|auraient du|etait prevue?s? pour|doit|doivent)\b[^.!?]{0,15}\b(arriver|etre livree?s?|etre la|etre expediee?s?|partir)\b[^.!?]{0,40}\b(mais|toujours|rien|pas|jamais)\b`,
        String.raw`\b(sera|serait|seront|va etre|pourra etre) (livre|livree|livres|livrees|expedie|expediee|la|arrive|arrivee|chez moi)\b[^.!?]{0,25}\b(a temps|avant|d'ici|pour (le|la|noel|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi))\b|\b(arrivera|arriveront|arriverait|recevrai|recevrais|recevrons)(-t-(il|elle)|-t-on)?\b[^.!?]{0,25}\b(a temps|avant|d'ici|pour (le|la|noel|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi))\b`,
        String.raw`\b(avez-vous|avez vous|a-t-elle|a-t-il|est-elle|est-il|est-ce que vous avez)\b (deja |bien )?(ete )?(expedie|envoye|poste)`,
        String.raw`\b(commande|colis|paquet|livraison|envoi)\b[^.!?]{0,20}\b(bloque|bloquee|perdu|perdue|coince|coincee|egare|egaree)\b`,
        String.raw`\b(pas|aucune) (de )?nouvelles? (de|du|sur|concernant) (ma|mon|la|le) (commande|colis|paquet|livraison)`,
        // "Pouvez-vous me confirmer que le colis est bien parti ?", "aucune information sur l'expédition".
        String.raw`\b(confirmer|dire|savoir|indiquer|verifier) (que|si) (le colis|la commande|mon colis|ma commande|le paquet|l'envoi|il|elle) (est|a ete|a|sera) (bien |deja )?(parti|partie|expedie|expediee|envoye|envoyee|en route|en chemin|poste|postee)\b|\b(aucune|pas d'|pas de|aucun) (information|info|nouvelle|suivi|mail|e-mail|message)s? (sur|concernant|de|pour) (l'expedition|la livraison|l'envoi|ma commande|mon colis)\b`,
        // Tracking that does not move: "en cours de livraison depuis 5 jours", "le suivi ne bouge plus".
        String.raw`\b(en cours de (livraison|acheminement)|en transit|en preparation|en attente d'expedition|en attente de prise en charge|pris en charge|en attente)\b[^.!?]{0,15}\bdepuis\b|\b(suivi|colis|commande)\b[^.!?]{0,20}\b(ne bouge (plus|pas)|n'a pas bouge|pas bouge|n'avance (plus|pas))\b`,
      ],
      it: [
        String.raw`\bdov'?e (il mio|l'|la mia|il) ?(ordine|pacco|spedizione|articolo)`,
        // "è già partito dal magazzino?", "torna al mittente", "dov'è adesso?", "il locker dice che non c'è nessun pacco".
        String.raw`\b(gia (partit[oaie]|uscit[oaie])|(partit[oaie]|uscit[oaie]) (dal|dai|dalla) (magazzino|deposito|centro)|(torna|tornat[oa]|tornera|rimandat[oa]|rispedit[oa]|restituit[oa]|ritorna\w*|in restituzione|in ritorno) al mittente|dov'?e (adesso|ora|finit[oa]|andat[oa])|(locker|punto di ritiro|punto ritiro|fermopoint|ufficio postale|tabaccheria|punto poste)\b[^.!?]{0,40}\b(nessun pacco|non (c'e|trova\w*|risulta|hanno)))\b`,
        String.raw`\bquando\b[^.!?]{0,50}\b(arriva|arrivera|spedit\w*|consegnat\w*|ricevero|partira|inviat\w*|ripassa|ripassera|ripasserete|riprova|riprovera|ritentera|riconsegn\w*|tornera a (passare|consegnare))(?!\w* (il |i |un |mio |l'|lo )?(rimborso|soldi|denaro|accredito|importo))`,
        String.raw`\bdata di consegna\b`,
        String.raw`\b(riesce|riescono|riuscira|riusciranno|riuscirebbe|fa in tempo|fanno in tempo|fara in tempo) (ad |a )?(arrivare|essere consegnat\w*|essere spedit\w*|partire)\b`,
        String.raw`\b(pacco|ordine|spedizione|collo)\b[^.!?]{0,15}\bdove (sta|si trova|e finit\w*|e andat\w*)\b|\b(ancora|sempre) (scritto|indicato|segnato)\b\W{0,3}(spedizione |ordine )?(in preparazione|in lavorazione|in transito|in attesa|non (ancora )?spedit\w*)`,
        // The date given is past: "consegna prevista il 9. Oggi è il 14 e …".
        String.raw`\b(consegna|arrivo|spedizione) (prevista|previsto|stimata|stimato|indicata|indicato)\b[^!?\n]{0,30}\b(ma|ancora|niente|nulla|oggi|siamo al|superat\w*|passat\w*)\b`,
        String.raw`\b(doveva|dovevano|sarebbe dovut[oa]|avrebbe dovuto|era prevista)\b[^.!?]{0,15}\b(arrivare|essere consegnat\w*|essere spedit\w*|partire|la consegna)\b[^.!?]{0,40}\b(ma|ancora|niente|nulla|nessun\w*)\b`,
        // "risulta spedito da sabato", "segna in transito da cinque giorni".
        String.raw`\b(risulta|risultano|segna|indica|dice|e|sono)\b \W{0,2}(ancora )?\W{0,2}(spedit\w*|in transito|in consegna|in lavorazione|in preparazione|partit\w*|in giacenza)\W{0,2} da (\w+ )?(giorni|settimane|una settimana|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|ieri|\d+)\b`,
        String.raw`\b(arrivera|arriveranno|arriverebbe|sara consegnat\w*|verra consegnat\w*|ricevero|riceverei|consegnerete)\b[^.!?]{0,20}\b(entro|prima d\w*|in tempo|per (sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|natale|il \d+))\b`,
        // "sapete dirmi se è già partito?", "mi dite se sono stati spediti?".
        String.raw`\bse (e|sia|sono|siano) (gia |ancora |stat[oaie] )*(partit|spedit|in viaggio|in consegna|affidat)\w*`,
        // A new delivery attempt asked for: "come faccio a farmi riconsegnare il pacco?".
        // "non è mai passato nessuno" (the courier never came by).
        String.raw`\bnon (e|sono) (mai |ancora )?passat\w* nessuno\b|\bnessuno (e |sono )?(mai )?passat\w*\b`,
        String.raw`\b(farmi|farci|farlo|farla|potete|possono|puo) riconsegnare\b|\briconsegn\w* (del |il |lo |la |dell'|l')?(pacco|collo|ordine|spedizione)\b`,
        String.raw`\b(a che punto (e|sono|siamo)|(stato|situazione) (della|del|dell') ?(spedizione|ordine|pacco|consegna))\b`,
        String.raw`\b((in|di|della|per) giacenza|(pacco|ordine|spedizione|collo)\b[^.!?]{0,25}\b(fermo|ferma|bloccat[oa]|smarrit[oa]|pers[oa]))\b`,
      ],
      es: [
        String.raw`\bdonde (esta|estan|anda|queda) (mi|el|mis|la) (pedido|paquete|compra|envio|orden)`,
        // "¿en qué estado está mi pedido?", "el estatus de mi orden", "¿qué pasó con mi paquete?".
        String.raw`\b(estado|estatus|situacion|seguimiento) (de|del) (mi |el |la |mis )?(pedido|orden|paquete|envio|compra)\b`,
        String.raw`\ben que (estado|estatus|situacion|punto) (esta|se encuentra|va|anda) (mi|el|la)\b`,
        String.raw`\b(como va|que pasa con|que paso con|que onda con) (mi|el|la) (pedido|orden|paquete|envio)\b`,
        String.raw`\b(sabeis|saben|sabes|sabe|hay) (algo|noticias|novedades) (de|del|sobre) (mi|el|la) (pedido|paquete|envio|orden|compra)\b|\b(lleva|llevan) (\w+ )?(dias|semanas|una semana) sin (moverse|llegar|actualizarse|salir|avanzar)\b`,
        String.raw`\bcuando\b[^.!?]{0,50}\b(llega|llegara|llegaria|envian|enviaran|enviado|sale|saldra|recibire|entregan|entregaran)(?!\w* (el |mi |un |los |la )?(reembolso|dinero|devolucion|abono|importe))`,
        String.raw`\bfecha de entrega\b`,
        // The date given is past: "entrega prevista para el 9 … hoy es 14".
        String.raw`\b(entrega|llegada) (prevista|estimada|programada|indicada)\b[^!?\n]{0,30}\b(pero|todavia|aun|nada|hoy|ya paso|ya pasaron)\b`,
        String.raw`\b(tenia|tenian|debia|debian|deberia|deberian|iba|iban) (que |a |de )?(llegar|haber llegado|ser entregad\w*|salir|estar aqui)\b[^.!?]{0,40}\b(pero|todavia|aun|nada|ni rastro|sigue|sigo)\b`,
        String.raw`\bcuando\b[^.!?]{0,30}\b(volver a intentar|lo (van|vais) a (entregar|traer|mandar|enviar)|intentaran|vuelven a (pasar|intentar))\b`,
        String.raw`\b(si|cuando) (el|mi|la|los|las) (pedido|paquete|envio|orden|compra|producto)s?( (de|del|con) [^.!?]{1,30}?)? (llegara|llegaria|llega|llegaran|estara|saldra|sale|saldran|se enviara|se envia)\b|\b(llegara|llegaria|llegaran|llegue|estara)\b[^.!?]{0,15}\b(antes del?|a tiempo|para el (dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d+))\b`,
        String.raw`\bpara cuando (lo |la |los |las |me )?(tendre|tendria|tengo|recibo|recibire|recibiria|llega|llegara|llegue|lleguen|estara|estaria|esta|sale|saldra)\b`,
        String.raw`\b(sigue|siguen|continua|continuan|aparece|aparecen|pone|dice)\b[^.!?]{0,25}\b(en preparacion|preparando (el|mi|tu|su) (pedido|envio)|pendiente de envio|sin enviar|en proceso de envio|procesando|en camino|en transito|en reparto|en ruta)\b`,
        String.raw`\b(sigue|siguen|continua|continuan) sin (llegar|enviar|salir|entregar|recibir)\b`,
        // "ya van 2 semanas y nada de mi pedido", "ni rastro del paquete".
        String.raw`\b(nada|ni rastro|ni noticias|ninguna noticia|sin noticias|ni sus luces) (de|del) (mi |el |la |mis |los )?(pedido|paquete|envio|orden|compra)s?\b`,
        // "el seguimiento lleva parado en 'admitido' desde el lunes", "¿podéis revisar si ha salido de verdad?".
        String.raw`\b(seguimiento|rastreo|paquete|pedido|envio|estado|estatus|orden)\b[^.!?]{0,25}\b(parad[oa]|congelad[oa]|estancad[oa]|sin moverse|sin actualizar(se)?|sin novedad(es)?)\b|\bsi (ya |de verdad |realmente )?(ha|han|habeis|hayan|haya|habian) (salido|sido (enviad|despachad|entregad)\w*|enviado|despachado|mandado)\b`,
        String.raw`\b(paquete|pedido|envio) (esta |sigue )?(perdido|atascado|retenido|retrasado)\b`,
        String.raw`\b(retenid[oa]|detenid[oa]|parad[oa]|atorad[oa]|atascad[oa]) en (la )?aduana\b`,
        // Questions that start with the verb: "¿llega mi orden antes del viernes?", "¿ya mero llega?".
        String.raw`\b(llega|llegara|llegaria|sale|saldra) (mi|el|la) (pedido|orden|paquete|envio|compra)\b|\b(ya mero|ya merito|cuanto falta para que|falta mucho para que) (llega|llegue|me llegue|salga|lo envien)\b`,
        // Also with an object pronoun ("¿ya lo mandaron o todavía no?"), not the refund or the invoice; sent back to the
        // sender; "¿dónde está ahora?"; the pick-up point that has nothing.
        String.raw`\bya (me |nos )?(lo |la |los |las )?(enviaron|mandaron|despacharon|salio|han enviado|han mandado|ha salido|habeis enviado|habeis mandado|enviaste|mandaste|enviasteis|mandasteis|despachasteis|esta en camino|fue enviado)\b(?! (el |mi |la |un )?(reembolso|dinero|factura|abono|correo|mail))|\b(devuelt[oa]|regresad[oa]|retornad[oa]|devolucion|vuelve|regresa|de vuelta|devolvieron) al remitente\b|\bdonde (esta|estan|anda) (ahora|ahorita)\b|\b(locker|punto de recogida|punto pack|oficina de correos|taquilla|consigna)\b[^.!?]{0,40}\b(no (esta|aparece|lo encuentran|lo tienen|hay)|ningun paquete)\b`,
        String.raw`\b(van|vais|va|volveran|volvereis) a volver a (traer|entregar|pasar|intentar)|\bvuelven a (traer|pasar|intentar)|\btengo que ir a (buscarlo|buscarla|recogerlo|recogerla|por el paquete)\b`,
        String.raw`\b(pedido|paquete|envio|orden) (sale|saldra|se envia|se enviara|sera enviado|se manda|llega|llegara) (hoy|manana|esta semana|pronto|a tiempo)\b`,
      ],
      nl: [String.raw`\b(zou|zouden|moest|moesten)\b[^.!?]{0,25}\b(bezorgd|geleverd|verzonden|komen|aankomen|binnen)( worden| zijn)?\b([^.!?]{0,40}\b(maar|nog (steeds )?niet|niets|niks)\b|\. (het is|we zijn) (nu|inmiddels|al)\b)|\b(er is|is er) (nog )?(niets|niks) (gekomen|bezorgd|aangekomen|geleverd|binnen)\b`, String.raw`\b(bestelling|pakket|pakje|zending|order)\b[^.!?]{0,30}\b(staat|stond|blijft|hangt)\b[^.!?]{0,20}\b(op|als|in) \W{0,2}(verzonden|onderweg|in behandeling|aangemeld|sorteercentrum|verwerking|transit|gesorteerd|bij de bezorger|in ontvangst genomen)\b`, String.raw`\b(is|zijn|werd) (mijn|de|het|ons)\b[^.!?]{0,25}\b(al|reeds|inmiddels) (verzonden|verstuurd|onderweg|opgestuurd)\b`, String.raw`\bwaar is (het|hij) (nu|gebleven|dan)\b|\b(retour|terug) (naar de |aan de )?afzender\b|\bwaar is (mijn|de) (bestelling|pakket|pakje)|\bwaar (het|mijn|de) (pakket|pakje|bestelling|zending) (blijft|is|gebleven is|ligt|zit)\b`, String.raw`\bwanneer\b[^.!?]{0,50}\b(geleverd|verzonden|bezorgd|komt|aankomen|verstuurd)`],
      pl: [
        String.raw`\b(paczka|przesylka|zamowienie)\w*\b[^.!?]{0,30}\b(utknel\w*|zagubion\w*|zaginel\w*|zaginion\w*|nie ruszyl\w*)`,
        // "paczka od tygodnia ma status 'w doręczeniu' i nic się nie dzieje".
        String.raw`\b(paczk|przesylk|status|zamowien|sledzeni)\w*\b[^.!?]{0,50}\b(nic sie nie dzieje|bez zmian|(sie )?nie zmienia( sie)?|nie zmienil\w* sie|stoi w miejscu)|\b(miala|mial|mialo|mialy) (byc|przyjsc|dotrzec|dojsc|zostac dostarczon\w*|przyjechac)\b[^.!?]{0,50}\b(a|ale|jednak|nadal|wciaz|dalej)\b|\bod (tygodnia|kilku dni|\d+ dni|dwoch tygodni)\b[^.!?]{0,30}\b(status\w*|w doreczeniu|w drodze|w transporcie|w sortowni)\b`,
        String.raw`\b(w punkcie|w paczkomacie|na poczcie|w oddziale)\b[^.!?]{0,30}\b(nic nie maja|nie ma (jej|paczki|nic)|nie moga (jej )?znalezc|nie znalezli)`,
        String.raw`\bczy\b[^.!?]{0,30}\b(wyslan\w*|nadan\w*|wyslaliscie|nadaliscie|w drodze)`,
        String.raw`\bkiedy\b[^.!?]{0,30}\b(spodziewac sie|spodziewam sie|moge liczyc na|(otrzymam|dostane|odbiore) (moja |moje |swoja )?(paczk|przesylk|zamowien|towar)\w*)`,
        String.raw`\bgdzie (jest|sa) (moja|moje|moj|paczka|zamowienie)`,
        String.raw`\b((wyszl\w*|wyjechal\w*|opuscil\w*) (juz )?(z )?magazyn\w*|juz (wyszl\w*|wyjechal\w*)|(wraca|wrocil\w*|zwrot\w*|odeslan\w*) do nadawcy)\b`,
        String.raw`\bczekam\b[^.!?]{0,10}\b(na )?(paczk|przesylk|zamowien|dostaw)\w*`, String.raw`\bkiedy\b[^.!?]{0,40}\b(wyslan|wysle|wysyl|dostarcz|dotrze|przyjdzie|nadan|dojdzie)`],
      sv: [String.raw`\b(sparning\w*|paketet|forsandelsen|ordern|bestallningen)\b[^.!?]{0,20}\b(inte|ej) (uppdaterats|uppdaterad|rort sig|flyttats|andrats)`, String.raw`\bhar (ni|du) (skickat|postat|levererat)\b`, String.raw`\b(skulle|borde)\b[^.!?]{0,25}\b(levereras|komma|kommit|vara har|anlanda|skickas)\b[^.!?]{0,30}\b(men|fortfarande|annu)\b|\b(inget|ingenting|inte nagot) har (kommit|dykt upp|levererats)\b`, String.raw`\bhar (paketet|ordern|bestallningen|varan|forsandelsen|min \w+|mitt \w+|den|det)\b[^.!?]{0,15}\b(skickats|postats|levererats|gatt ivag|kommit ivag|lamnat)\b|\b(retur|tillbaka) till avsandaren\b`, String.raw`\bvar (ar|finns) (mitt|min|paketet|bestallningen)`,
        String.raw`\b(rakna med|forvanta mig|vanta mig) (att fa )?(paketet|leveransen|ordern|bestallningen|varan|forsandelsen|min \w+|mitt \w+)\b|\bstar (bara|fortfarande|fortf|an|fortfarande bara)\b\W{0,3}(behandlas|under behandling|skickas snart|forbereds|mottagen|registrerad)`, String.raw`\bnar\b[^.!?]{0,40}\b(kommer|skickas|levereras|skickad)\b(?! (jag att fa )?(pengarna|aterbetalning\w*|mina pengar|tillbaka))`],
      pt: [
        String.raw`\b(onde (esta|estao|anda|fica)|cade) (o meu|a minha|meu|minha|o|a|os meus|as minhas) (pedido|encomenda|pacote|compra|produto|entrega)`,
        String.raw`\bquando\b[^.!?]{0,40}\b(chega|vai chegar|sera enviad|enviam|entregue|despacha|envia|vem)`,
        String.raw`\b(continua|segue|consta|aparece)\b (ainda )?(como )?\W{0,2}(aguardando|a aguardar|pendente|em processamento|em preparacao|em separacao)`,
        String.raw`\b(diz|consta|aparece|esta|indica|mostra) (como )?entregue\b[^.!?]{0,40}\b(mas|porem|so que)\b|\b(cacifo|locker|ponto de recolha|ponto pickup|agencia)\b[^.!?]{0,30}\bnao sei (qual|onde)\b`,
        String.raw`\b(ja )?(foi|foram) (enviad|despachad|postad)[oa]s?\b[^.!?]{0,10}\?`,
        String.raw`\b(ja|quando) (despacharam|enviaram|mandaram|postaram|despacham|enviam|vao (enviar|despachar|mandar))\b`,
        String.raw`\b((saiu|sairam) (do|da) (deposito|armazem|centro de distribuicao|estoque|galpao)|(devolvid[oa]|retornad[oa]|voltando|volta|retorna\w*|devolucao) (ao|para o) remetente)\b`,
        String.raw`\b(chega|chegara|vai chegar|sera entregue|chegaria)\b[^.!?]{0,20}\b(antes|ate|a tempo)\b`,
        String.raw`\b(rastreio|rastreamento|codigo de rastreio)\b[^.!?]{0,20}\b(nao (atualiza|mostra|muda|mexe|anda)|parado|sem atualiza\w*)\b`,
        // "está nos CTT há uma semana com o estado «em trânsito»", "parada em trânsito faz 5 dias".
        String.raw`\b(ha|faz) (uma semana|duas semanas|\w+ (dias|semanas))\b[^.!?]{0,40}\b(em transito|parad[oa]|sem (atualizacao|movimento)|em distribuicao|em processamento|a aguardar|aguardando (envio|expedicao))\b|\b(em transito|parad[oa]|em distribuicao|em processamento)\b[^.!?]{0,25}\b(ha|faz|desde) (uma semana|duas semanas|\w+ (dias|semanas)|segunda|terca|quarta|quinta|sexta|sabado|domingo|ontem)\b`,
      ],
      tr: [
        String.raw`\b(siparis|siparisim|kargo|kargom|paket|paketim|urun|urunum)\b[^.!?]{0,20}\b(nerede|ne zaman|ne durumda|hangi asamada)\b`,
        String.raw`\b(kargoya|kargo) (verildi|verilecek|verilmedi|verildi mi)\b|\bnerede kaldi\b`,
        String.raw`\bne zaman\b[^.!?]{0,20}\b(kargo\w*|gonder\w*|gelir|gelecek|ulas\w*|teslim\w*|verecek\w*)|\bkargoya (ne zaman )?(verecek\w*|verilecek\w*|verdiniz mi)`,
        String.raw`\b(haftadir|gundur|gunudur|suredir) (bekliyorum|bekliyoruz|gelmedi)\b`,
        String.raw`\b(dagitima cikti|dagitimda|yolda|transfer merkezinde|teslim edildi)\W{0,2} (yaziyor|gorunuyor|diyor|gozukuyor)\b[^.!?]{0,10}\b(ama|fakat|ancak)\b|\bgelen giden yok\b`,
        String.raw`\b(gundur|haftadir|gunudur|suredir)\b[^.!?]{0,30}\b(gorunuyor|duruyor|bekliyor|kaldi|hareket etmiyor|hareketsiz|transfer merkezinde|dagitimda|yolda)\b`,
      ],
    },
  },
  {
    id: 'delivery.not-arrived',
    key: 'delivery_status',
    strength: 3,
    label: 'not received yet',
    // "the refund still has not come through", "auf meiner Kreditkarte ist noch nichts angekommen", 「返金がまだ届いていません」, 「支払い番号のお知らせメールが届いていません」:
    // what has not come is money, a reply or a message.
    notAfter: String.raw`(\b(refund|money|credit|funds|reimbursement|reply|response|answer|invoice|receipt|e-?mail|message)\b( (does|did|do|has|have|had|is|was|will|would|still|yet|also|just|really|even))* ?|\b(erstattung|ruckerstattung|gutschrift|ruckzahlung|geld|rechnung|antwort|remboursement|virement|avoir|facture|reponse|rimborso|accredito|soldi|fattura|risposta|reembolso|dinero|factura|respuesta|terugbetaling|factuur|zwrot\w*|faktur\w*|aterbetalning\w*|kvitto|estorno|nota fiscal|fatura|resposta|card|bank|statement|kreditkarte|karte|konto|kontoauszug|carte|compte|releve|carta|conto|estratto conto|tarjeta|cuenta|rekening|kort|cartao|conta|extrato)\b[^.!?]{0,24}|(返金|へんきん|お金|おかね|代金|返事|返信|へんじ|領収書|請求書|メール|お知らせ|連絡|通知|番号|コード)(が|は|も)?(まだ|未だ)?)`,
    phrases: {
      en: [
        String.raw`\b(not|never|still not|haven'?t|hasn'?t|have not|has not|didn'?t|did not|still haven'?t|still hasn'?t|yet to)\b (yet )?(received|arrived|come|got|gotten|been delivered|been shipped|shipped|receive|arrive|get)\b(?! (a |my |the |any |your )?(vat |tax |corrected |new |proper |official )?(refund|invoice|receipt|money|reply|answer|response|email|e-mail|message))`,
        String.raw`\b(still|yet) (not|no sign of) (here|arrived|delivered|received)\b|\b(never|not yet|still hasn'?t|still has not|hasn'?t|has not|didn'?t|did not|still not|haven'?t|have not) (yet )?(turned|showed|shown|turn|show) up\b`,
        String.raw`\b(my|the|our|this) (order|package|parcel|item|shipment|goods|product|delivery) (have|has|had|is|was)( still)? (not|never)( yet)? (deliver|delivered|arrive|arrived|reach|reached|come|receive|received)\b`,
        String.raw`\b(not|didn'?t|did not|haven'?t|hasn'?t|still not|yet to) (yet )?(reach|reached)\b(?! (you|the seller|anyone|customer|support|out|me|us|your))`,
        String.raw`\b(says|said|shows|showing|marked|shown) (as )?(delivered|out for delivery)\b[^.!?]{0,40}\b(but|not|haven'?t|never|no|don'?t|didn'?t|wasn'?t|isn'?t)\b`,
        String.raw`\b(not|never) (been )?delivered\b`,
        String.raw`\b(lost in (the )?(post|mail|transit)|no sign of (my|the) (order|parcel|package))\b`,
      ],
      ja: [
        // Not a condition: 「まだ発送されていなければ、もう不要なので送らないでください」 asks not to ship.
        String.raw`(まだ|未だ|いまだに)(何も|なにも|何にも)?(届|到着|来て|きて|受け取|発送|出荷|配達)(?![^。、]{0,8}(なければ|ないなら|ないようでしたら|ないようなら|なかったら|前でしたら|前なら|(と|って)(ご|お)?(連絡|問い合わせ|メッセージ|伝え|言|書|申し)))`,
        // The order page and the carrier disagree: 「「出荷済み」となっていますが、佐川のサイトでは「お荷物情報が登録されていません」」.
        String.raw`(出荷済み?|発送済み?|発送完了|出荷完了)[^。]{0,20}(が|のに|けど)[^。]{0,40}(登録されて|該当(なし|が?ありませ)|見つから|確認でき|反映されて|表示されな|出てこな)`,
        String.raw`(届|とど)いて(い|お)?(ない|ません|なく|りません)(?!(と|って)(ご|お)?(連絡|問い合わせ|メッセージ|伝え|言|書|申し))`,
        String.raw`(届か|来)(ない|ません)(のです|んです|のですが|んですが|です|けど|。|$| )`,
        // Not the reason of a finished cancellation: 「未着のためキャンセル処理済み」.
        String.raw`(未着|未配達|不着)(?![^。]{0,4}(のため|につき|により|で)[^。]{0,10}キャンセル)`,
        // The whole question in two words: 「まだですか？注文して10日たちます」 (what has not come is guarded by notAfter).
        // Also with the thing named first: 「猫砂まだ？」.
        String.raw`まだ(?<=(^|[\s。!?、])[^\s。!?、はがの]{0,6}まだ)(ですか|でしょうか|かな|なの|\?)`,
        // Taken back to the depot with no slip left: 「持戻りになっていて」「不在票も入っていませんでした」.
        String.raw`(持ち?戻り|持ち帰り)(に|と)?(なって|され)|不在(票|連絡票)(も|が|は)?(入って(い|お)?(ない|ません|なかった)|なかった|なく|ありませ)`,
        String.raw`(受け取って|受け取れて)(い|お)?(ない|ません)`,
        // Letter-box parcels: 「ゆうパケットってポスト投函ですよね？まだ入ってないです」.
        String.raw`(投函|ポスト|郵便受け|宅配ボックス)[^。]{0,25}まだ(入って|届いて|来て|きて)(い|お)?(ない|ません|なかった)`,
        String.raw`(荷物|にもつ|商品|注文|発送|出荷|配送|お届け)(は|が|の方は|って)?まだ(です|かな|でしょう|ですか|\?|なの)`,
        String.raw`(配達|配送|お届け)(済み|済|完了)(の)?(通知|メール|連絡|表示)?(に|と|って|が)?(なって|表示され|出て|来た|きた|届いた|あった)[^。]{0,6}(のに|が|けど|けれど)`,
        String.raw`(うち|家|自宅|我が家|わが家|ポスト|玄関|部屋)(に|には|へは|まで)(まだ|何も|なにも)?(来て|きて|届いて|とどいて|配達されて)(い|お)?(ない|ません|なかった)`,
      ],
      de: [
        // Not a person who is never in: "nicht beim Nachbarn abgeben, der ist nie da".
        String.raw`\b(?<!\b(der|die|er|sie|ich|wir|man|jemand|niemand|nachbar\w*) (ist|sind|bin|war|waren) )(noch nicht|nicht|nie|immer noch nicht|noch immer nicht|(immer )?noch (nix|nichts)|noch immer (nix|nichts))\b ((bei mir|bei uns|hier) )?(angekommen|da|erhalten|geliefert|zugestellt|eingetroffen|bekommen|versendet|verschickt)\b(?! (bin|bist|sind|seid|sein))`,
        String.raw`\b(paket|bestellung|sendung|lieferung|ware)\b[^.!?]{0,30}\b(noch nicht|immer noch nicht|nicht) (angekommen|da|geliefert|zugestellt|eingetroffen)\b`,
        String.raw`\b(zugestellt|hinterlegt|abgegeben)\b[^.!?]{0,40}\b(aber|jedoch|trotzdem|doch)\b[^.!?]{0,40}\b(nicht|nie|nichts|kein|keine|keinen)\b`,
        // "seit einer Woche als 'in Zustellung'", "seit Montag 'elektronisch angekündigt'".
        String.raw`\bseit (einer woche|zwei wochen|\w+ (tagen|wochen)|gestern|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dem \d+)\b[^.!?]{0,25}\W{0,2}(in zustellung|in bearbeitung|unterwegs|in transit|im zustellfahrzeug|elektronisch angekundigt|versandbereit|in vorbereitung)\b`,
        // "Bis jetzt ist nichts da", "aber noch nix gekommen".
        String.raw`\b(bis jetzt|bis heute|bislang|immer noch|noch immer|aber|doch|leider) (ist |war )?(noch )?(nichts|nix) (da|hier|angekommen|gekommen|eingetroffen|zugestellt|geliefert)\b`,
        String.raw`\b(paket|sendung|bestellung) (ist )?(verloren|verschwunden)\b`,
      ],
      fr: [String.raw`\b(colis|paquet|commande|envoi)\b[^.!?]{0,20}\b(reparti|repartie|retourne|retournee|renvoye|renvoyee) (au|a l'|chez l'|a la|en) ?(depot|entrepot|expediteur|agence|bureau de poste|point relais|centre de tri)\b`, String.raw`\b(pas|jamais|toujours pas|toujours rien)\b (encore )?(recu|arrive|arrivee|ete livre|ete livree|ete expedie|ete expediee)\b(?! (le |mon |de |sur (mon|ma|le|la) )?(remboursement|argent|facture|compte|carte|virement|avoir))`, String.raw`\b(indique|marque|affiche|dit) (comme |que (le colis est |c'est )?)?livre\b[^.!?]{0,40}\b(pas|rien|jamais)\b`, String.raw`\blivre\b[^.!?]{0,60}\bmais\b[^.!?]{0,40}\b(pas|rien|jamais|personne|aucun)\b`, String.raw`\b(je )?n'ai (rien|pas|toujours pas|jamais) (encore )?recu\b(?! (de |d'|la |le |ma |mon |une |un |aucune? )?(facture|remboursement|argent|reponse|mail|e-mail|courriel|message|avoir|confirmation|numero|lien|code))`],
      it: [String.raw`\bnon (si e|l'ho|l'abbiamo) (mai |ancora )?(vist[oa]|ricevut[oa])\b`, String.raw`\bnon\b (e |mi e |ho |sono |mi sono )?(ancora |mai )?(stat[oaie] )?(arrivat\w*|ricevut\w*|consegnat\w*|spedit\w*|ritirat\w*|partit\w*|pres[oaie] in carico)\b(?! (il |la |i )?(rimborso|soldi|denaro|fattura))`, String.raw`\bconsegnat\w*\b[^.!?]{0,30}\bma\b[^.!?]{0,20}\bnon\b`],
      es: [
        // Not "no llega a coger presión" (llegar a + infinitive: does not manage to), which is a fault.
        // Not the invoice asked for just before: "¿me podrían mandar mi factura? … pero no me ha llegado".
        String.raw`\b(no|todavia no|aun no|nunca)\b(?<!\bfactura\b(?:(?!paquete|pedido|envio|producto|articulo|compra|orden)[^\n]){0,80}) (me )?(ha|han|he)? ?(llegado|recibido|sido entregado|enviado|llega|llego|llegaron|recibi|aparecido|aparecio)\b(?! (el |mi |la |ningun |ninguna |una? |los |las )?(reembolso|dinero|factura|respuesta|correo|mail|e-?mail|mensaje|confirmacion|codigo|importe|abono|devolucion))(?! a \w+(ar|er|ir)(lo|la|le|se)?\b)`,
        String.raw`\b(entregado|entregada|entrego|entregaron)\b[^.!?]{0,30}\bpero\b[^.!?]{0,20}\bno\b`,
        // "Pedido del día 2 y sigo sin noticias" (not of the refund).
        String.raw`\b(sigo|seguimos|estoy|estamos|todavia|aun) sin (noticias|novedades|saber nada)\b(?! (de|del|sobre) (mi |el |la )?(reembolso|dinero|devolucion|factura|abono))`,
      ],
      nl: [String.raw`\b(nog (niet|steeds niet|geen)|niet)\b (ontvangen|binnen|geleverd|aangekomen|bezorgd)\b`, String.raw`\b(bezorgd|afgeleverd|geleverd)\b(?<!\b(retour|retourpakket|retourzending|retourtje|pakket terug)\b[^.!?]{0,70})[^.!?]{0,40}\b(maar|echter)\b[^.!?]{0,40}\b(niks|niets|niet|geen|nergens)\b`, String.raw`\bnog geen (track|pakket|bericht)`],
      pl: [String.raw`\b(nie|jeszcze nie|nadal nie|dalej nie|wciaz nie)\b (zostal\w* |zostan\w* )?(dotarl\w*|otrzymal\w*|doszl\w*|przyszl\w*|dostarczon\w*|wyslan\w*)`],
      sv: [String.raw`\binte (fatt|kommit|levererats|mottagit|kommit fram)\b(?! (nagon |nagra |min |mina |mitt |mer |tillbaka )?(aterbetalning|pengar|svar|kvitto|faktura))`],
      pt: [String.raw`\b(ainda )?(nao|nunca) (me )?(chegou|chegaram|recebi|veio|apareceu|foi entregue|foram entregues|foi enviad[oa]|foi despachad[oa]|foi postad[oa])\b(?! (o |meu |o meu |a )?(reembolso|estorno|dinheiro|valor|nota|fatura|resposta))`],
      // Not an invoice, an e-mail, a code or money that has not come: "faturası mailime gelmedi", "param gelmedi".
      tr: [String.raw`\b(gelmedi|ulasmadi|teslim edilmedi)\b(?<!\b(mail|e-?posta|eposta|fatura|mesaj|sms|kod|para|param|iade|ucret|cevap|yanit|bildirim)\w{0,6} (gelmedi|ulasmadi|teslim edilmedi))`],
    },
  },
  {
    id: 'delivery.tracking',
    key: 'delivery_status',
    strength: 2,
    label: 'tracking',
    phrases: {
      en: [
        String.raw`\b(tracking|tracking number|tracking info\w*|tracking code|tracking id|tracking details|tracking link)\b`,
        // A delivery attempt the buyer did not see: strength 2, since "they tried to deliver, leave it next door" is an instruction.
        String.raw`\b(attempted delivery|delivery attempt(ed)?|tried to deliver)\b`,
        // Business buyers: "Our receiving dock has no record of it. Please confirm the carrier and the PRO number."
        String.raw`\b(pro number|bol number|bill of lading|(confirm|tell me|tell us|send me|send us|provide|share) the (carrier|courier)|which (carrier|courier) (it|you|they|was|is))\b`,
        String.raw`\b(track(ing)? (isn'?t|is not|not|hasn'?t|has not) updat\w*|label created|stuck in transit)\b`,
      ],
      ja: [String.raw`(追跡番号|ついせき(番号|ばんごう)|お?問い?合わせ(番号|ばんごう)|おといあわせ(番号|ばんごう)|伝票番号|追跡情報|追跡できな)`],
      // Not the buyer's own return parcel: "Die Rücksendung ist unterwegs, Sendungsnummer …".
      de: [String.raw`\b(sendungsnummer|sendungsverfolgung|trackingnummer|tracking-nummer|paketnummer|zustellversuch)\b(?<!\b(rucksendung|retoure|ruckversand|zuruckgeschickt|zuruckgesendet|zuruckgeschickte|retourpaket|rucksendepaket)\b[^.!?]{0,40})`],
      fr: [String.raw`\b(numero de suivi|suivi de (ma )?commande|suivi du colis|lien de suivi|tentative de livraison|avis de passage)\b`],
      it: [String.raw`\b(numero di (tracciamento|tracking|spedizione)|tracking|(tentato|tentata|tentativo di|tentativo mancato di) (la )?consegna)\b`],
      es: [String.raw`\b(numero de (seguimiento|rastreo|guia)|seguimiento del (pedido|paquete)|(intentaron|intento|intentado) (entregar|la entrega)|intento de entrega)\b`],
      nl: [String.raw`\b(track (&|en|and) trace|trackingnummer|volgnummer)\b`],
      pl: [String.raw`\bnumer (przesylki|sledzenia|paczki)\b`],
      sv: [String.raw`\b(sparningsnummer|kolli-id|sparning\w*)\b`],
      pt: [String.raw`\b(codigo de rastreio|rastreio|rastreamento)\b`],
      tr: [String.raw`\bkargo takip\b`],
    },
  },
];
