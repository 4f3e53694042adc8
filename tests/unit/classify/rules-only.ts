import { classify } from '@/lib/classify';

/**
 * Category, scam flag and language from the rules alone. The learned fallback (lib/classify/learned) is trained on the
 * probe and example messages, so it stays off when they test the rules: they must show what the rules miss.
 */
export function rulesOnly(e: { subject: string; body: string; marketplace: string }) {
  const got = classify({ subject: e.subject, body: e.body, marketplace: e.marketplace }, { learnedFallback: false });
  return { category: got.category, scam: got.scam, lang: got.lang };
}

/** A test title for one labelled message: its labels, language, subject and the start of its body. */
export const probeTitle = (e: { category: string; scam: boolean; lang: string; subject: string; body: string }) =>
  `${e.category}${e.scam ? '+scam' : ''} [${e.lang}] ${e.subject.slice(0, 20)} | ${e.body.slice(0, 50)}`;
