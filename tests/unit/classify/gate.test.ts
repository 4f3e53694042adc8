import fc from 'fast-check';
import { classify, classifyUngated, warmUpClassifier } from '@/lib/classify';
import { KeywordGate } from '@/lib/classify/keyword-gate';
import { foldPattern, foldText, prepareMessage } from '@/lib/classify/normalise';
import { compileRules, findHits, gateTexts, withoutCaptures, type RuleSpec } from '@/lib/classify/phrases';
import { analysePhrase, requiredLiterals } from '@/lib/classify/required-literals';
import { addressRules } from '@/lib/classify/rules/address';
import { cancelRules } from '@/lib/classify/rules/cancel';
import { damagedRules } from '@/lib/classify/rules/damaged';
import { deliveryRules } from '@/lib/classify/rules/delivery';
import { invoiceRules } from '@/lib/classify/rules/invoice';
import { otherRules } from '@/lib/classify/rules/other';
import { productRules } from '@/lib/classify/rules/product';
import { refundRules } from '@/lib/classify/rules/refund';
import { returnRules } from '@/lib/classify/rules/return';
import { spamRules } from '@/lib/classify/rules/spam';
import { thanksRules } from '@/lib/classify/rules/thanks';
import { SCAM_RULES } from '@/lib/classify/scam';
import { noticeRules } from '@/lib/classify/system-notices';
import { EXAMPLES } from './examples';

const ALL_RULES: ReadonlyArray<RuleSpec> = [
  ...cancelRules, ...addressRules, ...returnRules, ...damagedRules, ...deliveryRules, ...refundRules, ...invoiceRules,
  ...productRules, ...thanksRules, ...spamRules, ...otherRules, ...noticeRules, ...SCAM_RULES,
];

/** Pieces of buyer messages in several languages and scripts, written for this test, to build messages from. */
const FRAGMENTS = [
  'please cancel my order', 'I want to return it', 'the box arrived crushed', 'where is my parcel?', 'tracking number',
  'refund me', 'I was charged twice', 'can I get an invoice', 'does it fit a 2018 model?', 'thanks a lot!',
  'send it to my cousin in Manila', 'WhatsApp me', 'pay by bank transfer', 'mark it as shipped', 'negative feedback',
  "I won't send it back", 'verify your account at http://amazon-check.example', 'my email is a.b@example.org',
  'Inquiry from Amazon customer', 'has requested a return', 'Reason for cancellation:', 'same address',
  'キャンセルしたいです', 'ｷｬﾝｾﾙお願いします', '返品できますか', '届いていません', '壊れていました', '領収書を発行して',
  '友達に送ってください', 'インドネシア', 'ありがとうございました', 'お願いします', 'ＰＬＥＡＳＥ　ＲＥＦＵＮＤ',
  'Bitte stornieren Sie', 'Rücksendung', 'wo ist mein Paket', 'Rechnung', 'kaputt', 'vielen Dank',
  'annuler ma commande', 'colis endommagé', 'remboursement', 'vorrei annullare', 'non funziona', 'fattura',
  'quiero devolver', 'no ha llegado', 'factura', 'annuleren', 'zamówienie', 'tack så mycket', 'não funciona',
  '<b>cancel</b>', '🙂', '\u200B', 'don’t', '“quoted”', '?', '\n', '  ', 'Fwd:', 'order 123-4567890-1234567',
];

const message = fc
  .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }), fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 10 }), fc.constantFrom('US', 'UK', 'JP', 'DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE', null))
  .map(([subject, body, marketplace]) => ({ subject: subject.join(' '), body: body.join(' '), marketplace }));

describe('the keyword gate never changes a result (gated = ungated reference)', () => {
  it.each(EXAMPLES.map((e) => [e.body.slice(0, 60), e] as const))('example: %s', (_name, e) => {
    const input = { subject: e.subject, body: e.body, marketplace: e.marketplace };
    expect(classify(input)).toEqual(classifyUngated(input));
  });

  it('messages built from phrases of every category, language and script', () => {
    fc.assert(
      fc.property(message, (input) => {
        expect(classify(input)).toEqual(classifyUngated(input));
      }),
      { numRuns: 400 },
    );
  }, 30_000); // hundreds of ungated runs: seconds on a loaded machine

  it('bad inputs: empty, markup only, emoji, lone surrogates, huge', () => {
    for (const body of ['', '<p></p>', '🙂🙂', 'cancel \uD800 order', `refund ${'x'.repeat(60_000)} whatsapp`]) {
      expect(classify({ body })).toEqual(classifyUngated({ body }));
    }
  });
});

describe('required literals are sound on the real phrase tables', () => {
  // Every match of a phrase must contain a literal of each set the gate requires of it; otherwise the gate could
  // hide a match. Checked on every match the test texts produce.
  const texts = [...EXAMPLES.map((e) => foldText(`${e.subject}\n${e.body}`)), ...fc.sample(message, { numRuns: 300, seed: 7 }).map((m) => foldText(`${m.subject}\n${m.body}`))];
  const phrases = ALL_RULES.flatMap((rule) => Object.values(rule.phrases).flatMap((sources) => (sources ?? []).map((s) => ({ id: rule.id, source: foldPattern(s) }))));

  it('every phrase can be read by the analysis', () => {
    for (const p of phrases) expect(() => requiredLiterals(p.source)).not.toThrow();
  });

  it('each match contains a literal of every required set', () => {
    let matches = 0;
    for (const { id, source } of phrases) {
      const sets = requiredLiterals(source);
      const re = new RegExp(source, 'g');
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          matches++;
          for (const set of sets) expect({ id, match: m[0], ok: set.some((l) => m[0].includes(l)) }).toEqual({ id, match: m[0], ok: true });
        }
      }
    }
    expect(matches).toBeGreaterThan(200); // the texts really exercise the tables
  });

  it('each match starts with one of the start literals, when the analysis names them', () => {
    let checked = 0;
    for (const { id, source } of phrases) {
      const { start } = analysePhrase(source);
      if (!start) continue;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(source, 'g'))) {
          checked++;
          expect({ id, match: m[0], ok: start.some((l) => m[0].startsWith(l)) }).toEqual({ id, match: m[0], ok: true });
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('requiredLiterals', () => {
  const sets = (source: string): string[][] => requiredLiterals(source).map((s) => [...s].sort());

  it('a repeated letter splits a word into what comes before and after it', () => {
    expect(sets(String.raw`\bcancel+ed\b`)).toEqual([['cancel'], ['led']]);
  });
  it('an optional part adds nothing that is required', () => {
    expect(sets('(please )?cancel')).toEqual([['cancel']]);
  });
  it('an alternation requires one of its branches', () => {
    expect(sets(String.raw`\b(refund|repay)\b`)).toEqual([['refund', 'repay']]);
    expect(sets('colou?r')).toEqual([['color', 'colour']]);
  });
  it('lookarounds and anchors consume nothing', () => {
    expect(sets('(?<!no )^cancel(?= now)$')).toEqual([['cancel']]);
  });
  it('wildcards, wide classes and patterns that can match nothing require nothing', () => {
    expect(sets('.{3,}')).toEqual([]);
    expect(sets('[a-z]+')).toEqual([]);
    expect(sets('(cancel)?')).toEqual([]);
    expect(sets(String.raw`(ab)\1`)).toEqual([['ab']]);
  });
  it('a branch that requires nothing makes the whole alternation require nothing', () => {
    expect(sets(String.raw`refund|\w+`)).toEqual([]);
  });
  it('several required parts are all kept, most selective first', () => {
    expect(requiredLiterals(String.raw`\bwhere\b[^.!?]{0,20}\bbox\?`)).toEqual([['box?'], ['where']]);
  });
  it('names the literals every match starts with, when there are such', () => {
    expect(analysePhrase(String.raw`\b(please|kindly) (please )?cancel`).start?.sort()).toEqual(['kindly', 'please']);
    expect(analysePhrase(String.raw`(?<!no )(refund|repay)ment`).start?.sort()).toEqual(['refund', 'repaym']);
    expect(analysePhrase(String.raw`\w+ cancel`).start).toBeUndefined();
    expect(analysePhrase('(please )?cancel').start?.sort()).toEqual(['cancel', 'please']);
  });
  it('rejects what it cannot read, at load time', () => {
    expect(() => requiredLiterals('(unclosed')).toThrow();
  });
});

describe('KeywordGate', () => {
  const gate = new KeywordGate([['he'], ['she'], ['hers'], ['his'], ['返品']]);
  const scan = (text: string): number[] => {
    gate.begin();
    gate.add(text);
    return [...gate.found()].sort();
  };

  it('finds overlapping literals and literals inside others', () => {
    expect(scan('ushers')).toEqual([0, 1, 2]);
  });
  it('finds non-Latin literals', () => {
    expect(scan('返品したい')).toEqual([4]);
  });
  it('a character in no literal breaks a match', () => {
    expect(scan('sh🙂e')).toEqual([]);
  });
  it('each scan starts empty', () => {
    expect(scan('his')).toEqual([3]);
    expect(scan('nothing')).toEqual([]);
  });
});

describe('gated rules', () => {
  const rules = compileRules([{ id: 'test.zebra', key: 'zebra', strength: 3, label: 'zebra', phrases: { en: [String.raw`\bzebra crossing\b`] } }]);

  it('a message scanned before another one is scanned again, never read from the newer scan', () => {
    const first = gateTexts(prepareMessage('', 'stop at the zebra crossing'));
    const second = gateTexts(prepareMessage('', 'nothing here'));
    expect(findHits(rules, first, ['en']).map((h) => h.text)).toEqual(['zebra crossing']);
    expect(findHits(rules, second, ['en'])).toEqual([]);
  });
});

describe('withoutCaptures', () => {
  it('makes groups non-capturing and leaves escapes, classes and lookarounds alone', () => {
    expect(withoutCaptures(String.raw`\b(can|could) \(you\)[(]x(?:y)(?<!no )(?=z)`)).toBe(String.raw`\b(?:can|could) \(you\)[(]x(?:y)(?<!no )(?=z)`);
  });
  it('keeps sources that refer back to a group as they are', () => {
    expect(withoutCaptures(String.raw`(a)\1`)).toBe(String.raw`(a)\1`);
  });
});

describe('warmUpClassifier', () => {
  it('builds the tables without changing what the next message gets', () => {
    const input = { subject: '', body: 'Where is my parcel? It has not arrived yet.' };
    const before = classifyUngated(input);
    warmUpClassifier();
    expect(classify(input)).toEqual(before);
  });
});
