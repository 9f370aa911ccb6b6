/**
 * The panel's side of the browser's jar (issue #13), for `PanelJarSource`: reads through the
 * background (`readPageJar`), live changes through the JAR_PORT relay, the inspected page's address
 * and reload through `devtools.inspectedWindow`, and the host-permission request.
 *
 * Asking for access where the user is: Chrome exposes `permissions.request` to DevTools documents
 * (w3c/webextensions#40), so the panel's button asks for the site's origin right there. Firefox does
 * not (Bugzilla 1796933: no permissions API in DevTools pages): the button opens grant.html, a small
 * extension page in a tab whose own button asks. Detected by trying, not by user agent.
 */
import {
  type AccessRequest,
  JAR_PORT,
  type JarWatchEvent,
  type JarWatchRequest,
  type PanelJarSource,
} from '../protocol/page-jar';
import { browser } from './browser';
import { originPattern } from './host-access';
import { sendMessage } from './send-message';

async function openGrantPage(pageUrl: string): Promise<AccessRequest> {
  return (await sendMessage('openGrantPage', { pageUrl })).ok ? 'page-opened' : 'denied';
}

function permissionsRequest(): ((p: { origins: string[] }) => Promise<boolean>) | null {
  const api = (globalThis as { chrome?: { permissions?: { request?: unknown } } }).chrome?.permissions;
  return typeof api?.request === 'function'
    ? (api.request as (p: { origins: string[] }) => Promise<boolean>).bind(api)
    : null;
}

export function devtoolsJarSource(): PanelJarSource {
  const dt = chrome.devtools;
  return {
    inspectedUrl: () =>
      new Promise((resolve) => {
        dt.inspectedWindow.eval('location.href', (result: unknown, error: unknown) => {
          // Firefox also sets lastError (e.g. while the toolbox moves to another host): read it, so it
          // is not reported as unchecked; no URL then.
          const failed = !!chrome.runtime?.lastError;
          resolve(!error && !failed && typeof result === 'string' ? result : null);
        });
      }),
    onNavigated(listener) {
      dt.network.onNavigated.addListener(listener);
      return () => dt.network.onNavigated.removeListener(listener);
    },
    async read(pageUrl, origins) {
      const reply = await sendMessage('readPageJar', { pageUrl, origins: [...origins] });
      return reply.ok ? reply : null;
    },
    watch(onEvent) {
      let hosts: readonly string[] = [];
      let port: ReturnType<typeof browser.runtime.connect> | null = null;
      let closed = false;
      const connect = () => {
        port = browser.runtime.connect({ name: JAR_PORT });
        port.onMessage.addListener((m: unknown) => onEvent(m as JarWatchEvent));
        // The worker stopped (or updated): reconnect and say what we watch again.
        port.onDisconnect.addListener(() => {
          port = null;
          if (!closed) setTimeout(connect, 500);
        });
        port.postMessage({ type: 'watch', hosts } satisfies JarWatchRequest);
      };
      connect();
      return {
        setHosts(next) {
          hosts = [...next];
          port?.postMessage({ type: 'watch', hosts } satisfies JarWatchRequest);
        },
        close() {
          closed = true;
          port?.disconnect();
        },
      };
    },
    requestAccess(pageUrl) {
      const origin = originPattern(pageUrl);
      const request = permissionsRequest();
      if (!origin) return Promise.resolve('denied');
      if (!request) return openGrantPage(pageUrl);
      try {
        // No await before this call: the browser checks the click's user activation right here.
        return request({ origins: [origin] }).then(
          (ok) => (ok ? 'granted' : 'denied'),
          () => openGrantPage(pageUrl),
        );
      } catch {
        return openGrantPage(pageUrl);
      }
    },
    reload() {
      dt.inspectedWindow.reload({});
    },
  };
}
