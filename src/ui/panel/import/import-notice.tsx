/**
 * The import's notices (issue #19): progress with a Cancel button while a HAR file is read, then what
 * the file must say — its notes and every limit that dropped data (no silent truncation). Text nodes.
 */
import { truncate } from '../../kit/display-text';
import type { ImportProgress } from './import-runner';

const PHASE: Record<ImportProgress['phase'], string> = {
  reading: 'reading',
  parsing: 'parsing',
  receiving: 'reading entries',
  analysing: 'analysing',
  loading: 'loading the analysis',
};

function progressText(p: ImportProgress): string {
  const count =
    p.total !== null
      ? ` ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')} requests`
      : p.done > 0
        ? ` ${p.done.toLocaleString('en-US')} requests`
        : '';
  return `Importing ${truncate(p.name, 120)}: ${PHASE[p.phase]}${count}…`;
}

export interface ImportNoticeProps {
  importing: ImportProgress | null;
  notes: readonly string[];
  onCancel(): void;
  onDismiss(): void;
}

export function ImportNotice({ importing, notes, onCancel, onDismiss }: ImportNoticeProps) {
  return (
    <>
      {importing && (
        <div class="notice import-progress" role="status" data-testid="import-progress">
          <span>{progressText(importing)}</span>
          {importing.total !== null && <progress max={importing.total} value={importing.done} />}
          <button type="button" class="small" data-testid="import-cancel" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <div class="notice import-notes" role="status" data-testid="import-notes">
          <ul>
            {notes.slice(0, 10).map((n) => (
              <li key={n}>{truncate(n, 400)}</li>
            ))}
          </ul>
          <button type="button" class="small" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
