// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findReplyBox, insertIntoReplyBox, whenKatReady } from '@/lib/sellercentral';
import { loadFixture, parseHtml } from './load-fixture';

/** A stand-in for KAT's kat-textarea, built the way the live component is: a real <textarea> in an open shadow root. */
class TestKatTextarea extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<label>Reply</label><textarea></textarea>';
  }
}

beforeAll(() => {
  if (!customElements.get('kat-textarea')) customElements.define('kat-textarea', TestKatTextarea);
});

function pageWithKatTextarea(initial = '') {
  document.body.innerHTML = '<section data-test-id="thread-view"><p>Buyer wrote something</p><kat-textarea label="Reply"></kat-textarea><kat-button label="Send"></kat-button></section>';
  const host = document.querySelector('kat-textarea')!;
  const inner = host.shadowRoot!.querySelector('textarea')!;
  inner.value = initial;
  const events: string[] = [];
  let composedInput = false;
  // Listening on the host: the event must cross the shadow boundary the way a typed character does.
  host.addEventListener('input', (e) => {
    events.push('input');
    composedInput = e.composed && e.bubbles;
  });
  host.addEventListener('change', () => events.push('change'));
  return { host, inner, events, composed: () => composedInput };
}

describe('findReplyBox', () => {
  it('finds the textarea inside kat-textarea, not the host', () => {
    const { inner } = pageWithKatTextarea();
    expect(findReplyBox(document)).toBe(inner);
  });

  it('returns a kat-textarea that has not rendered yet (saved page, KAT not loaded) so the box still counts as found', () => {
    const { doc } = loadFixture('jp-thread-cancel.html');
    expect(findReplyBox(doc)?.localName).toBe('kat-textarea');
  });

  it('finds a plain textarea and a contenteditable editor, and nothing on a page without either', () => {
    expect(findReplyBox(parseHtml('<textarea id=t></textarea>'))?.id).toBe('t');
    expect(findReplyBox(parseHtml('<div contenteditable="true" id=e></div>'))?.id).toBe('e');
    expect(findReplyBox(parseHtml('<div contenteditable="false"></div><textarea disabled></textarea>'))).toBeNull();
  });
});

describe('insertIntoReplyBox', () => {
  it('puts text into an empty kat-textarea with the input and change events React and KAT listen to', () => {
    const { inner, events, composed } = pageWithKatTextarea();
    const result = insertIntoReplyBox(document, 'ご連絡ありがとうございます。', 'cursor');
    expect(result).toEqual({ ok: true, how: 'native-setter', length: 14 });
    expect(inner.value).toBe('ご連絡ありがとうございます。');
    expect(events).toEqual(['input', 'change']);
    expect(composed()).toBe(true);
  });

  it('keeps what the seller typed, appending after a blank line when they are not typing', () => {
    const { inner } = pageWithKatTextarea('Dear buyer,');
    insertIntoReplyBox(document, 'Thank you for your message.', 'cursor');
    expect(inner.value).toBe('Dear buyer,\n\nThank you for your message.');
  });

  it("inserts at the seller's caret when they are typing in the box", () => {
    const { inner } = pageWithKatTextarea('Hello ,\nBest regards');
    inner.focus();
    inner.setSelectionRange(6, 6);
    const result = insertIntoReplyBox(document, 'Ann', 'cursor');
    expect(result.ok).toBe(true);
    expect(inner.value).toBe('Hello Ann,\nBest regards');
    expect(inner.selectionStart).toBe(9);
  });

  it('refuses to replace text the seller wrote, and replaces an empty box', () => {
    const typed = pageWithKatTextarea('my own draft');
    expect(insertIntoReplyBox(document, 'template', 'replace')).toEqual({ ok: false, reason: 'box-not-empty' });
    expect(typed.inner.value).toBe('my own draft');
    expect(typed.events).toEqual([]);

    const empty = pageWithKatTextarea('   ');
    expect(insertIntoReplyBox(document, 'template', 'replace')).toMatchObject({ ok: true });
    expect(empty.inner.value).toBe('template');
  });

  it('never clicks or submits anything', () => {
    document.body.innerHTML = '<form><textarea></textarea><button type="submit">Send</button></form>';
    const clicked = vi.fn();
    const submitted = vi.fn((e: Event) => e.preventDefault());
    document.querySelector('button')!.addEventListener('click', clicked);
    document.querySelector('form')!.addEventListener('submit', submitted);
    insertIntoReplyBox(document, 'text', 'cursor');
    expect(clicked).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('says there is no reply box, or that it is still loading, instead of throwing', () => {
    document.body.innerHTML = '<p>no box</p>';
    expect(insertIntoReplyBox(document, 'x', 'cursor')).toEqual({ ok: false, reason: 'no-reply-box' });
    const { doc } = loadFixture('jp-thread-cancel.html'); // kat-textarea never upgraded
    expect(insertIntoReplyBox(doc, 'x', 'cursor')).toMatchObject({ ok: false, reason: 'error', detail: expect.stringMatching(/not finished loading/) });
  });

  it('uses execCommand for a contenteditable editor and appends after existing text', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed">Draft</div>';
    const exec = vi.fn(() => true);
    const original = document.execCommand;
    document.execCommand = exec as typeof document.execCommand;
    try {
      expect(insertIntoReplyBox(document, 'Hello', 'cursor')).toEqual({ ok: true, how: 'exec-command', length: 5 });
      expect(exec).toHaveBeenCalledWith('insertText', false, '\n\nHello');
      expect(insertIntoReplyBox(document, 'Hello', 'replace')).toEqual({ ok: false, reason: 'box-not-empty' });
      exec.mockReturnValue(false);
      document.getElementById('ed')!.textContent = '';
      expect(insertIntoReplyBox(document, 'Hello', 'cursor')).toMatchObject({ ok: false, reason: 'error' });
    } finally {
      document.execCommand = original;
    }
  });
});

describe('whenKatReady', () => {
  it('resolves at once when every kat component on the page is defined or already has a shadow root', async () => {
    pageWithKatTextarea(); // kat-button here has neither…
    document.querySelector('kat-button')!.remove(); // …so take it away
    await expect(whenKatReady(document, 10_000)).resolves.toBeUndefined();
  });

  it('waits for an undefined kat component until it is defined', async () => {
    document.body.innerHTML = '<kat-later-thing></kat-later-thing>';
    let done = false;
    const ready = whenKatReady(document, 10_000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    customElements.define('kat-later-thing', class extends HTMLElement {});
    await ready;
    expect(done).toBe(true);
  });

  it('gives up after the timeout instead of hanging', async () => {
    document.body.innerHTML = '<kat-never-defined></kat-never-defined>';
    const started = Date.now();
    await whenKatReady(document, 30);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
