import type { LanguagePack } from './slots';

// "Guten Tag {buyerName}," becomes "Guten Tag," without a name.
const hello = 'Guten Tag {buyerName},\n\n';
const bye = '\n\nMit freundlichen Grüßen[[\n{sellerName}]]';
const order = 'Ihre Bestellung[[ {orderId}]]';
const ofOrder = 'Ihrer Bestellung[[ {orderId}]]';
const item = 'der Artikel[[ „{productTitle}“]]';

export const de: LanguagePack = {
  cancel_request_system: {
    title: 'Stornierung über Amazon angefragt: bestätigt',
    body: `${hello}vielen Dank für Ihre Nachricht. Wir haben Ihre Stornierungsanfrage für ${order} über Amazon erhalten und die Bestellung storniert. Falls Ihnen bereits etwas berechnet wurde, erstattet Amazon den Betrag automatisch.${bye}`,
  },
  cancel_request_message: {
    title: 'Stornierung: bitte über Meine Bestellungen → Artikel stornieren',
    body: `${hello}vielen Dank für Ihre Nachricht zu ${ofOrder}. Bitte senden Sie die Stornierung über Amazon: Öffnen Sie unter „Meine Bestellungen“ diese Bestellung und wählen Sie „Artikel stornieren“. Sobald Ihre Anfrage bei uns eingeht, bearbeiten wir sie umgehend. Falls die Bestellung bereits versandt wurde, können Sie sie nach Erhalt über „Meine Bestellungen“ zurücksenden.${bye}`,
  },
  address_change: {
    title: 'Adressänderung: nicht möglich, stornieren und neu bestellen',
    body: `${hello}vielen Dank für Ihre Nachricht. Leider erlaubt Amazon nicht, die Lieferadresse einer bereits aufgegebenen Bestellung zu ändern. Wenn ${order} an eine andere Adresse geliefert werden soll, stornieren Sie sie bitte unter „Meine Bestellungen“ („Artikel stornieren“) und bestellen Sie erneut mit der richtigen Adresse.${bye}`,
  },
  'address_change.scam1': {
    title: 'Betrugsverdacht, Antwort 1: Versanddaten können nicht geändert werden',
    body: `${hello}vielen Dank für Ihre Nachricht. Leider können wir die Versanddaten ${ofOrder} nicht ändern. Wir versenden ausschließlich an die Adresse aus der Bestellung. Wenn der Artikel an eine andere Adresse gehen soll, stornieren Sie diese Bestellung bitte unter „Meine Bestellungen“ („Artikel stornieren“) und bestellen Sie erneut mit dieser Adresse.${bye}`,
  },
  'address_change.scam2': {
    title: 'Betrugsverdacht, Antwort 2: Amazon wird informiert',
    body: `${hello}wie bereits mitgeteilt, können wir die Versanddaten ${ofOrder} nicht ändern und versenden ausschließlich an die Adresse aus der Bestellung. Da diese Anfrage wiederholt wurde, informieren wir den Amazon-Verkäuferservice über diese Bestellung. Wenn Sie eine andere Adresse benötigen, stornieren Sie die Bestellung bitte unter „Meine Bestellungen“ und bestellen Sie neu.${bye}`,
  },
  return_request: {
    title: 'Rücksendung: genehmigt, Anleitung unter Meine Bestellungen',
    body: `${hello}vielen Dank für Ihre Rücksendeanfrage. Wir haben die Rücksendung genehmigt: Bitte folgen Sie der Anleitung und verwenden Sie das Rücksendeetikett unter „Meine Bestellungen“ („Artikel zurücksenden oder ersetzen“). Sobald ${item} bei uns eingetroffen ist, erstatten wir Ihnen den Betrag.${bye}`,
  },
  'damaged_or_defective.mfn': {
    title: 'Beschädigt oder defekt (Händlerversand): Rücksendung mit voller Erstattung oder Teilerstattung',
    body: `${hello}es tut uns sehr leid, dass ${item} nicht einwandfrei bei Ihnen angekommen ist. Bitte entschuldigen Sie die Unannehmlichkeiten. Wir möchten das gerne für Sie lösen und bieten Ihnen an:\n- eine Rücksendung mit voller Erstattung (bitte unter „Meine Bestellungen“ über „Artikel zurücksenden oder ersetzen“ starten; die Rücksendekosten übernehmen wir) oder\n- eine Teilerstattung, wenn Sie den Artikel behalten möchten.\nBitte teilen Sie uns in einer Antwort auf diese Nachricht mit, was Ihnen lieber ist; ein Foto des Problems hilft uns ebenfalls.${bye}`,
  },
  'damaged_or_defective.fba': {
    title: 'Beschädigt oder defekt (FBA): Entschuldigung, Amazon veranlasst Ersatz oder Erstattung',
    body: `${hello}es tut uns sehr leid, dass ${item} nicht einwandfrei bei Ihnen angekommen ist. Bitte entschuldigen Sie die Unannehmlichkeiten. Diese Bestellung wurde von Amazon versandt, daher kann Amazon schnell einen Ersatz oder eine volle Erstattung veranlassen: Öffnen Sie bitte unter „Meine Bestellungen“ diese Bestellung und wählen Sie „Artikel zurücksenden oder ersetzen“. Bei weiteren Fragen antworten Sie gerne auf diese Nachricht.${bye}`,
  },
  'damaged_or_defective.warranty': {
    title: 'Defekt nach Ablauf der 30-tägigen Rückgabefrist: Herstellergarantie',
    body: `${hello}es tut uns leid zu hören, dass ${item} nicht mehr richtig funktioniert. Da die 30-tägige Rückgabefrist ${ofOrder} abgelaufen ist, gilt die Garantie des Herstellers: Bitte wenden Sie sich an den Kundendienst des Herstellers, dessen Angaben Sie in der Bedienungsanleitung oder auf der Garantiekarte finden, und halten Sie Ihre Bestelldaten bereit. Wenn Sie dabei Hilfe benötigen, antworten Sie gerne auf diese Nachricht.${bye}`,
  },
  'delivery_status.mfn': {
    title: 'Wo ist meine Bestellung (Händlerversand): Sendungsverfolgung unter Meine Bestellungen',
    body: `${hello}vielen Dank für Ihre Nachricht. ${order} wurde versandt, und Sie können die Lieferung jederzeit unter „Meine Bestellungen“ („Lieferung verfolgen“) verfolgen. Sollte sie bis zum voraussichtlichen Liefertermin nicht angekommen sein, antworten Sie bitte auf diese Nachricht, und wir kümmern uns sofort darum.${bye}`,
  },
  'delivery_status.fba': {
    title: 'Wo ist meine Bestellung (FBA): Amazon übernimmt die Lieferung',
    body: `${hello}vielen Dank für Ihre Nachricht. ${order} wird von Amazon versandt und zugestellt, daher hat der Amazon-Kundenservice die aktuellsten Lieferinformationen und kann Ihnen am besten helfen: Unter „Meine Bestellungen“ („Lieferung verfolgen“) können Sie das Paket verfolgen und von dort aus auch den Amazon-Kundenservice erreichen.${bye}`,
  },
  refund_request: {
    title: 'Erstattung: wir prüfen den Stand',
    body: `${hello}vielen Dank für Ihre Nachricht zur Erstattung ${ofOrder}. Wir prüfen gerade den Stand Ihrer Rücksendung und Erstattung und melden uns in Kürze bei Ihnen. Eine von uns veranlasste Erstattung erscheint unter „Meine Bestellungen“; Ihre Bank benötigt unter Umständen einige Tage, bis sie auf Ihrem Konto sichtbar ist.${bye}`,
  },
  invoice_request: {
    title: 'Rechnung: über Amazon bereitgestellt',
    body: `${hello}vielen Dank für Ihre Nachricht. Wir stellen die Rechnung zu ${ofOrder} über Amazon bereit: Sobald sie hochgeladen ist, finden Sie sie unter „Meine Bestellungen“ bei „Rechnung“. Zu Ihrer Sicherheit versenden wir Rechnungen ausschließlich über Amazon.${bye}`,
  },
  product_question: {
    title: 'Produktfrage: wir prüfen das',
    body: `${hello}vielen Dank für Ihre Frage[[ zu „{productTitle}“]]. Wir prüfen die Einzelheiten und antworten Ihnen in Kürze auf diese Nachricht.${bye}`,
  },
  thanks: {
    title: 'Dank (optional: meist „Keine Antwort erforderlich“ markieren)',
    body: `${hello}herzlichen Dank für Ihre freundliche Nachricht. Es freut uns sehr, dass alles gut bei Ihnen angekommen ist.${bye}`,
  },
  spam_or_suspicious: {
    title: 'Keine Bestellfrage (optional: meist „Keine Antwort erforderlich“ markieren)',
    body: `${hello}vielen Dank für Ihre Nachricht. Wir können ausschließlich bei Fragen zu Bestellungen helfen, die bei uns auf Amazon aufgegeben wurden.${bye}`,
  },
  other: {
    title: 'Allgemein: Nachricht erhalten',
    body: `${hello}vielen Dank für Ihre Nachricht zu ${ofOrder}. Wir haben sie erhalten und melden uns in Kürze bei Ihnen.${bye}`,
  },
};
