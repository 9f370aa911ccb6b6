/** The panel's frame. Data comes in through props only (DESIGN §1): no extension APIs here. */
export interface PanelShellProps {
  requestCount: number;
}

export function PanelShell({ requestCount }: PanelShellProps) {
  return (
    <main class="shell">
      <h1>Cookie Lens</h1>
      <p>
        Requests seen: <output data-testid="request-count">{requestCount}</output>
      </p>
      <p class="muted">Reload the inspected page or browse to capture its cookie traffic.</p>
    </main>
  );
}
