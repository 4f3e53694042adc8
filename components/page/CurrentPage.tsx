import { primaryFrame } from '@/lib/extension/tab-state';
import { shellMessages } from '../shell/messages';
import { useTabState } from '../shell/use-tab-state';
import { useT } from '../shell/use-t';
import { ManualClassify } from '../manual/ManualClassify';
import { PageAssistant } from './PageAssistant';
import { SnapshotSummary } from './SnapshotSummary';
import { usePanelRenderTiming } from './render-timing';

/** The "This page" view: what the followed tab shows, and what to do about it. */
export function CurrentPage() {
  const t = useT(shellMessages);
  const { loading, state } = useTabState();
  const frame = primaryFrame(state);
  usePanelRenderTiming(frame?.receivedAt ?? null);

  if (loading) return <p role="status">{t('loading')}</p>;
  if (!frame) {
    return (
      <section className="card">
        <p role="status">{t('noTab')}</p>
        <p>{t('manualHint')}</p>
        <ManualClassify />
      </section>
    );
  }
  const { snapshot } = frame;
  if (snapshot.kind === 'unrecognised') {
    return (
      <section className="card" data-testid="unrecognised">
        <h2 className="card-title">{t('unrecognised')}</h2>
        <p className="muted">{t('unrecognisedReason', { reason: snapshot.reason })}</p>
        <p>{t('manualHint')}</p>
        <ManualClassify />
      </section>
    );
  }
  return (
    <>
      <SnapshotSummary snapshot={snapshot} />
      <PageAssistant frame={frame} />
    </>
  );
}
