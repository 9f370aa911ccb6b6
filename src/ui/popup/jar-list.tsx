/** "In the browser's jar now": cookies.getAll for the page, partitioned (CHIPS) ones marked. */
import type { JarCookie } from '../../protocol/jar-cookie';
import { shownValue } from './mask-value';
import type { JarView } from './popup-model';

const DAY = 86_400_000;

function lifetime(c: JarCookie, now: number): string {
  if (c.session || c.expiresAt === null) return 'session';
  const days = Math.max(0, Math.round((c.expiresAt - now) / DAY));
  return days >= 1 ? `persistent · ${days} d` : 'persistent · < 1 d';
}

function flags(c: JarCookie): string[] {
  const out: string[] = [];
  if (c.secure) out.push('Secure');
  if (c.httpOnly) out.push('HttpOnly');
  if (c.sameSite !== 'unspecified')
    out.push(`SameSite=${c.sameSite[0]?.toUpperCase()}${c.sameSite.slice(1)}`);
  return out;
}

export interface JarListProps {
  jar: JarView;
  masked: boolean;
  now: number;
}

export function JarList({ jar, masked, now }: JarListProps) {
  if (jar.state === 'none') return null;
  if (jar.state === 'error') {
    return (
      <p class="muted" data-testid="jar-error">
        Could not read the browser's jar: {jar.message}.
      </p>
    );
  }
  const n = jar.cookies.length + jar.more;
  return (
    <details class="pp-jar" open>
      <summary data-testid="jar-count">
        In the browser's jar now: {n} cookie{n === 1 ? '' : 's'}
      </summary>
      {jar.cookies.length === 0 ? <p class="muted">None for this page.</p> : null}
      <ul>
        {jar.cookies.map((c) => (
          <li
            key={`${c.name}\u0000${c.domain}\u0000${c.path}\u0000${c.partitioned}`}
            data-testid="jar-cookie"
          >
            <div class="pp-jar-line">
              <span class="pp-name">{c.name || '(no name)'}</span>
              <span class="pp-value" data-testid="jar-value">
                {shownValue(c.value, masked)}
              </span>
            </div>
            <div class="pp-jar-meta">
              <span>
                {c.domain}
                {c.path}
              </span>
              <span>{lifetime(c, now)}</span>
              {flags(c).map((f) => (
                <span key={f} class="pp-flag">
                  {f}
                </span>
              ))}
              {c.partitioned ? (
                <span class="pp-flag pp-partitioned" title="Partitioned (CHIPS): kept per top-level site">
                  partitioned
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {jar.more > 0 ? <p class="muted">and {jar.more} more.</p> : null}
      {jar.partitions === 'not-read' ? (
        <p class="muted">Partitioned (CHIPS) cookies are not listed: the page's top-level site is unknown.</p>
      ) : null}
      {jar.partitions === 'unsupported' ? (
        <p class="muted">This browser does not let extensions list partitioned cookies.</p>
      ) : null}
    </details>
  );
}
