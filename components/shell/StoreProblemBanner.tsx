import { useEffect, useState } from 'react';
import { storeFullMessage } from '@/lib/db/errors';
import type { StoreProblem } from '@/lib/extension/store-problem';
import { shellMessages } from './messages';
import { useServices } from './services';
import { useUi } from './ui-store';
import { useT } from './use-t';

/** A write the store refused, said plainly at the top of the panel (a full disk must not fail silently). */
export function StoreProblemBanner() {
  const services = useServices();
  const lang = useUi((s) => s.lang);
  const t = useT(shellMessages);
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  useEffect(() => services.subscribeStoreProblem?.(setProblem), [services]);
  if (!problem) return null;
  return (
    <div role="alert" className="card warning" data-testid="store-problem">
      {problem.kind === 'full' ? storeFullMessage(lang) : t('storeProblem', { detail: problem.detail })}
    </div>
  );
}
