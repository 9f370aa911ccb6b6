/**
 * Cookie Lens library entry (docs/architecture.md §6): `import { … } from 'cookie-lens'`.
 * Everything exported here is pure core code that runs in Node, browsers and workers.
 */

// Analysis engine and audit (HAR → exchanges → jar replay → roles, rules, sites → report).
export type { Analysis, AnalyzerOptions } from './core/analysis/analyzer';
export { Analyzer, analyseExchanges } from './core/analysis/analyzer';
export type {
  ExchangeVerdict,
  ExchangeVerdicts,
  SentCookieVerdict,
  SetLineOutcome,
  SetLineVerdict,
  VerdictCookie,
} from './core/analysis/exchange-verdicts';
export type {
  CookieState,
  FlowEvent,
  FlowEventType,
  JarMismatch,
  TrackedCookie,
} from './core/analysis/flow-types';
export type { Grade, SiteSummary } from './core/analysis/site-summary';
export { GRADE_FORMULA } from './core/analysis/site-summary';
// Cookie core (RFC 6265bis parsing, lifetimes, jar).
export { parseCookieDate } from './core/cookie/cookie-date';
export { parseCookieHeader } from './core/cookie/cookie-header-parser';
export { CookieJar } from './core/cookie/cookie-jar';
export { cookieLifetime, explainLifetime } from './core/cookie/cookie-lifetime';
export { parseSetCookie } from './core/cookie/set-cookie-parser';
export type {
  CookieHeaderOptions,
  CookieJarOptions,
  CookiePair,
  IgnoredAttribute,
  Lifetime,
  ParsedSetCookie,
  ParsedSetCookieError,
  ParsedSetCookieOk,
  ParseErrorCode,
  Priority,
  PublicSuffixLookup,
  RejectCode,
  SameSite,
  SameSiteContext,
  SetCookieAttributes,
  SetCookieOptions,
  SetCookieOutcome,
  SetCookieResult,
  StoredCookie,
  WarningCode,
} from './core/cookie/types';
export type { EntryOptions, HarExchange } from './core/har/entry-to-exchange';
export { entryToExchange } from './core/har/entry-to-exchange';
export type { CookielessExport } from './core/har/har-sensitive-data';
export type { HarJsonResult, HarTextError, HarTextErrorCode, HarTextResult } from './core/har/har-text';
export { harText, parseHarJson } from './core/har/har-text';
export type { HarError, HarErrorCode, HarOk, HarResult } from './core/har/har-to-exchanges';
export { harToExchanges } from './core/har/har-to-exchanges';
export type { Har, HarEntry, HarLog } from './core/har/har-types';
// Values and JWTs (decode layers, JOSE, signed values, weak secrets, token rules).
export type { DecodeJwtOptions } from './core/jwt/decode-jwt';
export { decodeJwt } from './core/jwt/decode-jwt';
export { decodeJoseHeader, decodeJws } from './core/jwt/jose-segments';
export type {
  ClaimTime,
  DecodedJwt,
  JoseHeaderResult,
  JwsResult,
  JwtError,
  JwtErrorCode,
  JwtResult,
} from './core/jwt/jwt-types';
export { JWT_ERROR_CODES } from './core/jwt/jwt-types';
export { relativeTime } from './core/jwt/relative-time';
export { verifyJwt } from './core/jwt/verify-jwt';
export type { VerifyKey, VerifyOptions, VerifyResult, VerifyStatus } from './core/jwt/verify-types';
export type { CookieRef, Exchange, Finding, Severity } from './core/model';
export { SEVERITY_ORDER } from './core/model';
export type { AuditOptions, AuditResult } from './core/report/audit';
export { audit, auditHar, HarInputError } from './core/report/audit';
export { buildReport } from './core/report/build-report';
export type {
  Report,
  ReportCookie,
  ReportExchange,
  ReportFinding,
  ReportSetCookie,
  ReportSite,
} from './core/report/report-types';
export type { Role, RoleResult } from './core/roles/classify-role';
export { classifyRole } from './core/roles/classify-role';
export { ALL_RULES, EXCHANGE_RULES, type RuleId, ruleMeta } from './core/rules';
export { checkAuthWeakSecret, detectAuthWeakSecret } from './core/rules/auth-weak-secret';
export { checkJweOpaque } from './core/rules/jwe-opaque';
export { checkJwtAlgNone } from './core/rules/jwt-alg-none';
export { checkJwtExpired } from './core/rules/jwt-expired';
export { tokenFindings } from './core/rules/jwt-findings';
export { checkJwtNoExp } from './core/rules/jwt-no-exp';
export type { TokenContext } from './core/rules/jwt-rule-context';
export { checkJwtSensitiveClaims } from './core/rules/jwt-sensitive-claims';
export type { RuleMeta } from './core/rules/rule';
export type { FindWeakSecretOptions, WeakSecretHit } from './core/secrets/find-weak-secret';
export { findWeakSecret } from './core/secrets/find-weak-secret';
export { WEAK_SECRETS } from './core/secrets/weak-secrets';
export type { DecodeValueOptions } from './core/values/decode-value';
export { decodeValue } from './core/values/decode-value';
export type { SignedValue } from './core/values/signed-value';
export { parseSignedValue, verifySignedValue } from './core/values/signed-value';
export type { DecodedJwe, DecodedValue, JsonToken, Layer, LayerKind } from './core/values/value-types';
export { VERSION } from './core/version';
