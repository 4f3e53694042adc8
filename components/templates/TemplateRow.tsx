import { useMemo, useState } from 'react';
import type { StoredTemplate } from '@/lib/db/templates';
import { checkPolicy } from '@/lib/replies';
import { useT } from '../shell/use-t';
import { templateMessages } from './messages';

export type RowAction = 'edit' | 'duplicate' | 'delete' | 'restore';

/** How the seller should think of a template: shipped as is, a shipped one they changed, or their own. */
export function originOf(t: StoredTemplate): 'builtin' | 'edited' | 'own' {
  if (t.origin === 'builtin') return 'builtin';
  return t.overrides ? 'edited' : 'own';
}

const ORIGIN_KEY = { builtin: 'originBuiltin', edited: 'originEdited', own: 'originOwn' } as const;

/** The first line of a body, short enough for a list. */
function firstLine(body: string): string {
  const line = body.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** One template in the list, with its actions; deleting asks first (and says whether it can be brought back). */
export function TemplateRow({ template, onAction }: { template: StoredTemplate; onAction(action: RowAction, template: StoredTemplate): void }) {
  const t = useT(templateMessages);
  const [confirming, setConfirming] = useState(false);
  const origin = originOf(template);
  const findings = useMemo(() => checkPolicy(template.body).length, [template.body]);
  const title = template.title;
  return (
    <li className="template-row" data-testid={`template-${template.id}`}>
      <div className="template-head">
        <strong dir="auto" lang={template.lang}>
          {title}
        </strong>{' '}
        <span className={origin === 'builtin' ? 'badge' : 'badge ok'}>{t(ORIGIN_KEY[origin])}</span>
        {findings > 0 && <span className="badge red">{t('findingsBadge', { count: findings })}</span>}
      </div>
      <p className="muted template-first-line" dir="auto" lang={template.lang}>
        {firstLine(template.body)}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('deleteNamed', { title })}>
          <p>{origin === 'own' ? t('confirmDeleteOwn', { title }) : t('confirmDeleteBuiltin', { title })}</p>
          <div className="actions">
            <button
              type="button"
              autoFocus
              onClick={() => {
                setConfirming(false);
                onAction('delete', template);
              }}
            >
              {t('confirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" aria-label={t('editNamed', { title })} onClick={() => onAction('edit', template)}>
            {t('edit')}
          </button>
          <button type="button" aria-label={t('duplicateNamed', { title })} onClick={() => onAction('duplicate', template)}>
            {t('duplicate')}
          </button>
          <button type="button" aria-label={t('deleteNamed', { title })} onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
          {origin === 'edited' && (
            <button type="button" aria-label={t('restoreNamed', { title })} onClick={() => onAction('restore', template)}>
              {t('restore')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
