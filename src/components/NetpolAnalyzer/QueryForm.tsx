import React, {useId, useState, type FormEvent, type ReactNode} from 'react';
import {PROTOCOLS, type Protocol} from '@site/src/lib/netpol/ports';
import type {QueryForm as Form} from '@site/src/lib/netpol/view';
import styles from './styles.module.css';

interface Props {
  readonly value: Form;
  readonly endpoints: readonly string[];
  readonly onSubmit: (form: Form) => void;
}

/** "Can FROM reach TO on PORT?": the form keeps a draft until it is submitted. */
export default function QueryForm({value, endpoints, onSubmit}: Props): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<Form>(value);
  const listId = `${id}-endpoints`;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit(draft);
  }

  const field = (key: 'from' | 'to' | 'port', label: string, hint: string, list?: string): ReactNode => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        className={styles.input}
        value={draft[key]}
        onChange={(e) => setDraft({...draft, [key]: e.target.value})}
        list={list}
        aria-describedby={`${id}-${key}-hint`}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
      />
      <span id={`${id}-${key}-hint`} className={styles.hint}>
        {hint}
      </span>
    </div>
  );

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Ask about one connection">
      <datalist id={listId}>
        {endpoints.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      {field('from', 'From', 'namespace/name, or an IP address outside the cluster.', listId)}
      {field('to', 'To', 'namespace/name, or an IP address outside the cluster.', listId)}
      {field('port', 'Port', 'A number or a container port name of To; empty for any port.')}
      <div className={styles.field}>
        <label htmlFor={`${id}-protocol`}>Protocol</label>
        <select
          id={`${id}-protocol`}
          className={styles.input}
          value={draft.protocol}
          onChange={(e) => setDraft({...draft, protocol: e.target.value as Protocol})}>
          {PROTOCOLS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary">
        Check connection
      </button>
    </form>
  );
}
