import { CLASS } from './stylesheet';
import { legendEntries, SHAPE_PATHS, type LegendSwatch } from './legend';

/** What the exported picture says under the canvas, already in the user's language. */
export type BriefingFooter = {
  /** "Restricted: law enforcement". */
  classification: string;
  /** Who exported it, when, and what it shows. */
  caption: string;
  legend: { swatch: LegendSwatch; text: string }[];
};

/** The legend entries the picture carries: kinds, link confidence, the badge and the path. */
export const PICTURE_LEGEND = legendEntries().filter(
  (entry) =>
    entry.section === 'kinds' ||
    entry.section === 'links' ||
    entry.selectors.includes(`node.${CLASS.expandable}`) ||
    entry.selectors.includes(`node.${CLASS.onPath}`),
);

export type FooterPlacement = {
  height: number;
  classification: { x: number; y: number };
  caption: { x: number; y: number };
  items: { x: number; y: number; swatch: LegendSwatch; text: string }[];
};

/** Sizes in CSS pixels; the picture is drawn at `scale` times these. */
const PAD = 16;
const LINE = 20;
const SWATCH = 26;
const GAP = 18;

/**
 * PURE: where the footer's lines and legend items go under a picture `width` device pixels wide,
 * the legend flowing onto as many rows as it needs. `measure` gives a text's width at `scale`.
 */
export function placeFooter(
  footer: BriefingFooter,
  width: number,
  scale: number,
  measure: (text: string) => number,
): FooterPlacement {
  const s = scale;
  const classification = { x: PAD * s, y: (PAD + 14) * s };
  const caption = { x: PAD * s, y: classification.y + LINE * s };
  const items: FooterPlacement['items'] = [];
  let x = PAD * s;
  let y = caption.y + LINE * s;
  for (const { swatch, text } of footer.legend) {
    const itemWidth = (SWATCH + 6) * s + measure(text);
    if (x > PAD * s && x + itemWidth > width - PAD * s) {
      x = PAD * s;
      y += LINE * s;
    }
    items.push({ x, y, swatch, text });
    x += itemWidth + GAP * s;
  }
  return { height: y + PAD * s, classification, caption, items };
}

const FONT = 'Inter, "Noto Sans Khmer", system-ui, sans-serif';

function drawSwatch(
  ctx: CanvasRenderingContext2D,
  swatch: LegendSwatch,
  x: number,
  y: number,
  s: number,
) {
  ctx.save();
  ctx.translate(x, y - 11 * s);
  switch (swatch.type) {
    case 'node': {
      ctx.scale(s, s);
      const path = new Path2D(SHAPE_PATHS[swatch.shape]);
      ctx.fillStyle = swatch.fill;
      ctx.fill(path);
      ctx.strokeStyle = swatch.stroke ?? '#868e96';
      ctx.lineWidth = swatch.strokeWidth ?? 0.5;
      ctx.stroke(path);
      break;
    }
    case 'line':
      ctx.strokeStyle = swatch.color;
      ctx.globalAlpha = swatch.opacity;
      ctx.lineWidth = swatch.width * s;
      ctx.setLineDash(
        swatch.dash === 'dashed'
          ? [5 * s, 3 * s]
          : swatch.dash === 'dotted'
            ? [1.5 * s, 2.5 * s]
            : [],
      );
      ctx.beginPath();
      ctx.moveTo(0, 7 * s);
      ctx.lineTo(SWATCH * s, 7 * s);
      ctx.stroke();
      break;
    case 'badge':
      ctx.fillStyle = swatch.fill;
      ctx.beginPath();
      ctx.roundRect(0, 0, 22 * s, 14 * s, 7 * s);
      ctx.fill();
      ctx.fillStyle = swatch.text;
      ctx.font = `600 ${10 * s}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText('3', 11 * s, 11 * s);
      break;
    case 'box':
      ctx.fillStyle = swatch.fill;
      ctx.strokeStyle = swatch.stroke;
      ctx.fillRect(0, 0, 22 * s, 14 * s);
      ctx.strokeRect(0, 0, 22 * s, 14 * s);
      break;
  }
  ctx.restore();
}

/** The canvas picture with the footer drawn under it: what a briefing can show and file. */
export async function composeBriefingPng(
  picture: Blob,
  footer: BriefingFooter,
  scale: number,
): Promise<Blob> {
  const image = await createImageBitmap(picture);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return picture;
  ctx.font = `${12 * scale}px ${FONT}`;
  const place = placeFooter(footer, image.width, scale, (text) => ctx.measureText(text).width);
  canvas.width = image.width;
  canvas.height = image.height + place.height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.translate(0, image.height);
  ctx.strokeStyle = '#ced4da';
  ctx.lineWidth = scale;
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(canvas.width, 0);
  ctx.stroke();
  ctx.fillStyle = '#a61e1e';
  ctx.font = `700 ${14 * scale}px ${FONT}`;
  ctx.fillText(footer.classification, place.classification.x, place.classification.y);
  ctx.fillStyle = '#212529';
  ctx.font = `${12 * scale}px ${FONT}`;
  ctx.fillText(footer.caption, place.caption.x, place.caption.y);
  for (const item of place.items) {
    drawSwatch(ctx, item.swatch, item.x, item.y, scale);
    ctx.fillStyle = '#212529';
    ctx.font = `${12 * scale}px ${FONT}`;
    ctx.fillText(item.text, item.x + (SWATCH + 6) * scale, item.y);
  }
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? picture), 'image/png'));
}
