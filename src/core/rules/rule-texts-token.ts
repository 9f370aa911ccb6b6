/** The texts of the token rules (`jwt-*`, `jwe-opaque`, `auth-weak-secret`). Apart from the checks: only the panel's later views, the popup and the CLI show them (rule-texts.ts). */
import type { RuleTexts } from './rule';

export const TOKEN_TEXTS = {
  'auth-weak-secret': {
    title: 'Signed with a well-known secret',
    why:
      'The signature only proves anything while the secret is secret. A secret copied from a README or ' +
      'tutorial (keyboard cat, your-256-bit-secret) lets anyone forge a session id or a JWT with any claims ' +
      '— and Cookie Lens found it offline in milliseconds, as an attacker would.',
    fix:
      'Generate a long random secret (32 random bytes, e.g. `openssl rand -hex 32`), keep it out of the code ' +
      '(read it from the environment at startup: `session({ secret: SESSION_SECRET, … })`), rotate it, ' +
      'and invalidate sessions/tokens signed with the old one.',
    refs: [
      'RFC 8725 §2.2',
      'RFC 8725 §3.5',
      'RFC 7518 §3.2',
      'CWE-1391',
      'CWE-798',
      'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
    ],
  },
  'jwe-opaque': {
    title: 'Encrypted JWT (JWE): contents not inspected',
    why:
      'A JWE hides its claims from the browser and from Cookie Lens, so expiry and claim checks cannot run ' +
      'on it. That is fine by design; the server alone must validate exp and audience after decrypting.',
    fix:
      'Nothing to fix if encryption is intended. Prefer RSA-OAEP-256, ECDH-ES or dir over RSA1_5 ' +
      '(RFC 8725 §3.2), and still set a cookie lifetime that matches the token.',
    refs: ['RFC 7516 §1', 'RFC 8725 §3.2', 'RFC 8725 §2.3'],
  },
  'jwt-alg-none': {
    title: 'JWT with alg "none"',
    why:
      'A JWT with alg "none" carries no signature: anyone can edit its claims (user id, role) and a server ' +
      "that accepts it will believe them. Libraries that honour the header's alg have been bypassed this way.",
    fix:
      'Sign tokens (HS256 with a strong secret, or RS256/ES256/EdDSA) and pin the accepted algorithms when ' +
      "verifying, e.g. `jwt.verify(token, key, { algorithms: ['HS256'] })` or jose " +
      "`jwtVerify(token, key, { algorithms: ['ES256'] })`.",
    refs: [
      'RFC 8725 §2.1 (weak signatures and insufficient signature validation)',
      'RFC 8725 §3.1 (perform algorithm verification)',
      'RFC 7519 §6 (unsecured JWTs)',
      'CWE-347',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    ],
  },
  'jwt-expired': {
    title: 'Expired JWT still stored or sent',
    why:
      'The token is past its exp, so a correct server rejects it; the cookie outliving its token means ' +
      'needless traffic, confusing "logged out" bugs, or a server that does not check exp at all.',
    fix:
      "Give the cookie the token's lifetime (`res.cookie('token', jwt, { maxAge: ttlMs, httpOnly: true, " +
      "secure: true, sameSite: 'lax' })`), refresh before exp, and verify exp on the server.",
    refs: ['RFC 7519 §4.1.4', 'RFC 8725 §3.10', 'CWE-613'],
  },
  'jwt-no-exp': {
    title: 'JWT without an expiry',
    why:
      'Without exp a stolen token works until the signing key changes: logout cannot end it and there is ' +
      'no upper bound on how long a leaked cookie or log line stays usable.',
    fix:
      "Set a short exp when issuing (`new SignJWT(claims).setExpirationTime('15m')` in jose, " +
      "`jwt.sign(claims, key, { expiresIn: '15m' })` in jsonwebtoken) and refresh with a separate token.",
    refs: [
      'RFC 7519 §4.1.4',
      'RFC 8725 §3.10',
      'CWE-613',
      'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
    ],
  },
  'jwt-sensitive-claims': {
    title: 'JWT carries sensitive claims in clear',
    why:
      'A signed JWT is not encrypted: its payload is base64url that anyone who sees the cookie or the ' +
      'Authorization header (page scripts if not HttpOnly, proxies, logs, browser extensions) can read.',
    fix:
      'Keep only an opaque user id and the claims the server needs (sub, exp, roles); look the rest up ' +
      'server-side. Never put passwords or keys in a token. If personal data must travel, use a JWE.',
    refs: [
      'RFC 7519 §12 (privacy considerations)',
      'RFC 8725 §3.10',
      'CWE-312',
      'CWE-359',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    ],
  },
} as const satisfies Record<string, RuleTexts>;
