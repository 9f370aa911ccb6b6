/**
 * Which merged findings still stand when a snapshot is taken: an auth finding stands only while its
 * cookie is still judged a login cookie (docs/architecture.md §4), because evidence seen later — the
 * page echoing the value as its CSRF token — can take the role back. Copies, so the store can keep
 * merging into its own objects while the UI holds a snapshot.
 */
import type { Finding } from '../model';
import { AUTH_ROLE_RULES } from '../rules';
import type { FindingStore } from './finding-store';
import type { TrackedCookie } from './flow-types';

const refKey = (name: string, domain: string, path: string) => `${name}\t${domain}\t${path}`;

export interface LocatedFinding {
  finding: Finding;
  site: string;
}

export function standingFindings(store: FindingStore, cookies: readonly TrackedCookie[]): LocatedFinding[] {
  const notAuth = new Set<string>();
  for (const c of cookies) if (c.role.role !== 'auth') notAuth.add(refKey(c.name, c.domain, c.path));
  const stands = (f: Finding) =>
    !(
      AUTH_ROLE_RULES.has(f.rule) &&
      f.cookie &&
      notAuth.has(refKey(f.cookie.name, f.cookie.domain, f.cookie.path))
    );
  return store
    .list()
    .filter(stands)
    .map((f) => ({ finding: { ...f, exchanges: [...f.exchanges] }, site: store.siteOf(f) || 'unknown' }));
}
