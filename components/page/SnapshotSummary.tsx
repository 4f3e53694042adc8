import type { PageSnapshot } from '@/lib/sellercentral/types';
import { shellMessages } from '../shell/messages';
import { useT } from '../shell/use-t';

/** What was read from the page, plainly: the facts every other view builds on. All page text renders as text. */
export function SnapshotSummary({ snapshot }: { snapshot: Exclude<PageSnapshot, { kind: 'unrecognised' }> }) {
  const t = useT(shellMessages);
  // [stable id for tests, label, value]
  const rows: [string, string, string | null | undefined][] = [['marketplace', t('marketplace'), snapshot.marketplace]];
  if (snapshot.kind === 'thread') {
    rows.push(
      ['buyer', t('buyer'), snapshot.buyerName],
      ['order-id', t('orderId'), snapshot.orderId],
      ['asin', t('asin'), snapshot.asins.join(', ') || null],
      ['subject', t('subject'), snapshot.subject],
      ['received', t('received'), snapshot.latestBuyerMessage?.timeText ?? snapshot.latestBuyerMessage?.time],
    );
  } else if (snapshot.kind === 'order') {
    rows.push(['order-id', t('orderId'), snapshot.orderId], ['buyer', t('buyer'), snapshot.buyerName]);
  }
  return (
    <section className="card" aria-labelledby="page-kind">
      <h2 id="page-kind" className="card-title">
        {t(`pageKind_${snapshot.kind}`)}
      </h2>
      <dl className="facts" data-testid="snapshot-facts">
        {rows.map(([id, label, value]) => (
          <div key={id} className="fact">
            <dt>{label}</dt>
            <dd data-testid={`fact-${id}`}>{value || t('none')}</dd>
          </div>
        ))}
      </dl>
      {snapshot.kind === 'thread' && (
        <>
          {snapshot.latestBuyerMessage && (
            <figure className="buyer-message">
              <figcaption>{t('latestBuyerMessage')}</figcaption>
              {/* Focusable: a long message scrolls, and keyboard users must be able to scroll it. */}
              <blockquote data-testid="latest-buyer-message" dir="auto" tabIndex={0}>
                {snapshot.latestBuyerMessage.body}
              </blockquote>
            </figure>
          )}
          <p className="muted">{t('messagesInThread', { count: snapshot.messages.length })}</p>
          <p className={snapshot.replyBoxFound ? 'muted' : 'notice'}>
            {snapshot.replyBoxFound ? t('replyBoxFound') : t('replyBoxMissing')}
          </p>
        </>
      )}
    </section>
  );
}
