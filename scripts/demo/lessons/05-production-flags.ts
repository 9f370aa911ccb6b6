import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { origins, sendResult } from '../respond';

const FILE = fileURLToPath(import.meta.url);
const router = Router();

// #region lesson-5-flags
router.post('/flags/set', (_req, res) => {
  // __Host- prefix: the browser accepts it only with Secure, Path=/ and no Domain, so no other
  // subdomain can set or overwrite it. Secure over http://localhost works: localhost is a secure context.
  res.cookie('__Host-session', randomBytes(16).toString('hex'), {
    secure: true,
    httpOnly: true,
    sameSite: 'strict', // never sent on requests started by another site
    path: '/',
  });
  sendResult(res, { did: 'set __Host-session' });
});

router.post('/flags/mistakes', (_req, res) => {
  // RFC 6265bis §5.7 tells the browser to drop both: a __Host- cookie with a Domain, and
  // SameSite=None without Secure (Chromium enforces both; older Firefox keeps the second).
  res.cookie('__Host-wrong', '1', { secure: true, path: '/', domain: 'localhost' });
  res.cookie('widget_pref', '1', { sameSite: 'none' });
  sendResult(res, { did: 'tried two cookies the browser must reject' });
});
// #endregion

router.get('/flags/read', (req, res) => {
  sendResult(res, { did: 'read the Cookie header', cookies: req.cookies });
});

router.post('/flags/clear', (_req, res) => {
  res.clearCookie('__Host-session', { secure: true, httpOnly: true, sameSite: 'strict', path: '/' });
  sendResult(res, { did: 'cleared __Host-session' });
});

// #region lesson-5-cors
// What the `cors` package does with { origin: [...], credentials: true }, written out by hand.
function allowCredentialedCors(req: Request, res: Response, next: NextFunction): void {
  const origin = req.headers.origin;
  res.vary('Origin'); // the answer depends on Origin: caches must not mix them up
  // Never "*" with credentials (browsers refuse it): echo the origin only if it is on the list.
  if (origin && origins(req).all.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  if (req.method === 'OPTIONS') {
    // The preflight a JSON POST triggers: which method and headers the real request may use.
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
    return;
  }
  next();
}

router.use('/flags/api', allowCredentialedCors);
router.post('/flags/api', (req, res) => {
  sendResult(res, { did: 'answered a credentialed CORS request', origin: req.headers.origin ?? null });
});
// #endregion

// The mistake from the lesson: a wildcard with credentials. The browser hides this answer from the page.
router.post('/flags/api-wildcard', (_req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  sendResult(res, { did: 'this answer is blocked by the browser' });
});

export const productionFlags: Lesson = {
  meta: {
    id: 'production-flags',
    n: 5,
    title: 'Production flags: Secure, SameSite, __Host-, CORS',
    path: '/lessons/production-flags',
    summary: 'Secure, SameSite and the __Host- prefix lock a cookie down; CORS decides who may read answers.',
    actions: [
      { id: 'set', label: 'Set __Host-session', method: 'POST', url: '/flags/set' },
      { id: 'mistakes', label: 'Try two broken cookies', method: 'POST', url: '/flags/mistakes' },
      { id: 'read', label: 'Read cookies on the server', method: 'GET', url: '/flags/read' },
      {
        id: 'cors',
        label: 'Call the other origin with credentials',
        method: 'POST',
        url: '/flags/api',
        crossOrigin: true,
        body: 'json',
      },
      {
        id: 'cors-wildcard',
        label: 'Same, but the server answers "*"',
        method: 'POST',
        url: '/flags/api-wildcard',
        crossOrigin: true,
      },
      { id: 'clear', label: 'Clear __Host-session', method: 'POST', url: '/flags/clear' },
    ],
  },
  content: {
    idea: [
      html`<code>Secure</code> sends a cookie only over https (and to localhost, which browsers treat as
        secure); <code>HttpOnly</code> hides it from scripts; <code>SameSite=Strict</code> or
        <code>Lax</code> keep it off requests that other sites start. The <code>__Host-</code> name prefix
        makes the browser <em>enforce</em> Secure, <code>Path=/</code> and no <code>Domain</code>.`,
      html`CORS is the other half: a page on another origin may read your API's answers only if the API
        names that origin in <code>Access-Control-Allow-Origin</code> and, for cookies, also sends
        <code>Access-Control-Allow-Credentials: true</code> — never together with <code>*</code>.`,
    ],
    code: [
      { file: FILE, region: 'lesson-5-flags', caption: 'Production flags and two mistakes' },
      { file: FILE, region: 'lesson-5-cors', caption: 'Credentialed CORS by hand' },
    ],
    panelTips: [
      html`<b>Cookies</b> tab: <code>__Host-session</code> with the flags <b>Secure</b>, <b>HttpOnly</b>,
        <b>SameSite=Strict</b> and no findings: this is what a good session cookie looks like.`,
      html`<b>Findings</b> tab after "Try two broken cookies": <code>rejected-prefix</code> for
        <code>__Host-wrong</code> (it has a Domain) and <code>rejected-samesite-none-insecure</code> for
        <code>widget_pref</code>. "Read cookies" shows that the browser really dropped them.`,
      html`<b>Requests</b> tab: the JSON POST to the other origin is preceded by an <b>OPTIONS</b>
        preflight; the wildcard call fails in the page even though the server answered 200.`,
    ],
  },
  router,
};
