import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {questionsById} from '../quizzes/resolve';

/**
 * Remark plugin: `<Quiz questions="id id">` in an article gets the questions
 * themselves (with their example files) as a JSON `data` attribute, written
 * at build time, so the page carries only its own questions. An unknown ID
 * fails the build with the page, the line and the closest known ID.
 */
export default function remarkQuiz() {
  return (tree: Root, file: {path?: string}): void => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Quiz') return;
      const attr = node.attributes.find(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'questions',
      );
      const ids = typeof attr?.value === 'string' ? attr.value.split(/\s+/).filter(Boolean) : [];
      const result = questionsById(ids);
      if (!result.ok)
        throw new Error(`${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}: ${result.message}`);
      node.attributes = node.attributes.filter(
        (a) => !(a.type === 'mdxJsxAttribute' && (a.name === 'questions' || a.name === 'data')),
      );
      node.attributes.push({type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(result.questions)});
    });
  };
}
