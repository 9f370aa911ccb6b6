/**
 * One manifest.json, two browsers: the per-browser differences live here as data (house style §3,
 * after refined-github). Pure, so it is unit-tested in test/unit/manifest-for-browser.spec.ts.
 */
export type TargetBrowser = 'chrome' | 'firefox';

export interface Manifest {
  manifest_version: number;
  /** Absent in the source manifest: package.json's version is written in at build time. */
  version?: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: unknown;
  minimum_chrome_version?: string;
  [key: string]: unknown;
}

export function manifestForBrowser(source: Manifest, browser: TargetBrowser, version: string): Manifest {
  const out: Manifest = structuredClone(source);
  out.version = version;
  const background = { ...(out.background ?? {}) };
  if (browser === 'chrome') {
    // Chrome MV3 runs a service worker and warns about `background.scripts`; Gecko settings are
    // unknown keys to it ("Unrecognized manifest key" warnings on chrome://extensions).
    delete background.scripts;
    delete out.browser_specific_settings;
  } else {
    // Firefox (ESR 128+) runs event pages from `background.scripts` and ignores `service_worker`
    // with a lint warning (BACKGROUND_SERVICE_WORKER_IGNORED), so we drop it here.
    delete background.service_worker;
    delete out.minimum_chrome_version;
  }
  out.background = background;
  return out;
}
