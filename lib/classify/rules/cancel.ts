/**
 * A buyer asking in their own words to cancel (cancel_request_message). Amazon's own cancellation notice is
 * recognised in ../system-notices.ts and wins over these. Phrases are request-shaped: "no need to cancel after all"
 * or 「キャンセルしなくてよかった」 are not requests.
 */
import type { RuleSpec } from '../phrases';
import type { Category } from '../taxonomy';

const NEGATED = String.raw`\b(no|not|don't|dont|didn't|never|without)\b[^.!?]{0,14}`;

export const cancelRules: ReadonlyArray<RuleSpec<Category>> = [
  {
    id: 'cancel.request',
    key: 'cancel_request_message',
    strength: 3,
    label: 'free-text request',
    notAfter: NEGATED,
    phrases: {
      en: [
        String.raw`\b(please|pls|plz|kindly|can you|could you|would you|can u|pls just|just) (please )?cancel\b`,
        String.raw`\b(want|wanna|like|need|wish|trying|hoping|going) to cancel\b`,
        String.raw`\bcancel+ (my|the|this|that|it|both|one|them|these|an|all|order|purchase|item)\b`,
        String.raw`\b(get|gets|got|be|is|been) cancel+ed\b`,
        String.raw`\bcancel+ation of (my|the|this) (order|purchase)`,
      ],
      ja: [
        String.raw`(キャンセル|取り?消し)(を)?(して(くだ|下)さい|して(ほしい|欲しい)|して(は)?(いただ|頂|もら|くれ|くださ)|させて(いただ|頂|もら|くだ|下|ほしい)|でき(ます|ません|ない|る)?(か|でしょうか|\?)|お願い|を?希望|したい|いたしたい|可能|いただけ|頂け|下さい|ください|願|頼|申請し(たい|ます))`,
        String.raw`(キャンセル|取り?消し)(の)?(手続き|処理)(を)?(お願い|して(くだ|下)さい|していただ|して(ほしい|欲しい)|してもら)`,
        String.raw`(キャンセル|取り?消し)(で|にて)(お願い|頼|よろしく)`,
        String.raw`注文(を)?(取り?消|キャンセル)`,
      ],
      de: [
        String.raw`\bstornier(en|e|t) sie\b`,
        String.raw`\b(bitte|mochte|will|wurde|wollte|muss|konnen sie|konnten sie|kann man|gerne)\b[^.!?]{0,50}\bstornier`,
        String.raw`\bstornierung (der|meiner|dieser) bestellung`,
        String.raw`\b(bestellung|auftrag) (zuruckziehen|widerrufen|abbrechen|stornieren)`,
        String.raw`\babbestellen\b`,
      ],
      fr: [
        String.raw`\bannuler (ma|la|cette|mon|le|l'|les) ?(commande|achat|article)`,
        String.raw`\b(voudrais|veux|souhaite|souhaiterais|aimerais|pouvez-vous|pourriez-vous|pouvez vous|pourriez vous|merci d'|besoin d') ?annuler`,
        String.raw`\bannulez\b`,
        String.raw`\bannulation de (ma|la|cette|mon) (commande|achat)`,
      ],
      it: [
        String.raw`\b(annullare|cancellare) (l'ordine|il mio ordine|l'acquisto|ordine|questo ordine|il mio acquisto)`,
        String.raw`\b(vorrei|voglio|potete|potreste|desidero|devo|volevo|posso) (annullare|cancellare)`,
        String.raw`\bannullate\b`,
        String.raw`\bdisdire l'ordine`,
      ],
      es: [
        String.raw`\b(cancelar|anular) (el|mi|este|la) (pedido|compra|orden)`,
        String.raw`\b(quiero|queria|quisiera|me gustaria|pueden|podeis|puede|podrian|podria|necesito) (cancelar|anular)`,
        String.raw`\b(cancelen|cancelenlo|cancelalo|anulen)\b`,
      ],
      nl: [String.raw`\b(annuleren|annuleer)\b`],
      pl: [String.raw`\b(anulowac|anulujcie|anulowanie zamowienia|anulowac zamowienie)\b`],
      sv: [String.raw`\b(avbryta|avbestalla|annullera|makulera)\b`],
      pt: [String.raw`\bcancelar (o|meu|a|minha) (pedido|compra|encomenda)`, String.raw`\b(cancelem|quero cancelar|gostaria de cancelar)\b`],
      tr: [String.raw`\biptal (etmek|et|edin|edebilir|istiyorum|ediniz|etmenizi)`],
    },
  },
  {
    // The taxonomy's settled case: "I already pressed Cancel in Your Orders" and writes in is still this category.
    id: 'cancel.already-requested',
    key: 'cancel_request_message',
    strength: 2,
    label: 'already asked Amazon to cancel',
    phrases: {
      en: [String.raw`\b(hit|pressed|clicked|tapped|requested|submitted|sent)\b[^.!?]{0,20}\bcancel+(ation)?( button| request)?`],
      ja: [String.raw`キャンセル(リクエスト|申請|ボタン)を(送|押|出|申請)`],
      de: [String.raw`\bstornierung (beantragt|angefordert)`],
      fr: [String.raw`\bdemande d'annulation (envoyee|faite)`],
      es: [String.raw`\bsolicite la cancelacion`],
      it: [String.raw`\bho (gia )?richiesto (l'annullamento|la cancellazione)`],
    },
  },
];
