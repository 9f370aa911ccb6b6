// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../../src/core/model.ts';
import { FlowView, type FlowViewProps } from '../../../../src/ui/panel/views/flow-view.tsx';
import { analysed, exchange, HOSTILE, keyOf } from './fixtures.ts';

afterEach(cleanup);

const exchanges: Exchange[] = [
  exchange('e1', {
    url: 'https://app.example/login',
    method: 'POST',
    setCookieHeaders: ['sid=abc123; HttpOnly'],
  }),
  exchange('n1', { url: 'https://cdn.example/app.js' }),
  exchange('e2', { url: 'https://app.example/me', requestCookieHeader: 'sid=abc123; theme=dark' }),
  exchange('e3', { url: 'https://api.example/data', requestCookieHeader: 'theme=dark' }),
  exchange('e4', { url: 'https://app.example/logout', setCookieHeaders: ['sid=; Max-Age=0'] }),
];
const analysis = analysed(exchanges);
const sid = { key: keyOf(analysis, 'sid', 'app.example') };

/** The Flow view over the analysis of `exchanges` (of the sample unless given). */
function renderFlow(patch: Partial<FlowViewProps> = {}) {
  const calls = { traced: [] as (string | null)[], selected: [] as string[] };
  const a = patch.exchanges ? analysed(patch.exchanges) : analysis;
  const props: FlowViewProps = {
    exchanges,
    cookies: a.cookies,
    verdicts: a.verdicts,
    tracedKey: null,
    masked: false,
    onTrace: (k) => calls.traced.push(k),
    onSelectExchange: (id) => calls.selected.push(id),
    ...patch,
  };
  const view = render(<FlowView {...props} />);
  return { ...view, calls };
}

const messageIds = () => screen.getAllByTestId('flow-message').map((m) => m.dataset.exchange);

describe('FlowView', () => {
  it('teaches what to do when no cookie was seen', () => {
    renderFlow({ exchanges: [exchange('n1')] });
    expect(screen.getByTestId('flow-empty').textContent).toContain('Reload the inspected page');
    expect(screen.getByTestId('flow-empty').textContent).toContain('1 requests so far');
    expect(screen.queryAllByTestId('flow-message')).toHaveLength(0);
  });

  it('draws lifelines per origin, arrows labelled with cookie names, and folds cookie-less requests', () => {
    const { container } = renderFlow();
    expect(Array.from(container.querySelectorAll('.cl-lane')).map((l) => l.textContent)).toEqual([
      'Browser',
      'https://app.example',
      'https://api.example',
    ]);
    expect(messageIds()).toEqual(['e1', 'e2', 'e3', 'e4']);
    const [login, me, , logout] = screen.getAllByTestId('flow-message');
    expect(login?.textContent).toContain('Set-Cookie: sid (new)');
    expect(me?.textContent).toContain('Cookie: sid, theme');
    expect(logout?.textContent).toContain('Set-Cookie: sid (deleted)');
    expect(screen.getByTestId('flow-gap').textContent).toBe('⋯ 1 request without cookies');
    expect(screen.getByTestId('flow-legend').textContent).toContain('How to read this diagram');
  });

  it('does not count requests with unrecorded request headers as "without cookies"', () => {
    const unknown = (id: string) =>
      exchange(id, { url: `https://app.example/${id}.css`, cookieHeaderUnknown: true });
    const withUnknown = [...exchanges.slice(0, 2), unknown('u1'), ...exchanges.slice(2), unknown('u2')];
    renderFlow({ exchanges: withUnknown });
    expect(screen.getAllByTestId('flow-gap').map((g) => g.textContent)).toEqual([
      '⋯ 1 request without cookies, 1 request whose cookies were not recorded',
      '⋯ 1 request whose cookies were not recorded',
    ]);
    renderFlow({ exchanges: [exchange('n1'), unknown('u1'), unknown('u2')] });
    expect(screen.getAllByTestId('flow-empty').at(-1)?.textContent).toContain(
      '3 requests so far, none with cookies recorded: 2 without their request headers as sent.',
    );
  });

  it('never shows values, masked or not', () => {
    const { container } = renderFlow();
    expect(container.textContent).not.toContain('abc123');
    expect(container.textContent).not.toContain('dark');
  });

  it('lists cookies to trace and reports the choice', () => {
    const { calls } = renderFlow();
    const select = screen.getByTestId('trace-select') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      '(none)',
      'sid — app.example/',
      // Only ever sent, to two sites: two cookies, each scoped to the host it was sent to.
      'theme — api.example/',
      'theme — app.example/',
    ]);
    select.value = sid.key;
    fireEvent.change(select);
    select.value = '';
    fireEvent.change(select);
    expect(calls.traced).toEqual([sid.key, null]);
  });

  it('highlights the messages that sent, set or deleted the traced cookie and dims the rest', () => {
    const { calls } = renderFlow({ tracedKey: sid.key });
    const states = Object.fromEntries(
      screen.getAllByTestId('flow-message').map((m) => [m.dataset.exchange, m.dataset.state]),
    );
    expect(states).toEqual({ e1: 'traced', e2: 'traced', e3: 'dimmed', e4: 'traced' });
    expect((screen.getByTestId('trace-select') as HTMLSelectElement).value).toBe(sid.key);
    expect(screen.getByTestId('trace-note').textContent).toBe('3 of the messages below involve sid');
    fireEvent.click(screen.getByRole('button', { name: 'Stop tracing' }));
    expect(calls.traced).toEqual([null]);
  });

  it('without tracing, nothing is dimmed', () => {
    renderFlow();
    expect(screen.getAllByTestId('flow-message').every((m) => m.dataset.state === 'normal')).toBe(true);
  });

  it('selects an exchange by click, Enter and Space; arrows move between messages', () => {
    const { calls } = renderFlow();
    const [first, second] = screen.getAllByTestId('flow-message');
    fireEvent.click(second as HTMLElement);
    expect(first?.tabIndex).toBe(0);
    first?.focus();
    fireEvent.keyDown(first as HTMLElement, { key: 'Enter' });
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second as HTMLElement, { key: ' ' });
    expect(calls.selected).toEqual(['e2', 'e1', 'e2']);
  });

  it('shows only the latest 300 messages with a note giving the total', () => {
    const many = Array.from({ length: 9421 }, (_, i) => exchange(`m${i}`, { requestCookieHeader: 'a=1' }));
    renderFlow({ exchanges: many });
    expect(screen.getByTestId('flow-bound').textContent).toBe('showing the latest 300 of 9,421');
    expect(screen.getAllByTestId('flow-message')).toHaveLength(300);
    expect(messageIds().at(-1)).toBe('m9420');
  });

  it('has no bound note when everything fits', () => {
    renderFlow();
    expect(screen.queryByTestId('flow-bound')).toBeNull();
  });

  it('renders a hostile cookie name as text', () => {
    const hostile = [
      exchange('h1', { requestCookieHeader: `${HOSTILE}=1`, setCookieHeaders: [`${HOSTILE}=1`] }),
      exchange('h2', { url: `https://${HOSTILE}/`, requestCookieHeader: 'a=<script>alert(1)</script>' }),
    ];
    const { container } = renderFlow({ exchanges: hostile });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<img src');
  });
});
