/** The toolbar's filters over the Cookies view (text, role, lifetime, has findings). */
import type { TrackedCookie } from '../../core/analysis/flow-types';
import type { Role } from '../../core/roles/classify-role';
import { type FindingTally, findingKeyOf, type LifetimeKind, lifetimeBadge } from './cookie-row-model';

export interface CookieFilter {
  /** Matched case-insensitively against name, value and domain. */
  text: string;
  role: Role | 'all';
  lifetime: LifetimeKind | 'all';
  hasFindings: boolean;
}

export const NO_FILTER: CookieFilter = { text: '', role: 'all', lifetime: 'all', hasFindings: false };

export function isFiltering(f: CookieFilter): boolean {
  return f.text.trim() !== '' || f.role !== 'all' || f.lifetime !== 'all' || f.hasFindings;
}

export function filterCookies(
  cookies: readonly TrackedCookie[],
  f: CookieFilter,
  tallies: ReadonlyMap<string, FindingTally>,
  now: number,
): TrackedCookie[] {
  const text = f.text.trim().toLowerCase();
  return cookies.filter((c) => {
    if (f.role !== 'all' && c.role.role !== f.role) return false;
    if (f.hasFindings && !tallies.has(findingKeyOf(c))) return false;
    if (f.lifetime !== 'all' && lifetimeBadge(c, now).kind !== f.lifetime) return false;
    if (text === '') return true;
    return (
      c.name.toLowerCase().includes(text) ||
      c.domain.toLowerCase().includes(text) ||
      // Values are bounded by the parser (4096 bytes), so this stays cheap.
      c.value.toLowerCase().includes(text)
    );
  });
}
