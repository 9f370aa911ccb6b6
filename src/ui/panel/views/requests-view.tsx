/**
 * The Requests tab (docs/architecture.md §7): every exchange in a virtualised keyboard listbox — method, status, host
 * and path, cookies sent and set, marks for a rejected Set-Cookie or a Bearer JWT — and the selected
 * one's headers below. `selectedId` is controlled by the parent.
 */
import { useMemo } from 'preact/hooks';
import type { ExchangeVerdict, ExchangeVerdicts } from '../../../core/analysis/exchange-verdicts';
import type { Exchange } from '../../../core/model';
import { VirtualList } from '../../kit/virtual-list';
import { requestNumber } from '../cookie-row-model';
import { formatCount, truncate } from './display-text';
import { summariseExchange } from './exchange-summary';
import { RequestDetail } from './request-detail';

export interface RequestsViewProps {
  exchanges: Exchange[];
  masked: boolean;
  selectedId: string | null;
  onSelect(id: string): void;
  /** The analysis' verdict per exchange (`Analysis.verdicts`): this tab draws it, so it agrees with the others. */
  verdicts: ExchangeVerdicts;
}

/** DevTools' compact row height. */
export const REQUEST_ROW_HEIGHT = 22;

/** The grid's columns: header text and cell class, in order (the rows fill the same cells). */
const COLUMNS = [
  ['cl-id', '#'],
  ['cl-method', 'Method'],
  ['cl-status', 'Status'],
  ['cl-where', 'Path and host'],
  ['cl-num', 'Sent'],
  ['cl-num', 'Set'],
  ['cl-marks', 'Notes'],
] as const;

/** The ↑ cell's tooltip when the browser recorded only provisional request headers. */
const UNKNOWN_SENT_TITLE = 'cookies sent: unknown (DevTools recorded only provisional request headers)';

/** ↑ sent / ↓ set: a count cell, greyed at zero; `null` is not known (no verdict yet, or unrecorded). */
function CountCell({ arrow, count, title }: { arrow: string; count: number | null; title: string }) {
  return (
    <span role="gridcell" class={count === 0 ? 'cl-num cl-zero' : 'cl-num'} title={title}>
      {arrow}
      {count === null ? '?' : formatCount(count)}
    </span>
  );
}

function RequestRow({
  exchange,
  odd,
  verdict,
}: {
  exchange: Exchange;
  odd: boolean;
  verdict: ExchangeVerdict | undefined;
}) {
  const s = summariseExchange(exchange, verdict);
  const where = truncate(`${s.host}${s.path}`);
  const bad = exchange.status >= 400 || exchange.status === 0;
  return (
    // Stripes by index, not :nth-child: the virtual window shifts which DOM child is even.
    <div class={odd ? 'cl-req-row cl-odd' : 'cl-req-row'}>
      <span role="gridcell" class="cl-id">
        {requestNumber(exchange.id)}
      </span>
      <span role="gridcell" class="cl-method">
        {truncate(exchange.method, 10)}
      </span>
      <span role="gridcell" class={bad ? 'cl-status cl-status-bad' : 'cl-status'}>
        {exchange.status}
      </span>
      {/* Path first, host after: docked right, every row read "127.0.0.1:3…" (issue #18). */}
      <span role="gridcell" class="cl-where" title={where}>
        {truncate(s.path)} <span class="cl-host">{truncate(s.host)}</span>
      </span>
      <CountCell
        arrow="↑"
        count={s.sentUnknown ? null : s.sentTotal}
        title={s.sentUnknown ? UNKNOWN_SENT_TITLE : 'cookies sent (Cookie header)'}
      />
      <CountCell arrow="↓" count={s.setLines.length + s.setMore} title="cookies set (Set-Cookie lines)" />
      <span role="gridcell" class="cl-marks">
        {s.rejected > 0 && (
          <span class="cl-mark cl-mark-rejected" title="the browser rejected a Set-Cookie">
            ⚠ rejected
          </span>
        )}
        {s.auth === 'bearer-jwt' && (
          <span class="cl-mark cl-mark-jwt" title="Authorization: Bearer JWT">
            JWT
          </span>
        )}
      </span>
    </div>
  );
}

const HEADER = (
  <div class="cl-req-row cl-req-header" role="row" aria-rowindex={1}>
    {COLUMNS.map(([cls, text]) => (
      <span key={text} role="columnheader" class={cls}>
        {text}
      </span>
    ))}
  </div>
);

export function RequestsView({ exchanges, masked, selectedId, onSelect, verdicts }: RequestsViewProps) {
  const selectedIndex = useMemo(() => {
    if (selectedId === null) return null;
    const i = exchanges.findIndex((e) => e.id === selectedId);
    return i === -1 ? null : i;
  }, [exchanges, selectedId]);
  const selected = selectedIndex === null ? null : (exchanges[selectedIndex] ?? null);

  return (
    <div class="cl-requests" data-testid="requests-view">
      <VirtualList
        class="cl-req-list"
        count={exchanges.length}
        rowHeight={REQUEST_ROW_HEIGHT}
        rowKey={(i) => exchanges[i]?.id ?? String(i)}
        renderRow={(i) => {
          const ex = exchanges[i];
          return ex ? <RequestRow exchange={ex} odd={i % 2 === 1} verdict={verdicts.get(ex.id)} /> : null;
        }}
        selectedIndex={selectedIndex}
        columns={COLUMNS.length}
        onSelect={(i) => {
          const ex = exchanges[i];
          if (ex) onSelect(ex.id);
        }}
        label="Requests"
        header={HEADER}
        empty={
          <div class="cl-empty-state">
            <p class="cl-empty-title">No requests captured yet.</p>
            <p>
              Reload the inspected page with this panel open (or import a HAR file). Each request appears here
              with the cookies it sent (↑) and the cookies its response set (↓).
            </p>
          </div>
        }
        testId="requests"
      />
      <RequestDetail
        exchange={selected}
        masked={masked}
        verdict={selected ? verdicts.get(selected.id) : undefined}
      />
    </div>
  );
}
