import React, {
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type ChangeEvent,
  type DragEvent,
  type ReactNode,
  type Ref,
} from 'react';
import clsx from 'clsx';
import type {ShareState} from '@site/src/lib/share/fragment';
import {formatBytes, PASTED_FILE_NAME, TOOL_INPUT_MAX_BYTES, tooLargeMessage} from '@site/src/lib/share/input';
import {shareLinkFor} from './sharedState';
import {formatLocation, lineRange, offsetOf} from '@site/src/lib/format/textPosition';
import {plural} from '@site/src/lib/format/plural';
import type {ToolIssue} from '@site/src/lib/manifest/errors';
import {controlClassName} from '@site/src/components/ToolUi';
import styles from './styles.module.css';

export {readSharedState} from './sharedState';
export {useAfterFirstPaint} from './useAfterFirstPaint';
export {useToolState, type ToolInputState, type ToolState, type ToolStateOptions} from './useToolState';

/** A manifest the reader can load with one click. */
export interface ManifestSample {
  readonly id: string;
  /** Shown in the sample picker, e.g. "A safe namespace setup". */
  readonly label: string;
  readonly text: string;
  /** Name used in error messages once loaded. Defaults to `<id>.yaml`. */
  readonly fileName?: string;
}

/**
 * Where new text came from, so the tool can name it in messages: `edit` is
 * typing or pasting into the text; `replace` is a new input (pasting or typing
 * over all of the text, or the first edit of a sample as loaded); `restore` is
 * "Undo" after loading a sample, with the name the text had before.
 */
export type ManifestChange =
  | {readonly kind: 'edit' | 'replace'}
  | {readonly kind: 'file'; readonly name: string}
  | {readonly kind: 'sample'; readonly id: string; readonly name: string}
  | {readonly kind: 'restore'; readonly name: string};

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
  /** The name results use for the current text (kept for "Undo" after loading a sample). */
  readonly fileName?: string;
  /**
   * Largest file "Open file…" accepts, in bytes. Default: the tools' one limit
   * (TOOL_INPUT_MAX_BYTES), which useToolState also applies to pasted text.
   */
  readonly maxBytes?: number;
  /** @deprecated Use `maxBytes`; kept so tools written against the earlier panel still build. */
  readonly maxFileBytes?: number;
  /** Added to the "too large" message, e.g. how to export less. */
  readonly tooLargeHint?: string;
  /**
   * True (default) when the tool shows no results while the input has errors;
   * false when it analyses the rest (the error list then says so).
   */
  readonly errorsBlockResults?: boolean;
  /** File types the file picker offers. */
  readonly accept?: string;
  /** The state a share link carries; omit to hide the "Copy share link" button. Pass a memoized object. */
  readonly shareState?: ShareState;
  /** Parse errors and warnings, with file and line. */
  readonly issues?: readonly ToolIssue[];
  /** A problem not tied to a line, e.g. a damaged shared link. */
  readonly problem?: string;
  readonly rows?: number;
  /** Receives the panel's {@link ManifestInputHandle}. */
  readonly handleRef?: Ref<ManifestInputHandle>;
}

const DEFAULT_ACCEPT = '.yaml,.yml,.json,.txt';

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
  fileName,
  maxFileBytes,
  maxBytes = maxFileBytes ?? TOOL_INPUT_MAX_BYTES,
  tooLargeHint,
  errorsBlockResults = true,
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
  /** Set by a key press or paste while all of the text is selected, read by the change it causes. */
  const replacingAll = useRef(false);
  /** What "Undo" after loading a sample brings back. */
  const [undo, setUndo] = useState<{readonly text: string; readonly name: string} | null>(null);
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
    if (file.size > maxBytes) {
      setFileProblem(tooLargeMessage(`“${file.name}”`, file.size, maxBytes, tooLargeHint));
      setStatus('');
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result !== 'string') return;
      setFileProblem(null);
      setUndo(null);
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

  /** Records, before a key press or paste changes the text, whether it replaces all of it. */
  function noteSelection(event: {readonly currentTarget: HTMLTextAreaElement}): void {
    const {selectionStart, selectionEnd, value: text} = event.currentTarget;
    replacingAll.current = text === '' || (selectionStart === 0 && selectionEnd === text.length);
  }

  function onTextChange(event: ChangeEvent<HTMLTextAreaElement>): void {
    // A sample edited for the first time becomes the reader's own input.
    const wasSample = samples.some((s) => s.text === value);
    const kind = replacingAll.current || wasSample ? 'replace' : 'edit';
    replacingAll.current = false;
    setFileProblem(null);
    setUndo(null);
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
    // The reader's own text can be brought back; a sample or nothing needs no undo.
    const own = value.trim() !== '' && !samples.some((s) => s.text === value);
    setUndo(own ? {text: value, name: fileName ?? PASTED_FILE_NAME} : null);
    onChange(sample.text, {kind: 'sample', id: sample.id, name: sample.fileName ?? `${sample.id}.yaml`});
    setStatus(
      own
        ? `Loaded the sample “${sample.label}” in place of your input; “Undo” brings your input back.`
        : `Loaded the sample “${sample.label}”.`,
    );
  }

  function undoSample(): void {
    if (!undo) return;
    onChange(undo.text, {kind: 'restore', name: undo.name});
    setUndo(null);
    setStatus('Your input is back.');
    textareaRef.current?.focus();
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

  function goTo(issue: ToolIssue): void {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const offset = offsetOf(value, issue.line, issue.column);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  }

  function renderIssue(issue: ToolIssue, index: number): ReactNode {
    return (
      <li key={`${formatLocation(issue)}|${index}`} className={styles.issue}>
        <span className={styles.issueWhere}>
          <code>{formatLocation(issue)}</code>
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
              className={controlClassName}>
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
        onKeyDown={noteSelection}
        onPaste={noteSelection}
        onCut={noteSelection}
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

      <div className={styles.statusRow}>
        <p role="status" className={styles.status}>
          {status}
        </p>
        {undo ? (
          <button type="button" className="button button--secondary button--sm" onClick={undoSample}>
            Undo
          </button>
        ) : null}
      </div>

      {currentLink ? (
        <div className={styles.linkRow}>
          <label htmlFor={ids.link}>Share link</label>
          <input
            id={ids.link}
            type="text"
            readOnly
            value={currentLink}
            className={clsx(controlClassName, styles.link)}
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
              {plural(errors.length, 'error')} in the input;{' '}
              {errorsBlockResults
                ? `fix ${errors.length === 1 ? 'it' : 'them'} to see the results:`
                : `the analysis below leaves out what ${errors.length === 1 ? 'it concerns' : 'they concern'}:`}
            </p>
            <ul className={styles.issues}>{errors.map(renderIssue)}</ul>
          </>
        ) : null}
      </div>

      {warnings.length > 0 ? (
        <div className={styles.warnings}>
          <p className={styles.warningTitle}>{plural(warnings.length, 'warning')}:</p>
          <ul className={styles.issues}>{warnings.map(renderIssue)}</ul>
        </div>
      ) : null}
    </div>
  );
}
