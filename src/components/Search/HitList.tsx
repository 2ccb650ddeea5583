import React, {type ReactNode, type KeyboardEvent} from 'react';
import Link from '@docusaurus/Link';
import type {SearchHit} from '@site/src/lib/search/results';
import Excerpt from './Excerpt';
import styles from './styles.module.css';

interface Props {
  readonly hits: readonly SearchHit[];
  /** Show matched sections under each page (the search page does; the navbar does not). */
  readonly sections: boolean;
  readonly onNavigate?: () => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLUListElement>) => void;
}

/** The result list shared by the navbar search and the search page. */
export default function HitList({hits, sections, onNavigate, onKeyDown}: Props): ReactNode {
  return (
    <ul className={styles.hits} onKeyDown={onKeyDown}>
      {hits.map((hit) => (
        <li key={hit.id} className={styles.hit}>
          <Link to={hit.url} className={styles.hitLink} onClick={onNavigate}>
            <span className={styles.hitTitle}>{hit.title}</span>
            <Excerpt segments={hit.excerpt} className={styles.excerpt} />
          </Link>
          {sections && hit.sections.length > 0 && (
            <ul className={styles.sections}>
              {hit.sections.map((s) => (
                <li key={s.url}>
                  <Link to={s.url} className={styles.sectionLink} onClick={onNavigate}>
                    <span className={styles.sectionTitle}>{s.title}</span>
                    <Excerpt segments={s.excerpt} className={styles.excerpt} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
