import type { LanguagePack } from './slots';

const hello = 'Dear {buyerName|customer},\n\n';
const bye = '\n\nKind regards,[[\n{sellerName}]]';
const order = 'your order[[ {orderId}]]';
const item = 'the item[[ "{productTitle}"]]';

export const en: LanguagePack = {
  cancel_request_system: {
    title: 'Cancellation requested through Amazon: confirmed',
    body: `${hello}Thank you for your message. We have received your cancellation request for ${order} through Amazon and have cancelled the order. If you were charged, Amazon will refund the payment automatically.${bye}`,
  },
  cancel_request_message: {
    title: 'Cancellation: please use Your Orders → Cancel items',
    body: `${hello}Thank you for your message about ${order}. To cancel, please send the request through Amazon: go to Your Orders, open this order and choose "Cancel items". As soon as your request reaches us, we will process it. If the order has already been shipped, you can return it from Your Orders after it arrives.${bye}`,
  },
  address_change: {
    title: 'Address change: not possible, cancel and re-order',
    body: `${hello}Thank you for your message. We are sorry, but Amazon does not allow the shipping address of an order to be changed once it has been placed. If you need ${order} delivered to a different address, please cancel it in Your Orders ("Cancel items") and place a new order with the correct address.${bye}`,
  },
  'address_change.scam1': {
    title: 'Scam procedure, reply 1: shipping information cannot be changed',
    body: `${hello}Thank you for your message. We are sorry, but we cannot change the shipping information of ${order}. We can only ship to the address given in the order. If you would like the item sent to a different address, please cancel this order in Your Orders ("Cancel items") and place a new order with that address.${bye}`,
  },
  'address_change.scam2': {
    title: 'Scam procedure, reply 2: Amazon will be contacted',
    body: `${hello}As explained in our previous message, we cannot change the shipping information of ${order}, and we can only ship to the address given in the order. As this request has been repeated, we are informing Amazon's Seller Support about this order. If you need a different address, please cancel the order in Your Orders and place a new one.${bye}`,
  },
  return_request: {
    title: 'Return: authorised, follow the instructions in Your Orders',
    body: `${hello}Thank you for your return request for ${item}. We have authorised the return: please follow the instructions and use the return label shown in Your Orders ("Return or replace items"). We will issue your refund as soon as the item reaches us.${bye}`,
  },
  'damaged_or_defective.mfn': {
    title: 'Damaged or defective (merchant-fulfilled): return with full refund or partial refund',
    body: `${hello}We are very sorry that ${item} did not arrive in perfect condition, and we apologise for the inconvenience. We would like to put this right and can offer you either:\n- a return with a full refund (please start it from Your Orders, "Return or replace items"; we cover the return shipping), or\n- a partial refund if you prefer to keep the item.\nPlease let us know which you prefer by replying to this message; a photo of the problem would also help us.${bye}`,
  },
  'damaged_or_defective.fba': {
    title: 'Damaged or defective (FBA): apology, Amazon arranges replacement or refund',
    body: `${hello}We are very sorry that ${item} did not arrive in perfect condition, and we apologise for the inconvenience. This order was shipped by Amazon, so Amazon can arrange a replacement or a full refund for you quickly: please go to Your Orders, open this order and choose "Return or replace items". If anything else is unclear, please reply to this message.${bye}`,
  },
  'damaged_or_defective.warranty': {
    title: 'Defect after the 30-day return window: manufacturer warranty',
    body: `${hello}We are sorry to hear that ${item} is no longer working properly. As the 30-day return period for ${order} has ended, the manufacturer's warranty applies: please contact the manufacturer's support, whose details are in the manual or on the warranty card, and keep your order details at hand. If you need any help with this, please reply to this message.${bye}`,
  },
  'delivery_status.mfn': {
    title: 'Where is my order (merchant-fulfilled): tracking in Your Orders',
    body: `${hello}Thank you for your message about ${order}. Your order has been shipped, and you can follow its delivery at any time in Your Orders ("Track package"). If it has not arrived by the estimated delivery date, please reply to this message and we will look into it right away.${bye}`,
  },
  'delivery_status.fba': {
    title: 'Where is my order (FBA): Amazon handles the delivery',
    body: `${hello}Thank you for your message about ${order}. This order is shipped and delivered by Amazon, so Amazon customer service has the latest delivery information and can help you best: you can follow the package in Your Orders ("Track package") and reach Amazon customer service from there.${bye}`,
  },
  refund_request: {
    title: 'Refund: we are checking the status',
    body: `${hello}Thank you for your message about the refund for ${order}. We are checking the status of your return and refund now and will get back to you shortly. A refund we issue appears in Your Orders; your bank may need a few days to show it on your statement.${bye}`,
  },
  invoice_request: {
    title: 'Invoice: provided through Amazon',
    body: `${hello}Thank you for your message. We will provide the invoice for ${order} through Amazon: once it is uploaded, you will find it in Your Orders under "Invoice". For your security, we send invoices only through Amazon.${bye}`,
  },
  product_question: {
    title: 'Product question: we are checking',
    body: `${hello}Thank you for your question about ${item}. We are checking the details and will answer you shortly in reply to this message.${bye}`,
  },
  thanks: {
    title: 'Thank you (optional: usually mark No response needed)',
    body: `${hello}Thank you very much for your kind message. We are glad to hear that everything arrived well.${bye}`,
  },
  spam_or_suspicious: {
    title: 'Not an order question (optional: usually mark No response needed)',
    body: `${hello}Thank you for your message. We can only help with questions about orders placed with us on Amazon.${bye}`,
  },
  other: {
    title: 'General: message received',
    body: `${hello}Thank you for your message about ${order}. We have received it and will get back to you shortly.${bye}`,
  },
};
