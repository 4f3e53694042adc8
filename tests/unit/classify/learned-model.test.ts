import { readFileSync } from 'node:fs';
import { classify, LEARNED_LABEL, LEARNED_NO_RULE_LABEL } from '@/lib/classify';
import { evidence, type Decision } from '@/lib/classify/decide';
import { messageGrams } from '@/lib/classify/learned/features';
import { learnedGuess, loadModel, type LearnedGuess } from '@/lib/classify/learned/model';
import { LEARNED_MODEL } from '@/lib/classify/learned/model.generated';
import { trainModel, type TrainingMessage } from '@/lib/classify/learned/train';
import { LEARNED_SCAM_SIGNAL, learnedScamSignal, MIN_KNOWN_GRAMS, OVERRIDE_MARGIN, SCAM_PROBABILITY, SCAM_PROBABILITY_OVER_DECISIVE, weighLearnedGuess } from '@/lib/classify/learned/weigh';
import { prepareMessage, prepareText } from '@/lib/classify/normalise';
import { freshModelSource, MODEL_FILE } from '../../../scripts/train-model';

const folded = (body: string, subject = '') => prepareMessage(prepareText(subject, 'subject'), prepareText(body, 'body')).all.folded;

describe('learned model: features and training', () => {
  it('reads character 1- to 4-grams of the folded text, digits collapsed, punctuation as spaces', () => {
    const grams = messageGrams(folded('Order #123!'));
    expect(grams.has(' or')).toBe(true);
    expect(grams.has('er 0')).toBe(true);
    expect(grams.has('o')).toBe(true);
    expect([...grams].some((g) => /[#!1-9]/.test(g) || g.length > 4)).toBe(false);
  });

  it('the runtime counts exactly the grams training sees (packed keys, no strings), for every kind of text', () => {
    const model = loadModel(LEARNED_MODEL);
    const vocabulary = new Set(LEARNED_MODEL.grams.split('\n'));
    const texts = [
      'Where is my order? It was due on Monday.',
      'お世話になっております。注文した商品がまだ届いていません。',
      'ｷｬﾝｾﾙ お願いします！！',
      'Rückerstattung für die Bestellung 028-1234567-1234567 bitte 😡😡',
      "j'aimerais l'échanger contre une taille 40, merci",
      '𠮷野家のギフト券 and emoji 👍🏽 in one line',
      'a',
      'x'.repeat(5000),
    ];
    for (const text of texts) {
      const f = folded(text);
      const expected = [...messageGrams(f)].filter((g) => vocabulary.has(g)).length;
      expect(learnedGuess(f, model)?.knownGrams ?? 0, text.slice(0, 30)).toBe(expected);
    }
  });

  it('the vocabulary is closed under prefixes, so the runtime may skip the longer grams of an unknown gram', () => {
    const grams = LEARNED_MODEL.grams.split('\n');
    const vocabulary = new Set(grams);
    expect(grams.filter((g) => g.length > 1 && !vocabulary.has(g.slice(0, -1)))).toEqual([]);
  });

  it('the committed model loads into a table that fits the L2 budget of model.ts (768 KB)', () => {
    const model = loadModel(LEARNED_MODEL);
    expect(model.keys.byteLength + model.weights.byteLength + model.seen.byteLength).toBeLessThanOrEqual(772 * 1024);
  });

  it('a model trained on a few messages per category recognises a new message of one of them', () => {
    const train: TrainingMessage[] = [
      ...['I want my money back please', 'please refund my money', 'money back now', 'where is my money back'].map((b) => ({ category: 'refund_request' as const, scam: false, folded: folded(b) })),
      ...['thanks a lot, all good', 'thank you so much', 'many thanks, arrived well', 'thanks, great seller'].map((b) => ({ category: 'thanks' as const, scam: false, folded: folded(b) })),
    ];
    const model = loadModel(trainModel(train));
    expect(learnedGuess(folded('can I have my money back?'), model)?.category).toBe('refund_request');
    expect(learnedGuess(folded('Thanks so much!'), model)?.category).toBe('thanks');
    expect(learnedGuess(folded('???'), model)?.knownGrams ?? 0).toBeLessThan(MIN_KNOWN_GRAMS);
  });

  it('training is deterministic: the same messages give the same model', () => {
    const train: TrainingMessage[] = [
      { category: 'thanks', scam: false, folded: folded('thank you') },
      { category: 'thanks', scam: false, folded: folded('thanks a lot') },
      { category: 'thanks', scam: false, folded: folded('thanks again') },
      { category: 'delivery_status', scam: false, folded: folded('where is my parcel') },
      { category: 'delivery_status', scam: false, folded: folded('where is my order') },
      { category: 'delivery_status', scam: false, folded: folded('where is it') },
    ];
    const model = trainModel(train);
    expect(model.grams.split('\n')).toContain('th');
    expect(trainModel([...train])).toEqual(model);
  });

  it('the committed model is what training on the labelled messages in tests/unit/classify gives (npm run -s train-model)', async () => {
    const { source } = await freshModelSource();
    expect(readFileSync(MODEL_FILE, 'utf8') === source, 'run npm run -s train-model').toBe(true);
  }, 60_000);
});

describe('weighing the learned guess against the rules', () => {
  const flags = { asksSomething: true };
  const guess = (category: LearnedGuess['category'], margin: number, knownGrams = 100): LearnedGuess => ({ category, margin, probability: 0.8, scamProbability: 0.1, knownGrams });
  const rules = (e: ReturnType<typeof evidence>): Decision => ({ category: e.category, confidence: 0.72, reasons: [e] });
  const returnWish = evidence('return_request', 2, 'wants to return it', 'send it back');

  it('with no rule evidence, the model files the message (as the weakest evidence, saying so)', () => {
    const none: Decision = { category: 'other', confidence: 0.35, reasons: [] };
    const got = weighLearnedGuess(none, [], guess('delivery_status', 0.5), flags);
    expect(got.category).toBe('delivery_status');
    expect(got.reasons.map((r) => r.signal)).toEqual([`delivery: ${LEARNED_NO_RULE_LABEL}`]);
    expect(weighLearnedGuess(none, [], guess('other', 9), flags)).toBe(none);
  });

  it(`overrides a rule only when it is surer by ${OVERRIDE_MARGIN} or more, and keeps the rules' evidence of its own category`, () => {
    const damage = evidence('damaged_or_defective', 1, 'a defect', 'scratched');
    const decision = rules(returnWish);
    expect(weighLearnedGuess(decision, [returnWish, damage], guess('damaged_or_defective', OVERRIDE_MARGIN - 0.1), flags)).toBe(decision);
    const got = weighLearnedGuess(decision, [returnWish, damage], guess('damaged_or_defective', OVERRIDE_MARGIN), flags);
    expect(got.category).toBe('damaged_or_defective');
    expect(got.reasons.map((r) => r.signal)).toEqual([`damage: ${LEARNED_LABEL}`, damage.signal]);
    expect(got.confidence).toBe(0.8);
  });

  it(`overrides decisive (strength 3) evidence too, by the same margin`, () => {
    const decisive = evidence('return_request', 3, 'wants to return it', 'return label');
    const decision = rules(decisive);
    expect(weighLearnedGuess(decision, [decisive], guess('thanks', OVERRIDE_MARGIN - 0.1), flags)).toBe(decision);
    expect(weighLearnedGuess(decision, [decisive], guess('thanks', OVERRIDE_MARGIN), flags).category).toBe('thanks');
  });

  it('raises the scam flag the rules did not raise only when sure, never on a notice or an address change', () => {
    const sure = { ...guess('other', 1), scamProbability: SCAM_PROBABILITY };
    expect(learnedScamSignal(rules(returnWish), sure)).toBe(LEARNED_SCAM_SIGNAL);
    expect(learnedScamSignal(rules(returnWish), { ...sure, scamProbability: SCAM_PROBABILITY - 0.01 })).toBeNull();
    expect(learnedScamSignal(rules(returnWish), { ...sure, knownGrams: MIN_KNOWN_GRAMS - 1 })).toBeNull();
    const notice = evidence('return_request', 3, 'return notice', 'Return authorization request', true);
    expect(learnedScamSignal(rules(notice), sure)).toBeNull();
    const newAddress = evidence('address_change', 2, 'change the address', 'my new address');
    expect(learnedScamSignal(rules(newAddress), sure)).toBeNull();
  });

  it('over a decisive phrase, raises the scam flag only when surer still', () => {
    const decisive = evidence('damaged_or_defective', 3, 'arrived damaged', 'chipped');
    const guessWith = (scamProbability: number) => ({ ...guess('damaged_or_defective', 1), scamProbability });
    expect(learnedScamSignal(rules(decisive), guessWith(SCAM_PROBABILITY))).toBeNull();
    expect(learnedScamSignal(rules(decisive), guessWith(SCAM_PROBABILITY_OVER_DECISIVE))).toBe(LEARNED_SCAM_SIGNAL);
  });

  it("never overrides Amazon's notices, never says cancel_request_system, and stays quiet with too few known grams", () => {
    const notice = evidence('cancel_request_system', 3, 'cancellation notice', 'Order cancellation request', true);
    expect(weighLearnedGuess(rules(notice), [notice], guess('cancel_request_message', 9), flags).category).toBe('cancel_request_system');
    expect(weighLearnedGuess(rules(returnWish), [returnWish], guess('cancel_request_system', 9), flags).category).toBe('return_request');
    expect(weighLearnedGuess(rules(returnWish), [returnWish], guess('thanks', 9, MIN_KNOWN_GRAMS - 1), flags).category).toBe('return_request');
  });
});

describe('learned model in the classifier', () => {
  it('a misspelt complaint no rule knows is still filed with its category (and only with the model on)', () => {
    const body = 'the prodcut arived brokn, screan crakced all over, very disapointed';
    const alone = classify({ body, marketplace: 'US' }, { learnedModel: false });
    expect(alone.category).toBe('other');
    const full = classify({ body, marketplace: 'US' });
    expect(full.category).toBe('damaged_or_defective');
    expect(full.signals).toEqual([`damage: ${LEARNED_NO_RULE_LABEL}`]);
    expect(full.confidence).toBe(0.5);
  });

  it('a greeting, emoji, digits, markup or nothing give the model nothing to say', () => {
    for (const body of ['hello', '<b></b><br/>', '🙂🙂🙂', '', '1234 5678']) {
      expect(classify({ body }).signals.some((s) => s.includes('learned model'))).toBe(false);
    }
  });
});
