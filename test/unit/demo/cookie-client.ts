// A tiny cookie-carrying HTTP client for the demo tests: one jar per host (localhost and 127.0.0.1 are
// different hosts), name → value, with deletion by Max-Age <= 0 or a past Expires. No path, SameSite or
// Secure logic: the tests assert the Set-Cookie headers themselves.

export interface ClientResponse {
  status: number;
  headers: Headers;
  setCookies: string[];
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers
  json: any;
}

export interface RequestOptions {
  method?: string;
  form?: Record<string, string>;
  json?: unknown;
  /** A raw body; set its content-type in `headers`. */
  text?: string;
  origin?: string;
  headers?: Record<string, string>;
}

export function attribute(setCookie: string, name: string): string | null {
  for (const part of setCookie.split(';').slice(1)) {
    const [key = '', ...rest] = part.split('=');
    if (key.trim().toLowerCase() === name.toLowerCase()) return rest.join('=').trim();
  }
  return null;
}

export function hasFlag(setCookie: string, name: string): boolean {
  return setCookie
    .split(';')
    .slice(1)
    .some((part) => part.trim().toLowerCase() === name.toLowerCase());
}

export function cookieName(setCookie: string): string {
  return setCookie.slice(0, setCookie.indexOf('=')).trim();
}

export function cookieValue(setCookie: string): string {
  const pair = setCookie.split(';')[0] ?? '';
  return pair.slice(pair.indexOf('=') + 1);
}

export class CookieClient {
  readonly jars = new Map<string, Map<string, string>>();

  jar(url: string): Map<string, string> {
    const host = new URL(url).host;
    let jar = this.jars.get(host);
    if (!jar) {
      jar = new Map();
      this.jars.set(host, jar);
    }
    return jar;
  }

  async request(url: string, opts: RequestOptions = {}): Promise<ClientResponse> {
    const jar = this.jar(url);
    const headers: Record<string, string> = { ...opts.headers };
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (opts.origin) headers.origin = opts.origin;
    let body: string | undefined;
    if (opts.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(opts.form).toString();
    } else if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.text !== undefined) {
      body = opts.text;
    }
    const res = await fetch(url, { method: opts.method ?? 'GET', headers, body, redirect: 'manual' });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const maxAge = attribute(line, 'Max-Age');
      const expires = attribute(line, 'Expires');
      const deleted =
        (maxAge !== null && Number(maxAge) <= 0) ||
        (maxAge === null && expires !== null && Date.parse(expires) < Date.now());
      if (deleted) jar.delete(cookieName(line));
      else jar.set(cookieName(line), cookieValue(line));
    }
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, headers: res.headers, setCookies, text, json };
  }
}
