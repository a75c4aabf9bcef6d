import { act, fireEvent, screen } from '@testing-library/react';
import { Suspense, useState, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPartsDrawn, expectLaterParts, hydrateLater, partsHydrated, pendingPartLoads, takePartsDrawnWithoutCode } from './hydrate-later';
import { useHydrated } from './use-hydrated';

/** A part's code whose arrival the test decides. */
function heldLoad<P extends object>(Component: ComponentType<P>) {
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { load: () => arrived.then(() => Component), release };
}

/** The part: a counter (it works only once hydrated) that also says whether it has taken over. */
function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  const hydrated = useHydrated();
  return (
    <button type="button" onClick={() => setCount((value) => value + 1)}>
      {label} {count} {hydrated ? '(live)' : '(as served)'}
    </button>
  );
}

/** The rest of the page reads useHydrated too, so the app has taken over before the part hydrates. */
function Page({ Part }: { Part: ComponentType<{ label: string }> }) {
  const hydrated = useHydrated();
  return (
    <main>
      <p>{hydrated ? 'page live' : 'page as served'}</p>
      <Part label="Clicks" />
    </main>
  );
}

describe('hydrateLater', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('is in the prerendered HTML once its code has loaded: the prerenderer renders again after pendingPartLoads', async () => {
    const held = heldLoad(Counter);
    const Part = hydrateLater(held.load);
    const first = renderToString(<Page Part={Part} />);
    expect(first).not.toContain('Clicks');
    expect(takePartsDrawnWithoutCode()).toBe(true);
    expect(pendingPartLoads()).toHaveLength(1);
    held.release();
    await Promise.all(pendingPartLoads());
    // The load has finished, so none is pending; the flag still asks for another render.
    expect(pendingPartLoads()).toHaveLength(0);
    countPartsDrawn();
    const second = renderToString(<Page Part={Part} />);
    expect(takePartsDrawnWithoutCode()).toBe(false);
    // The count the page's prerender state carries, so the browser knows when all have hydrated.
    expect(countPartsDrawn()).toBe(1);
    // (React separates adjacent texts with empty comments.)
    expect(second.replaceAll('<!-- -->', '')).toContain('Clicks 0 (as served)');
    // A resolved Suspense boundary, which the browser hydrates; not a client-rendered fallback.
    expect(second).toContain('<!--$-->');
    expect(second).not.toContain('<!--$!-->');
    expect(pendingPartLoads()).toHaveLength(0);
  });

  it('keeps the served markup until its code arrives, then hydrates it without a mismatch, and only then is the page live', async () => {
    // The server's HTML, rendered with the part's code at hand.
    const served = hydrateLater(() => Promise.resolve(Counter));
    renderToString(<Page Part={served} />);
    await Promise.all(pendingPartLoads());
    const container = document.createElement('div');
    // As in the app, the page sits in the layout's Suspense boundary, which hydrates after the shell.
    container.innerHTML = renderToString(
      <Suspense fallback={null}>
        <Page Part={served} />
      </Suspense>,
    );
    document.body.append(container);
    const button = screen.getByRole('button');

    // In the browser the part's code is still on its way when the page hydrates.
    const held = heldLoad(Counter);
    const Part = hydrateLater(held.load);
    const errors = vi.spyOn(console, 'error');
    let live = false;
    expectLaterParts(1);
    await act(async () => {
      hydrateRoot(
        container,
        <Suspense fallback={null}>
          <Page Part={Part} />
        </Suspense>,
        { onRecoverableError: (error) => console.error(error) },
      );
      // Asked at once, as the app's shell does, before the page's own content may have hydrated.
      void partsHydrated().then(() => {
        live = true;
      });
    });
    await act(async () => {});
    expect(screen.getByText('page live')).toBeInTheDocument();
    // The part is still the server's markup: the same element, not yet live.
    expect(screen.getByRole('button')).toBe(button);
    expect(button).toHaveTextContent('Clicks 0 (as served)');
    expect(live).toBe(false);

    await act(async () => {
      held.release();
      await Promise.all(pendingPartLoads());
    });
    await act(async () => {});
    expect(live).toBe(true);
    // Hydrated in place (the same element), then told it is live; its handlers work.
    expect(screen.getByRole('button')).toBe(button);
    expect(button).toHaveTextContent('Clicks 0 (live)');
    fireEvent.click(button);
    expect(button).toHaveTextContent('Clicks 1 (live)');
    expect(errors).not.toHaveBeenCalled();
  });

  it('on a page the browser draws itself, shows the part once its code has come', async () => {
    const held = heldLoad(Counter);
    const Part = hydrateLater(held.load);
    const { render } = await import('@testing-library/react');
    render(<Page Part={Part} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await act(async () => {
      held.release();
      await Promise.all(pendingPartLoads());
    });
    expect(await screen.findByRole('button')).toHaveTextContent('Clicks 0 (live)');
  });
});
