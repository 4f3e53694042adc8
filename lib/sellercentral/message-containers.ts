import { composedContains, composedParent, lineText, queryAllDeep, visibleText } from './dom';
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
  const barriers = [...scope.outside, ...(replyBox ? [replyBox] : [])];
  const containers: Element[] = [];
  for (const time of times) {
    const { container, bounded } = growAroundTime(time, times, barriers, scope);
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

function growAroundTime(
  time: Element,
  times: readonly Element[],
  barriers: readonly Element[],
  scope: ThreadScope,
): { container: Element; bounded: boolean } {
  let container = time;
  for (let node = composedParent(time); node && node.nodeType === 1; node = composedParent(node)) {
    const parent = node as Element;
    if (times.some((t) => t !== time && composedContains(parent, t))) return { container, bounded: true };
    if (barriers.some((b) => composedContains(parent, b))) return { container, bounded: true };
    if (queryAllDeep(parent, THREAD.heading.join(',')).some((h) => !composedContains(container, h))) {
      return { container, bounded: true };
    }
    if (parent === scope.root) return { container, bounded: scope.located };
    if (isMessageItem(parent)) return { container: parent, bounded: true };
    if (addsAnotherOrder(parent, container)) return { container, bounded: true };
    container = parent;
  }
  // Left the scope's tree without meeting its root (a Document scope): nothing bounded the message.
  return { container, bounded: scope.located };
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

/** The parent shows more than one order, and one the container does not: it spans more than this case. */
function addsAnotherOrder(parent: Element, container: Element): boolean {
  const inParent = new Set(visibleText(parent).match(ORDER_ID_GLOBAL) ?? []);
  if (inParent.size < 2) return false;
  const inContainer = new Set(visibleText(container).match(ORDER_ID_GLOBAL) ?? []);
  return [...inParent].some((id) => !inContainer.has(id));
}
