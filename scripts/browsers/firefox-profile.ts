/**
 * A fresh Firefox profile for one e2e run: prefs that pin the extension's moz-extension:// UUID,
 * keep the network log across navigations, and stop every first-run page and background connection
 * (updates, telemetry, remote settings, captive portal, safe browsing): nothing may leave 127.0.0.1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GECKO_ID = 'cookie-lens@cookie-lens.dev';
/** Fixed so `moz-extension://<uuid>/popup.html` is known before install (E2E.md). */
export const EXTENSION_UUID = 'c0c1e1e5-0000-4000-8000-00000000c0de';

const NOWHERE = 'http://127.0.0.1:9/'; // discard port: any stray request fails at once, locally

export function firefoxPrefs(uuid = EXTENSION_UUID): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    // Otherwise the HAR of a page is lost when the test navigates away quickly (E2E.md).
    'devtools.netmonitor.persistlog': true,
    'devtools.toolbox.host': 'bottom',
    // Marionette on a free port (printed as "Listening on port N"): see firefox.ts.
    'marionette.port': 0,
    'devtools.everOpened': true,
    'devtools.toolbox.splitconsole.open': false,
    // First run and start page.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'startup.homepage_welcome_url': 'about:blank',
    'startup.homepage_welcome_url.additional': '',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.tabs.warnOnClose': false,
    'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
    'trailhead.firstrun.didSeeAboutWelcome': true,
    // Updates (app, add-ons, system add-ons, plugins, search).
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.update.url': NOWHERE,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': NOWHERE,
    'browser.search.update': false,
    // Telemetry and studies.
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': NOWHERE,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.discovery.enabled': false,
    // Remote settings, captive portal, connectivity checks, safe browsing, prefetching.
    'services.settings.server': NOWHERE,
    'network.captive-portal-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.urlbar.suggest.searches': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'extensions.recommendations.enabled': false,
    'browser.translations.enable': false,
    'dom.push.connection.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    // Belt and braces: every non-local connection goes to a proxy on the discard port and fails at
    // once; loopback is never proxied (network.proxy.allow_hijacking_localhost stays false).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  };
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** Creates the temp profile directory with user.js; the caller removes it. */
export function createFirefoxProfile(
  uuid = EXTENSION_UUID,
  extra: Readonly<Record<string, string | number | boolean>> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-firefox-'));
  writeFileSync(join(dir, 'user.js'), `${userJs({ ...firefoxPrefs(uuid), ...extra })}\n`);
  return dir;
}
