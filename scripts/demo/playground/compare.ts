/**
 * RFC 6265bis (the library's verdict) next to what this browser did (read back), channel by channel,
 * with a plain sentence for every difference. Pure: the server hands in what it and the page observed.
 */
import { type Channels, holdsPair, type RfcVerdict } from './rfc-verdict';

export interface Observed {
  /** The server sent the line (false when the gate refused it). */
  sent: boolean;
  /** Why it was not sent. */
  notSent: string | null;
  /** document.cookie on the lesson page after the answer. */
  documentCookie: string;
  /** The Cookie header of the next request to the same site (the server read it). */
  cookieHeader: string | null;
  /** The Cookie header of a request under /admin on the same site. */
  adminHeader: string | null;
  crossSite: boolean;
}

export interface Comparison {
  browser: Channels & { stored: boolean };
  /** 'agree', or 'differ' when some channel differs. */
  verdict: 'agree' | 'differ';
  /** Plain sentences, one per difference, each with the likely reason. */
  differences: string[];
  /** Notes that explain an agreement that might surprise (not sent at all, read back nowhere). */
  notes: string[];
}

const CHANNEL_TEXT: Record<keyof Channels, string> = {
  documentCookie: 'document.cookie on this page',
  cookieHeader: 'the Cookie header of the next request',
  adminHeader: 'the Cookie header of a request to /admin',
};

export function compareWithBrowser(rfc: RfcVerdict, seen: Observed): Comparison {
  const browser = {
    documentCookie: holdsPair(seen.documentCookie, rfc.pair),
    cookieHeader: holdsPair(seen.cookieHeader, rfc.pair),
    adminHeader: holdsPair(seen.adminHeader, rfc.pair),
  };
  const stored = browser.documentCookie || browser.cookieHeader || browser.adminHeader;
  const differences: string[] = [];
  const notes: string[] = [];
  if (!seen.sent) notes.push(`The server did not send this line (${seen.notSent ?? 'refused'}).`);
  if (rfc.stored && !stored && seen.crossSite) {
    differences.push(
      'The RFC allows this third-party cookie, but this browser kept none of it: it blocks third-party cookies (a user setting; RFC 6265bis §7.1 leaves that choice to the user agent).',
    );
  } else {
    for (const key of Object.keys(CHANNEL_TEXT) as (keyof Channels)[]) {
      if (rfc[key] === browser[key]) continue;
      differences.push(
        `The RFC says ${CHANNEL_TEXT[key]} ${rfc[key] ? 'holds' : 'does not hold'} it; in this browser it ${browser[key] ? 'does' : 'does not'}.`,
      );
    }
  }
  if (rfc.stored && !rfc.documentCookie && !rfc.cookieHeader && !rfc.adminHeader) {
    notes.push(
      `Stored, but this page cannot see it: it goes only to ${rfc.cookie?.domain ?? '?'}${rfc.cookie?.path ?? ''}.`,
    );
  }
  return {
    browser: { ...browser, stored },
    verdict: differences.length === 0 ? 'agree' : 'differ',
    differences,
    notes,
  };
}
