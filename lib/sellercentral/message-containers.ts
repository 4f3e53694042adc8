import { composedParent, lineText, ownText, queryAllDeep, selfAndAncestors } from './dom';
import { ORDER_ID_GLOBAL } from './patterns';
import { THREAD } from './selectors';

/** What the message finder needs to know about the open thread's part of the page (read-thread.ts's Pane). */
export interface ThreadScope {
  readonly root: Element | Document;
  /**
   * True when a selector located the thread itself. False when the scope is the page's main content or body, which
   * may also hold the case list (other buyers) and the order panel: then a message must be bounded by structure.
   */
  readonly located: boolean;
  /** Regions that are never part of the thread (case list, navigation, footer). */
  readonly outside: readonly Element[];
  /** Matches of any of the selectors in the thread (outermost only). */
  any(selectors: readonly string[]): Element[];
}

export type FoundContainers = { ok: true; containers: Element[] } | { ok: false; reason: string };

/**
 * No message markup known: each message shows exactly one time, so a message is found by growing outwards from its
 * time for as long as the element still holds only that message. Growth stops before an element that holds
 * - another message's time (its siblings hold the other messages),
 * - the reply box, the case list or navigation, or a page/thread heading (the message list sits beside these),
 * - more than one order (a region spanning several cases);
 * and it ends at a list item or article (one message of a list). A message that could only be bounded by the edge of
 * an unlocated scope (the page body) cannot be told apart from the page: the answer is then "not readable", never the
 * whole page as its text — that would put other buyers' names and orders into this thread.
 */
export function messageContainersAroundTimes(scope: ThreadScope, replyBox: Element | null): FoundContainers {
  const times = scope.any(THREAD.messageTime);
  if (times.length === 0) return { ok: true, containers: [] };
  const marks = new PageMarks(scope, times, replyBox);
  const containers: Element[] = [];
  for (const [i, time] of times.entries()) {
    const { container, bounded } = growAroundTime(time, i, marks, scope);
    if (!bounded) {
      const shown = (lineText(time) || time.getAttribute('datetime') || '').slice(0, 60);
      return {
        ok: false,
        reason: `the message ${shown ? `dated "${shown}" ` : ''}cannot be told apart from the rest of the page (no message or thread markup recognised)`,
      };
    }
    if (container !== time && !containers.includes(container)) containers.push(container);
  }
  return { ok: true, containers };
}

function growAroundTime(time: Element, index: number, marks: PageMarks, scope: ThreadScope): { container: Element; bounded: boolean } {
  let container = time;
  for (let node = composedParent(time); node && node.nodeType === 1; node = composedParent(node)) {
    const parent = node as Element;
    if (marks.holdsOtherTime(parent, index) || marks.holdsChrome(parent, container)) return { container, bounded: true };
    if (parent === scope.root) return { container, bounded: scope.located };
    if (isMessageItem(parent)) return { container: parent, bounded: true };
    if (marks.addsAnotherOrder(parent, container)) return { container, bounded: true };
    container = parent;
  }
  // Left the scope's tree without meeting its root (a Document scope): nothing bounded the message.
  return { container, bounded: scope.located };
}

/**
 * Where the things that bound a message sit, each with its chain of ancestors, found once per read: "does this
 * element hold one" is then a set lookup per ancestor, not a query or a text rendering per ancestor (a page nested
 * thousands deep stays linear per message).
 */
class PageMarks {
  private readonly times: Set<Node>[];
  /** The reply box and the regions outside the thread (case list, navigation, footer). */
  private readonly chrome: Set<Node>[];
  private readonly headings: Set<Node>[];
  private readonly orderIds: { id: string; at: Set<Node> }[] = [];

  constructor(scope: ThreadScope, times: readonly Element[], replyBox: Element | null) {
    this.times = times.map(selfAndAncestors);
    this.chrome = [...scope.outside, ...(replyBox ? [replyBox] : [])].map(selfAndAncestors);
    this.headings = queryAllDeep(scope.root, THREAD.heading.join(',')).map(selfAndAncestors);
    for (const el of queryAllDeep(scope.root, '*')) {
      const ids = ownText(el).match(ORDER_ID_GLOBAL);
      if (ids) for (const id of ids) this.orderIds.push({ id, at: selfAndAncestors(el) });
    }
  }

  holdsOtherTime(el: Element, index: number): boolean {
    return this.times.some((chain, i) => i !== index && chain.has(el));
  }

  /** The reply box, the case list or navigation, or a heading the message does not already hold. */
  holdsChrome(el: Element, container: Element): boolean {
    return this.chrome.some((chain) => chain.has(el)) || this.headings.some((chain) => chain.has(el) && !chain.has(container));
  }

  /** `el` shows more than one order, and one `container` does not: it spans more than this case. */
  addsAnotherOrder(el: Element, container: Element): boolean {
    const inEl = new Set(this.orderIds.filter((o) => o.at.has(el)).map((o) => o.id));
    if (inEl.size < 2) return false;
    const inContainer = new Set(this.orderIds.filter((o) => o.at.has(container)).map((o) => o.id));
    return [...inEl].some((id) => !inContainer.has(id));
  }
}

function isMessageItem(el: Element): boolean {
  return THREAD.messageItem.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}
