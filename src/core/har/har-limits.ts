/**
 * The bounds the HAR reader applies to hostile files, counted as it reads so that every one that drops
 * data is said (issue #19: 500,000 `{}` entries before a real one once gave "0 exchanges, no findings"
 * and exit 0). One tally per file; `limits()` turns it into sentences (core `DataLimit`).
 */

import { MAX_HEADER_CHARS, MAX_HEADERS } from '../http/header-fields';
import type { DataLimit } from '../model';
import { MAX_URL_CHARS } from './entry-to-exchange';
import { MAX_COOKIES } from './har-cookie-rebuild';
import { headerCuts } from './har-headers';
import type { HarEntry } from './har-types';

const fmt = (n: number) => n.toLocaleString('en-US');

export class HarLimitTally {
  entriesDropped = 0;
  maxEntries = 0;
  longUrls = 0;
  headerLines = 0;
  headerValues = 0;
  harCookies = 0;

  /** One entry's cuts: called for every entry that is read (cheap: lengths only). */
  entry(e: HarEntry): void {
    const url = e.request?.url;
    if (typeof url === 'string' && url.length > MAX_URL_CHARS) this.longUrls++;
    for (const headers of [e.request?.headers, e.response?.headers]) {
      if (!Array.isArray(headers)) continue;
      const cut = headerCuts(headers);
      this.headerLines += cut.lines;
      this.headerValues += cut.values;
    }
    for (const cookies of [e.request?.cookies, e.response?.cookies]) {
      if (Array.isArray(cookies) && cookies.length > MAX_COOKIES)
        this.harCookies += cookies.length - MAX_COOKIES;
    }
  }

  limits(): DataLimit[] {
    const out: DataLimit[] = [];
    if (this.entriesDropped > 0)
      out.push({
        kind: 'har-entries',
        limit: this.maxEntries,
        dropped: this.entriesDropped,
        message: `only the first ${fmt(this.maxEntries)} entries were read; ${fmt(this.entriesDropped)} more were not`,
      });
    if (this.longUrls > 0)
      out.push({
        kind: 'url-size',
        limit: MAX_URL_CHARS,
        dropped: this.longUrls,
        message: `${fmt(this.longUrls)} ${this.longUrls === 1 ? 'entry was' : 'entries were'} skipped: URL longer than ${fmt(MAX_URL_CHARS)} characters`,
      });
    if (this.headerValues > 0)
      out.push({
        kind: 'header-size',
        limit: MAX_HEADER_CHARS,
        dropped: this.headerValues,
        message: `${fmt(this.headerValues)} Cookie/Set-Cookie/Authorization ${this.headerValues === 1 ? 'value was' : 'values were'} cut at ${fmt(MAX_HEADER_CHARS)} characters`,
      });
    if (this.headerLines > 0)
      out.push({
        kind: 'header-count',
        limit: MAX_HEADERS,
        dropped: this.headerLines,
        message: `${fmt(this.headerLines)} header ${this.headerLines === 1 ? 'line was' : 'lines were'} not read: more than ${fmt(MAX_HEADERS)} in one request or response`,
      });
    if (this.harCookies > 0)
      out.push({
        kind: 'har-cookies',
        limit: MAX_COOKIES,
        dropped: this.harCookies,
        message: `${fmt(this.harCookies)} HAR cookie ${this.harCookies === 1 ? 'object was' : 'objects were'} not read: more than ${fmt(MAX_COOKIES)} in one request or response`,
      });
    return out;
  }
}
