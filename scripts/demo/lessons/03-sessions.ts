import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import session from 'express-session';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { loginAction } from '../login-action';
import { field, sendResult } from '../respond';
import { storeSection } from '../session-store-view';

const FILE = fileURLToPath(import.meta.url);
const naive = Router();
const fixed = Router();

// #region lesson-3-classic
// The classic tutorial setup. It works, but the secret is public (it is in every tutorial).
const CLASSIC_SECRET = 'keyboard cat';
const store = new session.MemoryStore();
naive.use(
  session({
    secret: CLASSIC_SECRET,
    resave: false, // don't write unchanged sessions back to the store
    saveUninitialized: false, // no cookie and no store entry until something is stored
    store,
  }),
);

naive.post('/login', (req, res) => {
  const username = field(req, 'username');
  if (!username || field(req, 'password') !== 'demo') {
    return sendResult(res, { error: 'wrong username or password (try "demo")' }, 401);
  }
  req.session.username = username; // stored on the SERVER; the cookie only holds the signed id
  sendResult(res, { did: `logged in as ${username}`, sessionID: req.sessionID });
});

naive.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('connect.sid');
    sendResult(res, { did: 'logged out: store entry destroyed, cookie cleared' });
  });
});
// #endregion

// #region lesson-3-fixed
// The same login, hardened: a real secret, a fresh id at login, and explicit cookie flags.
const fixedStore = new session.MemoryStore();
const FIXED_SECRET = process.env.SESSION_SECRET || randomBytes(32).toString('hex');
fixed.use(
  session({
    name: 'sid',
    secret: FIXED_SECRET,
    resave: false,
    saveUninitialized: false,
    store: fixedStore,
    // 'auto': Secure when the request came over https (set app 'trust proxy' behind a proxy).
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto' },
  }),
);

fixed.post('/login', (req, res, next) => {
  const username = field(req, 'username');
  if (!username || field(req, 'password') !== 'demo') {
    return sendResult(res, { error: 'wrong username or password (try "demo")' }, 401);
  }
  // A new id at login: an id an attacker planted before login is worth nothing after it.
  const before = req.sessionID;
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.username = username;
    sendResult(res, { did: `logged in as ${username}`, before, after: req.sessionID });
  });
});

fixed.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('sid', { httpOnly: true, sameSite: 'lax' });
    sendResult(res, { did: 'logged out: store entry destroyed, cookie cleared' });
  });
});
// #endregion

const router = Router();
router.use('/sessions', naive);
router.use('/sessions-fixed', fixed);

export const sessions: Lesson = {
  meta: {
    id: 'sessions',
    n: 3,
    title: 'Sessions with express-session',
    path: '/lessons/sessions',
    summary: 'Log in with express-session: the data stays in a server-side store, only a signed id travels.',
    actions: [
      loginAction('login', 'Log in', '/sessions/login'),
      loginAction('login-again', 'Log in again (same id?)', '/sessions/login'),
      { id: 'logout', label: 'Log out', method: 'POST', url: '/sessions/logout' },
      loginAction('fixed-login', 'Log in (fixed)', '/sessions-fixed/login'),
      loginAction('fixed-login-again', 'Log in again (fixed: new id)', '/sessions-fixed/login'),
      { id: 'fixed-logout', label: 'Log out (fixed)', method: 'POST', url: '/sessions-fixed/logout' },
    ],
  },
  content: {
    idea: [
      html`With <code>express-session</code> the server keeps what it knows about you (here your username)
        in a <em>session store</em> and gives the browser only a random session id, signed with a secret:
        the <code>connect.sid</code> cookie, <code>s:&lt;id&gt;.&lt;signature&gt;</code>.`,
      html`Log in (any username, password <code>demo</code>) and compare the cookie with the store entry
        beside it. The classic setup signs with <code>"keyboard cat"</code>, which anyone can look up, and
        keeps the same id across a login; the fixed variant uses a random secret and a new id at login.`,
    ],
    code: [
      { file: FILE, region: 'lesson-3-classic', caption: 'Classic express-session login' },
      { file: FILE, region: 'lesson-3-fixed', caption: 'Fixed variant (cookie "sid")' },
    ],
    panelTips: [
      html`<b>Cookies</b> tab: <code>connect.sid</code> has the role <b>auth</b> and the finding
        <code>auth-weak-secret</code> — the panel verified its <code>s:</code> signature with
        "keyboard cat". <code>sid</code> has no such finding.`,
      html`Both show <code>auth-no-secure</code> (medium, "before production") because this demo runs on
        plain http; with https, <code>secure: 'auto'</code> adds the flag to <code>sid</code>.`,
      html`<b>Findings</b> tab after "Log in again": <code>session-not-rotated</code> for
        <code>connect.sid</code> (same value before and after a login), not for <code>sid</code>.`,
      html`<b>Flow</b> tab: after "Log out" the cookie row shows <b>deleted</b> (Expires in 1970).`,
    ],
    state: async (req) => [
      await storeSection('Classic (connect.sid)', req, store, 'connect.sid', CLASSIC_SECRET),
      await storeSection('Fixed (sid)', req, fixedStore, 'sid', FIXED_SECRET),
    ],
  },
  router,
};
