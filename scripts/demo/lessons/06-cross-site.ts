import { fileURLToPath } from 'node:url';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { origins, sendResult } from '../respond';

const FILE = fileURLToPath(import.meta.url);
const router = Router();

// A 1x1 transparent GIF: the "tracking pixel" of the lesson.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// The lesson page lives on one origin and calls the other, so the JSON answers need credentialed CORS
// (lesson 5 explains it); the cookies are what this lesson is about.
function corsForDemoOrigins(req: Request, res: Response, next: NextFunction): void {
  const origin = req.headers.origin;
  res.vary('Origin');
  if (origin && origins(req).all.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
}
router.use('/cross-site', corsForDemoOrigins);

// #region lesson-6
function setBoth(res: Response): void {
  // Allowed on requests from other sites (third-party), so it must be Secure.
  res.cookie('xs_none', 'sent-cross-site', { sameSite: 'none', secure: true, httpOnly: true });
  // Only for same-site requests and top-level navigations: a cross-site fetch or image gets neither
  // to set it nor to send it (RFC 6265bis §5.7 and §5.8.3).
  res.cookie('xs_lax', 'same-site-only', { sameSite: 'lax', httpOnly: true });
}

router.post('/cross-site/set', (_req, res) => {
  setBoth(res);
  sendResult(res, { did: 'asked the browser to store xs_none and xs_lax' });
});

router.get('/cross-site/pixel.gif', (_req, res) => {
  setBoth(res);
  res.type('gif').setHeader('Cache-Control', 'no-store');
  res.send(PIXEL);
});

// Which cookies came back with this request?
router.get('/cross-site/echo', (req, res) => {
  sendResult(res, {
    did: 'listed the cookies this request carried',
    requestFrom: req.headers.origin ?? '(same origin or navigation)',
    cookies: req.cookies,
  });
});
// #endregion

router.post('/cross-site/clear', (_req, res) => {
  res.clearCookie('xs_none', { sameSite: 'none', secure: true, httpOnly: true });
  res.clearCookie('xs_lax', { sameSite: 'lax', httpOnly: true });
  sendResult(res, { did: 'cleared xs_none and xs_lax' });
});

export const crossSite: Lesson = {
  meta: {
    id: 'cross-site',
    n: 6,
    title: 'Cross-site: localhost vs 127.0.0.1',
    path: '/lessons/cross-site',
    summary:
      'Two names for one server are two sites: see which cookies a third-party request sets and sends.',
    actions: [
      {
        id: 'fetch-set',
        label: 'Fetch from the other site (sets 2 cookies)',
        method: 'POST',
        url: '/cross-site/set',
        crossOrigin: true,
      },
      {
        id: 'image',
        label: 'Load an image from the other site',
        method: 'GET',
        url: '/cross-site/pixel.gif',
        crossOrigin: true,
        kind: 'image',
      },
      {
        id: 'echo',
        label: 'Which cookies come back?',
        method: 'GET',
        url: '/cross-site/echo',
        crossOrigin: true,
      },
      { id: 'echo-same-site', label: 'Same question, same site', method: 'GET', url: '/cross-site/echo' },
      {
        id: 'clear',
        label: 'Clear them',
        method: 'POST',
        url: '/cross-site/clear',
        crossOrigin: true,
      },
    ],
  },
  content: {
    idea: [
      html`A <em>site</em> is the registrable domain: <code>localhost</code> and <code>127.0.0.1</code> are
        the same server here but two different sites. A request from this page to the other name is
        <em>cross-site</em>, and cookies on it are <em>third-party</em> cookies.`,
      html`Only a cookie with <code>SameSite=None; Secure</code> may be set and sent on such a request;
        <code>SameSite=Lax</code> stays home. Many browsers now block third-party cookies altogether
        (Safari, Firefox's strict mode, Chrome for some users), so <code>xs_none</code> may not come back
        either. Open the other site directly (link below) and they are first-party again.`,
    ],
    extra: (req) => {
      const { other } = origins(req);
      return html`<p class="note">
        Open <a href="${`${other}/cross-site/echo`}">${other}/cross-site/echo</a> directly (a top-level,
        first-party visit) to see the cookies that the other site holds, or the
        <a href="${`${other}/lessons/cross-site`}">lesson from the other site</a>.
      </p>
      <p class="note">If nothing comes back at all, this browser blocks third-party cookies (new Chromium
        profiles and headless Chromium do, as do Safari and Firefox's strict mode): DevTools then shows
        both Set-Cookie lines of the cross-site answers as blocked "by user preferences".</p>`;
    },
    code: [{ file: FILE, region: 'lesson-6', caption: 'The other site sets and echoes cookies' }],
    panelTips: [
      html`<b>Requests</b> tab: the calls go to <code>127.0.0.1</code> while the page is on
        <code>localhost</code>; both answers carry <code>Set-Cookie</code> for <code>xs_none</code> and
        <code>xs_lax</code>, but only <code>xs_none</code> is ever sent back.`,
      html`<b>Cookies</b> tab: <code>xs_none</code> has the finding <code>third-party</code> (set by a
        response from another site than the page).`,
      html`<b>Flow</b> tab: two origins side by side — <code>localhost</code> and
        <code>127.0.0.1</code> — and which cookies cross between them.`,
    ],
  },
  router,
};
