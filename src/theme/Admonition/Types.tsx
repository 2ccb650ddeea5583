import React, {type ReactNode} from 'react';
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import AdmonitionLayout from '@theme/Admonition/Layout';
import styles from './styles.module.css';

interface Props {
  readonly children: ReactNode;
  readonly title?: ReactNode;
  readonly className?: string;
}

/* Icons are decorative: the title names the callout for screen readers. */
function AttackerIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2 3 6v6c0 5 3.8 9.4 9 10 5.2-.6 9-5 9-10V6l-9-4Zm0 4a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm-4.5 9.5 3-3.5h3l3 3.5-1.4 1.3L13 14.6V18h-2v-3.4l-2.1 2.2-1.4-1.3Z"
      />
    </svg>
  );
}

function DefenderIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2 3 6v6c0 5 3.8 9.4 9 10 5.2-.6 9-5 9-10V6l-9-4Zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.9-4.9 1.4 1.4-6.3 6.3Z"
      />
    </svg>
  );
}

function ExamIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 3 1 9l11 6 9-4.9V17h2V9L12 3Zm-6.8 9.6V16c0 1.9 3 3.5 6.8 3.5s6.8-1.6 6.8-3.5v-3.4L12 16.3l-6.8-3.7Z"
      />
    </svg>
  );
}

function makeType(className: string, icon: ReactNode, defaultTitle: string) {
  return function CustomAdmonition({children, title, className: extra}: Props): ReactNode {
    return (
      <AdmonitionLayout
        type={className}
        icon={icon}
        title={title ?? defaultTitle}
        className={`alert ${styles[className] ?? ''} ${extra ?? ''}`.trim()}>
        {children}
      </AdmonitionLayout>
    );
  };
}

/**
 * Swizzle (wrap-style, spreading the original): adds the guide's three callouts
 * to Docusaurus' admonition types. Use them in MDX as `:::attacker`,
 * `:::defender` and `:::exam`; their keywords are registered in
 * docusaurus.config.ts (docs.admonitions.keywords).
 */
const AdmonitionTypes = {
  ...DefaultAdmonitionTypes,
  attacker: makeType('attacker', <AttackerIcon />, "Attacker's view"),
  defender: makeType('defender', <DefenderIcon />, "Defender's move"),
  exam: makeType('exam', <ExamIcon />, 'Exam tip'),
};

export default AdmonitionTypes;
