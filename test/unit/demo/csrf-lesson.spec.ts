import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemo } from '../../../scripts/demo/server.ts';
import { attribute, CookieClient, hasFlag } from './cookie-client.ts';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemo({ port: 0 });
});
afterAll(async () => {
  await demo.close();
});

const NAVIGATION = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** What the attacker's form does: a cross-site form post, as a navigation (the browser decides the cookie). */
function forge(client: CookieClient, withCookie: boolean) {
  const headers: Record<string, string> = { ...NAVIGATION };
  const jar = client.jar(demo.url);
  if (!withCookie) jar.clear();
  return client.request(`${demo.url}/bank/transfer`, {
    method: 'POST',
    origin: demo.altUrl,
    form: { to: 'mallory', amount: '100', done: 'attack-none' },
    headers,
  });
}

describe('lesson 8: the bank', () => {
  it('logs in with bank_session Secure, HttpOnly and the chosen SameSite', async () => {
    for (const [mode, expected] of [
      ['none', 'None'],
      ['lax', 'Lax'],
    ]) {
      const res = await new CookieClient().request(`${demo.url}/bank/login?samesite=${mode}`, {
        method: 'POST',
      });
      const line = res.setCookies.find((l) => l.startsWith('bank_session='));
      expect(line, mode).toBeDefined();
      expect(attribute(line ?? '', 'SameSite')).toBe(expected);
      expect(hasFlag(line ?? '', 'Secure') && hasFlag(line ?? '', 'HttpOnly')).toBe(true);
    }
  });

  it('a forged post with the cookie goes through; without it the bank sees nobody', async () => {
    const client = new CookieClient();
    await client.request(`${demo.url}/bank/login?samesite=none`, { method: 'POST' });
    const sent = await forge(client, true);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`${demo.url}/lessons/csrf?outcome=sent&done=attack-none`);
    const account = await client.request(`${demo.url}/bank/account`);
    expect(account.json.transfers).toEqual([`100 € to mallory (asked by ${demo.altUrl})`]);
    const refused = await forge(client, false);
    expect(refused.headers.get('location')).toContain('outcome=no-session');
  });

  it('with the token check, the cookie alone is refused and the page with the token is not', async () => {
    const client = new CookieClient();
    await client.request(`${demo.url}/bank/login?samesite=none&token=yes`, { method: 'POST' });
    expect((await forge(client, true)).headers.get('location')).toContain('outcome=bad-token');
    const bare = await client.request(`${demo.url}/bank/transfer`, { method: 'POST', form: { amount: '5' } });
    expect(bare.status).toBe(403);
    const token = (await client.request(`${demo.url}/bank/token`)).json.token as string;
    expect(token.length).toBeGreaterThan(20);
    const ok = await client.request(`${demo.url}/bank/transfer`, {
      method: 'POST',
      form: { amount: '5' },
      headers: { 'x-csrf-token': token },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.balance).toBe('995 €');
    const wrong = await client.request(`${demo.url}/bank/transfer`, {
      method: 'POST',
      headers: { 'x-csrf-token': `${token}x` },
    });
    expect(wrong.status).toBe(403);
  });

  it('the lesson page shows only known outcomes, and the attacker page posts only to the bank', async () => {
    const client = new CookieClient();
    const back = await client.request(`${demo.url}/lessons/csrf?outcome=bad-token&done=attack-token`);
    expect(back.text).toContain('id="visit-outcome"');
    expect(back.text).toContain('data-status="403"');
    for (const query of ['outcome=%3Cscript%3E&done=x', 'outcome=sent&done=%3Cscript%3E']) {
      const page = await client.request(`${demo.url}/lessons/csrf?${query}`);
      expect(page.text).not.toContain('visit-outcome');
      expect(page.text).not.toContain('<script>');
    }
    const prize = await client.request(`${demo.altUrl}/csrf/prize?done=attack-none`);
    expect(prize.headers.get('content-security-policy')).toContain(`form-action ${demo.url};`);
    expect(prize.text).toContain(`action="${demo.url}/bank/transfer"`);
    expect(prize.text).toContain('name="done" value="attack-none"');
  });
});
