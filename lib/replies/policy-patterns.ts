/**
 * The phrase families of the reply policy check, per language. They run on normalised text (see normalise.ts: NFKC,
 * Latin accents removed), so patterns are written without accents and with ASCII digits; matching ignores case except
 * where a pattern says otherwise. Each family asks for the *act* (asking for a review, inviting contact elsewhere),
 * not the bare word: "thank you for your feedback" and "contact Amazon customer service" are fine.
 */
import type { ReplyLang } from './types';

export type PhraseRule = 'feedback-request' | 'marketing' | 'off-amazon-contact';

type Families = Record<PhraseRule, Partial<Record<ReplyLang | 'any', string[]>>>;

const REVIEW_EN = '(?:feedback|reviews?|ratings?)';

export const PHRASES: Families = {
  'feedback-request': {
    any: ['[★☆]{2,}', '[★☆]\\s?5', '(?<![\\d.])5\\s?(?:/|of|out\\s+of)\\s?5\\b'],
    en: [
      `\\b(?:leav(?:e|ing)|giv(?:e|ing)|writ(?:e|ing)|post(?:ing)?|submit(?:ting)?|shar(?:e|ing)|updat(?:e|ing)|chang(?:e|ing)|remov(?:e|ing)|revis(?:e|ing)|delet(?:e|ing))\\s+(?:us\\s+|me\\s+)?(?:an?\\s+|your\\s+|the\\s+|some\\s+|that\\s+)?(?:(?:positive|good|great|nice|honest|negative|neutral|5[- ]?stars?|five[- ]?stars?)\\s+)?${REVIEW_EN}`,
      `\\b(?:positive|good|great|5[- ]?star|five[- ]?star)\\s+${REVIEW_EN}`,
      '\\b(?:rate|review)\\s+us\\b',
      '\\b(?:5|five)\\s+stars?\\b',
      `\\b(?:free|gift|discount|refund|coupon|voucher)\\b[^.!?\\n]{0,40}\\bfor\\s+(?:a|an|your)\\s+(?:positive\\s+|good\\s+)?${REVIEW_EN}`,
    ],
    ja: [
      '(?:高評価|好評価|良い評価|よい評価|いい評価|星\\s?[1-5]|[1-5]\\s?つ星|レビュー|評価|フィードバック|口コミ|クチコミ)[^。！？!?\\n]{0,15}?(?:お願い|いただけ|頂け|ください|下さい|書いて|投稿|つけて|付けて|していただ|して頂|変更|削除|取り消|取消)',
      '星\\s?5|5\\s?つ星',
    ],
    de: [
      '\\b(?:positiv\\w*|gut\\w*|5[- ]?sterne?\\w*|funf[- ]?sterne?\\w*)[- ]\\s*(?:bewertung|rezension|feedback)',
      '\\b(?:bewertung|rezension|feedback)\\w*\\s+(?:\\S+\\s+){0,3}?(?:zu\\s+)?(?:hinterlassen|abgeben|abzugeben|schreiben|verfassen|geben|andern|entfernen|loschen)\\b',
      '\\bbewerten\\s+sie\\s+(?:uns|mich|unseren|unser)\\b',
      '\\b(?:hinterlassen|schreiben|geben|abgeben|verfassen)\\s+sie\\s+(?:uns\\s+)?(?:eine|ein|ihre|einen)\\s+(?:\\S+\\s+)?(?:bewertung|rezension|feedback)',
      '\\b(?:5|funf)\\s+sterne\\b',
    ],
    fr: [
      "\\b(?:laiss|donn|ecri|mett|publi|modifi|supprim|retir)\\w*[\\s-]+(?:nous\\s+)?(?:un\\s+|une\\s+|votre\\s+|vos\\s+|des\\s+|l'|le\\s+)?(?:avis|evaluation|commentaire|note|feedback)s?\\b",
      '\\b(?:avis|evaluation|commentaire|note)s?\\s+(?:positi|favorabl|5\\s+etoiles|cinq\\s+etoiles)\\w*',
      '\\b(?:5|cinq)\\s+etoiles\\b',
    ],
    it: [
      '\\b(?:lasci|scriv|dar|mett|pubblic|modific|rimuov|cancell)\\w*[\\s-]+(?:ci\\s+)?(?:una\\s+|un\\s+|la\\s+|il\\s+|sua\\s+|tua\\s+|vostra\\s+)?(?:recension|feedback|valutazion|opinion)\\w*',
      '\\b(?:recension|feedback|valutazion)\\w*\\s+(?:positiv|a\\s+5\\s+stelle|a\\s+cinque\\s+stelle)\\w*',
      '\\b(?:5|cinque)\\s+stelle\\b',
    ],
    es: [
      '\\b(?:dej|escrib|dar|pon|publi|modific|elimin|cambi|borr)\\w*[\\s-]+(?:nos\\s+)?(?:una\\s+|un\\s+|su\\s+|sus\\s+|la\\s+|el\\s+)?(?:resena|valoracion|opinion|comentario|calificacion|puntuacion|feedback)(?:es|s)?\\b',
      '\\b(?:resena|valoracion|opinion|comentario|calificacion)(?:es|s)?\\s+positiv\\w*',
      '\\b(?:5|cinco)\\s+estrellas\\b',
    ],
  },
  marketing: {
    en: [
      '\\b(?:coupons?|vouchers?|promo(?:tion(?:al)?)?\\s*codes?|discount\\s+codes?|promotions?|special\\s+offers?|flash\\s+sales?|newsletters?|new\\s+arrivals?|new\\s+products?|latest\\s+products?|our\\s+other\\s+(?:products|items)|visit\\s+our\\s+(?:store|shop|storefront|website|site|page)|check\\s+out\\s+our|follow\\s+us|subscribe\\s+to\\s+our)\\b',
      '\\b\\d{1,2}\\s?%\\s?off\\b',
    ],
    ja: [
      'クーポン|割引コード|プロモーションコード|セール(?!ス)|キャンペーン|新商品|新製品|新作|(?:ストア|ショップ)(?:ページ)?(?:も|を)(?:ぜひ)?ご覧|他の商品(?:も|を)(?:ぜひ)?(?:ご覧|ご検討|よろしく)|メルマガ|メールマガジン|フォローして',
      '\\d{1,2}\\s?%\\s?(?:OFF|オフ|引き)',
    ],
    de: [
      '\\b(?:gutschein\\w*|rabattcode\\w*|rabatt-code\\w*|aktionscode\\w*|sonderangebot\\w*|neuheiten|newsletter|neue\\s+produkte|neuen\\s+produkte)\\b',
      '\\bbesuchen\\s+sie\\s+(?:unseren|unsere|unser)\\s+(?:shop|store|webseite|website|seite|onlineshop)\\b',
      '\\bfolgen\\s+sie\\s+uns\\b',
      '\\b\\d{1,2}\\s?%\\s?rabatt\\b',
    ],
    fr: [
      '\\b(?:codes?\\s+promo|codes?\\s+de\\s+reduction|bons?\\s+de\\s+reduction|coupons?|promotions?|offres?\\s+speciales?|soldes|nouveaux\\s+produits|newsletters?)\\b',
      '\\bvisitez\\s+notre\\s+(?:boutique|magasin|site)\\b',
      '\\bsuivez[\\s-]+nous\\b',
      '\\b\\d{1,2}\\s?%\\s?de\\s+reduction\\b',
    ],
    it: [
      '\\b(?:codic[ei]\\s+scont\\w*|coupon|buon[io]\\s+scont\\w*|promozion[ei]|offert[ae]\\s+special[ei]|nuovi\\s+prodotti|newsletter)\\b',
      '\\bvisita(?:te)?\\s+il\\s+nostro\\s+(?:negozio|store|sito)\\b',
      '\\bseguic[i]\\b',
      '\\b\\d{1,2}\\s?%\\s?di\\s+sconto\\b',
    ],
    es: [
      '\\b(?:codigos?\\s+de\\s+descuento|cupon(?:es)?|promocion(?:es)?|ofertas?\\s+especial(?:es)?|nuevos\\s+productos|boletin)\\b',
      '\\bvisit(?:e|a)\\s+nuestra\\s+tienda\\b',
      '\\bsiganos\\b|\\bsiguenos\\b',
      '\\b\\d{1,2}\\s?%\\s?de\\s+descuento\\b',
    ],
  },
  'off-amazon-contact': {
    any: [
      '\\b(?:whats\\s?app|telegram|viber|we\\s?chat|skype|kakao\\s?talk|facebook|instagram|messenger|signal\\s+app)\\b',
      '\\b(?:wa|t)\\.me\\b',
    ],
    en: [
      '\\b(?:call|phone|ring|text|e-?mail)\\s+(?:us|me)\\b',
      '\\b(?:contact|reach|message|write\\s+to)\\s+(?:us|me)\\s+(?:directly|personally|privately)\\b',
      '\\b(?:our|my)\\s+(?:personal\\s+|private\\s+|direct\\s+)?(?:e-?mail(?:\\s+address)?|phone\\s+number|mobile\\s+number|telephone\\s+number|cell\\s+number)\\b',
      '\\bdirect(?:ly)?\\s+contact\\b|\\bcontact\\s+(?:us|me)\\s+outside\\b',
    ],
    ja: [
      '(?<!(?:Amazon|アマゾン|カスタマーサービス)[^。\\n]{0,15})直接(?:ご)?(?:連絡|れんらく|お問い合わせ|お問合せ|やり取り|やりとり|取引|お取引)',
      '(?:お電話|電話)(?:で|にて|を)?(?:ご連絡|連絡|お問い合わせ|ください|下さい|お願い)',
      '(?:メールアドレス|携帯番号|電話番号|LINE\\s?ID)(?:まで|に|へ|宛)',
      'メールで(?:ご)?(?:連絡|お問い合わせ)',
      'ライン(?:で|ID|アカウント)',
    ],
    de: [
      '\\brufen\\s+sie\\s+(?:uns|mich)\\b',
      '\\b(?:kontaktieren|erreichen|schreiben)\\s+sie\\s+(?:uns|mir|mich)\\s+(?:direkt|personlich|privat|per\\s+e-?mail|per\\s+whatsapp|telefonisch)\\b',
      '\\bdirekte[nm]?\\s+kontakt\\b',
      '\\b(?:unsere|meine)\\s+(?:private\\s+|personliche\\s+)?(?:e-?mail-?adresse|telefonnummer|handynummer)\\b',
    ],
    fr: [
      '\\bappelez[\\s-]+(?:nous|moi)\\b',
      '\\b(?:contactez|ecrivez|joignez)[\\s-]+(?:nous|moi)\\s+(?:directement|par\\s+e-?mail|par\\s+mail|par\\s+telephone|au)\\b',
      "\\b(?:notre|mon)\\s+(?:adresse\\s+(?:e-?mail|mail)|numero\\s+de\\s+telephone|numero\\s+personnel)\\b",
      '\\bcontact\\s+direct\\b',
    ],
    it: [
      '\\b(?:chiamac|chiamatec|telefonac)i\\b',
      '\\b(?:contattac|contattarc|scrivetec|scrivic|scriverc)i\\s+(?:direttamente|via\\s+e-?mail|per\\s+e-?mail|al\\s+numero|su)\\b',
      '\\b(?:il\\s+nostro|il\\s+mio)\\s+(?:indirizzo\\s+e-?mail|numero\\s+di\\s+telefono|numero\\s+personale)\\b',
      '\\bcontatto\\s+diretto\\b',
    ],
    es: [
      '\\bllam(?:enos|anos|eme|ame)\\b',
      '\\b(?:contacten|contactanos|contactenos|escribanos|escribenos)\\s+(?:directamente|por\\s+(?:correo|e-?mail|telefono)|al)\\b',
      '\\b(?:nuestro|mi)\\s+(?:correo\\s+(?:electronico|personal)|numero\\s+de\\s+telefono|telefono\\s+personal)\\b',
      '\\bcontacto\\s+directo\\b',
    ],
  },
};

/** Matched with case: "LINE" the messenger, not "line" the word. */
export const CASE_SENSITIVE_OFF_AMAZON = ['(?<![A-Za-z])LINE(?![A-Za-z])'];
