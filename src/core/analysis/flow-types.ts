/**
 * Model types of the analysis engine (docs/architecture.md §2 `FlowEvent`, `Role`): what happened to each cookie over
 * the capture, and the tracked state the rules and the report read. Kept here, not in model.ts, so the
 * engine owns its types.
 */
import type { Lifetime, RejectCode, SameSite } from '../cookie/types';
import type { RoleResult } from '../roles/classify-role';
import type { JarStatus } from './jar-types';
import type { ValueFacts } from './value-facts';

/**
 * `script-set`: the browser's jar changed (`cookies.onChanged`) with no Set-Cookie in the capture to
 * explain it — `document.cookie` or an extension (issue #13). Its `exchange` is JAR_EXCHANGE_ID.
 */
export type FlowEventType =
  | 'set'
  | 'updated'
  | 'deleted'
  | 'rejected'
  | 'sent'
  | 'unexplained-sent'
  | 'script-set';

export interface FlowEvent {
  type: FlowEventType;
  /** The exchange that carried the Set-Cookie or Cookie header. */
  exchange: string;
  /** Epoch ms of that exchange. */
  at: number;
  /** For `rejected`: the jar's code (in words: `rejectMessage(reason)`, cookie/reject-messages.ts). */
  reason?: RejectCode;
  /** For `sent`: the value differed from what the jar held (changed by script, or set before capture). */
  valueMismatch?: boolean;
}

export type AttributeSource = 'set-cookie' | 'jar';

export type CookieState = 'live' | 'deleted' | 'rejected' | 'unexplained' | 'expired';

/** Flow facts the flow rules read; updated by the analyzer after each exchange. */
export interface FlowFacts {
  /** Ever set by an https response (sent-over-http). */
  setOverHttps: boolean;
  /** Seen in a Set-Cookie at least once (unexplained-cookie). */
  everSet: boolean;
  /** Sent to a logout-like request that neither deleted nor changed it: the exchange id and value. */
  survivedLogout: { exchange: string; value: string } | null;
}

/**
 * One cookie over the whole capture, keyed by (name, domain, path) — RFC 6265bis §5.7 step 22 — plus
 * the CHIPS partition for Partitioned cookies (docs/architecture.md §2 CookieKey).
 */
export interface TrackedCookie {
  key: string;
  name: string;
  domain: string;
  path: string;
  /** null when only seen in a Cookie header (domain and path are then guesses: the request host and "/"). */
  hostOnly: boolean | null;
  /** Latest value known (set or sent). */
  value: string;
  state: CookieState;
  /** Lifetime of the latest Set-Cookie, or null when never seen set. */
  lifetime: Lifetime | null;
  /** Epoch ms or null (session / unknown). */
  expiresAt: number | null;
  /**
   * Where the attributes (flags, lifetime, SameSite) come from: a `Set-Cookie` line of the capture, the
   * browser's jar, or nowhere — a cookie only ever seen in a `Cookie` header. Unknown is not false: with
   * `null` here, `secure`/`httpOnly` are null and `sameSite`/`lifetime` mean nothing.
   */
  attributesFrom: AttributeSource | null;
  /** null = unknown (never seen set, or a HAR cookie object without the field). */
  secure: boolean | null;
  httpOnly: boolean | null;
  /** Valid SameSite as set, null when absent — meaningful only when `attributesFrom` is not null. */
  sameSite: SameSite | null;
  /** SameSite as written, even when invalid. */
  sameSiteRaw: string | null;
  partitioned: boolean;
  /**
   * CHIPS partition of a Partitioned cookie: the schemeful top-level site it was set under
   * (`https://example.com`, see StoredCookie.partitionKey); null or absent for unpartitioned cookies.
   * Part of the identity: the same cookie set under two top-level sites is two tracked cookies.
   */
  partitionKey?: string | null;
  role: RoleResult;
  /** Where the page echoed this cookie's value as an anti-CSRF token (double submit), if it did. */
  csrfEcho?: string;
  facts: ValueFacts | null;
  /** Set by a response from another site than the page (third party). */
  thirdParty: boolean;
  setBy: string[];
  sentOn: string[];
  /** Bounded history; `eventsDropped` counts what did not fit. */
  events: FlowEvent[];
  eventsDropped: number;
  flow: FlowFacts;
  /** Bumped on every change: snapshots copy only the cookies that changed since the last one. */
  rev: number;
  /** What the browser's jar says about it (jar-join.ts); absent when the jar was not read for its host. */
  jar?: JarStatus;
}

/** The Cookie header seen on the wire disagreed with what the replayed jar predicted. */
export interface JarMismatch {
  exchange: string;
  name: string;
  /** `missing`: the jar would send it but the browser did not; `unexpected`: sent but not in the jar. */
  kind: 'missing' | 'unexpected' | 'value-differs';
}
