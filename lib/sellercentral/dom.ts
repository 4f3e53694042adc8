/**
 * Reading a page the way the seller sees it: through open shadow roots (KAT web components) and through declarative
 * shadow DOM templates that were not attached (DOMParser and jsdom keep `<template shadowrootmode>` as a template,
 * while the browser attaches it for served pages). Nothing here assumes DOM globals: only the nodes passed in.
 */

type Root = Document | DocumentFragment | Element;

/** Shadow content → its host, for DSD templates (a template's content has no link back to the template). */
const hostOfFragment = new WeakMap<DocumentFragment, Element>();

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const FRAGMENT_NODE = 11;

/** The shadow tree an element renders: its open shadow root, or an unattached open declarative template. */
export function shadowOf(el: Element): DocumentFragment | null {
  if (el.shadowRoot) return el.shadowRoot;
  for (const child of Array.from(el.children)) {
    if (child.localName !== 'template') continue;
    const mode = child.getAttribute('shadowrootmode') ?? child.getAttribute('shadowroot');
    // A closed root is invisible to the browser's content script too; reading it here would make jsdom disagree.
    if (mode !== 'open') continue;
    const content = (child as HTMLTemplateElement).content;
    if (content) {
      hostOfFragment.set(content, el);
      return content;
    }
  }
  return null;
}

/** Parent across shadow boundaries (a shadow tree's parent is its host). */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === FRAGMENT_NODE) {
    return hostOfFragment.get(parent as DocumentFragment) ?? (parent as ShadowRoot).host ?? null;
  }
  return parent;
}

/** Is `node` inside `ancestor` (or the same), looking through shadow boundaries? */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/**
 * Every element under `root` matching `selector`, in document order, with each host's shadow content right after
 * the host. Invalid selectors answer nothing instead of throwing (a reader never throws).
 */
export function queryAllDeep(root: Root, selector: string): Element[] {
  const out: Element[] = [];
  const visit = (scope: Root) => {
    if (scope.nodeType === ELEMENT_NODE) {
      const own = shadowOf(scope as Element);
      if (own) visit(own);
    }
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.localName === 'template') continue;
      if (el.matches(selector)) out.push(el);
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
    }
  };
  try {
    visit(root);
  } catch {
    return out;
  }
  return out;
}

/** The first match of the first selector (in priority order) that matches anything. */
export function firstDeep(root: Root, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryAllDeep(root, selector)[0];
    if (found) return found;
  }
  return null;
}

/** All matches of the first selector (in priority order) that matches anything. */
export function allDeep(root: Root, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAllDeep(root, selector);
    if (found.length) return found;
  }
  return [];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'svg']);
const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'kat-table-row', 'kat-table-cell', 'kat-box', 'kat-card',
  'kat-alert', 'kat-label',
]);
/** KAT components carry their text in attributes until they render it (jsdom never renders them). */
const KAT_TEXT_ATTRIBUTES = ['label', 'text', 'header'];

/** While rendering a shadow tree: whose light children fill its slots, and the context those children live in. */
interface SlotContext {
  host: Element;
  outer: SlotContext | null;
}

/**
 * The text a person sees in `node`: shadow content with light children placed in their slots, block elements on
 * their own lines, paragraphs separated by a blank line, form fields and scripts skipped. Elements in `exclude` are
 * left out (e.g. a message's sender and time when its body has no element of its own).
 */
export function visibleText(node: Node, exclude?: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const emit = (n: Node, ctx: SlotContext | null): void => {
    if (n.nodeType === TEXT_NODE) {
      parts.push((n.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType === FRAGMENT_NODE) {
      for (const c of Array.from(n.childNodes)) emit(c, ctx);
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) return;
    const el = n as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || exclude?.has(el) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (tag === 'slot' && ctx) {
      const name = el.getAttribute('name') ?? '';
      const assigned = Array.from(ctx.host.childNodes).filter((c) =>
        c.nodeType === ELEMENT_NODE ? ((c as Element).getAttribute('slot') ?? '') === name : name === '' && c.nodeType === TEXT_NODE,
      );
      if (assigned.length) for (const c of assigned) emit(c, ctx.outer);
      else for (const c of Array.from(el.childNodes)) emit(c, ctx); // the slot's fallback content
      return;
    }
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    const breakMark = tag === 'p' ? '\n\n' : LINE_BREAKING.has(tag) ? '\n' : tag === 'td' || tag === 'th' ? ' ' : '';
    parts.push(breakMark);
    const shadow = shadowOf(el);
    if (shadow) {
      for (const c of Array.from(shadow.childNodes)) emit(c, { host: el, outer: ctx });
    } else {
      if (tag.startsWith('kat-')) {
        const attr = KAT_TEXT_ATTRIBUTES.map((a) => el.getAttribute(a)).find((v) => v && v.trim());
        if (attr) parts.push(` ${attr} `);
      }
      for (const c of Array.from(el.childNodes)) emit(c, ctx);
    }
    parts.push(breakMark);
  };
  emit(node, null);
  return normaliseBlock(parts.join(''));
}

/** Lines trimmed, runs of spaces collapsed, at most one blank line between paragraphs. */
export function normaliseBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The visible text on one line (labels, names, cells). */
export function lineText(node: Node | null | undefined): string {
  if (!node) return '';
  return visibleText(node).replace(/\s+/g, ' ').trim();
}

/** A component's label as shown: its text, else the KAT `label`/`value` attribute, else aria-label/title. */
export function labelOf(el: Element | null | undefined): string {
  if (!el) return '';
  const text = lineText(el);
  if (text) return text;
  for (const attr of ['label', 'value', 'aria-label', 'title']) {
    const v = el.getAttribute(attr);
    if (v && v.trim()) return v.trim();
  }
  return '';
}
