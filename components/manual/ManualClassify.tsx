import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Classification } from '@/lib/classify';
import type { ThreadSnapshot } from '@/lib/sellercentral/types';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { ThreadAdvice } from '../thread/ThreadAdvice';
import { manualSnapshot } from './manual-snapshot';
import { manualMessages } from './messages';

type Result =
  | { kind: 'classified'; snapshot: ThreadSnapshot; classification: Classification; fromSelection: boolean; run: number }
  | { kind: 'empty' }
  | { kind: 'failed'; detail: string };

/**
 * Manual mode, for a page that cannot be read: the seller pastes (or selects, via the context menu "Classify
 * selected text") a buyer message and gets the same advice as on a read thread. Classification runs here, in the
 * panel: the text goes nowhere.
 */
export function ManualClassify({ onSelectionTaken }: { onSelectionTaken?: () => void } = {}) {
  const services = useServices();
  const t = useT(manualMessages);
  const [body, setBody] = useState('');
  const [subject, setSubject] = useState('');
  const [orderId, setOrderId] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const ids = { body: useId(), subject: useId(), orderId: useId(), hint: useId(), title: useId() };
  /** The selection arrival last taken (-1: none yet); see the effect below. */
  const took = useRef(-1);
  const arrivals = useUi((s) => s.selectionArrivals);
  const runs = useRef(0);

  const run = (input: { body: string; subject: string; orderId: string }, fromSelection = false) => {
    const thisRun = ++runs.current;
    if (!input.body.trim()) {
      setResult({ kind: 'empty' });
      return;
    }
    // The classifier (its rules and learned model are most of the panel's code) loads on first use: the panel opens
    // without it. A newer run started meanwhile wins.
    import('@/lib/classify')
      .then(({ classify }) => {
        const snapshot = manualSnapshot(input);
        const classification = classify({ subject: snapshot.subject, body: input.body });
        if (thisRun === runs.current) setResult({ kind: 'classified', snapshot, classification, fromSelection, run: thisRun });
      })
      .catch((error: unknown) => {
        // The classifier is built never to throw; if it does (or cannot load), the seller still gets a sentence.
        if (thisRun === runs.current) setResult({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
      });
  };

  // Text chosen with "Classify selected text" is waiting for the panel: take it when manual mode opens, and again
  // each time new text arrives while the panel is open, and classify it straight away. The ref (not an "alive" flag)
  // takes each arrival once: React's strict mode remounts, and a taken text must not be dropped.
  useEffect(() => {
    if (took.current === arrivals || !services.takeManualText) return;
    took.current = arrivals;
    services
      .takeManualText()
      .then((text) => {
        if (!text || !text.trim()) return;
        onSelectionTaken?.();
        setBody(text);
        run({ body: text, subject: '', orderId: '' }, true);
      })
      .catch(() => {});
  }, [services, arrivals]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run({ body, subject, orderId });
  };

  return (
    <div className="manual" data-testid="manual-classify">
      <form className="card manual-form" aria-labelledby={ids.title} onSubmit={onSubmit}>
        <h2 id={ids.title} className="card-title">
          {t('title')}
        </h2>
        <label htmlFor={ids.body}>{t('body')}</label>
        <textarea id={ids.body} value={body} onChange={(e) => setBody(e.target.value)} dir="auto" data-testid="manual-body" />
        <label htmlFor={ids.subject}>{t('subject')}</label>
        <input id={ids.subject} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} dir="auto" data-testid="manual-subject" />
        <label htmlFor={ids.orderId}>{t('orderId')}</label>
        <input
          id={ids.orderId}
          type="text"
          value={orderId}
          onChange={(e) => setOrderId(e.target.value)}
          aria-describedby={ids.hint}
          data-testid="manual-order-id"
        />
        <p id={ids.hint} className="muted">
          {t('orderIdHint')}
        </p>
        <div className="actions">
          <button type="submit" className="primary" data-testid="manual-classify-button">
            {t('classify')}
          </button>
        </div>
        {result?.kind === 'empty' && (
          <p className="notice" role="alert">
            {t('empty')}
          </p>
        )}
        {result?.kind === 'failed' && (
          <p className="notice" role="alert">
            {t('failed', { detail: result.detail })}
          </p>
        )}
        {result?.kind === 'classified' && result.fromSelection && (
          <p className="muted" role="status">
            {t('fromSelection')}
          </p>
        )}
      </form>
      {/* A new run is a new message: keyed so the last insert status does not carry over. */}
      {result?.kind === 'classified' && <ThreadAdvice key={result.run} snapshot={result.snapshot} classification={result.classification} />}
    </div>
  );
}
