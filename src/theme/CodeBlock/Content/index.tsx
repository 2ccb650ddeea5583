import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {linesToHtml, plainLines} from '@site/src/lib/code/highlight';
import {highlighterIfLoaded, loadHighlighter} from '@site/src/lib/code/prismRuntime';
import styles from './styles.module.css';

// Replaced at build time by Docusaurus's DefinePlugin, as in its clientEntry.js.
const HYDRATING_SERVER_HTML = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

const classes = {
  codeLine: styles.codeLine ?? '',
  codeLineNumber: styles.codeLineNumber ?? '',
  codeLineContent: styles.codeLineContent ?? '',
};

/**
 * Ejected from @docusaurus/theme-classic 3.10.2. Upstream renders a React
 * element per Prism token and needs Prism in every page's bundle. This one:
 *
 * - renders the same markup as one HTML string (src/lib/code/highlight.ts),
 *   so a code block is one node to hydrate, not hundreds;
 * - on the server, highlights with Prism (prismRuntime.server.ts);
 * - when hydrating, leaves the server's highlighted HTML in place: it passes an
 *   empty string that never changes, and React does not rewrite
 *   `dangerouslySetInnerHTML` while hydrating, so the browser needs no Prism;
 * - when mounted later (client-side navigation), shows plain lines until the
 *   lazy Prism chunk is there, then the highlighted ones.
 *
 * Title, copy and word-wrap buttons, magic comments and line numbers still come
 * from the upstream CodeBlock components and metadata around it.
 */
export default function CodeBlockContent({className: classNameProp}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const {codeBlockRef} = wordWrap;
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const numbered = lineNumbersStart !== undefined;
  const isBrowser = useIsBrowser();
  // Decided once, at mount: a block that mounts while the page hydrates keeps
  // the server's markup for its whole life. `npm start` renders in the browser
  // without server HTML (Docusaurus defines HYDRATE_CLIENT_ENTRY false there).
  const [keepServerMarkup] = useState(() => HYDRATING_SERVER_HTML && ExecutionEnvironment.canUseDOM && !isBrowser);
  const [highlight, setHighlight] = useState(highlighterIfLoaded);
  useEffect(() => {
    if (!keepServerMarkup && !highlight) void loadHighlighter().then(() => setHighlight(highlighterIfLoaded));
  }, [keepServerMarkup, highlight]);

  const options = {lineClassNames, numbered, classes};
  const html = keepServerMarkup
    ? ''
    : highlight
      ? highlight(code, language, options)
      : linesToHtml(plainLines(code), options);
  return (
    <pre
      ref={codeBlockRef}
      // Focusable so keyboard users can scroll wide code (upstream does the same).
      tabIndex={0}
      className={clsx(classNameProp, 'prism-code', `language-${language}`, styles.codeBlock, 'thin-scrollbar')}>
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined}
        dangerouslySetInnerHTML={{__html: html}}
      />
    </pre>
  );
}
