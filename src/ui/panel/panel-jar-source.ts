/**
 * What the panel's jar state reads from (issue #13): the background's `readPageJar` and its live
 * `cookies.onChanged` relay in the extension (src/platform/devtools-jar.ts), a fake in tests. No
 * extension APIs here: the UI only sees these plain shapes.
 */
import type { JarChange, JarCookieFact } from '../../core/analysis/jar-types';

export interface PageJarRead {
  pageUrl: string;
  /** Host access for the page itself. */
  access: boolean;
  cookies: JarCookieFact[];
  readHosts: string[];
  unreadHosts: string[];
  dropped: number;
}

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
