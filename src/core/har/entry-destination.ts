/**
 * What one HAR entry says about its own destination, whichever tool wrote it: `Sec-Fetch-Dest` when
 * recorded (Fetch §3.2: `document` only for top-level navigations, `iframe`/`frame` for
 * sub-frames), else Chrome's `_resourceType: 'document'`, which also covers iframes — told apart by
 * `_initiator`. The panel reads each DevTools entry with it (entry-to-exchange.ts); a whole file's
 * navigations, redirect chains included, are har-navigation.ts's, which only the HAR reader needs.
 */
import { headerValue } from '../http/header-fields';
import type { HarEntry } from './har-types';

/** What one entry says about itself. */
export type EntryDestination = 'document' | 'subdocument' | 'other' | 'unknown';

function initiatorIsFrame(initiator: unknown): boolean {
  // chrome-har writes the initiating URL as a string ('' for the main document); Chrome an object whose
  // type is 'other' for a navigation and 'parser'/'script' for a frame the page created.
  if (typeof initiator === 'string') return initiator !== '';
  const type = (initiator as { type?: unknown } | null)?.type;
  return type === 'parser' || type === 'script';
}

/** An entry's own evidence: `Sec-Fetch-Dest` when recorded, else Chrome's resource type. */
export function entryDestination(e: HarEntry): EntryDestination {
  const dest = headerValue(e.request?.headers, 'sec-fetch-dest')?.trim().toLowerCase();
  if (dest !== undefined && dest !== '') {
    if (dest === 'document') return 'document';
    return dest === 'iframe' || dest === 'frame' ? 'subdocument' : 'other';
  }
  const type = e._resourceType;
  if (typeof type === 'string' && type !== '') {
    if (type !== 'document') return 'other';
    return initiatorIsFrame(e._initiator) ? 'subdocument' : 'document';
  }
  return 'unknown';
}
