import React, {useId, type ReactNode} from 'react';
import type {CheckLevel} from '@site/src/lib/pss';
import {LEVEL_DESCRIPTIONS, LEVEL_LABELS, LEVELS, VERSION_OPTIONS} from '@site/src/lib/pss/view';
import {controlClassName} from '@site/src/components/ToolUi';
import styles from './styles.module.css';

interface Props {
  readonly level: CheckLevel;
  readonly version: string;
  readonly onLevel: (level: CheckLevel) => void;
  readonly onVersion: (version: string) => void;
}

/** The level (radio buttons) and the policy version (a list) the manifests are checked against. */
export default function PolicyControls({level, version, onLevel, onVersion}: Props): ReactNode {
  const id = useId();
  return (
    <div className={styles.policy}>
      <fieldset className={styles.levels}>
        <legend className={styles.policyLabel}>Level</legend>
        {LEVELS.map((l) => (
          <div key={l} className={styles.level}>
            <input
              type="radio"
              id={`${id}-${l}`}
              name={`${id}-level`}
              value={l}
              checked={level === l}
              onChange={() => onLevel(l)}
              aria-describedby={`${id}-${l}-desc`}
            />
            <label htmlFor={`${id}-${l}`}>{LEVEL_LABELS[l]}</label>
            <span id={`${id}-${l}-desc`} className={styles.levelDescription}>
              {LEVEL_DESCRIPTIONS[l]}
            </span>
          </div>
        ))}
      </fieldset>
      <div className={styles.version}>
        <label htmlFor={`${id}-version`} className={styles.policyLabel}>
          Policy version
        </label>
        <select
          id={`${id}-version`}
          className={controlClassName}
          value={version}
          onChange={(e) => onVersion(e.target.value)}
          aria-describedby={`${id}-version-help`}>
          {VERSION_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <span id={`${id}-version-help`} className={styles.levelDescription}>
          as a namespace pins it with <code>pod-security.kubernetes.io/enforce-version</code>
        </span>
      </div>
    </div>
  );
}
