import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { boundLine, MAX_LINE_BYTES, visibleLine } from '../playground/bound-line';
import { compareWithBrowser } from '../playground/compare';
import { PREPARED_LINES } from '../playground/prepared-lines';
import { rfcVerdict } from '../playground/rfc-verdict';
import { origins, sendResult } from '../respond';

const FILE = fileURLToPath(import.meta.url);
const router = Router();
const PAGE_PATH = '/lessons/playground';
/** What the page reports back (document.cookie, a Cookie header) is bounded like the line. */
const MAX_REPORTED = 16 * 1024;

// Only the demo's own pages may use the playground, with credentials (the other site's fetches are
// cross-origin). A page elsewhere could otherwise plant any cookie in the student's browser.
function demoPagesOnly(req: Request, res: Response, next: NextFunction): void {
  const origin = req.headers.origin;
  res.vary('Origin');
  // A same-origin GET carries no Origin header (Fetch standard); reading one's own cookies is harmless.
  if (!origin && req.method === 'GET') {
    next();
    return;
  }
  if (origin && origins(req).all.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    next();
    return;
  }
  sendResult(res, { error: 'the playground answers only the demo pages' }, 403);
}
router.use(['/playground-set', '/playground-check', '/admin/echo'], demoPagesOnly);
// The line travels as text/plain: a CORS-safelisted type (no preflight), and outside the app's 4 KB
// form and JSON parsers, since the 5 KB line must reach the browser.
const lineBody = express.text({ type: 'text/plain', limit: MAX_LINE_BYTES + 1024 });

// #region lesson-7-send
// At the root, so a line without Path gets the default path "/" (RFC 6265bis §5.1.4: the directory
// of the URL that set it) and this page's document.cookie can see it.
router.post('/playground-set', lineBody, (req, res) => {
  const gate = boundLine(typeof req.body === 'string' ? req.body : '');
  // Verbatim: exactly the student's bytes, in the answer to the student's own request only. It is
  // never stored, logged or written into HTML; the page shows it with textContent.
  if (gate.ok) res.setHeader('Set-Cookie', [gate.headerValue]);
  sendResult(res, gate.ok ? { sent: true } : { sent: false, notSent: gate.message });
});
// #endregion

/** Which site the page is on and whether this request is cross-site (the two demo names are two sites). */
function sites(req: Request) {
  const { self, all } = origins(req);
  const origin = req.headers.origin ?? self;
  const page = all.includes(origin) ? origin : self;
  return { self, page, crossSite: page !== self };
}

router.get('/admin/echo', (req, res) => {
  sendResult(res, { cookieHeader: req.headers.cookie ?? null });
});

// #region lesson-7-check
router.post(
  '/playground-check',
  express.text({ type: 'text/plain', limit: 3 * MAX_REPORTED }),
  (req, res) => {
    let report: { line?: unknown; documentCookie?: unknown; adminHeader?: unknown };
    try {
      report = JSON.parse(typeof req.body === 'string' ? req.body : '');
    } catch {
      return sendResult(res, { error: 'expected JSON: { line, documentCookie, adminHeader }' }, 400);
    }
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_REPORTED) : '');
    const line = text(report.line);
    const { self, page, crossSite } = sites(req);
    // What RFC 6265bis says: Cookie Lens's own CookieJar, given the line as the answer to /playground-set.
    const rfc = rfcVerdict(
      line,
      {
        set: `${self}/playground-set`,
        page: `${page}${PAGE_PATH}`,
        check: `${self}/playground-check`,
        admin: `${self}/admin/echo`,
      },
      crossSite,
      Date.now(),
    );
    // What the browser did: this request's own Cookie header, plus what the page read back.
    const gate = boundLine(line);
    const comparison = compareWithBrowser(rfc, {
      sent: gate.ok,
      notSent: gate.ok ? null : gate.message,
      documentCookie: text(report.documentCookie),
      cookieHeader: req.headers.cookie ?? null,
      adminHeader: text(report.adminHeader) || null,
      crossSite,
    });
    sendResult(res, { line: visibleLine(line).slice(0, 400), from: self, crossSite, rfc, ...comparison });
  },
);
// #endregion

export const playground: Lesson = {
  meta: {
    id: 'playground',
    n: 7,
    title: 'The Set-Cookie playground',
    path: PAGE_PATH,
    summary: 'Write any Set-Cookie line and see what RFC 6265bis says next to what your browser did.',
    actions: PREPARED_LINES.map((p) => ({
      id: `line-${p.id}`,
      label: p.title,
      method: 'POST' as const,
      url: '/playground-set',
      kind: 'playground' as const,
      crossOrigin: p.from === 'other',
      line: p.line,
    })),
  },
  content: {
    idea: [
      html`A server sets a cookie with one <code>Set-Cookie</code> line; the browser then decides, attribute
        by attribute, whether to keep it, for which host and path, and who may read it. Write a line (or try
        a prepared one): this server sends it back <em>verbatim</em>, only to you.`,
      html`Next to the answer you see what RFC 6265bis says — Cookie Lens's own cookie library runs on the
        server — and what this browser really did, read back from <code>document.cookie</code> and from the
        <code>Cookie</code> header of the next request. When the two differ, the page says so and why.`,
    ],
    before: (req) => {
      const { self, other } = origins(req);
      return html`<form class="pg-form" id="pg-form">
  <label for="pg-line"><b>Your Set-Cookie line</b> <span class="hint">(at most ${MAX_LINE_BYTES} bytes)</span></label>
  <textarea id="pg-line" name="line" rows="3" maxlength="${MAX_LINE_BYTES}" spellcheck="false" autocomplete="off">mine=hello; Max-Age=3600; SameSite=Lax</textarea>
  <fieldset class="pg-from"><legend>Sent from</legend>
    <label><input type="radio" name="from" value="same" checked> this site (<code>${self}</code>)</label>
    <label><input type="radio" name="from" value="other"> the other site (<code>${other}</code>)</label>
  </fieldset>
  <button type="submit" data-pg-send="">Send this line</button>
</form>
<h3 class="pg-prepared">Or try a prepared line (a click also puts it in the box above)</h3>`;
    },
    live: () => html`<div id="pg-verdict" class="pg-verdict" aria-live="polite">
  <p class="hint">Send a line: RFC 6265bis and this browser appear here side by side.</p></div>`,
    scripts: ['playground.js'],
    code: [
      { file: FILE, region: 'lesson-7-send', caption: 'The line goes back verbatim, bounded' },
      { file: FILE, region: 'lesson-7-check', caption: 'RFC 6265bis (the library) against the browser' },
    ],
    panelTips: [
      html`<b>Cookies</b> tab: every line you send is a row. Rejected lines stay visible with the badge
        <b>rejected</b> and the reason (<code>rejected-prefix</code>, <code>rejected-samesite-none-insecure</code>,
        <code>rejected-domain</code>…).`,
      html`Select a row: the detail pane explains the raw <code>Set-Cookie</code> line attribute by attribute
        — which Path won, what Max-Age did to Expires, why Domain was refused.`,
      html`<b>Requests</b> tab: the <code>/playground-check</code> request carries the <code>Cookie</code>
        header the page compares with the RFC.`,
    ],
  },
  router,
};
