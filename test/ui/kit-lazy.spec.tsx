// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent, lazyModule } from '../../src/ui/kit/lazy.tsx';

afterEach(cleanup);

/** A module whose load the test resolves or rejects by hand. */
function deferredModule<T>() {
  let resolve: (v: T) => void = () => {};
  let reject: (e: Error) => void = () => {};
  let calls = 0;
  const mod = lazyModule(() => {
    calls++;
    return new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  });
  return { mod, resolve: (v: T) => resolve(v), reject: (e: Error) => reject(e), calls: () => calls };
}

const Hello = ({ who }: { who: string }) => <p data-testid="hello">hello {who}</p>;

describe('lazyModule', () => {
  it('loads once for every caller, and is there synchronously afterwards', async () => {
    const d = deferredModule<string>();
    expect(d.mod.get()).toBeNull();
    const a = d.mod.load();
    const b = d.mod.load();
    d.resolve('m');
    expect(await a).toBe('m');
    expect(await b).toBe('m');
    expect(d.mod.get()).toBe('m');
    expect(d.calls()).toBe(1);
  });

  it('tries again after a failed load', async () => {
    const d = deferredModule<string>();
    const first = d.mod.load();
    d.reject(new Error('gone'));
    await expect(first).rejects.toThrow('gone');
    expect(d.mod.get()).toBeNull();
    const second = d.mod.load();
    d.resolve('m');
    expect(await second).toBe('m');
    expect(d.calls()).toBe(2);
  });
});

describe('lazyComponent', () => {
  it('says it is loading, then renders the component with its props', async () => {
    const d = deferredModule<typeof Hello>();
    const LazyHello = lazyComponent(d.mod, 'greeting');
    render(<LazyHello who="panel" />);
    expect(screen.getByTestId('lazy-loading').textContent).toBe('Loading the greeting…');
    d.resolve(Hello);
    expect((await screen.findByTestId('hello')).textContent).toBe('hello panel');
    expect(screen.queryByTestId('lazy-loading')).toBeNull();
  });

  it('renders at once when the chunk was preloaded', async () => {
    const d = deferredModule<typeof Hello>();
    const LazyHello = lazyComponent(d.mod, 'greeting');
    const preloaded = LazyHello.preload();
    d.resolve(Hello);
    await preloaded;
    render(<LazyHello who="again" />);
    expect(screen.getByTestId('hello').textContent).toBe('hello again');
  });

  it('says so, as an alert, when the chunk cannot be loaded', async () => {
    const d = deferredModule<typeof Hello>();
    const LazyHello = lazyComponent(d.mod, 'greeting');
    render(<LazyHello who="x" />);
    d.reject(new Error('no such file'));
    const note = await screen.findByRole('alert');
    expect(note.textContent).toBe('The greeting could not be loaded (no such file).');
  });
});
