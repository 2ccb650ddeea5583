import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useDocById} from '@docusaurus/plugin-content-docs/client';
import styles from './styles.module.css';

/** "Related pages" at the foot of an article, from its front matter (IDs checked by check:frontmatter). */
export default function RelatedPages({ids}: {readonly ids: readonly string[]}): ReactNode {
  return (
    <nav className={styles.related} aria-labelledby="related-pages">
      <h2 id="related-pages" className={styles.heading}>
        Related pages
      </h2>
      <ul>
        {ids.map((id) => (
          <RelatedLink key={id} id={id} />
        ))}
      </ul>
    </nav>
  );
}

function RelatedLink({id}: {readonly id: string}): ReactNode {
  const doc = useDocById(id);
  return (
    <li>
      <Link to={`/docs/${id.replace(/(^|\/)index$/, '')}`}>{doc.title}</Link>
    </li>
  );
}
