import type { LanguagePack } from './slots';

const hello = 'Gentile {buyerName|cliente},\n\n';
const bye = '\n\nCordiali saluti,[[\n{sellerName}]]';
const order = 'il suo ordine[[ {orderId}]]';
const ofOrder = 'del suo ordine[[ {orderId}]]';
const item = "l'articolo[[ «{productTitle}»]]";

export const it: LanguagePack = {
  cancel_request_system: {
    title: 'Annullamento richiesto tramite Amazon: confermato',
    body: `${hello}grazie per il suo messaggio. Abbiamo ricevuto tramite Amazon la sua richiesta di annullamento ${ofOrder} e abbiamo annullato l'ordine. Se le è stato addebitato un importo, Amazon lo rimborserà automaticamente.${bye}`,
  },
  cancel_request_message: {
    title: 'Annullamento: usi I miei ordini → Annulla articoli',
    body: `${hello}grazie per il suo messaggio riguardo ${order}. Per annullarlo, la preghiamo di inviare la richiesta tramite Amazon: in «I miei ordini» apra questo ordine e scelga «Annulla articoli». Appena la richiesta ci arriva, la gestiremo subito. Se l'ordine è già stato spedito, potrà restituirlo da «I miei ordini» dopo averlo ricevuto.${bye}`,
  },
  address_change: {
    title: 'Cambio di indirizzo: non possibile, annullare e riordinare',
    body: `${hello}grazie per il suo messaggio. Ci dispiace, ma Amazon non consente di modificare l'indirizzo di spedizione di un ordine già effettuato. Se desidera ricevere ${order} a un altro indirizzo, la preghiamo di annullarlo in «I miei ordini» («Annulla articoli») e di effettuare un nuovo ordine con l'indirizzo corretto.${bye}`,
  },
  'address_change.scam1': {
    title: 'Procedura frode, risposta 1: i dati di spedizione non si possono modificare',
    body: `${hello}grazie per il suo messaggio. Ci dispiace, ma non possiamo modificare i dati di spedizione ${ofOrder}. Spediamo esclusivamente all'indirizzo indicato nell'ordine. Se desidera ricevere l'articolo a un altro indirizzo, la preghiamo di annullare questo ordine in «I miei ordini» («Annulla articoli») e di effettuare un nuovo ordine con quell'indirizzo.${bye}`,
  },
  'address_change.scam2': {
    title: 'Procedura frode, risposta 2: Amazon verrà informata',
    body: `${hello}come indicato nel nostro messaggio precedente, non possiamo modificare i dati di spedizione ${ofOrder} e spediamo esclusivamente all'indirizzo indicato nell'ordine. Poiché la richiesta è stata ripetuta, stiamo informando il supporto venditori di Amazon riguardo a questo ordine. Se ha bisogno di un altro indirizzo, la preghiamo di annullare l'ordine in «I miei ordini» e di effettuarne uno nuovo.${bye}`,
  },
  return_request: {
    title: 'Reso: autorizzato, segua le istruzioni in I miei ordini',
    body: `${hello}grazie per la sua richiesta di reso. Abbiamo autorizzato il reso: la preghiamo di seguire le istruzioni e di usare l'etichetta di reso disponibili in «I miei ordini» («Restituisci o sostituisci articoli»). Effettueremo il rimborso non appena ${item} ci sarà arrivato.${bye}`,
  },
  'damaged_or_defective.mfn': {
    title: 'Danneggiato o difettoso (spedito dal venditore): reso con rimborso completo o rimborso parziale',
    body: `${hello}ci dispiace molto che ${item} non sia arrivato in perfette condizioni e ci scusiamo per il disagio. Vorremmo rimediare e possiamo offrirle:\n- un reso con rimborso completo (da avviare in «I miei ordini», «Restituisci o sostituisci articoli»; le spese di reso sono a nostro carico), oppure\n- un rimborso parziale, se preferisce tenere l'articolo.\nCi indichi la sua preferenza rispondendo a questo messaggio; anche una foto del problema ci sarebbe utile.${bye}`,
  },
  'damaged_or_defective.fba': {
    title: 'Danneggiato o difettoso (FBA): scuse, Amazon organizza sostituzione o rimborso',
    body: `${hello}ci dispiace molto che ${item} non sia arrivato in perfette condizioni e ci scusiamo per il disagio. Questo ordine è stato spedito da Amazon, quindi Amazon può organizzare rapidamente una sostituzione o un rimborso completo: in «I miei ordini» apra questo ordine e scelga «Restituisci o sostituisci articoli». Per qualsiasi altra domanda, risponda pure a questo messaggio.${bye}`,
  },
  'damaged_or_defective.warranty': {
    title: 'Difetto dopo i 30 giorni per il reso: garanzia del produttore',
    body: `${hello}ci dispiace sapere che ${item} non funziona più correttamente. Poiché il periodo di reso di 30 giorni ${ofOrder} è terminato, si applica la garanzia del produttore: la preghiamo di rivolgersi all'assistenza del produttore, i cui recapiti si trovano nel manuale o sul certificato di garanzia, tenendo a portata di mano i dati dell'ordine. Se ha bisogno di aiuto, risponda pure a questo messaggio.${bye}`,
  },
  'delivery_status.mfn': {
    title: 'Dov’è il mio ordine (spedito dal venditore): tracciamento in I miei ordini',
    body: `${hello}grazie per il suo messaggio riguardo ${order}. L'ordine è stato spedito e può seguirne la consegna in qualsiasi momento in «I miei ordini» («Traccia il pacco»). Se non dovesse arrivare entro la data di consegna prevista, risponda a questo messaggio e ce ne occuperemo subito.${bye}`,
  },
  'delivery_status.fba': {
    title: 'Dov’è il mio ordine (FBA): la consegna è gestita da Amazon',
    body: `${hello}grazie per il suo messaggio riguardo ${order}. Questo ordine è spedito e consegnato da Amazon, quindi il servizio clienti Amazon dispone delle informazioni di consegna più aggiornate e può aiutarla al meglio: può seguire il pacco in «I miei ordini» («Traccia il pacco») e contattare il servizio clienti Amazon dalla stessa pagina.${bye}`,
  },
  refund_request: {
    title: 'Rimborso: stiamo verificando',
    body: `${hello}grazie per il suo messaggio sul rimborso ${ofOrder}. Stiamo verificando lo stato del reso e del rimborso e le risponderemo a breve. Un rimborso effettuato da noi compare in «I miei ordini»; la sua banca può impiegare alcuni giorni per mostrarlo nell'estratto conto.${bye}`,
  },
  invoice_request: {
    title: 'Fattura: fornita tramite Amazon',
    body: `${hello}grazie per il suo messaggio. Forniremo la fattura ${ofOrder} tramite Amazon: una volta caricata, la troverà in «I miei ordini» alla voce «Fattura». Per la sua sicurezza, inviamo le fatture esclusivamente tramite Amazon.${bye}`,
  },
  product_question: {
    title: 'Domanda sul prodotto: stiamo verificando',
    body: `${hello}grazie per la sua domanda[[ su «{productTitle}»]]. Stiamo verificando i dettagli e le risponderemo a breve in risposta a questo messaggio.${bye}`,
  },
  thanks: {
    title: 'Ringraziamento (facoltativo: di solito segnare «Nessuna risposta necessaria»)',
    body: `${hello}grazie mille per il suo gentile messaggio. Siamo felici che tutto sia arrivato bene.${bye}`,
  },
  spam_or_suspicious: {
    title: 'Non riguarda un ordine (facoltativo: di solito segnare «Nessuna risposta necessaria»)',
    body: `${hello}grazie per il suo messaggio. Possiamo aiutarla solo per domande sugli ordini effettuati presso di noi su Amazon.${bye}`,
  },
  other: {
    title: 'Generale: messaggio ricevuto',
    body: `${hello}grazie per il suo messaggio riguardo ${order}. Lo abbiamo ricevuto e le risponderemo a breve.${bye}`,
  },
};
