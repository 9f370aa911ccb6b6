/** A cookie's story (core FlowEvents): set / updated / sent / deleted / rejected, each linking its request. */
import type { FlowEvent, TrackedCookie } from '../../core/analysis/flow-types';
import { JAR_EXCHANGE_ID } from '../../core/analysis/jar-rules';
import { rejectMessage } from '../../core/cookie/reject-messages';
import type { Exchange } from '../../core/model';
import { truncate } from '../kit/display-text';
import { maskText } from '../kit/masked-text';

const MAX_SHOWN = 200;

const TYPE_TEXT: Record<FlowEvent['type'], string> = {
  set: 'set',
  updated: 'changed',
  deleted: 'deleted',
  rejected: 'rejected',
  sent: 'sent',
  'unexplained-sent': 'sent (never seen set)',
  'script-set': 'set by a script',
};

function time(at: number): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(11, 23);
}

export interface CookieHistoryProps {
  cookie: TrackedCookie;
  exchangeById(id: string): Exchange | undefined;
  onSelectExchange(id: string): void;
  /** "Mask values": notes quoting the value are masked (kit/display-text.ts). */
  masked?: boolean;
}

export function CookieHistory({
  cookie,
  exchangeById,
  onSelectExchange,
  masked = false,
}: CookieHistoryProps) {
  const events = cookie.events.slice(-MAX_SHOWN);
  const hidden = cookie.events.length - events.length + cookie.eventsDropped;
  return (
    <div data-testid="cookie-history">
      {hidden > 0 && <p class="muted">{hidden} earlier events not shown.</p>}
      <ol class="history">
        {events.map((e, i) => {
          const ex = exchangeById(e.exchange);
          return (
            <li key={i} class={`ev ev-${e.type}`}>
              <span class="muted mono">{time(e.at)}</span> <strong>{TYPE_TEXT[e.type]}</strong>
              {e.valueMismatch && <span class="muted"> (value differs from what was set)</span>}{' '}
              {e.exchange === JAR_EXCHANGE_ID ? (
                <span class="muted">
                  document.cookie or an extension: the browser{'\u2019'}s jar changed with no Set-Cookie in
                  the log
                </span>
              ) : (
                <button type="button" class="link" onClick={() => onSelectExchange(e.exchange)}>
                  {ex
                    ? `${ex.method} ${truncate(ex.url, 120)}`
                    : `request ${e.exchange} (no longer in the log)`}
                </button>
              )}
              {e.reason !== undefined && (
                <div class="warn">
                  {truncate(maskText(rejectMessage(e.reason), masked, [cookie.value]), 400)}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
