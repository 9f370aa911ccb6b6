/**
 * Below the Requests list: the selected exchange's `Cookie` header split into pairs (RFC 6265bis
 * §5.8.3), each `Set-Cookie` line raw with the analysis' verdict, and the `Authorization` header kind
 * (never its credentials). Values are masked when asked and truncated; all text nodes.
 */

import type { ExchangeVerdict } from '../../../core/analysis/exchange-verdicts';
import type { Exchange } from '../../../core/model';
import { cookieNameText, formatCount, maskSetCookieLine, showValue, truncate } from './display-text';
import { AUTH_LABEL, type ExchangeSummary, type SetVerdict, summariseExchange } from './exchange-summary';

/** Pairs listed before "+N more" (a hostile header can hold thousands). */
export const MAX_PAIRS_SHOWN = 200;

const VERDICT_LABEL: Record<SetVerdict, string> = {
  sets: 'sets',
  deletes: 'deletes',
  rejected: 'rejected',
  'not-replayed': 'not judged',
};
/** What the reason beside a line explains. */
const REASON_LABEL: Partial<Record<SetVerdict, string>> = {
  rejected: 'Rejected',
  'not-replayed': 'Not judged',
};

/**
 * Chromium's "Provisional headers are shown" (core/har/provisional-headers.ts): the headers as sent
 * never reached DevTools, so the Cookie header is not "none" but unknown.
 */
const UNKNOWN_SENT =
  'Not recorded: the browser gave DevTools only the provisional request headers (the ones the page asked for), so which cookies this request carried is unknown.';

/** The Cookie header's pairs as the analysis read them, values masked on request. */
function SentSection({ s, masked }: { s: ExchangeSummary; masked: boolean }) {
  const total = s.sentTotal ?? 0;
  const pairs = s.sent.slice(0, MAX_PAIRS_SHOWN);
  return (
    <>
      <h4>
        Cookie{' '}
        <span class="cl-muted">
          — {s.sentUnknown ? 'unknown' : s.sentTotal === null ? 'not analysed' : `${formatCount(total)} sent`}
        </span>
      </h4>
      {pairs.length === 0 ? (
        <p class="cl-muted" data-testid="cookie-header-note">
          {s.sentUnknown
            ? UNKNOWN_SENT
            : s.sentTotal === null
              ? 'Not analysed yet.'
              : 'No Cookie header on this request.'}
        </p>
      ) : (
        <table class="cl-pairs" data-testid="cookie-pairs">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p, i) => (
              <tr key={i}>
                <td class="cl-name">{truncate(cookieNameText(p.name))}</td>
                <td class="cl-value">{showValue(p.value, masked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > pairs.length && <p class="cl-muted">+{formatCount(total - pairs.length)} more pairs</p>}
    </>
  );
}

/** Each Set-Cookie line, raw (value masked on request), with the analysis' verdict and its reason. */
function SetSection({ s, masked }: { s: ExchangeSummary; masked: boolean }) {
  const total = s.setLines.length + s.setMore;
  const none = s.sentTotal === null && total > 0 ? 'Not analysed yet.' : 'No Set-Cookie on the response.';
  return (
    <>
      <h4>
        Set-Cookie <span class="cl-muted">— {formatCount(total)} lines</span>
      </h4>
      {s.setLines.length === 0 ? (
        <p class="cl-muted">{none}</p>
      ) : (
        <ul class="cl-set-lines" data-testid="set-cookie-lines">
          {s.setLines.map((line, i) => (
            <li key={i} class="cl-set-line">
              <span class={`cl-verdict cl-verdict-${line.verdict}`}>{VERDICT_LABEL[line.verdict]}</span>
              <code class="cl-raw">{truncate(masked ? maskSetCookieLine(line.raw) : line.raw)}</code>
              {line.reason && (
                <span class="cl-reason">
                  {REASON_LABEL[line.verdict] ?? 'Note'}: {line.reason}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {s.setMore > 0 && <p class="cl-muted">+{formatCount(s.setMore)} more lines not shown</p>}
    </>
  );
}

export function RequestDetail({
  exchange,
  masked,
  verdict,
}: {
  exchange: Exchange | null;
  masked: boolean;
  /** The analysis' verdict for this exchange (`Analysis.verdicts`). */
  verdict: ExchangeVerdict | undefined;
}) {
  if (!exchange) {
    return (
      <section class="cl-req-detail cl-muted" aria-label="Request details" data-testid="request-detail">
        Select a request to see its Cookie header split into pairs, each Set-Cookie line and what the browser
        did with it, and the kind of Authorization header.
      </section>
    );
  }
  const s = summariseExchange(exchange, verdict);
  return (
    <section class="cl-req-detail" aria-label="Request details" data-testid="request-detail">
      <h3 class="cl-req-title" title={truncate(exchange.url, 2000)}>
        <span class="cl-method">{truncate(exchange.method, 16)}</span> {truncate(exchange.url, 300)}{' '}
        <span class="cl-muted">→ {exchange.status}</span>
      </h3>
      <SentSection s={s} masked={masked} />
      <SetSection s={s} masked={masked} />
      <h4>Authorization</h4>
      <p data-testid="auth-kind">
        {s.auth === 'none' ? (
          <span class="cl-muted">No Authorization header.</span>
        ) : (
          <>
            <span class="cl-scheme">{truncate(s.authScheme ?? '', 32)}</span>
            {' — '}
            {AUTH_LABEL[s.auth]}
          </>
        )}
      </p>
    </section>
  );
}
