/**
 * The headless teaching tour (`npm start -- --headless`) end to end: the demo site, headless Chromium
 * with dist/chrome, the real DevTools Cookies panel. Checks what the panel showed for each lesson, the
 * report and the screenshots. Build first: `npx tsx scripts/build.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headlessTour } from '../../scripts/tour/headless-tour.ts';
import { cell } from '../../scripts/tour/report-writer.ts';
import { parseStartArgs } from '../../scripts/tour/start-options.ts';
import type { LessonRun, PanelCookie, TourResult } from '../../scripts/tour/tour-types.ts';

let result: TourResult;
let outDir: string;

function lesson(id: string): LessonRun {
  const run = result.lessons.find((l) => l.id === id);
  if (!run) throw new Error(`lesson ${id} missing from the tour`);
  return run;
}

function cookieAfter(run: LessonRun, stepId: string, name: string): PanelCookie {
  const step = run.steps.find((s) => s.id === stepId);
  const cookie = step?.cookies.find((c) => c.name === name);
  if (!cookie)
    throw new Error(
      `${run.id}: no ${name} row after ${stepId}: ${JSON.stringify(step?.cookies.map((c) => c.name))}`,
    );
  return cookie;
}

const rulesOf = (c: PanelCookie) => c.detail?.findings.map((f) => f.rule) ?? [];

describe('headless tour in Chromium', () => {
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'cookie-lens-tour-test-'));
    const started = performance.now();
    result = await headlessTour({ outDir, print: () => {} });
    console.info(`[e2e] tour: ${Math.round(performance.now() - started)} ms`);
  }, 240_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('visits every lesson and clicks every button, well under 3 minutes', () => {
    expect(result.lessons.map((l) => l.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const run of result.lessons) {
      expect(run.steps.length, run.id).toBeGreaterThan(2);
      // Every click finished in the page: a status was reported (0 only for the CORS refusal).
      expect(run.steps.filter((s) => s.status === 0).map((s) => `${run.id}/${s.id}`)).toEqual(
        run.id === 'production-flags' ? ['production-flags/cors-wildcard'] : [],
      );
    }
    expect(result.ms).toBeLessThan(180_000);
  });

  test('lesson 2: one session and one persistent cookie', () => {
    const step = lesson('session-persistent').steps.find((s) => s.id === 'read');
    const kinds = (step?.cookies ?? []).map((c) => `${c.name}:${c.lifetime.split(' ')[0]}`).sort();
    expect(kinds).toEqual(['cart:session', 'theme:persistent']);
  });

  test('lesson 3: connect.sid is an auth cookie signed with "keyboard cat", not Secure; logout deletes it', () => {
    const run = lesson('sessions');
    const sid = cookieAfter(run, 'login', 'connect.sid');
    expect(sid.role).toBe('auth');
    expect(rulesOf(sid)).toEqual(expect.arrayContaining(['auth-weak-secret', 'auth-no-secure']));
    const weak = sid.detail?.findings.find((f) => f.rule === 'auth-weak-secret');
    expect(weak?.message).toContain('keyboard cat');
    expect(cookieAfter(run, 'logout', 'connect.sid').lifetime).toBe('deleted');
    // The Findings tab names the secret too.
    expect(run.findings.find((f) => f.rule === 'auth-weak-secret')?.message).toContain('keyboard cat');
    expect(rulesOf(cookieAfter(run, 'fixed-login', 'sid'))).not.toContain('auth-weak-secret');
  });

  test('lesson 4: the script-readable token has auth-no-httponly and its JWT claims decoded', () => {
    const token = cookieAfter(lesson('jwt'), 'login-insecure', 'token');
    expect(token.jwt).toBe(true);
    expect(token.role).toBe('auth');
    expect(rulesOf(token)).toContain('auth-no-httponly');
    expect(token.detail?.jwtClaims?.sub).toBe('student');
    expect(token.detail?.jwtClaims?.exp).toMatch(/^\d+ — .*expires in 1[45] min/);
    expect(rulesOf(cookieAfter(lesson('jwt'), 'login', 'access_token'))).not.toContain('auth-no-httponly');
  });

  test('lesson 5: the __Host- session cookie is accepted, with its flags and no findings', () => {
    const host = cookieAfter(lesson('production-flags'), 'set', '__Host-session');
    expect(host.lifetime).toBe('session');
    expect(host.flags).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict', '__Host-']));
    expect(host.findingCount).toBe(0);
    expect(rulesOf(cookieAfter(lesson('production-flags'), 'mistakes', 'widget_pref'))).toContain(
      'rejected-samesite-none-insecure',
    );
  });

  test('lesson 6: the tour profile allows third-party cookies, so xs_none comes back and xs_lax does not', () => {
    const run = lesson('cross-site');
    const echo = run.steps.find((s) => s.id === 'echo')?.result ?? '';
    expect(echo).toContain('"xs_none": "sent-cross-site"');
    expect(echo).not.toContain('xs_lax');
    expect(rulesOf(cookieAfter(run, 'fetch-set', 'xs_none'))).toContain('third-party');
  });

  test('lesson 7: every prepared Set-Cookie line — RFC 6265bis (the library) and Chromium agree', () => {
    const run = lesson('playground');
    expect(run.steps.length).toBeGreaterThanOrEqual(12);
    for (const step of run.steps) expect(step.verdict, `${step.id}: ${step.result}`).toBe('agree');
    const kept = (id: string) => run.steps.find((s) => s.id === id)?.result.includes('this browser: kept');
    expect(kept('line-maxage-wins')).toBe(true);
    expect(kept('line-none-insecure')).toBe(false);
    expect(kept('line-big-value')).toBe(false);
    expect(run.steps.find((s) => s.id === 'line-control')?.result).toContain('NOT sent');
    expect(cookieAfter(run, 'line-host-prefix-path', '__Host-pg').lifetime).toBe('rejected');
  });

  test('lesson 8: the forged POST carries bank_session with SameSite=None, not with Lax; the token refuses it', () => {
    const run = lesson('csrf');
    const statusOf = (id: string) => run.steps.find((s) => s.id === id)?.status;
    expect([statusOf('attack-none'), statusOf('attack-lax'), statusOf('attack-token')]).toEqual([
      200, 401, 403,
    ]);
    const forged = (id: string) =>
      (run.steps.find((s) => s.id === id)?.flow ?? []).filter(
        (m) => m.method === 'POST' && m.path === '/bank/transfer' && m.sent.includes('bank_session'),
      ).length;
    expect([forged('attack-none'), forged('attack-lax'), forged('attack-token')]).toEqual([1, 1, 2]);
    expect(rulesOf(cookieAfter(run, 'login-none', 'bank_session'))).toContain('auth-samesite-none');
  });

  test('writes the handout: a PDF printed by Chromium, one page per lesson', () => {
    const pdf = readFileSync(join(outDir, 'handout.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Producer (Skia/PDF');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(result.lessons.length);
  });

  test('the panel agrees with every lesson text (and so with what the browser did)', () => {
    expect(result.lessons.flatMap((l) => l.mismatches)).toEqual([]);
  });

  test('writes report.md and a page + panel screenshot per lesson', () => {
    const report = readFileSync(join(outDir, 'report.md'), 'utf8');
    for (const run of result.lessons) {
      expect(report).toContain(`## Lesson ${run.n} — ${run.title}`);
      for (const file of [run.screenshots.combined, run.screenshots.page, run.screenshots.panel]) {
        expect(file, run.id).not.toBe('');
        const png = readFileSync(join(outDir, file));
        expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
        expect(png.length, file).toBeGreaterThan(20_000);
      }
    }
    expect(report).toContain('cookie_controls_mode');
    expect(report).toContain('| token **JWT** |');
    expect(report).toMatch(/\| exp \| \d+ — /);
    expect(existsSync(join(outDir, 'tour.json'))).toBe(true);
  });
});

describe('npm start options and report escaping (no browser)', () => {
  const env = { DISPLAY: ':0' };
  test('headless when asked, or when Linux has no display; Firefox needs a display', () => {
    expect(parseStartArgs(['--headless'], env, 'linux')).toMatchObject({
      ok: true,
      options: { mode: 'tour' },
    });
    expect(parseStartArgs([], {}, 'linux')).toMatchObject({ ok: true, options: { mode: 'tour' } });
    expect(parseStartArgs([], { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toMatchObject({
      options: { mode: 'chromium' },
    });
    expect(parseStartArgs([], {}, 'darwin')).toMatchObject({ options: { mode: 'chromium' } });
    expect(parseStartArgs(['--firefox'], env, 'linux')).toMatchObject({ options: { mode: 'firefox' } });
    expect(parseStartArgs(['--firefox'], {}, 'linux')).toMatchObject({ ok: false });
    expect(parseStartArgs(['--bogus'], env, 'linux')).toMatchObject({ ok: false });
    expect(parseStartArgs([], { ...env, PORT: '8080' }, 'linux')).toMatchObject({ options: { port: 8080 } });
    expect(parseStartArgs([], { ...env, PORT: '99999' }, 'linux')).toMatchObject({ ok: false });
    expect(parseStartArgs(['--only', 'jwt,sessions'], env, 'linux')).toMatchObject({
      options: { only: ['jwt', 'sessions'] },
    });
  });
  test('hostile cookie text cannot break a report table', () => {
    expect(cell('a|b\n`c`')).toBe("a\\|b 'c'");
    expect(cell('x'.repeat(500), 10)).toHaveLength(10);
  });
});
