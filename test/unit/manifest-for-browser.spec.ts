import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Manifest, manifestForBrowser } from '../../scripts/lib/manifest-for-browser.ts';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('manifestForBrowser', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const m = manifestForBrowser(source, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
    expect(m.minimum_chrome_version).toBeDefined();
  });

  it('gives Firefox background scripts and keeps the Gecko id and data-collection statement', () => {
    const m = manifestForBrowser(source, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(m.minimum_chrome_version).toBeUndefined();
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBeDefined();
  });

  it('never grants host permissions at install (least privilege, docs/architecture.md §9)', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestForBrowser(source, browser, '0.0.0');
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_host_permissions).toBeDefined();
      expect(String((m.content_security_policy as { extension_pages: string }).extension_pages)).toContain(
        "connect-src 'none'",
      );
    }
  });

  it("asks for exactly the API permissions it uses: activeTab (no install warning) names the tab's site", () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestForBrowser(source, browser, '0.0.0');
      // activeTab shows the popup the address of the tab whose toolbar button was clicked, so it can ask
      // for that one site; the capture (webRequest) and the jar (cookies) still need host access.
      expect([...(m.permissions as string[])].sort()).toEqual([
        'activeTab',
        'cookies',
        'storage',
        'webRequest',
      ]);
      expect(m.permissions).not.toContain('tabs');
    }
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(source);
    manifestForBrowser(source, 'chrome', '9.9.9');
    expect(JSON.stringify(source)).toBe(before);
  });
});
