/**
 * What one row of the Cookies view shows, derived from the analysis (the panel does no analysis of its
 * own: it only words what core computed). Pure, so the happy-dom tests and the bench share it.
 */
import type { TrackedCookie } from '../../core/analysis/flow-types';
import type { Finding, Severity } from '../../core/model';
import { SEVERITY_ORDER } from '../../core/model';

/** Rows show at most this many characters of a hostile value; the detail pane shows it whole. */

export type LifetimeKind = 'session' | 'persistent' | 'deleted' | 'expired' | 'rejected' | 'unknown';

export interface LifetimeBadge {
  kind: LifetimeKind;
  text: string;
}

/** "29 d", "3 h", "12 min", "40 s": DevTools-dense durations. */
export function shortDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s >= 86_400) return `${Math.floor(s / 86_400)} d`;
  if (s >= 3600) return `${Math.floor(s / 3600)} h`;
  if (s >= 60) return `${Math.floor(s / 60)} min`;
  return `${s} s`;
}

export function lifetimeBadge(c: TrackedCookie, now: number): LifetimeBadge {
  if (c.state === 'deleted') return { kind: 'deleted', text: 'deleted' };
  if (c.state === 'rejected') return { kind: 'rejected', text: 'rejected' };
  if (c.state === 'expired') return { kind: 'expired', text: 'expired' };
  const l = c.lifetime;
  if (l === null) return { kind: 'unknown', text: 'sent only' };
  if (l.kind === 'session') return { kind: 'session', text: 'session' };
  if (l.kind === 'deletion') return { kind: 'deleted', text: 'deleted' };
  const left = l.expiresAt - now;
  if (left <= 0) return { kind: 'expired', text: `expired ${shortDuration(-left)} ago` };
  return { kind: 'persistent', text: `persistent · expires in ${shortDuration(left)}` };
}

/** RFC 6265bis §4.1.3 cookie name prefixes. */
export function cookiePrefix(name: string): '__Host-' | '__Secure-' | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('__host-')) return '__Host-';
  if (lower.startsWith('__secure-')) return '__Secure-';
  return null;
}

export interface Flag {
  id: 'httponly' | 'secure' | 'samesite' | 'partitioned' | 'prefix' | 'unknown';
  text: string;
}

export function cookieFlags(c: TrackedCookie): Flag[] {
  const flags: Flag[] = [];
  // Only seen sent: HttpOnly, Secure and SameSite were never observed. Unknown is not "absent".
  if (c.attributesFrom === null) {
    flags.push({ id: 'unknown', text: 'flags unknown' });
    const prefix = cookiePrefix(c.name);
    if (prefix) flags.push({ id: 'prefix', text: prefix });
    return flags;
  }
  if (c.httpOnly) flags.push({ id: 'httponly', text: 'HttpOnly' });
  if (c.secure) flags.push({ id: 'secure', text: 'Secure' });
  if (c.sameSiteRaw !== null || c.sameSite !== null) {
    const v = c.sameSite ?? `${c.sameSiteRaw ?? ''}?`;
    flags.push({ id: 'samesite', text: `SameSite=${v.charAt(0).toUpperCase()}${v.slice(1)}` });
  }
  if (c.partitioned) flags.push({ id: 'partitioned', text: 'Partitioned' });
  const prefix = cookiePrefix(c.name);
  if (prefix) flags.push({ id: 'prefix', text: prefix });
  return flags;
}

const encoder = new TextEncoder();
/** name + value in bytes: what the 4096-byte limit (RFC 6265bis §5.6 step 7) counts. */
export function cookieSize(c: TrackedCookie): number {
  return c.name.length + c.value.length <= 1024
    ? encoder.encode(c.name + c.value).length
    : encoder.encode(c.name).length + encoder.encode(c.value.slice(0, 8192)).length;
}

/**
 * Findings name a cookie by (name, domain, path) only; a partitioned (CHIPS) cookie's own key also
 * carries its partition, so rows look their findings up by this key.
 */
export function findingKeyOf(c: { name: string; domain: string; path: string }): string {
  return refKey(c.name, c.domain, c.path);
}

export function refKey(name: string, domain: string, path: string): string {
  // Same shape as the analysis' cookieKey (RFC 6265bis §5.7 step 22: name, domain, path).
  return `${name}\t${domain}\t${path}`;
}

export interface FindingTally {
  count: number;
  worst: Severity;
}

/** Findings per cookie key; request-level findings (no cookie) are not counted on any row. */
export function findingsByCookie(findings: readonly Finding[]): Map<string, FindingTally> {
  const out = new Map<string, FindingTally>();
  for (const f of findings) {
    if (!f.cookie) continue;
    const key = refKey(f.cookie.name, f.cookie.domain, f.cookie.path);
    const t = out.get(key);
    if (!t) out.set(key, { count: 1, worst: f.severity });
    else {
      t.count++;
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(t.worst)) t.worst = f.severity;
    }
  }
  return out;
}

export function hasJwt(c: TrackedCookie): 'jwt' | 'jwe' | null {
  if (c.facts?.jwt) return 'jwt';
  if (c.facts?.jwe) return 'jwe';
  return null;
}
