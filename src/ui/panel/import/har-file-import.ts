/** A HAR file the user picked or dropped, handed to the store's import (issue #19). */
import type { PanelStore } from '../panel-store';
import { IMPORT_TOO_LARGE, MAX_IMPORT_CHARS } from './log-import';

/** `starting`: called once the file is read, just before the import starts (the panel drops its selection). */
export function importHarFile(
  store: Pick<PanelStore, 'failImport' | 'startImport'>,
  file: File,
  starting: () => void,
): void {
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_IMPORT_CHARS) {
    store.failImport(file.name, IMPORT_TOO_LARGE);
    return;
  }
  // Bytes, not file.text(): the core decodes by BOM (Fiddler's UTF-8 BOM, UTF-16 exports).
  // Parsed in the import worker and analysed in slices: the panel stays responsive (issue #19).
  void file.arrayBuffer().then(
    (bytes) => {
      starting();
      store.startImport(bytes, file.name);
    },
    () => store.failImport(file.name, 'the file could not be read'),
  );
}
