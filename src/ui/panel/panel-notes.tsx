/** The panel's one-line notes: the Cookies tab's empty text, an import error, an export's confirmation. */

export function emptyText(cookies: number, loading: boolean, liveJar: boolean, filtering: boolean): string {
  if (cookies > 0) return filtering ? 'No cookie matches the filters.' : 'No cookies.';
  if (loading) return 'Reading what DevTools already recorded…';
  return liveJar
    ? 'No cookies yet. Reload the page to record, browse, or import a HAR file (drop it here).'
    : 'No cookies yet. Reload the inspected page, browse, or import a HAR file (drop it here).';
}

export function ImportError({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  if (message === null) return null;
  return (
    <div class="import-error" role="alert" data-testid="import-error">
      <span>{message}</span>
      <button type="button" class="small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** An export names the file it wrote (issue #18, problem 6): nothing confirmed one before. */
export function ExportNote({ filename, onDismiss }: { filename: string | null; onDismiss(): void }) {
  if (filename === null) return null;
  return (
    <p class="export-note" role="status" data-testid="export-note">
      Exported <code>{filename}</code> to your downloads folder.{' '}
      <button type="button" class="small" onClick={onDismiss}>
        OK
      </button>
    </p>
  );
}
