import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {FieldLocation} from '@site/src/lib/pss/view';
import ShowLineButton from './ShowLineButton';
import styles from './styles.module.css';

interface Props {
  /** The field as the engine names it, relative to the object. */
  readonly path: string;
  readonly location: FieldLocation;
  /** Selects a line of the input. */
  readonly onShowLine: (line: number) => void;
}

/**
 * An offending field: its path, the input line that holds it (or, for a
 * field the level requires but the input lacks, the nearest line that
 * exists), and a button that selects that line in the text area.
 */
export default function FieldLine({path, location, onShowLine}: Props): ReactNode {
  return (
    <>
      <code className={styles.path}>{path || '(the object)'}</code>
      <span className={styles.source}>
        {location.exact ? (
          <>Line {location.line}: </>
        ) : (
          <>
            Not set in the input; {location.path ? <code>{location.path}</code> : 'the object'} is on line{' '}
            {location.line}:{' '}
          </>
        )}
        <code className={clsx(styles.sourceLine, location.exact && styles.sourceLineExact)}>
          {location.text.trim() || ' '}
        </code>{' '}
        <ShowLineButton line={location.line} onShowLine={onShowLine} />
      </span>
    </>
  );
}
