/**
 * The detail pane for one cookie (docs/architecture.md §7): raw Set-Cookie explained attribute by attribute, lifetime,
 * role and reasons, findings, history, decoded value layers, JWT claims and the verify box.
 */
import { useMemo } from 'preact/hooks';
import type { TrackedCookie } from '../../core/analysis/flow-types';
import type { Exchange, Finding } from '../../core/model';
import { decodeValue } from '../../core/values/decode-value';
import { findingSecrets, MASK, maskText, truncate } from '../kit/display-text';
import { explainSetCookie } from './attribute-explanations';
import { CookieHistory } from './cookie-history';
import { lifetimeBadge } from './cookie-row-model';
import { CookieSources } from './cookie-sources';
import { CopyButton } from './copy-button';
import { RejectionVerdict, rejectionOf } from './rejection-verdict';
import { ValueLayers } from './value-layers';
import { VerifyBox } from './verify-box';

/** Headers explained per cookie: the latest few Set-Cookie lines that touched it. */
const MAX_HEADERS = 3;
/** A value is shown whole here, up to this bound (cookies are at most 4096 bytes; hostile input is not). */
const MAX_VALUE_SHOWN = 16 * 1024;

export interface CookieDetailProps {
  cookie: TrackedCookie;
  findings: readonly Finding[];
  now: number;
  masked: boolean;
  exchangeById(id: string): Exchange | undefined;
  onSelectExchange(id: string): void;
  onClose(): void;
  /** The pane replaces the list (narrow and short panel): the close control reads "Back". */
  replacesList?: boolean;
}

function headerName(line: string): string {
  const pair = line.split(';', 1)[0] ?? '';
  const eq = pair.indexOf('=');
  return (eq < 0 ? '' : pair.slice(0, eq)).trim();
}

/** The Set-Cookie lines for this cookie in the latest exchanges that set, changed, deleted or rejected it. */
function setCookieLines(c: TrackedCookie, byId: (id: string) => Exchange | undefined) {
  const ids: string[] = [];
  for (let i = c.events.length - 1; i >= 0 && ids.length < MAX_HEADERS; i--) {
    const e = c.events[i];
    if (!e || e.type === 'sent' || e.type === 'unexplained-sent' || ids.includes(e.exchange)) continue;
    ids.push(e.exchange);
  }
  const out: { id: string; header: string; at: number; url: string }[] = [];
  for (const id of ids.reverse()) {
    const ex = byId(id);
    if (!ex) continue;
    for (const h of ex.setCookieHeaders) {
      if (headerName(h) === c.name) out.push({ id, header: h, at: ex.startedAt, url: ex.url });
    }
  }
  // One explanation per distinct line: a header replayed twice (a redirect, a duplicate HAR entry) was
  // explained twice (issue #18, problem 5).
  const seen = new Set<string>();
  return out.filter((l) => !seen.has(l.header) && seen.add(l.header)).slice(-MAX_HEADERS);
}

export function CookieDetail(props: CookieDetailProps) {
  const { cookie: c, masked, now } = props;
  const decoded = useMemo(() => decodeValue(c.value.slice(0, 64 * 1024), { now }), [c.value, now]);
  const lines = setCookieLines(c, props.exchangeById);
  const badge = lifetimeBadge(c, now);
  const jwtToken = c.facts?.jwt?.token ?? decoded.jwt?.token ?? null;
  const signed = jwtToken === null && c.facts?.signed ? c.facts.text : null;
  const rejection = rejectionOf(c, props.findings);
  return (
    <section class="detail" data-testid="cookie-detail" aria-label={`Cookie ${truncate(c.name, 80)}`}>
      <header class="detail-head">
        {props.replacesList && (
          <button type="button" class="small back" data-testid="detail-back" onClick={props.onClose}>
            ← Back to the list
          </button>
        )}
        <h2 data-testid="detail-name">{truncate(c.name, 200)}</h2>
        <span class="muted">
          {truncate(c.domain)}
          {truncate(c.path)}
          {c.hostOnly === true ? ' (host-only)' : c.hostOnly === false ? ' (domain cookie)' : ''}
        </span>
        <button
          type="button"
          class="close"
          aria-label="Close the detail pane (Esc)"
          title="Close (Esc)"
          data-testid="detail-close"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>

      {rejection && <RejectionVerdict rejection={rejection} />}

      <section>
        <h3>{rejection ? 'Value it tried to set (not stored)' : 'Value'}</h3>
        <div class="value-box">
          <pre class="mono wrap" data-testid="detail-value">
            {masked ? MASK : truncate(c.value, MAX_VALUE_SHOWN)}
          </pre>
          <CopyButton text={c.value} />
        </div>
      </section>

      {!rejection && (
        <section>
          <h3>
            Lifetime <span class={`badge life-${badge.kind}`}>{badge.text}</span>
          </h3>
          <p data-testid="lifetime-explanation">
            {lines.at(-1)
              ? explainSetCookie(lines.at(-1)?.header ?? '', lines.at(-1)?.at ?? now, now).lifetime
              : c.attributesFrom === 'jar'
                ? c.lifetime?.kind === 'persistent'
                  ? 'From the browser’s jar: a persistent cookie, kept until its expiry (no Set-Cookie in the log).'
                  : 'From the browser’s jar: a session cookie, dropped when the browser closes (no Set-Cookie in the log).'
                : c.state === 'unexplained'
                  ? 'Only seen in Cookie headers: it was set before DevTools opened, or by a script (document.cookie).'
                  : ''}
          </p>
        </section>
      )}

      <CookieSources cookie={c} />

      <section>
        <h3>
          Role: <span class={`role role-${c.role.role}`}>{c.role.role}</span>{' '}
          <span class="muted" data-testid="role-confidence">
            ({c.role.confidence} confidence)
          </span>
        </h3>
        {c.role.reasons.length > 0 && (
          <ul data-testid="role-reasons">
            {c.role.reasons.map((r) => (
              <li key={r}>{truncate(maskText(r, masked, [c.value]), 400)}</li>
            ))}
          </ul>
        )}
        {c.thirdParty && <p class="muted">Third party: set by a response from another site than the page.</p>}
      </section>

      {props.findings.length > (rejection?.finding ? 1 : 0) && (
        <section>
          <h3>Findings</h3>
          <ul class="detail-findings" data-testid="detail-findings">
            {props.findings
              .filter((f) => f !== rejection?.finding)
              .map((f) => (
                <li key={f.rule}>
                  <span class={`sev sev-${f.severity}`}>{f.severity}</span> <code>{f.rule}</code>{' '}
                  {truncate(maskText(f.message, masked, findingSecrets(f, [c.value])), 400)}
                  <div class="muted">
                    Fix: {truncate(maskText(f.fix, masked, findingSecrets(f, [c.value])), 600)}
                  </div>
                </li>
              ))}
          </ul>
        </section>
      )}

      <section>
        <h3>Set-Cookie, attribute by attribute</h3>
        {lines.length === 0 && <p class="muted">No Set-Cookie for this cookie in the log.</p>}
        {lines.map((l) => {
          const ex = explainSetCookie(l.header, l.at, now);
          return (
            <div class="explain" key={`${l.id}:${l.header}`} data-testid="set-cookie-explained">
              <pre class="mono wrap raw">
                Set-Cookie: {masked ? `${c.name}=${MASK}…` : truncate(l.header, MAX_VALUE_SHOWN)}
              </pre>
              <dl>
                {ex.parts.map((p, i) => (
                  <div key={i} class={p.ignored ? 'part ignored' : 'part'}>
                    <dt class="mono">
                      {p.attr === 'pair' && masked ? `${c.name}=${MASK}` : truncate(p.text, 60)}
                    </dt>
                    <dd>{p.explanation}</dd>
                  </div>
                ))}
              </dl>
              {ex.missing.length > 0 && (
                <ul class="missing">
                  {ex.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>

      <section>
        <h3>Decoded value</h3>
        <ValueLayers decoded={decoded} masked={masked} />
        <VerifyBox token={jwtToken} signed={signed} now={now} />
      </section>

      <section>
        <h3>History</h3>
        <CookieHistory
          masked={masked}
          cookie={c}
          exchangeById={props.exchangeById}
          onSelectExchange={props.onSelectExchange}
        />
      </section>
    </section>
  );
}
