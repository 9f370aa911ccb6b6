/** The texts of the rules about any cookie and about the flow over time. Apart from the checks: only the panel's later views, the popup and the CLI show them (rule-texts.ts). */
import type { RuleTexts } from './rule';

export const OTHER_TEXTS = {
  'cookie-header-large': {
    title: 'Cookie header over 8 KB',
    why:
      'Many servers and proxies refuse request headers above 8 KB (nginx large_client_header_buffers, ' +
      'Node --max-http-header-size 16 KB for all headers): users then get 400/431 errors until they clear cookies.',
    fix: 'Keep large data server-side; delete stale cookies (Max-Age=0); avoid one cookie per feature.',
    refs: ['RFC 6265bis §6.1', 'RFC 6585 §5'],
  },
  'logout-not-cleared': {
    title: 'Auth cookie not cleared at logout',
    why:
      'After logout the browser still holds and sends the same auth cookie. If the server did not destroy the ' +
      'session (or the JWT is still valid), anyone with the cookie — a shared computer, a stolen HAR — stays logged in.',
    fix: "req.session.destroy(() => { res.clearCookie('connect.sid'); res.redirect('/'); }); for JWTs, clear the cookie and revoke or expire the token.",
    refs: ['CWE-613', 'OWASP Session Management Cheat Sheet (Session Expiration)'],
  },
  'no-secure-on-https': {
    title: 'Cookie without Secure on an https site',
    why:
      'The site is served over https, yet the cookie would also travel over plain http, where it can be read ' +
      'and changed. Auth cookies get the stronger `auth-no-secure`.',
    fix: 'res.cookie(name, value, { secure: true }).',
    refs: ['RFC 6265bis §4.1.2.5', 'CWE-614'],
  },
  'samesite-invalid': {
    title: 'Invalid SameSite value',
    why:
      'Browsers ignore a SameSite value they do not know (RFC 6265bis §5.6.7), so the cookie gets the default ' +
      'behaviour, not the one the server meant.',
    fix: "Use exactly Strict, Lax or None: res.cookie(name, value, { sameSite: 'lax' }).",
    refs: ['RFC 6265bis §5.6.7'],
  },
  'samesite-missing': {
    title: 'No SameSite attribute',
    why: 'Without SameSite the cross-site behaviour differs between browsers (Chrome defaults to Lax, others may not).',
    fix: "Say what you mean: res.cookie(name, value, { sameSite: 'lax' }).",
    refs: ['RFC 6265bis §5.6.7'],
  },
  'sensitive-value': {
    title: 'Sensitive data in a cookie',
    why:
      'Cookie values are stored unencrypted in the browser profile, appear in server and proxy logs and in ' +
      'exported HAR files; a password, card number or e-mail address there leaks far beyond the session.',
    fix: 'Keep personal data server-side and reference it with an opaque id; never store passwords client-side.',
    refs: ['CWE-315', 'CWE-539', 'OWASP Session Management Cheat Sheet'],
  },
  'sent-over-http': {
    title: 'Cookie from https sent over http',
    why:
      'The cookie was set by an https response but travelled in clear over http: anyone on the network path ' +
      'saw it. Without Secure, one http link or redirect is enough (RFC 6265bis §8.3).',
    fix: 'Mark it Secure (res.cookie(name, value, { secure: true })) and redirect http to https with HSTS.',
    refs: ['RFC 6265bis §8.3', 'RFC 6797', 'CWE-319'],
  },
  'session-not-rotated': {
    title: 'Session id not renewed at login',
    why:
      'If the session id stays the same across login, an attacker who planted or saw the id before login ' +
      '(session fixation) is logged in too once the victim signs in.',
    fix: 'express-session: req.session.regenerate((err) => { req.session.user = user; … }) on successful login.',
    refs: [
      'CWE-384',
      'OWASP Session Management Cheat Sheet (Renew the Session ID After Any Privilege Level Change)',
    ],
  },
  'third-party': {
    title: 'Third-party cookie',
    why:
      'Set by another site than the one in the address bar. Browsers increasingly block or partition such ' +
      'cookies (CHIPS), and they are the usual way of tracking users across sites.',
    fix: 'If it must work in an embed, use SameSite=None; Secure; Partitioned. Otherwise serve it first-party.',
    refs: ['RFC 6265bis §5.2', 'CHIPS (Partitioned cookies)'],
  },
  'unexplained-cookie': {
    title: 'Cookie sent but never seen set',
    why:
      'No response in the capture set this cookie: it was set before the capture started, or by a script ' +
      '(document.cookie / CookieStore), which also means it cannot be HttpOnly.',
    fix: 'Start the capture before the first page load (preserve log), or look for the script that writes it.',
    refs: ['RFC 6265bis §5.8'],
  },
  'unsigned-auth-state': {
    title: 'Login or permission stored in an editable cookie',
    why:
      'Cookies are user input: anyone can change loggedIn=false to true or role=user to admin in DevTools. ' +
      'If the server trusts the value, users can log themselves in or raise their own privileges.',
    fix:
      'Keep the decision server-side (req.session.user = …) and send only an opaque session id; if state must ' +
      "live in a cookie, sign it (res.cookie('role', r, { signed: true }) and read req.signedCookies) or use a signed JWT.",
    refs: ['CWE-565', 'CWE-784', 'OWASP Session Management Cheat Sheet'],
  },
} as const satisfies Record<string, RuleTexts>;
