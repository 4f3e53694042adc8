import { useId } from 'react';
import { playbookFor, type PlaybookContext } from '@/lib/replies';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { threadMessages } from './messages';

/** The category's playbook as short steps and a "never do" list, aware of FBA/merchant and the order's age. */
export function PlaybookCard({ context }: { context: PlaybookContext }) {
  const t = useT(threadMessages);
  const uiLang = useUi((s) => s.lang);
  const titleId = useId();
  const { steps, never } = playbookFor(context, uiLang);
  return (
    <section className="card" aria-labelledby={titleId} data-testid="playbook">
      <h2 id={titleId} className="card-title">
        {t('playbookTitle')}
      </h2>
      <ol className="playbook-steps">
        {steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {never.length > 0 && (
        <>
          <h3>{t('playbookNever')}</h3>
          <ul className="never" data-testid="playbook-never">
            {never.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
