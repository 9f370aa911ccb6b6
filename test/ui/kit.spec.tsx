// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../src/ui/kit/tabs.tsx';
import { VirtualList } from '../../src/ui/kit/virtual-list.tsx';

afterEach(cleanup);

function List({ count, onActivate }: { count: number; onActivate?: (i: number) => void }) {
  const [selected, setSelected] = useState<number | null>(null);
  return (
    <VirtualList
      count={count}
      rowHeight={20}
      rowKey={(i) => String(i)}
      renderRow={(i) => <span>row {i}</span>}
      selectedIndex={selected}
      onSelect={setSelected}
      onActivate={onActivate}
      label="Things"
      empty="Nothing yet"
      testId="things"
    />
  );
}

describe('VirtualList', () => {
  it('renders only a window of a huge list', () => {
    render(<List count={10_000} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    expect(screen.getByText('row 0')).toBeTruthy();
    expect(screen.queryByText('row 9999')).toBeNull();
  });

  it('moves the selection with the keyboard and activates with Enter', () => {
    let activated = -1;
    render(<List count={5} onActivate={(i) => (activated = i)} />);
    const box = screen.getByRole('grid', { name: 'Things' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getByText('row 1').parentElement?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'End' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('things-4');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(activated).toBe(4);
    fireEvent.keyDown(box, { key: 'Home' });
    expect(box.getAttribute('aria-activedescendant')).toBe('things-0');
  });

  it('shows the empty state', () => {
    render(<List count={0} />);
    expect(screen.getByText('Nothing yet')).toBeTruthy();
  });
});

describe('Tabs', () => {
  function Host() {
    const [active, setActive] = useState<'a' | 'b' | 'c'>('a');
    return (
      <Tabs
        label="Views"
        active={active}
        onChange={setActive}
        tabs={[
          { id: 'a', label: 'Alpha', count: 3 },
          { id: 'b', label: 'Beta' },
          { id: 'c', label: 'Gamma' },
        ]}
      >
        <p>content {active}</p>
      </Tabs>
    );
  }

  it('switches with arrow keys, wrapping around', () => {
    render(<Host />);
    const alpha = screen.getByRole('tab', { name: /Alpha/ });
    expect(alpha.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(alpha, { key: 'ArrowLeft' });
    expect(screen.getByText('content c')).toBeTruthy();
    fireEvent.keyDown(alpha, { key: 'ArrowRight' });
    expect(screen.getByText('content a')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Beta' }));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-b');
  });
});

describe('panel text shows hidden characters (issue #19 break 5)', () => {
  it('bidi overrides, zero-width and C1 characters come out as \\u escapes, then are cut', async () => {
    const { truncate, showValue } = await import('../../src/ui/kit/display-text.ts');
    expect(truncate('admin\u202eresu\u200b\u009b')).toBe('admin\\u202eresu\\u200b\\u009b');
    expect(showValue('x\u2066y', false)).toBe('x\\u2066y');
    expect(truncate('\u202e'.repeat(100), 20)).toHaveLength(20);
  });
});

describe('values to mask', () => {
  it('adds the percent-decoded and -encoded forms a URL may carry, and survives broken ones', async () => {
    const { MASK } = await import('../../src/ui/kit/display-text.ts');
    const { valuesToMask, maskText } = await import('../../src/ui/kit/masked-text.ts');
    const values = valuesToMask(['John Smith', 'a%20b', '', '100%', 'x\ud800']);
    expect(values).toEqual([
      'John Smith',
      'John%20Smith',
      'a%20b',
      'a b',
      'a%2520b',
      '100%',
      '100%25',
      'x\ud800',
    ]);
    expect(maskText('/welcome?user=John%20Smith', true, values)).toBe(`/welcome?user=${MASK}`);
  });

  it('cuts a megabyte of text as cheaply as a line, with the same result as cutting it whole', async () => {
    const { truncate } = await import('../../src/ui/kit/display-text.ts');
    const huge = `\u202e${'a'.repeat(1_000_000)}`;
    expect(truncate(huge, 10)).toBe(`\\u202eaaa…`);
    expect(truncate('abcdefghij', 10)).toBe('abcdefghij');
    expect(truncate('abcdefghijk', 10)).toBe('abcdefghi…');
  });
});
