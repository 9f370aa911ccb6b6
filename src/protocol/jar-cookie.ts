/**
 * The browser's cookies as the extension reads them (`cookies.getAll`, `cookies.onChanged`; read in
 * src/platform/jar-cookies.ts and jar-watch.ts): the browsers' loose cookie objects normalised to
 * `JarCookie` — the popup's jar rows — and to core's `JarCookieFact`, the plain facts the panel's
 * analysis joins (issue #13). Pure: the platform reads, everything else only sees these shapes.
 */
import type { JarCookieFact } from '../core/analysis/jar-types';

/** Values longer than this are cut for display (the full value stays in DevTools). */
export const MAX_JAR_VALUE = 512;

export interface JarCookie {
  name: string;
  value: string;
  /** Cut to MAX_JAR_VALUE characters. */
  valueTruncated: boolean;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  /** 'strict' | 'lax' | 'none' | 'unspecified' (Chrome's `no_restriction` is 'none'). */
  sameSite: string;
  session: boolean;
  /** Epoch ms, null for session cookies. */
  expiresAt: number | null;
  partitioned: boolean;
}

/** 'not-read': no top-level site to ask for (the background did not answer, or not an http(s) page). */
export type PartitionSupport = 'read' | 'unsupported' | 'not-read';

export type JarRead =
  | { ok: true; cookies: JarCookie[]; partitions: PartitionSupport; dropped: number }
  | { ok: false; code: 'no-url' | 'failed'; message: string };

/** The loose shape both browsers answer with (typings lag behind `partitionKey`). */
export interface RawCookie {
  name?: unknown;
  value?: unknown;
  domain?: unknown;
  path?: unknown;
  hostOnly?: unknown;
  secure?: unknown;
  httpOnly?: unknown;
  sameSite?: unknown;
  session?: unknown;
  expirationDate?: unknown;
  partitionKey?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function sameSiteOf(v: unknown): string {
  if (v === 'no_restriction') return 'none';
  return v === 'strict' || v === 'lax' || v === 'none' ? v : 'unspecified';
}

/** The CHIPS top-level site a cookie is partitioned under, or null when it is not partitioned. */
export function partitionSite(raw: RawCookie): string | null {
  const key = raw.partitionKey as { topLevelSite?: unknown } | null | undefined;
  const site = key && typeof key === 'object' ? key.topLevelSite : undefined;
  return typeof site === 'string' && site !== '' ? site : null;
}

/** `maxValue`: the popup cuts values for display; the panel keeps whole cookies (at most 4096 bytes). */
export function toJarCookie(raw: RawCookie, maxValue = MAX_JAR_VALUE): JarCookie {
  const value = str(raw.value);
  const expires =
    typeof raw.expirationDate === 'number' && Number.isFinite(raw.expirationDate)
      ? Math.round(raw.expirationDate * 1000)
      : null;
  return {
    name: str(raw.name),
    value: value.length > maxValue ? value.slice(0, maxValue) : value,
    valueTruncated: value.length > maxValue,
    domain: str(raw.domain),
    path: str(raw.path) || '/',
    hostOnly: raw.hostOnly === true,
    secure: raw.secure === true,
    httpOnly: raw.httpOnly === true,
    sameSite: sameSiteOf(raw.sameSite),
    session: raw.session === true || expires === null,
    expiresAt: raw.session === true ? null : expires,
    partitioned: partitionSite(raw) !== null,
  };
}

/** Browsers cap name + value at 4096 bytes (RFC 6265bis §5.6 step 7): a whole cookie fits. */
export const PANEL_MAX_VALUE = 4096;

/**
 * `partitionKey`: the top-level site a partitioned cookie was read under (the read asked for that
 * partition only, so every partitioned cookie of it belongs there).
 */
export function toJarFact(c: JarCookie, partitionKey: string | null): JarCookieFact {
  const sameSite =
    c.sameSite === 'strict' || c.sameSite === 'lax' || c.sameSite === 'none' ? c.sameSite : null;
  return {
    name: c.name,
    value: c.value,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite,
    expiresAt: c.session ? null : c.expiresAt,
    partitionKey: c.partitioned ? partitionKey : null,
  };
}
