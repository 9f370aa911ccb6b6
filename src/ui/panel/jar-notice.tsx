/**
 * The inline notice that asks where the user is (issue #13): "12 cookies were set before DevTools
 * opened: allow reading this site's cookies", one button for that site only; without access it says
 * what the panel cannot see. With access, the status line of what the jar read covered is jar-status.tsx.
 */
import { truncate } from '../kit/display-text';
import type { JarState } from './jar-store';

export interface JarNoticeProps {
  jar: JarState;
  /** Cookies only seen in Cookie headers (core beforeCaptureCount). */
  beforeCapture: number;
  onAllow(): void;
}

function siteOf(pageUrl: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(pageUrl);
  return m ? (m[1] as string) : pageUrl;
}

const CANNOT_SEE =
  'Without it the panel sees only what DevTools records: no lifetime or flags of cookies set before ' +
  'it opened, no cookies written by scripts, none the browser refused.';

export function JarNotice({ jar, beforeCapture, onAllow }: JarNoticeProps) {
  if (jar.pageUrl === null || jar.access !== 'none') return null;
  const site = truncate(siteOf(jar.pageUrl), 120);
  const lead =
    beforeCapture > 0
      ? `${beforeCapture} cookie${beforeCapture === 1 ? ' was' : 's were'} set before DevTools opened: allow reading this site’s cookies.`
      : 'Allow reading this site’s cookies to see their lifetime and flags as the browser holds them.';
  return (
    <section class="notice jar-notice" aria-label="Site access" data-testid="jar-notice">
      <div class="notice-text">
        <strong>{lead}</strong> <span class="muted">{CANNOT_SEE}</span>
        {jar.request === 'page-opened' && (
          <div data-testid="grant-page-opened">
            A tab opened to ask: allow {site} there, then come back — the panel updates by itself.
          </div>
        )}
        {jar.request === 'denied' && (
          <div>Not allowed: the panel keeps working with what DevTools records.</div>
        )}
      </div>
      <button
        type="button"
        class="primary"
        data-testid="allow-jar"
        onClick={onAllow}
        disabled={jar.request === 'pending'}
      >
        Allow on {site}
      </button>
    </section>
  );
}
