/**
 * Mermaid diagrams are rendered to SVG ahead of time (scripts/render-diagrams.ts)
 * and shown as images, so article pages ship no Mermaid JavaScript (about
 * 200 KB gzip). This module holds the pure parts: finding the diagrams in a
 * page, naming their files, and writing a text alternative for each.
 */
import {linePosition} from '../format/textPosition';

/** Bump when the render settings change, so every diagram is re-rendered. */
export const RENDER_VERSION = 'mermaid-static-1';

export const THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof THEMES)[number];

export interface MermaidBlock {
  /** The diagram source, trimmed. */
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

const FENCE = /^([ \t]*)(`{3,}|~{3,})mermaid\b[^\n]*\n([\s\S]*?)\n\1\2\s*$/gm;

/** Every fenced ```mermaid block in a Markdown or MDX page. */
export function extractMermaidBlocks(source: string): MermaidBlock[] {
  const blocks: MermaidBlock[] = [];
  for (const match of source.matchAll(FENCE)) {
    const {line} = linePosition(source, match.index);
    blocks.push({code: (match[3] ?? '').trim(), line});
  }
  return blocks;
}

/** Text that identifies a diagram's rendering: version plus source. Hash it for the file name. */
export function keyMaterial(code: string): string {
  return `${RENDER_VERSION}\n${code.trim()}`;
}

/** File name of a rendered diagram under static/diagrams/. */
export function diagramFileName(key: string, theme: DiagramTheme): string {
  return `${key}-${theme}.svg`;
}

const SHAPE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['/', '/'],
  ['\\', '\\'],
  ['"', '"'],
];

/** Strips shape delimiters that wrap the whole label, e.g. the "(…)" of a cylinder [(etcd)]. */
function unwrap(label: string): string {
  let out = label.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of SHAPE_PAIRS) {
      if (out.length >= 2 && out.startsWith(open) && out.endsWith(close)) {
        out = out.slice(1, -1).trim();
        changed = true;
      }
    }
  }
  return out;
}

function cleanLabel(label: string): string {
  return unwrap(label)
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;|#\w+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A text alternative for the diagram: its accTitle and accDescr when the
 * author wrote them, otherwise its kind and the labels of its nodes and
 * participants in order of first appearance.
 */
export function describeDiagram(code: string): string {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(code)?.[1]?.trim();
  const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(code)?.[1]?.trim();
  if (title) return description ? `${title}. ${description}` : title;
  const firstLine =
    code
      .split('\n')
      .find((l) => l.trim() !== '' && !l.trim().startsWith('%%'))
      ?.trim() ?? '';
  const kind = /^sequenceDiagram/.test(firstLine)
    ? 'Sequence diagram'
    : /^(flowchart|graph)\b/.test(firstLine)
      ? 'Flowchart'
      : /^stateDiagram/.test(firstLine)
        ? 'State diagram'
        : 'Diagram';
  const labels: string[] = [];
  const add = (label: string | undefined): void => {
    const clean = cleanLabel(label ?? '');
    if (clean && !labels.includes(clean)) labels.push(clean);
  };
  for (const match of code.matchAll(/\b(?:participant|actor)\s+\S+\s+as\s+([^\n]+)/g)) add(match[1]);
  for (const match of code.matchAll(/\b(?:participant|actor)\s+([^\s]+)\s*$/gm)) add(match[1]);
  for (const match of code.matchAll(
    /\[\s*"?([^"\]]+?)"?\s*\]|\(\(\s*"?([^")]+?)"?\s*\)\)|\{\s*"?([^"}]+?)"?\s*\}|\(\s*"?([^")]+?)"?\s*\)/g,
  )) {
    add(match[1] ?? match[2] ?? match[3] ?? match[4]);
  }
  for (const match of code.matchAll(/^\s*subgraph\s+\S+\s*\[\s*"?([^"\]]+?)"?\s*\]/gm)) add(match[1]);
  const list = labels.slice(0, 25).join(', ');
  return list ? `${kind}: ${list}${labels.length > 25 ? ', …' : ''}` : kind;
}

/** Width and height from an SVG's viewBox, rounded, for the <img> attributes (avoids layout shift). */
export function svgSize(svg: string): {width: number; height: number} | undefined {
  const viewBox = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!viewBox?.[1] || !viewBox[2]) return undefined;
  return {width: Math.round(Number(viewBox[1])), height: Math.round(Number(viewBox[2]))};
}
