/**
 * npm run related — suggests `related:` front matter for pages that have
 * none: the three pages sharing the most curriculum competencies (weight 2)
 * and tags (weight 1), preferring other sections on a tie, so an article
 * points both to its concept and to its attack or task. `--write` adds the
 * suggestion to each page's front matter; review it like any other edit.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parse} from 'yaml';
import {splitFrontMatter} from '../src/lib/content/docsRules';
import {frontMatterList} from '../src/lib/content/frontmatter';
import {docId} from '../src/lib/content/headings';
import {listDocPages, readText, ROOT} from './lib';

interface Page {
  id: string;
  file: string;
  text: string;
  tags: string[];
  curriculum: string[];
  related?: string[];
}

const write = process.argv.includes('--write');
const files = await listDocPages();
const pages: Page[] = [];
for (const relative of files) {
  const file = `docs/${relative}`;
  const text = await readText(file);
  const fm = (parse(splitFrontMatter(text).frontMatter) ?? {}) as Record<string, unknown>;
  pages.push({
    id: docId(relative),
    file,
    text,
    tags: (frontMatterList(fm.tags) ?? []).filter(
      (t) => t !== 'attack-vectors' && t !== 'hardening' && t !== 'fundamentals',
    ),
    curriculum: frontMatterList(fm.curriculum) ?? [],
    related: frontMatterList(fm.related),
  });
}

const section = (id: string) => id.split('/')[0];
let changed = 0;
for (const page of pages) {
  if (page.related || page.id.endsWith('/index') || page.id.startsWith('about/')) continue;
  const scored = pages
    .filter((o) => o.id !== page.id && !o.id.endsWith('/index') && !o.id.startsWith('about/'))
    .map((o) => ({
      id: o.id,
      score:
        2 * o.curriculum.filter((c) => page.curriculum.includes(c)).length +
        o.tags.filter((t) => page.tags.includes(t)).length +
        (section(o.id) !== section(page.id) ? 0.5 : 0),
    }))
    .filter((o) => o.score >= 2)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((o) => o.id);
  if (scored.length === 0) continue;
  console.log(`${page.file}: related: [${scored.join(', ')}]`);
  if (write) {
    const updated = page.text.replace(/^(---\n[\s\S]*?)(\ncurriculum:)/, `$1\nrelated: [${scored.join(', ')}]$2`);
    if (updated !== page.text) {
      await writeFile(path.join(ROOT, page.file), updated);
      changed++;
    }
  }
}
if (write) console.log(`related: wrote ${changed} pages`);
