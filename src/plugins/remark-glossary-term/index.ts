import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {termAttributes} from './attributes';

/**
 * Remark plugin: gives every `<Term id="…">` the term's name and short
 * definition as attributes, computed at build time from the glossary data, so
 * pages carry only the definitions they use and the glossary never reaches
 * the browser outside /glossary. An unknown ID fails the build with the page,
 * the line and the closest known ID.
 */
export default function remarkGlossaryTerm() {
  return (tree: Root, file: {path?: string}): void => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as MdxJsxTextElement | MdxJsxFlowElement;
      if (element.name !== 'Term') return;
      const idAttr = element.attributes.find(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id',
      );
      const id = typeof idAttr?.value === 'string' ? idAttr.value : undefined;
      const result = termAttributes(id);
      if (!result.ok)
        throw new Error(`${file.path ?? 'a page'}:${element.position?.start.line ?? '?'}: ${result.message}`);
      element.attributes = element.attributes.filter(
        (a) => !(a.type === 'mdxJsxAttribute' && (a.name === 'term' || a.name === 'short')),
      );
      element.attributes.push(
        {type: 'mdxJsxAttribute', name: 'term', value: result.term},
        {type: 'mdxJsxAttribute', name: 'short', value: result.short},
      );
    });
  };
}
