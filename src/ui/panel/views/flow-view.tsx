/**
 * The Flow tab (docs/architecture.md §7): a sequence diagram of the capture — the browser on the left, each origin
 * to the right, one arrow per request that carried cookies and one back per response that set some.
 * Bounded to the latest messages; a cookie can be traced (highlighted everywhere it travelled).
 * Keyboard: ↑/↓/Home/End move between messages, Enter or Space opens one (`onSelectExchange`).
 */
import { useMemo, useRef } from 'preact/hooks';
import type { ExchangeVerdicts } from '../../../core/analysis/exchange-verdicts';
import type { TrackedCookie } from '../../../core/analysis/flow-types';
import type { Exchange } from '../../../core/model';
import { cookieNameText, formatCount, maskText, truncate, valuesToMask } from './display-text';
import { DEFAULT_MESSAGE_LIMIT, type FlowLayout, type FlowMessage, layoutFlow } from './flow-layout';
import { FlowLegend } from './flow-legend';
import { FlowMessageRow } from './flow-message';
import { moveFocus } from './roving-focus';

export interface FlowViewProps {
  exchanges: Exchange[];
  cookies: TrackedCookie[];
  /** The analysis' verdict per exchange (`Analysis.verdicts`): the arrows' labels. */
  verdicts: ExchangeVerdicts;
  tracedKey: string | null;
  masked: boolean;
  onTrace(key: string | null): void;
  onSelectExchange(id: string): void;
}

/** Cookies offered in the trace box; the select stays usable with a hostile number of cookies. */
export const MAX_TRACE_OPTIONS = 1000;

function traceOptions(cookies: readonly TrackedCookie[]): TrackedCookie[] {
  return [...cookies]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.domain < b.domain ? -1 : 1))
    .slice(0, MAX_TRACE_OPTIONS);
}

function maskFlowMessage(m: FlowMessage, values: readonly string[]): FlowMessage {
  return { ...m, path: maskText(m.path, true, values) };
}

/** Above the diagram: the trace box, what tracing found, and the bound note. */
function FlowToolbar(p: {
  layout: FlowLayout;
  options: readonly TrackedCookie[];
  tracedKey: string | null;
  onTrace(key: string | null): void;
}) {
  const { traced, tracedMessages, total, messages } = p.layout;
  return (
    <div class="cl-flow-toolbar">
      <label>
        Trace a cookie{' '}
        <select
          data-testid="trace-select"
          value={p.tracedKey ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            p.onTrace(v === '' ? null : v);
          }}
        >
          <option value="">(none)</option>
          {p.options.map((c) => (
            <option key={c.key} value={c.key}>
              {truncate(`${cookieNameText(c.name)} — ${c.domain}${c.path}`, 90)}
            </option>
          ))}
        </select>
      </label>
      {traced && (
        <button type="button" onClick={() => p.onTrace(null)}>
          Stop tracing
        </button>
      )}
      {traced && (
        <span class="cl-flow-trace-note" data-testid="trace-note">
          {formatCount(tracedMessages)} of the messages below involve <b>{truncate(traced.name, 60)}</b>
        </span>
      )}
      {total > messages.length && (
        <span class="cl-flow-bound" data-testid="flow-bound">
          showing the latest {formatCount(messages.length)} of {formatCount(total)}
        </span>
      )}
    </div>
  );
}

function FlowEmpty({ requests, unknown }: { requests: number; unknown: number }) {
  return (
    <div class="cl-empty-state" data-testid="flow-empty">
      <p class="cl-empty-title">No cookies have crossed the wire yet.</p>
      <p>
        Reload the inspected page with this panel open. Each request that sends a Cookie header and each
        response that sets a cookie becomes an arrow here, so you can follow a cookie from the Set-Cookie that
        created it to every request that sent it back.
        {requests > 0 &&
          (unknown === 0
            ? ` (${formatCount(requests)} requests so far, none with cookies.)`
            : ` (${formatCount(requests)} requests so far, none with cookies recorded: ${formatCount(unknown)} without their request headers as sent.)`)}
      </p>
    </div>
  );
}

/**
 * Requests between two arrows. `unknown` of them have no recorded Cookie header (provisional request
 * headers, core/har/provisional-headers.ts): not counted as "without cookies".
 */
function Gap({ count, unknown }: { count: number; unknown: number }) {
  const without = count - unknown;
  const plural = (n: number) => (n === 1 ? '' : 's');
  return (
    <div class="cl-flow-gap" data-testid="flow-gap">
      ⋯ {without > 0 && `${formatCount(without)} request${plural(without)} without cookies`}
      {without > 0 && unknown > 0 && ', '}
      {unknown > 0 && `${formatCount(unknown)} request${plural(unknown)} whose cookies were not recorded`}
    </div>
  );
}

export function FlowView(props: FlowViewProps) {
  const { exchanges, cookies, verdicts, tracedKey, onTrace, onSelectExchange } = props;
  const layout = useMemo(
    () => layoutFlow({ exchanges, cookies, verdicts, tracedKey, limit: DEFAULT_MESSAGE_LIMIT }),
    [exchanges, cookies, verdicts, tracedKey],
  );
  const options = useMemo(() => traceOptions(cookies), [cookies]);
  // A value echoed in a URL (`/welcome?user=John%20Smith`) shows in the arrow labels: masked with them.
  const values = useMemo(
    () => valuesToMask(cookies.slice(0, MAX_TRACE_OPTIONS).map((c) => c.value)),
    [cookies],
  );
  const diagram = useRef<HTMLElement>(null);
  const tracing = layout.traced !== null;
  const { messages, lanes } = layout;

  const onKeyDown = (id: string) => (e: KeyboardEvent) => {
    if (moveFocus(e, diagram.current)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelectExchange(id);
    }
  };

  return (
    <div class={`cl-flow${tracing ? ' cl-flow-tracing' : ''}`} data-testid="flow-view">
      <FlowToolbar
        layout={layout}
        options={options}
        tracedKey={tracing ? tracedKey : null}
        onTrace={onTrace}
      />
      <FlowLegend />
      {messages.length === 0 ? (
        <FlowEmpty requests={exchanges.length} unknown={layout.skippedAfterUnknown} />
      ) : (
        <section
          class="cl-flow-diagram"
          ref={diagram}
          aria-label="Cookie flow sequence diagram"
          style={{ '--lanes': String(lanes.length) }}
        >
          <div class="cl-flow-row cl-flow-lanes">
            {lanes.map((lane, i) => (
              <div key={lane} class={i === 0 ? 'cl-lane cl-lane-browser' : 'cl-lane'} title={lane}>
                {truncate(lane, 60)}
              </div>
            ))}
          </div>
          {layout.total > messages.length && (
            <div class="cl-flow-gap cl-flow-cut">
              ⋯ {formatCount(layout.total - messages.length)} earlier messages not shown
            </div>
          )}
          {messages.map((m, i) => (
            <div key={m.exchangeId} class="cl-flow-item">
              {m.skippedBefore > 0 && <Gap count={m.skippedBefore} unknown={m.skippedUnknownBefore} />}
              <FlowMessageRow
                message={props.masked ? maskFlowMessage(m, values) : m}
                state={!tracing ? 'normal' : m.traced ? 'traced' : 'dimmed'}
                tabbable={i === 0}
                onSelect={onSelectExchange}
                onKeyDown={onKeyDown(m.exchangeId)}
              />
            </div>
          ))}
          {layout.skippedAfter > 0 && (
            <Gap count={layout.skippedAfter} unknown={layout.skippedAfterUnknown} />
          )}
        </section>
      )}
    </div>
  );
}
