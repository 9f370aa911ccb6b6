/**
 * The notices above the views: an import's progress and notes, the last error, and for the live page
 * (not an imported file, which the page's jar does not describe) what the jar read and the reload hint.
 */
import { useMemo } from 'preact/hooks';
import { beforeCaptureCount } from '../../core/analysis/before-capture';
import type { JoinedAnalysis } from '../../core/analysis/jar-join';
import { JarNotice } from './jar-notice';
import type { JarState, JarStore } from './jar-store';
import { ImportNotice, later } from './lazy-panes';
import { ImportError } from './panel-notes';
import type { PanelState } from './panel-state';
import type { PanelStore } from './panel-store';
import { RecordHint } from './record-hint';

export interface PanelNoticesProps {
  store: PanelStore;
  state: PanelState;
  jar: JarStore | undefined;
  jarState: JarState | null;
  /** The analysis joined with the jar: its `jar` says what the read found. */
  analysis: JoinedAnalysis;
}

/**
 * What the jar read covered, once the analysis is joined with the jar: the join's summary exists only
 * when its chunk has loaded (use-joined-analysis.ts), and the status line comes with it.
 */
function jarStatus(jar: JarState, analysis: JoinedAnalysis) {
  const JarStatus = later.get()?.JarStatus;
  if (jar.pageUrl === null || jar.access !== 'granted' || !analysis.jar || !JarStatus) return null;
  return <JarStatus summary={analysis.jar} />;
}

export function PanelNotices({ store, state, jar, jarState, analysis }: PanelNoticesProps) {
  const beforeCapture = useMemo(() => beforeCaptureCount(state.analysis.cookies), [state.analysis]);
  return (
    <>
      {(state.importing || state.importNotes.length > 0) && (
        <ImportNotice
          importing={state.importing}
          notes={state.importNotes}
          onCancel={() => store.cancelImport()}
          onDismiss={() => store.dismissImportNotes()}
        />
      )}
      <ImportError message={state.importError} onDismiss={() => store.dismissImportError()} />
      {jar && jarState && state.imported === null && (
        <>
          <JarNotice jar={jarState} beforeCapture={beforeCapture} onAllow={() => jar.requestAccess()} />
          {jarStatus(jarState, analysis)}
          <RecordHint
            beforeCapture={beforeCapture}
            empty={state.requestCount === 0 && !state.loading}
            onReload={() => jar.reload()}
          />
        </>
      )}
    </>
  );
}
