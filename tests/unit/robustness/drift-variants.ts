/**
 * DOM drift: transformations that imitate how Amazon reships Seller Central without notice. Each one is written once
 * and applied to every sample page, so a new sample page is covered by every kind of drift the day it is added.
 *
 * They work on a parsed Document the way the readers see it in Node: declarative shadow DOM stays as
 * `<template shadowrootmode>` (whose content counts as part of the page), attached shadow roots are followed.
 */

/** The page's main content: Seller Central puts everything between the top bar and the footer in this container. */
export const MAIN_CONTENT_SELECTOR = '#sc-content-container';

export function mainContent(doc: Document): Element {
  return doc.querySelector(MAIN_CONTENT_SELECTOR) ?? doc.body;
}

/** Every element of the page, inside declarative shadow templates and attached shadow roots too. */
export function allElementsDeep(root: Document | DocumentFragment | Element): Element[] {
  const out: Element[] = [];
  const visit = (tree: Document | DocumentFragment | Element) => {
    for (const el of Array.from(tree.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === 'template') visit((el as HTMLTemplateElement).content);
    }
  };
  if (root.nodeType === 1) out.push(root as Element);
  visit(root);
  return out;
}

/**
 * A CSS-modules style build hash: the same source class always becomes the same short token (so the page stays
 * self-consistent, like a real build), and nothing of the original name survives ("message__body" → "_k3v9qa").
 */
export function hashedClassName(name: string): string {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return `_${(h >>> 0).toString(36)}`;
}

/** (a) Every class name renamed to its build hash. */
export function renameClasses(doc: Document): void {
  for (const el of allElementsDeep(doc)) {
    const cls = el.getAttribute('class');
    if (cls === null) continue;
    el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(hashedClassName).join(' '));
  }
}

/** (b) Every data-test-id removed. */
export function removeTestIds(doc: Document): void {
  for (const el of allElementsDeep(doc)) el.removeAttribute('data-test-id');
}

/** Elements whose place in the tree carries meaning the wrapper would break for a browser too. */
const NOT_WRAPPED = new Set(['template', 'script', 'style']);

/**
 * (c) An extra anonymous div around every element of the main content (light tree; the insides of KAT components'
 * shadow trees belong to the component library, not to the page). A slotted child keeps its slot: the wrapper takes
 * the `slot` attribute, as a framework adding a wrapper would have to.
 */
export function addWrappers(doc: Document): void {
  const main = mainContent(doc);
  for (const el of Array.from(main.querySelectorAll('*'))) {
    // querySelectorAll does not enter template content, so shadow templates' insides are never wrapped.
    if (NOT_WRAPPED.has(el.localName)) continue;
    const wrapper = doc.createElement('div');
    const slot = el.getAttribute('slot');
    if (slot !== null) {
      wrapper.setAttribute('slot', slot);
      el.removeAttribute('slot');
    }
    el.replaceWith(wrapper);
    wrapper.append(el);
  }
}

/** (d) The main content moved into an open shadow root attached to its container (as a web-component shell would). */
export function moveIntoShadowRoot(doc: Document): void {
  const host = mainContent(doc);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(...Array.from(host.childNodes));
}

export const VARIANTS = {
  renamedClasses: [renameClasses],
  noTestIds: [removeTestIds],
  wrappers: [addWrappers],
  shadowRoot: [moveIntoShadowRoot],
  // Wrappers first: they are placed on the original structure; renaming and removal then reach the wrappers too.
  combined: [addWrappers, renameClasses, removeTestIds],
} as const satisfies Record<string, readonly ((doc: Document) => void)[]>;

export type VariantName = keyof typeof VARIANTS;
export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];
