/** The status bar: request count (the e2e tests read `request-count`), ring drops, recording state. */
import type { PanelState } from './panel-state';

export function PanelStatus({ state, shownCookies }: { state: PanelState; shownCookies: number }) {
  const { analysis } = state;
  return (
    <footer class="status" data-testid="status">
      <span>
        <output data-testid="request-count">{state.requestCount}</output> requests
      </span>
      <span>
        {shownCookies === analysis.cookies.length
          ? `${analysis.cookies.length} cookies`
          : `${shownCookies} of ${analysis.cookies.length} cookies`}
      </span>
      <span>{analysis.findings.length} findings</span>
      {state.imported !== null && <span data-testid="imported">from {state.imported}</span>}
      {!state.recording && (
        <span class="warn" data-testid="paused-note">
          Recording paused
        </span>
      )}
      {state.preserveLog && <span>Preserve log</span>}
      {state.dropped > 0 && (
        <span class="warn" data-testid="dropped-note">
          {state.dropped} oldest requests dropped (the log keeps the latest {state.limit})
        </span>
      )}
    </footer>
  );
}
