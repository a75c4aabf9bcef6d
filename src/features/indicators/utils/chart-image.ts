/**
 * "Ladda ner bild": the chart as shown, as an SVG or PNG file a report can take, with its title,
 * legend, source line and (for sample data) the sample-data note, as Our World in Data's chart
 * images carry theirs. Imported only when a reader presses the button: nothing of it is on a
 * page's critical path.
 *
 * The chart's SVG is styled by the page's CSS; a file on its own has none, so every element's
 * computed paint and font are written onto the copy. The picture keeps the page's colours
 * (light or dark) and its background.
 */
import { commonMessages } from '../../../components/common-messages';
import type { Language } from '../../../i18n/language';
import { pickText } from '../../../core/text';
import type { Indicator, Meta } from '../../../contract/schemas';
import { indicatorsMessages } from '../indicators-messages';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;
const PADDING = 16;
const LINE = 18;
/** PNG pixels per CSS pixel: sharp in a printed report. */
const PNG_SCALE = 2;

export interface ChartImageInput {
  /** The element holding the chart and its legend (the figure as shown). */
  figure: HTMLElement;
  indicator: Indicator;
  meta: Meta | undefined;
  language: Language;
  /** The address of the view, for the source line. */
  url: string;
}

/** The largest SVG in the figure: the chart, not a legend swatch or an icon. */
function chartSvg(figure: HTMLElement): SVGSVGElement | undefined {
  let best: SVGSVGElement | undefined;
  // A chart is at least this big; the table view hides it, leaving only icons.
  let bestArea = 10_000;
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > bestArea) {
      best = svg;
      bestArea = box.width * box.height;
    }
  }
  return best;
}

/** A copy of an SVG element with the page's computed styles written onto every element. */
function inlineCopy(source: SVGElement): SVGElement {
  const copy = source.cloneNode(true) as SVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = getComputedStyle(original);
    const declarations = STYLE_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
    target.setAttribute('style', declarations);
    target.removeAttribute('class');
  });
  return copy;
}

/** Words broken into lines of about `width` pixels at a 12 px font (no font metrics needed). */
function wrap(text: string, width: number): string[] {
  const perLine = Math.max(20, Math.floor(width / 6.4));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The picture as an SVG document (text), with its size. */
export function chartImageSvg({ figure, indicator, meta, language, url }: ChartImageInput): { svg: string; width: number; height: number } {
  const chart = chartSvg(figure);
  if (!chart) throw new Error('no chart on the page');
  const t = indicatorsMessages[language];
  const common = commonMessages[language];
  const page = getComputedStyle(document.body);
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width) + 2 * PADDING;
  const font = page.fontFamily;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', page.backgroundColor || '#ffffff');
  root.append(background);
  let y = PADDING;
  const text = (content: string, size: number, weight = 400, x = PADDING) => {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(x));
    element.setAttribute('y', String(y + size));
    element.setAttribute('style', `font-family:${font};font-size:${size}px;font-weight:${weight};fill:${page.color}`);
    element.textContent = content;
    root.append(element);
    return element;
  };

  text(pickText(indicator.name, language), 18, 700);
  y += 30;
  const placed = inlineCopy(chart);
  placed.setAttribute('x', String(PADDING));
  placed.setAttribute('y', String(y));
  placed.setAttribute('width', String(Math.ceil(box.width)));
  placed.setAttribute('height', String(Math.ceil(box.height)));
  if (!placed.getAttribute('viewBox')) placed.setAttribute('viewBox', `0 0 ${Math.ceil(box.width)} ${Math.ceil(box.height)}`);
  root.append(placed);
  y += Math.ceil(box.height) + 8;

  // The legend's entries (swatch and name), in rows, as shown under the chart.
  let x = PADDING;
  for (const item of figure.querySelectorAll<HTMLElement>('.chart-legend li')) {
    const swatch = item.querySelector('svg');
    const label = item.textContent?.trim() ?? '';
    if (!label) continue;
    const itemWidth = 40 + label.length * 6.6 + 16;
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      y += LINE;
    }
    if (swatch) {
      const copy = inlineCopy(swatch);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y + 1));
      root.append(copy);
    }
    text(label, 12, 400, x + 40);
    x += itemWidth;
  }
  y += LINE + 8;

  const source = `${t.embedSource}: ${indicator.source.name}${indicator.source.url ? ` (${indicator.source.url})` : ''} · ${url}`;
  for (const line of wrap(source, width - 2 * PADDING)) {
    text(line, 12);
    y += LINE;
  }
  if (meta?.isSample) {
    const note = `${common.sampleNoticeTitle}: ${pickText(meta.sampleNote, language) || common.sampleNoticeDefault}`;
    for (const line of wrap(note, width - 2 * PADDING)) {
      text(line, 12, 600);
      y += LINE;
    }
  }
  const height = Math.ceil(y + PADDING);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The picture as a file: SVG as it is, PNG drawn from it at twice the size. */
export async function chartImageBlob(format: 'png' | 'svg', input: ChartImageInput): Promise<Blob> {
  const { svg, width, height } = chartImageSvg(input);
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  if (format === 'svg') return svgBlob;
  const url = URL.createObjectURL(svgBlob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
