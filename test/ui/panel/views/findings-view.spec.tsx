// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../../src/core/analysis/analyzer.ts';
import type { CookieRef } from '../../../../src/core/model.ts';
import { ruleTexts } from '../../../../src/core/rules/rule-texts.ts';
import { MASK } from '../../../../src/ui/panel/views/display-text.ts';
import { httpsUrl } from '../../../../src/ui/panel/views/finding-item.tsx';
import { FINDINGS_PAGE, FindingsView } from '../../../../src/ui/panel/views/findings-view.tsx';
import { exchange, finding, HOSTILE } from './fixtures.ts';

/** The real analysis of one response setting these lines (a login page over https). */
function analyseOne(lines: string[]) {
  const ex = exchange('e1', { url: 'https://app.example/login', setCookieHeaders: lines });
  return { analysis: analyseExchanges([ex], { now: ex.startedAt }) };
}

afterEach(cleanup);

const noop = () => {};

describe('FindingsView', () => {
  it('teaches what to do when there are no findings', () => {
    render(<FindingsView findings={[]} masked={false} onSelectCookie={noop} />);
    expect(screen.getByText('No findings yet.')).toBeTruthy();
    expect(screen.getByTestId('findings-view').textContent).toContain('Reload the page');
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });

  it('groups by severity, most severe first, with counts', () => {
    const findings = [
      finding('samesite-missing', 'info'),
      finding('auth-no-secure', 'medium'),
      finding('auth-no-httponly', 'high'),
      finding('no-secure-on-https', 'low'),
      finding('jwt-alg-none', 'high'),
    ];
    render(<FindingsView findings={findings} masked={false} onSelectCookie={noop} />);
    const groups = screen.getAllByRole('region').filter((el) => el.dataset.testid?.startsWith('group-'));
    expect(groups.map((g) => g.dataset.testid)).toEqual([
      'group-high',
      'group-medium',
      'group-low',
      'group-info',
    ]);
    const high = within(screen.getByTestId('group-high'));
    expect(high.getByRole('heading').textContent).toBe('High (2)');
    // Within a group, the analysis order is kept.
    expect(high.getAllByTestId('finding').map((f) => f.closest('li')?.dataset.rule)).toEqual([
      'auth-no-httponly',
      'jwt-alg-none',
    ]);
    expect(screen.getByTestId('findings-summary').textContent).toBe('High 2Medium 1Low 1Info 1');
  });

  it('omits empty groups but still counts them as zero', () => {
    render(<FindingsView findings={[finding('x', 'low')]} masked={false} onSelectCookie={noop} />);
    expect(screen.queryByTestId('group-high')).toBeNull();
    expect(screen.getByTestId('group-low')).toBeTruthy();
    expect(screen.getByTestId('findings-summary').textContent).toContain('High 0');
  });

  it('selects the cookie by click on the cookie and by Enter on the finding', () => {
    const selected: CookieRef[] = [];
    const cookie = { name: 'connect.sid', domain: 'app.example', path: '/' };
    render(
      <FindingsView
        findings={[finding('auth-no-httponly', 'high', { cookie })]}
        masked={false}
        onSelectCookie={(c) => selected.push(c)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /connect\.sid · app\.example\// }));
    fireEvent.keyDown(screen.getByTestId('finding'), { key: 'Enter' });
    expect(selected).toEqual([cookie, cookie]);
  });

  it('expands why and how to fix by click, Space and arrow keys; the Express snippet is a <pre> block', () => {
    const { container } = render(
      <FindingsView findings={[finding('auth-no-httponly', 'high')]} masked={false} onSelectCookie={noop} />,
    );
    const item = screen.getByTestId('finding');
    expect(screen.queryByText('Why it matters')).toBeNull();
    fireEvent.click(item);
    expect(item.getAttribute('aria-expanded')).toBe('true');
    expect(item.closest('li')?.textContent).toContain(ruleTexts('auth-no-httponly').why);
    const pres = Array.from(container.querySelectorAll('pre'));
    expect(pres.map((p) => p.textContent)).toEqual([
      'res.cookie(name, value, { httpOnly: true });',
      'cookie: { httpOnly: true }',
    ]);
    fireEvent.keyDown(item, { key: ' ' });
    expect(screen.queryByText('How to fix')).toBeNull();
    fireEvent.keyDown(item, { key: 'ArrowRight' });
    expect(screen.getByText('How to fix')).toBeTruthy();
    fireEvent.keyDown(item, { key: 'ArrowLeft' });
    expect(screen.queryByText('How to fix')).toBeNull();
  });

  it("shows the fix in the framework the cookie's name gives away, not Express's", () => {
    const cookie = { name: 'PHPSESSID', domain: 'shop.example', path: '/' };
    const { container } = render(
      <FindingsView
        findings={[finding('auth-no-httponly', 'high', { cookie })]}
        masked={false}
        onSelectCookie={noop}
      />,
    );
    fireEvent.click(screen.getByTestId('finding'));
    const fix = container.querySelector('.cl-fix');
    expect(fix?.textContent).toMatch(/^PHPSESSID is PHP's session cookie: php\.ini /);
    expect(Array.from(fix?.querySelectorAll('code') ?? []).map((c) => c.textContent)).toContain(
      'session.cookie_httponly = 1',
    );
    expect(fix?.textContent).not.toContain('res.cookie');
  });

  it('links only https references, with target=_blank rel=noreferrer; the rest is plain text', () => {
    const { container } = render(
      <FindingsView findings={[finding('jwt-alg-none', 'high')]} masked={false} onSelectCookie={noop} />,
    );
    fireEvent.click(screen.getByTestId('finding'));
    const { refs } = ruleTexts('jwt-alg-none');
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(refs.filter((r) => r.startsWith('https://')));
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noreferrer');
    const text = container.querySelector('.cl-refs')?.textContent ?? '';
    for (const ref of refs.filter((r) => !r.startsWith('https://'))) expect(text).toContain(ref);
    for (const ref of ['javascript:alert(1)', 'http://plain.example/']) expect(httpsUrl(ref)).toBeNull();
  });

  it('moves focus between findings with the arrow keys', () => {
    render(
      <FindingsView
        findings={[finding('a', 'high'), finding('b', 'low')]}
        masked={false}
        onSelectCookie={noop}
      />,
    );
    const [first, second] = screen.getAllByTestId('finding');
    first?.focus();
    if (first) fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    if (second) fireEvent.keyDown(second, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('masks values quoted in messages, never names', () => {
    const f = finding('unsigned-auth-state', 'high', {
      cookie: { name: 'isAdmin', domain: 'app.example', path: '/' },
      message: 'isAdmin=true is a yes/no flag, without a signature',
      quoted: ['true'],
    });
    const { container, rerender } = render(<FindingsView findings={[f]} masked onSelectCookie={noop} />);
    expect(container.textContent).toContain(`isAdmin=${MASK} is a yes/no flag`);
    expect(container.textContent).not.toContain('isAdmin=true');
    rerender(<FindingsView findings={[f]} masked={false} onSelectCookie={noop} />);
    expect(container.textContent).toContain('isAdmin=true');
  });

  it('masks a quoted value past its spaces, from the real rule (issue #19)', () => {
    const { analysis } = analyseOne(['user=John Smith; Path=/', 'isAdmin=1; Path=/']);
    const { container } = render(<FindingsView findings={analysis.findings} masked onSelectCookie={noop} />);
    expect(container.textContent).toContain(`user=${MASK} names a user or role in clear`);
    expect(container.textContent).not.toContain('Smith');
    expect(container.textContent).not.toContain('isAdmin=1');
  });

  it('renders a hostile cookie name and message as text', () => {
    const f = finding('samesite-missing', 'info', {
      cookie: { name: HOSTILE, domain: 'app.example', path: '/' },
      message: `${HOSTILE} has no SameSite attribute`,
    });
    const { container } = render(<FindingsView findings={[f]} masked={false} onSelectCookie={noop} />);
    fireEvent.click(screen.getByTestId('finding'));
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
  });

  it('bounds a huge group and shows more on demand', () => {
    const many = Array.from({ length: FINDINGS_PAGE + 5 }, (_, i) => finding(`r${i}`, 'info'));
    render(<FindingsView findings={many} masked={false} onSelectCookie={noop} />);
    expect(screen.getAllByTestId('finding')).toHaveLength(FINDINGS_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more (5 not shown)' }));
    expect(screen.getAllByTestId('finding')).toHaveLength(FINDINGS_PAGE + 5);
  });
});
