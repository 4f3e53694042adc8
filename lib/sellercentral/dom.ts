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
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
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

/** Trees found under a root during one read (the page does not change while a reader runs synchronously). */
let treeCache: WeakMap<Root, Root[]> | null = null;

/**
 * Run one read with the shadow-tree list of each root computed once instead of once per query. The cache is
 * dropped afterwards: the next read sees the page as it is then.
 */
export function withTreeCache<T>(read: () => T): T {
  if (treeCache) return read(); // already inside a read
  treeCache = new WeakMap();
  try {
    return read();
  } finally {
    treeCache = null;
  }
}

/**
 * `root` and every open shadow tree inside it (attached, or declarative and unattached), nested ones included.
 * Finding attached roots needs one pass over the elements, but no selector matching: the matching is done by the
 * native querySelectorAll on each tree, which keeps a read within a few milliseconds.
 */
function treesUnder(root: Root): Root[] {
  const cached = treeCache?.get(root);
  if (cached) return cached;
  const trees: Root[] = [root];
  const add = (tree: DocumentFragment | null) => {
    if (tree && !trees.includes(tree)) trees.push(tree);
  };
  if (root.nodeType === ELEMENT_NODE) add(shadowOf(root as Element));
  for (let i = 0; i < trees.length; i++) {
    const tree = trees[i]!;
    for (const el of Array.from(tree.querySelectorAll('*'))) if (el.shadowRoot) add(el.shadowRoot);
    for (const template of Array.from(tree.querySelectorAll('template[shadowrootmode="open"], template[shadowroot="open"]'))) {
      const host = template.parentElement;
      if (host && !host.shadowRoot) add(shadowOf(host));
    }
  }
  treeCache?.set(root, trees);
  return trees;
}

/**
 * Every element under `root` matching `selector`: the light tree first, then each shadow tree (in the order
 * their hosts appear). Invalid selectors answer nothing instead of throwing (a reader never throws).
 */
export function queryAllDeep(root: Root, selector: string): Element[] {
  try {
    const out: Element[] = [];
    for (const tree of treesUnder(root)) {
      for (const el of Array.from(tree.querySelectorAll(selector))) if (el.localName !== 'template') out.push(el);
    }
    return out;
  } catch {
    return [];
  }
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

/**
 * An element's own text: its text children (not its descendants'), plus the text attribute a KAT component shows
 * until it renders. Lets a caller find where a string sits on the page in one pass, without rendering each subtree.
 */
export function ownText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === TEXT_NODE) text += n.nodeValue ?? '';
  if (el.localName.startsWith('kat-')) {
    const attr = KAT_TEXT_ATTRIBUTES.map((a) => el.getAttribute(a)).find((v) => v && v.trim());
    if (attr) text += ` ${attr}`;
  }
  return text;
}

/** `el` and every element or node above it, through shadow boundaries: "does X contain el" becomes a set lookup. */
export function selfAndAncestors(el: Node): Set<Node> {
  const chain = new Set<Node>();
  for (let n: Node | null = el; n; n = composedParent(n)) chain.add(n);
  return chain;
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
