import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import type {CheckLevel} from '@site/src/lib/pss';
import {
  objectDetails,
  objectLabel,
  strictestLevelNote,
  verdictText,
  type ManifestSource,
  type ObjectResult,
} from '@site/src/lib/pss/view';
import CorrectedManifest from './CorrectedManifest';
import FieldLine from './FieldLine';
import ShowLineButton from './ShowLineButton';
import VerdictBadge from './VerdictBadge';
import ViolationItem from './ViolationItem';
import styles from './styles.module.css';

interface Props {
  readonly result: ObjectResult;
  readonly source: ManifestSource;
  readonly level: CheckLevel;
  readonly version: string;
  /** ID of the heading, which takes focus after the object was corrected. */
  readonly headingId: string;
  readonly onShowLine: (line: number) => void;
  readonly onUseCorrection: (result: ObjectResult) => void;
}

const VERDICT_CLASS: Readonly<Record<ObjectResult['verdict'], string | undefined>> = {
  pass: styles.cardPass,
  fail: styles.cardFail,
  skipped: styles.cardSkipped,
};

/** One object of the input: its verdict, its failing controls and, when it fails, a corrected manifest. */
export default function ObjectCard({
  result,
  source,
  level,
  version,
  headingId,
  onShowLine,
  onUseCorrection,
}: Props): ReactNode {
  const details = useMemo(() => objectDetails(result, source, version), [result, source, version]);
  const note =
    details.strictestLevel === undefined
      ? ''
      : strictestLevelNote(level, details.strictestLevel, details.baselineFailures);
  return (
    <li className={clsx(styles.card, VERDICT_CLASS[result.verdict])}>
      <h3 id={headingId} tabIndex={-1} className={styles.cardTitle}>
        {objectLabel(result)} <VerdictBadge verdict={result.verdict} />
      </h3>
      <p className={styles.where}>
        {result.where.charAt(0).toUpperCase() + result.where.slice(1)}
        {result.namespace ? (
          <>
            , namespace <code>{result.namespace}</code>
          </>
        ) : null}
        . <ShowLineButton line={result.line} onShowLine={onShowLine} />
      </p>
      <p className={styles.verdict}>
        <strong>{verdictText(result, level)}.</strong>
        {note ? <> {note}</> : null}
      </p>

      {details.violations.length > 0 ? (
        <ol className={styles.violations} aria-label={`Failing controls of ${objectLabel(result)}`}>
          {details.violations.map((v) => (
            <ViolationItem key={v.key} violation={v} onShowLine={onShowLine} />
          ))}
        </ol>
      ) : null}

      {details.invalidFields.length > 0 ? (
        <>
          <h4 className={styles.violationTitle}>Invalid fields</h4>
          <p>
            The API server rejects these values while decoding the object, before Pod Security Admission sees it;
            correct their type.
          </p>
          <ul className={styles.invalidFields}>
            {details.invalidFields.map((f) => (
              <li key={f.key}>
                {f.message}. <FieldLine path={f.path} location={f.location} onShowLine={onShowLine} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {result.verdict === 'fail' ? (
        <CorrectedManifest
          result={result}
          level={level}
          version={version}
          json={source.jsonDocument(result.docIndex) !== undefined}
          onUse={() => onUseCorrection(result)}
        />
      ) : null}
    </li>
  );
}
