import React, {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import type {CheckLevel} from '@site/src/lib/pss/types';
import {TOOL_PATHS} from '@site/src/lib/share/toolPaths';

interface Props {
  /** Which tool opens the manifest. */
  readonly tool: 'pss' | 'rbac';
  /** The example's source text, imported from @site/examples/…. */
  readonly source: string;
  /** The example's path under examples/, shown by the tool in its messages. */
  readonly file: string;
  /** For the Pod Security checker: the level to check against. */
  readonly level?: CheckLevel;
  readonly children?: ReactNode;
}

const NAMES = {pss: 'Pod Security checker', rbac: 'RBAC analyzer'} as const;

/**
 * "Try it": opens an example in the Pod Security checker or the RBAC analyzer
 * through the tools' share-link format. The link is encoded on click (the
 * encoder loads then, so articles do not carry it); without JavaScript the
 * link still opens the tool.
 */
export default function TryIt({tool, source, file, level, children}: Props): ReactNode {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new Error(`<TryIt file="${file}">: source is empty; import it from @site/examples/${file}`);
  }
  if (tool === 'pss' && level === undefined) throw new Error(`<TryIt file="${file}" tool="pss"> needs a level`);
  const history = useHistory();
  const [busy, setBusy] = useState(false);
  const open = async (event: React.MouseEvent<HTMLAnchorElement>): Promise<void> => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setBusy(true);
    const {tryItHref} = await import('@site/src/lib/share/tryIt');
    history.push(tryItHref(tool === 'pss' ? {tool, level: level ?? 'baseline'} : {tool}, source, file));
  };
  return (
    <div className="margin-bottom--md">
      <Link to={TOOL_PATHS[tool]} onClick={(e) => void open(e)} aria-busy={busy || undefined}>
        {children ?? `Try it: open ${file.split('/').pop() ?? file} in the ${NAMES[tool]}`}
      </Link>
    </div>
  );
}
