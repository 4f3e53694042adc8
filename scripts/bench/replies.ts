/**
 * Reply tools speed: the policy check the panel runs on every edit of a reply (a 1 KB reply), on a pasted 50 KB text
 * and on adversarial 50 KB texts built to make regexes backtrack (the worst of them is reported), and suggestReplies
 * as the panel calls it when a thread opens (builtins of the buyer's and the seller's language, filled and checked).
 */
import { performance } from 'node:perf_hooks';
import { checkPolicy, suggestReplies, type SuggestOptions } from '../../lib/replies';
import type { TemplateVars } from '../../lib/replies';
import type { BenchRow, BenchSuite } from './types';

/** The check runs on each keystroke: it has to fit in a fraction of a 16 ms frame. */
const REPLY_TARGET_MS = 1;
/** A pasted wall of text may cost a noticeable moment, never a frozen panel. */
const BIG_TARGET_MS = 100;
const SUGGEST_TARGET_MS = 2;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median ms per call: `runs` timed batches of `perBatch` calls each, after a warm-up. */
function timePerCall(work: () => unknown, runs: number, perBatch = 1): number {
  for (let i = 0; i < Math.max(3, runs / 5); i++) work();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) work();
    times.push((performance.now() - start) / perBatch);
  }
  return median(times);
}

function repeatTo(chunk: string, size: number): string {
  return chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size);
}

/** A seller's reply of about 1 KB, in two languages, with one Amazon link (allowed) and an order id (not a phone). */
const REPLY_1KB = repeatTo(
  'Dear Jonas, thank you for your message about order 302-6612087-4410953, and I am very sorry the teapot arrived broken. ' +
    'Please request a return from Your Orders at https://www.amazon.de/gp/your-account/order-history and we will refund ' +
    'the full price as soon as the return is registered. ご不便をおかけして申し訳ございません。返品の手続きをお願いいたします。 ',
  1024,
);

const TEXT_50KB = repeatTo(
  'The parcel arrived on Tuesday and the lid is cracked. 箱が潰れていました。Bitte um Ersatz. Merci de votre aide. ' +
    'Call me at +1 (555) 123-4567 or write to buyer@example.com, see www.example-shop.com/help. ',
  50 * 1024,
);

/** Inputs aimed at the policy regexes' weak spots: long runs of URL, e-mail and phone characters without an end. */
const ADVERSARIAL_50KB: Record<string, string> = {
  'a×50K': 'a'.repeat(50 * 1024),
  'a…a@ (e-mail local part without a domain)': `${'a'.repeat(50 * 1024 - 1)}@`,
  '0-0-0-… (phone-like run)': repeatTo('0-', 50 * 1024),
  '+1 +1 … (phone prefixes)': repeatTo('+1 ', 50 * 1024),
  'a.a.a.… (domain-like run)': repeatTo('a.', 50 * 1024),
  'http://aaaa… (endless URL)': `http://${'a'.repeat(50 * 1024 - 7)}`,
  'ｗ．ｗ．… (full-width dots)': repeatTo('ｗ．', 50 * 1024),
  'e + combining accent ×25K': repeatTo('e\u0301', 50 * 1024),
  'review review … (phrase family)': repeatTo('review feedback 評価 ', 50 * 1024),
};

const SUGGEST: { opts: SuggestOptions; vars: TemplateVars } = {
  opts: { category: 'damaged_or_defective', scam: false, buyerLang: 'de', uiLang: 'ja', fulfilment: 'MFN', orderAgeDays: 3 },
  vars: { buyerName: 'Jonas Becker', orderId: '302-6612087-4410953', productTitle: 'Glas-Teekanne 1,2 l', sellerName: 'Kanne & Co', asin: 'B0CJK7Q2MZ' },
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export const suite: BenchSuite = async () => {
  const replyMs = timePerCall(() => checkPolicy(REPLY_1KB), 50, 20);
  const bigMs = timePerCall(() => checkPolicy(TEXT_50KB), 15);
  let worst = { name: '', ms: 0 };
  for (const [name, text] of Object.entries(ADVERSARIAL_50KB)) {
    const ms = timePerCall(() => checkPolicy(text), 7);
    if (ms > worst.ms) worst = { name, ms };
  }
  const suggestions = suggestReplies(SUGGEST.opts, SUGGEST.vars);
  const suggestMs = timePerCall(() => suggestReplies(SUGGEST.opts, SUGGEST.vars), 50, 10);

  return [
    { name: 'replies: checkPolicy on a 1 KB reply', value: round(replyMs * 1000), unit: 'µs', target: `≤ ${REPLY_TARGET_MS * 1000} µs`, ok: replyMs <= REPLY_TARGET_MS, note: 'runs on every edit in the panel' },
    { name: 'replies: checkPolicy on a 50 KB text', value: round(bigMs), unit: 'ms', target: `≤ ${BIG_TARGET_MS} ms`, ok: bigMs <= BIG_TARGET_MS, note: 'mixed languages with a link, e-mail and phone per line' },
    { name: 'replies: checkPolicy on adversarial 50 KB (worst)', value: round(worst.ms), unit: 'ms', target: `≤ ${BIG_TARGET_MS} ms`, ok: worst.ms <= BIG_TARGET_MS, note: `worst of ${Object.keys(ADVERSARIAL_50KB).length}: ${worst.name}` },
    { name: 'replies: suggestReplies (fill + policy check)', value: round(suggestMs * 1000), unit: 'µs', target: `≤ ${SUGGEST_TARGET_MS * 1000} µs`, ok: suggestMs <= SUGGEST_TARGET_MS, note: `${suggestions.length} replies (damaged, buyer de, seller UI ja)` },
  ];
};
