import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {exampleSummary} from './summary';

/**
 * Remark plugin: gives every `<ManifestExample file="…">` in a page the line
 * that says what `npm test` validated the file against, as a `summary`
 * attribute computed at build time from examples/registry.ts. The registry
 * (one description per example file, growing with every example) therefore
 * never reaches the browser. An unregistered file fails the build here, with
 * the page, the line and the fix.
 */
export default function remarkExampleSummary() {
  return (tree: Root, file: {path?: string}): void => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'ManifestExample') return;
      const fileAttr = node.attributes.find(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'file',
      );
      const example = typeof fileAttr?.value === 'string' ? fileAttr.value : undefined;
      const where = `${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}`;
      const summary = exampleSummary(example);
      if (!summary.ok) throw new Error(`${where}: ${summary.message}`);
      node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'summary'));
      node.attributes.push({type: 'mdxJsxAttribute', name: 'summary', value: summary.text});
    });
  };
}
