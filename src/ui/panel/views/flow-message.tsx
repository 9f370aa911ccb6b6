/**
 * One message of the Flow diagram: the request arrow (browser → origin, labelled with the cookie names
 * it sent) and, when the response set cookies, the dashed return arrow (labelled with what it set).
 * Arrows are CSS grid items spanning from the browser's lifeline to the origin's; labels are text nodes.
 */
import { requestNumber } from '../cookie-row-model';
import type { FlowMessage, FlowPart } from './flow-layout';

export const PART_SUFFIX: Record<FlowPart['kind'], string> = {
  sent: '',
  new: ' (new)',
  updated: ' (updated)',
  deleted: ' (deleted)',
  rejected: ' (rejected)',
  set: '',
};

function Parts({ parts, more }: { parts: FlowPart[]; more: number }) {
  return (
    <>
      {parts.map((p, i) => (
        <span key={`${i}:${p.name}`} class={`cl-part cl-part-${p.kind}${p.traced ? ' cl-part-traced' : ''}`}>
          {i > 0 ? ', ' : ''}
          <span class="cl-part-name">{p.name}</span>
          {PART_SUFFIX[p.kind]}
        </span>
      ))}
      {more > 0 && <span class="cl-muted"> +{more} more</span>}
    </>
  );
}

/** Places an arrow from the centre of lane 0 to the centre of `lane` (equal-width grid columns). */
function spanStyle(lane: number) {
  const span = lane + 1;
  // Percent margins resolve against the grid area, i.e. `span` columns: half a column each side.
  const half = `${50 / span}%`;
  return { gridColumn: `1 / span ${span}`, marginLeft: half, marginRight: half };
}

function partsText(parts: FlowPart[], more: number): string {
  const text = parts.map((p) => `${p.name}${PART_SUFFIX[p.kind]}`).join(', ');
  return more > 0 ? `${text} +${more} more` : text;
}

/** The whole label as plain text for the tooltip (the drawn label may be clipped at the edge). */
function requestTitle(m: FlowMessage): string {
  let t = `${requestNumber(m.exchangeId)} ${m.method} ${m.path} → ${m.status}`;
  if (m.sent.length + m.sentMore > 0) t += ` · Cookie: ${partsText(m.sent, m.sentMore)}`;
  if (m.bearer) t += ` · Authorization: ${BEARER_LABEL[m.bearer]}`;
  return t;
}

const BEARER_LABEL = { jwt: 'Bearer JWT', jwe: 'Bearer JWE', opaque: 'Bearer token' } as const;

export interface FlowMessageRowProps {
  message: FlowMessage;
  state: 'normal' | 'traced' | 'dimmed';
  /** The first message is the diagram's tab stop; arrows move between messages from there. */
  tabbable: boolean;
  onSelect(id: string): void;
  onKeyDown(e: KeyboardEvent): void;
}

export function FlowMessageRow({ message: m, state, tabbable, onSelect, onKeyDown }: FlowMessageRowProps) {
  const hasSet = m.set.length + m.setMore > 0;
  const statusOnRequest = hasSet ? '' : ` → ${m.status}`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> cannot hold the grid rows of a diagram message
    <div
      role="button"
      tabIndex={tabbable ? 0 : -1}
      data-roving=""
      data-testid="flow-message"
      data-exchange={m.exchangeId}
      data-state={state}
      class={`cl-flow-msg cl-flow-${state}`}
      // No aria-label: the name comes from the visible label, so voice control users can say what they
      // see (WCAG 2.5.3; issue #18 found "Request 5: …" beside a visible "#5 …").
      onClick={() => onSelect(m.exchangeId)}
      onKeyDown={onKeyDown}
    >
      <div class="cl-flow-row">
        <div
          class={`cl-arrow cl-arrow-req${m.tracedSent ? ' cl-arrow-traced' : ''}`}
          style={spanStyle(m.lane)}
          title={requestTitle(m)}
        >
          <span class="cl-arrow-label">
            <span class="cl-flow-index">{requestNumber(m.exchangeId)}</span>{' '}
            <span class="cl-method">{m.method}</span> <span class="cl-flow-path">{m.path}</span>
            {statusOnRequest}
            {m.sent.length + m.sentMore > 0 && (
              <span class="cl-flow-hdr">
                {' · '}Cookie: <Parts parts={m.sent} more={m.sentMore} />
              </span>
            )}
            {m.bearer && <span class="cl-flow-hdr"> · Authorization: {BEARER_LABEL[m.bearer]}</span>}
          </span>
        </div>
      </div>
      {hasSet && (
        <div class="cl-flow-row">
          <div
            class={`cl-arrow cl-arrow-res${m.tracedSet ? ' cl-arrow-traced' : ''}`}
            style={spanStyle(m.lane)}
            title={`${m.status} · Set-Cookie: ${partsText(m.set, m.setMore)}`}
          >
            <span class="cl-arrow-label">
              {m.status} · Set-Cookie: <Parts parts={m.set} more={m.setMore} />
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
