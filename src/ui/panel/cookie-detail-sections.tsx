/**
 * The sections of a cookie's detail pane (cookie-detail.tsx): its head, lifetime, role, findings and
 * each Set-Cookie line explained. Every text an attacker wrote is shown as text, bounded and maskable.
 */
import type { TrackedCookie } from '../../core/analysis/flow-types';
import type { Finding } from '../../core/model';
import { findingFix } from '../../core/rules/finding-fix';
import { findingMessage } from '../../core/rules/finding-message';
import { MASK, truncate } from '../kit/display-text';
import { findingSecrets, maskText } from '../kit/masked-text';
import { explainSetCookie } from './attribute-explanations';
import { lifetimeBadge } from './cookie-row-model';

/** A value is shown whole, up to this bound (cookies are at most 4096 bytes; hostile input is not). */
const MAX_LINE_SHOWN = 16 * 1024;

export interface ExplainedLine {
  id: string;
  header: string;
  at: number;
  url: string;
}

export function DetailHead(p: { cookie: TrackedCookie; replacesList?: boolean; onClose(): void }) {
  const c = p.cookie;
  return (
    <header class="detail-head">
      {p.replacesList && (
        <button type="button" class="small back" data-testid="detail-back" onClick={p.onClose}>
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
        onClick={p.onClose}
      >
        ×
      </button>
    </header>
  );
}

/** Where the lifetime comes from: the latest Set-Cookie, else the browser's jar, else nothing seen. */
function lifetimeText(c: TrackedCookie, now: number, latest: ExplainedLine | undefined): string {
  if (latest) return explainSetCookie(latest.header, latest.at, now).lifetime;
  if (c.attributesFrom === 'jar') {
    return c.lifetime?.kind === 'persistent'
      ? 'From the browser’s jar: a persistent cookie, kept until its expiry (no Set-Cookie in the log).'
      : 'From the browser’s jar: a session cookie, dropped when the browser closes (no Set-Cookie in the log).';
  }
  return c.state === 'unexplained'
    ? 'Only seen in Cookie headers: it was set before DevTools opened, or by a script (document.cookie).'
    : '';
}

export function LifetimeSection(p: {
  cookie: TrackedCookie;
  now: number;
  latest: ExplainedLine | undefined;
}) {
  const badge = lifetimeBadge(p.cookie, p.now);
  return (
    <section>
      <h3>
        Lifetime <span class={`badge life-${badge.kind}`}>{badge.text}</span>
      </h3>
      <p data-testid="lifetime-explanation">{lifetimeText(p.cookie, p.now, p.latest)}</p>
    </section>
  );
}

export function RoleSection(p: { cookie: TrackedCookie; masked: boolean }) {
  const c = p.cookie;
  return (
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
            <li key={r}>{truncate(maskText(r, p.masked, [c.value]), 400)}</li>
          ))}
        </ul>
      )}
      {c.thirdParty && <p class="muted">Third party: set by a response from another site than the page.</p>}
    </section>
  );
}

/** The cookie's findings (the rejection's own finding is shown by the verdict, not again here). */
export function DetailFindings(p: { cookie: TrackedCookie; masked: boolean; findings: readonly Finding[] }) {
  if (p.findings.length === 0) return null;
  const value = [p.cookie.value];
  return (
    <section>
      <h3>Findings</h3>
      <ul class="detail-findings" data-testid="detail-findings">
        {p.findings.map((f) => (
          <li key={f.rule}>
            <span class={`sev sev-${f.severity}`}>{f.severity}</span> <code>{f.rule}</code>{' '}
            {truncate(maskText(findingMessage(f), p.masked, findingSecrets(f, value)), 400)}
            <div class="muted">
              Fix: {truncate(maskText(findingFix(f), p.masked, findingSecrets(f, value)), 600)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SetCookieExplained(p: { name: string; line: ExplainedLine; now: number; masked: boolean }) {
  const ex = explainSetCookie(p.line.header, p.line.at, p.now);
  return (
    <div class="explain" data-testid="set-cookie-explained">
      <pre class="mono wrap raw">
        Set-Cookie: {p.masked ? `${p.name}=${MASK}…` : truncate(p.line.header, MAX_LINE_SHOWN)}
      </pre>
      <dl>
        {ex.parts.map((part, i) => (
          <div key={i} class={part.ignored ? 'part ignored' : 'part'}>
            <dt class="mono">
              {part.attr === 'pair' && p.masked ? `${p.name}=${MASK}` : truncate(part.text, 60)}
            </dt>
            <dd>{part.explanation}</dd>
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
}
