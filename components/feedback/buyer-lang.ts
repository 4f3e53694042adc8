import type { Marketplace } from '@/lib/sellercentral/hosts';

/** Kana or kanji: a comment written in Japanese gets the Japanese follow-up wherever the order was placed. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

const MARKETPLACE_LANG: Partial<Record<Marketplace, string>> = { JP: 'ja', DE: 'de', FR: 'fr', IT: 'it', ES: 'es', MX: 'es' };

/**
 * The language to write to the buyer in: the comment's script when it says so, else the marketplace's language
 * (lib/feedback's followUpLang falls back to English for any other).
 */
export function buyerLanguage(comment: string, marketplace: Marketplace | null): string {
  if (JAPANESE.test(comment)) return 'ja';
  return (marketplace && MARKETPLACE_LANG[marketplace]) ?? 'en';
}
