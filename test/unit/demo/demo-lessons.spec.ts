import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, lessons, startDemo } from '../../../scripts/demo/server.ts';
import { attribute, CookieClient, cookieName, cookieValue, hasFlag } from './cookie-client.ts';
import { answer, driveLesson } from './drive-lesson.ts';

let demo: DemoServer;
// The returned function is vitest's teardown: the demo stops after this file's tests.
beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  return () => demo.close();
});

const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT';

function only(lines: string[], name: string): string {
  const found = lines.filter((line) => cookieName(line) === name);
  expect(found, `exactly one Set-Cookie for ${name} in ${JSON.stringify(lines)}`).toHaveLength(1);
  return found[0] ?? '';
}

function payloadOf(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

describe('every lesson, driven in order like the tour', () => {
  it('answers every action with 2xx except the deliberate 401s', async () => {
    const expected401 = new Set(['jwt/profile-before']);
    for (const lesson of lessons) {
      const answers = await driveLesson(new CookieClient(), demo, lesson.id);
      for (const action of lesson.actions) {
        const status = answer(answers, action.id).status;
        if (expected401.has(`${lesson.id}/${action.id}`)) expect(status).toBe(401);
        else expect(status, `${lesson.id}/${action.id}`).toBeLessThan(300);
      }
    }
  });
});

describe('lesson 1: set and read', () => {
  it('sets mycookie HttpOnly, reads it through req.cookies, and clears it', async () => {
    const client = new CookieClient();
    const a = await driveLesson(client, demo, 'set-read');
    expect(answer(a, 'set').setCookies).toEqual(['mycookie=mydata; Path=/; HttpOnly']);
    // The JSON echo repeats the real header for the page (scripts cannot read Set-Cookie).
    expect(answer(a, 'set').json.setCookie).toEqual(['mycookie=mydata; Path=/; HttpOnly']);
    expect(answer(a, 'read').json.cookies).toEqual({ mycookie: 'mydata' });
    const cleared = only(answer(a, 'clear').setCookies, 'mycookie');
    expect(attribute(cleared, 'Expires')).toBe(EPOCH);
    expect(answer(a, 'read-again').json.cookies).toEqual({});
  });
});

describe('lesson 2: session vs persistent', () => {
  it('sets one cookie without Expires/Max-Age and one with Max-Age=86400', async () => {
    const before = Date.now();
    const a = await driveLesson(new CookieClient(), demo, 'session-persistent');
    const session = only(answer(a, 'set-session').setCookies, 'cart');
    expect(attribute(session, 'Expires')).toBeNull();
    expect(attribute(session, 'Max-Age')).toBeNull();
    const persistent = only(answer(a, 'set-persistent').setCookies, 'theme');
    expect(attribute(persistent, 'Max-Age')).toBe('86400');
    const expires = Date.parse(attribute(persistent, 'Expires') ?? '');
    expect(Math.abs(expires - (before + 86_400_000))).toBeLessThan(60_000);
    expect(answer(a, 'read').json.cookies).toEqual({ cart: '3-items', theme: 'dark' });
    const cleared = answer(a, 'clear').setCookies;
    expect(cleared.map(cookieName).sort()).toEqual(['cart', 'theme']);
    for (const line of cleared) expect(attribute(line, 'Expires')).toBe(EPOCH);
  });
});

describe('lesson 3: express-session', () => {
  async function store(client: CookieClient) {
    const res = await client.request(`${demo.url}/lessons/sessions/state`);
    expect(res.status).toBe(200);
    const [classic, fixed] = res.json as { title: string; lines: { label: string; value: string }[] }[];
    const storeOf = (s: typeof classic) => JSON.parse(s?.lines.at(-1)?.value ?? '{}');
    return { classic: storeOf(classic), fixed: storeOf(fixed) };
  }

  it('logs in with a signed connect.sid, keeps data in the MemoryStore, and destroys both on logout', async () => {
    const client = new CookieClient();
    const login = await client.request(`${demo.url}/sessions/login`, {
      method: 'POST',
      form: { username: 'ada', password: 'demo' },
    });
    const cookie = only(login.setCookies, 'connect.sid');
    expect(cookieValue(cookie).startsWith('s%3A')).toBe(true);
    expect(hasFlag(cookie, 'HttpOnly')).toBe(true);
    const id = login.json.sessionID as string;
    expect(decodeURIComponent(cookieValue(cookie))).toMatch(new RegExp(`^s:${id}\\.`));
    // Only the signed id travels; the username is in the server-side store.
    expect(cookieValue(cookie)).not.toContain('ada');
    expect((await store(client)).classic[id]?.username).toBe('ada');

    const again = await client.request(`${demo.url}/sessions/login`, {
      method: 'POST',
      form: { username: 'ada', password: 'demo' },
    });
    expect(again.json.sessionID).toBe(id); // the classic setup does not rotate the id

    const logout = await client.request(`${demo.url}/sessions/logout`, { method: 'POST' });
    const deleted = only(logout.setCookies, 'connect.sid');
    expect(Date.parse(attribute(deleted, 'Expires') ?? '')).toBeLessThan(Date.now());
    expect(client.jar(demo.url).has('connect.sid')).toBe(false);
    expect((await store(client)).classic[id]).toBeUndefined();
  });

  it('the state shows the caller only their own session and the store count, never others (issue #19)', async () => {
    const ada = new CookieClient();
    const bob = new CookieClient();
    const anonymous = new CookieClient();
    const adaId = (
      await ada.request(`${demo.url}/sessions/login`, {
        method: 'POST',
        form: { username: 'ada', password: 'demo' },
      })
    ).json.sessionID as string;
    const bobId = (
      await bob.request(`${demo.url}/sessions/login`, {
        method: 'POST',
        form: { username: 'bob', password: 'demo' },
      })
    ).json.sessionID as string;
    const bobState = await bob.request(`${demo.url}/lessons/sessions/state`);
    expect(Object.keys((await store(bob)).classic)).toEqual([bobId]);
    expect(bobState.text).not.toContain(adaId);
    expect(bobState.text).not.toContain('"ada"');
    expect(bobState.json[0].lines.at(-1).label).toMatch(/MemoryStore, \d+ entries \(yours below/);
    const anon = await anonymous.request(`${demo.url}/lessons/sessions/state`);
    expect(anon.text).not.toContain(adaId);
    expect(anon.text).not.toContain(bobId);
    expect((await store(anonymous)).classic).toEqual({});
    // An id with a forged signature names nobody: not logged in, no entry shown.
    const forged = new CookieClient();
    const forgedState = await forged.request(`${demo.url}/lessons/sessions/state`, {
      headers: { cookie: `connect.sid=${encodeURIComponent(`s:${adaId}.forged`)}` },
    });
    expect(forgedState.json[0].lines[0].value).toBe('not logged in');
    expect(forgedState.json[0].lines[2].value).toBe(`${adaId} (signature does not verify)`);
    expect(JSON.parse(forgedState.json[0].lines.at(-1).value)).toEqual({});
    for (const c of [ada, bob]) await c.request(`${demo.url}/sessions/logout`, { method: 'POST' });
  });

  it('refuses a wrong password without a cookie', async () => {
    const res = await new CookieClient().request(`${demo.url}/sessions/login`, {
      method: 'POST',
      form: { username: 'ada', password: 'nope' },
    });
    expect(res.status).toBe(401);
    expect(res.setCookies).toEqual([]);
  });

  it('the fixed variant regenerates the id on login and uses its own cookie with explicit flags', async () => {
    const client = new CookieClient();
    const a = await driveLesson(client, demo, 'sessions');
    const first = only(answer(a, 'fixed-login').setCookies, 'sid');
    expect(hasFlag(first, 'HttpOnly')).toBe(true);
    expect(attribute(first, 'SameSite')).toBe('Lax');
    expect(hasFlag(first, 'Secure')).toBe(false); // secure: 'auto' over plain http
    const second = only(answer(a, 'fixed-login-again').setCookies, 'sid');
    expect(cookieValue(second)).not.toBe(cookieValue(first));
    const { before, after } = answer(a, 'fixed-login-again').json;
    expect(before).not.toBe(after);
    // The classic variant in the same run kept its id.
    expect(answer(a, 'login-again').json.sessionID).toBe(answer(a, 'login').json.sessionID);
    const deleted = only(answer(a, 'fixed-logout').setCookies, 'sid');
    expect(attribute(deleted, 'Expires')).toBe(EPOCH);
    const { fixed } = await store(client);
    expect(fixed[before]).toBeUndefined();
    expect(fixed[after]).toBeUndefined();
  });
});

describe('lesson 4: JWT', () => {
  it('puts a 15-minute HS256 JWT in an HttpOnly cookie, or in a script-readable `token` cookie', async () => {
    const client = new CookieClient();
    const a = await driveLesson(client, demo, 'jwt');
    expect(answer(a, 'profile-before').status).toBe(401);

    const good = only(answer(a, 'login').setCookies, 'access_token');
    expect(hasFlag(good, 'HttpOnly')).toBe(true);
    expect(attribute(good, 'Max-Age')).toBe('900');
    expect(answer(a, 'profile').json.userId).toBe('student');

    const bad = only(answer(a, 'login-insecure').setCookies, 'token');
    expect(hasFlag(bad, 'HttpOnly')).toBe(false);
    const jwt = cookieValue(bad);
    expect(jwt.split('.')).toHaveLength(3);
    const header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8'));
    expect(header.alg).toBe('HS256');
    const payload = payloadOf(jwt);
    expect(payload.sub).toBe('student');
    expect(typeof payload.exp).toBe('number');
    expect(Number(payload.exp) - Number(payload.iat)).toBe(900);
    expect(answer(a, 'profile-insecure').status).toBe(200);

    const cleared = answer(a, 'logout-insecure').setCookies.map(cookieName).sort();
    expect(cleared).toEqual(['access_token', 'token']);
    const after = await client.request(`${demo.url}/jwt/profile`);
    expect(after.status).toBe(401);
  });

  it('answers 401 without the token, 200 with it, and 401 for a tampered one', async () => {
    const client = new CookieClient();
    expect((await client.request(`${demo.url}/jwt/profile`)).status).toBe(401);
    await client.request(`${demo.url}/jwt/login-insecure`, {
      method: 'POST',
      form: { username: 'ada', password: 'demo' },
    });
    expect((await client.request(`${demo.url}/jwt/profile`)).status).toBe(200);
    const token = client.jar(demo.url).get('token') ?? '';
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...payloadOf(token), sub: 'admin' })).toString('base64url');
    client.jar(demo.url).set('token', `${h}.${forged}.${s}`);
    const res = await client.request(`${demo.url}/jwt/profile`);
    expect(res.status).toBe(401);
    expect(res.json.error).toMatch(/invalid token/);
  });
});

describe('lesson 5: production flags and CORS', () => {
  it('sets __Host-session with Secure; Path=/ and no Domain, plus two cookies browsers reject', async () => {
    const a = await driveLesson(new CookieClient(), demo, 'production-flags');
    const host = only(answer(a, 'set').setCookies, '__Host-session');
    expect(hasFlag(host, 'Secure')).toBe(true);
    expect(hasFlag(host, 'HttpOnly')).toBe(true);
    expect(attribute(host, 'Path')).toBe('/');
    expect(attribute(host, 'Domain')).toBeNull();
    expect(attribute(host, 'SameSite')).toBe('Strict');
    const wrong = only(answer(a, 'mistakes').setCookies, '__Host-wrong');
    expect(attribute(wrong, 'Domain')).toBe('localhost');
    const none = only(answer(a, 'mistakes').setCookies, 'widget_pref');
    expect(attribute(none, 'SameSite')).toBe('None');
    expect(hasFlag(none, 'Secure')).toBe(false);
  });

  it('echoes only a listed origin with credentials, never "*"; answers the preflight', async () => {
    const client = new CookieClient();
    const ok = await client.request(`${demo.altUrl}/flags/api`, {
      method: 'POST',
      origin: demo.url,
      json: {},
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe(demo.url);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('vary')).toMatch(/Origin/i);
    const evil = await client.request(`${demo.altUrl}/flags/api`, {
      method: 'POST',
      origin: 'http://evil.example',
      json: {},
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await client.request(`${demo.altUrl}/flags/api`, {
      method: 'OPTIONS',
      origin: demo.url,
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(demo.url);
    const wildcard = await client.request(`${demo.altUrl}/flags/api-wildcard`, {
      method: 'POST',
      origin: demo.url,
    });
    expect(wildcard.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('lesson 6: cross-site', () => {
  it('the other site sets xs_none (SameSite=None; Secure) and xs_lax (SameSite=Lax) and echoes them', async () => {
    const client = new CookieClient();
    const a = await driveLesson(client, demo, 'cross-site');
    const set = answer(a, 'fetch-set');
    expect(set.headers.get('access-control-allow-origin')).toBe(demo.url);
    const none = only(set.setCookies, 'xs_none');
    expect(attribute(none, 'SameSite')).toBe('None');
    expect(hasFlag(none, 'Secure')).toBe(true);
    const lax = only(set.setCookies, 'xs_lax');
    expect(attribute(lax, 'SameSite')).toBe('Lax');
    const image = answer(a, 'image');
    expect(image.headers.get('content-type')).toBe('image/gif');
    expect(image.text.startsWith('GIF89a')).toBe(true);
    expect(image.setCookies.map(cookieName).sort()).toEqual(['xs_lax', 'xs_none']);
    // This client has no SameSite logic: it shows what the server would receive if both were sent.
    expect(answer(a, 'echo').json.cookies).toEqual({ xs_none: 'sent-cross-site', xs_lax: 'same-site-only' });
    expect(answer(a, 'echo').json.requestFrom).toBe(demo.url);
    // The cookies went to the 127.0.0.1 jar, not the localhost one.
    expect(answer(a, 'echo-same-site').json.cookies).toEqual({});
    expect(client.jar(demo.altUrl).size).toBe(0); // cleared at the end
  });
});
