/**
 * The keyboard shortcuts that focus the search box: Ctrl+K or ⌘K anywhere, and
 * "/" when the reader is not typing in a field (so "/" still types in the
 * tools' text boxes).
 */

/** The parts of a keyboard event the decision needs. */
export interface ShortcutEvent {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** The parts of the focused element the decision needs. */
export interface FocusedElement {
  readonly tagName: string;
  readonly isContentEditable?: boolean;
}

function isEditable(element: FocusedElement | null): boolean {
  if (!element) return false;
  const tag = element.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable === true;
}

/** True when the event should move focus to the search box. */
export function isSearchShortcut(event: ShortcutEvent, focused: FocusedElement | null): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(focused);
}
