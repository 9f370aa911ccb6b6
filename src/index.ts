/**
 * Cookie Lens library entry (docs/architecture.md §6): `import { … } from 'cookie-lens'`.
 * Everything exported here is pure core code that runs in Node, browsers and workers.
 */

// Analysis engine and audit (HAR → exchanges → jar replay → roles, rules, sites → report).
export { type Analysis, Analyzer, type AnalyzerOptions, analyseExchanges } from './core/analysis/analyzer';
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
export { GRADE_FORMULA, type Grade, type SiteSummary } from './core/analysis/site-summary';
// Cookie core (RFC 6265bis parsing, lifetimes, jar).
export { parseCookieDate } from './core/cookie/cookie-date';
export { parseCookieHeader } from './core/cookie/cookie-header-parser';
export { CookieJar } from './core/cookie/cookie-jar';
export { cookieLifetime } from './core/cookie/cookie-lifetime';
export { explainLifetime } from './core/cookie/explain-lifetime';
export { REJECT_MESSAGES, rejectMessage } from './core/cookie/reject-messages';
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
export { type EntryOptions, entryToExchange, type HarExchange } from './core/har/entry-to-exchange';
export type { CookielessExport } from './core/har/har-sensitive-data';
export {
  type HarJsonResult,
  type HarTextError,
  type HarTextErrorCode,
  type HarTextResult,
  harText,
  parseHarJson,
} from './core/har/har-text';
export {
  type HarError,
  type HarErrorCode,
  type HarOk,
  type HarResult,
  harToExchanges,
} from './core/har/har-to-exchanges';
export type { Har, HarEntry, HarLog } from './core/har/har-types';
// Values and JWTs (decode layers, JOSE, signed values, weak secrets, token rules).
export { type DecodeJwtOptions, decodeJwt } from './core/jwt/decode-jwt';
export { decodeJoseHeader, decodeJws } from './core/jwt/jose-segments';
export {
  type ClaimTime,
  type DecodedJwt,
  type JoseHeaderResult,
  JWT_ERROR_CODES,
  type JwsResult,
  type JwtError,
  type JwtErrorCode,
  type JwtResult,
} from './core/jwt/jwt-types';
export { relativeTime } from './core/jwt/relative-time';
export { verifyJwt } from './core/jwt/verify-jwt';
export type { VerifyKey, VerifyOptions, VerifyResult, VerifyStatus } from './core/jwt/verify-types';
export { type CookieRef, type Exchange, type Finding, SEVERITY_ORDER, type Severity } from './core/model';
export { type AuditOptions, type AuditResult, audit, auditHar, HarInputError } from './core/report/audit';
export { buildReport } from './core/report/build-report';
export type {
  Report,
  ReportCookie,
  ReportExchange,
  ReportFinding,
  ReportSetCookie,
  ReportSite,
} from './core/report/report-types';
export { classifyRole, type Role, type RoleResult } from './core/roles/classify-role';
export { ALL_RULES, EXCHANGE_RULES, type RuleId, ruleMeta } from './core/rules';
export { checkAuthWeakSecret, detectAuthWeakSecret } from './core/rules/auth-weak-secret';
export { findingFix } from './core/rules/finding-fix';
export { findingMessage } from './core/rules/finding-message';
export { checkJweOpaque } from './core/rules/jwe-opaque';
export { checkJwtAlgNone } from './core/rules/jwt-alg-none';
export { checkJwtExpired } from './core/rules/jwt-expired';
export { tokenFindings } from './core/rules/jwt-findings';
export { checkJwtNoExp } from './core/rules/jwt-no-exp';
export type { TokenContext } from './core/rules/jwt-rule-context';
export { checkJwtSensitiveClaims } from './core/rules/jwt-sensitive-claims';
export type { RuleMeta, RuleTexts } from './core/rules/rule';
export { ALL_RULE_DOCS, type RuleDoc, ruleDoc } from './core/rules/rule-docs';
export { ruleTexts } from './core/rules/rule-texts';
export {
  type FindWeakSecretOptions,
  findWeakSecret,
  type WeakSecretHit,
} from './core/secrets/find-weak-secret';
export { WEAK_SECRETS } from './core/secrets/weak-secrets';
export { type DecodeValueOptions, decodeValue } from './core/values/decode-value';
export { parseSignedValue, type SignedValue } from './core/values/signed-value';
export type { DecodedJwe, DecodedValue, JsonToken, Layer, LayerKind } from './core/values/value-types';
export { verifySignedValue } from './core/values/verify-signed-value';
export { VERSION } from './core/version';
