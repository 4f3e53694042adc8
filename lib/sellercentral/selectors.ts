/**
 * Every CSS selector the readers use, in priority order per field: the data-test-id attributes known from the live
 * site first (see the shared notes), then class and structure guesses, then broad structure. When Amazon renames
 * something, this is the one file to change. Visible-text labels live in labels.ts, text patterns in patterns.ts.
 */

export const THREAD = {
  /** The open conversation, as opposed to the case list beside it (whose snippets name other buyers and orders). */
  pane: [
    '[data-test-id="thread-view"]',
    '[data-test-id="case-detail"]',
    '[data-test-id*="thread-detail"]',
    '[class*="thread-view"]',
    '[class*="case-detail"]',
    '[class*="thread-detail"]',
  ],
  /**
   * The page's main content, when nothing marks the thread itself: it holds the thread, but may hold the case list
   * and the order panel too, so a message must be told apart from them by structure (message-containers.ts).
   */
  mainContent: ['[role="main"]', 'main'],
  /** The case list and other chrome that must never be read as the open thread. */
  outsidePane: [
    '[data-test-id="case-list"]',
    '[data-test-id*="inbox-list"]',
    '[class*="case-list"]',
    '[role="listbox"]',
    // A selectable list entry is a case in the list, never a message of the open thread (its date looks like one).
    '[role="option"]',
    'li[aria-selected]',
    '#sc-top-nav',
    'nav',
    'footer',
  ],
  /** The order panel beside the open thread (order id, product, ASIN, quantity). */
  orderContext: ['[data-test-id="order-context"]', '[class*="order-context"]', '[class*="orderContext"]'],
  subject: ['[data-test-id="thread-subject"]', '[data-test-id="case-subject"]', '[class*="subject"]', 'h1', 'h2', 'h3'],
  buyerName: ['[data-test-id="buyer-name"]', '[data-test-id="thread-buyer-name"]', '[class*="buyer-name"]'],
  orderId: [
    '[data-test-id="order-id"]',
    '[data-test-id="thread-order-id"]',
    'a[href*="/orders-v3/order/"]',
    'kat-link[href*="/orders-v3/order/"]',
  ],
  asin: ['[data-test-id="asin"]', '[data-test-id*="asin"]'],
  productLink: ['a[href*="/dp/"]', 'a[href*="/gp/product/"]', 'kat-link[href*="/dp/"]', 'kat-link[href*="/gp/product/"]'],
  caseIdAttribute: ['data-case-id', 'data-thread-id'],
  message: ['[data-test-id="thread-message"]', '[data-test-id="message"]', '[data-test-id="message-item"]'],
  messageBody: [
    '[data-test-id="message-body"]',
    '[data-test-id="message-text"]',
    '[class*="message-body"]',
    '[class*="messageBody"]',
    '[class*="message-text"]',
    // BEM spellings ("message__body"), which the hyphenated guesses above do not match.
    '[class*="message__body"]',
    '[class*="message__text"]',
  ],
  messageSender: [
    '[data-test-id="message-sender"]',
    '[class*="sender"]',
    '[class*="author"]',
    '[class*="from"]',
  ],
  /** One per message: the e2e tests rewrite these to move a thread in time. */
  messageTime: [
    'time',
    '[data-test-id="message-time"]',
    '[data-test-id*="timestamp"]',
    'kat-date',
    '[class*="timestamp"]',
    '[class*="message-time"]',
    '[class*="msg-time"]',
    '[class*="message__time"]',
    '[class*="message__date"]',
  ],
  /**
   * Elements that stand for one message when nothing else marks it: a list item or article around its time. The
   * list beside the thread (cases) is excluded by outsidePane before this is asked.
   */
  messageItem: ['li', '[role="listitem"]', 'article', '[role="article"]'],
  /** Page and thread headings: a message never holds the page title or the thread subject. */
  heading: ['h1', 'h2', '[role="heading"][aria-level="1"]', '[role="heading"][aria-level="2"]'],
  /** Message controls whose labels are not part of the message ("Translate", "Report"). */
  messageControls: ['button', 'kat-button', '[role="button"]', 'kat-link[data-test-id*="action"]'],
  responseState: [
    '[data-test-id="response-status"]',
    'kat-badge',
    '[class*="badge"]',
    '[class*="status"]',
  ],
  noResponseNeededControl: [
    'a[href*="/messaging/no-response-needed"]',
    'kat-link[href*="/messaging/no-response-needed"]',
    '[data-test-id*="no-response-needed"]',
    'kat-button',
    'button',
    'a',
  ],
  /** Where the seller types: KAT's textarea (real <textarea> in its open shadow root), a plain textarea, an editor. */
  replyBox: [
    '[data-test-id="reply-textarea"]',
    'kat-textarea',
    'textarea',
    '[contenteditable="true"]',
    '[contenteditable=""]',
    '[contenteditable="plaintext-only"]',
  ],
} as const;

export const ORDER = {
  root: ['#MYO-app', '[data-test-id="order-details"]', 'main', 'body'],
  orderId: ['[data-test-id="order-id-value"]'],
  purchaseDate: ['[data-test-id="order-summary-purchase-date-value"]'],
  shipBy: ['[data-test-id="order-summary-shipby-value"]'],
  fulfilment: ['[data-test-id="order-summary-fulfillment-channel-value"]'],
  buyerName: ['[data-test-id="buyer-name-with-link"]', '[data-test-id="buyer-name"]'],
  shipToAddress: ['[data-test-id="shipping-section-buyer-address"]'],
  /** No data-test-id is known for the payment method: the label fallback (labels.ts) usually finds it. */
  paymentMethod: ['[data-test-id="order-summary-payment-method-value"]', '[data-test-id*="payment-method"]'],
  status: [
    'td[data-test-id="item-status-cell"] .main-status',
    '[data-test-id="item-status-cell"]',
    '.main-status',
    '[data-test-id*="order-status"]',
  ],
  buyerRequestedCancel: ['.buyer-requested-cancel', '[data-test-id*="buyer-requested-cancel"]'],
  itemRows: ['table.a-keyvalue tbody tr', 'table.a-keyvalue tr', '[data-test-id="order-items"] tr'],
  productCell: ['.myo-list-orders-product-name-cell', '[data-test-id*="product-name"]'],
  productTitle: ['.myo-list-orders-product-name-cell a', 'a[href*="/gp/product/"]', 'a[href*="/dp/"]'],
  productLink: ['a[href*="/gp/product/"]', 'a[href*="/dp/"]'],
  quantityCell: ['[data-test-id*="quantity"]', '.quantity-cell'],
} as const;

export const ORDER_LIST = {
  root: ['#orders-table', '.myo-table-container', '#MYO-app', 'main', 'body'],
  rows: ['#orders-table tbody tr', '.myo-table-container tbody tr', 'table tbody tr'],
  orderId: ['td:nth-child(3) .cell-body-title a', '.cell-body-title a', 'a[href*="/orders-v3/order/"]'],
  orderDateCell: ['td:nth-child(2)', '[data-test-id*="order-date"]'],
  productCell: ['td:nth-child(5)'],
  shipByCell: ['td:nth-child(7)'],
  status: ['td:nth-child(8) .main-status', '.main-status', 'td:nth-child(8)'],
  productLink: ['a[href*="/gp/product/"]', 'a[href*="/dp/"]'],
} as const;

export const FEEDBACK = {
  root: ['.fbm-content', '[data-test-id*="feedback"]', 'main', 'body'],
  rows: ['.fbm-content kat-table-row', 'kat-table-body kat-table-row', 'kat-table-row', 'table tbody tr'],
  /** Header rows carry labels, not feedback. */
  headerRow: ['kat-table-head kat-table-row', 'thead tr'],
  orderDate: ['.col_order_date', '[data-test-id*="order-date"]'],
  rating: ['.col_feedback_rating kat-star-rating', 'kat-star-rating', '[data-test-id*="rating"]', '.col_feedback_rating'],
  orderId: ['.col_order_id kat-link', '.col_order_id a', '.col_order_id', 'kat-link', 'a[href*="/orders-v3/order/"]'],
  comment: ['.col_comments', '.col_feedback_comments', '[data-test-id*="comment"]'],
  cells: ['kat-table-cell', 'td'],
} as const;

/** The marketplace switcher in the top bar: how the pan-European host says which marketplace is shown. */
export const MARKETPLACE_SWITCHER = [
  '[data-test-id="marketplace-switcher"]',
  '#partner-switcher',
  '.sc-mkt-picker-switcher-txt',
  '[class*="marketplace-switcher"]',
  '[class*="mkt-picker"]',
] as const;
