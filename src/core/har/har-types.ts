/**
 * The subset of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) that Cookie Lens reads.
 * Everything is optional because HAR files in the wild (Chrome, Firefox, proxies, `devtools.network`
 * entries) differ; the adapter validates before trusting any field.
 */
export interface HarHeader {
  name: string;
  value: string;
}

export interface HarCookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  expires?: string | null;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
}

export interface HarEntry {
  pageref?: string;
  startedDateTime?: string;
  time?: number;
  request?: {
    method?: string;
    url?: string;
    headers?: HarHeader[];
    cookies?: HarCookie[];
    httpVersion?: string;
  };
  response?: {
    status?: number;
    headers?: HarHeader[];
    cookies?: HarCookie[];
    redirectURL?: string;
  };
  cache?: object;
  /** Chrome: 'document', 'xhr', 'fetch', 'script', … */
  _resourceType?: string;
  /** Chrome: 'memory' | 'disk' when the response came from the cache. */
  _fromCache?: string;
  /** Chrome: who started the request. */
  _initiator?: { type?: string };
  /**
   * Cookie Lens' export (ui/panel/exchanges-to-har.ts): the capture never recorded the request's
   * Cookie header (provisional headers), so a re-import keeps it unknown.
   */
  _cookieHeaderUnknown?: boolean;
}

export interface HarPage {
  id?: string;
  title?: string;
  startedDateTime?: string;
}

export interface HarLog {
  version?: string;
  creator?: { name?: string; version?: string };
  /** The browser that recorded the traffic (Chrome, chrome-har and Firefox write it). */
  browser?: { name?: string; version?: string };
  pages?: HarPage[];
  entries?: HarEntry[];
}

export interface Har {
  log?: HarLog;
}
