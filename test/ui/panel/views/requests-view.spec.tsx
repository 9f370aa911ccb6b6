// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useMemo, useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../../src/core/model.ts';
import { MASK } from '../../../../src/ui/panel/views/display-text.ts';
import { RequestsView } from '../../../../src/ui/panel/views/requests-view.tsx';
import { analysed, exchange, HOSTILE } from './fixtures.ts';

afterEach(cleanup);

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';

const sample: Exchange[] = [
  exchange('e1', {
    url: 'https://app.example/login?next=/',
    method: 'POST',
    status: 302,
    requestCookieHeader: 'theme=dark; csrf=tok123',
    setCookieHeaders: ['sid=s3cr3t; HttpOnly; Secure; Path=/', 'old=; Max-Age=0'],
  }),
  exchange('e2', {
    url: 'http://plain.example/',
    setCookieHeaders: ['__Host-x=1; Secure; Path=/'],
  }),
  exchange('e3', { url: 'https://api.example/me', authorizationHeader: `Bearer ${JWT}` }),
  exchange('e4', { url: 'https://api.example/basic', authorizationHeader: 'Basic dXNlcjpwYXNz' }),
];

const sampleVerdicts = analysed(sample).verdicts;

/** The Requests view over the analysis of `exchanges`, with its selection held like the panel holds it. */
function Controlled({ exchanges, masked = false }: { exchanges: Exchange[]; masked?: boolean }) {
  const [sel, setSel] = useState<string | null>(null);
  const verdicts = useMemo(() => analysed(exchanges).verdicts, [exchanges]);
  return (
    <RequestsView
      exchanges={exchanges}
      masked={masked}
      selectedId={sel}
      onSelect={setSel}
      verdicts={verdicts}
    />
  );
}

describe('RequestsView', () => {
  it('teaches what to do when nothing was captured', () => {
    render(
      <RequestsView
        exchanges={[]}
        masked={false}
        selectedId={null}
        onSelect={() => {}}
        verdicts={analysed([]).verdicts}
      />,
    );
    expect(screen.getByText('No requests captured yet.')).toBeTruthy();
    expect(screen.getByTestId('request-detail').textContent).toContain('Select a request');
  });

  it('lists method, status, host+path and cookies sent/set', () => {
    render(<Controlled exchanges={sample} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const first = rows[0]?.textContent ?? '';
    expect(first).toContain('POST');
    expect(first).toContain('302');
    // Path first, then the host (docked right, the host alone filled the column).
    expect(first).toContain('/login?next=/ app.example');
    expect(first).toMatch(/^#1POST/);
    expect(first).toContain('↑2');
    expect(first).toContain('↓2');
  });

  it('marks a rejected Set-Cookie and a Bearer JWT', () => {
    render(<Controlled exchanges={sample} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).not.toContain('rejected');
    // Secure cookie from http: refused (RFC 6265bis §5.7).
    expect(rows[1]?.textContent).toContain('rejected');
    expect(rows[2]?.textContent).toContain('JWT');
    expect(rows[3]?.textContent).not.toContain('JWT');
  });

  it('reports selection by click and keyboard; the parent controls selectedId', () => {
    const picked: string[] = [];
    const props = {
      exchanges: sample,
      masked: false,
      verdicts: sampleVerdicts,
      onSelect: (id: string) => picked.push(id),
    };
    const { rerender } = render(<RequestsView {...props} selectedId={null} />);
    fireEvent.click(screen.getAllByRole('row').slice(1)[1] as HTMLElement);
    expect(picked).toEqual(['e2']);
    // Uncontrolled clicks change nothing until the parent passes selectedId.
    expect(screen.getAllByRole('row').slice(1)[1]?.getAttribute('aria-selected')).toBe('false');
    rerender(<RequestsView {...props} selectedId="e2" />);
    expect(screen.getAllByRole('row').slice(1)[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'ArrowDown' });
    expect(picked).toEqual(['e2', 'e3']);
  });

  it('shows the selected request: Cookie pairs, each Set-Cookie line with its verdict, the auth kind', () => {
    render(<Controlled exchanges={sample} />);
    fireEvent.click(screen.getAllByRole('row').slice(1)[0] as HTMLElement);
    const detail = within(screen.getByTestId('request-detail'));
    const cells = detail.getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['theme', 'dark', 'csrf', 'tok123']);
    const lines = detail.getAllByRole('listitem').map((l) => l.textContent);
    expect(lines[0]).toBe('setssid=s3cr3t; HttpOnly; Secure; Path=/');
    expect(lines[1]).toBe('deletesold=; Max-Age=0');
    expect(detail.getByTestId('auth-kind').textContent).toBe('No Authorization header.');
  });

  it('says "unknown", not "none", for a request whose headers as sent were never recorded', () => {
    const provisional = [
      exchange('e1', { url: 'https://bank.example/transfer', method: 'POST', cookieHeaderUnknown: true }),
      exchange('e2', { url: 'https://bank.example/account' }),
    ];
    render(<Controlled exchanges={provisional} />);
    const [unknownRow, noneRow] = screen.getAllByRole('row').slice(1);
    const sentCell = (row: HTMLElement | undefined) =>
      row?.querySelector('[title^="cookies sent"]') as HTMLElement | null;
    expect(sentCell(unknownRow)?.textContent).toBe('↑?');
    expect(sentCell(unknownRow)?.title).toContain('provisional request headers');
    expect(sentCell(noneRow)?.textContent).toBe('↑0');
    fireEvent.click(unknownRow as HTMLElement);
    const detail = within(screen.getByTestId('request-detail'));
    expect(detail.getByTestId('cookie-header-note').textContent).toMatch(/^Not recorded: .* is unknown\.$/);
    fireEvent.click(noneRow as HTMLElement);
    expect(within(screen.getByTestId('request-detail')).getByTestId('cookie-header-note').textContent).toBe(
      'No Cookie header on this request.',
    );
  });

  it('explains why a Set-Cookie was rejected', () => {
    render(<Controlled exchanges={sample} />);
    fireEvent.click(screen.getAllByRole('row').slice(1)[1] as HTMLElement);
    const text = screen.getByTestId('set-cookie-lines').textContent ?? '';
    expect(text).toContain('rejected');
    expect(text).toContain('Secure');
  });

  it('names the Authorization kind without showing credentials', () => {
    render(<Controlled exchanges={sample} />);
    fireEvent.click(screen.getAllByRole('row').slice(1)[2] as HTMLElement);
    expect(screen.getByTestId('auth-kind').textContent).toContain('Bearer JWT');
    expect(screen.getByTestId('request-detail').textContent).not.toContain(JWT);
    fireEvent.click(screen.getAllByRole('row').slice(1)[3] as HTMLElement);
    expect(screen.getByTestId('auth-kind').textContent).toContain('Basic');
    expect(screen.getByTestId('request-detail').textContent).not.toContain('dXNlcjpwYXNz');
  });

  it('masks values (not names) in pairs and Set-Cookie lines', () => {
    render(<Controlled exchanges={sample} masked />);
    fireEvent.click(screen.getAllByRole('row').slice(1)[0] as HTMLElement);
    const detail = screen.getByTestId('request-detail').textContent ?? '';
    expect(detail).not.toContain('tok123');
    expect(detail).not.toContain('s3cr3t');
    expect(detail).toContain('csrf');
    expect(detail).toContain(`sid=${MASK}; HttpOnly; Secure; Path=/`);
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['theme', MASK, 'csrf', MASK]);
  });

  it('renders hostile names and values as text, and truncates huge ones', () => {
    const hostile = exchange('h', {
      url: `https://app.example/${HOSTILE}`,
      method: HOSTILE,
      requestCookieHeader: `${HOSTILE}=${'v'.repeat(5000)}`,
      setCookieHeaders: [`${HOSTILE}; Path=/`],
    });
    const { container } = render(<Controlled exchanges={[hostile]} />);
    fireEvent.click(screen.getAllByRole('row').slice(1)[0] as HTMLElement);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src');
    const value = screen.getAllByRole('cell')[1]?.textContent ?? '';
    expect(value.length).toBeLessThanOrEqual(200);
    expect(value.endsWith('…')).toBe(true);
  });

  it('virtualises a long capture', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => exchange(`e${i}`, { requestCookieHeader: 'a=1' }));
    render(<Controlled exchanges={many} />);
    expect(screen.getAllByRole('row').slice(1).length).toBeLessThan(200);
  });
});
