/**
 * Classifier speed: the dev corpus repeated to ≥ 50,000 messages, median µs per message (timed in batches of one
 * pass over the corpus), and the ratio to a floor measured in the same run over the same texts (one toLowerCase()
 * and one precompiled regex test each). Also one 50 KB and one 1 MB message.
 *
 * Diagnostic rows (no target) break the median down: preparing and folding the texts, guessing the language, the
 * keyword gate's scan, and the same classification without the gate (every phrase run), to see what the gate saves;
 * and one plain JavaScript loop over the characters, the least any engine written in JS pays per message.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { classify, classifyUngated, type ClassifyInput } from '../../lib/classify/index';
import { guessLanguage } from '../../lib/classify/language';
import { prepareMessage, prepareText } from '../../lib/classify/normalise';
import { learnedGuess, loadModel } from '../../lib/classify/learned/model';
import { LEARNED_MODEL } from '../../lib/classify/learned/model.generated';
import { gateTexts } from '../../lib/classify/phrases';
import type { BenchRow, BenchSuite } from './types';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/messages.dev.jsonl');
const TARGET_MESSAGES = 50_000;
/** The floor's regex: a typical keyword alternation, compiled once. */
const FLOOR_RE = /cancel|refund|return|キャンセル|返金|返品|stornier|annul/;

function loadMessages(): ClassifyInput[] {
  if (!existsSync(CORPUS)) throw new Error(`dev corpus not found at ${CORPUS}`);
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { subject?: string; body: string; marketplace?: string })
    .map((r) => ({ subject: r.subject ?? '', body: r.body, marketplace: r.marketplace ?? null }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Per-message µs of each batch (one pass over the corpus), so the median is robust to GC pauses. */
function timeBatches(messages: ClassifyInput[], passes: number, work: (m: ClassifyInput) => unknown): number[] {
  const perMessage: number[] = [];
  let sink = 0;
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    for (const m of messages) if (work(m)) sink++;
    perMessage.push(((performance.now() - start) * 1000) / messages.length);
  }
  if (sink < 0) console.log(sink);
  return perMessage;
}

function bigMessage(bytes: number): ClassifyInput {
  const chunk = 'The parcel arrived but the lid is cracked. 箱が潰れていました。Bitte um Ersatz. ';
  let body = '';
  while (body.length < bytes) body += chunk;
  return { subject: 'Damaged', body: body.slice(0, bytes), marketplace: 'US' };
}

function timeOne(input: ClassifyInput, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    classify(input);
    times.push(performance.now() - start);
  }
  return median(times);
}

export const suite: BenchSuite = async () => {
  const messages = loadMessages();
  const passes = Math.ceil(TARGET_MESSAGES / messages.length);
  // Warm up both paths so the JIT has compiled them before timing.
  timeBatches(messages, 5, (m) => classify(m));
  timeBatches(messages, 5, (m) => FLOOR_RE.test(`${m.subject ?? ''}\n${m.body}`.toLowerCase()));

  const classifyUs = median(timeBatches(messages, passes, (m) => classify(m)));
  // The same work timed message by message: the typical message's own cost, without the long ones and the GC pauses
  // that a batch's mean carries.
  const single: number[] = [];
  for (let p = 0; p < Math.min(passes, 60); p++) {
    for (const m of messages) {
      const start = performance.now();
      classify(m);
      single.push((performance.now() - start) * 1000);
    }
  }
  const singleUs = median(single);
  const floorUs = median(timeBatches(messages, passes, (m) => FLOOR_RE.test(`${m.subject ?? ''}\n${m.body}`.toLowerCase())));
  const ratio = classifyUs / floorUs;

  // Stages on their own, each over the same corpus (inputs prepared beforehand so each row times one stage).
  const stagePasses = Math.max(20, Math.ceil(passes / 5));
  const prepared = messages.map((m) => ({ subject: prepareText(m.subject, 'subject'), body: prepareText(m.body, 'body') }));
  const texts = new Map(messages.map((m, i) => [m, prepareMessage(prepared[i]!.subject, prepared[i]!.body)]));
  const stage = (work: (m: ClassifyInput) => unknown): number => {
    timeBatches(messages, 3, work);
    return median(timeBatches(messages, stagePasses, work));
  };
  const prepareUs = stage((m) => prepareMessage(prepareText(m.subject, 'subject'), prepareText(m.body, 'body')));
  const languageUs = stage((m) => guessLanguage(texts.get(m)!.all.original, texts.get(m)!.all.folded));
  const gateUs = stage((m) => gateTexts(texts.get(m)!));
  const ungatedUs = stage((m) => classifyUngated(m));
  // One plain JavaScript pass over the characters (no matching at all): any engine that walks the text in JS, such
  // as the keyword gate, pays at least this; the floor's regex runs as native code.
  const jsPassUs = stage((m) => {
    const text = `${m.subject ?? ''}\n${m.body}`;
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) | 0x20;
      if (c >= 97 && c <= 122) letters++;
    }
    return letters;
  });
  // The learned model's cost (included in the median above): it runs on every message but Amazon's notices.
  const loadStart = performance.now();
  const model = loadModel(LEARNED_MODEL);
  const loadMs = performance.now() - loadStart;
  const learnedUs = stage((m) => learnedGuess(texts.get(m)!.all.folded, model));
  const kb50 = timeOne(bigMessage(50 * 1024));
  const mb1 = timeOne(bigMessage(1024 * 1024));

  const rows: BenchRow[] = [
    { name: 'classify: median per message', value: round(classifyUs), unit: 'µs', target: '≤ 50 µs', ok: classifyUs <= 50, note: `${passes * messages.length} messages (dev corpus × ${passes})` },
    { name: 'classify: median of single messages (each timed alone)', value: round(singleUs), unit: 'µs', note: 'diagnostic: the row above is the median of per-pass means, so long messages and GC count in it' },
    { name: 'classify: floor (toLowerCase + one regex test)', value: round(floorUs), unit: 'µs', note: 'same texts, same run' },
    { name: 'classify: ratio to floor', value: round(ratio), unit: '×', target: '≤ 20×', ok: ratio <= 20 },
    { name: 'classify: stage — prepare and fold the texts', value: round(prepareUs), unit: 'µs', note: 'diagnostic' },
    { name: 'classify: stage — language guess', value: round(languageUs), unit: 'µs', note: 'diagnostic' },
    { name: 'classify: stage — keyword gate scan', value: round(gateUs), unit: 'µs', note: 'diagnostic: one pass finds the phrases that can match' },
    { name: 'classify: without the keyword gate (every phrase run)', value: round(ungatedUs), unit: 'µs', note: 'diagnostic: the reference path' },
    { name: 'classify: stage — learned model, one guess', value: round(learnedUs), unit: 'µs', note: "diagnostic: paid on every message but Amazon's notices" },
    { name: 'classify: learned model load (first use)', value: round(loadMs), unit: 'ms', note: `${LEARNED_MODEL.grams.split('\n').length} grams × (${LEARNED_MODEL.categories.length} categories + the scam flag)` },
    { name: 'classify: one plain JS pass over the characters', value: round(jsPassUs), unit: 'µs', note: `diagnostic: ${round(jsPassUs / floorUs)}× the floor before any matching` },
    { name: 'classify: 50 KB message', value: round(kb50), unit: 'ms', target: '< 100 ms', ok: kb50 < 100 },
    { name: 'classify: 1 MB message', value: round(mb1), unit: 'ms', target: '< 100 ms', ok: mb1 < 100 },
  ];
  return rows;
};

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
