/** The texts of the rules that judge login cookies by their role (`auth-*` but the weak secret). Apart from the checks: only the panel's later views, the popup and the CLI show them (rule-texts.ts). */
import type { RuleTexts } from './rule';

export const AUTH_TEXTS = {
  'auth-domain-broad': {
    title: 'Auth cookie shared with subdomains',
    why:
      'With a Domain attribute the cookie goes to every subdomain (RFC 6265bis §5.7 step 6): one compromised ' +
      'or user-controlled subdomain can read or overwrite the session.',
    fix: 'Omit Domain so the cookie is host-only, or better use the __Host- prefix.',
    refs: ['RFC 6265bis §4.1.2.3', 'RFC 6265bis §8.6', 'CWE-1275'],
  },
  'auth-long-lived': {
    title: 'Auth cookie lives longer than 30 days',
    why:
      'A stolen or forgotten session stays usable as long as the cookie lives; OWASP recommends short idle ' +
      'and absolute timeouts for sessions.',
    fix: 'Keep sessions short (hours to days) and use a separate, revocable remember-me token if needed.',
    refs: ['OWASP Session Management Cheat Sheet', 'CWE-613'],
  },
  'auth-no-httponly': {
    title: 'Auth cookie readable by scripts',
    why:
      'Without HttpOnly, any script on the page — including one injected through XSS — can read the session ' +
      'cookie from document.cookie and send it to an attacker, who then is the user.',
    fix: 'res.cookie(name, value, { httpOnly: true }); express-session: cookie: { httpOnly: true } (its default).',
    refs: ['RFC 6265bis §4.1.2.6', 'CWE-1004', 'OWASP Session Management Cheat Sheet'],
  },
  'auth-no-secure': {
    title: 'Auth cookie without Secure',
    why:
      'Without Secure the browser also sends the cookie over plain http, where anyone on the network can ' +
      'read it and take over the session.',
    fix: "res.cookie(name, value, { secure: true }); express-session: cookie: { secure: true } with app.set('trust proxy', 1) behind a proxy.",
    refs: ['RFC 6265bis §4.1.2.5', 'CWE-614', 'OWASP Session Management Cheat Sheet'],
  },
  'auth-prefix-suggested': {
    title: 'Consider the __Host- prefix',
    why:
      'A `__Host-` cookie can only be set Secure, host-only and Path=/ (RFC 6265bis §4.1.3.2): a subdomain or ' +
      'an http page can then not plant or overwrite the session cookie.',
    fix: "express-session: session({ name: '__Host-sid', cookie: { secure: true, path: '/' } }).",
    refs: ['RFC 6265bis §4.1.3', 'OWASP Session Management Cheat Sheet'],
  },
  'auth-samesite-missing': {
    title: 'Auth cookie without SameSite',
    why:
      'Without SameSite, Chrome applies Lax (with a 2-minute exception for top-level POSTs) but Firefox and ' +
      'Safari may send the cookie cross-site: CSRF protection then depends on the browser.',
    fix: "res.cookie(name, value, { sameSite: 'lax' }); express-session: cookie: { sameSite: 'lax' }.",
    refs: ['RFC 6265bis §5.6.7', 'RFC 6265bis §8.8', 'CWE-1275'],
  },
  'auth-samesite-none': {
    title: 'Auth cookie with SameSite=None',
    why:
      'SameSite=None sends the session cookie with requests from any site, so cross-site request forgery ' +
      'works again unless every state-changing endpoint checks a CSRF token.',
    fix: "Use sameSite: 'lax' (or 'strict') unless the cookie must work inside third-party iframes.",
    refs: ['RFC 6265bis §8.8', 'CWE-352', 'OWASP CSRF Prevention Cheat Sheet'],
  },
} as const satisfies Record<string, RuleTexts>;
