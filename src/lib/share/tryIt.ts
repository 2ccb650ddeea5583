import {toShareState as pssShareState} from '../pss/view';
import type {CheckLevel} from '../pss/types';
import {DEFAULT_CAN, DEFAULT_WHO_CAN, toShareState as rbacShareState} from '../rbac/view';
import {encodeState} from './fragment';
import {TOOL_PATHS} from './toolPaths';

/** What a "Try it" link opens: the Pod Security checker at a level, or the RBAC analyzer's findings. */
export type TryItTarget = {readonly tool: 'pss'; readonly level: CheckLevel} | {readonly tool: 'rbac'};

/**
 * The share link that opens `yaml` in a tool, made with the tools' own state
 * format (src/lib/pss/view.ts and src/lib/rbac/view.ts toShareState) and
 * fragment encoding (./fragment.ts), so an article never hand-encodes a link.
 * `file` is the name the tool reports problems under, e.g. the example's path.
 */
export function tryItHref(target: TryItTarget, yaml: string, file: string): string {
  if (yaml.trim() === '') throw new Error(`tryItHref: ${file} is empty`);
  const state =
    target.tool === 'pss'
      ? pssShareState({yaml, file, level: target.level, version: 'latest', failuresOnly: false})
      : rbacShareState({yaml, file, view: 'findings', whoCan: DEFAULT_WHO_CAN, can: DEFAULT_CAN});
  return `${TOOL_PATHS[target.tool]}#s=${encodeState(state)}`;
}
