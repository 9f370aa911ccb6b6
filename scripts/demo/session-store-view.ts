import type { Request } from 'express';
import type { MemoryStore, SessionData } from 'express-session';
import type { StateSection } from './lesson-types';

// What the lesson-3 page shows beside the cookie: the server-side store entries, read from the
// MemoryStore itself, so students see that only the signed id travels and the data stays here.

declare module 'express-session' {
  interface SessionData {
    username: string;
  }
}

const MAX_ENTRIES = 20;
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

/** The cookie the browser sent beside the store's entries, as one state section. */
export async function storeSection(
  title: string,
  req: Request,
  store: MemoryStore,
  cookieName: string,
): Promise<StateSection> {
  const cookie = sentCookie(req, cookieName);
  const id = sessionIdOf(cookie);
  const sessions = await allSessions(store);
  const ids = Object.keys(sessions);
  const shown: Record<string, Partial<SessionData>> = {};
  for (const key of ids.slice(-MAX_ENTRIES)) {
    const entry = sessions[key];
    if (entry) shown[key] = entry;
  }
  const username = id ? sessions[id]?.username : undefined;
  return {
    title,
    lines: [
      { label: 'You are', value: username ? `logged in as ${username}` : 'not logged in' },
      { label: `Cookie your browser sent (${cookieName})`, value: cookie ?? '(none)' },
      { label: 'Session id inside it', value: id ?? '(none)' },
      {
        label: `Server-side store: MemoryStore, ${ids.length} ${ids.length === 1 ? 'entry' : 'entries'}`,
        value: JSON.stringify(shown, null, 2),
      },
    ],
  };
}
