/**
 * The detail pane's "Facts and sources" (issue #13): each fact of the cookie with where it comes from —
 * "Set-Cookie at #14" or "the browser's jar" — and, where the replay and the jar disagree, how and why
 * (core jar-reconcile.ts). Unknown is shown as unknown, never as "no".
 */
import type { TrackedCookie } from '../../core/analysis/flow-types';
import { truncate } from '../kit/display-text';
import { factSource } from './cookie-row-model';

export interface CookieSourcesProps {
  cookie: TrackedCookie;
}

const yesNo = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');

function lifetimeText(c: TrackedCookie): string {
  if (c.lifetime === null) return 'unknown';
  if (c.lifetime.kind === 'session') return 'session (until the browser closes)';
  if (c.lifetime.kind === 'deletion') return 'deletion';
  const d = new Date(c.lifetime.expiresAt);
  return Number.isNaN(d.getTime())
    ? 'persistent'
    : `persistent, expires ${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function CookieSources({ cookie: c }: CookieSourcesProps) {
  const source = factSource(c);
  const known = c.attributesFrom !== null;
  const from = known ? source.text : 'never observed';
  const facts: [string, string][] = [
    ['Lifetime', lifetimeText(c)],
    ['HttpOnly', yesNo(c.httpOnly)],
    ['Secure', yesNo(c.secure)],
    ['SameSite', known ? (c.sameSite ?? 'unspecified') : 'unknown'],
    ['Partition', c.partitionKey ? truncate(c.partitionKey, 120) : known ? 'none' : 'unknown'],
  ];
  const jar = c.jar;
  return (
    <section data-testid="cookie-sources">
      <h3>Facts and sources</h3>
      <dl class="facts">
        {facts.map(([name, value]) => (
          <div key={name} class="fact">
            <dt>{name}</dt>
            <dd>
              <span data-testid={`fact-${name.toLowerCase()}`}>{value}</span>{' '}
              <span class={`src src-${source.kind}`} data-testid="fact-source">
                {known ? from : ''}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {!known && (
        <p class="muted" data-testid="before-devtools">
          Set before DevTools opened: only seen in Cookie headers, so its lifetime and flags are unknown.
          Allow reading this site’s cookies, or reload the page to record its Set-Cookie headers.
        </p>
      )}
      {jar && (jar.reason !== null || !jar.inJar || jar.scriptSet || c.attributesFrom === 'set-cookie') && (
        <div class={jar.reason ? 'jar-note warn' : 'jar-note'} data-testid="jar-reconcile">
          <p>
            <strong>
              {!jar.inJar
                ? 'Not in the browser’s jar.'
                : jar.reason === null && c.attributesFrom === 'set-cookie'
                  ? 'The browser’s jar agrees with the last Set-Cookie.'
                  : 'In the browser’s jar.'}
            </strong>{' '}
            {jar.explanation && <span data-testid="jar-explanation">{jar.explanation}</span>}
          </p>
          {jar.differences.length > 0 && (
            <ul>
              {jar.differences.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {jar.scriptSet && (
            <p data-testid="script-set">
              Set by a script: written with document.cookie (or by an extension) while DevTools was open — no
              Set-Cookie header carried it.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
