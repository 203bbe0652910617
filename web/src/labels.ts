/**
 * Label drawing without overlaps, biggest nodes first: sigma's label grid
 * picks candidate labels per cell and calls the drawer for each, all within
 * one synchronous pass; this drawer only collects them and, in a microtask
 * right after the pass, draws the selection's labels and then the others by
 * decreasing node size, skipping any whose box would overlap one already drawn.
 * A renderer must be attached (attachLabelDrawer) so that a new frame drops
 * the candidates of a frame replaced before the microtask ran. Image export
 * attaches its temporary renderer, re-renders, and yields one microtask.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

interface Box { x: number; y: number; w: number; h: number }
type Args = Parameters<NodeLabelDrawingFunction>;
interface Candidate { data: Args[1]; settings: Args[2] }

const pending = new Map<CanvasRenderingContext2D, Candidate[]>();

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function flush(context: CanvasRenderingContext2D): void {
  const candidates = pending.get(context) ?? [];
  pending.delete(context);
  candidates.sort((a, b) => Number(!!b.data.forceLabel) - Number(!!a.data.forceLabel) || b.data.size - a.data.size);
  const boxes: Box[] = [];
  for (const { data, settings } of candidates) {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const box: Box = { x: x - 1, y: data.y - size * 0.7, w: context.measureText(data.label!).width + 2, h: size * 1.4 };
    if (!data.forceLabel && boxes.some((b) => overlaps(b, box))) continue;
    boxes.push(box);
    const attr = settings.labelColor.attribute;
    context.fillStyle = (attr ? String((data as Record<string, unknown>)[attr] ?? '') : '') || settings.labelColor.color || '#000';
    context.lineWidth = 3;
    context.lineJoin = 'round';
    context.strokeStyle = 'rgba(255,255,255,0.85)';
    context.strokeText(data.label!, x, data.y + size / 3);
    context.fillText(data.label!, x, data.y + size / 3);
  }
}

export const drawLabelWithoutOverlap: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  let list = pending.get(context);
  if (!list) {
    pending.set(context, (list = []));
    queueMicrotask(() => flush(context));
  }
  list.push({ data: { ...data }, settings });
};

/** Drop pending labels of a renderer's label canvas whenever it starts a new frame. */
export function attachLabelDrawer(renderer: Pick<Sigma, 'on' | 'getCanvases'>): void {
  const context = renderer.getCanvases().labels?.getContext('2d');
  if (context) renderer.on('beforeRender', () => pending.delete(context));
}
