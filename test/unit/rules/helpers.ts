/** Builders for scripted captures: one exchange per call, ids e1, e2, … in time order. */
import type { Exchange } from '../../../src/core/model.ts';

export interface Step {
  url: string;
  method?: string;
  status?: number;
  set?: string[];
  cookie?: string | null;
  auth?: string;
  page?: string | null;
  type?: string;
}

export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);

export function capture(steps: Step[]): Exchange[] {
  return steps.map((s, i) => ({
    id: `e${i + 1}`,
    startedAt: T0 + i * 1000,
    url: s.url,
    method: s.method ?? 'GET',
    status: s.status ?? 200,
    pageUrl: s.page === undefined ? s.url : s.page,
    requestCookieHeader: s.cookie ?? null,
    setCookieHeaders: s.set ?? [],
    authorizationHeader: s.auth ?? null,
    ...(s.type ? { initiatorType: s.type } : {}),
  }));
}
