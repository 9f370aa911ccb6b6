/**
 * An exchange's `Set-Cookie` lines through the jar, in header order (RFC 6265bis §5.7): what the rules
 * judge (`SetLine`) and the verdict of the first MAX_SET_LINES lines (exchange-verdicts.ts). Every line
 * is applied, as the browser applies every header; only the verdicts kept per exchange are bounded.
 */
import type { CookieJar } from '../cookie/cookie-jar';
import type { SameSiteContext } from '../cookie/types';
import type { Exchange } from '../model';
import type { SetLine } from '../rules/rule-context';
import { applySetCookie } from './apply-set-cookie';
import { type ExchangePlace, pathOf, unknownFlagsOf } from './exchange-context';
import { MAX_SET_LINES, type SetRecord } from './exchange-verdicts';
import type { TrackedCookie } from './flow-types';

export interface ReplayedSets {
  sets: SetLine[];
  records: SetRecord[];
}

/**
 * `sameSite`: the response's context for §5.7's same-site-flag step (a navigation sets any cookie).
 * `onLine` sees each line right after the jar took it, before the next line changes the cookies.
 */
export function replaySetLines(
  jar: CookieJar,
  cookies: Map<string, TrackedCookie>,
  ex: Exchange,
  place: ExchangePlace,
  sameSite: SameSiteContext,
  onLine: (line: SetLine) => void,
): ReplayedSets {
  const sets: SetLine[] = [];
  const records: SetRecord[] = [];
  const unknownFlags = unknownFlagsOf(ex);
  const path = pathOf(ex.url);
  const reconstructed = (ex as { reconstructed?: boolean }).reconstructed === true;
  const thirdParty = place.pageSite !== null && place.pageSite !== place.site;
  for (const header of ex.setCookieHeaders) {
    const { line, tracked, outcome } = applySetCookie(jar, cookies, {
      header,
      url: ex.url,
      host: place.host,
      path,
      exchangeId: ex.id,
      now: place.now,
      https: place.https,
      thirdParty,
      sameSiteContext: sameSite,
      // CHIPS: a Partitioned cookie is keyed by the page's site; no page known = first party.
      topLevelSite: place.topLevelSite,
      reconstructed,
      ...(unknownFlags ? { unknownFlags } : {}),
    });
    sets.push(line);
    onLine(line);
    if (records.length < MAX_SET_LINES) {
      records.push({ cookie: tracked, name: tracked.name, outcome, reason: line.result.reason ?? null });
    }
  }
  return { sets, records };
}
