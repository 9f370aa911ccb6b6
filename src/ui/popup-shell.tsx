/** The popup's frame. Data comes in through props only (DESIGN §1). */
export interface PopupShellProps {
  site: string | null;
}

export function PopupShell({ site }: PopupShellProps) {
  return (
    <main class="popup">
      <h1>Cookie Lens</h1>
      <p data-testid="popup-site">{site ?? 'No site in this tab.'}</p>
      <p class="muted">Open DevTools → Cookies for the full story of this site's cookies.</p>
    </main>
  );
}
