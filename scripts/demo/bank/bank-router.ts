/**
 * Lesson 8's bank on the demo's first site: log in (choosing the session cookie's SameSite and whether
 * transfers need a CSRF token), then transfer money. Sessions are express-session's; CSRF tokens are
 * csrf-sync's (the synchronizer token pattern: the token lives in the session, the page sends it in a
 * header that a form on another site cannot set).
 */
import { randomBytes } from 'node:crypto';
import { csrfSync } from 'csrf-sync';
import { type NextFunction, type Request, type Response, Router } from 'express';
import session from 'express-session';
import { field, origins, sendResult } from '../respond';
import { isOutcome, OUTCOMES, safeActionId, type TransferOutcome } from './bank-outcomes';

declare module 'express-session' {
  interface SessionData {
    bank?: { user: string; balance: number; checkToken: boolean; transfers: string[] };
  }
}

export const BANK_COOKIE = 'bank_session';
export const LESSON_PATH = '/lessons/csrf';
const router = Router();

/**
 * Browsers treat http://localhost and http://127.0.0.1 as secure (W3C Secure Contexts §3.1; RFC 6265bis
 * §5.7 step 13 lets them store Secure cookies there); express-session only trusts TLS and would drop a
 * Secure cookie over plain http. The demo listens on loopback, so say what the browser says.
 */
function loopbackIsSecure(req: Request, _res: Response, next: NextFunction): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (host === 'localhost' || host === '127.0.0.1') Object.defineProperty(req, 'secure', { value: true });
  next();
}

// #region lesson-8-bank
const { generateToken, isRequestValid } = csrfSync({
  // The token travels in a header: a form on another site can post fields, but never set a header.
  getTokenFromRequest: (req) => req.get('x-csrf-token'),
});

router.use(
  '/bank',
  loopbackIsSecure,
  session({
    name: BANK_COOKIE,
    secret: randomBytes(32).toString('hex'),
    resave: false,
    saveUninitialized: false,
    store: new session.MemoryStore(),
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' },
  }),
);

router.post('/bank/login', (req, res, next) => {
  const sameSite = req.query.samesite === 'none' ? 'none' : 'lax';
  const checkToken = req.query.token === 'yes';
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.cookie.sameSite = sameSite; // this lesson's switch: None or Lax
    req.session.bank = { user: 'alice', balance: 1000, checkToken, transfers: [] };
    sendResult(res, {
      did: `logged in as alice; ${BANK_COOKIE} is SameSite=${sameSite === 'none' ? 'None' : 'Lax'}`,
      csrfToken: checkToken ? 'required on every transfer' : 'not checked',
    });
  });
});

router.post('/bank/transfer', (req, res) => {
  const account = req.session.bank;
  if (!account) return answer(req, res, 'no-session');
  if (account.checkToken && !isRequestValid(req)) return answer(req, res, 'bad-token');
  const amount = Math.min(Math.max(Number.parseInt(field(req, 'amount', 6), 10) || 10, 1), 1000);
  const to = field(req, 'to', 32) || 'bob';
  account.balance -= amount;
  account.transfers.push(`${amount} € to ${to} (asked by ${req.headers.origin ?? 'this site'})`);
  answer(req, res, 'sent');
});
// #endregion

router.get('/bank/token', (req, res) => {
  if (!req.session.bank) return sendResult(res, { error: 'log in first' }, 401);
  sendResult(res, { token: generateToken(req) });
});

router.get('/bank/account', (req, res) => {
  const account = req.session.bank;
  if (!account) return sendResult(res, { error: 'not logged in (no session cookie came)' }, 401);
  sendResult(res, { user: account.user, balance: `${account.balance} €`, transfers: account.transfers });
});

/**
 * A fetch gets JSON; a form post (a navigation, like the attacker's) is sent back to the lesson page
 * with the outcome code, so the student sees what happened where they started.
 */
function answer(req: Request, res: Response, outcome: TransferOutcome): void {
  const { status } = OUTCOMES[outcome];
  // Content negotiation: a navigation asks for text/html first; fetch() sends */* and gets JSON.
  if (req.accepts(['json', 'html']) === 'html') {
    const done = safeActionId(field(req, 'done', 40));
    const query = new URLSearchParams({ outcome, ...(done ? { done } : {}) });
    res.redirect(303, `${origins(req).self}${LESSON_PATH}?${query}`);
    return;
  }
  const account = req.session.bank;
  sendResult(
    res,
    { outcome, explained: OUTCOMES[outcome].text, balance: account ? `${account.balance} €` : null },
    status,
  );
}

export { isOutcome, router as bankRouter };
