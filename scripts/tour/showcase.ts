/**
 * Which moment of each lesson the tour photographs: after which button, with which cookie open in the
 * detail pane (or which tab shown). Chosen so the picture shows what the lesson teaches; a lesson not
 * listed here is photographed after its last button with its first JWT or auth cookie selected.
 */
export interface Showcase {
  afterAction: string;
  /** A cookie to open in the detail pane (Cookies tab). */
  select?: string;
  /** Scroll the detail pane so this `data-testid` (e.g. the JWT claims) is in the picture. */
  scrollTo?: string;
  /** Show this tab instead of the Cookies tab. */
  tab?: 'findings' | 'requests' | 'flow';
}

export const SHOWCASES: Readonly<Record<string, Showcase>> = {
  'set-read': { afterAction: 'read', select: 'mycookie' },
  'session-persistent': { afterAction: 'read', select: 'theme' },
  sessions: { afterAction: 'login-again', select: 'connect.sid' },
  jwt: { afterAction: 'profile-insecure', select: 'token', scrollTo: 'jwt-claims' },
  'production-flags': { afterAction: 'read', select: '__Host-session' },
  'cross-site': { afterAction: 'echo-same-site', select: 'xs_none' },
  playground: { afterAction: 'line-duplicate', select: 'pg_dup' },
  csrf: { afterAction: 'attack-lax', tab: 'flow' },
};

/** How the tour drives a lesson beyond clicking: Preserve log, and reading the Flow tab after each click. */
export interface LessonDriving {
  preserveLog: boolean;
  readFlow: boolean;
}

const DRIVING: Readonly<Record<string, LessonDriving>> = {
  // Lesson 8's attack leaves the page and comes back: without Preserve log the panel starts again empty.
  csrf: { preserveLog: true, readFlow: true },
};

export function drivingFor(lessonId: string): LessonDriving {
  return DRIVING[lessonId] ?? { preserveLog: false, readFlow: false };
}

export function showcaseFor(lessonId: string, actionIds: readonly string[]): Showcase {
  return SHOWCASES[lessonId] ?? { afterAction: actionIds.at(-1) ?? '' };
}
