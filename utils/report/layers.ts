// Which selector layer of the reader matched each part of the page. Reads the
// reader's own tables (SEL, INVITE_SEL): a layer added there is reported here.
import { INVITE_SEL } from '@/utils/upwork/invitation-selectors';
import { SEL } from '@/utils/upwork/selectors';

export interface LayerMatch {
  /** Index of the first layer that matched (0 = newest), or null when none did. */
  layer: number | null;
  of: number;
  selector: string | null;
  /** Elements the matching layer found. */
  count: number;
  /** Per row or per message: how many matched at each layer, and how many matched none. */
  within?: { byLayer: number[]; none: number };
}

/** The layers of one part: a list, or one selector whose comma-separated alternatives are layers, newest first. */
export function layersOf(sel: string | readonly string[]): string[] {
  if (typeof sel !== 'string') return [...sel];
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i];
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(sel.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(sel.slice(start).trim());
  return out.filter(Boolean);
}

const count = (root: ParentNode, sel: string) => {
  try {
    return root.querySelectorAll(sel).length;
  } catch {
    return 0;
  }
};

function firstLayer(roots: ParentNode[], layers: string[]): number | null {
  const i = layers.findIndex((l) => roots.some((r) => count(r, l) > 0));
  return i < 0 ? null : i;
}

/** The first layer that matches in `doc`, and, when `within` is given, the layer each of those elements matched. */
export function layerMatch(doc: ParentNode, sel: string | readonly string[], within?: Element[]): LayerMatch {
  const layers = layersOf(sel);
  const layer = firstLayer(within?.length ? within : [doc], layers);
  const found = layer === null ? 0 : within?.length ? within.filter((w) => count(w, layers[layer]) > 0).length : count(doc, layers[layer]);
  const match: LayerMatch = { layer, of: layers.length, selector: layer === null ? null : layers[layer], count: found };
  if (within?.length) {
    const byLayer = layers.map(() => 0);
    let none = 0;
    for (const w of within) {
      const i = firstLayer([w], layers);
      if (i === null) none++;
      else byLayer[i]++;
    }
    match.within = { byLayer, none };
  }
  return match;
}

/** Parts read inside each row, or inside each message; the rest are looked for on the whole page. */
const IN_ROW = /^row[A-Z]/;
const IN_STORY = /^(storyHeader|author|storyTime|dayDivider|storyText|storyBody|deleted|attachment|quote)$/;
const IN_INVITATION = /^(link|title|client|time)$/;

/** One line a person reads: "layer 1 of 3: [data-test=\"room-name\"], 5 found; per row: 5 · 1 · 0, none 0". */
export function layerLine(m: LayerMatch): string {
  const head = m.layer === null ? `no layer of ${m.of} matched` : `layer ${m.layer + 1} of ${m.of}: ${m.selector}, ${m.count} found`;
  return m.within ? `${head}; each: ${m.within.byLayer.join(' · ')}, none ${m.within.none}` : head;
}

/** Every part of the Messages page's table, with the layer that matched it. */
export function messagesLayers(doc: Document): Record<string, string> {
  const rows = layerElements(doc, SEL.row);
  const stories = layerElements(doc, SEL.story);
  return Object.fromEntries(
    Object.entries(SEL).map(([part, sel]) => [
      part,
      layerLine(layerMatch(doc, sel, IN_ROW.test(part) ? rows : IN_STORY.test(part) ? stories : undefined)),
    ]),
  );
}

/** Every part of the proposals page's table, with the layer that matched it. */
export function invitationLayers(doc: Document): Record<string, string> {
  const rows = layerElements(doc, INVITE_SEL.row);
  return Object.fromEntries(
    Object.entries(INVITE_SEL).map(([part, sel]) => [part, layerLine(layerMatch(doc, sel, IN_INVITATION.test(part) ? rows : undefined))]),
  );
}

/** The elements of the first layer that matches anything. */
export function layerElements(doc: ParentNode, sel: string | readonly string[]): Element[] {
  for (const l of layersOf(sel)) {
    try {
      const found = doc.querySelectorAll(l);
      if (found.length) return Array.from(found);
    } catch {
      /* a layer the browser cannot parse matches nothing */
    }
  }
  return [];
}
