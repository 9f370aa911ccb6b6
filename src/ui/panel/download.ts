/** Save text as a file through a Blob link (the extension CSP allows blob: URLs; no downloads permission). */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: Chrome starts the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
