import React, {type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import styles from './styles.module.css';

interface Props {
  /** Path under examples/, e.g. "pod-security/restricted-compliant-pod.yaml". */
  readonly file: string;
  /** The file's text, imported in the page: `import pod from '@site/examples/…yaml'`. */
  readonly source: string;
  /** Caption shown above the code. Defaults to the file name. */
  readonly title?: string;
  /** Prism line-highlight ranges, e.g. "4-6,9". */
  readonly highlight?: string;
  /**
   * What `npm test` validated the file against. Set at build time from
   * examples/registry.ts by src/plugins/remark-example-summary; authors never write it.
   */
  readonly summary?: string;
}

function languageOf(file: string): string {
  if (/\.ya?ml$/.test(file)) return 'yaml';
  if (/\.jsonl?$/.test(file)) return 'json';
  if (file.endsWith('.sh')) return 'bash';
  return 'text';
}

/**
 * Shows one file from examples/ with copy and download buttons and a line that
 * says what `npm test` validated it against. It throws, and so fails the
 * build, when the source is empty; an unregistered file already failed the
 * build in src/plugins/remark-example-summary.
 */
export default function ManifestExample({file, source, title, highlight, summary}: Props): ReactNode {
  if (typeof source !== 'string' || source.trim().length === 0) {
    throw new Error(
      `<ManifestExample file="${file}">: "source" is empty. Import the file in the page ` +
        `(import src from '@site/examples/${file}') and pass it as source={src}.`,
    );
  }
  if (typeof summary !== 'string' || summary.length === 0) {
    throw new Error(
      `<ManifestExample file="${file}">: no "summary". It is added at build time by src/plugins/remark-example-summary; use the component in an MDX page under docs/.`,
    );
  }
  const name = file.split('/').pop() ?? file;
  const metastring = highlight ? `{${highlight}}` : undefined;
  return (
    <figure className={styles.example}>
      <CodeBlock language={languageOf(file)} title={title ?? name} metastring={metastring} showLineNumbers>
        {source.trimEnd()}
      </CodeBlock>
      <figcaption className={styles.caption}>
        <span className={styles.check} aria-hidden="true">
          ✓
        </span>{' '}
        <span>{summary}</span>{' '}
        <a
          className={styles.download}
          download={name}
          href={`data:application/yaml;charset=utf-8,${encodeURIComponent(source)}`}>
          Download <span className="sr-only">{name}</span>
        </a>
      </figcaption>
    </figure>
  );
}
