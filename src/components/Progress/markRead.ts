import {markRead} from '@site/src/lib/learning/progress';
import {updateProgress} from './store';

/** Records a page as read (loaded on demand by ReadMarker). */
export function markPageRead(path: string): void {
  updateProgress((p) => markRead(p, path.replace(/\/$/, ''), Date.now()));
}
