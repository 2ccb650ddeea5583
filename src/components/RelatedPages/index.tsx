import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import styles from './styles.module.css';

/** Sidebar labels by URL: every doc is in a sidebar (check:frontmatter), and doc pages load the sidebars anyway. */
function labelsByHref(items: readonly PropSidebarItem[], out: Map<string, string>): Map<string, string> {
  for (const item of items) {
    if (item.type === 'link') out.set(item.href, item.label);
    if (item.type === 'category') {
      if (item.href) out.set(item.href, item.label);
      labelsByHref(item.items, out);
    }
  }
  return out;
}

/** The URL of a doc ID: docs are routed by their path ("fundamentals/index" → /docs/fundamentals). */
const hrefOf = (id: string): string => `/docs/${id.replace(/(^|\/)index$/, '')}`;

/** "Related pages" at the foot of an article, from its front matter (IDs checked by check:frontmatter). */
export default function RelatedPages({ids}: {readonly ids: readonly string[]}): ReactNode {
  const version = useDocsVersion();
  const labels = new Map<string, string>();
  for (const sidebar of Object.values(version.docsSidebars)) labelsByHref(sidebar, labels);
  return (
    <nav className={styles.related} aria-labelledby="related-pages">
      <h2 id="related-pages" className={styles.heading}>
        Related pages
      </h2>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <Link to={hrefOf(id)}>{labels.get(hrefOf(id)) ?? id}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
