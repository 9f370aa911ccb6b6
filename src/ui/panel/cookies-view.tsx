/** The Cookies tab: one row per cookie (docs/architecture.md §7), virtualised, keyboard-driven (kit VirtualList). */
import type { ComponentChildren } from 'preact';
import type { TrackedCookie } from '../../core/analysis/flow-types';
import { showValue, truncate } from '../kit/display-text';
import { VirtualList } from '../kit/virtual-list';
import {
  cookieFlags,
  cookieSize,
  type FindingTally,
  factSource,
  findingKeyOf,
  hasJwt,
  lifetimeBadge,
} from './cookie-row-model';

export const ROW_HEIGHT = 22;

export interface CookiesViewProps {
  cookies: readonly TrackedCookie[];
  tallies: ReadonlyMap<string, FindingTally>;
  now: number;
  masked: boolean;
  selectedKey: string | null;
  onSelect(key: string): void;
  /** Shown instead of rows when there are none (empty capture vs. nothing matches the filter). */
  empty: ComponentChildren;
}

const HEADER = (
  <div class="crow cheader" role="presentation">
    <span>Name</span>
    <span class="c-value">Value</span>
    <span>Domain</span>
    <span class="c-path">Path</span>
    <span>Lifetime</span>
    <span>Flags</span>
    <span>Role</span>
    <span class="num c-size">Size</span>
    <span class="num">Findings</span>
    <span class="c-source">Source</span>
  </div>
);

export function CookiesView(props: CookiesViewProps) {
  const { cookies, tallies, now, masked } = props;
  const index = props.selectedKey === null ? -1 : cookies.findIndex((c) => c.key === props.selectedKey);
  return (
    <VirtualList
      count={cookies.length}
      rowHeight={ROW_HEIGHT}
      label="Cookies"
      testId="cookie-list"
      class="cookies-view"
      header={HEADER}
      empty={<p class="empty-note">{props.empty}</p>}
      selectedIndex={index < 0 ? null : index}
      rowKey={(i) => cookies[i]?.key ?? String(i)}
      onSelect={(i) => {
        const c = cookies[i];
        if (c) props.onSelect(c.key);
      }}
      onActivate={(i) => {
        const c = cookies[i];
        if (c) props.onSelect(c.key);
      }}
      renderRow={(i) => {
        const c = cookies[i];
        if (!c) return null;
        const badge = lifetimeBadge(c, now);
        const tally = tallies.get(findingKeyOf(c));
        const jwt = hasJwt(c);
        const source = factSource(c);
        return (
          <div class="crow" data-testid="cookie-row" data-name={truncate(c.name, 200)}>
            <span class="c-name" title={truncate(c.name, 1000)}>
              {truncate(c.name)}
              {jwt && (
                <span
                  class="mark jwt"
                  data-testid="jwt-mark"
                  title={jwt === 'jwt' ? 'value is a JWT' : 'value is a JWE'}
                >
                  {jwt.toUpperCase()}
                </span>
              )}
            </span>
            <span class="c-value mono">{showValue(c.value, masked)}</span>
            <span class="c-domain">{truncate(c.domain)}</span>
            <span class="c-path">{truncate(c.path)}</span>
            <span>
              <span class={`badge life-${badge.kind}`} data-testid="lifetime">
                {badge.text}
              </span>
              {/* With the detail pane open the Source column is hidden: a short mark keeps the source on the row. */}
              <span class={`src-mark src-${source.kind}`} title={source.text} aria-hidden="true">
                {source.kind === 'jar'
                  ? 'jar'
                  : source.kind === 'set-cookie'
                    ? source.text.replace('Set-Cookie at ', '')
                    : ''}
              </span>
            </span>
            <span class="c-flags" data-testid="flags">
              {cookieFlags(c).map((f) => (
                <span key={f.id} class={`flag flag-${f.id}`}>
                  {f.text}
                </span>
              ))}
            </span>
            <span
              class={`role role-${c.role.role}`}
              data-testid="role"
              title={`${c.role.role} (${c.role.confidence} confidence)${c.role.reasons.length ? `: ${c.role.reasons.join('; ')}` : ''}`}
            >
              {c.role.role}
            </span>
            {c.role.role === 'auth' && c.role.confidence !== 'high' ? (
              <span class="role-confidence" data-testid="role-confidence">
                ({c.role.confidence})
              </span>
            ) : null}
            <span class="num c-size">{cookieSize(c)}</span>
            <span class="num">
              {tally ? (
                <span class={`count sev-${tally.worst}`} data-testid="finding-count">
                  {tally.count}
                </span>
              ) : (
                <span class="muted">0</span>
              )}
            </span>
            <span class={`c-source src-${source.kind}`} data-testid="source">
              {source.text}
            </span>
          </div>
        );
      }}
    />
  );
}
