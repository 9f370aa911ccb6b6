/**
 * What the Requests tab shows for one exchange, drawn from the analysis' verdict (core
 * exchange-verdicts.ts): the cookies sent (the `Cookie` header's pairs as the replay read them, RFC
 * 6265bis §5.8.3), each `Set-Cookie` line with what the replayed jar did with it (§5.7: the same-site
 * context and the cookies stored before included), and the kind of the `Authorization` header. The tab
 * parses no cookie header and runs no jar of its own, so it says what the cookies' stories and the Flow
 * tab say (issue #15: the Requests tab once disagreed with the Cookies tab). Cached per exchange.
 */

import type { ExchangeVerdict, SetLineOutcome } from '../../../core/analysis/exchange-verdicts';
import { rejectMessage } from '../../../core/cookie/reject-messages';
import type { Exchange } from '../../../core/model';
import { type BearerKind, bearerKind } from './credentials';

export type SetVerdict = 'sets' | 'deletes' | 'rejected' | 'not-replayed';

/** The verdict's outcome in the tab's words: a stored or updated cookie is "sets". */
const VERDICT: Record<SetLineOutcome, SetVerdict> = {
  stored: 'sets',
  updated: 'sets',
  deleted: 'deletes',
  rejected: 'rejected',
  'not-replayed': 'not-replayed',
};

export interface SentPair {
  /** The name as the analysis labels it (escaped, cut). */
  name: string;
  value: string;
}

export interface SetCookieLine {
  raw: string;
  /** The cookie's name as the analysis labels it (escaped, cut). */
  name: string;
  verdict: SetVerdict;
  /** Why the browser refuses it (RFC section included), or why no jar judged it. */
  reason: string | null;
}

export type AuthKind = 'none' | `bearer-${BearerKind}` | 'basic' | 'digest' | 'other';

export interface ExchangeSummary {
  host: string;
  /** Path and query. */
  path: string;
  sent: SentPair[];
  /** Pairs in the Cookie header; null when the analysis has no verdict for this exchange (unknown). */
  sentTotal: number | null;
  /** The capture holds only provisional request headers: what the request sent is unknown. */
  sentUnknown: boolean;
  setLines: SetCookieLine[];
  /** Lines beyond those judged and listed. */
  setMore: number;
  rejected: number;
  auth: AuthKind;
  /** The scheme word as sent (e.g. `Bearer`), for display; never the credentials. */
  authScheme: string | null;
}

const NOT_REPLAYED: Record<NonNullable<ExchangeVerdict['notReplayed']>, string> = {
  'from-cache': 'served from the cache: nothing reached the network, so no cookie changed',
  'no-url': 'the request has no usable URL, so no cookie could be judged',
};

const cache = new WeakMap<Exchange, { summary: ExchangeSummary; verdict: ExchangeVerdict | undefined }>();

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

function setLinesOf(ex: Exchange, verdict: ExchangeVerdict): SetCookieLine[] {
  const lines = Array.isArray(ex.setCookieHeaders) ? ex.setCookieHeaders : [];
  const why = verdict.notReplayed === null ? null : NOT_REPLAYED[verdict.notReplayed];
  return verdict.sets.map((s) => ({
    raw: String(lines[s.line] ?? ''),
    name: s.label,
    verdict: VERDICT[s.outcome],
    reason: s.outcome === 'rejected' ? (s.reason === null ? null : rejectMessage(s.reason)) : why,
  }));
}

/** `verdict`: the analysis' verdict for this exchange (`Analysis.verdicts.get(ex.id)`). */
export function summariseExchange(ex: Exchange, verdict: ExchangeVerdict | undefined): ExchangeSummary {
  const hit = cache.get(ex);
  // Recomputed when the analysis' verdict arrives (or is rebuilt).
  if (hit && hit.verdict === verdict) return hit.summary;
  const lineCount = Array.isArray(ex.setCookieHeaders) ? ex.setCookieHeaders.length : 0;
  const setLines = verdict ? setLinesOf(ex, verdict) : [];
  const auth = authKindOf(ex.authorizationHeader);
  const summary: ExchangeSummary = {
    ...hostAndPath(ex.url),
    sent: verdict ? verdict.sent.map((s) => ({ name: s.label, value: s.value })) : [],
    sentTotal: verdict ? verdict.sentTotal : null,
    // The verdict's word first: a healed exchange keeps its old verdict until the re-analysis ends.
    sentUnknown: verdict ? verdict.sentUnknown : ex.cookieHeaderUnknown === true,
    setLines,
    setMore: (verdict ? verdict.setTotal : lineCount) - setLines.length,
    rejected: setLines.filter((l) => l.verdict === 'rejected').length,
    auth: auth.kind,
    authScheme: auth.scheme,
  };
  cache.set(ex, { summary, verdict });
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
