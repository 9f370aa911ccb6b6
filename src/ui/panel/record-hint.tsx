/**
 * "Reload to record" (issue #13, after Chrome's Network panel): DevTools records only while it is open,
 * so cookies set before that have no Set-Cookie in the log. The button reloads the inspected page
 * (devtools.inspectedWindow.reload) and the headers are captured.
 */
export interface RecordHintProps {
  /** Cookies only seen in Cookie headers. */
  beforeCapture: number;
  /** Nothing recorded yet (the empty state). */
  empty: boolean;
  onReload(): void;
}

export function RecordHint({ beforeCapture, empty, onReload }: RecordHintProps) {
  if (!empty && beforeCapture === 0) return null;
  const text = empty
    ? 'Recording network activity… DevTools records only while it is open: reload the page to record its cookies.'
    : `Set before recording: ${beforeCapture} cookie${beforeCapture === 1 ? ' has' : 's have'} no Set-Cookie in the log. Reload the page to record the headers.`;
  return (
    <div class="notice record-hint" data-testid="record-hint">
      <span class="notice-text">{text}</span>
      <button type="button" data-testid="reload-page" onClick={onReload}>
        Reload page
      </button>
    </div>
  );
}
