import React, {useId, useMemo, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import type {RbacModel} from '@site/src/lib/rbac';
import {
  COMMON_RESOURCES,
  COMMON_VERBS,
  runCan,
  runWhoCan,
  subjectIds,
  type AccessForm,
  type CanForm,
  type GrantRow,
} from '@site/src/lib/rbac/view';
import GrantTable from './GrantTable';
import {controlClassName} from '@site/src/components/ToolUi';
import styles from './styles.module.css';

interface Props {
  readonly model: RbacModel;
  /** The submitted questions (the forms keep their own drafts). */
  readonly whoCan: AccessForm;
  readonly can: CanForm;
  readonly onWhoCan: (form: AccessForm) => void;
  readonly onCan: (form: CanForm) => void;
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly list?: string;
  readonly placeholder?: string;
}

function Field({id, label, value, onChange, hint, list, placeholder}: FieldProps): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        list={list}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={clsx(controlClassName, styles.input)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
      />
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

function Notes({notes}: {readonly notes: readonly string[]}): ReactNode {
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes}>
      {notes.map((n) => (
        <li key={n}>Note: {n}</li>
      ))}
    </ul>
  );
}

function Grants({rows, caption}: {readonly rows: readonly GrantRow[]; readonly caption: ReactNode}): ReactNode {
  return rows.length > 0 ? <GrantTable caption={caption} rows={rows} /> : null;
}

/** The request both questions ask about, field by field. */
const ACCESS_FIELDS: readonly {
  readonly key: keyof AccessForm;
  readonly label: string;
  readonly hint: string;
  readonly list?: 'verbs' | 'resources';
  readonly placeholder?: string;
}[] = [
  {
    key: 'verb',
    label: 'Verb',
    hint: 'Lowercase, as in RBAC rules: get, list, create, delete, * (any verb).',
    list: 'verbs',
    placeholder: 'get',
  },
  {
    key: 'resource',
    label: 'Resource',
    hint: 'As kubectl auth can-i writes it: pods, deployments.apps, pods/exec, /metrics.',
    list: 'resources',
  },
  {key: 'namespace', label: 'Namespace (optional)', hint: 'Leave empty for a cluster-wide request.'},
  {
    key: 'name',
    label: 'Resource name (optional)',
    hint: 'One object, for rules limited by resourceNames; leave empty for any object.',
  },
];

interface AccessFieldsProps {
  /** Prefix of the inputs' ids. */
  readonly idPrefix: string;
  readonly draft: AccessForm;
  readonly onChange: (change: Partial<AccessForm>) => void;
  /** Ids of the verb and resource suggestion lists. */
  readonly lists: {readonly verbs: string; readonly resources: string};
  /** Example text of the resource field. */
  readonly resourcePlaceholder: string;
}

/** Verb, resource, namespace and object name: the request both questions ask about. */
function AccessFields({idPrefix, draft, onChange, lists, resourcePlaceholder}: AccessFieldsProps): ReactNode {
  return ACCESS_FIELDS.map(({key, label, hint, list, placeholder}) => (
    <Field
      key={key}
      id={`${idPrefix}-${key}`}
      label={label}
      value={draft[key]}
      onChange={(value) => onChange({[key]: value})}
      hint={hint}
      list={list && lists[list]}
      placeholder={key === 'resource' ? resourcePlaceholder : placeholder}
    />
  ));
}

/** "Who can…" and "Can subject…": access questions answered from the bindings, with what grants them. */
export default function QueryView({model, whoCan, can, onWhoCan, onCan}: Props): ReactNode {
  const id = useId();
  const [whoDraft, setWhoDraft] = useState<AccessForm>(whoCan);
  const [canDraft, setCanDraft] = useState<CanForm>(can);
  const whoResult = useMemo(() => runWhoCan(model, whoCan), [model, whoCan]);
  const canResult = useMemo(() => runCan(model, can), [model, can]);
  const subjects = useMemo(() => subjectIds(model), [model]);
  const lists = {verbs: `${id}-verbs`, resources: `${id}-resources`, subjects: `${id}-subjects`};

  function submitWho(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onWhoCan(whoDraft);
  }

  function submitCan(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onCan(canDraft);
  }

  return (
    <div className={styles.queries}>
      <datalist id={lists.verbs}>
        {COMMON_VERBS.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id={lists.resources}>
        {COMMON_RESOURCES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <datalist id={lists.subjects}>
        {subjects.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>

      <section className={styles.query} aria-labelledby={`${id}-who`}>
        <h3 id={`${id}-who`}>Who can…</h3>
        <form onSubmit={submitWho} className={styles.form}>
          <AccessFields
            idPrefix={`${id}-who`}
            draft={whoDraft}
            onChange={(change) => setWhoDraft({...whoDraft, ...change})}
            lists={lists}
            resourcePlaceholder="pods/exec"
          />
          <button type="submit" className={clsx('button button--primary', styles.submit)}>
            Find subjects
          </button>
        </form>
        {whoResult.ok ? (
          <>
            <p role="status" className={styles.answer}>
              {whoResult.value.answer}
            </p>
            {whoResult.value.subjects.length > 0 ? (
              <ul className={styles.answerList}>
                {whoResult.value.subjects.map((s) => (
                  <li key={s.id}>
                    <Grants
                      rows={s.grants}
                      caption={
                        <>
                          <code>{s.id}</code>, granted by
                        </>
                      }
                    />
                  </li>
                ))}
              </ul>
            ) : null}
            <Notes notes={whoResult.value.notes} />
          </>
        ) : (
          <p role="alert" className={styles.queryError}>
            {whoResult.error}
          </p>
        )}
      </section>

      <section className={styles.query} aria-labelledby={`${id}-can`}>
        <h3 id={`${id}-can`}>Can subject…</h3>
        <form onSubmit={submitCan} className={styles.form}>
          <Field
            id={`${id}-can-subject`}
            label="Subject"
            value={canDraft.subject}
            onChange={(subject) => setCanDraft({...canDraft, subject})}
            hint="User:NAME, Group:NAME or ServiceAccount:NAMESPACE:NAME."
            list={lists.subjects}
            placeholder="User:alice"
          />
          <AccessFields
            idPrefix={`${id}-can`}
            draft={canDraft}
            onChange={(change) => setCanDraft({...canDraft, ...change})}
            lists={lists}
            resourcePlaceholder="secrets"
          />
          <button type="submit" className={clsx('button button--primary', styles.submit)}>
            Check access
          </button>
        </form>
        {canResult.ok ? (
          <>
            <p role="status" className={clsx(styles.answer, canResult.value.allowed ? styles.allowed : styles.denied)}>
              {canResult.value.answer}
            </p>
            <Grants rows={canResult.value.grants} caption="Granted by" />
            <Notes notes={canResult.value.notes} />
          </>
        ) : (
          <p role="alert" className={styles.queryError}>
            {canResult.error}
          </p>
        )}
      </section>
    </div>
  );
}
