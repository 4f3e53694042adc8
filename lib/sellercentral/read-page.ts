import { readFeedback } from './read-feedback';
import { readOrder } from './read-order';
import { readOrderList } from './read-order-list';
import { readThread } from './read-thread';
import { withTreeCache } from './dom';
import { unrecognised } from './read-common';
import type { PageKind, PageSnapshot } from './types';
import { parseSellerCentralUrl, pathOf } from './urls';

const READERS: Readonly<Record<PageKind, (doc: Document, url: string) => PageSnapshot>> = {
  thread: readThread,
  order: readOrder,
  orderList: readOrderList,
  feedback: readFeedback,
};

/**
 * Read whatever Seller Central page this is. Never throws: a page we do not know, a changed DOM or a reader bug
 * all come back as `unrecognised` with a reason a person can act on.
 */
export function readPage(doc: Document, url: string): PageSnapshot {
  try {
    const parsed = parseSellerCentralUrl(url);
    if (!parsed.ok) return unrecognised(url, parsed.reason);
    if (!parsed.kind) {
      return unrecognised(
        url,
        `Seller Central page of no kind read here (${pathOf(parsed.url)}): not a message thread, order, order list or feedback page`,
      );
    }
    const read = READERS[parsed.kind];
    return withTreeCache(() => read(doc, url));
  } catch (error) {
    return unrecognised(url, `the page could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Each reader on its own, wrapped the same way: callers get a result, never an exception. */
function safely<T extends PageSnapshot>(read: (doc: Document, url: string) => T) {
  return (doc: Document, url: string): T | ReturnType<typeof unrecognised> => {
    try {
      return withTreeCache(() => read(doc, url));
    } catch (error) {
      return unrecognised(url, `the page could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export const readThreadSafely = safely(readThread);
export const readOrderSafely = safely(readOrder);
export const readOrderListSafely = safely(readOrderList);
export const readFeedbackSafely = safely(readFeedback);
