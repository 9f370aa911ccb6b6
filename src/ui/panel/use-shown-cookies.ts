/**
 * The panel's filter store: the Cookies tab's filter and the cookies it lets through, with each
 * cookie's finding tally (the filter can ask for cookies with findings of a severity).
 */
import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../core/analysis/analyzer';
import type { TrackedCookie } from '../../core/analysis/flow-types';
import { type CookieFilter, filterCookies, NO_FILTER } from './cookie-filter';
import { type FindingTally, findingsByCookie } from './cookie-row-model';

export interface ShownCookies {
  filter: CookieFilter;
  setFilter(f: CookieFilter): void;
  tallies: ReadonlyMap<string, FindingTally>;
  /** The analysis' cookies that pass the filter. */
  cookies: TrackedCookie[];
}

export function useShownCookies(analysis: Analysis): ShownCookies {
  const [filter, setFilter] = useState<CookieFilter>(NO_FILTER);
  const tallies = useMemo(() => findingsByCookie(analysis.findings), [analysis]);
  const cookies = useMemo(
    () => filterCookies(analysis.cookies, filter, tallies, analysis.now),
    [analysis, filter, tallies],
  );
  return { filter, setFilter, tallies, cookies };
}
