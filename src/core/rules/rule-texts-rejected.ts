/** The texts of the rules about what the browser rejects or alters (`rejected-*`, `attribute-ignored`, `expiry-capped`). Apart from the checks: only the panel's later views, the popup and the CLI show them (rule-texts.ts). */
import { MAX_COOKIE_AGE_DAYS } from '../cookie/cookie-lifetime';
import type { RuleTexts } from './rule';

export const REJECTED_TEXTS = {
  'attribute-ignored': {
    title: 'Attribute ignored by the browser',
    why:
      'Browsers skip attributes they cannot parse: an invalid Expires or Max-Age turns a persistent cookie ' +
      'into a session cookie, an attribute value over 1024 bytes is dropped (RFC 6265bis §5.6). The cookie ' +
      'then behaves differently from what the server intended.',
    fix: 'Let the framework write attributes (res.cookie(name, value, { maxAge: 86400000 })) instead of by hand.',
    refs: ['RFC 6265bis §5.6', 'RFC 6265bis §5.6.1', 'RFC 6265bis §5.6.2'],
  },
  'expiry-capped': {
    title: 'Expiry capped at 400 days',
    why: `Browsers cap Expires/Max-Age at ${MAX_COOKIE_AGE_DAYS} days from receipt (RFC 6265bis §5.6.1, §5.6.2); a "forever" cookie is not forever.`,
    fix: 'Ask for at most 400 days and refresh the cookie when the user comes back.',
    refs: ['RFC 6265bis §5.6.1', 'RFC 6265bis §5.6.2'],
  },
  'rejected-domain': {
    title: 'Domain attribute rejected',
    why:
      'A Domain attribute must domain-match the host that sets it and must not be a public suffix such as ' +
      '"com" or "github.io" (RFC 6265bis §5.7 steps 5 and 6); otherwise the cookie is dropped.',
    fix: 'Omit Domain (the cookie becomes host-only, the safest default) or set it to a parent of the host.',
    refs: ['RFC 6265bis §5.7 step 5', 'RFC 6265bis §5.7 step 6'],
  },
  'rejected-other': {
    title: 'Cookie rejected by the browser',
    why:
      'The browser dropped this Set-Cookie line; the only trace is a DevTools warning most people miss, and ' +
      'whatever the server meant to store is not there on the next request.',
    fix: 'Read the reason: remove control characters, give the cookie a name, fix Domain, add Secure to Partitioned cookies.',
    refs: ['RFC 6265bis §5.6', 'RFC 6265bis §5.7', 'CHIPS (Partitioned cookies)'],
  },
  'rejected-oversize': {
    title: 'Cookie too large',
    why: 'A cookie whose name and value exceed 4096 bytes is ignored entirely (RFC 6265bis §5.6 step 7).',
    fix: 'Store the data server-side (a session store) and keep only an identifier in the cookie.',
    refs: ['RFC 6265bis §5.6 step 7', 'RFC 6265bis §6.1'],
  },
  'rejected-prefix': {
    title: 'Cookie prefix requirements not met',
    why:
      'A `__Secure-` cookie must be Secure and come from a secure origin; a `__Host-` cookie must also have ' +
      'Path=/ and no Domain. Otherwise browsers reject it (RFC 6265bis §4.1.3, §5.7 steps 19–20).',
    fix: "res.cookie('__Host-sid', id, { secure: true, path: '/', httpOnly: true, sameSite: 'lax' }) — and no domain.",
    refs: ['RFC 6265bis §4.1.3', 'RFC 6265bis §5.7 step 19', 'RFC 6265bis §5.7 step 20'],
  },
  'rejected-samesite-none-insecure': {
    title: 'SameSite=None without Secure',
    why: 'Browsers reject SameSite=None cookies that are not Secure (RFC 6265bis §5.7 step 15).',
    fix: "Add Secure: res.cookie(name, value, { sameSite: 'none', secure: true }).",
    refs: ['RFC 6265bis §5.7 step 15'],
  },
  'rejected-secure-over-http': {
    title: 'Secure cookie set over plain http',
    why:
      'Browsers refuse a Secure cookie from an insecure origin, and refuse a non-secure cookie that would ' +
      'overwrite a Secure one (RFC 6265bis §5.7 steps 8 and 16). The cookie never arrives, so logins ' +
      'silently fail on http.',
    fix: 'Serve the site over https (localhost counts as secure), or drop Secure only in local development.',
    refs: ['RFC 6265bis §5.7 step 8', 'RFC 6265bis §5.7 step 16'],
  },
  'rejected-third-party': {
    title: 'Third-party cookie rejected (no SameSite=None)',
    why:
      'A response from another site than the page may only set SameSite=None cookies. Without it the ' +
      'cookie is dropped, silently: an embedded login or widget then loses its session.',
    fix: 'If the cookie must work in an embed, set SameSite=None; Secure (and Partitioned for per-site state). Otherwise serve it first-party.',
    refs: ['RFC 6265bis §5.7 (SameSite, cross-site set)', 'RFC 6265bis §5.2'],
  },
} as const satisfies Record<string, RuleTexts>;
