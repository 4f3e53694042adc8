import { replyMessages, ruleLabelKey, type PolicyFinding } from '@/lib/replies';
import { useT } from '../shell/use-t';
import { segmentsOf } from './highlight';

/** Reply text with each policy finding wrapped in <mark>, named by its rule. Everything renders as text. */
export function HighlightedText({ text, findings }: { text: string; findings: readonly PolicyFinding[] }) {
  const tr = useT(replyMessages);
  return (
    <>
      {segmentsOf(text, findings).map((s, i) =>
        s.finding ? (
          <mark key={i} title={tr(ruleLabelKey(s.finding.rule))} data-rule={s.finding.rule}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
