/**
 * `npm run -s eval -- [<labelled.jsonl>] [--json]`: the classifier against labelled messages (default: the shared
 * dev corpus). Prints accuracy, macro-F1, per-category precision/recall/F1, scam precision/recall/false-positive
 * rate, per-language accuracy, language-detection accuracy, the misclassified ids, how many messages the learned model
 * decided and how the phrase rules do alone; the headline figures come last.
 * The labelled `lang` is not passed to the classifier, so its own language detection is measured too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { classify, LEARNED_LABEL, LEARNED_NO_RULE_LABEL } from '../lib/classify/index';
import { CATEGORIES, isCategory, type Category } from '../lib/classify/taxonomy';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_FILE = path.resolve(REPO_ROOT, '../shared/corpus/messages.dev.jsonl');

interface Labelled {
  id: string;
  subject?: string | null;
  body: string;
  marketplace?: string | null;
  lang?: string;
  expected: { category: Category; scam: boolean };
}

interface PerCategory { precision: number; recall: number; f1: number; support: number }

export interface EvalReport {
  file: string;
  messages: number;
  skippedLines: number;
  accuracy: number;
  macroF1: number;
  perCategory: Record<string, PerCategory>;
  scam: { precision: number; recall: number; falsePositiveRate: number; truePositives: number; falsePositives: number; falseNegatives: number };
  perLanguage: Record<string, { accuracy: number; messages: number }>;
  languageDetection: number;
  /**
   * The learned model's part: messages it filed because no rule matched, and messages where it outweighed the rules'
   * category, each with how many of those it got right; and the phrase rules' own accuracy and macro-F1 without it.
   */
  learnedModel: { noRule: { decided: number; correct: number }; outweighedRules: { decided: number; correct: number } };
  rulesAlone: { accuracy: number; macroF1: number };
  misclassified: Array<{ id: string; expected: string; got: string; signals: string[] }>;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const round = (x: number): number => Math.round(x * 1000) / 1000;

function load(file: string): { rows: Labelled[]; skipped: number } {
  const rows: Labelled[] = [];
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Labelled;
      if (typeof r.body === 'string' && r.expected && isCategory(r.expected.category) && typeof r.expected.scam === 'boolean') rows.push(r);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { rows, skipped };
}

/** Per category with any support or prediction: precision, recall, F1 (rounded, and unrounded for the macro mean). */
function categoryScores(tp: ReadonlyMap<Category, number>, fp: ReadonlyMap<Category, number>, fn: ReadonlyMap<Category, number>): Record<string, PerCategory & { f1Exact: number }> {
  const out: Record<string, PerCategory & { f1Exact: number }> = {};
  for (const c of CATEGORIES) {
    const t = tp.get(c) ?? 0;
    const support = t + (fn.get(c) ?? 0);
    const predicted = t + (fp.get(c) ?? 0);
    if (support === 0 && predicted === 0) continue;
    const precision = ratio(t, predicted);
    const recall = ratio(t, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    out[c] = { precision: round(precision), recall: round(recall), f1: round(f1), support, f1Exact: f1 };
  }
  return out;
}

export function evaluate(file: string): EvalReport {
  const { rows, skipped } = load(file);
  const tp = new Map<Category, number>();
  const fp = new Map<Category, number>();
  const fn = new Map<Category, number>();
  const inc = (m: Map<Category, number>, c: Category): void => void m.set(c, (m.get(c) ?? 0) + 1);
  let correct = 0;
  let langCorrect = 0;
  let langLabelled = 0;
  const scam = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perLang = new Map<string, { ok: number; n: number }>();
  const misclassified: EvalReport['misclassified'] = [];
  const learned = { noRule: { decided: 0, correct: 0 }, outweighedRules: { decided: 0, correct: 0 } };
  const rulesAlone = { correct: 0, tp: new Map<Category, number>(), fp: new Map<Category, number>(), fn: new Map<Category, number>() };

  for (const r of rows) {
    const got = classify({ subject: r.subject ?? null, body: r.body, marketplace: r.marketplace ?? null });
    const exp = r.expected;
    const okCat = got.category === exp.category;
    const byModel = got.signals.some((s) => s.endsWith(LEARNED_NO_RULE_LABEL)) ? learned.noRule : got.signals.some((s) => s.endsWith(LEARNED_LABEL)) ? learned.outweighedRules : null;
    if (byModel) {
      byModel.decided++;
      if (okCat) byModel.correct++;
    }
    const rules = classify({ subject: r.subject ?? null, body: r.body, marketplace: r.marketplace ?? null }, { learnedModel: false });
    if (rules.category === exp.category) {
      rulesAlone.correct++;
      inc(rulesAlone.tp, exp.category);
    } else {
      inc(rulesAlone.fp, rules.category);
      inc(rulesAlone.fn, exp.category);
    }
    if (okCat) {
      correct++;
      inc(tp, exp.category);
    } else {
      inc(fp, got.category);
      inc(fn, exp.category);
    }
    if (exp.scam && got.scam) scam.tp++;
    else if (!exp.scam && got.scam) scam.fp++;
    else if (exp.scam && !got.scam) scam.fn++;
    else scam.tn++;
    const lang = r.lang ?? 'und';
    const l = perLang.get(lang) ?? { ok: 0, n: 0 };
    l.n++;
    if (okCat) l.ok++;
    perLang.set(lang, l);
    if (r.lang) {
      langLabelled++;
      if (got.lang === r.lang) langCorrect++;
    }
    if (!okCat || got.scam !== exp.scam) {
      misclassified.push({
        id: r.id,
        expected: `${exp.category}${exp.scam ? '+scam' : ''}`,
        got: `${got.category}${got.scam ? '+scam' : ''}`,
        signals: got.signals,
      });
    }
  }

  const perCategory = categoryScores(tp, fp, fn);
  const f1s = Object.values(perCategory).map((m) => m.f1Exact);
  const rulesF1s = Object.values(categoryScores(rulesAlone.tp, rulesAlone.fp, rulesAlone.fn)).map((m) => m.f1Exact);
  const perLanguage: EvalReport['perLanguage'] = {};
  for (const [lang, { ok, n }] of [...perLang].sort((a, b) => b[1].n - a[1].n)) perLanguage[lang] = { accuracy: round(ratio(ok, n)), messages: n };

  return {
    file,
    messages: rows.length,
    skippedLines: skipped,
    accuracy: round(ratio(correct, rows.length)),
    macroF1: round(ratio(f1s.reduce((a, b) => a + b, 0), f1s.length)),
    perCategory: Object.fromEntries(Object.entries(perCategory).map(([c, { f1Exact: _, ...m }]) => [c, m])),
    scam: {
      precision: round(ratio(scam.tp, scam.tp + scam.fp)),
      recall: round(ratio(scam.tp, scam.tp + scam.fn)),
      falsePositiveRate: round(ratio(scam.fp, scam.fp + scam.tn)),
      truePositives: scam.tp,
      falsePositives: scam.fp,
      falseNegatives: scam.fn,
    },
    perLanguage,
    languageDetection: round(ratio(langCorrect, langLabelled)),
    learnedModel: learned,
    rulesAlone: { accuracy: round(ratio(rulesAlone.correct, rows.length)), macroF1: round(ratio(rulesF1s.reduce((a, b) => a + b, 0), rulesF1s.length)) },
    misclassified,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printHuman(r: EvalReport): void {
  const out: string[] = [];
  out.push(`file: ${r.file}`);
  out.push(`messages: ${r.messages}${r.skippedLines ? ` (skipped ${r.skippedLines} unreadable lines)` : ''}`);
  out.push('', 'category                  precision  recall   F1     n');
  for (const [c, m] of Object.entries(r.perCategory)) {
    out.push(`${c.padEnd(26)}${pct(m.precision).padStart(8)}${pct(m.recall).padStart(9)}${m.f1.toFixed(3).padStart(7)}${String(m.support).padStart(6)}`);
  }
  out.push('', 'language  accuracy   n');
  for (const [lang, m] of Object.entries(r.perLanguage)) out.push(`${lang.padEnd(10)}${pct(m.accuracy).padStart(8)}${String(m.messages).padStart(5)}`);
  out.push('', `misclassified (${r.misclassified.length}):`);
  for (const m of r.misclassified) out.push(`  ${m.id}: expected ${m.expected}, got ${m.got}  [${m.signals.slice(0, 3).join(' | ')}]`);
  out.push('');
  out.push(`language detection: ${pct(r.languageDetection)}`);
  const { noRule, outweighedRules } = r.learnedModel;
  out.push(`learned model: filed ${noRule.decided} no rule matched (right: ${noRule.correct}), outweighed the rules on ${outweighedRules.decided} (right: ${outweighedRules.correct})`);
  out.push(`phrase rules alone: accuracy ${pct(r.rulesAlone.accuracy)}, macro-F1 ${r.rulesAlone.macroF1.toFixed(3)}`);
  out.push(`scam: TP ${r.scam.truePositives}, FP ${r.scam.falsePositives}, FN ${r.scam.falseNegatives}`);
  out.push(`accuracy: ${pct(r.accuracy)} (${r.messages} messages)`);
  out.push(`macro-F1: ${r.macroF1.toFixed(3)}`);
  out.push(`scam precision: ${pct(r.scam.precision)}  recall: ${pct(r.scam.recall)}  false-positive rate: ${pct(r.scam.falsePositiveRate)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_FILE);
  if (!existsSync(file) || !statSync(file).isFile()) fail(`no such file: ${file}`);
  const report = evaluate(file);
  if (report.messages === 0) fail(`no labelled messages in ${file}`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printHuman(report);
}

main();
