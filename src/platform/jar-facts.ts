/**
 * The platform's `JarCookie` (what `cookies.getAll` / `cookies.onChanged` answered, normalised by
 * jar-cookies.ts) → core's `JarCookieFact`, the plain facts the analysis joins (issue #13).
 */
import type { JarCookieFact } from '../core/analysis/jar-types';
import type { JarCookie } from './jar-cookies';

/** Browsers cap name + value at 4096 bytes (RFC 6265bis §5.6 step 7): a whole cookie fits. */
export const PANEL_MAX_VALUE = 4096;

/**
 * `partitionKey`: the top-level site a partitioned cookie was read under (the read asked for that
 * partition only, so every partitioned cookie of it belongs there).
 */
export function toJarFact(c: JarCookie, partitionKey: string | null): JarCookieFact {
  const sameSite =
    c.sameSite === 'strict' || c.sameSite === 'lax' || c.sameSite === 'none' ? c.sameSite : null;
  return {
    name: c.name,
    value: c.value,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite,
    expiresAt: c.session ? null : c.expiresAt,
    partitionKey: c.partitioned ? partitionKey : null,
  };
}
