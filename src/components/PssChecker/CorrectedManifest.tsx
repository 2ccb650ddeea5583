import React, {useMemo, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {CheckLevel} from '@site/src/lib/pss';
import {correctedFileName, correctedManifest, describePolicy, type ObjectResult} from '@site/src/lib/pss/view';
import styles from './styles.module.css';

interface Props {
  readonly result: ObjectResult;
  readonly level: CheckLevel;
  readonly version: string;
  /** The object is JSON in the input: show the correction as JSON too. */
  readonly json: boolean;
  /** Replaces the object in the input with the corrected version. */
  readonly onUse: () => void;
}

/**
 * The object repaired by the engine (`fixPod`) so that it passes, as YAML to
 * copy, with a button that puts it into the input in place of the original.
 */
export default function CorrectedManifest({result, level, version, json, onUse}: Props): ReactNode {
  const {value} = result;
  const corrected = useMemo(() => correctedManifest(value, level, version), [value, level, version]);
  return (
    <div className={styles.corrected}>
      <h4 className={styles.correctedTitle}>Corrected manifest</h4>
      <p className={styles.correctedNote}>
        {corrected.passes
          ? `This version passes ${describePolicy(level, version)}. `
          : 'The automatic repairs could not make this object pass; fix the remaining problems by hand. '}
        The repairs change behaviour (a hostPath volume becomes an emptyDir, for example), and an image that needs root
        must be rebuilt to run as another user: review before you apply it.
      </p>
      <p>
        <button type="button" className="button button--primary button--sm" onClick={onUse}>
          Use corrected manifest
        </button>{' '}
        <span className={styles.correctedHint}>replaces this object in the input and checks it again</span>
      </p>
      <CodeBlock language={json ? 'json' : 'yaml'} title={correctedFileName(result, json ? 'json' : 'yaml')}>
        {json ? corrected.json : corrected.yaml.trimEnd()}
      </CodeBlock>
    </div>
  );
}
