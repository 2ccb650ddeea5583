import React, {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {NAVBAR_RESULT_LIMIT} from '@site/src/lib/search/results';
import {isSearchShortcut} from '@site/src/lib/search/shortcut';
import HitList from './HitList';
import {usePagefind} from './usePagefind';
import styles from './styles.module.css';

/**
 * The navbar search box: Ctrl+K, ⌘K or "/" focuses it; results appear below
 * as links (Arrow keys move between them, Escape closes); Enter opens the
 * first result; "All results" opens the search page.
 */
export default function NavbarSearch(): ReactNode {
  const {state, search, preload} = usePagefind(NAVBAR_RESULT_LIMIT);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const statusId = useId();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (!isSearchShortcut(event, document.activeElement)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const close = (): void => setOpen(false);
  const links = (): HTMLAnchorElement[] => [...(panel.current?.querySelectorAll('a') ?? [])];
  const allResults = `${searchPage}?q=${encodeURIComponent(state.query)}`;

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && state.query !== '') {
      event.preventDefault();
      close();
      history.push(state.hits[0]?.url ?? allResults);
    }
  };

  const onPanelKey = (event: KeyboardEvent<HTMLElement>): void => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.current?.focus();
    }
  };

  const status =
    state.status === 'unavailable'
      ? 'Search is not available here. It works on the built site (npm run build, then npm run serve).'
      : state.status === 'loading'
        ? 'Searching…'
        : state.status === 'done'
          ? state.total === 0
            ? `No pages match “${state.query}”.`
            : `${state.total} ${state.total === 1 ? 'page matches' : 'pages match'} “${state.query}”.`
          : '';

  return (
    <div
      className={styles.navbarSearch}
      role="search"
      aria-label="Site"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}>
      <input
        ref={input}
        type="search"
        className={styles.input}
        placeholder="Search"
        aria-label="Search the guide"
        aria-describedby={statusId}
        value={text}
        onFocus={() => {
          preload();
          if (state.query !== '') setOpen(true);
        }}
        onChange={(event) => {
          setText(event.target.value);
          search(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onInputKey}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        Ctrl K
      </kbd>
      <div
        ref={panel}
        className={styles.panel}
        hidden={!open || state.query === ''}
        aria-label="Search results"
        role="region">
        <p id={statusId} className={styles.status} aria-live="polite">
          {status}
        </p>
        {state.hits.length > 0 && (
          <HitList hits={state.hits} sections={false} onNavigate={close} onKeyDown={onPanelKey} />
        )}
        {state.status === 'done' && state.total > 0 && (
          <a
            className={styles.allResults}
            href={allResults}
            onKeyDown={onPanelKey}
            onClick={(event) => {
              event.preventDefault();
              close();
              history.push(allResults);
            }}>
            All results for “{state.query}”
          </a>
        )}
      </div>
    </div>
  );
}
