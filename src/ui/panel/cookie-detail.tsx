/**
 * The detail pane for one cookie (docs/architecture.md §7): raw Set-Cookie explained attribute by attribute, lifetime,
 * role and reasons, findings, history, decoded value layers, JWT claims and the verify box.
 */
import { useMemo } from 'preact/hooks';
import type { TrackedCookie } from '../../core/analysis/flow-types';
import type { Exchange, Finding } from '../../core/model';
import { decodeValue } from '../../core/values/decode-value';
import { MASK, truncate } from '../kit/display-text';
import {
  DetailFindings,
  DetailHead,
  LifetimeSection,
  RoleSection,
  SetCookieExplained,
} from './cookie-detail-sections';
import { CookieHistory } from './cookie-history';
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
  const jwtToken = c.facts?.jwt?.token ?? decoded.jwt?.token ?? null;
  const signed = jwtToken === null && c.facts?.signed ? c.facts.text : null;
  const rejection = rejectionOf(c, props.findings);
  return (
    <section class="detail" data-testid="cookie-detail" aria-label={`Cookie ${truncate(c.name, 80)}`}>
      <DetailHead cookie={c} replacesList={props.replacesList} onClose={props.onClose} />

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

      {!rejection && <LifetimeSection cookie={c} now={now} latest={lines.at(-1)} />}

      <CookieSources cookie={c} />

      <RoleSection cookie={c} masked={masked} />

      <DetailFindings
        cookie={c}
        masked={masked}
        findings={props.findings.filter((f) => f !== rejection?.finding)}
      />

      <section>
        <h3>Set-Cookie, attribute by attribute</h3>
        {lines.length === 0 && <p class="muted">No Set-Cookie for this cookie in the log.</p>}
        {lines.map((l) => (
          <SetCookieExplained key={`${l.id}:${l.header}`} name={c.name} line={l} now={now} masked={masked} />
        ))}
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
