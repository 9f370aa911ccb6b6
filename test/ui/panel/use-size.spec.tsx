// @vitest-environment happy-dom
/**
 * useSize (layout/use-size.ts): an element's size, measured after each commit. With a size expected
 * before the first measure (the panel's root fills the viewport: viewportSize), a right guess renders
 * once; 0×0 first rendered the whole panel twice before its first paint (issue #16).
 */
import { cleanup, render } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type Size, useSize, viewportSize } from '../../../src/ui/panel/layout/use-size.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** happy-dom lays nothing out: the element measures as `size`. */
function measuresAs(size: Size) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(size.width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(size.height);
}

function Probe({ seen, initial }: { seen: Size[]; initial?: () => Size }) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useSize(ref, initial);
  seen.push(size);
  return <div ref={ref}>{`${size.width}×${size.height}`}</div>;
}

describe('useSize', () => {
  test('unknown first: renders 0×0 ("not measured"), then the measured size', async () => {
    measuresAs({ width: 640, height: 480 });
    const seen: Size[] = [];
    const { findByText } = render(<Probe seen={seen} />);
    await findByText('640×480');
    expect(seen.map((s) => `${s.width}×${s.height}`)).toEqual(['0×0', '640×480']);
  });

  test('a right guess renders once: the measure after the commit changes nothing', async () => {
    measuresAs({ width: 640, height: 480 });
    const seen: Size[] = [];
    const { findByText } = render(<Probe seen={seen} initial={() => ({ width: 640, height: 480 })} />);
    await findByText('640×480');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(1);
  });

  test('a wrong guess is corrected by the measure', async () => {
    measuresAs({ width: 300, height: 200 });
    const seen: Size[] = [];
    const { findByText } = render(<Probe seen={seen} initial={() => ({ width: 640, height: 480 })} />);
    await findByText('300×200');
    expect(seen.map((s) => `${s.width}×${s.height}`)).toEqual(['640×480', '300×200']);
  });

  test("viewportSize is the window's inner size", () => {
    expect(viewportSize()).toEqual({ width: window.innerWidth, height: window.innerHeight });
  });
});
