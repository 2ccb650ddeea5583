import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {LEVEL_LABELS, type ViolationView} from '@site/src/lib/pss/view';
import FieldLine from './FieldLine';
import {factsClassName} from '@site/src/components/ToolUi';
import styles from './styles.module.css';

interface Props {
  readonly violation: ViolationView;
  readonly onShowLine: (line: number) => void;
}

/**
 * One failing control: the upstream check ID and its title, the reason and
 * detail exactly as Pod Security Admission reports them, the field, the fix
 * and the article section that explains the control.
 */
export default function ViolationItem({violation: v, onShowLine}: Props): ReactNode {
  return (
    <li className={styles.violation}>
      <h4 className={styles.violationTitle}>
        {v.title}{' '}
        <span className={styles.checkId}>
          (check <code>{v.check}</code>, {LEVEL_LABELS[v.level]})
        </span>
      </h4>
      <dl className={factsClassName}>
        <dt>Reason</dt>
        <dd>
          <code>{v.reason}</code>
        </dd>
        <dt>Detail</dt>
        <dd>{v.detail}</dd>
        <dt>Field</dt>
        <dd>
          <FieldLine path={v.path} location={v.location} onShowLine={onShowLine} />
        </dd>
        <dt>Fix</dt>
        <dd>{v.fix}</dd>
      </dl>
      <p className={styles.docsLink}>
        <Link to={v.docsPath}>Read about “{v.title}”</Link>
      </p>
    </li>
  );
}
