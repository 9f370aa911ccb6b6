import { expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import type { Exchange } from '../../../src/core/model.ts';
import { exportFile } from '../../../src/ui/panel/panel-exports.ts';

const ex: Exchange = {
  id: 'e1',
  startedAt: Date.UTC(2026, 10, 21),
  url: 'https://shop.example/login',
  method: 'POST',
  status: 200,
  pageUrl: 'https://shop.example/',
  requestCookieHeader: null,
  setCookieHeaders: ['sid=<b>x</b>; Path=/; Secure'],
};

it('exports Markdown with the same report as the CLI (sites, findings, cookies), hostile text escaped', () => {
  const file = exportFile(
    'md',
    analyseExchanges([ex]),
    [ex],
    'shop capture',
    new Date(Date.UTC(2026, 10, 21)),
  );
  expect(file.filename).toBe('cookie-lens-2026-11-21-00-00-00.md');
  expect(file.text).toContain('# Cookie audit: shop capture');
  expect(file.text).toContain('## Sites');
  expect(file.text).toContain('`auth-no-httponly`');
  expect(file.text).toContain('## Cookies');
  expect(file.text).not.toContain('<b>');
});
