/** The Flow tab's legend: how to read the diagram, for someone meeting cookies for the first time. */
export function FlowLegend() {
  return (
    // Open only where there is height for it: docked at the bottom (300 px) an open legend left room for
    // one message (issue #18, problem 2).
    <details
      class="cl-flow-legend"
      open={typeof window === 'undefined' || window.innerHeight >= 600}
      data-testid="flow-legend"
    >
      <summary>How to read this diagram</summary>
      <ul>
        <li>
          <b>Browser</b> is the lifeline on the left; each server origin (scheme://host:port) has its own
          lifeline to the right.
        </li>
        <li>
          <span class="cl-legend-arrow cl-legend-req" aria-hidden="true" /> a request.{' '}
          <code>Cookie: a, b</code> names the cookies the browser sent with it.
        </li>
        <li>
          <span class="cl-legend-arrow cl-legend-res" aria-hidden="true" /> the response.{' '}
          <code>Set-Cookie: sid (new)</code> names the cookies the server set: <b>new</b> first time,{' '}
          <b>updated</b> replaced, <b>deleted</b> expired on purpose, <b>rejected</b> refused by the browser.
        </li>
        <li>
          <span class="cl-flow-gap-sample">⋯</span> requests that carried no cookie are folded into a count.
          Trace a cookie to highlight every request that sent, set or deleted it; the rest fade. Click a
          message to open it in Requests.
        </li>
      </ul>
    </details>
  );
}
