import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { loginAction } from '../login-action';
import { field, sendResult } from '../respond';

const FILE = fileURLToPath(import.meta.url);
const router = Router();
const MAX_TOKEN_CHARS = 4096;

// #region lesson-4-sign
// HS256 = HMAC with SHA-256: whoever knows this key can mint tokens, so it must be long and random.
const key = new TextEncoder().encode(process.env.JWT_SECRET || randomBytes(32).toString('hex'));

async function issueToken(userId: string): Promise<string> {
  return new SignJWT({ role: 'student' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId) // the user id: "sub"
    .setIssuedAt()
    .setExpirationTime('15m') // "exp": the server refuses it after 15 minutes
    .sign(key);
}
// #endregion

function checkLogin(username: string, password: string): string | null {
  return username && password === 'demo' ? username : null;
}

// #region lesson-4-login
// Good: the token lives in an HttpOnly cookie, out of reach of page scripts.
router.post('/jwt/login', async (req, res) => {
  const userId = checkLogin(field(req, 'username'), field(req, 'password'));
  if (!userId) return sendResult(res, { error: 'wrong username or password (try "demo")' }, 401);
  const token = await issueToken(userId);
  res.cookie('access_token', token, { httpOnly: true, sameSite: 'lax', maxAge: 15 * 60 * 1000 });
  sendResult(res, { did: `logged in as ${userId}`, cookie: 'access_token (HttpOnly)' });
});

// INSECURE: the same token in a cookie that any script on the page can read.
router.post('/jwt/login-insecure', async (req, res) => {
  const userId = checkLogin(field(req, 'username'), field(req, 'password'));
  if (!userId) return sendResult(res, { error: 'wrong username or password (try "demo")' }, 401);
  const token = await issueToken(userId);
  res.cookie('token', token, { httpOnly: false, maxAge: 15 * 60 * 1000 });
  sendResult(res, { did: `logged in as ${userId}`, cookie: 'token (readable by scripts!)' });
});
// #endregion

// #region lesson-4-verify
// The protected route: no valid token, no entry. jwtVerify checks the signature AND "exp".
router.get('/jwt/profile', async (req, res) => {
  const cookies: Record<string, unknown> = req.cookies ?? {};
  const token = cookies.access_token ?? cookies.token;
  if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS) {
    return sendResult(res, { error: 'no token: log in first' }, 401);
  }
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    sendResult(res, { did: 'token verified', userId: payload.sub, claims: payload });
  } catch (error) {
    sendResult(res, { error: `invalid token: ${(error as Error).message}` }, 401);
  }
});

router.post('/jwt/logout', (_req, res) => {
  res.clearCookie('access_token', { httpOnly: true, sameSite: 'lax' });
  res.clearCookie('token');
  sendResult(res, { did: 'logged out: both cookies cleared' });
});
// #endregion

export const jwt: Lesson = {
  meta: {
    id: 'jwt',
    n: 4,
    title: 'JWT login in a cookie',
    path: '/lessons/jwt',
    summary: 'A signed JWT carries the user id; keep it in an HttpOnly cookie, not one scripts can read.',
    actions: [
      { id: 'profile-before', label: 'Call the protected route', method: 'GET', url: '/jwt/profile' },
      loginAction('login', 'Log in (HttpOnly cookie)', '/jwt/login'),
      { id: 'profile', label: 'Call the protected route', method: 'GET', url: '/jwt/profile' },
      { id: 'logout', label: 'Log out', method: 'POST', url: '/jwt/logout' },
      loginAction('login-insecure', 'Log in (INSECURE: script-readable cookie)', '/jwt/login-insecure'),
      { id: 'profile-insecure', label: 'Call the protected route', method: 'GET', url: '/jwt/profile' },
      { id: 'logout-insecure', label: 'Log out', method: 'POST', url: '/jwt/logout' },
    ],
  },
  content: {
    idea: [
      html`A JSON Web Token (JWT) is three base64url parts — header, claims, signature. The claims here
        say who you are (<code>sub</code>) and when the token dies (<code>exp</code>, 15 minutes); the
        server only has to check the signature, no session store needed.`,
      html`The claims are <em>signed, not encrypted</em>: anyone holding the token can read them, and can
        use it until it expires. Stored in a cookie that scripts can read, a single injected script (XSS)
        can copy it — watch <code>document.cookie</code> below after the insecure login.`,
    ],
    code: [
      { file: FILE, region: 'lesson-4-sign', caption: 'Signing the token (jose SignJWT, HS256)' },
      { file: FILE, region: 'lesson-4-login', caption: 'Two logins: HttpOnly vs script-readable' },
      { file: FILE, region: 'lesson-4-verify', caption: 'The protected route (jwtVerify)' },
    ],
    panelTips: [
      html`<b>Cookies</b> tab: <code>access_token</code> and <code>token</code> carry the <b>JWT</b> mark
        and the role <b>auth</b> ("value is a JWT"); open one to read its header and claims with human times
        (<code>exp</code> about 15 minutes ahead: "expires in 14 min" a moment after login, the panel
        rounds down).`,
      html`<code>token</code> has the finding <code>auth-no-httponly</code> (high): scripts can read it.
        <code>access_token</code> has not.`,
      html`Both are <b>persistent · expires in 15 min</b> (Max-Age=900, counting down) and both show
        <code>auth-no-secure</code> (medium on http, "before production").`,
      html`The panel shows the claims without knowing the key (signed is not encrypted); it cannot
        verify the signature, because the key here is random — no <code>auth-weak-secret</code>.`,
    ],
  },
  router,
};
