import { readFileSync } from 'node:fs';
import { classify, LEARNED_LABEL } from '@/lib/classify';
import { learnedGuess, loadModel, MIN_MARGIN } from '@/lib/classify/learned/fallback';
import { messageGrams } from '@/lib/classify/learned/features';
import { trainModel, type TrainingMessage } from '@/lib/classify/learned/train';
import { prepareMessage, prepareText } from '@/lib/classify/normalise';
import { freshModelSource, MODEL_FILE } from '../../../scripts/train-fallback';
import { trainingMessages } from '../../../scripts/lib/training-messages';

const folded = (body: string, subject = '') => prepareMessage(prepareText(subject, 'subject'), prepareText(body, 'body')).all.folded;
/** No rule gave a category: the result is 'other' without an `other:` reason of a rule (scam signals may be there). */
const noRuleFound = (r: { category: string; signals: string[] }) =>
  r.category === 'other' && !r.signals.some((s) => s.startsWith('other: ') && s !== 'other: no known request found');

describe('learned fallback: features and training', () => {
  it('reads character 2- to 4-grams of the folded text, digits collapsed, punctuation as spaces', () => {
    const grams = messageGrams(folded('Order #123!'));
    expect(grams.has(' or')).toBe(true);
    expect(grams.has('er 0')).toBe(true);
    expect([...grams].some((g) => /[#!1-9]/.test(g))).toBe(false);
  });

  it('a model trained on a few messages per category recognises a new message of one of them', () => {
    const train: TrainingMessage[] = [
      ...['I want my money back please', 'please refund my money', 'money back now', 'where is my money back'].map((b) => ({ category: 'refund_request' as const, folded: folded(b) })),
      ...['thanks a lot, all good', 'thank you so much', 'many thanks, arrived well', 'thanks, great seller'].map((b) => ({ category: 'thanks' as const, folded: folded(b) })),
    ];
    const model = loadModel(trainModel(train));
    expect(learnedGuess(folded('can I have my money back?'), model)?.category).toBe('refund_request');
    expect(learnedGuess(folded('Thanks so much!'), model)?.category).toBe('thanks');
    expect(learnedGuess(folded('???'), model)).toBeNull();
  });

  it('training is deterministic: the same messages give the same model text', () => {
    const train: TrainingMessage[] = [
      { category: 'thanks', folded: folded('thank you') },
      { category: 'thanks', folded: folded('thanks a lot') },
      { category: 'delivery_status', folded: folded('where is my parcel') },
      { category: 'delivery_status', folded: folded('where is my order') },
    ];
    expect(trainModel(train)).toEqual(trainModel([...train]));
  });

  it('the committed model is what training on the labelled messages in tests/unit/classify gives (npm run -s train-fallback)', async () => {
    const { source } = await freshModelSource();
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(source);
  });
});

describe('learned fallback in the classifier', () => {
  it('never overrides a rule: wherever a rule found something, the result is the rules-only result', async () => {
    const messages = await trainingMessages();
    let checked = 0;
    for (const { folded: text } of messages.slice(0, 400)) {
      const alone = classify({ body: text }, { learnedFallback: false });
      if (noRuleFound(alone)) continue;
      expect(classify({ body: text })).toEqual(alone);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('speaks only when no rule fired and it is sure, as the weakest evidence, and says so in the signals', async () => {
    const messages = await trainingMessages();
    let spoke = 0;
    for (const { folded: text } of messages) {
      const alone = classify({ body: text }, { learnedFallback: false });
      if (!noRuleFound(alone)) continue;
      const full = classify({ body: text });
      const guess = learnedGuess(folded(text));
      if (guess && guess.category !== 'other' && guess.margin >= MIN_MARGIN) {
        spoke++;
        expect(full.category).toBe(guess.category);
        expect(full.confidence).toBeLessThanOrEqual(0.6);
        expect(full.signals.some((s) => s.includes(LEARNED_LABEL))).toBe(true);
      } else {
        expect(full).toEqual(alone);
      }
    }
    // Every message above was either answered by a rule or left to the fallback; both branches were checked.
    expect(spoke).toBeLessThan(messages.length);
  });

  it('a misspelt complaint no rule knows is still filed with its category (and only with the fallback on)', () => {
    const body = 'the prodcut arived brokn, screan crakced all over, very disapointed';
    const alone = classify({ body, marketplace: 'US' }, { learnedFallback: false });
    expect(alone.category).toBe('other');
    expect(noRuleFound(alone)).toBe(true);
    const full = classify({ body, marketplace: 'US' });
    expect(full.category).toBe('damaged_or_defective');
    expect(full.signals).toEqual([`damage: ${LEARNED_LABEL}`]);
    expect(full.confidence).toBe(0.5);
  });

  it('hostile or empty text gives the fallback nothing to say', () => {
    for (const body of ['<script>document.cookie</script>', '🙂🙂🙂', '', '1234 5678']) {
      expect(classify({ body }).signals.some((s) => s.includes(LEARNED_LABEL))).toBe(false);
    }
  });
});
