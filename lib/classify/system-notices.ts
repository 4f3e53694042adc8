/**
 * Amazon's own notices, recognised by the shape of their subject and body: cancellation request, return
 * authorization request, and "Inquiry from Amazon customer" (which wraps a buyer's free text, so it is never a
 * system cancellation even when the buyer writes "please cancel").
 *
 * A subject alone is only a hint (a buyer can type "Cancellation request" too); the notice's third-person body
 * ("the buyer has requested…", 「キャンセルリクエストがありました」, "Reason for return:") makes it decisive.
 */
import type { RuleSpec } from './phrases';

export type NoticeKind = 'cancel' | 'return' | 'inquiry';
type NoticeKey = `${NoticeKind}-subject` | `${NoticeKind}-body`;

/**
 * The notices' wordings, per language. A notice is Amazon's template: mostly labels ("Motivo do cancelamento:",
 * "Returorsak:"), names and order numbers, so the language guess has few words to go on and often says English. Each
 * label belongs to one language anyway, so every wording is looked for whatever language the message was guessed to
 * be (see `noticeRules` below).
 */
const noticeWordings: ReadonlyArray<RuleSpec<NoticeKey>> = [
  {
    id: 'notice.cancel-subject',
    key: 'cancel-subject',
    strength: 2,
    label: 'Amazon cancellation request',
    scope: 'subject',
    phrases: {
      en: [String.raw`\b(order )?cancell?ation request (from|for|-|:)`, String.raw`^\s*order cancell?ation request\b`],
      // 「キャンセルリクエストしました／を送りました」 is a buyer telling what they did, not the notice's title.
      ja: [String.raw`(注文)?キャンセルリクエスト(?!を?(し|送|出|致|いた|済))`],
      de: [String.raw`\bstornierungsanfrage\b`],
      fr: [String.raw`\bdemande d'annulation\b`],
      it: [String.raw`\brichiesta di (cancellazione|annullamento)\b`],
      es: [String.raw`\bsolicitud de cancelacion\b`],
      nl: [String.raw`\bannuleringsverzoek\b`],
      pl: [String.raw`\b(prosba|wniosek) o anulowanie\b`],
      sv: [String.raw`\b(begaran om (avbestallning|annullering)|annulleringsbegaran)\b`],
      pt: [String.raw`\b(pedido|solicitacao) de cancelamento\b`],
      tr: [String.raw`\biptal talebi\b`],
    },
  },
  {
    id: 'notice.cancel-body',
    key: 'cancel-body',
    strength: 3,
    label: 'Amazon cancellation request',
    scope: 'body',
    phrases: {
      en: [
        // Third person only: "I have requested cancellation in the app" is a buyer writing in (cancel_request_message).
        String.raw`\b(has|(buyers?|customers?|they) have) requested (that )?(the following (order|item)s?|this order|to cancel|cancell?ation|the cancell?ation)\b`,
        String.raw`\b(the|a|amazon) (buyer|customer)( [a-z]+){0,3} (requested|asked for|submitted) (a |the )?cancell?ation( request)?\b`,
        String.raw`\bhas (submitted a cancell?ation request|asked (us |you )?to cancel (this|the following|order|item))\b`,
        String.raw`\b(reason for cancell?ation|cancell?ation reason|reason given by (the )?buyer|qty requested for cancell?ation)\b`,
        String.raw`\b(select|reason|choose|using the reason|with the reason)\b[^.]{0,30}\bbuyer cancell?ed\b`,
        // "A buyer wants to cancel an order that has not yet been dispatched", "The customer would like to cancel":
        // the template's third person (a buyer's own "my customer wants to cancel" has "my", not "the/a")
        String.raw`\b(the|a|amazon|your) (buyer|customer)( [a-z]+){0,3} (wants|would like|wishes|has asked|asked|is asking|requested) to cancel\b`,
        // "Buyer Ankit Sharma requested cancellation of this order", "Cancellations requested by the buyer do not affect…"
        String.raw`\bbuyer( [a-z]+){1,3} (has )?requested (a )?cancell?ation of (this|the following|the|their) order\b|\bcancell?ations? requested by (the|a) (buyer|customer)\b`,
        // the notice's instruction to the seller: cancel it in Manage Orders (buyers see Your Orders, not this page);
        // each marketplace's name for the page, listed here once
        String.raw`\b(cancel|annul|stornier|anuluj|annuleer|avbryt)\w*\b[^.]{0,40}\b(manage orders|gestione ordini|gestisci ordini|gestionar pedidos|administrar pedidos|bestellingen beheren|bestellungen verwalten|gerer (les|vos) commandes|gerenciar pedidos|zarzadzaj zamowieniami|hantera order)\b`,
        // the other word order: "go to Manage Orders and cancel it"
        String.raw`\b(manage orders|gestione ordini|gestisci ordini|gestionar pedidos|administrar pedidos|bestellingen beheren|bestellungen verwalten|gerer (les|vos) commandes|gerenciar pedidos)\b[^.]{0,30}\b(cancel|annul|stornier|annuleer)\w*`,
      ],
      ja: [
        // The buyer in the third person (a buyer never calls themselves お客様/購入者) + requested cancellation.
        String.raw`(購入者|お客様|お客さま|注文者|ご購入者)[^。]{0,40}キャンセル(の|を)?(リクエスト|依頼|申請|要求)(が|を)?(ありました|しました|されました|届きました|届いております|送信されました|がありました|受け付けました)`,
        String.raw`キャンセル(の)?リクエストが(ありました|届きました|送信されました|届いています)`,
        // 「購入者からのキャンセルリクエストです」
        String.raw`(購入者|お客様|お客さま|注文者)(様|さま)?(から|より)の(注文)?キャンセル(の)?(リクエスト|依頼|申請)(です|が|を)`,
        // 「お客様より、下記のご注文についてキャンセルのご依頼をいただきました」: the honorific ご and いただきました
        String.raw`(購入者|お客様|お客さま|注文者|ご購入者)(様|さま)?(より|から)[^。]{0,40}キャンセル(の|を)?(ご)?(リクエスト|依頼|申請|要望|要求)(を|が)?(いただきました|頂きました|受けました|承りました|ございました)`,
        // 「購入者様が以下のご注文のキャンセルを希望されています」: the buyer in the third person, with honorific される.
        String.raw`(購入者|お客様|お客さま|注文者)[^。]{0,40}キャンセル(を|の)?(ご)?希望(されて|なさって)`,
        String.raw`キャンセル理由[:：]`,
        String.raw`購入者(様)?(の)?(都合)?によるキャンセル`,
        String.raw`注文管理(から|で|画面|ページ)[^。]{0,20}キャンセル`,
        // 「購入者は本注文のキャンセルを希望しています」「キャンセル対象：」: the buyer in the third person, and the template's label
        String.raw`(購入者|お客様|お客さま|注文者)(様|さま)?(は|が|より)[^。]{0,20}キャンセル(を|の)?(ご)?希望(して|されて)(い|お)|キャンセル対象[:：]`,
      ],
      de: [String.raw`\b(stornierungsanfrage|stornierungswunsch) (des|der|vom) (kaufers|kauferin|kunden|kundin)\b|\bgrund (des|der) (kaufers|kauferin|kunden|kundin)\s?:`, String.raw`\b(der|ein|die|ihr|ihre) (amazon-?)?(kaufer|kauferin|kunde|kundin)( [a-z-]+){0,3} (mochte|will|wunscht|mochten)\b[^.]{0,40}\bstornier`, String.raw`\bhat\b[^.]{0,80}\bstornierung\b[^.]{0,60}\b(beantragt|angefordert)\b`, String.raw`\bhat (uber|via|bei) amazon(\.[a-z]+)+ (die |eine )?stornierung\b`, String.raw`\b(grund der stornierung|stornierungsgrund|vom kaufer storniert)\b`],
      fr: [String.raw`\b(l'acheteur|l'acheteuse|le client|la cliente)( amazon)?( [a-z-]+){0,3} (souhaite|veut|voudrait|demande a) annuler\b`, String.raw`\ba demande (l'annulation|a annuler|d'annuler)\b`, String.raw`\b(motif de l'annulation|annule par l'acheteur)\b`],
      it: [String.raw`\b(il|l') ?(cliente|acquirente)( amazon)?(?: (?!mio|mia|nostro)[a-z]+){0,3} (vuole|desidera|vorrebbe|chiede di) (annullare|cancellare)\b`, String.raw`\bha (richiesto|chiesto) (la cancellazione|l'annullamento|di annullare|di cancellare)\b`, String.raw`\b(annullato dall'acquirente|motivo (della cancellazione|dell'annullamento)\s?:)`],
      // The buyer in the third person: "solicitó" (Latin America's past tense) folds to the first person present
      // "solicito", which a buyer writes about their own order, so it needs "el comprador/cliente" before it.
      es: [
        String.raw`\bha (solicitado|pedido) (cancelar|la cancelacion|anular|la anulacion)\b`,
        String.raw`\b(el|la|tu|su) (comprador|compradora|cliente)\b[^.]{0,40}\b(solicito|pidio|quiere|desea) (cancelar|la cancelacion|anular|la anulacion)\b`,
        String.raw`\b((motivo|razon) de (la )?cancelacion|cancelado por el comprador)\b`,
      ],
      nl: [String.raw`\bde (klant|koper)( [a-z-]+){0,3} (wil|wenst)\b[^.]{0,40}\bannuleren\b`, String.raw`\bheeft (gevraagd|verzocht) om\b[^.]{0,80}\bte annuleren\b`, String.raw`\b(geannuleerd door (de )?koper|reden (van|voor) (de )?annulering\s?:)`],
      // Third person past (poprosił/poprosiła); the buyer's own "poprosiłem" is a free-text message.
      pl: [String.raw`\bklient( [a-z]+){0,3} chce anulowac\b`, String.raw`\b(zlozyl[a]? (prosbe|wniosek)|poprosil[a]?|wnioskowal[a]?) o anulowanie\b`, String.raw`\bzazadal[a]? anulowania\b`, String.raw`\b(anulowane przez kupujacego|powod anulowania\s?:)`],
      sv: [String.raw`\bhar begart att\b[^.]{0,60}\b(avbestall|annuller)`, String.raw`\b(kunden|koparen)( [a-z-]+){0,3} vill\b[^.]{0,40}\b(avbestalla|annullera|avbryta)\b`, String.raw`\b(orsak till (avbestallningen|annulleringen)\s?:)`],
      pt: [
        String.raw`\b(solicitou|pediu) o cancelamento\b`,
        String.raw`\bsolicitou que (o pedido|a encomenda)\b[^.]{0,30}\bcancelad[oa]\b`,
        String.raw`\b(cancelado pelo comprador|motivo do cancelamento\s?:)`,
        String.raw`\bo (cliente|comprador)( amazon)?( [a-z]+){0,3} (quer|deseja|gostaria de) cancelar\b`,
      ],
      // "talep etti" is the third person past ("I request" is "talep ediyorum").
      tr: [String.raw`\balici\b[^.]{0,40}\biptal etmek istiyor\b`, String.raw`\biptal (edilmesini talep etti|talebinde bulundu)\b`, String.raw`\b(iptal (nedeni|sebebi)\s?:|alici tarafindan iptal)`],
    },
  },
  {
    id: 'notice.return-subject',
    key: 'return-subject',
    strength: 2,
    label: 'Amazon return request',
    scope: 'subject',
    phrases: {
      en: [String.raw`\breturn (authori[sz]ation )?request (for|from)\b`],
      ja: [String.raw`返品リクエスト`],
      de: [String.raw`\b(rucksendeanfrage|rucksendegenehmigung|rucksendeantrag)\b`],
      fr: [String.raw`\bdemande (d'autorisation )?de retour\b`],
      it: [String.raw`\brichiesta di (autorizzazione (al|di) )?reso\b`],
      es: [String.raw`\bsolicitud de (autorizacion de )?devolucion\b`],
      nl: [String.raw`\b(retourverzoek|retouraanvraag)\b`],
      pl: [String.raw`\b(prosba|wniosek) o (autoryzacje )?zwrot\w*\b`],
      sv: [String.raw`\b(returbegaran|returforfragan)\b`],
      pt: [String.raw`\bsolicitacao de devolucao\b`],
      tr: [String.raw`\biade talebi\b`],
    },
  },
  {
    id: 'notice.return-body',
    key: 'return-body',
    strength: 3,
    label: 'Amazon return request',
    scope: 'body',
    phrases: {
      en: [
        String.raw`\b(has|have) requested (a )?return( authori[sz]ation)?\b`,
        String.raw`\b(has|have) requested to return\b`,
        String.raw`\b(return reason|reason for return|return request details)\s?:`,
        String.raw`\bin manage returns\b`,
        String.raw`\b(authori[sz]e|approve) (or|and) (close|decline|deny|reject) (this|the) (return )?request\b`,
      ],
      ja: [
        String.raw`返品理由[:：]`,
        String.raw`返品(の)?リクエスト(が届きました|がありました|の管理)`,
        String.raw`(購入者|お客様|お客さま|注文者|ご購入者)[^。]{0,40}返品(の|を)?(リクエスト|依頼|申請)(が|を)?(ありました|しました|されました|届きました|届いております)`,
      ],
      de: [String.raw`\b(rucksendegrund\s?:|rucksendungen verwalten|hat eine rucksendegenehmigung|hat (eine )?rucksendung (beantragt|angefordert)\b|genehmigen sie die rucksendung oder lehnen)`],
      fr: [String.raw`\b((motif|raison) du retour\s?:|gerer les retours|a demande (une autorisation de retour|le retour|un retour)|autoriser ou refuser la demande)`],
      it: [String.raw`\b(motivo del reso\s?:|gestisci resi|ha richiesto (il reso|un reso|un'autorizzazione al reso))`],
      es: [String.raw`\b(motivo de la devolucion\s?:|administrar devoluciones|ha solicitado (la|una) devolucion)`],
      nl: [String.raw`\b(reden (van|voor) (de )?retour(zending)?\s?:|retouren beheren|heeft een retour aangevraagd|keur de aanvraag goed)`],
      pl: [String.raw`\b(powod zwrotu\s?:|zarzadzaj zwrotami)`],
      sv: [String.raw`\b(returorsak\s?:|hantera returer)`],
      pt: [String.raw`\b(motivo da devolucao\s?:|gerenciar devolucoes)`],
      tr: [String.raw`\b(iade (nedeni|sebebi)\s?:|talebi onaylayin)`],
    },
  },
  {
    id: 'notice.inquiry-subject',
    key: 'inquiry-subject',
    strength: 3,
    label: 'inquiry from Amazon customer',
    scope: 'subject',
    phrases: {
      en: [String.raw`\b(inquiry|enquiry|message|question) from (amazon )?(customer|buyer)\b`],
      ja: [String.raw`(様|さま)?からの(お)?問い?合わせ`, String.raw`^(購入者|お客様)からの`],
      de: [String.raw`\b(anfrage|nachricht|frage) (von|vom) (amazon-?)?kunde`],
      fr: [String.raw`\b(demande de renseignements|question|message) (de la part )?(du|d'un|de) client\b`],
      it: [String.raw`\b(richiesta( di informazioni)?|messaggio|domanda) (da parte )?(dal|da un|da|del|di un) cliente\b`],
      es: [String.raw`\b(consulta|pregunta|mensaje) (del|de un|de) cliente\b`],
      nl: [String.raw`\b(vraag|bericht) van (een )?(amazon-?)?klant\b`],
      pl: [String.raw`\b(zapytanie|wiadomosc|pytanie) od klienta\b`],
      sv: [String.raw`\b(forfragan|fraga|meddelande) fran (en )?(amazon-?)?kund\b`],
      pt: [String.raw`\b(pergunta|duvida|mensagem) (do|de|de um) cliente\b`],
      tr: [String.raw`\bmusterisinden (soru|mesaj)\b`],
    },
  },
];

/** Every wording of every language under 'any' (each is one language's own template text, so none misfires). */
export const noticeRules: ReadonlyArray<RuleSpec<NoticeKey>> = noticeWordings.map((spec) => ({
  ...spec,
  phrases: { any: Object.values(spec.phrases).flat() },
}));
