/**
 * What the Requests tab shows for one exchange: cookies sent (the `Cookie` header split into pairs,
 * RFC 6265bis §5.8.3), each `Set-Cookie` line with the browser's verdict, and the kind of the
 * `Authorization` header. The verdict is the analysis' own (`Analysis.setOutcomes`: what the replayed
 * jar did, with the same-site context and the cookies stored before), so this tab and the cookie's
 * story never disagree. An exchange the analysis did not replay (a cache hit, an unusable URL) falls
 * back to a fresh core `CookieJar`: the context-free §5.6/§5.7 checks. The view does no cookie logic
 * of its own. Computed lazily per visible row and cached per exchange.
 */

import type { SetOutcome } from '../../../core/analysis/analyzer';
import { parseCookieHeader } from '../../../core/cookie/cookie-header-parser';
import { CookieJar } from '../../../core/cookie/cookie-jar';
import { createPublicSuffixLookup } from '../../../core/cookie/public-suffix';
import { parseSetCookie } from '../../../core/cookie/set-cookie-parser';
import type { CookiePair } from '../../../core/cookie/types';
import type { Exchange } from '../../../core/model';
import { type BearerKind, bearerKind } from './credentials';

/** Set-Cookie lines judged per exchange; a hostile response could send thousands. */
export const MAX_SET_LINES = 200;

export type SetVerdict = 'sets' | 'deletes' | 'rejected';

export interface SetCookieLine {
  raw: string;
  /** Cookie name, or null when the parser refused the line. */
  name: string | null;
  verdict: SetVerdict;
  /** Why the browser refuses it (RFC section included). */
  reason: string | null;
}

export type AuthKind = 'none' | `bearer-${BearerKind}` | 'basic' | 'digest' | 'other';

export interface ExchangeSummary {
  host: string;
  /** Path and query. */
  path: string;
  sent: CookiePair[];
  setLines: SetCookieLine[];
  /** Lines beyond MAX_SET_LINES, not judged. */
  setMore: number;
  rejected: number;
  auth: AuthKind;
  /** The scheme word as sent (e.g. `Bearer`), for display; never the credentials. */
  authScheme: string | null;
}

const psl = createPublicSuffixLookup();
const cache = new WeakMap<
  Exchange,
  { summary: ExchangeSummary; outcomes: readonly SetOutcome[] | undefined }
>();

function authKindOf(header: string | null | undefined): { kind: AuthKind; scheme: string | null } {
  if (typeof header !== 'string' || header.trim() === '') return { kind: 'none', scheme: null };
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  const scheme = (space === -1 ? trimmed : trimmed.slice(0, space)).slice(0, 32);
  const bearer = bearerKind(trimmed);
  if (bearer !== null) return { kind: `bearer-${bearer}`, scheme };
  // RFC 9110 §11.1: auth-scheme is case-insensitive.
  const lower = scheme.toLowerCase();
  if (lower === 'basic') return { kind: 'basic', scheme };
  if (lower === 'digest') return { kind: 'digest', scheme };
  return { kind: 'other', scheme };
}

function hostAndPath(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    return { host: u.host, path: u.pathname + u.search };
  } catch {
    return { host: '', path: String(url) };
  }
}

function freshJarOutcomes(ex: Exchange, lines: readonly string[]): SetOutcome[] {
  const jar = new CookieJar({ publicSuffix: psl, now: () => ex.startedAt });
  return lines.map((raw) => {
    const r = jar.setCookie(raw, ex.url);
    return { outcome: r.outcome, reason: r.reason, message: r.message };
  });
}

/** `outcomes`: the analysis' verdicts for this exchange (`Analysis.setOutcomes.get(ex.id)`). */
export function summariseExchange(ex: Exchange, outcomes?: readonly SetOutcome[]): ExchangeSummary {
  const hit = cache.get(ex);
  // Recomputed when the analysis' verdicts arrive (or change after a rebuild).
  if (hit && hit.outcomes === outcomes) return hit.summary;
  const header = ex.requestCookieHeader;
  const sent = typeof header === 'string' ? parseCookieHeader(header) : [];
  const all = Array.isArray(ex.setCookieHeaders) ? ex.setCookieHeaders : [];
  const setLines: SetCookieLine[] = [];
  let rejected = 0;
  if (all.length > 0) {
    const lines = all.slice(0, MAX_SET_LINES).map(String);
    const judged = outcomes ?? freshJarOutcomes(ex, lines);
    lines.forEach((raw, i) => {
      const parsed = parseSetCookie(raw);
      const name = parsed.ok ? parsed.name : null;
      const r = judged[i] ?? { outcome: 'stored' as const };
      if (r.outcome === 'rejected') {
        rejected++;
        setLines.push({ raw, name, verdict: 'rejected', reason: r.message ?? r.reason ?? null });
      } else {
        // `ignored`/`deleted`: an expiry in the past, i.e. a deletion (RFC 6265bis §5.7 step 22).
        const deletes = r.outcome === 'ignored' || r.outcome === 'deleted';
        setLines.push({ raw, name, verdict: deletes ? 'deletes' : 'sets', reason: null });
      }
    });
  }
  const auth = authKindOf(ex.authorizationHeader);
  const summary: ExchangeSummary = {
    ...hostAndPath(ex.url),
    sent,
    setLines,
    setMore: all.length - setLines.length,
    rejected,
    auth: auth.kind,
    authScheme: auth.scheme,
  };
  cache.set(ex, { summary, outcomes });
  return summary;
}

export const AUTH_LABEL: Record<AuthKind, string> = {
  none: 'none',
  'bearer-jwt': 'Bearer JWT (signed token: its claims are readable by anyone)',
  'bearer-jwe': 'Bearer JWE (encrypted token)',
  'bearer-opaque': 'Bearer token (opaque)',
  basic: 'Basic (user:password, base64 — not encrypted)',
  digest: 'Digest',
  other: 'other scheme',
};
