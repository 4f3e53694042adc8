import type { LanguagePack } from './slots';

// "Bonjour {buyerName}," becomes "Bonjour," without a name.
const hello = 'Bonjour {buyerName},\n\n';
const bye = '\n\nCordialement,[[\n{sellerName}]]';
const order = 'votre commande[[ {orderId}]]';
const item = "l'article[[ « {productTitle} »]]";

export const fr: LanguagePack = {
  cancel_request_system: {
    title: 'Annulation demandée via Amazon : confirmée',
    body: `${hello}Merci pour votre message. Nous avons bien reçu via Amazon votre demande d'annulation pour ${order} et nous avons annulé la commande. Si un montant a été débité, Amazon vous le remboursera automatiquement.${bye}`,
  },
  cancel_request_message: {
    title: 'Annulation : merci de passer par Vos commandes → Annuler des articles',
    body: `${hello}Merci pour votre message concernant ${order}. Pour l'annuler, merci d'envoyer la demande via Amazon : dans « Vos commandes », ouvrez cette commande et choisissez « Annuler des articles ». Dès que votre demande nous parvient, nous la traitons. Si la commande a déjà été expédiée, vous pourrez la retourner depuis « Vos commandes » après sa réception.${bye}`,
  },
  address_change: {
    title: "Changement d'adresse : impossible, annuler et commander à nouveau",
    body: `${hello}Merci pour votre message. Nous sommes désolés, mais Amazon ne permet pas de modifier l'adresse de livraison d'une commande déjà passée. Si ${order} doit être livrée à une autre adresse, merci de l'annuler dans « Vos commandes » (« Annuler des articles ») et de passer une nouvelle commande avec la bonne adresse.${bye}`,
  },
  'address_change.scam1': {
    title: 'Procédure fraude, réponse 1 : les informations de livraison ne peuvent pas être modifiées',
    body: `${hello}Merci pour votre message. Nous sommes désolés, mais nous ne pouvons pas modifier les informations de livraison de ${order}. Nous expédions uniquement à l'adresse indiquée dans la commande. Si vous souhaitez recevoir l'article à une autre adresse, merci d'annuler cette commande dans « Vos commandes » (« Annuler des articles ») et de passer une nouvelle commande avec cette adresse.${bye}`,
  },
  'address_change.scam2': {
    title: 'Procédure fraude, réponse 2 : Amazon sera informé',
    body: `${hello}Comme indiqué dans notre précédent message, nous ne pouvons pas modifier les informations de livraison de ${order} et nous expédions uniquement à l'adresse indiquée dans la commande. Cette demande ayant été répétée, nous informons le support vendeur d'Amazon au sujet de cette commande. Si vous avez besoin d'une autre adresse, merci d'annuler la commande dans « Vos commandes » et d'en passer une nouvelle.${bye}`,
  },
  return_request: {
    title: 'Retour : autorisé, suivez les instructions dans Vos commandes',
    body: `${hello}Merci pour votre demande de retour. Nous avons autorisé le retour : merci de suivre les instructions et d'utiliser l'étiquette de retour disponibles dans « Vos commandes » (« Retourner ou remplacer des articles »). Nous vous rembourserons dès réception de ${item}.${bye}`,
  },
  'damaged_or_defective.mfn': {
    title: 'Endommagé ou défectueux (expédié par le vendeur) : retour avec remboursement complet ou remboursement partiel',
    body: `${hello}Nous sommes vraiment désolés que ${item} ne vous soit pas parvenu en parfait état, et nous vous prions de nous excuser pour ce désagrément. Nous souhaitons arranger cela et pouvons vous proposer :\n- un retour avec remboursement complet (à lancer depuis « Vos commandes », « Retourner ou remplacer des articles » ; les frais de retour sont à notre charge), ou\n- un remboursement partiel si vous préférez garder l'article.\nMerci de nous indiquer votre choix en répondant à ce message ; une photo du problème nous serait également utile.${bye}`,
  },
  'damaged_or_defective.fba': {
    title: 'Endommagé ou défectueux (FBA) : excuses, Amazon organise le remplacement ou le remboursement',
    body: `${hello}Nous sommes vraiment désolés que ${item} ne vous soit pas parvenu en parfait état, et nous vous prions de nous excuser pour ce désagrément. Cette commande a été expédiée par Amazon : Amazon peut donc organiser rapidement un remplacement ou un remboursement complet. Dans « Vos commandes », ouvrez cette commande et choisissez « Retourner ou remplacer des articles ». Pour toute autre question, répondez simplement à ce message.${bye}`,
  },
  'damaged_or_defective.warranty': {
    title: 'Défaut après le délai de retour de 30 jours : garantie du fabricant',
    body: `${hello}Nous sommes désolés d'apprendre que ${item} ne fonctionne plus correctement. Le délai de retour de 30 jours pour ${order} étant écoulé, c'est la garantie du fabricant qui s'applique : merci de vous adresser au service après-vente du fabricant, dont les coordonnées figurent dans la notice ou sur la carte de garantie, en gardant les informations de votre commande à portée de main. Si vous avez besoin d'aide, répondez simplement à ce message.${bye}`,
  },
  'delivery_status.mfn': {
    title: 'Où est ma commande (expédiée par le vendeur) : suivi dans Vos commandes',
    body: `${hello}Merci pour votre message concernant ${order}. Elle a été expédiée et vous pouvez suivre sa livraison à tout moment dans « Vos commandes » (« Suivre votre colis »). Si elle n'est pas arrivée à la date de livraison estimée, merci de répondre à ce message et nous nous en occupons immédiatement.${bye}`,
  },
  'delivery_status.fba': {
    title: 'Où est ma commande (FBA) : Amazon gère la livraison',
    body: `${hello}Merci pour votre message concernant ${order}. Cette commande est expédiée et livrée par Amazon : le service client d'Amazon dispose donc des informations de livraison les plus récentes et peut vous aider au mieux. Vous pouvez suivre le colis dans « Vos commandes » (« Suivre votre colis ») et joindre le service client d'Amazon depuis cette page.${bye}`,
  },
  refund_request: {
    title: 'Remboursement : nous vérifions',
    body: `${hello}Merci pour votre message concernant le remboursement de ${order}. Nous vérifions en ce moment l'état de votre retour et de votre remboursement et revenons vers vous très rapidement. Un remboursement effectué par nos soins apparaît dans « Vos commandes » ; votre banque peut mettre quelques jours à l'afficher sur votre relevé.${bye}`,
  },
  invoice_request: {
    title: 'Facture : fournie via Amazon',
    body: `${hello}Merci pour votre message. Nous mettons la facture de ${order} à disposition via Amazon : une fois téléchargée, vous la trouverez dans « Vos commandes », rubrique « Facture ». Pour votre sécurité, nous transmettons les factures uniquement via Amazon.${bye}`,
  },
  product_question: {
    title: 'Question sur le produit : nous vérifions',
    body: `${hello}Merci pour votre question[[ sur « {productTitle} »]]. Nous vérifions les détails et vous répondrons très rapidement en réponse à ce message.${bye}`,
  },
  thanks: {
    title: 'Remerciement (facultatif : en général, marquer « Aucune réponse nécessaire »)',
    body: `${hello}Merci beaucoup pour votre aimable message. Nous sommes ravis que tout soit bien arrivé.${bye}`,
  },
  spam_or_suspicious: {
    title: 'Pas une question de commande (facultatif : en général, marquer « Aucune réponse nécessaire »)',
    body: `${hello}Merci pour votre message. Nous pouvons uniquement répondre aux questions concernant les commandes passées chez nous sur Amazon.${bye}`,
  },
  other: {
    title: 'Général : message reçu',
    body: `${hello}Merci pour votre message concernant ${order}. Nous l'avons bien reçu et revenons vers vous très rapidement.${bye}`,
  },
};
