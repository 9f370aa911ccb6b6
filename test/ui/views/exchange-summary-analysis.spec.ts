import { expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import type { Exchange } from '../../../src/core/model.ts';
import { summariseExchange } from '../../../src/ui/panel/views/exchange-summary.ts';

const ex = (id: string, url: string, set: string[], initiatorType: string): Exchange => ({
  id,
  startedAt: 1_000 + Number(id),
  url,
  method: 'GET',
  status: 200,
  pageUrl: 'http://localhost:3000/lessons/cross-site',
  requestCookieHeader: null,
  setCookieHeaders: set,
  initiatorType,
});

it('the Requests tab shows the analysis verdict, which knows the request was cross-site', () => {
  const page = ex('1', 'http://localhost:3000/lessons/cross-site', ['home=1; SameSite=Lax'], 'document');
  const xs = ex(
    '2',
    'http://127.0.0.1:3000/xs',
    ['xs_lax=1; SameSite=Lax', 'xs_none=1; SameSite=None; Secure'],
    'fetch',
  );
  const analysis = analyseExchanges([page, xs]);
  const judged = summariseExchange(xs, analysis.setOutcomes.get('2'));
  expect(judged.setLines.map((l) => [l.name, l.verdict])).toEqual([
    ['xs_lax', 'rejected'],
    ['xs_none', 'sets'],
  ]);
  expect(judged.rejected).toBe(1);
  expect(judged.setLines[0]?.reason).toMatch(/cross-site/);
  // Without the analysis (an exchange it did not replay) only the context-free checks apply.
  const fresh = { ...xs };
  expect(summariseExchange(fresh).setLines.map((l) => l.verdict)).toEqual(['sets', 'sets']);
});
