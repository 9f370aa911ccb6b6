/**
 * What the popup shows, computed from the platform's input, whose summary the background's analysis
 * already judged (`getTabSummary`). Pure and analysis-free: the popup bundle must stay small (docs/architecture.md §8),
 * so nothing here may import src/core code — types only. The UI tests build it from plain objects.
 */
import type { TabSummary } from '../../core/analysis/tab-summary';
import type { Finding } from '../../core/model';
import type { JarCookie, PartitionSupport } from '../../protocol/jar-cookie';
import type { PopupInput } from '../../protocol/popup-input';
import { devtoolsShortcut } from './devtools-shortcut';

/** Jar rows rendered at most; the rest is counted ("and N more"). */
export const MAX_JAR_ROWS = 60;

/**
 * - `no-tab`: nothing to summarise (no active tab).
 * - `no-url`: the browser hides the tab's address until we have site access.
 * - `not-web`: not an http(s) page (new tab, settings, about:).
 * - `missing`: an http(s) page we have no access to (its address is known: activeTab, or the capture).
 * - `granted`: access to the page's site.
 */
export type AccessState = 'no-tab' | 'no-url' | 'not-web' | 'missing' | 'granted';

export type CaptureView =
  | { state: 'none' }
  | { state: 'error'; message: string }
  | { state: 'ready'; exchanges: number; dropped: number };

export type JarView =
  | { state: 'none' }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      cookies: JarCookie[];
      more: number;
      partitions: PartitionSupport;
    };

export interface PopupModel {
  /** The tab's host (`[data-testid=popup-site]`), null when unknown. */
  host: string | null;
  pageUrl: string | null;
  access: AccessState;
  capture: CaptureView;
  summary: TabSummary | null;
  topFindings: Finding[];
  totalFindings: number;
  jar: JarView;
  masked: boolean;
  shortcut: string;
  /** Epoch ms the model was built (days left of persistent cookies). */
  now: number;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function isWeb(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function accessOf(input: PopupInput): AccessState {
  if (input.tabId === null) return 'no-tab';
  if (!input.pageUrl) return 'no-url';
  if (!isWeb(input.pageUrl)) return 'not-web';
  return input.access ? 'granted' : 'missing';
}

function jarView(input: PopupInput): JarView {
  const jar = input.jar;
  if (!jar) return { state: 'none' };
  if (!jar.ok) return { state: 'error', message: jar.message };
  return {
    state: 'ready',
    cookies: jar.cookies.slice(0, MAX_JAR_ROWS),
    more: Math.max(0, jar.cookies.length - MAX_JAR_ROWS) + jar.dropped,
    partitions: jar.partitions,
  };
}

export function buildPopupModel(input: PopupInput, platform: string, now = Date.now()): PopupModel {
  const reply = input.summary;
  const captureView: CaptureView =
    !reply || (reply.ok && !reply.captured && reply.exchanges === 0)
      ? { state: 'none' }
      : reply.ok
        ? { state: 'ready', exchanges: reply.exchanges, dropped: reply.dropped }
        : { state: 'error', message: reply.message };
  const judged = reply?.ok === true && reply.summary !== null && reply.exchanges > 0 ? reply : null;
  return {
    host: hostOf(input.pageUrl),
    pageUrl: input.pageUrl,
    access: accessOf(input),
    capture: captureView,
    summary: judged?.summary ?? null,
    topFindings: judged?.topFindings ?? [],
    totalFindings: judged?.totalFindings ?? 0,
    jar: jarView(input),
    masked: input.masked,
    shortcut: devtoolsShortcut(platform),
    now,
  };
}
