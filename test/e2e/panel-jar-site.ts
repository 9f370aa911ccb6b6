/**
 * The "site you are already logged into" of issue #13, shared by the Chromium and Firefox e2e: the page
 * sets an HttpOnly session cookie, a persistent preference and a session cookie without HttpOnly, a
 * script writes one more, and a third-party image from `localhost` (another site than 127.0.0.1) sets
 * a `SameSite=None; Secure` cookie (loopback is a secure context: RFC 6265bis §5.7 accepts it).
 */
import type { IncomingMessage } from 'node:http';
import type { Route } from './harness/test-server.ts';

/** Names the page's own cookies have: HttpOnly session, persistent preference, session without HttpOnly, script. */
export const SITE_COOKIES = ['sid', 'theme', 'session_token', 'ui_density'] as const;

function portOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').split(':')[1] ?? '80';
}

export const SITE_ROUTES: Record<string, Route> = {
  '/': (req) => ({
    setCookie: [
      'sid=s%3Asession-1.sig; Path=/; HttpOnly; SameSite=Lax',
      // 29.5 days: the badge reads whole days.
      'theme=dark; Max-Age=2548800; Path=/',
      'session_token=tok-123; Path=/',
    ],
    body: `<!doctype html><html><head><title>logged in</title><link rel="icon" href="data:,"></head><body>
<p>logged in</p>
<script>document.cookie = 'ui_density=compact; path=/';</script>
<img alt="" src="http://localhost:${portOf(req)}/tp.gif">
</body></html>`,
  }),
  '/tp.gif': { contentType: 'image/gif', setCookie: ['tp=1; SameSite=None; Secure; Path=/'], body: '' },
  '/api': { contentType: 'text/plain', body: 'ok' },
};
