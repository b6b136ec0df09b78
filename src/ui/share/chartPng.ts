/**
 * A chart on the page as a PNG: its SVG cloned with the computed colours and fonts written into each
 * element (the page's stylesheet, with its theme variables, does not travel with a serialised SVG),
 * laid out with its title and legend (src/share/chartImage.ts), drawn onto a canvas and encoded.
 * Loaded only when a reader asks for an image.
 */
import { composeChartSvg, type LegendEntry, type SvgPart } from '../../share/chartImage.ts';

/** The properties that decide how SVG draws; everything else is layout the SVG already holds. */
const PAINT_PROPERTIES = [
  'color',
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Integer pixels per CSS pixel: sharp on high-density screens and projected slides. */
const SCALE = 2;

/**
 * Writes `source`'s computed paint into `clone`, for the whole tree, as presentation attributes
 * (fill="…"), not as a style attribute: the pages' Content-Security-Policy refuses inline styles,
 * and in the picture, which has no stylesheet, the attributes decide alone.
 */
function inlinePaint(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  clone.removeAttribute('style');
  for (const property of PAINT_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '') clone.setAttribute(property, value);
  }
  clone.removeAttribute('class');
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const c = clone.children[i];
    if (s && c) inlinePaint(s, c);
  }
}

function serialise(svg: SVGSVGElement): SvgPart {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlinePaint(svg, clone);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** The colour that shows behind `element`: the nearest ancestor background that is not see-through. */
function backgroundBehind(element: Element): string {
  for (let e: Element | null = element; e !== null; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the chart as an image'));
    image.src = url;
  });
}

async function rasterise(part: SvgPart): Promise<Blob> {
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(part.markup)}`;
  const image = await loadImage(url);
  const canvas = document.createElement('canvas');
  canvas.width = part.width * SCALE;
  canvas.height = part.height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser has no canvas to draw the image on');
  context.scale(SCALE, SCALE);
  context.drawImage(image, 0, 0, part.width, part.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    ),
  );
}

/** The chart in `figure` (a ChartFigure: plot SVG plus the HTML legend) as a PNG. */
export async function chartPngBlob(figure: HTMLElement, title: string): Promise<Blob> {
  const plot = figure.querySelector<SVGSVGElement>('.chart-plot svg');
  if (!plot) throw new Error('the chart is not drawn yet');
  const legend: LegendEntry[] = [];
  for (const item of figure.querySelectorAll('.chart-legend li')) {
    const icon = item.querySelector('svg');
    if (icon) legend.push({ icon: serialise(icon), label: item.textContent?.trim() ?? '' });
  }
  const style = getComputedStyle(figure);
  const image = composeChartSvg({
    title,
    plot: serialise(plot),
    legend,
    background: backgroundBehind(figure),
    foreground: style.color,
    fontFamily: style.fontFamily,
  });
  return rasterise(image);
}
