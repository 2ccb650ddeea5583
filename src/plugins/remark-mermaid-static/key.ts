/** Node-side helpers shared by the diagram renderer and the remark plugin. */
import {createHash} from 'node:crypto';
import {keyMaterial} from '../../lib/diagrams/mermaid';

/** Content key of a diagram: 16 hex digits of SHA-256 over render version and source. */
export function diagramKey(code: string): string {
  return createHash('sha256').update(keyMaterial(code)).digest('hex').slice(0, 16);
}
