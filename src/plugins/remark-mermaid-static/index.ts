import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Code, Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {describeDiagram, diagramFileName, svgSize, type DiagramTheme} from '../../lib/diagrams/mermaid';
import {diagramKey} from './key';

export interface Options {
  /** Folder holding the rendered SVGs (static/diagrams). */
  readonly dir: string;
  /** The site's baseUrl, so image paths work under a sub-path. */
  readonly baseUrl: string;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

/**
 * Remark plugin: replaces each ```mermaid code block with a <figure> holding
 * two pre-rendered SVG images, one per colour theme (CSS shows the one that
 * matches the reader's theme). The SVGs come from `npm run diagrams`; a
 * diagram that has not been rendered fails the build with that instruction.
 */
export default function remarkMermaidStatic(options: Options) {
  return (tree: Root, file: {path?: string}): void => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const key = diagramKey(node.value);
      const alt = describeDiagram(node.value);
      const images = (['light', 'dark'] as const satisfies readonly DiagramTheme[]).map((theme) => {
        const name = diagramFileName(key, theme);
        let svg: string;
        try {
          svg = readFileSync(path.join(options.dir, name), 'utf8');
        } catch {
          const where = `${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}`;
          throw new Error(
            `${where}: this Mermaid diagram has not been rendered. Run "npm run diagrams" (needs Chromium) and commit static/diagrams/.`,
          );
        }
        const size = svgSize(svg);
        const element: MdxJsxFlowElement = {
          type: 'mdxJsxFlowElement',
          name: 'img',
          attributes: [
            attribute('src', `${options.baseUrl}diagrams/${name}`),
            attribute('alt', alt),
            attribute('className', `diagram diagram--${theme}`),
            attribute('loading', 'lazy'),
            attribute('decoding', 'async'),
            ...(size ? [attribute('width', String(size.width)), attribute('height', String(size.height))] : []),
          ],
          children: [],
        };
        return element;
      });
      const figure: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'figure',
        attributes: [attribute('className', 'diagram-figure')],
        children: images,
      };
      parent.children.splice(index, 1, figure);
    });
  };
}
