/**
 * What the popup shows, computed from the platform's input and the core analysis. Pure: the UI tests
 * build it from plain objects.
 */
import type { Analysis } from '../../core/analysis/analyzer';
import { type TabSummary, tabSummary } from '../../core/analysis/tab-summary';
import { type Finding, SEVERITY_ORDER } from '../../core/model';
import type { JarCookie, PartitionSupport } from '../../platform/jar-cookies';
import type { PopupInput } from '../../platform/popup-source';
import { devtoolsShortcut } from './devtools-shortcut';

export const TOP_FINDINGS = 5;
/** Jar rows rendered at most; the rest is counted ("and N more"). */
export const MAX_JAR_ROWS = 60;

/**
 * - `no-tab`: nothing to summarise (no active tab).
 * - `no-url`: the browser hides the tab's address until we have site access.
 * - `not-web`: not an http(s) page (new tab, settings, about:).
 * - `missing`: an http(s) page we have no access to.
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
  | { state: 'ready'; cookies: JarCookie[]; more: number; partitions: PartitionSupport };

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

/** By severity (high first), then in the order the analysis found them. */
export function topFindings(findings: readonly Finding[], limit = TOP_FINDINGS): Finding[] {
  return findings
    .map((f, i) => ({ f, i, s: SEVERITY_ORDER.indexOf(f.severity) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.f);
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

export function buildPopupModel(
  input: PopupInput,
  analysis: Analysis | null,
  platform: string,
  now = Date.now(),
): PopupModel {
  const capture = input.capture;
  const captureView: CaptureView =
    !capture || (capture.ok && !capture.captured && capture.exchanges.length === 0)
      ? { state: 'none' }
      : capture.ok
        ? { state: 'ready', exchanges: capture.exchanges.length, dropped: capture.dropped }
        : { state: 'error', message: capture.message };
  const judged = analysis !== null && analysis.exchanges > 0;
  return {
    host: hostOf(input.pageUrl),
    pageUrl: input.pageUrl,
    access: accessOf(input),
    capture: captureView,
    summary: judged ? tabSummary(analysis) : null,
    topFindings: judged ? topFindings(analysis.findings) : [],
    totalFindings: judged ? analysis.findings.length : 0,
    jar: jarView(input),
    masked: input.masked,
    shortcut: devtoolsShortcut(platform),
    now,
  };
}
