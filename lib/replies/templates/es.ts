import type { LanguagePack } from './slots';

const hello = 'Estimado/a {buyerName|cliente}:\n\n';
const bye = '\n\nAtentamente,[[\n{sellerName}]]';
const order = 'su pedido[[ {orderId}]]';
const ofOrder = 'de su pedido[[ {orderId}]]';
const item = 'el producto[[ «{productTitle}»]]';

export const es: LanguagePack = {
  cancel_request_system: {
    title: 'Cancelación solicitada a través de Amazon: confirmada',
    body: `${hello}Gracias por su mensaje. Hemos recibido a través de Amazon su solicitud de cancelación ${ofOrder} y hemos cancelado el pedido. Si se le ha cobrado algún importe, Amazon se lo reembolsará automáticamente.${bye}`,
  },
  cancel_request_message: {
    title: 'Cancelación: use Mis pedidos → Cancelar productos',
    body: `${hello}Gracias por su mensaje sobre ${order}. Para cancelarlo, le rogamos que envíe la solicitud a través de Amazon: en «Mis pedidos», abra este pedido y elija «Cancelar productos». En cuanto nos llegue su solicitud, la tramitaremos. Si el pedido ya se ha enviado, podrá devolverlo desde «Mis pedidos» después de recibirlo.${bye}`,
  },
  address_change: {
    title: 'Cambio de dirección: no es posible, cancelar y volver a pedir',
    body: `${hello}Gracias por su mensaje. Lo sentimos, pero Amazon no permite cambiar la dirección de envío de un pedido ya realizado. Si necesita recibir ${order} en otra dirección, le rogamos que lo cancele en «Mis pedidos» («Cancelar productos») y realice un nuevo pedido con la dirección correcta.${bye}`,
  },
  'address_change.scam1': {
    title: 'Procedimiento de fraude, respuesta 1: los datos de envío no se pueden cambiar',
    body: `${hello}Gracias por su mensaje. Lo sentimos, pero no podemos cambiar los datos de envío ${ofOrder}. Solo enviamos a la dirección indicada en el pedido. Si desea recibir el producto en otra dirección, le rogamos que cancele este pedido en «Mis pedidos» («Cancelar productos») y realice un nuevo pedido con esa dirección.${bye}`,
  },
  'address_change.scam2': {
    title: 'Procedimiento de fraude, respuesta 2: se informará a Amazon',
    body: `${hello}Como le indicamos en nuestro mensaje anterior, no podemos cambiar los datos de envío ${ofOrder} y solo enviamos a la dirección indicada en el pedido. Como la solicitud se ha repetido, estamos informando al servicio de asistencia para vendedores de Amazon sobre este pedido. Si necesita otra dirección, le rogamos que cancele el pedido en «Mis pedidos» y realice uno nuevo.${bye}`,
  },
  return_request: {
    title: 'Devolución: autorizada, siga las instrucciones de Mis pedidos',
    body: `${hello}Gracias por su solicitud de devolución. Hemos autorizado la devolución: siga las instrucciones y utilice la etiqueta de devolución disponibles en «Mis pedidos» («Devolver o sustituir productos»). Le reembolsaremos el importe en cuanto recibamos ${item}.${bye}`,
  },
  'damaged_or_defective.mfn': {
    title: 'Dañado o defectuoso (envío por el vendedor): devolución con reembolso completo o reembolso parcial',
    body: `${hello}Sentimos mucho que ${item} no haya llegado en perfecto estado y le pedimos disculpas por las molestias. Queremos solucionarlo y podemos ofrecerle:\n- una devolución con reembolso completo (iníciela en «Mis pedidos», «Devolver o sustituir productos»; nosotros asumimos los gastos de devolución), o\n- un reembolso parcial si prefiere quedarse con el producto.\nIndíquenos qué prefiere respondiendo a este mensaje; una foto del problema también nos ayudaría.${bye}`,
  },
  'damaged_or_defective.fba': {
    title: 'Dañado o defectuoso (FBA): disculpas, Amazon gestiona la sustitución o el reembolso',
    body: `${hello}Sentimos mucho que ${item} no haya llegado en perfecto estado y le pedimos disculpas por las molestias. Este pedido lo ha enviado Amazon, por lo que Amazon puede gestionar rápidamente una sustitución o un reembolso completo: en «Mis pedidos», abra este pedido y elija «Devolver o sustituir productos». Si tiene cualquier otra pregunta, responda a este mensaje.${bye}`,
  },
  'damaged_or_defective.warranty': {
    title: 'Defecto tras el plazo de devolución de 30 días: garantía del fabricante',
    body: `${hello}Lamentamos saber que ${item} ya no funciona correctamente. Como el plazo de devolución de 30 días ${ofOrder} ha finalizado, se aplica la garantía del fabricante: le rogamos que se dirija al servicio técnico del fabricante, cuyos datos figuran en el manual o en la tarjeta de garantía, y que tenga a mano los datos de su pedido. Si necesita ayuda con ello, responda a este mensaje.${bye}`,
  },
  'delivery_status.mfn': {
    title: 'Dónde está mi pedido (envío por el vendedor): seguimiento en Mis pedidos',
    body: `${hello}Gracias por su mensaje sobre ${order}. El pedido ya se ha enviado y puede seguir la entrega en cualquier momento en «Mis pedidos» («Rastrear paquete»). Si no ha llegado en la fecha de entrega estimada, responda a este mensaje y lo revisaremos de inmediato.${bye}`,
  },
  'delivery_status.fba': {
    title: 'Dónde está mi pedido (FBA): Amazon gestiona la entrega',
    body: `${hello}Gracias por su mensaje sobre ${order}. Este pedido lo envía y entrega Amazon, por lo que el servicio de atención al cliente de Amazon tiene la información de entrega más actualizada y puede ayudarle mejor: puede seguir el paquete en «Mis pedidos» («Rastrear paquete») y contactar con el servicio de atención al cliente de Amazon desde esa misma página.${bye}`,
  },
  refund_request: {
    title: 'Reembolso: lo estamos comprobando',
    body: `${hello}Gracias por su mensaje sobre el reembolso ${ofOrder}. Estamos comprobando el estado de su devolución y su reembolso y le responderemos en breve. Los reembolsos que realizamos aparecen en «Mis pedidos»; su banco puede tardar unos días en reflejarlo en su extracto.${bye}`,
  },
  invoice_request: {
    title: 'Factura: se facilita a través de Amazon',
    body: `${hello}Gracias por su mensaje. Le facilitaremos la factura ${ofOrder} a través de Amazon: cuando esté cargada, la encontrará en «Mis pedidos», en el apartado «Factura». Por su seguridad, enviamos las facturas únicamente a través de Amazon.${bye}`,
  },
  product_question: {
    title: 'Pregunta sobre el producto: lo estamos comprobando',
    body: `${hello}Gracias por su pregunta[[ sobre «{productTitle}»]]. Estamos comprobando los detalles y le responderemos en breve a este mensaje.${bye}`,
  },
  thanks: {
    title: 'Agradecimiento (opcional: normalmente marcar «No es necesario responder»)',
    body: `${hello}Muchas gracias por su amable mensaje. Nos alegra mucho saber que todo ha llegado bien.${bye}`,
  },
  spam_or_suspicious: {
    title: 'No es una consulta de pedido (opcional: normalmente marcar «No es necesario responder»)',
    body: `${hello}Gracias por su mensaje. Solo podemos ayudar con consultas sobre pedidos realizados con nosotros en Amazon.${bye}`,
  },
  other: {
    title: 'General: mensaje recibido',
    body: `${hello}Gracias por su mensaje sobre ${order}. Lo hemos recibido y le responderemos en breve.${bye}`,
  },
};
