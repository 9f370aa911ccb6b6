/**
 * What the toolbar badge shows for a tab — one documented convention, pure so it is unit-tested:
 *
 * | state                     | text          | background | title                                   |
 * |---------------------------|---------------|------------|-----------------------------------------|
 * | unknown (no site access,  | "" (none)     | grey       | "no capture for this tab: grant site    |
 * |   nothing captured, or    |               |            |  access from the popup"                 |
 * |   findings not judged)    |               |            |                                         |
 * | count, high = 0           | "" (none)     | green      | "no high-severity cookie findings"      |
 * | count, high > 0           | "1"…"99","99+"| red        | "N high-severity cookie finding(s)"     |
 *
 * No text when there is nothing to act on: a badge is a call to action, and a "0" on every tab is noise.
 * The title (tooltip) tells "unknown" and "0" apart.
 */
import type { BadgeLook } from '../platform/badge';

export type BadgeState = { kind: 'unknown' } | { kind: 'count'; high: number };

export const BADGE_RED = '#c5221f';
export const BADGE_GREEN = '#188038';
export const BADGE_GREY = '#5f6368';

export function badgeAppearance(state: BadgeState): BadgeLook {
  if (state.kind === 'unknown') {
    return {
      text: '',
      background: BADGE_GREY,
      textColor: '#ffffff',
      title: 'Cookie Lens — no capture for this tab yet (grant site access from the popup)',
    };
  }
  const high = Number.isFinite(state.high) && state.high > 0 ? Math.floor(state.high) : 0;
  if (high === 0) {
    return {
      text: '',
      background: BADGE_GREEN,
      textColor: '#ffffff',
      title: 'Cookie Lens — no high-severity cookie findings on this tab',
    };
  }
  return {
    // The badge fits about 4 characters.
    text: high > 99 ? '99+' : String(high),
    background: BADGE_RED,
    textColor: '#ffffff',
    title: `Cookie Lens — ${high} high-severity cookie finding${high === 1 ? '' : 's'} on this tab`,
  };
}
