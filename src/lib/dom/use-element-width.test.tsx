import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetPrerenderedWidths, rememberPrerenderedWidths } from './prerendered-widths';
import { useElementWidth } from './use-element-width';

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
});
