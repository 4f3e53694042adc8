import { REPLY_LANGS, type ReplyLang, type ReplyTemplate } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { BUILTIN_SLOTS, type BuiltinSlot, type LanguagePack } from './slots';

const PACKS: Record<ReplyLang, LanguagePack> = { ja, en, de, fr, it, es };

/** Stable id of a builtin: stored overrides refer to it, so it never changes once released. */
export function builtinId(slot: BuiltinSlot, lang: ReplyLang): string {
  return `builtin:${lang}:${slot}`;
}

/** Every builtin template, language by language, in slot order. */
export const BUILTIN_TEMPLATES: readonly ReplyTemplate[] = Object.freeze(
  REPLY_LANGS.flatMap((lang) =>
    (Object.keys(BUILTIN_SLOTS) as BuiltinSlot[]).map(
      (slot): ReplyTemplate => Object.freeze({ id: builtinId(slot, lang), lang, origin: 'builtin', ...BUILTIN_SLOTS[slot], ...PACKS[lang][slot] }),
    ),
  ),
);

const byId = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function builtinById(id: string): ReplyTemplate | undefined {
  return byId.get(id);
}

export { BUILTIN_SLOTS, type BuiltinSlot } from './slots';
