/** The cookie whose detail pane is open, and the findings about it (memoised per analysis). */
import { useMemo } from 'preact/hooks';
import type { JoinedAnalysis } from '../../core/analysis/jar-join';
import { findingKeyOf, refKey } from './cookie-row-model';
import type { PanelSelection } from './use-panel-selection';

export function useSelectedCookie(analysis: JoinedAnalysis, sel: PanelSelection) {
  const { selectedKey, paneOpen } = sel;
  const cookie =
    selectedKey === null || !paneOpen ? undefined : analysis.cookies.find((c) => c.key === selectedKey);
  const findings = useMemo(
    () =>
      cookie
        ? analysis.findings.filter(
            (f) => f.cookie && refKey(f.cookie.name, f.cookie.domain, f.cookie.path) === findingKeyOf(cookie),
          )
        : [],
    [analysis, cookie],
  );
  return { cookie, findings };
}
