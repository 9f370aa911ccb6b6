/**
 * Cookies only ever seen in Cookie headers: set before DevTools opened, or by a script. Apart from the
 * jar join (jar-join.ts re-exports it) so the panel can count them for its notice while the join's own
 * code loads later, once a jar was read (issue #16).
 */
import type { TrackedCookie } from './flow-types';

export function beforeCaptureCount(cookies: readonly TrackedCookie[]): number {
  let n = 0;
  for (const c of cookies) if (c.attributesFrom === null && c.state === 'unexplained') n++;
  return n;
}
