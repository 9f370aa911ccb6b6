/**
 * The rule registry (docs/architecture.md §5): every rule id the CLI, docs and tests know. Exchange rules run on each
 * replayed exchange; token rules (JWT, from the values engineer) run on each decoded token through
 * `analysis/value-rules.ts`. `RuleId` is derived from the lists below: registering a rule is what makes
 * its id exist, and no other list of ids is kept by hand.
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
export const SET_RULES = [
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
] as const satisfies readonly Rule[];

/** Rules that read the cookies sent on the request (flow rules). */
export const SENT_RULES = [
  sentOverHttp,
  sessionNotRotated,
  logoutNotCleared,
  unexplainedCookie,
] as const satisfies readonly Rule[];

/** Rules that read both, or the request headers. */
export const ALWAYS_RULES = [unsignedAuthState, cookieHeaderLarge] as const satisfies readonly Rule[];

/** Every rule that judges one replayed exchange. */
export const EXCHANGE_RULES = [
  ...SET_RULES,
  ...ALWAYS_RULES,
  ...SENT_RULES,
] as const satisfies readonly Rule[];

/** Token rules: their checks take (decoded JWT, TokenContext); see analysis/value-rules.ts. */
export const TOKEN_RULE_META = [
  jwtAlgNone.meta,
  jwtExpired.meta,
  jwtNoExp.meta,
  jwtSensitiveClaims.meta,
  jweOpaque.meta,
  authWeakSecret.meta,
] as const satisfies readonly RuleMeta[];

/** Every rule id there is: the union of the registered rules' ids. */
export type RuleId =
  | (typeof SET_RULES)[number]['meta']['id']
  | (typeof SENT_RULES)[number]['meta']['id']
  | (typeof ALWAYS_RULES)[number]['meta']['id']
  | (typeof TOKEN_RULE_META)[number]['id'];

/** Every rule's meta, by id (SARIF rule list, docs, `--fail-on` help). */
export const ALL_RULES: readonly RuleMeta<RuleId>[] = [
  ...EXCHANGE_RULES.map((r) => r.meta),
  ...TOKEN_RULE_META,
];

/** The rules whose findings are about a login cookie and stand only while it keeps the auth role. */
export const AUTH_ROLE_RULES: ReadonlySet<string> = new Set(
  ALL_RULES.filter((r) => r.authRole).map((r) => r.id),
);

/** Any string: ids come from users' configs and reports; unknown ones have no meta. */
export function ruleMeta(id: string): RuleMeta<RuleId> | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
