import React, {useId, type CSSProperties, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

interface Props {
  /** Glossary term ID (src/lib/learning/glossaryTerms.ts). */
  readonly id: string;
  /** Set at build time by src/plugins/remark-glossary-term. */
  readonly term?: string;
  /** Set at build time by src/plugins/remark-glossary-term. */
  readonly short?: string;
  /** The words in the sentence; the term's name when empty. */
  readonly children?: ReactNode;
}

/**
 * A glossary term in running text: a button that opens the term's short
 * definition in a popover (the browser's Popover API: Enter, Space, click or
 * tap open it; Escape, a click elsewhere or the button close it). The
 * definition is also the button's accessible description, so a screen reader
 * reads it on focus. No script beyond React's render: the definition is
 * written into the page at build time.
 */
export default function Term({id, term, short, children}: Props): ReactNode {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  if (!term || !short) {
    throw new Error(`<Term id="${id}"> has no definition: src/plugins/remark-glossary-term did not run on this page`);
  }
  const popover = `term-${uid}`;
  return (
    <span className={styles.term} style={{'--term-anchor': `--term-${uid}`} as CSSProperties}>
      <button type="button" className={styles.trigger} popoverTarget={popover} aria-describedby={`${popover}-text`}>
        {children ?? term}
      </button>
      <span id={popover} popover="auto" className={styles.popover}>
        <span id={`${popover}-text`}>
          <strong>{term}</strong>: {short}
        </span>{' '}
        <Link to={`/glossary#${id}`}>More in the glossary</Link>
      </span>
    </span>
  );
}
