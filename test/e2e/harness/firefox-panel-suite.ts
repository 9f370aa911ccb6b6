/**
 * A Firefox suite whose tests share one toolbox: the browser launched, the Cookies panel opened on an
 * empty log, then the site's page loaded (so its requests reach the panel live). The extension's
 * script errors over the whole suite are asserted empty at its end.
 */
import { beforeAll } from 'vitest';
import type { PanelProbe } from '../layout/layout-checks';
import { type BrowserSuite, browserSuite } from './browser-suite';
import { firefoxErrorsAtEnd } from './extension-error-checks';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './firefox';
import { type FirefoxPanel, firefoxPanelProbe, openPanelThenNavigate } from './firefox-devtools';
import type { Route } from './test-server';

export interface FirefoxPanelSuite extends BrowserSuite<FirefoxWithExtension> {
  readonly panel: FirefoxPanel;
  /** Evaluates in the panel's window (layout checks, DOM reads). */
  readonly probe: PanelProbe;
}

/** `routes['/']` is the page loaded once the panel is open. */
export function firefoxPanelSuite(routes: Readonly<Record<string, Route>>): FirefoxPanelSuite {
  const suite = browserSuite({
    routes,
    launch: () => launchFirefoxWithExtension(),
    errorsAtEnd: firefoxErrorsAtEnd(),
  });
  let opened: { panel: FirefoxPanel; probe: PanelProbe } | undefined;
  beforeAll(async () => {
    const panel = await openPanelThenNavigate(suite.browser, suite.server.url('/'));
    opened = { panel, probe: firefoxPanelProbe(suite.browser, panel) };
  });
  const get = () => {
    if (!opened) throw new Error('the panel opens before the suite: read it in a test or a hook');
    return opened;
  };
  return {
    get server() {
      return suite.server;
    },
    get browser() {
      return suite.browser;
    },
    get panel() {
      return get().panel;
    },
    get probe() {
      return get().probe;
    },
  };
}
