import { parsePageDate } from './dates';
import { composedContains, composedParent, firstDeep, labelOf, lineText, queryAllDeep, visibleText } from './dom';
import {
  classify, FIELD_LABELS, FORWARDED_MESSAGE_MARKERS, NO_RESPONSE_NEEDED_CONTROL, RESPONSE_DONE_STATE,
  RESPONSE_NEEDED_STATE, SENDER_CLASS_HINTS, SENDER_WORDS, buyerNameInSubject,
} from './labels';
import type { Marketplace } from './hosts';
import { asinInHref, asinsInText, firstOrderId, UUID } from './patterns';
import { labelledValue, marketplaceOfPage, textLines, unrecognised } from './read-common';
import { messageContainersAroundTimes, type FoundContainers, type ThreadScope } from './message-containers';
import { findReplyBox } from './reply-box';
import { THREAD } from './selectors';
import type { Sender, ThreadMessage, ThreadSnapshot, Unrecognised } from './types';
import { isContactBuyerPage, orderIdFromUrl, parseSellerCentralUrl, pathOf, threadIdFromUrl } from './urls';

/**
 * The open conversation of the messaging inbox: who wrote what and when, the order and products it is about, and
 * whether the seller can answer here. Works on the live page and on saved HTML (no script has to run).
 */
export function readThread(doc: Document, url: string): ThreadSnapshot | Unrecognised {
  const parsed = parseSellerCentralUrl(url);
  if (!parsed.ok) return unrecognised(url, parsed.reason);
  if (parsed.kind !== 'thread') return unrecognised(url, `not a messaging page (${parsed.url.pathname})`);
  const marketplace = marketplaceOfPage(doc, parsed.url, parsed.marketplace);
  const pane = new Pane(doc);
  const replyBox = findReplyBox(doc);

  const found = findMessageContainers(pane, replyBox);
  if (!found.ok) return unrecognised(url, `${found.reason} on ${pathOf(parsed.url)}`);
  const subject = subjectNear(pane, found.containers) ?? pane.firstText(THREAD.subject);
  // The case list and navigation are left out: their lines name other buyers and orders.
  const paneText = visibleText(pane.root, new Set(pane.outside)) + (pane.context ? `\n${visibleText(pane.context)}` : '');
  const paneLines = textLines(paneText);
  const buyerName = readBuyerName(pane, subject, paneLines);
  const messages = readMessages(pane, found.containers, marketplace, buyerName);
  const orderId =
    pane.withContext(THREAD.orderId).map((el) => firstOrderId(labelOf(el)) ?? firstOrderId(el.getAttribute('href'))).find(Boolean) ??
    firstOrderId(subject) ??
    firstOrderId(labelledValue(paneLines, FIELD_LABELS.orderId)) ??
    orderIdFromUrl(parsed.url) ??
    firstOrderId(paneText);
  const threadId = threadIdFromUrl(parsed.url) ?? readCaseIdAttribute(doc);
  const replyBoxFound = replyBox !== null;

  // Only the contact-buyer page has no message to read: the seller writes first. Anywhere else an empty thread would
  // hide the buyer's message, so the answer is "not recognised" and the panel offers manual mode.
  if (messages.length === 0 && !(isContactBuyerPage(parsed.url) && replyBoxFound && orderId)) {
    return unrecognised(
      url,
      replyBoxFound && (orderId || threadId)
        ? `no message found in the open thread on ${pathOf(parsed.url)}: its message markup was not recognised`
        : `no open message thread on ${pathOf(parsed.url)}: no messages, and no reply box with an order or case id`,
    );
  }
  const buyerMessages = messages.filter((m) => m.sender === 'buyer');
  return {
    kind: 'thread',
    url,
    marketplace,
    threadId,
    orderId: orderId ?? null,
    asins: readAsins(pane, paneText),
    buyerName,
    subject,
    messages,
    latestBuyerMessage: buyerMessages[buyerMessages.length - 1] ?? null,
    replyBoxFound,
    responseNeeded: readResponseNeeded(pane),
  };
}

/**
 * The open thread's part of the page. The case list beside it names other buyers and orders, so anything inside
 * the list (or the top navigation) is ignored unless the thread itself sits inside that region.
 */
class Pane implements ThreadScope {
  readonly root: Element | Document;
  readonly located: boolean;
  /** The order panel beside the thread (order id, product, ASIN), when it is not inside the thread itself. */
  readonly context: Element | null;
  readonly outside: Element[];

  constructor(doc: Document) {
    const pane = firstDeep(doc, THREAD.pane);
    this.located = pane !== null;
    this.root = pane ?? firstDeep(doc, THREAD.mainContent) ?? doc.body ?? doc;
    const root = this.root;
    const context = firstDeep(doc, THREAD.orderContext);
    this.context = context && !composedContains(root, context) ? context : null;
    this.outside = queryAllDeep(doc, THREAD.outsidePane.join(',')).filter((region) => !composedContains(region, root));
  }

  /** Matches of the first selector that finds anything in the thread or, failing that, in its order panel. */
  withContext(selectors: readonly string[]): Element[] {
    for (const selector of selectors) {
      const found = [this.root, this.context]
        .flatMap((scope) => (scope ? queryAllDeep(scope, selector) : []))
        .filter((el) => this.includes(el));
      if (found.length) return found;
    }
    return [];
  }

  includes(el: Element): boolean {
    return !this.outside.some((region) => composedContains(region, el));
  }

  /** Matches of the first selector that finds anything in the pane. */
  all(selectors: readonly string[]): Element[] {
    for (const selector of selectors) {
      const found = queryAllDeep(this.root, selector).filter((el) => this.includes(el));
      if (found.length) return found;
    }
    return [];
  }

  /** Matches of any of the selectors, outermost only (a time element inside a time wrapper counts once). */
  any(selectors: readonly string[], within: Element | Document = this.root): Element[] {
    const found = queryAllDeep(within, selectors.join(',')).filter((el) => this.includes(el));
    return found.filter((el) => !found.some((other) => other !== el && composedContains(other, el)));
  }

  /** Every match of any of the selectors, nested ones included. */
  every(selectors: readonly string[]): Element[] {
    return queryAllDeep(this.root, selectors.join(',')).filter((el) => this.includes(el));
  }

  firstText(selectors: readonly string[]): string | null {
    for (const el of this.all(selectors)) {
      const text = labelOf(el);
      if (text) return text;
    }
    return null;
  }
}

/** The page's own message elements when it marks them, else the elements around each message's time. */
function findMessageContainers(pane: Pane, replyBox: Element | null): FoundContainers {
  const marked = pane.all(THREAD.message);
  return marked.length > 0 ? { ok: true, containers: marked } : messageContainersAroundTimes(pane, replyBox);
}

/**
 * The thread's subject: the first subject-like element (selectors in priority order) in the nearest ancestor of the
 * messages that has one, outside the messages themselves. When the pane is the whole page, this is the thread's
 * heading beside the messages, not the page title above everything. Null without messages (the caller falls back).
 */
function subjectNear(pane: Pane, containers: readonly Element[]): string | null {
  const first = containers[0];
  if (!first) return null;
  // How far up from the first message each ancestor is, up to the pane: a candidate's nearness is the first of
  // these it meets on its own way up (their nearest common ancestor).
  const level = new Map<Node, number>();
  let n = 0;
  for (let node = composedParent(first); node && node.nodeType === 1; node = composedParent(node)) {
    level.set(node, n++);
    if (node === pane.root) break;
  }
  const inMessage = (el: Element) => containers.some((c) => composedContains(c, el));
  let best: { level: number; text: string } | null = null;
  // Selectors in priority order, matches in page order: the first candidate at the nearest level wins.
  for (const selector of THREAD.subject) {
    for (const el of queryAllDeep(pane.root, selector)) {
      if (inMessage(el) || !pane.includes(el)) continue;
      let at: number | undefined;
      for (let node: Node | null = el; node && at === undefined; node = composedParent(node)) at = level.get(node);
      if (at === undefined || (best && best.level <= at)) continue;
      const text = labelOf(el);
      if (text) best = { level: at, text };
    }
  }
  return best?.text ?? null;
}

function readMessages(pane: Pane, containers: readonly Element[], marketplace: Marketplace, buyerName: string | null): ThreadMessage[] {
  const messages: ThreadMessage[] = [];
  for (const container of containers) {
    const message = readMessage(pane, container, marketplace, buyerName);
    if (message) messages.push(message);
  }
  // Oldest first, whatever order the page lists them in — but only when every time was read.
  if (messages.every((m) => m.time !== null)) {
    messages.sort((a, b) => (a.time! < b.time! ? -1 : a.time! > b.time! ? 1 : 0));
  }
  return messages;
}

function readMessage(pane: Pane, container: Element, marketplace: Marketplace, buyerName: string | null): ThreadMessage | null {
  const timeEl = pane.any(THREAD.messageTime, container)[0] ?? null;
  const timeText = timeEl ? lineText(timeEl) || timeEl.getAttribute('datetime') : null;
  const time = parsePageDate(timeEl?.getAttribute('datetime'), marketplace) ?? parsePageDate(timeText, marketplace);
  const bodyEl = firstDeep(container, THREAD.messageBody);
  const senderEl = firstDeep(container, THREAD.messageSender) ?? (bodyEl ? null : headerAround(timeEl, container));
  const senderText = senderEl ? lineText(senderEl).replace(timeText ?? '', '').replace(/[·•|–-]\s*$/, '').trim() : '';
  const exclude = new Set<Element>(queryAllDeep(container, THREAD.messageControls.join(',')));
  if (!bodyEl) {
    if (timeEl) exclude.add(timeEl);
    if (senderEl) exclude.add(senderEl);
  }
  const body = visibleText(bodyEl ?? container, exclude);
  if (!body) return null;
  return {
    sender: senderOf(container, senderEl, senderText, buyerName, body),
    time,
    timeText: timeText || null,
    body,
  };
}

/**
 * Unknown layout: the line around a message's time ("Marcus Reed · Nov 21, 2026 9:12 PM") is its header — the
 * largest element around the time whose text is barely longer than the time itself, and that leaves text beside it:
 * a short message ("Is it dishwasher safe?") fits in the length allowance and would otherwise vanish into its own
 * header.
 */
function headerAround(timeEl: Element | null, container: Element): Element | null {
  if (!timeEl) return null;
  const timeLength = lineText(timeEl).length;
  const containerLength = lineText(container).length;
  let header: Element = timeEl;
  for (let parent = composedParent(header); parent && parent !== container && parent.nodeType === 1; parent = composedParent(parent)) {
    const length = lineText(parent).length;
    if (length > timeLength + 80 || length >= containerLength) break;
    header = parent as Element;
  }
  return header;
}

function senderOf(container: Element, senderEl: Element | null, senderText: string, buyerName: string | null, body: string): Sender {
  const declared = (container.getAttribute('data-sender') ?? container.getAttribute('data-author-role') ?? '').toLowerCase();
  if (declared === 'buyer' || declared === 'seller' || declared === 'amazon') return declared;
  if (senderText) {
    const byWord = classify(senderText, SENDER_WORDS);
    if (byWord) return byWord;
    if (buyerName && senderText.includes(buyerName)) return 'buyer';
  }
  const classes = `${container.getAttribute('class') ?? ''} ${senderEl?.getAttribute('class') ?? ''}`;
  const byClass = classify(classes, SENDER_CLASS_HINTS);
  if (byClass) return byClass;
  // Amazon relays a buyer's words between "Begin message / End message" lines.
  if (FORWARDED_MESSAGE_MARKERS.test(body)) return 'buyer';
  // Nothing says who wrote it. Sellers' and Amazon's messages carry labels on every layout seen so far, so an
  // unlabelled message is most likely the buyer's — and treating it as the buyer's keeps the countdown running.
  return 'buyer';
}

function readBuyerName(pane: Pane, subject: string | null, paneLines: string[]): string | null {
  const shown = pane.firstText(THREAD.buyerName);
  if (shown) return cleanName(shown);
  const inSubject = buyerNameInSubject(subject);
  if (inSubject) return cleanName(inSubject);
  const labelled = labelledValue(paneLines, FIELD_LABELS.buyerName);
  return labelled ? cleanName(labelled) : null;
}

/** "佐藤 美咲（購入者）" → "佐藤 美咲"; "Jane D. (Buyer)" → "Jane D."; trailing 様 dropped. */
function cleanName(name: string): string | null {
  const cleaned = name
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/\s*様$/, '')
    .trim();
  return cleaned || null;
}

function readAsins(pane: Pane, paneText: string): string[] {
  const asins: string[] = [];
  const add = (asin: string | null | undefined) => {
    if (asin && !asins.includes(asin)) asins.push(asin);
  };
  for (const el of pane.withContext(THREAD.asin)) for (const a of asinsInText(`ASIN ${labelOf(el)}`)) add(a);
  for (const el of pane.withContext(THREAD.productLink)) add(asinInHref(el.getAttribute('href')));
  for (const a of asinsInText(paneText)) add(a);
  return asins;
}

function readCaseIdAttribute(doc: Document): string | null {
  for (const attr of THREAD.caseIdAttribute) {
    const el = queryAllDeep(doc, `[${attr}]`)[0];
    const uuid = el ? UUID.exec(el.getAttribute(attr) ?? '')?.[0] : undefined;
    if (uuid) return uuid.toLowerCase();
  }
  return null;
}

/**
 * true: the page shows a "response needed" state or the control to mark the thread as not needing one;
 * false: it shows the thread as answered or marked; null: it shows neither.
 */
function readResponseNeeded(pane: Pane): boolean | null {
  let needed = false;
  for (const el of pane.every(THREAD.responseState)) {
    if (isControl(el)) continue; // "No response needed" on a link is an action, not a state
    const text = labelOf(el);
    if (text.length > 60) continue; // a container, not a badge
    if (RESPONSE_DONE_STATE.test(text) || /^no response needed$|^返信不要$/i.test(text)) return false;
    if (RESPONSE_NEEDED_STATE.test(text)) needed = true;
  }
  for (const el of pane.every(THREAD.noResponseNeededControl)) {
    const href = el.getAttribute('href') ?? '';
    if (href.includes('/messaging/no-response-needed') || NO_RESPONSE_NEEDED_CONTROL.test(labelOf(el))) needed = true;
  }
  return needed ? true : null;
}

function isControl(el: Element): boolean {
  for (let n: Node | null = el; n && n.nodeType === 1; n = composedParent(n)) {
    const tag = (n as Element).localName;
    if (tag === 'a' || tag === 'button' || tag === 'kat-link' || tag === 'kat-button') return true;
  }
  return false;
}
