/**
 * The background's live relay of the browser's jar to open panels (issue #13): `cookies.onChanged` for
 * the hosts a panel watches, and host-access changes, over a runtime port named JAR_PORT. A port per
 * panel; the panel reconnects when the worker was stopped (house style §4).
 */
import { browser } from './browser';
import { toJarCookie } from './jar-cookies';
import { PANEL_MAX_VALUE, toJarFact } from './jar-facts';

export const JAR_PORT = 'cookie-lens-jar';
/** Hosts a panel may watch (a page's requests reach a few dozen). */
const MAX_HOSTS = 100;

type Port = ReturnType<typeof browser.runtime.connect>;

function partitionOf(raw: unknown): string | null {
  const key = (raw as { partitionKey?: { topLevelSite?: unknown } } | null)?.partitionKey;
  return typeof key?.topLevelSite === 'string' && key.topLevelSite !== '' ? key.topLevelSite : null;
}

function covers(hosts: readonly string[], domain: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  return hosts.some((h) => h === d || h.endsWith(`.${d}`));
}

export function startJarWatch(): void {
  const ports = new Map<Port, string[]>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== JAR_PORT) return;
    ports.set(port, []);
    port.onMessage.addListener((msg: unknown) => {
      const hosts = (msg as { type?: unknown; hosts?: unknown } | null)?.hosts;
      if (!Array.isArray(hosts)) return;
      ports.set(
        port,
        hosts.filter((h): h is string => typeof h === 'string' && h.length < 256).slice(0, MAX_HOSTS),
      );
    });
    port.onDisconnect.addListener(() => ports.delete(port));
  });
  browser.cookies.onChanged.addListener((info) => {
    if (ports.size === 0) return;
    const cookie = toJarFact(toJarCookie(info.cookie, PANEL_MAX_VALUE), partitionOf(info.cookie));
    const message = { type: 'changed', change: { cookie, removed: info.removed, cause: String(info.cause) } };
    for (const [port, hosts] of ports) {
      if (!covers(hosts, cookie.domain)) continue;
      try {
        port.postMessage(message);
      } catch {
        ports.delete(port);
      }
    }
  });
  const accessChanged = () => {
    for (const port of ports.keys()) {
      try {
        port.postMessage({ type: 'access-changed' });
      } catch {
        ports.delete(port);
      }
    }
  };
  browser.permissions.onAdded.addListener(accessChanged);
  browser.permissions.onRemoved.addListener(accessChanged);
}
