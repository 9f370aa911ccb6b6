/**
 * The background's live relay of the browser's jar to open panels (issue #13): `cookies.onChanged` for
 * the hosts a panel watches, and host-access changes, over a runtime port named JAR_PORT. A port per
 * panel; the panel reconnects when the worker was stopped (house style §4). Background only: the
 * browser's own namespace (background-browser.ts).
 */
import { PANEL_MAX_VALUE, partitionSite, toJarCookie, toJarFact } from '../protocol/jar-cookie';
import { JAR_PORT, type JarWatchEvent } from '../protocol/page-jar';
import { browser } from './background-browser';

/** Hosts a panel may watch (a page's requests reach a few dozen). */
const MAX_HOSTS = 100;

type Port = ReturnType<typeof browser.runtime.connect>;

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
  /** To every port whose hosts `wants` (all by default); a port that closed meanwhile is dropped. */
  const send = (event: JarWatchEvent, wants: (hosts: string[]) => boolean = () => true) => {
    for (const [port, hosts] of ports) {
      if (!wants(hosts)) continue;
      try {
        port.postMessage(event);
      } catch {
        ports.delete(port);
      }
    }
  };
  browser.cookies.onChanged.addListener((info) => {
    if (ports.size === 0) return;
    const cookie = toJarFact(toJarCookie(info.cookie, PANEL_MAX_VALUE), partitionSite(info.cookie));
    const change = { cookie, removed: info.removed, cause: String(info.cause) };
    send({ type: 'changed', change }, (hosts) => covers(hosts, cookie.domain));
  });
  const accessChanged = () => send({ type: 'access-changed' });
  browser.permissions.onAdded.addListener(accessChanged);
  browser.permissions.onRemoved.addListener(accessChanged);
}
