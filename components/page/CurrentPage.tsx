import { useState } from 'react';
import { primaryFrame } from '@/lib/extension/tab-state';
import { shellMessages } from '../shell/messages';
import { useTabState } from '../shell/use-tab-state';
import { useT } from '../shell/use-t';
import { ManualClassify } from '../manual/ManualClassify';
import { PageAssistant } from './PageAssistant';
import { SnapshotSummary } from './SnapshotSummary';
import { usePanelRenderTiming } from './render-timing';

/**
 * Manual mode under a page that was read: for a message the reader missed, or text chosen with "Classify selected
 * text" (then it opens by itself).
 */
function ManualOnReadPage() {
  const t = useT(shellMessages);
  const [open, setOpen] = useState(false);
  return (
    <details className="card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="manual-on-page">
      <summary>{t('manualOther')}</summary>
      <ManualClassify onSelectionTaken={() => setOpen(true)} />
    </details>
  );
}

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
      <ManualOnReadPage />
    </>
  );
}
