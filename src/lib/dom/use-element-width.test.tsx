import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetPrerenderedWidths, rememberPrerenderedWidths } from './prerendered-widths';
import { useElementWidth } from './use-element-width';
import { useHydrated } from './use-hydrated';

function Probe({ widthKey, onRender }: { widthKey?: string; onRender: (width: number | undefined) => void }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(8, { widthKey });
  onRender(width);
  return (
    <div ref={ref} data-testid="probe">
      {width === undefined ? 'unmeasured' : `width ${width}`}
    </div>
  );
}

/** A prerendered page's element with a laid-out width (jsdom lays nothing out). */
function prerenderedElement(key: string, width: number): HTMLElement {
  const root = document.createElement('div');
  const element = document.createElement('div');
  element.dataset.widthKey = key;
  Object.defineProperty(element, 'clientWidth', { value: width });
  root.append(element);
  return root;
}

describe('useElementWidth', () => {
  afterEach(() => {
    forgetPrerenderedWidths();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** A ResizeObserver whose reports the test sends. */
  function stubResizeObserver(): { report: (width: number) => void } {
    const observers: Array<(entries: unknown[]) => void> = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: (entries: unknown[]) => void) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    return { report: (width) => observers.forEach((callback) => callback([{ contentRect: { width } }])) };
  }

  // Runs first: no component has seen the app take over yet, as on a prerendered page.
  it('while a prerendered page is taken over, takes the first width from the ResizeObserver, without forcing a layout', async () => {
    const observer = stubResizeObserver();
    const read = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get');
    render(<Probe onRender={() => undefined} />);
    expect(screen.getByTestId('probe').textContent).toBe('unmeasured');
    act(() => observer.report(412));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('width 412'));
    expect(read).not.toHaveBeenCalled();
  });

  it('measures the element in a layout effect when no width was read before', () => {
    const widths: Array<number | undefined> = [];
    render(<Probe onRender={(width) => widths.push(width)} />);
    expect(widths[0]).toBeUndefined();
    expect(screen.getByTestId('probe').textContent).toBe('width 0');
  });

  it('starts with the width read from the prerendered page, without measuring the new element', () => {
    rememberPrerenderedWidths(prerenderedElement('chart', 380));
    const read = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get');
    const widths: Array<number | undefined> = [];
    render(<Probe widthKey="chart" onRender={(width) => widths.push(width)} />);
    expect(widths[0]).toBe(380);
    expect(screen.getByTestId('probe').textContent).toBe('width 380');
    expect(read).not.toHaveBeenCalled();
  });

  it('measures again once the first page is on screen and the remembered widths are forgotten', () => {
    rememberPrerenderedWidths(prerenderedElement('chart', 380));
    forgetPrerenderedWidths();
    render(<Probe widthKey="chart" onRender={() => undefined} />);
    expect(screen.getByTestId('probe').textContent).toBe('width 0');
  });

  it('ignores elements without a width and other keys', () => {
    rememberPrerenderedWidths(prerenderedElement('chart', 0));
    rememberPrerenderedWidths(prerenderedElement('other', 500));
    render(<Probe widthKey="chart" onRender={() => undefined} />);
    expect(screen.getByTestId('probe').textContent).toBe('width 0');
  });

  it('once the app has taken over (client navigation), measures in the layout effect as before', async () => {
    function Hydrated() {
      return <p>{useHydrated() ? 'hydrated' : 'hydrating'}</p>;
    }
    render(<Hydrated />);
    await screen.findByText('hydrated');
    stubResizeObserver();
    render(<Probe onRender={() => undefined} />);
    expect(screen.getByTestId('probe').textContent).toBe('width 0');
  });
});
