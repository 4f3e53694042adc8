import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { Classification } from '@/lib/classify';
import { suggestionsForThread, type OrderContext } from '@/lib/extension/reply-context';
import { replyMessages, scamReplies, sellerSupportNote, toReplyLang, type SuggestedReply } from '@/lib/replies';
import type { ThreadSnapshot } from '@/lib/sellercentral/types';
import { useServices } from '../shell/services';
import { useUi } from '../shell/ui-store';
import { useT } from '../shell/use-t';
import { ClassificationCard } from './ClassificationCard';
import { languageName } from './language-name';
import { threadMessages } from './messages';
import { OrderContextCard } from './OrderContextCard';
import { PlaybookCard } from './PlaybookCard';
import { ReplyCard } from './ReplyCard';
import { fromScamReply, fromSuggestion, type ReplyView } from './reply-view';
import { OUTCOME_MESSAGE, useReplyInsert } from './use-reply-insert';
import { ScamWarning } from './ScamWarning';

type Loaded = { ok: true; suggestions: SuggestedReply[]; order: OrderContext | null } | { ok: false; detail: string };

/** The reasons to show under the scam warning: the scam signals, or every signal when none is marked as such. */
function scamReasons(signals: readonly string[]): string[] {
  const scam = signals.filter((s) => /^\s*scam\b/i.test(s));
  return scam.length > 0 ? scam : [...signals];
}

/**
 * The first and second reply of the Indonesia-scam procedure, in the buyer's language: the panel's own suggestions
 * when they hold them (so a seller's edit of these templates is used), else the builtins.
 */
function scamReplyViews(
  suggestions: readonly SuggestedReply[],
  snapshot: ThreadSnapshot,
  buyerLang: string,
): { first: ReplyView; second: ReplyView } {
  const step = (n: 1 | 2) => suggestions.find((s) => s.template.scamStep === n);
  const first = step(1);
  const second = step(2);
  if (first && second) return { first: fromSuggestion(first), second: fromSuggestion(second) };
  const builtin = scamReplies(toReplyLang(buyerLang) ?? 'en', {
    buyerName: snapshot.buyerName,
    orderId: snapshot.orderId,
    asin: snapshot.asins[0] ?? null,
  });
  return { first: first ? fromSuggestion(first) : fromScamReply(builtin.first), second: second ? fromSuggestion(second) : fromScamReply(builtin.second) };
}

/**
 * Everything the seller needs to answer one classified message: the scam warning (first, when due), the
 * classification and its reasons, the playbook, the order context and the reply suggestions with one-click insert.
 * Shared by the thread page and the manual mode, so both show exactly the same advice.
 */
export function ThreadAdvice({ snapshot, classification }: { snapshot: ThreadSnapshot; classification: Classification }) {
  const services = useServices();
  const uiLang = useUi((s) => s.lang);
  const t = useT(threadMessages);
  const tr = useT(replyMessages);
  const { insert, outcome, busy } = useReplyInsert();
  const repliesTitleId = useId();

  // The same computation as the keyboard shortcut's: the panel's first suggestion is what the shortcut inserts.
  // Live: editing a template or reading the order page updates the suggestions and the order context.
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    try {
      const result = await suggestionsForThread({ db: services.db, snapshot, classification, uiLang, now: services.now() });
      return { ok: true, ...result };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }, [services, snapshot, classification, uiLang]);

  const suggestions = loaded?.ok ? loaded.suggestions : [];
  const order = loaded?.ok ? loaded.order : null;
  const { category, scam } = classification;
  const buyerWords = snapshot.latestBuyerMessage?.body ?? '';
  const onInsert = (text: string) => void insert(text);

  return (
    <div className="thread-advice">
      {scam && (
        <ScamWarning
          category={category}
          reasons={scamReasons(classification.signals)}
          replies={category === 'address_change' && loaded ? scamReplyViews(suggestions, snapshot, classification.lang) : null}
          supportNote={sellerSupportNote({ orderId: snapshot.orderId, buyerWords, marketplace: snapshot.marketplace, uiLang, category })}
          busy={busy}
          onInsert={onInsert}
        />
      )}
      <ClassificationCard classification={classification} />
      <PlaybookCard context={{ category, scam, fulfilment: order?.fulfilment ?? null, orderAgeDays: order?.orderAgeDays ?? null }} />
      {loaded?.ok && snapshot.orderId && <OrderContextCard order={order} />}
      <section className="card" aria-labelledby={repliesTitleId} data-testid="replies">
        <h2 id={repliesTitleId} className="card-title">
          {t('repliesTitle')}
        </h2>
        <p className="muted">{t('neverSends')}</p>
        {loaded === undefined ? (
          <p role="status">{t('repliesLoading')}</p>
        ) : !loaded.ok ? (
          <p className="notice" role="alert">
            {t('repliesFailed', { detail: loaded.detail })}
          </p>
        ) : suggestions.length === 0 ? (
          <p data-testid="no-replies">{t('noReplies')}</p>
        ) : (
          <>
            {suggestions[0]!.buyerLangUnsupported && (
              <p className="notice" data-testid="buyer-lang-unsupported">
                {tr('buyerLangUnsupported', { lang: languageName(classification.lang, uiLang) ?? t('languageUnknown') })}
              </p>
            )}
            {suggestions.map((s, i) => (
              <div key={s.template.id} className="reply-group">
                {(i === 0 || suggestions[i - 1]!.audience !== s.audience) && (
                  <p className="badge audience">{s.audience === 'buyer' ? tr('audienceBuyer') : tr('audienceSeller')}</p>
                )}
                <ReplyCard
                  {...fromSuggestion(s)}
                  textTestId={`reply-text-${i}`}
                  insertTestId={`insert-reply-${i}`}
                  busy={busy}
                  onInsert={onInsert}
                />
              </div>
            ))}
          </>
        )}
      </section>
      <p className="status-line insert-status" role="status" aria-live="polite" data-testid="insert-status" data-outcome={outcome ?? ''}>
        {outcome ? t(OUTCOME_MESSAGE[outcome]) : ''}
      </p>
    </div>
  );
}
