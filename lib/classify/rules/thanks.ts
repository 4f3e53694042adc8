/**
 * Thank-you or confirmation that needs no answer (thanks). ../decide.ts only lets these win when the message asks
 * nothing: a "thanks" at the end of a question is a sign-off, not a thank-you message.
 */
import type { PhraseLang, RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

/**
 * A receipt confirmation is thanks only when nothing else follows (TAXONOMY.md: a thank-you or confirmation ONLY).
 * "Il pacco è arrivato ma il vetro è in frantumi", 「届きましたが、…」, "Siparişim geldi ama kutusu ezik", "received,
 * unfortunately …", "arrived … instead of …": there the confirmation only opens a complaint, so it gives way and the
 * complaint's own rules (or the learned model) decide. Per language, what must not follow within 100 characters: a
 * contrast or regret word, or an "instead of / except" word — unless the contrast leads to good news ("but
 * all good", "aber alles gut", "ma tutto ok"), which keeps a true confirmation thanks. "Missing" words are left to the
 * complaint rules: "all good now, found the missing screws" is a confirmation.
 */
const AHEAD = String.raw`[\s\S]{0,100}?`;
const COMPLAINT_FOLLOWS: Partial<Record<PhraseLang, string>> = {
  en: String.raw`${AHEAD}\b(but|however|though|except|apart from|instead of|unfortunately|sadly)\b(?! (it'?s |its |all |everything |it |still )?(fine|ok|okay|great|perfect|good|lovely|works|no (harm|problem|worries|biggie)))`,
  it: String.raw`${AHEAD}\b(ma|pero|purtroppo|tranne|invece|al posto|anziche|peccato)\b(?! (e |tutto |va |funziona )?(perfett\w*|bene|benissimo|ok|ottim\w*|bellissim\w*|tranquill\w*|non importa|nessun problema))`,
  de: String.raw`${AHEAD}\b(aber|jedoch|allerdings|leider|statt|anstatt|anstelle)\b(?! (sonst |trotzdem |ansonsten )?(alles|passt|super|top|egal|kein problem|macht nichts))`,
  fr: String.raw`${AHEAD}\b(mais|cependant|pourtant|malheureusement|helas|au lieu|a la place|sauf)\b(?! (c'est |tout est |il est |elle est |tout )?(parfait\w*|nickel|impeccable|super|top|genial|magnifique|bien|pas grave|aucun (souci|probleme)|va bien))`,
  es: String.raw`${AHEAD}\b(pero|sin embargo|lamentablemente|desgraciadamente|por desgracia|en vez|en lugar|excepto)\b(?! (todo |esta |funciona |viene )?(perfect\w*|bien|genial|de lujo|impecable|ok|no pasa nada|sin problema))`,
  nl: String.raw`${AHEAD}\b(maar|helaas|echter|in plaats van|behalve)\b(?! (verder |wel )?(alles|prima|top|geen probleem|perfect))`,
  pl: String.raw`${AHEAD}\b(ale|niestety|jednak|zamiast|oprocz)\b(?! (wszystko |jest )?(ok|dobrze|w porzadku|super|gra|idealn\w*))`,
  sv: String.raw`${AHEAD}\b(men|tyvarr|dessvarre|istallet|utom)\b(?! (allt |det )?(bra|ok|fint|perfekt|toppen|gor inget))`,
  pt: String.raw`${AHEAD}\b(mas|porem|infelizmente|em vez|ao inves|exceto)\b(?! (ta |esta |tudo |ficou )?(perfeit\w*|bem|certo|otim\w*|tranquil\w*|ok|sem problema))`,
  tr: String.raw`${AHEAD}\b(ama|fakat|ancak|lakin|maalesef|yerine|haric)\b(?! (her sey |hersey )?(guzel|super|sorun yok|tamam|mukemmel|harika))`,
  // 「届きましたが」「届きましたけど」 at once (the particle is glued to the verb), or a turn in what follows.
  ja: String.raw`(が|けど|けれど|のですが)|${AHEAD}(しかし|ところが|ですが|残念|ただ、|ただし)`,
};

/** A confirmation phrase that gives way when a complaint follows it (see COMPLAINT_FOLLOWS). */
function confirmation(lang: PhraseLang, source: string): string {
  const follows = COMPLAINT_FOLLOWS[lang];
  return follows ? String.raw`(${source})(?!${follows})` : source;
}

/** The confirmation phrases per language, each wrapped by confirmation(). */
function confirmations(phrases: Partial<Record<PhraseLang, readonly string[]>>): Partial<Record<PhraseLang, readonly string[]>> {
  const out: Partial<Record<PhraseLang, readonly string[]>> = {};
  for (const [lang, sources] of Object.entries(phrases) as Array<[PhraseLang, readonly string[]]>) {
    out[lang] = sources.map((s) => confirmation(lang, s));
  }
  return out;
}

export const thanksRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'thanks.words',
    key: 'thanks',
    strength: 2,
    label: 'thank-you',
    phrases: {
      en: [String.raw`\b(thanks|thank you|thankyou|thank u|thanku|thanx|thnx|thx|tnx|tysm|ty|cheers|much appreciated|appreciate it|great service|well packed|perfect|appreciate (the|your) (fast |quick |speedy |prompt |great |kind )?(help|reply|response|service|support)|working (fine|great|perfectly|well) now|no need to (reply|respond|answer|write back|get back)|just (confirming|to confirm|letting you know) (that )?(i|we) (got|received|have received|'ve received))\b`,
        // Praise that confirms all is well: "works great", "the kids love it", "exactly what I needed", "will leave a
        // 5 star review" (a suggestion or complaint beside it is other.remark, which outweighs this).
        String.raw`\b(works? (great|perfectly|fine|like a charm|a treat|brilliantly|as (described|advertised|expected))|(kids?|son|daughter|wife|husband|mum|mom|dad|(s)?he|we|i) (absolutely |really )?loves? (it|them)|exactly what i (needed|wanted|was looking for)|(will|gonna|going to|i'll|definitely) (leave|write|give) (you )?(a|an)( great| good| positive)? (\d ?(star|\*) )?(review|feedback|rating)|safe and sound|in one piece)\b`],
      // 「有難く存じます」「御礼申し上げます」: the elderly and business forms.
      // Praise that says all is well: 「めっちゃいい感じです」「大満足です」「重宝しています」.
      ja: [String.raw`(いい感じ|良い感じ|大満足|満足して(い|お)ります|満足しています|最高です|ばっちり|重宝して|快適に使えて|問題なく使えて|気に入りました|ありがと|有難う|有り難う|感謝|お礼|御礼|助かりました|(有難|有り難|ありがた)く(存じ|思)|(嬉し|うれし)く(存じ|思い))`],
      // A message of nothing but thank-you emoji ("🙏🙏👍"); emoji beside words prove nothing (they end complaints too).
      any: [String.raw`^[\s!.]*((🙏|👍|👌|🙇|😊|😀|😄|😁|🥰|😍|🤗|❤|💕|💖|💗|♥|🎉|👏|✨|💯|☺)(\ufe0f|🏻|🏼|🏽|🏾|🏿|\u200d♀|\u200d♂)*[\s!.]*)+$`],
      zh: [String.raw`(谢谢|感谢)`],
      // Thanks told as a wish: "ich wollte mich bedanken", "je voulais vous remercier", "volevo ringraziarvi".
      de: [String.raw`\b(danke|dankeschon|(sorry|entschuldigung|verzeihung) fur (die|den) (aufregung|umstande|aufwand|storung)|(vielen|herzlichen|besten|lieben|tausend) (lieben )?dank|(mich|uns) (herzlich |ganz herzlich |nochmal |nochmals )?(bedanken|bedankt)|ich bedanke mich)\b`],
      fr: [String.raw`\b(merci|je vous remercie|(vous|te) remercier|remerciements|(desolee?|pardon) pour le derangement)\b`],
      it: [String.raw`\b(grazie|scusate (il|per il) disturbo|vi ringrazio|ti ringrazio|ringraziar(vi|ti|la|e)|un (grande |sentito )?ringraziamento)\b`],
      es: [String.raw`\b(gracias|(perdon|perdonen|perdonad|disculpen|disculpad) (por )?las molestias|se lo agradezco|muchas gracias|agradecer(les|le|te|os)|(les|le|te|os) agradezco)\b`],
      nl: [String.raw`\b(bedankt|dank (je|u|jullie)( wel)?|dankjewel|dankuwel|merci|(jullie|u|je) (even )?bedanken)\b`],
      pl: [String.raw`\b(dziekuje|dzieki|dziekujemy|dziekuje bardzo|polecam)\b`],
      sv: [String.raw`\b(tack|tusen tack|tackar)\b`],
      pt: [String.raw`\b(obrigad\w*|valeu|agradec\w*)\b`],
      // "eline sağlık" (well done, said to the one who made or sent it), "memnun kaldım".
      tr: [String.raw`\b(tesekkur\w*|sagol\w*|sag ol|eline saglik|elinize saglik|(cok )?memnun kaldim|emeg\w* saglik)\b`],
    },
  },
  {
    id: 'thanks.arrived',
    key: 'thanks',
    strength: 2,
    label: 'confirms receipt',
    phrases: confirmations({
      en: [String.raw`\b(got it|(received|recieved|recived) (it|the|my|everything|today|safely|in good)|(recieved|recived)|(it|parcel|package|order|item|goods|everything) (has )?(arrived|came)|(parcel|package|order|item|goods|everything) (was |were |has been |have been )?received|all (good|sorted|in order)|no worries|arrived (safely|today|this morning|yesterday|in good))\b`],
      // Casual: 「届いた！」「きたー」 (at the start or after a sentence end, then an exclamation: 「届いたイヤホン、…」 is not one).
      ja: [String.raw`(^|[。！!]\s*)(届いた|とどいた|きた|来た|着いた)(よ|ー|〜)*[!！]`, String.raw`(届きました|届いてました|受け?取(りました|れました|りできました|りができました|ることができました)|受領しました|到着しました|確認(でき|いたし|し)ました|承知(しました|いたしました)|了解(です|しました))`],
      de: [String.raw`\b(angekommen|erhalten|ist da|alles gut)\b`],
      fr: [String.raw`\b((bonne|bien) reception|bien recue?s?|recu (le|mon|ma|les)|colis recu|est arrivee?s?|tout est (en ordre|bon|ok|regle))\b`],
      it: [String.raw`\b(ricevut[oaie]|arrivat[oaie]|tutto (ok|bene|perfetto|corretto|a posto|in ordine))\b`],
      es: [String.raw`\b(recibid[oa]s?|ya llego|llego bien|todo bien|todo perfecto|todo en orden)\b`],
      nl: [String.raw`\b(ontvangen|goed aangekomen|is (binnen|aangekomen)|netjes (geleverd|ontvangen|aangekomen|verpakt)|(precies|helemaal) zoals (op de (foto|afbeelding)|beschreven|verwacht|besteld))\b`],
      pl: [String.raw`\b(otrzymal\w*|dotarl\w*|doszl\w*|odebral\w*|odebran\w*|wszystko (gra|ok|w porzadku))\b`],
      sv: [String.raw`\b(fick|kommit fram|mottagit|har kommit|kom (idag|fram|igar))\b`],
      pt: [String.raw`\b(chegou antes do prazo|bem embalado|nota (10|dez)|recebi|chegou (bem|certinho|direitinho|perfeito|tudo certo|em perfeito estado))\b`],
      tr: [String.raw`\b(ulasti|elime (ulasti|gecti)|teslim aldim|sorunsuz (geldi|ulasti)|(kargo|urun|paket|siparis)\w* (hizli |sorunsuz |saglam |guzel )?(geldi|ulasti))\b`],
    }),
  },
  {
    // The earlier problem is settled and the buyer says so: "the refund landed in my account", "Rechnung erhalten",
    // 「返金を確認できました」, "ignore my last message, it was with the neighbour", 「お騒がせしました」. The message names
    // the old topic (refund, invoice, replacement, the parcel), which the topic's hint rules and the learned model read
    // as that topic again, so this is decisive; a request left ("… could you also …?") drops it in ../decide.ts, a
    // complaint after it stops it (COMPLAINT_FOLLOWS), and the topic's own decisive rules still win on priority. The
    // gap between the topic and "arrived" may not hold a negation ("the refund has not arrived").
    id: 'thanks.resolved',
    key: 'thanks',
    strength: 3,
    label: 'the earlier problem is settled',
    phrases: confirmations({
      en: [String.raw`\b((refund|money|credit|reimbursement|replacement|new one|invoice|receipt) (has |have |just |finally |now |already )*(land|landed|arrived|come through|came through|reached|shown up|showed up|turned up|appeared|gone through|went through|cleared|is (now )?showing)|(ignore|disregard|scratch|forget) my (earlier|last|previous|first|other) (message|email|e-mail|msg|note)|false alarm|problem (solved|sorted|resolved|fixed)|(tracking|tracking (link|number|page|info))( is| has| now)* (work(s|ing|ed)|updat(es|ing|ed)|show(s|ing)|load(s|ing)) ?(fine |properly |again |now )*(now|again|fine|properly)|(found|located|tracked down) (the|my|your) (invoice|receipt|tracking|refund|confirmation)|never ?mind\b[^.!?]{0,60}\b(found|turned up|showed up|arrived|came|figured|sorted|worked))\b`],
      ja: [String.raw`お騒がせ(しました|いたしました|してしまいました)|(前の|先ほどの|先程の|さっきの|先日の)(メッセージ|連絡|ご連絡|問い合わせ|お問い合わせ)(は|を)?(無視|取り消|なかったことに|お忘れ)|(返金|ご返金|返金額|代金|領収書|請求書|インボイス|交換品|代替品|代わりの(品|商品))(が|は|を|も|、)?[^。！!？?]{0,12}(確認(でき|いたし|し)ました|ダウンロード(でき|いたし|し)ました|受け?取(りました|れました)|届きました|反映されて(い|お)りました|反映されていました|入金されて(い|お)りました|入金されていました|戻って(き|まいり)ました|見つかりました|見つけました|(発行|印刷|出力)(でき|いたし|し)ました)|(追跡番号|追跡|配送状況)(で|から|も)?[^。！!？?]{0,8}確認(でき|いたし)ました`],
      de: [String.raw`\b(hat sich (erledigt|geklart)|vergessen sie (bitte )?meine (letzte|vorherige|erste) nachricht|(gutschrift|erstattung|ruckerstattung|ruckzahlung|rechnung|ersatz\w*|austauschgerat)\b(?:(?!\b(nicht|nie|kein\w*|noch)\b)[^.!?]){0,40}\b(eingegangen|gutgeschrieben|angekommen|erhalten|eingetroffen|gefunden)|(sendungsverfolgung|tracking|verfolgung\w*)( \w+)? (geht|funktioniert|klappt)( jetzt| nun| wieder| doch)+)\b`],
      fr: [String.raw`\b(oubliez mon (dernier |precedent |premier )?message|fausse alerte|(probleme|c'est|tout est) (regle|resolu)|(remboursement|facture|avoir|virement|remplacement)\b(?:(?!\b(pas|jamais|toujours|rien)\b)[^.!?]){0,40}\b(bien (arrivee?|recue?)|(est|a ete) (bien )?(arrivee?|recue?|creditee?|viree?)|recue?|(re)?trouvee?)|(j'ai|on a|nous avons) (re)?trouve (la|ma|votre) facture|(le )?suivi (fonctionne|marche|remarche|refonctionne)( (maintenant|de nouveau|a nouveau|enfin))?)\b`],
      it: [String.raw`\b(lasciate perdere|(problema|tutto) (risolto|sistemato)|(rimborso|fattura|ricambio|sostituto|accredito)\b(?:(?!\b(non|ancora|mai)\b)[^.!?]){0,40}\b(ricevut[oa]|arrivat[oa]|accreditat[oa]|(ri)?trovat[oa])|(il )?(tracciamento|tracking)( adesso| ora)? (funziona|va)( adesso| ora| di nuovo)+)\b`],
      es: [String.raw`\b((olvidad|olvide|olviden|ignoren|ignorad|ignore) (mi|el) (ultimo |anterior |primer )?mensaje|ya quedo|problema resuelto|(ya )?(me )?(llego|ha llegado|recibi|entro) (el|mi) (reembolso|dinero|abono)|(reembolso|factura|dinero|abono)\b(?:(?!\b(no|aun|todavia|nunca)\b)[^.!?]){0,40}\b(llego|ha llegado|recibi|ya esta|entro|ha entrado|encontrada)|(ya )?encontre la factura|(ya )?funciona el seguimiento|el seguimiento( ya)? funciona)\b`],
      nl: [String.raw`\b(terugbetaling|geld|factuur|bedrag)\b(?:(?!\b(niet|geen|nog)\b)[^.!?]){0,30}\b(staat op|ontvangen|bijgeschreven|teruggestort|binnen|gevonden)\b`],
      pl: [String.raw`\b(zwrot|pieniadze|faktur\w*)\b(?:(?!\bnie\b)[^.!?]){0,30}\b(dotarl\w*|wplynal\w*|wplynel\w*|otrzymal\w*|doszl\w*|znalazl\w*|znalezion\w*)`],
      sv: [String.raw`\b(aterbetalning\w*|pengarna|fakturan)\b(?:(?!\binte\b)[^.!?]){0,30}\b(har kommit|kommit in|fatt|mottagit|hittat|hittad)\b|\bhittade (fakturan|kvittot)\b`],
      pt: [String.raw`\b(reembolso|estorno|dinheiro|nota fiscal)\b(?:(?!\bnao\b)[^.!?]){0,30}\b(caiu|chegou|recebi|entrou|ja esta)\b|\b(achei|encontrei) a (nota|nota fiscal|fatura)\b`],
      tr: [String.raw`\b(iade|para|ucret|tutar|fatura)\w*\b[^.!?]{0,30}\b(yatti|geldi|ulasti|hesabima gecti|buldum|bulduk|ise yaradi|calisti)\b|\bsorun (cozuldu|halloldu|kalmadi)\b`],
    }),
  },
];
