import { useId } from 'react';
import type { Classification } from '@/lib/classify';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { useCategoryName } from '../shared/category-names';
import { languageName } from './language-name';
import { threadMessages } from './messages';

/** Confidence as a whole percentage; anything that is not a number in 0..1 reads as 0 or 100. */
function percent(confidence: number): number {
  if (!Number.isFinite(confidence)) return 0;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}

/** What the classifier said and why: category, confidence, the buyer's language and the matched phrases. */
export function ClassificationCard({ classification }: { classification: Classification }) {
  const t = useT(threadMessages);
  const categoryName = useCategoryName();
  const uiLang = useUi((s) => s.lang);
  const { category, confidence, scam, lang, signals } = classification;
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId} data-testid="classification">
      <h2 id={titleId} className="card-title">
        {t('classificationTitle')}
        {scam && <span className="badge red">{t('scamBadge')}</span>}
      </h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t('category')}</dt>
          <dd>
            <strong data-testid="category" data-category={category}>
              {categoryName(category)}
            </strong>{' '}
            <code className="muted category-id">{category}</code>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('confidence')}</dt>
          <dd data-testid="confidence">{t('confidenceValue', { percent: percent(confidence) })}</dd>
        </div>
        <div className="fact">
          <dt>{t('language')}</dt>
          <dd data-testid="detected-language" data-lang={lang ?? ''}>
            {languageName(lang, uiLang) ?? t('languageUnknown')}
          </dd>
        </div>
      </dl>
      <h3>{t('signals')}</h3>
      {signals.length > 0 ? (
        <ul className="signals" data-testid="signals">
          {signals.map((s, i) => (
            <li key={i} dir="auto">
              {s}
            </li>
          ))}
        </ul>
      ) : (
        <p className="signals">{t('noSignals')}</p>
      )}
    </section>
  );
}
