import { useMemo } from 'react';
import { translator, type Dictionary } from '@/lib/i18n';
import { useUi } from './ui-store';

/** The translator of a feature's dictionary in the panel's current UI language. */
export function useT<K extends string>(dict: Dictionary<K>) {
  const lang = useUi((s) => s.lang);
  return useMemo(() => translator(dict, lang), [dict, lang]);
}
