/**
 * The "site you are already logged into" of issue #13, shared by the Chromium and Firefox e2e: the page
 * (http://127.0.0.1) sets an HttpOnly session cookie, a persistent preference and a session cookie
 * without HttpOnly, a script writes one more, and a third-party image from https://localhost (another
 * site) sets a `SameSite=None; Secure` cookie that the replay stores and a browser blocking third-party
 * cookies refuses.
 */
import type { Route } from './harness/test-server.ts';

/** Names the page's own cookies have: HttpOnly session, persistent preference, session without HttpOnly, script. */
export const SITE_COOKIES = ['sid', 'theme', 'session_token', 'ui_density'] as const;

/** Routes of the page's site; `thirdParty` is the https third party's origin (https://localhost:<port>). */
export function siteRoutes(thirdParty: string): Record<string, Route> {
  return {
    '/': () => ({
      setCookie: [
        'sid=s%3Asession-1.sig; Path=/; HttpOnly; SameSite=Lax',
        // 29.5 days: the badge reads whole days.
        'theme=dark; Max-Age=2548800; Path=/',
        'session_token=tok-123; Path=/',
      ],
      body: `<!doctype html><html><head><title>logged in</title><link rel="icon" href="data:,"></head><body>
<p>logged in</p>
<script>document.cookie = 'ui_density=compact; path=/';</script>
<img alt="" src="${thirdParty}/tp.gif">
</body></html>`,
    }),
    '/api': { contentType: 'text/plain', body: 'ok' },
  };
}

/** The third party's routes (served over https). */
export const THIRD_PARTY_ROUTES: Record<string, Route> = {
  '/tp.gif': { contentType: 'image/gif', setCookie: ['tp=1; SameSite=None; Secure; Path=/'], body: '' },
};
