/**
 * Input bookkeeping shared by the in-browser tools (Pod Security checker, RBAC
 * analyzer): which file name their error messages should use.
 */

/** File name used in messages when the text was typed or pasted. */
export const PASTED_FILE_NAME = 'input.yaml';

/** How the input text changed (what the manifest input panel reports). */
export type InputOrigin =
  {readonly kind: 'edit' | 'replace'} | {readonly kind: 'file' | 'sample'; readonly name: string};

/**
 * The file name to report errors under after the text changed: an opened file or
 * sample gives its name; edits keep it (the line numbers still refer to that file);
 * pasting over everything, or clearing the text, starts a new input.
 */
export function nextFileName(current: string, text: string, origin: InputOrigin): string {
  switch (origin.kind) {
    case 'file':
    case 'sample':
      return origin.name;
    case 'replace':
      return PASTED_FILE_NAME;
    case 'edit':
      return text.trim() === '' ? PASTED_FILE_NAME : current;
  }
}
