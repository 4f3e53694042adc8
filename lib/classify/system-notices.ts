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

export const noticeRules: ReadonlyArray<RuleSpec<`${NoticeKind}-subject` | `${NoticeKind}-body`>> = [
  {
    id: 'notice.cancel-subject',
    key: 'cancel-subject',
    strength: 2,
    label: 'Amazon cancellation request',
    scope: 'subject',
    phrases: {
      en: [String.raw`\b(order )?cancell?ation request (from|for|-|:)`, String.raw`^\s*order cancell?ation request\b`],
      ja: [String.raw`(注文)?キャンセルリクエスト`],
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
        String.raw`\b(has|have) requested (that )?(the following (order|item)s?|this order|to cancel|cancell?ation|the cancell?ation)\b`,
        String.raw`\bhas (submitted a cancell?ation request|asked (us |you )?to cancel (this|the following|order|item))\b`,
        String.raw`\b(reason for cancell?ation|cancell?ation reason|reason given by (the )?buyer|qty requested for cancell?ation)\b`,
        String.raw`\b(select|reason|choose|using the reason|with the reason)\b[^.]{0,30}\bbuyer cancell?ed\b`,
      ],
      ja: [
        // The buyer in the third person (a buyer never calls themselves お客様/購入者) + requested cancellation.
        String.raw`(購入者|お客様)[^。]{0,40}キャンセル(の|を)?(リクエスト|依頼|申請|要求)(が|を)?(ありました|しました|されました|届きました|送信されました|がありました|受け付けました)`,
        String.raw`キャンセル(の)?リクエストが(ありました|届きました|送信されました|届いています)`,
        String.raw`キャンセル理由[:：]`,
        String.raw`購入者によるキャンセル`,
      ],
      de: [String.raw`\bhat\b[^.]{0,80}\bstornierung\b[^.]{0,60}\b(beantragt|angefordert)\b`, String.raw`\b(grund der stornierung|stornierungsgrund|vom kaufer storniert)\b`],
      fr: [String.raw`\ba demande (l'annulation|a annuler|d'annuler)\b`, String.raw`\b(motif de l'annulation|annule par l'acheteur)\b`],
      it: [String.raw`\bha (richiesto|chiesto) (la cancellazione|l'annullamento|di annullare|di cancellare)\b`, String.raw`\b(annullato dall'acquirente|motivo (della cancellazione|dell'annullamento)\s?:)`],
      es: [String.raw`\bha (solicitado|pedido) (cancelar|la cancelacion|anular|la anulacion)\b`, String.raw`\b(motivo de (la )?cancelacion|cancelado por el comprador)\b`],
      nl: [String.raw`\bheeft gevraagd om\b[^.]{0,80}\bte annuleren\b`, String.raw`\bgeannuleerd door (de )?koper\b`],
      pl: [String.raw`\b(zlozyl\w* prosbe|poprosil\w*|wnioskowal\w*) o anulowanie\b`, String.raw`\banulowane przez kupujacego\b`],
      sv: [String.raw`\bhar begart att\b[^.]{0,60}\b(avbestall|annuller)`],
      pt: [String.raw`\bsolicitou o cancelamento\b`, String.raw`\bcancelado pelo comprador\b`],
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
      ],
      ja: [
        String.raw`返品理由[:：]`,
        String.raw`返品(の)?リクエスト(が届きました|がありました|の管理)`,
        String.raw`(購入者|お客様)[^。]{0,40}返品(の|を)?(リクエスト|依頼|申請)(が|を)?(ありました|しました|されました|届きました)`,
      ],
      de: [String.raw`\b(rucksendegrund\s?:|rucksendungen verwalten|hat eine rucksendegenehmigung|hat (eine )?rucksendung (beantragt|angefordert))\b`],
      fr: [String.raw`\b(motif du retour\s?:|gerer les retours|a demande (une autorisation de retour|le retour|un retour))`],
      it: [String.raw`\b(motivo del reso\s?:|gestisci resi|ha richiesto (il reso|un reso|un'autorizzazione al reso))`],
      es: [String.raw`\b(motivo de la devolucion\s?:|administrar devoluciones|ha solicitado (la|una) devolucion)`],
      nl: [String.raw`\b(reden van retour\s?:|retouren beheren|heeft een retour aangevraagd)`],
      pl: [String.raw`\b(powod zwrotu\s?:|zarzadzaj zwrotami)`],
      sv: [String.raw`\b(returorsak\s?:|hantera returer)`],
      pt: [String.raw`\b(motivo da devolucao\s?:|gerenciar devolucoes)`],
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
      fr: [String.raw`\b(demande de renseignements|question|message) (de la part )?(du|d'un) client\b`],
      it: [String.raw`\b(richiesta di informazioni|messaggio|domanda) (dal|da un) cliente\b`],
      es: [String.raw`\b(consulta|pregunta|mensaje) (del|de un) cliente\b`],
      nl: [String.raw`\b(vraag|bericht) van (amazon-?)?klant\b`],
      pl: [String.raw`\b(zapytanie|wiadomosc) od klienta\b`],
      sv: [String.raw`\b(forfragan|fraga|meddelande) fran (amazon-?)?kund\b`],
      pt: [String.raw`\b(pergunta|duvida|mensagem) do cliente\b`],
      tr: [String.raw`\bmusterisinden (soru|mesaj)\b`],
    },
  },
];
