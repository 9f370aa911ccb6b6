import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, lessons, startDemo } from '../../../scripts/demo/server.ts';
import { CookieClient } from './cookie-client.ts';

let demo: DemoServer;
// The returned function is vitest's teardown: the demo stops after this file's tests.
beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  return () => demo.close();
});

const HOSTILE = '<script>alert(1)</script>';

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Independent of the server's reader: the lines between the markers, minus their common indent. */
function regionFromFile(file: string, name: string): string {
  const lines = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === `// #region ${name}`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === '// #endregion');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return body.map((l) => l.slice(indent)).join('\n');
}

async function page(path: string, client = new CookieClient()) {
  const res = await client.request(`${demo.url}${path}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return res;
}

describe('lessons metadata', () => {
  it('lists eight lessons numbered 1..8 with unique ids, paths and action ids', () => {
    expect(lessons.map((l) => l.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lessons[0]?.id).toBe('set-read');
    expect(new Set(lessons.map((l) => l.id)).size).toBe(8);
    expect(new Set(lessons.map((l) => l.path)).size).toBe(8);
    for (const lesson of lessons) {
      expect(lesson.actions.length).toBeGreaterThan(0);
      expect(new Set(lesson.actions.map((a) => a.id)).size).toBe(lesson.actions.length);
      for (const action of lesson.actions) expect(action.url.startsWith('/')).toBe(true);
    }
  });

  it('startDemo gives two origins on one port and closes cleanly', async () => {
    const other = await startDemo();
    expect(other.url).toBe(`http://localhost:${other.port}`);
    expect(other.altUrl).toBe(`http://127.0.0.1:${other.port}`);
    expect((await fetch(`${other.altUrl}/`)).status).toBe(200);
    await other.close();
    await expect(fetch(`${other.altUrl}/`)).rejects.toThrow();
  });
});

describe('pages', () => {
  it('the index links every lesson with its one-line summary', async () => {
    const { text } = await page('/');
    for (const lesson of lessons) {
      expect(text).toContain(`href="${lesson.path}"`);
    }
    expect(text).toContain('Set and read a cookie');
  });

  for (const lesson of lessons) {
    describe(`lesson ${lesson.n} (${lesson.path})`, () => {
      it('has a stable data-action button for every action, in order, and navigation', async () => {
        const { text } = await page(lesson.path);
        const ids = [...text.matchAll(/<button[^>]*data-action="([^"]+)"/g)].map((m) => m[1]);
        expect(ids).toEqual(lesson.actions.map((a) => a.id));
        expect(text).toContain('What to look at in the Cookies panel');
        expect(text).toContain('aria-current="page"');
        expect(text).toMatch(/class="pager"/);
      });

      it('shows code regions that are the real file content', async () => {
        const { text } = await page(lesson.path);
        const regions = [
          ...text.matchAll(/<code data-region="([^"]+)" data-file="([^"]+)">([\s\S]*?)<\/code>/g),
        ];
        expect(regions.length).toBeGreaterThan(0);
        for (const [, name = '', file = '', shown = ''] of regions) {
          expect(file).toMatch(/^scripts\/demo\/(lessons\/0\d-[a-z-]+|bank\/[a-z-]+)\.ts$/);
          expect(unescapeHtml(shown)).toBe(regionFromFile(file, name));
        }
      });

      it('has a strict CSP, no inline script or style, and no external resources', async () => {
        const res = await page(lesson.path);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(res.text).not.toMatch(/<script(?![^>]*\bsrc="\/static\/)/);
        expect(res.text).not.toMatch(/<style|\sstyle="|\son[a-z]+="/i);
        for (const [, url = ''] of res.text.matchAll(/\b(?:src|href)="([^"]*)"/g)) {
          const local = url.startsWith('/') || url.startsWith(demo.url) || url.startsWith(demo.altUrl);
          expect(local, url).toBe(true);
        }
      });
    });
  }

  it('serves the stylesheet (light and dark) and the page script from /static, nothing outside it', async () => {
    const css = await fetch(`${demo.url}/static/demo.css`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(await css.text()).toContain('prefers-color-scheme: dark');
    const js = await fetch(`${demo.url}/static/lesson.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect((await fetch(`${demo.url}/static/%2e%2e/app.ts`)).status).toBe(404);
    expect((await fetch(`${demo.url}/nope`)).status).toBe(404);
  });
});

describe('hostile input', () => {
  it('escapes a script-tag username in the session lesson page and keeps it as data in JSON', async () => {
    const client = new CookieClient();
    const login = await client.request(`${demo.url}/sessions/login`, {
      method: 'POST',
      form: { username: HOSTILE, password: 'demo' },
    });
    expect(login.status).toBe(200);
    const { text } = await page('/lessons/sessions', client);
    expect(text).toContain('logged in as &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain(HOSTILE);
    const state = await client.request(`${demo.url}/lessons/sessions/state`);
    expect(state.headers.get('content-type')).toMatch(/^application\/json/);
    expect(state.json[0].lines[0].value).toBe(`logged in as ${HOSTILE}`);
    await client.request(`${demo.url}/sessions/logout`, { method: 'POST' });
  });

  it('escapes a hostile Host header and bounds an oversized username', async () => {
    const res = await fetch(`${demo.url}/lessons/cross-site`, { headers: { host: `"><script>x</script>` } });
    const text = await res.text();
    expect(text).not.toContain('<script>x');
    const client = new CookieClient();
    const login = await client.request(`${demo.url}/sessions/login`, {
      method: 'POST',
      form: { username: 'a'.repeat(5000), password: 'demo' },
    });
    expect(login.status).toBe(413); // over the 4 KB body limit
    const long = await client.request(`${demo.url}/jwt/login-insecure`, {
      method: 'POST',
      form: { username: 'b'.repeat(1000), password: 'demo' },
    });
    expect(long.status).toBe(200);
    const me = await client.request(`${demo.url}/jwt/profile`);
    expect(me.json.userId).toBe('b'.repeat(64));
  });
});
