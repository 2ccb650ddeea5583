import React, {
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type DragEvent,
  type ReactNode,
  type Ref,
} from 'react';
import clsx from 'clsx';
import type {ShareState} from '@site/src/lib/share/fragment';
import {shareLinkFor} from './sharedState';
import {formatBytes, lineRange, offsetOf} from './text';
import styles from './styles.module.css';

export {readSharedState, restoreState, useSharedStateChange, type Restored, type SharedStateRead} from './sharedState';
export {useAfterFirstPaint} from './useAfterFirstPaint';

/** A manifest the reader can load with one click. */
export interface ManifestSample {
  readonly id: string;
  /** Shown in the sample picker, e.g. "A safe namespace setup". */
  readonly label: string;
  readonly text: string;
  /** Name used in error messages once loaded. Defaults to `<id>.yaml`. */
  readonly fileName?: string;
}

/** A problem in the input, as the tool's parser reports it. */
export interface ManifestInputIssue {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, when known. */
  readonly column?: number;
  /** The object concerned, e.g. `RoleBinding "x" in namespace "y"`. */
  readonly object?: string;
  readonly message: string;
  /** How to fix it. */
  readonly fix?: string;
}

/**
 * Where new text came from, so the tool can name it in messages: `edit` is
 * typing or pasting into the text, `replace` is pasting over all of it.
 */
export type ManifestChange =
  | {readonly kind: 'edit' | 'replace'}
  | {readonly kind: 'file'; readonly name: string}
  | {readonly kind: 'sample'; readonly id: string; readonly name: string};

/** What a tool can do with the panel from outside, through `handleRef`. */
export interface ManifestInputHandle {
  /**
   * Focuses the text area and selects the 1-based `line`, scrolled into view,
   * e.g. the line a result refers to.
   */
  selectLine(line: number): void;
}

interface Props {
  /** Visible label of the text area. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string, change: ManifestChange) => void;
  /** Help shown under the label and announced with the text area. */
  readonly help?: ReactNode;
  readonly samples?: readonly ManifestSample[];
  /** Largest file the "Open file…" button accepts, in bytes. Default 1 MiB. */
  readonly maxFileBytes?: number;
  /** Added to the "file too large" message, e.g. how to export less. */
  readonly tooLargeHint?: string;
  /** File types the file picker offers. */
  readonly accept?: string;
  /** The state a share link carries; omit to hide the "Copy share link" button. Pass a memoized object. */
  readonly shareState?: ShareState;
  /** Parse errors and warnings, with file and line. */
  readonly issues?: readonly ManifestInputIssue[];
  /** A problem not tied to a line, e.g. a damaged shared link. */
  readonly problem?: string;
  readonly rows?: number;
  /** Receives the panel's {@link ManifestInputHandle}. */
  readonly handleRef?: Ref<ManifestInputHandle>;
}

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_ACCEPT = '.yaml,.yml,.json,.txt';

function where(issue: ManifestInputIssue): string {
  return `${issue.file}:${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`;
}

/**
 * A labelled text area for YAML or JSON manifests with the ways to fill it
 * (open a file, load a sample, paste), a share-link button and the list of
 * parse problems. It holds no tool logic: the tool passes the text, the
 * issues its parser found and the state to share.
 */
export default function ManifestInput({
  label,
  value,
  onChange,
  help,
  samples = [],
  maxFileBytes = DEFAULT_MAX_FILE_BYTES,
  tooLargeHint,
  accept = DEFAULT_ACCEPT,
  shareState,
  issues = [],
  problem,
  rows = 16,
  handleRef,
}: Props): ReactNode {
  const id = useId();
  const ids = {
    textarea: `${id}-text`,
    help: `${id}-help`,
    problems: `${id}-problems`,
    sample: `${id}-sample`,
    link: `${id}-link`,
  };
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  /** Set by a paste that replaces the whole text, read by the change it causes. */
  const pastingOverAll = useRef(false);
  const [sampleId, setSampleId] = useState(samples[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [shared, setShared] = useState<{readonly state: ShareState; readonly link: string} | null>(null);
  const [shareProblem, setShareProblem] = useState<{readonly state: ShareState; readonly message: string} | null>(null);

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  // A link or message is only shown while it still describes the current state.
  const currentLink = shared && shared.state === shareState ? shared.link : null;
  const currentShareProblem = shareProblem && shareProblem.state === shareState ? shareProblem.message : null;
  const problems = [problem, fileProblem, currentShareProblem].filter((p): p is string => Boolean(p));
  const describedBy = [help ? ids.help : '', errors.length || problems.length ? ids.problems : '']
    .filter(Boolean)
    .join(' ');

  function readFile(file: File): void {
    if (file.size > maxFileBytes) {
      setFileProblem(
        `“${file.name}” is ${formatBytes(file.size)}; files up to ${formatBytes(maxFileBytes)} can be opened.${tooLargeHint ? ` ${tooLargeHint}` : ''}`,
      );
      setStatus('');
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result !== 'string') return;
      setFileProblem(null);
      onChange(reader.result, {kind: 'file', name: file.name});
      setStatus(`Opened ${file.name} (${formatBytes(file.size)}).`);
    };
    reader.onerror = () => {
      setFileProblem(`“${file.name}” could not be read${reader.error ? `: ${reader.error.message}` : ''}.`);
      setStatus('');
    };
    reader.readAsText(file);
  }

  function onFileChosen(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Reset, so choosing the same file again still fires a change.
    event.target.value = '';
    if (file) readFile(file);
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>): void {
    const {selectionStart, selectionEnd, value: text} = event.currentTarget;
    pastingOverAll.current = text === '' || (selectionStart === 0 && selectionEnd === text.length);
  }

  function onTextChange(event: ChangeEvent<HTMLTextAreaElement>): void {
    const kind = pastingOverAll.current ? 'replace' : 'edit';
    pastingOverAll.current = false;
    onChange(event.target.value, {kind});
  }

  function onDragOver(event: DragEvent<HTMLTextAreaElement>): void {
    if (event.dataTransfer.types.includes('Files')) event.preventDefault();
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>): void {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    readFile(file);
  }

  function loadSample(): void {
    const sample = samples.find((s) => s.id === sampleId);
    if (!sample) return;
    setFileProblem(null);
    onChange(sample.text, {kind: 'sample', id: sample.id, name: sample.fileName ?? `${sample.id}.yaml`});
    setStatus(`Loaded the sample “${sample.label}”.`);
  }

  async function copyShareLink(): Promise<void> {
    if (!shareState) return;
    const result = shareLinkFor(shareState);
    if (!result.ok) {
      setShared(null);
      setShareProblem({state: shareState, message: result.message});
      setStatus('');
      return;
    }
    setShareProblem(null);
    setShared({state: shareState, link: result.link});
    try {
      await navigator.clipboard.writeText(result.link);
      setStatus(
        'Share link copied to the clipboard. It contains the whole input: share it only with people who may read it.',
      );
    } catch {
      setStatus('The link could not be copied automatically; copy it from the “Share link” field.');
    }
  }

  useImperativeHandle(
    handleRef,
    () => ({
      selectLine(line: number): void {
        const textarea = textareaRef.current;
        if (!textarea) return;
        const {start, end} = lineRange(textarea.value, line);
        textarea.focus();
        textarea.setSelectionRange(start, end);
        // Lines never wrap (wrap="off"), so the line's offset is a multiple of the line height.
        const style = window.getComputedStyle(textarea);
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
        const top = (line - 1) * lineHeight + (parseFloat(style.paddingTop) || 0);
        textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
        textarea.scrollLeft = 0;
      },
    }),
    [],
  );

  function goTo(issue: ManifestInputIssue): void {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const offset = offsetOf(value, issue.line, issue.column);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  }

  function renderIssue(issue: ManifestInputIssue, index: number): ReactNode {
    return (
      <li key={`${where(issue)}|${index}`} className={styles.issue}>
        <span className={styles.issueWhere}>
          <code>{where(issue)}</code>
          {issue.object ? <> {issue.object}</> : null}:
        </span>{' '}
        {issue.message}
        {issue.fix ? <span className={styles.issueFix}> Fix: {issue.fix}</span> : null}{' '}
        <button
          type="button"
          className={clsx('button button--link button--sm', styles.goTo)}
          onClick={() => goTo(issue)}>
          Go to line {issue.line}
          <span className="sr-only"> ({issue.severity})</span>
        </button>
      </li>
    );
  }

  return (
    <div className={styles.panel}>
      <label htmlFor={ids.textarea} className={styles.label}>
        {label}
      </label>
      {help ? (
        <p id={ids.help} className={styles.help}>
          {help}
        </p>
      ) : null}

      <div className={styles.toolbar}>
        <button type="button" className="button button--secondary button--sm" onClick={() => fileRef.current?.click()}>
          Open file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept={accept}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={onFileChosen}
        />
        {samples.length > 0 ? (
          <span className={styles.samplePicker}>
            <label htmlFor={ids.sample}>Sample</label>
            <select
              id={ids.sample}
              value={sampleId}
              onChange={(e) => setSampleId(e.target.value)}
              className={styles.select}>
              {samples.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            <button type="button" className="button button--secondary button--sm" onClick={loadSample}>
              Load sample
            </button>
          </span>
        ) : null}
        {shareState ? (
          <button
            type="button"
            className={clsx('button button--secondary button--sm', styles.share)}
            onClick={() => void copyShareLink()}>
            Copy share link
          </button>
        ) : null}
      </div>

      <textarea
        ref={textareaRef}
        id={ids.textarea}
        className={styles.textarea}
        value={value}
        rows={rows}
        onChange={onTextChange}
        onPaste={onPaste}
        onDragOver={onDragOver}
        onDrop={onDrop}
        aria-describedby={describedBy || undefined}
        aria-invalid={errors.length > 0 || undefined}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        translate="no"
      />

      <p role="status" className={styles.status}>
        {status}
      </p>

      {currentLink ? (
        <div className={styles.linkRow}>
          <label htmlFor={ids.link}>Share link</label>
          <input
            id={ids.link}
            type="text"
            readOnly
            value={currentLink}
            className={styles.link}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}

      <div role="alert" id={ids.problems} className={styles.problems}>
        {problems.map((p) => (
          <p key={p} className={styles.problem}>
            {p}
          </p>
        ))}
        {errors.length > 0 ? (
          <>
            <p className={styles.problemTitle}>
              {errors.length === 1 ? '1 error' : `${errors.length} errors`} in the input; fix{' '}
              {errors.length === 1 ? 'it' : 'them'} to see the results:
            </p>
            <ul className={styles.issues}>{errors.map(renderIssue)}</ul>
          </>
        ) : null}
      </div>

      {warnings.length > 0 ? (
        <div className={styles.warnings}>
          <p className={styles.warningTitle}>{warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}:</p>
          <ul className={styles.issues}>{warnings.map(renderIssue)}</ul>
        </div>
      ) : null}
    </div>
  );
}
