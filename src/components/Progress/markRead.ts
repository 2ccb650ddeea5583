import {markRead} from '@site/src/lib/learning/progress';
import {updateProgress} from './store';

/** Records a page as read under its key (pageKey in src/lib/learning/paths.ts); loaded on demand by ReadMarker. */
export function markPageRead(key: string): void {
  updateProgress((p) => markRead(p, key, Date.now()));
}
