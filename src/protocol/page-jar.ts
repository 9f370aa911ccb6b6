/**
 * The panel's view of the browser's jar (issue #13): what the background's `readPageJar` answers
 * (messages.ts), the live `cookies.onChanged` relay over the JAR_PORT port, and the source the panel's
 * jar state reads from — implemented by src/platform/devtools-jar.ts, faked in tests.
 */
import type { JarChange, JarCookieFact } from '../core/analysis/jar-types';

/** The runtime port the background relays jar changes over (src/platform/jar-watch.ts). */
export const JAR_PORT = 'cookie-lens-jar';

export interface PageJarRead {
  pageUrl: string;
  /** Host access for the page itself. */
  access: boolean;
  cookies: JarCookieFact[];
  readHosts: string[];
  unreadHosts: string[];
  dropped: number;
}

/** The panel to the background, over JAR_PORT: the hosts whose changes it wants (sent again on change). */
export interface JarWatchRequest {
  type: 'watch';
  hosts: readonly string[];
}

/** The background to the panel, over JAR_PORT. */
export type JarWatchEvent = { type: 'changed'; change: Omit<JarChange, 'at'> } | { type: 'access-changed' };

/** `granted`/`denied`: the browser's prompt answered; `page-opened`: the grant page opened in a tab. */
export type AccessRequest = 'granted' | 'denied' | 'page-opened';

export interface PanelJarSource {
  /** The inspected page's address (devtools.inspectedWindow), null when it is not known. */
  inspectedUrl(): Promise<string | null>;
  onNavigated(listener: (url: string) => void): () => void;
  /** null when the background did not answer. */
  read(pageUrl: string, origins: readonly string[]): Promise<PageJarRead | null>;
  /** Live jar changes of `hosts`; returns the controls of the watch. */
  watch(onEvent: (e: JarWatchEvent) => void): { setHosts(hosts: readonly string[]): void; close(): void };
  /** Must be called synchronously from the click handler (user activation). */
  requestAccess(pageUrl: string): Promise<AccessRequest>;
  /** Reloads the inspected page (devtools.inspectedWindow.reload). */
  reload(): void;
}
