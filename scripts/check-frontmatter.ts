/**
 * npm run check:frontmatter — every page under docs/ has valid front matter
 * (src/lib/content/frontmatter.ts), follows the article rules
 * (src/lib/content/docsRules.ts), is listed in sidebars.ts, and together the
 * pages cover the required curriculum competencies.
 */
import {parse} from 'yaml';
import sidebars from '../sidebars';
import {coverageMap, MATRIX_TARGETS, missingTaskCoverage, REQUIRED_COVERAGE} from '../src/lib/content/coverage';
import {buildAttackContainersMatrix, buildMicrosoftMatrix, type MatrixPage} from '../src/lib/content/threatMatrix';
import {languages} from '../src/lib/code/prism';
import {
  checkArticleBody,
  checkAttackVectorSections,
  checkTaskSections,
  checkCodeFences,
  checkManifestExamples,
  frontMatterKeyLine,
  splitFrontMatter,
} from '../src/lib/content/docsRules';
import {checkFrontMatter, frontMatterList} from '../src/lib/content/frontmatter';
import {docId} from '../src/lib/content/headings';
import {finish, listDocPages, readText} from './lib';

/** Languages a code fence may name: those Prism knows here (yaml, json, bash, text…) and mermaid. */
const CODE_LANGUAGES = [...languages, 'mermaid'];

/** Pages that introduce a section or describe the project: no quiz or references required. */
const NON_ARTICLES = new Set(['fundamentals/index', 'attack-vectors/index', 'about/how-this-site-is-built']);

function sidebarDocIds(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => sidebarDocIds(v, out));
  else if (value && typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if ((item.type === 'doc' || item.type === undefined) && typeof item.id === 'string') out.add(item.id);
    for (const v of Object.values(item)) if (typeof v === 'object') sidebarDocIds(v, out);
  }
  return out;
}

const inSidebar = sidebarDocIds(sidebars, new Set());
/** The tag vocabulary; the build also refuses other tags (onInlineTags: 'throw'), but later and slower. */
const knownTags = new Set(Object.keys((parse(await readText('docs/tags.yml')) ?? {}) as Record<string, unknown>));
const files = await listDocPages();
const problems: Array<{file: string; line?: number; message: string}> = [];
const pages: Array<{file: string; curriculum: string[]}> = [];
const relatedLinks: Array<{file: string; related: string[]}> = [];
const matrixPages: MatrixPage[] = [];

for (const relative of files) {
  const file = `docs/${relative}`;
  const id = docId(relative);
  const text = await readText(file);
  const {frontMatter, body, bodyStartLine} = splitFrontMatter(text);
  let data: unknown;
  try {
    data = parse(frontMatter);
  } catch (error) {
    problems.push({
      file,
      line: 2,
      message: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    continue;
  }
  for (const issue of checkFrontMatter(data, file)) {
    problems.push({file, line: frontMatterKeyLine(text, issue.key) ?? 1, message: issue.message});
  }
  const fm = (data ?? {}) as {applies_to?: unknown; curriculum?: unknown; tags?: unknown; related?: unknown};
  const related = frontMatterList(fm.related);
  if (related) relatedLinks.push({file, related});
  for (const tag of frontMatterList(fm.tags) ?? []) {
    if (!knownTags.has(tag)) {
      problems.push({
        file,
        line: frontMatterKeyLine(text, 'tags') ?? 1,
        message: `tag "${tag}" is not in docs/tags.yml; use one of its tags or add it there with a label`,
      });
    }
  }
  const appliesTo = typeof fm.applies_to === 'string' ? fm.applies_to : 'v1.37';
  for (const p of checkArticleBody(body, bodyStartLine, {appliesTo, isArticle: !NON_ARTICLES.has(id)})) {
    problems.push({file, ...p});
  }
  if (id.startsWith('attack-vectors/') && !NON_ARTICLES.has(id)) {
    for (const p of checkAttackVectorSections(body, bodyStartLine)) problems.push({file, ...p});
  }
  if (id.startsWith('hardening/') && id !== 'hardening/index') {
    for (const p of checkTaskSections(body, bodyStartLine)) problems.push({file, ...p});
  }
  for (const p of checkManifestExamples(body, bodyStartLine)) problems.push({file, ...p});
  for (const p of checkCodeFences(body, bodyStartLine, CODE_LANGUAGES)) problems.push({file, ...p});
  if (!inSidebar.has(id)) {
    problems.push({file, message: `page id "${id}" is in no sidebar; add it to sidebars.ts`});
  }
  pages.push({file, curriculum: frontMatterList(fm.curriculum) ?? []});
  const catalogue = data as {title?: unknown; mitre_attack?: unknown; microsoft_matrix?: unknown};
  matrixPages.push({
    title: String(catalogue.title ?? id),
    permalink: `/docs/${id}`,
    mitre_attack: frontMatterList(catalogue.mitre_attack),
    microsoft_matrix: frontMatterList(catalogue.microsoft_matrix),
  });
}

const docIds = new Set(files.map(docId));
for (const id of inSidebar) {
  if (!docIds.has(id)) {
    problems.push({file: 'sidebars.ts', message: `lists "${id}" but docs/${id}.mdx does not exist`});
  }
}

for (const {file, related} of relatedLinks) {
  for (const id of related) {
    if (!docIds.has(id)) {
      problems.push({
        file,
        message: `related page "${id}" does not exist; use a doc ID such as "fundamentals/authorization/rbac"`,
      });
    } else if (`docs/${id}.mdx` === file || `docs/${id}.md` === file) {
      problems.push({file, message: 'a page cannot list itself as related'});
    }
  }
}

const coverage = coverageMap(pages);
const covered = [...coverage.values()].filter((p) => p.length > 0).length;
const missing = REQUIRED_COVERAGE.filter((id) => (coverage.get(id) ?? []).length === 0);
for (const id of missing) {
  problems.push({
    file: 'docs/',
    message: `no page lists curriculum ID ${id} in its front matter; cover it in depth on a page`,
  });
}

for (const id of missingTaskCoverage(pages)) {
  problems.push({file: 'docs/hardening/', message: `no hardening task page lists ${id}; teach it as a task`});
}

const microsoft = buildMicrosoftMatrix(matrixPages).figures;
const attack = buildAttackContainersMatrix(matrixPages).figures;
if (microsoft.percent < MATRIX_TARGETS.microsoftPercent) {
  problems.push({
    file: 'docs/attack-vectors/',
    message: `the Microsoft threat matrix is ${microsoft.percent}% covered (${microsoft.covered} of ${microsoft.applicable}); the target is ${MATRIX_TARGETS.microsoftPercent}%: see /threat-matrix for the gaps`,
  });
}
if (attack.percent < MATRIX_TARGETS.attackPercent) {
  problems.push({
    file: 'docs/attack-vectors/',
    message: `ATT&CK Containers is ${attack.percent}% covered (${attack.covered} of ${attack.applicable}); every technique with a Kubernetes form needs an article: see /threat-matrix/mitre-attack`,
  });
}

finish(
  'check:frontmatter',
  files.length,
  problems,
  `${files.length} pages checked; ${inSidebar.size} sidebar entries; curriculum: ${covered} of ${coverage.size} competencies covered (${REQUIRED_COVERAGE.length - missing.length} of ${REQUIRED_COVERAGE.length} required); threat matrix: Microsoft ${microsoft.covered} of ${microsoft.applicable} (${microsoft.percent}%), ATT&CK Containers ${attack.covered} of ${attack.applicable} (${attack.percent}%).`,
);
