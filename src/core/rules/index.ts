/**
 * The rule registry (docs/architecture.md §5): every rule id the CLI, docs and tests know. Exchange rules run on each
 * replayed exchange; token rules (JWT, from the values engineer) run on each decoded token through
 * `analysis/value-rules.ts`.
 */
import * as attributeIgnored from './attribute-ignored';
import * as authDomainBroad from './auth-domain-broad';
import * as authLongLived from './auth-long-lived';
import * as authNoHttponly from './auth-no-httponly';
import * as authNoSecure from './auth-no-secure';
import * as authPrefixSuggested from './auth-prefix-suggested';
import * as authSamesiteMissing from './auth-samesite-missing';
import * as authSamesiteNone from './auth-samesite-none';
import * as authWeakSecret from './auth-weak-secret';
import * as cookieHeaderLarge from './cookie-header-large';
import * as expiryCapped from './expiry-capped';
import * as jweOpaque from './jwe-opaque';
import * as jwtAlgNone from './jwt-alg-none';
import * as jwtExpired from './jwt-expired';
import * as jwtNoExp from './jwt-no-exp';
import * as jwtSensitiveClaims from './jwt-sensitive-claims';
import * as logoutNotCleared from './logout-not-cleared';
import * as noSecureOnHttps from './no-secure-on-https';
import * as rejectedDomain from './rejected-domain';
import * as rejectedOther from './rejected-other';
import * as rejectedOversize from './rejected-oversize';
import * as rejectedPrefix from './rejected-prefix';
import * as rejectedSamesiteNoneInsecure from './rejected-samesite-none-insecure';
import * as rejectedSecureOverHttp from './rejected-secure-over-http';
import * as rejectedThirdParty from './rejected-third-party';
import type { RuleMeta } from './rule';
import type { Rule } from './rule-context';
import * as samesiteInvalid from './samesite-invalid';
import * as samesiteMissing from './samesite-missing';
import * as sensitiveValue from './sensitive-value';
import * as sentOverHttp from './sent-over-http';
import * as sessionNotRotated from './session-not-rotated';
import * as thirdParty from './third-party';
import * as unexplainedCookie from './unexplained-cookie';
import * as unsignedAuthState from './unsigned-auth-state';

/** Rules that read the exchange's Set-Cookie lines (cookie-attribute rules), in report order. */
export const SET_RULES: readonly Rule[] = [
  rejectedSecureOverHttp,
  rejectedPrefix,
  rejectedSamesiteNoneInsecure,
  rejectedOversize,
  rejectedDomain,
  rejectedThirdParty,
  rejectedOther,
  attributeIgnored,
  expiryCapped,
  authNoHttponly,
  authNoSecure,
  authSamesiteNone,
  authSamesiteMissing,
  authLongLived,
  authDomainBroad,
  authPrefixSuggested,
  noSecureOnHttps,
  samesiteMissing,
  samesiteInvalid,
  thirdParty,
  sensitiveValue,
];

/** Rules that read the cookies sent on the request (flow rules). */
export const SENT_RULES: readonly Rule[] = [
  sentOverHttp,
  sessionNotRotated,
  logoutNotCleared,
  unexplainedCookie,
];

/** Rules that read both, or the request headers. */
export const ALWAYS_RULES: readonly Rule[] = [unsignedAuthState, cookieHeaderLarge];

/** Every rule that judges one replayed exchange. */
export const EXCHANGE_RULES: readonly Rule[] = [...SET_RULES, ...ALWAYS_RULES, ...SENT_RULES];

/** Token rules: their checks take (decoded JWT, TokenContext); see analysis/value-rules.ts. */
export const TOKEN_RULE_META: readonly RuleMeta[] = [
  jwtAlgNone.meta,
  jwtExpired.meta,
  jwtNoExp.meta,
  jwtSensitiveClaims.meta,
  jweOpaque.meta,
  authWeakSecret.meta,
];

/** Every rule's meta, by id (SARIF rule list, docs, `--fail-on` help). */
export const ALL_RULES: readonly RuleMeta[] = [...EXCHANGE_RULES.map((r) => r.meta), ...TOKEN_RULE_META];

export function ruleMeta(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
