import { browser } from 'wxt/browser';
import type { KeyValueArea } from './tab-state';

/** browser.storage.session as a KeyValueArea (in memory, cleared when the browser closes, never on disk). */
export function sessionArea(): KeyValueArea {
  return {
    get: (key) => browser.storage.session.get(key),
    set: (items) => browser.storage.session.set(items),
    remove: (key) => browser.storage.session.remove(key),
  };
}
