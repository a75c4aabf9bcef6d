import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { DomainSymbol, StatusSymbol } from './site-symbol';
import { DOMAINS, SITE_STATUSES } from './site-symbols';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The page backgrounds a legend swatch sits on: light (--bg, --bg-subtle) and dark mode (global.css). */
const BACKGROUNDS = { light: ['#ffffff', '#f4f6f8'], dark: ['#121417', '#1b1f24', '#1e2329'] };

/** The colour painted at a swatch's outer edge: the first stroked path (the halo, or the outline without one). */
function edgeColour(container: HTMLElement): string {
  const stroked = container.querySelector('svg path[stroke]');
  return stroked?.getAttribute('stroke') ?? 'none';
}

test.each([...SITE_STATUSES.map((status) => ['status', status] as const), ...DOMAINS.map((domain) => ['domain', domain] as const)])(
  'the %s swatch "%s" stands out (≥ 3:1 at its edge) on light and dark backgrounds',
  (kind, value) => {
    const { container } = render(
      kind === 'status' ? <StatusSymbol status={value as (typeof SITE_STATUSES)[number]} /> : <DomainSymbol domain={value as (typeof DOMAINS)[number]} />,
    );
    const strokes = [...container.querySelectorAll('svg path[stroke]')].map((path) => path.getAttribute('stroke') ?? '');
    for (const background of BACKGROUNDS.dark) {
      // In dark mode the light halo carries the contrast.
      expect(Math.max(...strokes.map((stroke) => contrast(stroke, background))), `edge on ${background}`).toBeGreaterThanOrEqual(3);
      expect(contrast(edgeColour(container), background), `outermost edge on ${background}`).toBeGreaterThanOrEqual(3);
    }
    for (const background of BACKGROUNDS.light) {
      // In light mode the coloured outline does (the white halo melts into the page).
      expect(Math.max(...strokes.map((stroke) => contrast(stroke, background))), `edge on ${background}`).toBeGreaterThanOrEqual(3);
    }
  },
);
