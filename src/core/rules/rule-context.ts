/**
 * What a rule sees: one exchange after the jar replayed it (docs/architecture.md §5). Cookie rules look at `sets`
 * (each Set-Cookie line with the jar's verdict), request rules at `sent` and the raw headers, flow rules
 * at the tracked cookies' flow facts as they were BEFORE this exchange.
 */

import type { FlowFacts, TrackedCookie } from '../analysis/flow-types';
import type { ValueFacts } from '../analysis/value-facts';
import type { Lifetime, ParsedSetCookieOk, SetCookieResult } from '../cookie/types';
import type { CookieRef, Exchange, Finding, Severity } from '../model';
import type { RoleResult } from '../roles/classify-role';
import type { RuleMeta } from './rule';

export interface SetLine {
  header: string;
  result: SetCookieResult;
  /** The parsed header when it parsed. */
  parsed: ParsedSetCookieOk | null;
  /** null when the header did not parse. */
  lifetime: Lifetime | null;
  /** As stored, or as it would have been stored (attribute Domain or the host; Path or the default path). */
  cookie: CookieRef;
  role: RoleResult;
  facts: ValueFacts | null;
  /** A deletion: Max-Age <= 0 or a past Expires. Never reported as an insecure cookie (docs/architecture.md §5). */
  deletion: boolean;
  /** Rebuilt from a HAR cookies array: attributes HAR cannot express are unknown. */
  reconstructed: boolean;
  /** Flags the rebuilt line could not know (the HAR cookie object had no such field): never "absent". */
  unknownFlags?: { secure?: boolean; httpOnly?: boolean };
}

export interface SentCookie {
  name: string;
  value: string;
  cookie: TrackedCookie;
  /** Flow facts of the cookie as they were before this exchange. */
  before: FlowFacts;
  /** The value the cookie had before this exchange's Set-Cookie lines were applied. */
  valueBefore: string;
}

export interface ExchangeContext {
  exchange: Exchange;
  https: boolean;
  host: string;
  /** Registrable domain of the request (tldts), or the host for IPs/localhost. */
  site: string;
  /** Registrable domain of the top-level page, or null when unknown. */
  pageSite: string | null;
  sets: SetLine[];
  sent: SentCookie[];
  /** Byte length of the Cookie request header (0 when none). */
  cookieHeaderBytes: number;
  /** A Bearer token from the Authorization header, decoded. */
  bearer: ValueFacts | null;
  /** Tracked cookie after this exchange, by key. */
  current(key: string): TrackedCookie | undefined;
  /** This exchange's site holds a live, HttpOnly login cookie judged with high confidence. */
  siteHasSession?(): boolean;
  /** The reason the replay rejected a cookie of this name on this exchange's site earlier, or null. */
  rejectedEarlier?(name: string): string | null;
  now: number;
  /** Memo of `acceptedSets` / `authSets`: many rules ask, the answer is computed once per exchange. */
  accepted?: SetLine[];
  authAccepted?: SetLine[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: ExchangeContext): Finding[];
}

/** A finding from a rule's meta, with the message of this occurrence. */
export function finding(
  meta: RuleMeta,
  cookie: CookieRef | null,
  exchange: string,
  message: string,
  severity = meta.severity,
): Finding {
  return {
    rule: meta.id,
    severity,
    cookie: cookie ? { name: cookie.name, domain: cookie.domain, path: cookie.path } : null,
    exchanges: [exchange],
    message,
  };
}

/** One step softer: what a finding becomes when the cookie only probably is a login cookie. */
const SOFTER: Record<Severity, Severity> = { high: 'medium', medium: 'low', low: 'info', info: 'info' };

/**
 * A finding about a login cookie, as hard as the evidence that it is one (issue #12): high confidence
 * keeps the rule's severity; medium is one step softer, low two, and the message says what it assumed.
 */
export function authFinding(
  meta: RuleMeta,
  subject: { cookie: CookieRef; role: RoleResult },
  exchange: string,
  message: string,
  severityIfSure: Severity = meta.severity,
): Finding {
  const { confidence, reasons } = subject.role;
  if (confidence === 'high') return finding(meta, subject.cookie, exchange, message, severityIfSure);
  const once = SOFTER[severityIfSure];
  const severity = confidence === 'medium' ? once : SOFTER[once];
  const assumed = reasons.length > 0 ? reasons.join('; ') : 'its name';
  return finding(
    meta,
    subject.cookie,
    exchange,
    `${message} (if it is a login cookie: ${confidence} confidence, from ${assumed})`,
    severity,
  );
}

/** Set lines of a live (non-deletion) cookie that the jar accepted. */
export function acceptedSets(ctx: ExchangeContext): SetLine[] {
  if (ctx.accepted !== undefined) return ctx.accepted;
  ctx.accepted = ctx.sets.filter(
    (s) =>
      s.parsed !== null && !s.deletion && (s.result.outcome === 'stored' || s.result.outcome === 'replaced'),
  );
  return ctx.accepted;
}

/** Accepted, non-deletion sets of auth cookies (docs/architecture.md §5 "Auth cookies"). */
export function authSets(ctx: ExchangeContext): SetLine[] {
  ctx.authAccepted ??= acceptedSets(ctx).filter((s) => s.role.role === 'auth');
  return ctx.authAccepted;
}
