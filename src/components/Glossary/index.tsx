import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {byLetter, type GlossaryTerm} from '@site/src/lib/learning/glossary';
import styles from './styles.module.css';

interface Props {
  readonly terms: readonly GlossaryTerm[];
}

/** The glossary: terms by letter, each under its own heading (its anchor is the term ID). */
export default function Glossary({terms}: Props): ReactNode {
  const groups = byLetter(terms);
  return (
    <>
      <nav aria-label="Glossary letters" className={styles.letters}>
        <ul>
          {groups.map((g) => (
            <li key={g.letter}>
              <a href={`#letter-${g.letter === '#' ? 'digits' : g.letter.toLowerCase()}`}>{g.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.letter} className={styles.group}>
          <Heading as="h2" id={`letter-${g.letter === '#' ? 'digits' : g.letter.toLowerCase()}`}>
            {g.letter}
          </Heading>
          <dl className={styles.list}>
            {g.terms.map((t) => (
              <div key={t.id} className={styles.entry}>
                <dt>
                  <Heading as="h3" id={t.id} className={styles.term}>
                    {t.term}
                  </Heading>
                  {t.aka && <span className={styles.aka}>Also: {t.aka.join(', ')}</span>}
                </dt>
                <dd>
                  <p className={styles.short}>{t.short}</p>
                  <p>{t.long}</p>
                  <p className={styles.links}>
                    Read more:{' '}
                    {t.links.map((l, i) => (
                      <React.Fragment key={l.to}>
                        {i > 0 && ', '}
                        <Link to={l.to}>{l.label}</Link>
                      </React.Fragment>
                    ))}
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
