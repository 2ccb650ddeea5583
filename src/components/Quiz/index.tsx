import React, {useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import {isCorrect} from '@site/src/lib/learning/answers';
import {splitInlineCode} from '@site/src/lib/format/inlineCode';
import type {Question} from '@site/src/lib/learning/questions';
import {useLazyProgress} from '@site/src/components/Progress/lazy';
import styles from './styles.module.css';

/** A question as pages receive it: the bank entry plus the text of its example file, read at build time. */
export type QuizQuestion = Question & {readonly exampleText?: string};

interface Props {
  /** From route data (quiz pages). */
  readonly questions?: readonly QuizQuestion[];
  /** From MDX: JSON written at build time by src/plugins/remark-quiz for <Quiz questions="id id"/>. */
  readonly data?: string;
  /** Heading level of each question's title: 3 inside an article section, 2 on a quiz page. */
  readonly headingLevel?: 2 | 3;
}

/**
 * Questions with immediate feedback: the reader picks, checks, and sees why
 * each option is right or wrong, with a link to the section that explains it.
 * Answers are recorded in the reader's progress (localStorage only).
 */
export default function Quiz({questions, data, headingLevel = 3}: Props): ReactNode {
  const list = questions ?? (data ? (JSON.parse(data) as QuizQuestion[]) : []);
  if (list.length === 0) throw new Error('<Quiz> has no questions: pass questions="id id" in MDX');
  return (
    <ol className={styles.quiz}>
      {list.map((q, i) => (
        <li key={q.id} className={styles.item}>
          <QuestionCard question={q} number={i + 1} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

/** Question text: plain, with `code` spans (backticks in the bank) shown as code. */
function Text({children}: {readonly children: string}): ReactNode {
  return splitInlineCode(children).map((run, i) =>
    run.code ? <code key={i}>{run.text}</code> : <React.Fragment key={i}>{run.text}</React.Fragment>,
  );
}

function QuestionCard({
  question,
  number,
  headingLevel,
}: {
  readonly question: QuizQuestion;
  readonly number: number;
  readonly headingLevel: 2 | 3;
}): ReactNode {
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const {progress, update} = useLazyProgress(form);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [checked, setChecked] = useState(false);
  const multiple = question.options.filter((o) => o.correct).length > 1;
  const correct = checked && isCorrect(question, chosen);
  const previous = progress?.answers[question.id];
  const Title = headingLevel === 2 ? 'h2' : 'h3';

  const toggle = (index: number) => {
    if (checked) return;
    const next = new Set(multiple ? chosen : []);
    if (multiple && next.has(index)) next.delete(index);
    else next.add(index);
    setChosen(next);
  };
  const check = () => {
    setChecked(true);
    const right = isCorrect(question, chosen);
    update((p, lib) => lib.recordAnswer(p, question.id, right, Date.now()));
  };
  const retry = () => {
    setChecked(false);
    setChosen(new Set());
  };

  return (
    <form
      ref={form}
      className={styles.card}
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!checked && chosen.size > 0) check();
      }}>
      <Title id={`${uid}-title`} className={styles.title}>
        Question {number}
        {question.kind === 'scenario' && <span className={styles.kind}> · scenario</span>}
        {previous && !checked && (
          <span className={styles.previous}>
            {' '}
            · answered before: {previous.correct ? 'correct' : 'not yet correct'}
          </span>
        )}
      </Title>
      <fieldset className={styles.fieldset}>
        <legend className={styles.prompt}>
          <Text>{question.prompt}</Text> {multiple && <em>Choose all that apply.</em>}
        </legend>
        {question.exampleText && (
          <CodeBlock language="yaml" title={`examples/${question.example ?? ''}`}>
            {question.exampleText}
          </CodeBlock>
        )}
        {question.snippet && <CodeBlock language={question.snippet.language}>{question.snippet.code}</CodeBlock>}
        <ul className={styles.options}>
          {question.options.map((option, i) => {
            const id = `${uid}-o${i}`;
            const state = checked ? (option.correct ? 'right' : chosen.has(i) ? 'wrong' : 'other') : undefined;
            return (
              <li key={id} className={state ? styles[state] : undefined}>
                <input
                  id={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${uid}-options`}
                  checked={chosen.has(i)}
                  disabled={checked}
                  onChange={() => toggle(i)}
                />{' '}
                <label htmlFor={id}>
                  <Text>{option.text}</Text>
                </label>
                {checked && (
                  <p className={styles.why}>
                    <strong>
                      {option.correct ? 'Correct option.' : chosen.has(i) ? 'Not this one.' : 'Wrong option.'}
                    </strong>{' '}
                    <Text>{option.why}</Text>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className={styles.actions}>
        {!checked ? (
          // aria-disabled, not disabled: after "Try again" this same button keeps keyboard focus
          // (a disabled button drops it); onSubmit ignores it while nothing is chosen.
          <button
            type="submit"
            className={clsx('button button--primary button--sm', chosen.size === 0 && 'disabled')}
            aria-disabled={chosen.size === 0}>
            Check answer
          </button>
        ) : (
          <button type="button" className="button button--secondary button--sm" onClick={retry}>
            Try again
          </button>
        )}
        <p role="status" className={styles.result}>
          {checked && (correct ? 'Correct.' : 'Not quite: the explanations are under each option.')}
          {checked && (
            <>
              {' '}
              Read more:{' '}
              <Link to={question.source.to}>
                <Text>{question.source.label}</Text>
              </Link>
              .
            </>
          )}
        </p>
      </div>
    </form>
  );
}
