import { unsign } from 'cookie-signature';
import type { Request } from 'express';
import type { MemoryStore, SessionData } from 'express-session';
import type { StateSection } from './lesson-types';

// What the lesson-3 page shows beside the cookie: the caller's own entry in the server-side store, read
// from the MemoryStore itself, so students see that only the signed id travels and the data stays here.
// Only their own (issue #19 break 9): listing every session let anyone sign a listed id with the public
// "keyboard cat" and log in as its user. The page models good practice: the store's size, your entry.

declare module 'express-session' {
  interface SessionData {
    username: string;
  }
}

const MAX_COOKIE_CHARS = 512;

export function allSessions(store: MemoryStore): Promise<Record<string, Partial<SessionData>>> {
  return new Promise((resolve) => {
    store.all((err, sessions) => {
      if (err || !sessions || Array.isArray(sessions)) return resolve({});
      resolve(sessions as Record<string, Partial<SessionData>>);
    });
  });
}

/** The id part of an express-session cookie value `s:<id>.<signature>` (shown, never trusted), or null. */
export function sessionIdOf(cookie: string | null): string | null {
  if (!cookie?.startsWith('s:')) return null;
  const dot = cookie.lastIndexOf('.');
  return dot > 2 ? cookie.slice(2, dot) : null;
}

/** The cookie `name` as the browser sent it with `req`, bounded, or null. */
export function sentCookie(req: Request, name: string): string | null {
  const cookies: Record<string, unknown> = req.cookies ?? {};
  const value = cookies[name];
  return typeof value === 'string' ? value.slice(0, MAX_COOKIE_CHARS) : null;
}

/**
 * The session id of a cookie whose signature verifies with `secret` (as express-session itself checks
 * it, cookie-signature), or null: an unsigned or forged id names nobody's session here.
 */
export function verifiedSessionId(cookie: string | null, secret: string): string | null {
  if (!cookie?.startsWith('s:')) return null;
  const id = unsign(cookie.slice(2), secret);
  return typeof id === 'string' ? id : null;
}

/** The cookie the browser sent beside its own store entry and the store's size, as one state section. */
export async function storeSection(
  title: string,
  req: Request,
  store: MemoryStore,
  cookieName: string,
  secret: string,
): Promise<StateSection> {
  const cookie = sentCookie(req, cookieName);
  const id = sessionIdOf(cookie);
  const verified = verifiedSessionId(cookie, secret);
  const sessions = await allSessions(store);
  const ids = Object.keys(sessions);
  const shown: Record<string, Partial<SessionData>> = {};
  const own = verified === null ? undefined : sessions[verified];
  if (verified !== null && own) shown[verified] = own;
  const username = own?.username;
  return {
    title,
    lines: [
      { label: 'You are', value: username ? `logged in as ${username}` : 'not logged in' },
      { label: `Cookie your browser sent (${cookieName})`, value: cookie ?? '(none)' },
      {
        label: 'Session id inside it',
        value: id === null ? '(none)' : verified === null ? `${id} (signature does not verify)` : id,
      },
      {
        label: `Server-side store: MemoryStore, ${ids.length} ${ids.length === 1 ? 'entry' : 'entries'} (yours below; others are never shown)`,
        value: JSON.stringify(shown, null, 2),
      },
    ],
  };
}
