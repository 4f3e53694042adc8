import type { InsertMode, InsertResult } from '@/lib/messaging/protocol';
import { queryAllDeep, shadowOf } from './dom';
import { THREAD } from './selectors';

/**
 * Putting suggested text into Seller Central's reply box — and nothing more: no click, no send, no submit. The
 * seller reads the text and presses Send themselves.
 */

/**
 * The element the seller types into: the real <textarea> inside kat-textarea's open shadow root, a plain
 * textarea, or a contenteditable editor. A kat-textarea that has not rendered yet (KAT still loading, or a saved
 * page read in Node) is returned itself: the box is there, its inside is not.
 */
export function findReplyBox(doc: Document): HTMLTextAreaElement | HTMLElement | null {
  let fallback: HTMLElement | null = null;
  for (const el of queryAllDeep(doc, THREAD.replyBox.join(','))) {
    if (el.localName === 'kat-textarea') {
      const inner = shadowOf(el)?.querySelector('textarea');
      if (inner && usable(inner)) return inner;
      fallback ??= el as HTMLElement;
      continue;
    }
    if (el.localName === 'textarea') {
      if (usable(el)) return el as HTMLTextAreaElement;
      continue;
    }
    if (el.getAttribute('contenteditable') !== 'false') return el as HTMLElement;
  }
  return fallback;
}

function usable(el: Element): boolean {
  return !el.hasAttribute('disabled') && !el.hasAttribute('readonly') && el.closest('template') === null;
}

export function insertIntoReplyBox(doc: Document, text: string, mode: InsertMode): InsertResult {
  try {
    const box = findReplyBox(doc);
    if (!box) return { ok: false, reason: 'no-reply-box' };
    if (box.localName === 'textarea') return insertIntoTextField(doc, box as HTMLTextAreaElement, text, mode);
    if (box.localName === 'kat-textarea') {
      return {
        ok: false,
        reason: 'error',
        detail: 'the reply box has not finished loading (kat-textarea has no textarea yet); try again in a moment',
      };
    }
    return insertIntoEditable(doc, box, text, mode);
  } catch (error) {
    return { ok: false, reason: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The focused element, looking into shadow roots (the kat-textarea host is focused, its textarea is the target). */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What goes between the seller's own text and ours when we append: a blank line, never glued onto their words. */
function separatorAfter(existing: string): string {
  if (existing === '' || existing.endsWith('\n\n')) return '';
  return existing.endsWith('\n') ? '\n' : '\n\n';
}

function insertIntoTextField(doc: Document, box: HTMLTextAreaElement, text: string, mode: InsertMode): InsertResult {
  const current = box.value;
  let next: string;
  let caret: number;
  if (mode === 'replace') {
    if (current.trim() !== '') return { ok: false, reason: 'box-not-empty' };
    next = text;
    caret = text.length;
  } else if (deepActiveElement(doc) === box) {
    // The seller is typing: put the text where their caret is, replacing only what they selected.
    const start = box.selectionStart ?? current.length;
    const end = box.selectionEnd ?? start;
    next = current.slice(0, start) + text + current.slice(end);
    caret = start + text.length;
  } else {
    next = current + separatorAfter(current) + text;
    caret = next.length;
  }

  // React (and KAT) keep their own copy of the value on the element; only the prototype's setter plus an input
  // event makes them take the new text as if typed. Assigning `.value` alone would be undone on the next render.
  setNativeValue(box, next);
  try {
    box.setSelectionRange(caret, caret);
  } catch {
    // Some fields refuse selection changes while hidden; the text is in place regardless.
  }
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'error', detail: 'the page has no window to send input events in' };
  const InputEventCtor = win.InputEvent ?? win.Event;
  box.dispatchEvent(new InputEventCtor('input', { bubbles: true, composed: true, inputType: 'insertText', data: text } as InputEventInit));
  box.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
  return { ok: true, how: 'native-setter', length: text.length };
}

function setNativeValue(el: HTMLTextAreaElement, value: string): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) {
      descriptor.set.call(el, value);
      return;
    }
  }
  el.value = value;
}

function insertIntoEditable(doc: Document, box: HTMLElement, text: string, mode: InsertMode): InsertResult {
  const current = box.textContent ?? '';
  if (mode === 'replace' && current.trim() !== '') return { ok: false, reason: 'box-not-empty' };
  const wasFocused = deepActiveElement(doc) === box || (doc.activeElement !== null && box.contains(doc.activeElement));
  box.focus();
  const selection = doc.getSelection?.() ?? null;
  const caretInside = selection !== null && selection.rangeCount > 0 && box.contains(selection.getRangeAt(0).startContainer);
  let toInsert = text;
  if (!(wasFocused && caretInside) && selection) {
    // Not typing here right now: append after what is there, leaving the seller's words untouched.
    const range = doc.createRange();
    range.selectNodeContents(box);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
    if (current.trim() !== '') toInsert = '\n\n' + text;
  }
  // execCommand is the one way to insert into a rich editor that keeps its undo stack and its framework in sync.
  const accepted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, toInsert);
  if (!accepted) return { ok: false, reason: 'error', detail: 'the editor did not accept inserted text' };
  return { ok: true, how: 'exec-command', length: text.length };
}

/**
 * Wait until the KAT components on the page that have not rendered yet are defined, so their shadow roots (and the
 * real textarea) exist before reading. Components that already have a shadow root do not count. Never rejects:
 * after `timeoutMs` the page is read as it is.
 */
export function whenKatReady(doc: Document, timeoutMs = 1500): Promise<void> {
  try {
    const registry = doc.defaultView?.customElements;
    if (!registry) return Promise.resolve();
    const pending = new Set<string>();
    for (const el of queryAllDeep(doc, '*')) {
      const tag = el.localName;
      if (tag.startsWith('kat-') && !shadowOf(el) && !registry.get(tag)) pending.add(tag);
    }
    if (pending.size === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      Promise.all([...pending].map((tag) => registry.whenDefined(tag))).then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        () => resolve(),
      );
    });
  } catch {
    return Promise.resolve();
  }
}
