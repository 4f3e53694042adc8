import type { UiLang } from '@/lib/i18n';

const displayNames = new Map<UiLang, Intl.DisplayNames | null>();

function namesFor(uiLang: UiLang): Intl.DisplayNames | null {
  if (!displayNames.has(uiLang)) {
    // Intl.DisplayNames is in every browser we support; null keeps the code visible if a runtime lacks it.
    try {
      displayNames.set(uiLang, new Intl.DisplayNames([uiLang], { type: 'language' }));
    } catch {
      displayNames.set(uiLang, null);
    }
  }
  return displayNames.get(uiLang) ?? null;
}

/**
 * A language tag ('de', 'ja', 'pt-BR') as its name in the UI language ('German', 'ドイツ語'); the tag itself when it
 * has no name; null when there is no language ('', 'und', a malformed tag is shown as given).
 */
export function languageName(tag: string | null | undefined, uiLang: UiLang): string | null {
  const code = typeof tag === 'string' ? tag.trim() : '';
  if (!code || code === 'und' || code === 'unknown') return null;
  try {
    return namesFor(uiLang)?.of(code) ?? code;
  } catch {
    return code; // not a well-formed tag: show it as it came
  }
}
