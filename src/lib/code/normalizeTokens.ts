import type {Token} from 'prism-react-renderer';

/**
 * Prism's token stream (nested tokens, strings with newlines) → tokens per
 * line, each with the stack of types it sits in. The same result as
 * prism-react-renderer's `normalizeTokens` (normalizeTokens.test.ts checks it
 * against that function on every example file and on random streams); a port,
 * because that package ships its own Prism with 15 languages in one
 * side-effectful module, and the site needs three.
 */
export interface PrismToken {
  readonly type: string;
  readonly content: string | PrismStream;
  readonly alias?: string | readonly string[];
}
export type PrismStream = readonly (string | PrismToken)[];

const NEWLINE = /\r\n|\r|\n/;

function appendTypes(types: readonly string[], add: string | readonly string[]): string[] {
  if (typeof add === 'string' && types[types.length - 1] === add) return [...types];
  return types.concat(add);
}

/** An empty line still needs one token, marked empty, so it keeps its height. */
function markEmpty(line: Token[]): void {
  const [only] = line;
  if (line.length === 0) line.push({types: ['plain'], content: '\n', empty: true});
  else if (line.length === 1 && only && only.content === '') {
    only.content = '\n';
    only.empty = true;
  }
}

export function normalizeTokens(stream: PrismStream): Token[][] {
  let line: Token[] = [];
  const lines: Token[][] = [line];
  const visit = (items: PrismStream, parentTypes: readonly string[], nested: boolean): void => {
    for (const item of items) {
      let types: readonly string[];
      let content: string | PrismStream;
      if (typeof item === 'string') {
        types = nested ? parentTypes : ['plain'];
        content = item;
      } else {
        types = appendTypes(parentTypes, item.type);
        if (item.alias) types = appendTypes(types, item.alias);
        content = item.content;
      }
      if (typeof content !== 'string') {
        visit(content, types, true);
        continue;
      }
      const parts = content.split(NEWLINE);
      line.push({types: [...types], content: parts[0] ?? ''});
      for (let i = 1; i < parts.length; i++) {
        markEmpty(line);
        line = [{types: [...types], content: parts[i] ?? ''}];
        lines.push(line);
      }
    }
  };
  visit(stream, [], false);
  markEmpty(line);
  return lines;
}
