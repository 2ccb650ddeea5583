/**
 * npm run check:mdx — compiles every page under docs/ with MDX 3 and the
 * remark plugins Docusaurus uses for syntax (GFM tables, directives), so
 * syntax errors show up in a second rather than at the end of a full build.
 * The production build remains the final word (links, anchors, imports).
 */
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {finish, listFiles, readText} from './lib';

const files = await listFiles('docs', (p) => p.endsWith('.mdx'));
const problems: Array<{file: string; line?: number; message: string}> = [];
for (const relative of files) {
  const file = `docs/${relative}`;
  try {
    // Docusaurus strips explicit heading ids (`## Title {#id}`, enabled by
    // markdown.mdx1Compat.headingIds) before MDX sees them; do the same.
    const source = (await readText(file)).replace(/^(#{1,6} .*?)\s*\{#[\w-]+\}\s*$/gm, '$1');
    await compile(source, {remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective]});
  } catch (error) {
    const e = error as {
      line?: number;
      place?: {line?: number; start?: {line?: number}};
      reason?: string;
      message: string;
    };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    problems.push({file, line, message: `MDX does not compile: ${e.reason ?? e.message}`});
  }
}
finish('check:mdx', files.length, problems, `${files.length} MDX pages compiled.`);
