import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Props {
  /** 1-based line of the input. */
  readonly line: number;
  /** Selects a line of the input. */
  readonly onShowLine: (line: number) => void;
}

/** The "Show line N in input" button of an object card and of an offending field. */
export default function ShowLineButton({line, onShowLine}: Props): ReactNode {
  return (
    <button
      type="button"
      className={clsx('button button--link button--sm', styles.showLine)}
      onClick={() => onShowLine(line)}>
      Show line {line} in input
    </button>
  );
}
