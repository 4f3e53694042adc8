import { replyMessages, ruleLabelKey, type PolicyFinding } from '@/lib/replies';
import { useT } from '../shell/use-t';

/** The policy findings of a text: the rule's name, the flagged words and why the rule exists. */
export function PolicyFindings({ findings, truncated = false, testId }: { findings: readonly PolicyFinding[]; truncated?: boolean; testId?: string }) {
  const tr = useT(replyMessages);
  if (findings.length === 0 && !truncated) return null;
  return (
    <div className="findings" data-testid={testId}>
      {findings.length > 0 && <p>{tr('policyFindings', { count: findings.length })}</p>}
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.start}-${i}`} data-rule={f.rule}>
            <strong>{tr(ruleLabelKey(f.rule))}</strong>: “<mark>{f.text}</mark>” — {tr(`${ruleLabelKey(f.rule)}.why`)}
          </li>
        ))}
      </ul>
      {truncated && <p>{tr('policyTruncated')}</p>}
    </div>
  );
}
