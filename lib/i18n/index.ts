/**
 * UI strings in English and Japanese. Each feature keeps its strings next to it with `defineMessages`, whose type
 * makes a key missing in either language a compile error; tests/unit/i18n checks the same at run time for every
 * registered dictionary. The UI language follows the browser and can be switched in the panel (chrome.i18n cannot
 * switch at run time, hence this module; `_locales` holds only the manifest's strings).
 */
export type UiLang = 'en' | 'ja';
export const UI_LANGS: readonly UiLang[] = ['en', 'ja'];

export type Dictionary<K extends string> = Record<UiLang, Record<K, string>>;

const registry = new Map<string, Dictionary<string>>();

/** Declare a feature's strings. `ja` must have exactly the keys of `en`. */
export function defineMessages<K extends string>(
  feature: string,
  messages: { en: Record<K, string>; ja: Record<K, string> },
): Dictionary<K> {
  registry.set(feature, messages);
  return messages;
}

/** Every dictionary declared so far (for the key-parity test). */
export function registeredDictionaries(): ReadonlyMap<string, Dictionary<string>> {
  return registry;
}

/** Fill `{name}` placeholders. Values are plain text: the UI renders them as text, never as HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A translator for one dictionary and language: t('key', {n: 3}). */
export function translator<K extends string>(dict: Dictionary<K>, lang: UiLang) {
  return (key: K, values?: Record<string, string | number>): string => format(dict[lang][key], values);
}

/** The browser's UI language mapped to ours: Japanese for ja*, English otherwise. */
export function detectUiLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): UiLang {
  return languages[0]?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
